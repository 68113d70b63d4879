"""The event-coding vocabulary: trigger patterns per PLOVER type and actor codes, loaded from data files.

Kept apart from the component so the patterns can be read, tested and swapped
without touching the parse logic. Everything here is immutable once loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from readout.analyze.valence import load_ratings

DATA_DIR = Path(__file__).parent / "data"
MAX_PHRASE_TOKENS = 6


@dataclass(frozen=True)
class Trigger:
    """One pattern: ``head`` lemma, optional dependent word, and what it codes to."""

    head: str
    word: str | None
    event_type: str
    mode: str | None


@dataclass(frozen=True)
class ActorCode:
    code: str  # ISO3 or IGO
    kind: str  # name, demonym, capital, igo


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, tuple[Trigger, ...]]  # by head lemma
    nouns: dict[str, tuple[Trigger, ...]]  # by head lemma (last word of a multiword noun)
    reporting: frozenset[str]
    must_modals: frozenset[str]
    light_verbs: frozenset[str]  # verbs whose subject takes part in their object's nominal event ("held talks")
    transfer_verbs: frozenset[str]  # verbs whose target is the recipient, not the object ("sent troops to X")
    errand_verbs: frozenset[str]  # going, coming, being, sending: "for talks", "on a visit", "to discuss" is the errand
    contact_verbs: frozenset[str]  # "spoke to", "called": a contact only with a political actor, not with reporters or voters
    unpolitical_callers: frozenset[str]  # sectors whose contact is no CONSULT even with a country ("an Iraqi reporter spoke to")
    travel_verbs: frozenset[str]  # "flew to", "arrived in": a visit only by a political actor to another country
    rally_words: frozenset[str]  # "rally", "rallies": a protest only against something or by a crowd ("rallies")
    rally_against: frozenset[str]  # words that set a rally against something ("rallied against the law")
    crowd_sectors: frozenset[str]  # sources whose rally is a protest (civilians, workers, students, opposition...)
    political_sectors: frozenset[str]  # the sectors that make an actor political for the two above
    domestic_sectors: frozenset[str]  # police, courts: whom they act on is of their own country
    support_verbs: frozenset[str]  # verbs that carry the event their object names ("gave a warning")
    mutual_verbs: frozenset[str]  # acts between coordinated subjects whatever the type ("X and Y clashed")
    swapped: frozenset[str]  # "swapped prisoners with X": the people exchanged, not the target
    suffered_nouns: frozenset[str]  # "the minister's murder": the possessor is the victim, unless an "of" names one
    attempt_verbs: frozenset[str]  # "sought to soften ...": with a to-infinitive and no object, an attempt, no request
    joint_acts: frozenset[str]  # AGREE and SUPPORT verbs done by coordinated subjects with each other ("X and Y signed a treaty")
    propositions: frozenset[str]  # what is said or decided: an act of force on it is words ("blasted the decision")
    killing_verbs: frozenset[str]  # acts of force that, done to a proposition, reject it ("killed the proposal")
    criticizing_verbs: frozenset[str]  # acts of force that are words when done for a reason, as a label or in a medium
    reason_preps: frozenset[str]  # "attacked X for its policy", "over his remarks"
    media_preps: frozenset[str]  # "attacked X in a speech"
    rivals: frozenset[str]  # "attacked her opponent": a rival in a contest, attacked in words unless by an armed body
    armed_sectors: frozenset[str]  # sectors whose attacks are force whatever they are done to (MIL, REB, COP)
    contests: frozenset[str]  # "beat X at the polls": a contest of votes, won, no force
    spoils: frozenset[str]  # "captured the nomination", "locked up endorsements": what a contest awards, won, no force
    force_objects: frozenset[str]  # "massed troops": what a show of force moves; "mustered zeal" moves none
    causes_verbs: frozenset[str]  # "fight for working families": a person's fight for a cause is no force
    figures: frozenset[str]  # "struck a chord", "a video shot by X": objects that make force a set phrase or a film
    contest_verbs: frozenset[str]  # "beat the senator by 18 points": a contest won, no force
    help_verbs: frozenset[str]  # "helped engineer a boom": helping someone do something is no aid
    ailments: frozenset[str]  # "battled the flu": fighting an illness is no force
    beaten_rivals: frozenset[str]  # "beat this guy", "beat back a challenge": a contest won
    plans: frozenset[str]  # "executed the plan": carried out, no killing
    idle_objects: dict[str, frozenset[str]]  # "met the deadline", "shares this view": verb -> objects with which it is no act
    idle_subjects: dict[str, frozenset[str]]  # "the plan calls for X to ...": verb -> subjects with which it is no act
    idle_modifiers: dict[str, frozenset[str]]  # "a price war", "a one-time charge": noun -> modifiers with which it is no act
    amount_verbs: frozenset[str]  # "shipments declined": with no object and no infinitive, a change in amount, no act
    outcome_verbs: frozenset[str]  # "expects profit to fall", "failed to offset": an act only when the infinitive is one
    media_nouns: frozenset[str]  # "on television", "on Twitter": a medium of words besides the utterances
    utterance_verbs: frozenset[str]  # "released a statement", "gave a speech": putting out words is no act of its own
    utterances: frozenset[str]  # the texts and words put out
    gift_verbs: frozenset[str]  # "give": aid only when money, goods or arms are given
    gifts: frozenset[str]
    passing_verbs: frozenset[str]  # verbs whose direct object is passed on ("shared intelligence with X"): a thing, not the target
    senders: frozenset[str]  # "sent ventilators to X": sending goods (``gifts``) to someone is aid
    naming_verbs: frozenset[str]  # "called X a liar": name-calling, typed by the complement's valence
    naming_persons: frozenset[str]  # pronouns that name the one called ("called him a liar")
    naming_ratings: dict[str, float]  # word -> valence (VADER), read for the complement of a naming verb
    naming_accuse_max: float
    naming_praise_min: float
    future_markers: frozenset[str]
    hypothetical_markers: frozenset[str]
    negators: frozenset[str]
    cooperative: frozenset[str]
    hostile: frozenset[str]
    enacting_verbs: frozenset[str]  # a measure announced is enacted: "will ban rallies from Monday" is the ban
    announcing_verbs: frozenset[str]  # "announced it would ban": reporting verbs that enact; "said it would ban" threatens
    deciding_verbs: frozenset[str]  # "decided it would ban": a decision taken enacts the measure, as an announcement does
    exercise_words: frozenset[str]  # military exercises: COOPERATE with a partner, MOBILIZE alone
    joint_words: frozenset[str]  # "joint exercises": a partner, though none is named
    partner_preps: frozenset[str]  # "exercises with X": a partner named
    warning_verbs: frozenset[str]  # "warned that ...": a threat, or a forecast when it warns of no one's act
    warning_leverage: frozenset[str]  # "warned of serious consequences": what a warner threatens without naming the act
    forecasting_verbs: frozenset[str]  # "analysts warned that X could strike": another's act foreseen, no threat by X
    two_party_nouns: frozenset[str]  # "both sides", "the two countries": the pair a text named
    own_measures: frozenset[str]  # "confirmed the recall of its envoy": a measure its reporter takes
    own_objects: frozenset[str]  # "the deployment of its troops": an act done with the doer's own people or things
    protest_sites: frozenset[str]  # "outside the X embassy": a state's mission, whom a protest there is aimed at
    deciding_nouns: frozenset[str]  # "X's decision to expel": its possessor does the act
    taking_effect: frozenset[tuple[str, str]]  # ("take", "effect"): a measure in force with no one named doing it
    question_verbs: frozenset[str]  # "asked X about Y": a question, no request
    unsaid_verbs: frozenset[str]  # "declined to comment": saying nothing is no refusal of anyone
    comment_requests: frozenset[str]  # "a request for comment": a reporter's question, no request of an act
    unsaid_topic_verbs: frozenset[str]  # "declined to discuss details": silence unless a party is named
    unsaid_word_objects: frozenset[str]  # "declined to use the word X": silence
    admission_verbs: frozenset[str]  # "conceded that X had ...": an admission in words, no yielding
    question_preps: frozenset[str]
    question_objects: frozenset[str]  # "asked X a question": a question, no request
    target_preps: frozenset[str]
    modes: tuple[tuple[str, tuple[str, ...]], ...]  # (mode, phrases), in order of precedence
    contexts: tuple[tuple[str, frozenset[str]], ...]  # (PLOVER context, keywords)
    places: dict[str, ActorCode]  # lower-cased name, demonym or capital -> code
    sectors: dict[str, str]  # lower-cased word or phrase -> sector code
    partitives: frozenset[str]  # "thousands of X": the actor is X
    relational: frozenset[str] = frozenset()  # "its allies", "Israel's neighbours": other actors, not the possessor
    office_abbreviations: dict[str, str] = field(default_factory=dict)  # "Australian PM": an office in capitals after a place
    igo_seats: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "BRUSSELS": the bodies that sit there, by name
    weapons: frozenset[str] = frozenset()  # "Sudanese rockets": a weapon names no sector; a state's is its military's
    peoples: frozenset[str] = frozenset()  # "Hutu militia": a people or faith whose forces are no state's (agents.json "peoples")
    frame_nouns: frozenset[str] = frozenset()  # "a series of raids by X": nouns that count or time a nominal act
    captured_places: frozenset[str] = frozenset()  # "captured three villages": a place taken, no arrest
    many_states: frozenset[str] = frozenset()  # "Western troops", "allied forces": no one state's (agents.json "many_states")
    armed_causes: frozenset[str] = frozenset()  # "the X Liberation Army": an armed group named for a cause (agents.json "armed_causes")
    adopting_verbs: frozenset[str] = frozenset()  # "adopted a resolution condemning X": a body makes a text its own
    adopted_plans: frozenset[str] = frozenset()  # "approved a plan to send troops": adopting a course of action is the act
    obliging_words: frozenset[str] = frozenset()  # "insisted that Y must withdraw": a demand, not a fact
    peacekeeping_words: frozenset[str] = frozenset()  # "peacekeeping troops arrived": AID, not a deployment
    readiness_words: frozenset[str] = frozenset()  # "is prepared to talk", "stands ready": AGREE unless ready for harm
    resolve_participles: frozenset[str] = frozenset()  # "is committed to", "is prepared to": the parser's passives of resolve
    resolve_adjectives: frozenset[str] = frozenset()  # "is determined to", "ready to": a party's own resolve
    drawing_verbs: frozenset[str] = frozenset()  # "X drew criticism from Y", "received Chinese aid": an act got from another
    having_verbs: frozenset[str] = frozenset()  # "X had Turkish backing": an act X has from another
    mutual_types: frozenset[str] = frozenset()  # "had talks with Y": acts done together, the subject's own too
    side_modifiers: frozenset[str] = frozenset()  # "rival militias clashed": several sides of one kind, fighting each other
    meddling_verbs: frozenset[str] = frozenset()  # "says Y is meddling": the sayer's charge against Y
    incursion_verbs: frozenset[str] = frozenset()  # "troops crossed into X": forces going onto another's ground
    incursion_preps: frozenset[str] = frozenset()  # "into", "across": where such a verb takes them
    incursion_grounds: frozenset[str] = frozenset()  # "crossed the border": the ground such a verb takes them over
    built_places: frozenset[str] = frozenset()  # "settlement": a deal, or a place built ("the construction of settlements")
    building_words: frozenset[str] = frozenset()  # "construction", "expand": what is done to a place built
    reciprocal_verbs: frozenset[str] = frozenset()  # "X and Y traded accusations": each does the act to the other
    reciprocal_types: frozenset[str] = frozenset()  # the acts so traded: accusations, threats, blows (no swap of prisoners)
    truce_verbs: frozenset[str] = frozenset()  # "X, Y end war": ending a fight, each side's own to the other
    ended_fights: frozenset[str] = frozenset()  # "war", "fighting": what such a verb ends
    ended_attacks: frozenset[str] = frozenset()  # "shelling", "offensive": one side's attacks such a verb ends
    truce_efforts: frozenset[str] = frozenset()  # "is working to halt the fighting in X": a go-between's effort
    brokering_verbs: frozenset[str] = frozenset()  # "brokered a deal to end the fighting": a go-between's deal
    shared_words: frozenset[str] = frozenset()  # "their shared border": an object a pair holds together
    border_preps: frozenset[str] = frozenset()  # "across", "over": a group reached across a border
    borders: frozenset[str] = frozenset()  # "border", "frontier"
    failure_nouns: frozenset[str] = frozenset()  # "the inability to end": the act not done
    strike_verbs: frozenset[str] = frozenset()  # "workers strike": stop work in protest, with no object
    striking_sectors: frozenset[str] = frozenset()  # LAB, EDU, MED: whose strike is a protest
    shown_near: frozenset[str] = frozenset()  # "massed near X": the state a show of force is aimed at
    sighting_verbs: frozenset[str] = frozenset()  # "warships spotted near X": forces seen close to a state
    performative_verbs: frozenset[str] = frozenset()  # "I want to thank X": a speech act done as said, not ahead
    performative_hedges: frozenset[str] = frozenset()  # "want", "wish": the hedge before such a verb
    performative_speakers: frozenset[str] = frozenset()  # "I", "we": who performs it by saying it
    pressing_nouns: frozenset[str] = frozenset()  # "pressure": a REQUEST only from a state or political body
    pressing_sectors: frozenset[str] = frozenset()  # GOV, OPP, PTY, LEG: whose "pressure from" is an ask
    under_fire_nouns: frozenset[str] = frozenset()  # "fire": criticism in "under fire from X" when X is unarmed
    seeking_verbs: frozenset[str] = frozenset()  # "turn", "look": their pattern's word is what is sought, not the subject
    enrolling: frozenset[str] = frozenset()  # "sign up": an agreement only "to" something named
    envoy_expulsions: dict[str, Trigger] = field(default_factory=dict)  # "expel ambassador": the envoy word -> its pattern

    def place(self, text: str) -> ActorCode | None:
        """Names match in any case; short all-capital acronyms only as written ("US", not "us"; "WHO", not "who")."""
        for key in (text, text.lower()):
            found = self.places.get(key)
            if found is not None and found.kind != "acronym":
                return found
        return None

    def sector(self, text: str) -> str | None:
        return self.sectors.get(text.lower())


def _triggers(entries: list[dict], key: str, head_last: bool) -> dict[str, tuple[Trigger, ...]]:
    table: dict[str, list[Trigger]] = {}
    for entry in entries:
        for pattern in entry.get(key, []):
            words = pattern.lower().split()
            if head_last:
                head, word = words[-1], (words[0] if len(words) > 1 else None)
            else:
                head, word = words[0], (words[-1] if len(words) > 1 else None)
            table.setdefault(head, []).append(Trigger(head, word, entry["type"], entry.get("mode")))
    # patterns with a dependent word first: they are more specific
    return {head: tuple(sorted(items, key=lambda t: t.word is None)) for head, items in table.items()}


def _places(agents: dict) -> dict[str, ActorCode]:
    places: dict[str, ActorCode] = {}
    for line in agents["countries"]:
        code, names, demonyms, capitals = (line.split("|") + ["", "", ""])[:4]
        for kind, field in (("capital", capitals), ("demonym", demonyms), ("name", names)):
            for item in filter(None, (x.strip() for x in field.split(","))):
                _add_place(places, item, ActorCode(code, kind))
    for name in agents["igos"]:
        _add_place(places, name, ActorCode("IGO", "igo"))
    return places


def _add_place(places: dict[str, ActorCode], name: str, code: ActorCode) -> None:
    if _is_acronym(name):
        places[name] = code
        places.setdefault(name.lower(), ActorCode(code.code, "acronym"))  # marks the lower-case form as not a match
    else:
        places[name.lower()] = code


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def _expanded_verbs(path: Path) -> list[dict]:
    """The WordNet expansion of the seed verbs (``readout.eval.expand_event_verbs``) as entries of the patterns' format."""
    expanded = json.loads(path.read_text(encoding="utf-8"))["verbs"]
    return [{"type": row["type"], "mode": row["mode"], "verbs": [word]} for word, row in expanded.items()]


def _words(verbs: dict, section: str, key: str | None = None) -> frozenset[str]:
    """A word list of the patterns file, ``verbs[section]`` or ``verbs[section][key]``; empty when the file has none."""
    entry = verbs.get(section, {} if key else [])
    return frozenset(entry.get(key, []) if key else entry)


@lru_cache(maxsize=1)
def _function_word_lists() -> dict[str, tuple[str, ...]]:
    section = json.loads((DATA_DIR / "plover_verbs.json").read_text(encoding="utf-8"))["function_words"]
    return {name: tuple(words) for name, words in section.items() if name != "about"}


def function_words(name: str) -> tuple[str, ...]:
    """A closed-class word list the coder reads the parse by (``function_words`` of the patterns file), in its order."""
    return _function_word_lists()[name]


@lru_cache(maxsize=4)
def load_lexicon(verbs_path: str | None = None, agents_path: str | None = None, wordnet_path: str | None = None) -> EventLexicon:
    """Read the data files once per process (read-only afterwards).

    The WordNet expansion is generated from the default patterns, so it is read
    with them, or when ``wordnet_path`` names it; "" leaves it out.
    """
    verbs = json.loads(Path(verbs_path or DATA_DIR / "plover_verbs.json").read_text(encoding="utf-8"))
    if wordnet_path is None and verbs_path is None:
        wordnet_path = str(DATA_DIR / "plover_verbs_wordnet.json")
    expanded = _expanded_verbs(Path(wordnet_path)) if wordnet_path else []
    agents = json.loads(Path(agents_path or DATA_DIR / "agents.json").read_text(encoding="utf-8"))
    sectors = {word.lower(): sector for sector, words in agents["sectors"].items() for word in words}
    naming = verbs.get("naming", {})
    verb_triggers = _triggers(verbs["events"] + expanded, "verbs", head_last=False)
    return EventLexicon(
        verbs=verb_triggers,
        nouns=_triggers(verbs["events"], "nouns", head_last=True),
        reporting=frozenset(verbs["reporting_verbs"]),
        must_modals=frozenset(verbs["must_modals"]),
        light_verbs=_words(verbs, "light_verbs"),
        transfer_verbs=_words(verbs, "transfer_verbs"),
        errand_verbs=_words(verbs, "errand_verbs"),
        contact_verbs=_words(verbs, "contact_verbs", "verbs"),
        unpolitical_callers=_words(verbs, "contact_verbs", "unpolitical_callers"),
        travel_verbs=_words(verbs, "travel_verbs", "verbs"),
        rally_words=_words(verbs, "rallies", "words"),
        rally_against=_words(verbs, "rallies", "against"),
        crowd_sectors=_words(verbs, "rallies", "crowd_sectors"),
        political_sectors=_words(verbs, "political_sectors", "sectors"),
        domestic_sectors=_words(verbs, "domestic_sectors", "sectors"),
        support_verbs=_words(verbs, "support_verbs"),
        mutual_verbs=_words(verbs, "mutual_verbs"),
        joint_acts=_words(verbs, "joint_acts", "verbs"),
        attempt_verbs=_words(verbs, "attempts", "verbs"),
        suffered_nouns=_words(verbs, "suffered_nouns", "nouns"),
        swapped=_words(verbs, "swapped", "nouns"),
        propositions=_words(verbs, "propositions", "nouns"),
        killing_verbs=_words(verbs, "propositions", "rejecting_verbs"),
        criticizing_verbs=_words(verbs, "propositions", "criticizing_verbs"),
        reason_preps=_words(verbs, "propositions", "reason_prepositions"),
        media_preps=_words(verbs, "propositions", "media_prepositions"),
        rivals=_words(verbs, "propositions", "rivals"),
        armed_sectors=_words(verbs, "propositions", "armed_sectors"),
        contests=_words(verbs, "propositions", "contests"),
        spoils=_words(verbs, "figurative_force", "spoils"),
        force_objects=_words(verbs, "figurative_force", "force_objects"),
        causes_verbs=_words(verbs, "figurative_force", "causes_verbs"),
        figures=_words(verbs, "figurative_force", "figures"),
        contest_verbs=_words(verbs, "figurative_force", "contest_verbs"),
        help_verbs=_words(verbs, "figurative_force", "help_verbs"),
        ailments=_words(verbs, "figurative_force", "ailments"),
        beaten_rivals=_words(verbs, "figurative_force", "rivals"),
        plans=_words(verbs, "figurative_force", "plans"),
        idle_objects={verb: frozenset(w.lower() for w in nouns) for verb, nouns in verbs.get("idle_objects", {}).get("verbs", {}).items()},
        idle_subjects={verb: frozenset(w.lower() for w in nouns) for verb, nouns in verbs.get("idle_subjects", {}).get("verbs", {}).items()},
        idle_modifiers={noun: frozenset(w.lower() for w in words) for noun, words in verbs.get("idle_modifiers", {}).get("nouns", {}).items()},
        amount_verbs=_words(verbs, "amounts", "verbs"),
        outcome_verbs=_words(verbs, "outcomes", "verbs"),
        media_nouns=_words(verbs, "propositions", "media"),
        utterance_verbs=_words(verbs, "utterances", "verbs"),
        utterances=_words(verbs, "utterances", "nouns"),
        gift_verbs=_words(verbs, "gifts", "verbs"),
        gifts=_words(verbs, "gifts", "nouns"),
        passing_verbs=_words(verbs, "gifts", "passing_verbs"),
        senders=_words(verbs, "gifts", "senders"),
        naming_verbs=_words(verbs, "naming", "verbs"),
        naming_persons=_words(verbs, "naming", "persons"),
        naming_ratings=load_ratings(naming["package"], naming["file"]) if naming.get("verbs") else {},
        naming_accuse_max=float(naming.get("accuse_at_most", -4.0)),
        naming_praise_min=float(naming.get("praise_at_least", 4.0)),
        future_markers=frozenset(verbs["future_markers"]),
        hypothetical_markers=frozenset(verbs["hypothetical_markers"]),
        negators=frozenset(verbs["negators"]),
        cooperative=frozenset(verbs["cooperative_types"]),
        hostile=frozenset(verbs["hostile_types"]),
        enacting_verbs=_words(verbs, "enacting_verbs", "verbs"),
        announcing_verbs=_words(verbs, "enacting_verbs", "announcing"),
        deciding_verbs=_words(verbs, "enacting_verbs", "deciding"),
        exercise_words=_words(verbs, "exercises", "words"),
        joint_words=_words(verbs, "exercises", "joint"),
        partner_preps=_words(verbs, "exercises", "partner_prepositions"),
        warning_verbs=_words(verbs, "warnings", "verbs"),
        warning_leverage=_words(verbs, "warnings", "leverage"),
        forecasting_verbs=_words(verbs, "warnings", "forecasting"),
        two_party_nouns=_words(verbs, "two_parties", "nouns"),
        own_measures=_words(verbs, "own_measures", "nouns"),
        own_objects=_words(verbs, "own_measures", "own_objects"),
        protest_sites=_words(verbs, "protest_sites", "nouns"),
        deciding_nouns=_words(verbs, "deciding_nouns", "nouns"),
        taking_effect=frozenset(tuple(p.split()) for p in verbs.get("taking_effect", {}).get("phrases", [])),
        question_verbs=_words(verbs, "questions", "verbs"),
        unsaid_verbs=_words(verbs, "no_comment", "verbs"),
        comment_requests=_words(verbs, "no_comment", "asked_for"),
        unsaid_topic_verbs=_words(verbs, "no_comment", "topic_verbs"),
        unsaid_word_objects=_words(verbs, "no_comment", "word_objects"),
        admission_verbs=_words(verbs, "admissions", "verbs"),
        question_preps=_words(verbs, "questions", "prepositions"),
        question_objects=_words(verbs, "questions", "objects"),
        target_preps=frozenset(verbs["target_prepositions"]),
        modes=tuple((mode, tuple(p.lower() for p in phrases)) for mode, phrases in verbs["modes"].items()),
        contexts=tuple((name, frozenset(w.lower() for w in words)) for name, words in verbs.get("contexts", {}).items()),
        places=_places(agents),
        sectors=sectors,
        partitives=frozenset(agents.get("partitives", [])),
        relational=frozenset(agents.get("relational", [])),
        office_abbreviations=dict(agents.get("office_abbreviations", {}).get("words", {})),
        igo_seats={city: tuple(names) for city, names in agents.get("igo_seats", {}).get("seats", {}).items()},
        weapons=frozenset(w.lower() for w in agents.get("weapons", {}).get("words", [])),
        peoples=frozenset(w.lower() for w in agents.get("peoples", {}).get("words", [])),
        frame_nouns=_words(verbs, "frame_nouns", "nouns"),
        captured_places=_words(verbs, "captured_places", "nouns"),
        many_states=frozenset(w.lower() for w in agents.get("many_states", {}).get("words", [])),
        armed_causes=frozenset(w.lower() for w in agents.get("armed_causes", {}).get("words", [])),
        adopting_verbs=_words(verbs, "adopting", "verbs"),
        adopted_plans=_words(verbs, "adopting", "plans"),
        obliging_words=_words(verbs, "obliging", "words"),
        peacekeeping_words=_words(verbs, "peacekeeping", "words"),
        readiness_words=_words(verbs, "readiness", "words"),
        resolve_participles=_words(verbs, "resolve", "participles"),
        resolve_adjectives=_words(verbs, "resolve", "adjectives"),
        drawing_verbs=_words(verbs, "received", "drawing"),
        having_verbs=_words(verbs, "received", "having"),
        mutual_types=_words(verbs, "received", "mutual_types"),
        side_modifiers=_words(verbs, "sides", "modifiers"),
        meddling_verbs=_words(verbs, "meddling", "verbs"),
        incursion_verbs=_words(verbs, "incursions", "verbs"),
        incursion_preps=_words(verbs, "incursions", "prepositions"),
        incursion_grounds=_words(verbs, "incursions", "grounds"),
        built_places=_words(verbs, "built_places", "nouns"),
        building_words=_words(verbs, "built_places", "building_words"),
        reciprocal_verbs=_words(verbs, "reciprocal", "verbs"),
        reciprocal_types=_words(verbs, "reciprocal", "types"),
        truce_verbs=_words(verbs, "reciprocal", "truce_verbs"),
        ended_fights=_words(verbs, "reciprocal", "fights"),
        ended_attacks=_words(verbs, "reciprocal", "attacks"),
        truce_efforts=_words(verbs, "reciprocal", "efforts"),
        brokering_verbs=_words(verbs, "reciprocal", "brokering"),
        shared_words=_words(verbs, "reciprocal", "shared"),
        border_preps=_words(verbs, "across_borders", "prepositions"),
        borders=_words(verbs, "across_borders", "borders"),
        failure_nouns=_words(verbs, "failures", "nouns"),
        strike_verbs=_words(verbs, "labour_strikes", "verbs"),
        striking_sectors=_words(verbs, "labour_strikes", "sectors"),
        shown_near=_words(verbs, "shown_near", "prepositions"),
        sighting_verbs=_words(verbs, "shown_near", "sighting_verbs"),
        performative_verbs=_words(verbs, "performatives", "verbs"),
        performative_hedges=_words(verbs, "performatives", "hedges"),
        performative_speakers=_words(verbs, "performatives", "speakers"),
        pressing_nouns=_words(verbs, "pressing", "nouns"),
        pressing_sectors=_words(verbs, "pressing", "sectors"),
        under_fire_nouns=_words(verbs, "under_fire", "nouns"),
        seeking_verbs=_words(verbs, "seeking", "verbs"),
        enrolling=_words(verbs, "enrolling", "patterns"),
        envoy_expulsions={t.word: t for t in verb_triggers.get("expel", ()) if t.event_type == "SANCTION" and t.mode == "expel" and t.word},
    )
