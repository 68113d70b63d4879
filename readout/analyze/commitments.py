"""Commitments: promises, plans, invitations, agreements, targets and regimes in force, with due intervals.

Triggers (lemmas per status) live in ``data/commitment_patterns.json``; this module
applies them to the dependency parse of each sentence. For each trigger it finds
the committed action (the verb or noun the trigger governs), the actor (the
invitee of an invitation, otherwise the subject up the clause chain), and the due
interval from the time expressions the time extractor set on the Doc, each time
expression going to the trigger nearest to it in the parse tree. An invitation
and its acceptance (same sentence or the next) are one commitment, "accepted".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from readout.analyze.commitment_genders import Genders
from readout.analyze.commitment_grammar import (
    ACTION_SKIP_DEPS,
    ACTOR_SKIP_DEPS,
    aux_lemmas,
    aux_lemmas_at,
    children,
    clause_cut,
    clause_verb,
    complement,
    has_amount,
    has_quantity,
    objects,
    phrase_tokens,
    story_opens,
    text_of,
    tree_distance,
)
from readout.analyze.commitment_words import WORDS
from readout.analyze.coreference import (
    FIRST_PERSON, GENDERS, THIRD_PERSON, PersonResolver, direct_quote_at, home_place, is_person_description, name_tokens, party_member,
    party_members, person_nouns, reporting_verbs,
)
from readout.analyze.extensions import doc_id_of, doc_text
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.gendered_words import gender_of
from readout.analyze.questions import asked_directly
from readout.analyze.token_table import entity_spans, sentence_spans, token_table
from readout.model import Commitment, CommitmentStatus, Entity, Mention, Quote, Span, TimeExpr

DATA_FILE = Path(__file__).parent / "data" / "commitment_patterns.json"

# The closed word lists, each with its source and why in data/commitment_words.json (commitment_words.py)
EXHORTING_AUX = WORDS.exhorting_aux
JOINERS = WORDS.joiners
ELLIPSIS_WILL = WORDS.ellipsis_will
FUTURE_AUX = WORDS.future_aux
PROMISE_VERBS = WORDS.promise_verbs
STRANDING_WORDS = WORDS.stranding_words
PRO_ACTS = WORDS.pro_acts
TOPIC_PREPOSITIONS = WORDS.topic_prepositions
UPCOMING = WORDS.upcoming
PERFECT_OR_PASSIVE = WORDS.perfect_or_passive
SIDE_NOUNS = WORDS.side_nouns
OWN_SIDE_POSSESSIVES = WORDS.own_side_possessives
ACTING_PRONOUNS = WORDS.acting_pronouns
RELATIVE_PRONOUNS = WORDS.relative_pronouns
LIKELIHOOD_VERBS = WORDS.likelihood_verbs
HYPOTHETICAL_MARKS = WORDS.hypothetical_marks
RELATION_NOUNS = WORDS.relation_nouns
PROMISE_NOUNS = WORDS.promise_nouns
PLAN_VERBS = WORDS.plan_verbs
THROUGH_ON = WORDS.through_on
NOBODY = WORDS.nobody
SOURCING_ACTS = WORDS.sourcing_acts
ROLE_VERBS = WORDS.role_verbs
THING_PLURALS = WORDS.thing_plurals
DASHES = WORDS.dashes
QUANTIFIERS = WORDS.quantifiers
DECLINING_VERBS = WORDS.declining_verbs
PREFERENCE_ADVERBS = WORDS.preference_adverbs
UNSPECIFIED_ONE = WORDS.unspecified_one
DEADLINE_PREPS = WORDS.deadline_preps
FAILED_PLAN_VERBS = WORDS.failed_plan_verbs
PAST_ACT_ADVERBS = WORDS.past_act_adverbs
BODY_STAFF = WORDS.body_staff
CONDITION_MARKS = WORDS.condition_marks
COUNTERFACTUAL_MODALS = WORDS.counterfactual_modals
TAX_ITEMS = WORDS.tax_items
FAMILY_NOUNS = WORDS.family_nouns
ORDERING_VERBS = WORDS.ordering_verbs
WISHING_VERBS = WORDS.wishing_verbs
IMPERSONAL_VERBS = WORDS.impersonal_verbs
PUBLIC_OFFICES = WORDS.public_offices
TIME_NOUNS = WORDS.time_nouns
EVIDENCE_VERBS = WORDS.evidence_verbs
TEXT_ORDERING_VERBS = WORDS.text_ordering_verbs
GATHERING_NOUNS = WORDS.gathering_nouns
HINTING_VERBS = WORDS.hinting_verbs
BODY_HEADS = WORDS.body_heads
OWNED_THINGS = WORDS.owned_things
BLOC_NOUNS = WORDS.bloc_nouns
BLOC_VOTE_VERBS = WORDS.bloc_vote_verbs
OBTAINING_VERBS = WORDS.obtaining_verbs
BECOMING_VERBS = WORDS.becoming_verbs
BEFORE_WORDS = WORDS.before_words
VOWED_OUTCOME_VERBS = WORDS.vowed_outcome_verbs
CONTEST_PRIZES = WORDS.contest_prizes
PERIOD_END_WORDS = WORDS.period_end_words
TIME_HAVING_VERBS = WORDS.time_having_verbs
AGE_VERBS = WORDS.age_verbs
SEAT_DEFENDING_VERBS = WORDS.seat_defending_verbs
DIRECTION_PREPS = WORDS.direction_preps

UNTIMED_GRANULARITIES = {"duration", "recurrence"}
VAGUE_REFERENCES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
PRESENT_BE = {"VBZ", "VBP"}  # "is", "are", "am", "'s", "'re": a present progressive, not "was organizing"
PARTY_TYPES = {"PERSON", "ORG", "GPE", "NORP"}  # entity labels of a subject that can commit
NAMED_THING_TYPES = {"LAW", "PRODUCT", "WORK_OF_ART"}  # entity labels of a named thing, which commits to nothing


@dataclass(frozen=True)
class Trigger:
    """One entry of the patterns file."""

    lemma: str
    pos: frozenset[str]
    status: CommitmentStatus
    kind: str = "plain"  # invite, accept or plain
    needs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    with_aux: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    under: frozenset[str] = frozenset()  # the word the trigger must hang on: "force" only "in force"


@dataclass(frozen=True)
class Patterns:
    triggers: tuple[Trigger, ...]
    keeps_time_in_action: frozenset[str]
    hedges: frozenset[str]
    accusation_cues: frozenset[str]
    end_markers: frozenset[str]
    start_markers: frozenset[str]
    deadline_markers: frozenset[str]
    not_future_verbs: frozenset[str]
    forecast_verbs: frozenset[str]  # "the repairs will cost ...": with a subject that cannot act, a forecast
    task_bodies: frozenset[str]  # "a task force will report by June": a new body set up for a task is the actor
    vague_actions: frozenset[str]
    group_references: dict[str, str]
    speech_verbs: frozenset[str]
    not_plan_progressives: frozenset[str]
    expected_own_acts: frozenset[str]
    purpose_particles: dict[str, str]  # "set": "up": a creating verb counts only with its particle
    named_bodies: frozenset[str]  # "the ministry": the ORG named before whose name holds "ministry"
    org_descriptions: frozenset[str]  # "the company": the ORG named last before it
    described_only: frozenset[str]  # "the government": no ORG stands for it; the description is the actor
    forecast_adverbs: frozenset[str]  # "she undoubtedly will reach ...": a forecast about her, not her promise
    outcome_verbs: frozenset[str]  # "X will win the primary": the outcome of a contest, nobody's promise
    contest_nouns: frozenset[str]  # "the runoff will be held on Tuesday": a date on the calendar, nobody's promise
    return_markers: frozenset[str]  # "in return, X will ...": the other side of a deal
    speaks_for: dict[str, frozenset[str]]  # a word of the sayer's phrase -> the subjects she commits ("*": any definite)
    expletive_it_verbs: frozenset[str]  # "said it will take months to ...": an empty "it", nobody's act
    other_side_modifiers: frozenset[str]  # "the rival campaign": not the side the sayer speaks for
    release_verbs: frozenset[str]  # "the novel will be published": a thing made public, nobody named commits
    belief_verbs: frozenset[str]  # "I don't think we will ...": an opinion about what one's side will do, no promise
    prevent_verbs: frozenset[str]  # "we will not allow X to ...": negated, a promise to prevent
    experience_verbs: frozenset[str]  # "the city will see rain": what befalls a subject that is no person
    undergoing_verbs: frozenset[str]  # "many dockworkers will receive higher wages": what a group affected undergoes
    undergoing_passives: frozenset[str]  # "her standing will be tied to ...": what a thing undergoes, passive
    role_nouns: frozenset[str]  # "will play a decisive role": a forecast about a part
    contest_holding_verbs: frozenset[str]  # "the state will hold a contest in February": the calendar
    place_nouns: frozenset[str]  # "the province", "a fifth county": a place as subject
    follower_nouns: frozenset[str]  # "Vell supporters plan to ...": the group acts, not the person named before it
    owner_acts_through: frozenset[str]  # "Vell's campaign will ...": Vell acts; "Vell's rivals", "his wife": others
    dropped_plan_verbs: frozenset[str]  # "scrapped plans to attend": no plan stands
    settled_promise_verbs: frozenset[str]  # "kept their promise to ...": a promise kept or broken, not open
    forecast_sayer_verbs: frozenset[str]  # "X predicted the ballots will arrive by May": a forecast
    expected_outcome_verbs: frozenset[str]  # "is expected to sail through ...": with outcome_verbs, a forecast
    long_ago_days: int  # "agreed in 2011 to ...": a promise dated this long before the writing is a past act
    by_lemma: dict[str, tuple[Trigger, ...]]  # the triggers in file order, by lemma ("*": any verb)


@lru_cache(maxsize=4)
def load_patterns(path: str = str(DATA_FILE)) -> Patterns:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    triggers = tuple(
        Trigger(
            lemma=t["lemma"],
            pos=frozenset(t.get("pos", ())),
            status=t["status"],
            kind=t.get("kind", "plain"),
            needs=frozenset(t.get("needs", ())),
            objects=frozenset(t.get("objects", ())),
            modifiers=frozenset(t.get("modifiers", ())),
            with_aux=frozenset(t.get("with_aux", ())),
            preps=frozenset(t.get("preps", ())),
            under=frozenset(t.get("under", ())),
        )
        for t in raw["triggers"]
    )
    return Patterns(
        triggers=triggers,
        keeps_time_in_action=frozenset(raw.get("keeps_time_in_action", ())),
        hedges=frozenset(raw.get("hedges", ())),
        accusation_cues=frozenset(raw.get("accusation_cues", ())),
        end_markers=frozenset(raw.get("end_markers", ())),
        start_markers=frozenset(raw.get("start_markers", ())),
        deadline_markers=frozenset(raw.get("deadline_markers", ())),
        not_future_verbs=frozenset(raw.get("not_future_verbs", ())),
        forecast_verbs=frozenset(raw.get("forecast_verbs", ())),
        follower_nouns=frozenset(raw.get("follower_nouns", ())),
        owner_acts_through=frozenset(raw.get("owner_acts_through", ())),
        dropped_plan_verbs=frozenset(raw.get("dropped_plan_verbs", ())),
        settled_promise_verbs=frozenset(raw.get("settled_promise_verbs", ())),
        forecast_sayer_verbs=frozenset(raw.get("forecast_sayer_verbs", ())),
        expected_outcome_verbs=frozenset(raw.get("expected_outcome_verbs", ())),
        long_ago_days=int(raw.get("long_ago_days", 365)),
        task_bodies=frozenset(raw.get("task_bodies", ())),
        vague_actions=frozenset(raw.get("vague_actions", ())),
        group_references=dict(raw.get("group_references", {})),
        speech_verbs=frozenset(raw.get("speech_verbs", ())),
        not_plan_progressives=frozenset(raw.get("not_plan_progressives", ())),
        expected_own_acts=frozenset(raw.get("expected_own_acts", ())),
        purpose_particles=dict(raw.get("purpose_particles", {})),
        named_bodies=frozenset(raw.get("body_descriptions", {}).get("named", ())),
        org_descriptions=frozenset(raw.get("body_descriptions", {}).get("any_org", ())),
        described_only=frozenset(raw.get("body_descriptions", {}).get("described_only", ())),
        forecast_adverbs=frozenset(raw.get("forecast_adverbs", ())),
        outcome_verbs=frozenset(raw.get("outcome_verbs", ())),
        contest_nouns=frozenset(raw.get("contest_nouns", ())),
        return_markers=frozenset(raw.get("return_markers", ())),
        speaks_for={k: frozenset(v) for k, v in raw.get("speaks_for", {}).items()},
        expletive_it_verbs=frozenset(raw.get("expletive_it_verbs", ())),
        other_side_modifiers=frozenset(raw.get("other_side_modifiers", ())),
        release_verbs=frozenset(raw.get("release_verbs", ())),
        belief_verbs=frozenset(raw.get("belief_verbs", ())),
        prevent_verbs=frozenset(raw.get("prevent_verbs", ())),
        experience_verbs=frozenset(raw.get("experience_verbs", ())),
        undergoing_verbs=frozenset(raw.get("undergoing_verbs", ())),
        undergoing_passives=frozenset(raw.get("undergoing_passives", ())),
        role_nouns=frozenset(raw.get("role_nouns", ())),
        contest_holding_verbs=frozenset(raw.get("contest_holding_verbs", ())),
        place_nouns=frozenset(raw.get("place_nouns", ())),
        by_lemma={lemma: tuple(t for t in triggers if t.lemma == lemma) for lemma in {t.lemma for t in triggers}},
    )


@dataclass
class Candidate:
    """A trigger found in a sentence, while its times and grouping are being decided."""

    token: Token
    trigger: Trigger
    head: Token  # the committed action: a verb, or the trigger noun itself
    status: CommitmentStatus
    times: list[TimeExpr] = field(default_factory=list)
    extra_tokens: list[Token] = field(default_factory=list)  # e.g. the acceptance merged into an invitation


@dataclass(frozen=True)
class TimeAt:
    expr: TimeExpr
    root: Token
    tokens: frozenset[int]


# ---------------------------------------------------------------- candidates


TIME_NEEDS = frozenset({"date", "end_date"})  # needs only the times decide, after the parse
PROGRESSIVE_NEEDS = frozenset({"progressive", "future_progressive"})  # both need the -ing form (tag VBG)


def _match(doc: Doc, i: int, patterns: Patterns) -> list[Trigger]:
    """The triggers token ``i`` may be, read from the doc's token table (most verbs match none: no Token is made)."""
    table = token_table(doc)
    found = []
    lemma, pos, tag = table.lemma[i], table.pos[i], table.tag[i]
    stands_for_act = lemma in patterns.not_future_verbs and _pro_act_antecedent(doc[i]) is not None  # "will continue to do so"
    wildcard = () if lemma in patterns.not_future_verbs and not stands_for_act else patterns.by_lemma.get("*", ())
    auxes = None
    for trig in (*patterns.by_lemma.get(lemma, ()), *wildcard):
        if trig.pos and pos not in trig.pos:
            continue
        if tag != "VBG" and not trig.needs.isdisjoint(PROGRESSIVE_NEEDS):
            continue  # "are organizing", "will be evaluating": no -ing form, no progressive
        if trig.with_aux:
            if auxes is None:  # read once per token, not per trigger
                auxes = aux_lemmas_at(doc, i)
            if not (auxes & trig.with_aux):
                continue
            if tag == "VBD" or (tag == "VBN" and not auxes & PERFECT_OR_PASSIVE):
                continue  # "Columnist Tom Will reignited the feud": a name, not the modal (it governs a base form)
        found.append(trig)
    return found


def _head_for(token: Token, trig: Trigger, patterns: Patterns) -> Token:
    if trig.kind == "invite" and token.pos_ == "VERB":
        return complement(token) or token
    if trig.kind == "accept":
        for obj in objects(token):
            comp = complement(obj)
            if comp is not None:
                return comp
        return token
    if "progressive" in trig.needs and trig.objects:
        # "is making arrangements to interview X": what is arranged is the object's complement
        return _arranged_act(token, trig.objects) or token
    if "owned" in trig.needs:
        return token.head  # "has a speech scheduled Friday": what is planned is the speech
    if "be_to" in trig.needs:
        return complement(token) or token  # "is to report by June": the reporting
    if "tasked" in trig.needs:
        return _tasked_act(token, patterns) or token  # "has been asked to deliver its findings": the delivering
    if "deadline_given" in trig.needs:
        return _deadline_act(token) or token  # "gave the panel until May to report": the reporting
    if "purpose" in trig.needs:
        return _purpose_act(token, patterns) or token  # "set up a task force to draft the law": the drafting
    if "complement" in trig.needs or token.lemma_.lower() == "invitation":
        return complement(token) or token
    return _pro_act_antecedent(token) or token


def _pro_act_antecedent(verb: Token) -> Token | None:
    """ "she has funded the shelter for years and will continue to do so": "do so" stands for the verb phrase the clause is
    conjoined with, which is the act promised (not "continue", nor "do so")."""
    table = token_table(verb.doc)  # read for every "be", "have" and "say": the table, not Token objects
    lemma, dep, lower = table.lemma, table.dep, table.lower
    do = verb.i if lemma[verb.i] == "do" else next((c for c in table.children(verb.i) if dep[c] == "xcomp" and lemma[c] == "do"), None)
    if do is None or not any(lower[c] in PRO_ACTS and dep[c] in {"advmod", "dobj"} for c in table.children(do)):
        return None
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return verb.head
    return None


def _arranged_act(verb: Token, nouns: frozenset[str]) -> Token | None:
    """What "making arrangements to receive X" arranges: the "to" verb after one of ``nouns``, which the parser reads
    as the noun's complement or relative clause ("arrangements [to receive]") or as a clause with the noun as its
    subject ("making [arrangements to receive]")."""
    for obj in objects(verb):
        if obj.lemma_.lower() in nouns:
            act = complement(obj) or next((c for c in children(obj, {"relcl"}) if c.i > obj.i and _has_to(c)), None)
            if act is not None:
                return act
    for clause in children(verb, {"ccomp", "xcomp"}):
        if _has_to(clause) and any(s.lemma_.lower() in nouns for s in children(clause, {"nsubj"})):
            return clause
    return None


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _static_needs_ok(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """Whether the token meets the trigger's needs that the parse alone decides (times come later). The checks of
    the trigger's own needs come first: they are cheap and turn most tokens away (the wildcard progressive trigger
    sees every verb), so the general checks below run only on the few tokens left; all are pure, so the order does
    not change the answer."""
    if not _own_needs_ok(token, trig, patterns):
        return False
    table = token_table(token.doc)
    if any(table.dep[c] == "neg" for c in table.children(token.i)) and not _prevents(token, patterns):
        return False
    shared = aux_lemmas(token.head) if token.dep_ == "conj" else set()  # "should be grateful and agree to"
    if (aux_lemmas(token) | shared) & EXHORTING_AUX and "body_must" not in trig.needs:
        return False  # "X should agree to pay": someone urges, nobody promised
    if _wished_of_another(token):
        return False  # "the mayor wants the bank to agree to repay ...": her wish, not the bank's promise
    if _promise_discussed(token, patterns):
        return False  # "the promise to 'take our harbour back' appeals to older voters, said X": a slogan weighed
    if asked_directly(token):
        return False  # "When will we learn?": a question, not a promise
    misread = _misread_subject(token) if trig.with_aux else None
    if misread is not None and ("self" in trig.needs or not _can_act(misread, patterns)):
        return False  # "I will build walls & the floods will stop pouring in": the floods' act, not the sayer's
    if trig.with_aux and _subjectless(token):
        return False  # "But much about the picture ... will come into focus", "first will come the gala": nobody acts
    if trig.with_aux and _foretold(token, patterns):
        return False  # "the repairs will cost $90,000 in 15 years": a forecast about a thing, nobody's promise
    if trig.with_aux and _impersonal_forecast(token):
        return False  # "it now seems inevitable that X will ...": the writer's forecast of X's act
    if trig.with_aux and _predicted(token, patterns):
        return False  # "she undoubtedly will reach the number", "X will win the primary": a forecast about a party
    if trig.with_aux and _time_will(token, trig, patterns):
        return False  # "this year will meet expectations", "the dawn of a new age will begin this week": a forecast
    if trig.with_aux and _writers_condition(token, trig, patterns):
        return False  # "if the bill passes, the governor would sign it in July": the writer's forecast
    if _thing_will(token, trig, patterns):
        return False  # "the plan will cut two plants by June", "the study that will shape the debate": no party named
    if _bloc_vote(token, patterns):
        return False  # "farmers will vote for her", "many voters say they will back him": a poll finding, no promise
    if _others_expectation(token, patterns):
        return False  # "X is expected to visit Berlin next month(, officials said)": the writer's or others' expectation
    if _contest_subject(token, patterns) or _place_holds_contest(token, trig, patterns):
        return False  # "the runoff will be held on Tuesday": a scheduled contest, nobody's promise
    if trig.with_aux and _befalls(token, patterns):
        return False  # "the city will see heavy rain", "a fifth county will play a decisive role": a forecast
    if trig.with_aux and _age_reached(token):
        return False  # "voters who will turn 18 before the vote": an age reached, nobody's act
    if trig.with_aux and _undergoes(token, patterns):
        return False  # "many dockworkers will receive higher wages", "her standing will be tied to ...": a forecast
    if _released_thing(token, trig, patterns):
        return False  # "the novel will be published in May": nobody is named who commits
    if _scheduled_thing(token, trig, patterns):
        return False  # "a tower scheduled to open this year", "the new ad set to air Friday": a thing's calendar
    if _promise_to_come(token):
        return False  # "the delegates will pledge to ...", "under pressure to pledge ...": no promise made yet
    if _hypothetical(token):
        return False  # "if the board plans to sell the mill", "longer than she had planned to": no plan stated
    if _preferred(token):
        return False  # "she would rather vote for X than Y": a preference, no act committed to
    if _participle_modifier(token):
        return False  # "arrive with enough pledged delegates to block it": an adjective, nobody pledged here
    if _intended_thing(token, patterns):
        return False  # "new rules intended to rein in lending": what a thing is for, nobody's plan
    if _no_party_subject(token, patterns):
        return False  # "rising costs promise to swell the budget", "winning it will give her momentum": a likelihood
    if _agreed_opinion(token, patterns):
        return False  # "experts agree that the port has more clout", "agreed that costs will rise": a shared view
    if _plan_dropped(token, patterns):
        return False  # "has no plans to meet X", "scrapped plans to attend": no plan stands
    if _past_act_told(token):
        return False  # "he once promised to abolish the tax", "promised to cut fees and did": a finished past act
    if _asked_about(token):
        return False  # "whether X will be invited is unclear", "declined to say how he intended to ...": a question
    if _stopped_short(token):
        return False  # "stopped short of committing to ...", "fell short of a pledge to ...": no promise was made
    if _sourcing_terms(token):
        return False  # "agreed to speak on condition of anonymity": how a source talked to the writer
    if _promise_settled(token, patterns):
        return False  # "kept their promise to ...", "broke his pledge to ...": kept or broken, not open
    if _believed_of_another(token, patterns):
        return False  # "I think they will be moving ...", "officials believe the port will reopen by June": a forecast
    if _evidence_read(token, patterns):
        return False  # "anything close would signal that the bank will raise rates": evidence read, no promise
    if trig.with_aux and _forecast_act(token, patterns):
        return False  # "I will predict the winner": a forecast made as it is said
    if trig.with_aux and _empty_do(token):
        return False  # "this is what we will do", "that is how we will do it": no act named
    if _forecast_reported(token, patterns):
        return False  # "X predicted the ballots will arrive by May": a forecast, whoever its subject is
    if _expected_outcome(token, patterns):
        return False  # "is expected to win", "expects its margin to shrink", "the keynote is expected to dwell on"
    if not trig.with_aux and _vowed_outcome(token, patterns):
        return False  # "vowed to win the state", "is pledging to win hundreds of delegates": the voters decide
    if _seats_at_stake(token, patterns):
        return False  # "the party is defending a dozen seats in 2027": its stake in a contest, no act
    if _nobody_subject(token):
        return False  # "no reporters were invited to ...", "nobody has pledged to ...": no one did
    if trig.with_aux and _unspecified_member(token):
        return False  # "one of them will be running the city": some member of a set, an outcome foretold
    if "quantity" in trig.needs and any(c.dep_ == "compound" and c.lower_ in TAX_ITEMS for c in token.children):
        return False  # "posted a tax credit of $3.6 million": an item of a company's accounts, no loan or grant agreed
    if "self" in trig.needs and not _speaks_for_self(token, patterns):
        return False
    if "stated" in trig.needs and not _states_own_willingness(token, patterns):
        return False
    return True


def _own_needs_ok(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """The cheap checks of what the trigger itself needs: a verb form, a complement, an object, a figure."""
    needs = trig.needs
    if "progressive" in needs and (not _present_progressive(token) or token.lemma_.lower() in patterns.not_plan_progressives):
        return False  # "is facing a fight in 2018", "are counting on Nov. 8": a state or a hope, not an arranged act
    if "future_progressive" in needs and (not _future_progressive(token) or token.lemma_.lower() in patterns.not_plan_progressives):
        return False
    if "complement" in needs and complement(token) is None:
        return False
    if "owned" in needs and not _owned_item(token):
        return False
    if "possessed" in needs and not children(token, {"poss"}):
        return False  # "her vow to ...", "X's commitment to ...": the owner is named; a bare "the vow to" is talked about
    if "be_to" in needs and not _mandate(token, patterns):
        return False
    if "purpose" in needs and _purpose_act(token, patterns) is None:
        return False
    if "quantity" in needs and not has_quantity(token):
        return False
    if "amount" in needs and not has_amount(token):
        return False
    if trig.objects and not any(o.lemma_.lower() in trig.objects for o in objects(token)):
        if "progressive" not in needs or _arranged_act(token, trig.objects) is None:
            return False
    if trig.modifiers and not any(c.lower_ in trig.modifiers for c in token.children):
        return False
    if trig.preps and not any(c.dep_ == "prep" and c.lower_ in trig.preps for c in token.children):
        return False
    if trig.under and token.head.lower_ not in trig.under:
        return False  # "the deal remains in force until ..."; not "a task force was given until May to ..."
    if "tasked" in needs and _tasked_act(token, patterns) is None:
        return False
    if "deadline_given" in needs and _deadline_party(token, patterns) is None:
        return False
    if "body_must" in needs and not _body_must(token, patterns):
        return False
    if "body_will" in needs and not _body_will(token, patterns):
        return False
    return True


def _subjectless(token: Token) -> bool:
    """A main verb under "will" with no subject at all: the parser lost it in a fronted phrase ("But much about the
    picture ... will come into focus") or the clause is inverted ("first will come the gala"). No one is named who
    acts, and an analyst cannot read the act as anyone's."""
    return token.dep_ == "ROOT" and not children(token, {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _body_will(token: Token, patterns: Patterns) -> bool:
    """ "The agency will coordinate with the embassy": an organisation named as the subject of an active "will",
    outside a direct quote, states what the body is to do (an undated third party's "will" is otherwise a
    forecast; a body acts by decision). Only as the sentence's own statement: not hedged ("will probably raise
    rates"), not inside what someone knows or a chance is given of ("X knows the party will ...", "a chance that
    the bank will ...": a forecast)."""
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ != "ROOT":
        return False
    if children(token, {"auxpass"}) or not aux_lemmas(token) & {"will", "shall"} or direct_quote_at(token) is not None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in patterns.hedges for c in token.children):
        return False
    subjects = children(token, {"nsubj"})
    return bool(subjects) and subjects[0].pos_ == "PROPN" and subjects[0].ent_type_ == "ORG"


def _deadline_act(token: Token) -> Token | None:
    """The "to" verb after an "until" date on ``token``: "gave the commission until March 1 [to publish] ...", "has
    until Friday [to decide]" (the parser hangs it on the verb or on the party)."""
    until = [p for p in children(token, {"prep"}) if p.lower_ in DEADLINE_PREPS and children(p, {"pobj"})]
    if not until:
        return None
    hosts = [token, *children(token, {"dobj"})]
    return next((c for h in hosts for c in children(h, {"xcomp", "advcl", "acl", "relcl"})
                 if c.i > until[0].i and c.pos_ in {"VERB", "AUX"} and _has_to(c)), None)


def _deadline_party(token: Token, patterns: Patterns) -> Token | None:
    """ "The mayor gave the harbour commission until March 1 to publish its findings", "the board has until Friday to
    decide": a party given time until a date to do an act is bound to do it by then; the party is the object of "give"
    or the subject of "have", when it can act. None without such an act or party, or for a "give" still to come
    ("would give them until May", a wish)."""
    if _deadline_act(token) is None or aux_lemmas(token) & (FUTURE_AUX | EXHORTING_AUX | COUNTERFACTUAL_MODALS):
        return None
    parties = children(token, {"dobj"} if token.lemma_.lower() == "give" else {"nsubj"})
    party = _relative_antecedent(parties[0], patterns) if parties else None
    if party is not None and party.tag_ == "NNS" and not children(party, {"det", "poss", "nummod"}):
        return None  # "voters have until Tuesday to register": a deadline for anyone of a kind, no party bound
    return parties[0] if _can_act(party, patterns) else None


def _promise_discussed(token: Token, patterns: Patterns) -> bool:
    """ "The promise to 'take our harbour back' appeals to older voters, said X": a promise noun with no owner and
    no giver, as the subject of an active verb, is talked about (a slogan weighed, a pledge's effect); the sentence
    names no one who made it, and the one who talks about it did not."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PROMISE_NOUNS or token.dep_ != "nsubj":
        return False
    return not (children(token, {"poss"}) or children(token.head, {"auxpass"}) or _promise_giver(token, patterns) is not None)


def _misread_subject(verb: Token) -> Token | None:
    """ "I will build walls & the floods will stop": a verb with a "will" of its own and no subject, whose "will"
    follows a noun the parser took for a second object ("walls & the floods"), has that noun as its subject."""
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not auxes or auxes[0].i == 0 or children(verb, {"nsubj", "nsubjpass", "expl"}) or not aux_lemmas(verb) & FUTURE_AUX:
        return None
    before = verb.doc[auxes[0].i - 1]
    if before.pos_ in {"NOUN", "PROPN"} and before.dep_ == "conj" and before.head.dep_ in {"dobj", "pobj", "conj"}:
        return before
    return None


def _misread_subjects(head: Token) -> set[int]:
    """The words under an act's phrase that are another clause's misread subject ("build walls [& the floods]"),
    with the conjunction before each: they are no part of the act."""
    doc, found = head.doc, set()
    for noun in head.subtree:
        after = noun.i + 1
        if noun.dep_ == "conj" and after < len(doc) and doc[after].dep_ == "aux" and _misread_subject(doc[after].head) == noun:
            found |= {t.i for t in noun.subtree} | {c.i for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i}
    return found


def _body_must(token: Token, patterns: Patterns) -> bool:
    """ "A review panel, which must report by June 30", "the committee must deliver its report by May": "must" on the
    act of a body set up for a task (``task_bodies``) is its mandate, as "is to report" is; elsewhere "must" urges
    ("X must resign by Friday") and nobody committed."""
    subjects = children(token, {"nsubj"})
    subject = _relative_antecedent(subjects[0], patterns) if subjects else None
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in patterns.task_bodies


def _order_given(token: Token) -> bool:
    """An ordering verb that tells of an order given ("ordered", "has directed", "requires"), not one to come or
    wished for ("will order", "would require", "to instruct", "should direct"): only a given order binds anyone."""
    return token.tag_ not in {"VB", "VBG"} and not aux_lemmas(token) & (FUTURE_AUX | EXHORTING_AUX | COUNTERFACTUAL_MODALS)


def _ordered_party(token: Token, patterns: Patterns) -> Token | None:
    """ "The court ordered the company to pay ...", "the council required Acme to remove ...": the object of an active
    ordering verb (``ordering_verbs``) given a "to" clause after it is the party that is to act, when it can act and
    the one ordering can too where a text could be the one (``text_ordering_verbs``: "the bid requires the company to
    ..." orders no one; "the planning tribunal ordered the firm to ..." does, as does an organisation's name)."""
    if token.lemma_.lower() not in ORDERING_VERBS or not _order_given(token):
        return None
    givers = children(token, {"nsubj"})
    giver = _relative_antecedent(givers[0], patterns) if givers else None
    if giver is not None and token.lemma_.lower() in TEXT_ORDERING_VERBS and giver.ent_type_ not in PARTY_TYPES \
            and not _can_act(giver, patterns):
        return None  # "the proposal requires the company to ...": a term of a text, no order anyone gave
    # "the planning tribunal ordered the firm to ...": only a body or a person orders, whatever noun names it
    clause = _ordered_clause(token)
    if clause is not None:  # "the judge ordered that the company pay the fine by July 30"
        return children(clause, {"nsubj"})[0] if _can_act(children(clause, {"nsubj"})[0], patterns) else None
    ordered = children(token, {"dobj"})
    if not ordered or ordered[0].lower_ in RELATIVE_PRONOUNS or not _can_act(ordered[0], patterns):
        return None
    if any(c.dep_ == "xcomp" and c.i > ordered[0].i and _has_to(c) for c in token.children):
        return ordered[0]
    # "the ministers tasked a working group with drafting rules by June": a body's mandate; a person or a firm
    # "charged with" a gerund is accused of it
    body = ordered[0].lemma_.lower() in patterns.task_bodies
    return ordered[0] if body and _with_gerund(token) is not None else None


def _ordered_clause(token: Token) -> Token | None:
    """ "The judge ordered that the company pay the fine by July 30", "the council required that Acme (must) remove
    the fence": the "that" clause of an ordering verb, in the bare (subjunctive) form or with "must" / "shall" /
    "should", with a subject of its own, is the ordered act; its subject is the ordered party. Not "ordered that the
    company was at fault" (a finding) nor a clause that says when ("will pay")."""
    for clause in children(token, {"ccomp"}):
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or not children(clause, {"nsubj"}):
            continue
        mods = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if mods & {"must", "shall", "should"} or (clause.tag_ in {"VB", "VBP"} and not mods):
            return clause
    return None


def _wished_of_another(token: Token) -> bool:
    """ "The mayor wants the bank to agree to repay the loan", "they would like Acme to promise ...": a trigger in a
    "to" clause with its own subject under a wishing verb (``wishing_verbs``) is what one party wishes another would
    do; nobody promised it."""
    head = token.head
    return (token.dep_ in {"ccomp", "xcomp"} and head is not token and head.lemma_.lower() in WISHING_VERBS
            and head.pos_ == "VERB" and _has_to(token)
            and (bool(children(token, {"nsubj"})) or any(c.i < token.i for c in children(head, {"dobj"}))))


def _expected_party(token: Token) -> Token | None:
    """ "Analysts expect the bank to raise rates by June", "officials expect it to finish by May": the one expected to
    act is the subject of the "to" clause under an active "expect", not the ones expecting. Such an expectation is no
    promise of the expecter; it stays ``speculative`` (a forecast of the other party's act), with that party as its
    actor. None when the expecter is to act itself ("expects to complete ...") or "expect" is passive."""
    if token.lemma_.lower() != "expect" or token.pos_ != "VERB" or children(token, {"auxpass", "nsubjpass"}):
        return None
    for comp in token.children:
        if comp.dep_ in {"ccomp", "xcomp"} and comp.pos_ in {"VERB", "AUX"} and _has_to(comp):
            subjects = children(comp, {"nsubj"})
            if subjects:
                return subjects[0]
            objects = [c for c in children(token, {"dobj"}) if c.i < comp.i]  # "expect [the bank]dobj [to raise]xcomp"
            return objects[0] if objects else None
    return None


def _tasked_act(token: Token, patterns: Patterns) -> Token | None:
    """ "The working group has been asked to deliver its findings by June 30", "a panel was tasked with reviewing the
    rules by May": a task given in the passive to a subject that can act (a body, a group, a person, a name) is that
    subject's mandate; the act is the "to" verb or the "with" gerund. An ordering verb in the active gives the same
    task to its object ("the court ordered the company to pay damages by July 30": ``_ordered_party``). None for an
    active verb otherwise, a negated one, a subject that cannot act ("the report was requested to ..."), or no such
    act. Dated only (the triggers need a date in the act): an order told without a deadline is an event, not a
    commitment of anyone (2026-12-06)."""
    described = token.dep_ == "acl" and token.tag_ == "VBN"  # "a working group tasked with drafting rules by June"
    if not children(token, {"auxpass"}) and not described:
        if _ordered_party(token, patterns) is None:
            return None
        clause = _ordered_clause(token)
        if clause is not None:
            return clause
        return next((c for c in children(token, {"xcomp"}) if c.pos_ in {"VERB", "AUX"} and _has_to(c)), None) \
            or _with_gerund(token)
    subjects = [token.head] if described else children(token, {"nsubjpass"})
    if not subjects or not _can_act(_relative_antecedent(subjects[0], patterns), patterns):
        return None
    act = next((c for c in children(token, {"xcomp"}) if c.pos_ in {"VERB", "AUX"} and _has_to(c)), None)
    return act or _with_gerund(token)


def _with_gerund(token: Token) -> Token | None:
    """ "tasked with reviewing the rules": the gerund of the verb's "with" phrase."""
    return next((g for p in children(token, {"prep"}) if p.lower_ == "with"
                 for g in children(p, {"pcomp"}) if g.tag_ == "VBG"), None)


def _speech_subject(verb: Token, patterns: Patterns) -> Token | None:
    """ "X said he will ...": the named subject of the speech verb that reports the clause; also the same pronoun
    ("He echoed the promise, saying he would ...": one person, who the pronoun policy finds), not another one
    ("she said he would ...": a third party)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in patterns.speech_verbs:
        return None
    subjects = _saying_subjects(verb.head)
    if subjects and (subjects[0].pos_ == "PROPN" or subjects[0].ent_type_ in PARTY_TYPES):
        return subjects[0]  # a name, also one the tagger took for a plural noun ("Sanders" opening a sentence)
    own = children(verb, {"nsubj"})
    if subjects and own and subjects[0].lower_ in {"he", "she"} and subjects[0].lower_ == own[0].lower_:
        return subjects[0]
    return None


def _speaks_for_self(token: Token, patterns: Patterns) -> bool:
    """An undated "will" counts only when the speaker commits themself: "I/we will ..." in a direct quote,
    or "X said he will ..."; a third party's "he will ..." is a prediction, not a promise."""
    act = _pro_act_antecedent(token) or token  # the act a "do so" stands for ("funded it and will continue to do so")
    if children(token, {"auxpass"}) or _vague(act, patterns):
        return False
    clause = _subject_clause(token)  # "the campaign will seek X and will fight for Y": the second verb's subject
    subjects = children(clause, {"nsubj"})
    if not subjects:
        return False
    if clause.dep_ == "relcl" and not objects(token):
        return False  # "something we love and will protect": what the thing is, its act on the noun described
    subject = subjects[0].lower_
    if not aux_lemmas(token) & (ELLIPSIS_WILL | {"shall"}):  # "would": only a "will" reported in the past, unconditional
        if subject in {"i", "we"} or not _reported_in_past(clause, patterns) or _conditional(token):
            return False
    if subject in {"i", "we"}:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in patterns.belief_verbs:
            return False  # "I (don't) think we will ...": what the speaker believes, not what she promises
        return direct_quote_at(subjects[0]) is not None
    if _in_return(token, patterns):
        return _can_act(_relative_antecedent(subjects[0], patterns), patterns)  # "in return, X will ...": X's side of a deal
    if subject in {"he", "she", "they"}:  # inside a quote, the speaker's "he" is someone else
        return direct_quote_at(subjects[0]) is None and _speech_subject(clause, patterns) is not None
    if subject == "it":  # not an empty "it": "said it will take months to ...", "it would cost $5 million to ..."
        if token.lemma_.lower() in patterns.expletive_it_verbs:
            return False
        return direct_quote_at(subjects[0]) is None and _body_sayer(clause, patterns) is not None
    if _speaks_for(clause, subjects[0], patterns):
        return True
    return _own_side(clause, subjects[0], patterns)


def _vague(act: Token, patterns: Patterns) -> bool:
    """ "Deepen cooperation", "continue the work": a vague verb (``vague_actions``) promises nothing checkable, unless
    what it acts on is someone's named thing ("expand on Ruiz's housing programmes", "continue the Lisbon talks"):
    the hand gold counts those as promises. A partner named as the object ("stand with Norland") stays vague."""
    if act.lemma_.lower() not in patterns.vague_actions:
        return False
    for thing in objects(act):
        if thing.pos_ != "PROPN" and any(t.pos_ == "PROPN" and t.dep_ in {"poss", "compound"} for t in thing.lefts for t in t.subtree):
            return False
    return True


def _subject_clause(verb: Token) -> Token:
    """The verb whose subject a conjoined verb shares ("X will seek funds and will fight ...": "seek")."""
    clause = verb
    for _ in range(4):
        if children(clause, {"nsubj", "nsubjpass"}) or clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


def _in_return(verb: Token, patterns: Patterns) -> bool:
    """ "In return, X will clear the way for Y", "in exchange, X will ...": the other side of a deal just told."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in patterns.return_markers for o in children(c, {"pobj"}))
               for c in verb.children)


def _sayer(clause: Token, patterns: Patterns) -> Token | None:
    """The subject of the verb of saying that reports ``clause`` ("X said [it will ...]")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in patterns.speech_verbs:
        return None
    sayers = _saying_subjects(clause.head)
    return sayers[0] if sayers else None


def _saying_subjects(say: Token) -> list[Token]:
    """The subjects of a verb of saying; for a participle with none ("X spoke on Monday, saying she would ..."),
    those of the verb it hangs on."""
    subjects = children(say, {"nsubj"})
    if not subjects and say.tag_ == "VBG" and say.dep_ in {"advcl", "conj"} and say.head.i != say.i:
        subjects = children(say.head, {"nsubj"})
    return subjects


def _said_in_past(say: Token) -> bool:
    """ "X said ...", and "X spoke on Monday, saying ...": the participle takes the tense of the verb it hangs on."""
    if say.tag_ == "VBG" and say.dep_ in {"advcl", "conj"}:
        return say.head.tag_ == "VBD"
    return say.tag_ == "VBD"


def _body_sayer(clause: Token, patterns: Patterns) -> Token | None:
    """ "Northwind Foods said it will close the plant", "Ruiz's campaign says it will ...": an organisation speaking of
    itself; the sayer is a name or a singular body noun, not a person or a crowd ("analysts said it will ...")."""
    sayer = _sayer(clause, patterns)
    if sayer is None:
        return None
    if sayer.pos_ == "PROPN":
        return sayer
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only
    return sayer if sayer.pos_ == "NOUN" and sayer.tag_ == "NN" and sayer.lemma_.lower() in bodies else None


def _sayer_words(sayer: Token) -> list[str]:
    """The words of the sayer's phrase; for a name, also those of its latest earlier mention written the same way
    ("Spokeswoman Lea Kim said ... Kim says ...": the office told when she was introduced)."""
    words = [t.lower_ for t in sayer.subtree]
    if sayer.pos_ == "PROPN":
        earlier = next((t for t in reversed(sayer.doc[: sayer.i]) if t.pos_ == "PROPN" and t.text == sayer.text), None)
        if earlier is not None:
            words += [t.lower_ for t in earlier.subtree]
    return words


def _speaks_for(clause: Token, subject: Token, patterns: Patterns) -> bool:
    """ "Spokeswoman X says the campaign will ...", "the prime minister said the government would ...": a sayer whose
    office speaks for the definite subject commits it (``speaks_for``). Not a sayer of no office, nor "a rival"."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in subject.children):
        return False
    if any(c.lower_ in patterns.other_side_modifiers for c in subject.children):
        return False  # "the rival campaign will ...": the other side
    sayer = _sayer(clause, patterns)
    if sayer is None:
        return False
    noun = subject.lemma_.lower()
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only
    for word in _sayer_words(sayer):
        allowed = patterns.speaks_for.get(word)
        if allowed and (noun in allowed or ("*" in allowed and (noun in bodies or noun in person_nouns()))):
            return True
    return False


def _reported_in_past(verb: Token, patterns: Patterns) -> bool:
    """ "X said she would ratify ...": a clause under a verb of saying in the past, where "would" is a reported "will"."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in patterns.speech_verbs and _said_in_past(verb.head)


def _promised_clause(trigger: Token, clause: Token) -> bool:
    """ "Vowed that she would cut the fees", "I promise we will close the depot": a verb of promising whose clause says
    what will be done. Not "agreed that the talks would be difficult" (a view), nor a negated or copular clause
    ("vowed the city would never forget": the action would lose its "never")."""
    return (trigger.lemma_.lower() in PROMISE_VERBS and bool(aux_lemmas(clause) & FUTURE_AUX) and clause.lemma_.lower() != "be"
            and not children(clause, {"neg"}) and not any(c.lower_ in {"never", "no", "nothing"} for c in clause.children))


def _negation(verb: Token) -> str:
    """ "not" or "never" when the promised act is negated ("vowed never to utter it", "pledged not to raise taxes",
    "we will not allow X to ..."): the action must say so, or it reads as the opposite promise."""
    word = next((c.lower_ for c in verb.children if c.dep_ == "neg"), "")
    return "not" if word in {"n't", "n’t"} else word


def _conditional(verb: Token) -> bool:
    """ "... would ratify the pact if the quotas changed": a promise under a condition not met is no promise yet."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
               for c in verb.children)


def _own_side(verb: Token, subject: Token, patterns: Patterns) -> bool:
    """ "X said her country will ratify ...", "we said our government will ...": a sayer speaking for her own side
    (her country or government, or the country her entity belongs to, named: "X of Latvia said Latvia will ...")
    commits it as she would commit herself. Not "X said Estonia will ..." (a third party's act: a prediction)."""
    quoted = direct_quote_at(subject) is not None
    if subject.lemma_.lower() in SIDE_NOUNS:
        owners = {c.lower_ for c in subject.children if c.dep_ == "poss"}
        if quoted:
            return bool(owners & {"my", "our"})
        return bool(owners & {"his", "her"}) and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in patterns.speech_verbs
    if quoted or subject.pos_ != "PROPN" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in patterns.speech_verbs:
        return False
    doc = subject.doc
    entities = {e.id: e for e in doc._.readout_entities or ()}
    mentions = tuple(doc._.readout_mentions or ())
    named = {entities[m.entity_id].country for m in mentions if m.span.start <= subject.idx < m.span.end
             and m.entity_id in entities and entities[m.entity_id].kind == "COUNTRY"}
    sayers = children(verb.head, {"nsubj"})
    if len(named) != 1 or not sayers:
        return False
    first, last = sayers[0].left_edge.idx, sayers[0].right_edge.idx + len(sayers[0].right_edge.text)
    sides = {entities[m.entity_id].country for m in mentions if first <= m.span.start < last
             and m.entity_id in entities and entities[m.entity_id].kind != "COUNTRY"}
    return sides == named


def _willing_clause(token: Token) -> Token:
    """The clause an adjective of willingness belongs to: "is" in "she is willing to ..."."""
    return token.head if token.dep_ == "acomp" else token


def _states_own_willingness(token: Token, patterns: Patterns) -> bool:
    """ "We are ready to sign ..." in a direct quote, or "X said it was willing to resume talks": an offer made by the
    willing party itself. Not the narrator's "they have proved they are willing to bend" (a trait), not "X said Y
    is willing" (a third party's word for Y), not a negated "is not willing"."""
    clause = _willing_clause(token)
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in clause.children):
        return False  # "X said he had been willing to overlook it": a willingness gone, no offer
    subjects = children(clause, {"nsubj"})
    if not subjects or subjects[0].pos_ != "PRON":
        return False
    subject = subjects[0]
    if subject.lower_ in {"i", "we"} and direct_quote_at(subject) is not None:
        return True
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in patterns.speech_verbs and bool(children(clause.head, {"nsubj"}))


def _present_progressive(token: Token) -> bool:
    """ "The campaign is organizing rallies": a present progressive (a present "be" plus the -ing form, nothing else
    before it) in the active voice. Not "was organizing" (past narration), "has been organizing" or "is being
    organized" (nobody named does it); "will be evaluating" is the "will" rules' business."""
    if token.tag_ != "VBG":
        return False
    auxes = children(token, {"aux", "auxpass"})
    return len(auxes) == 1 and auxes[0].dep_ == "aux" and auxes[0].lemma_.lower() == "be" and auxes[0].tag_ in PRESENT_BE


def _owned_item(token: Token) -> bool:
    """ "X has a speech scheduled Friday", "Acme has talks planned for March": an arranged item the subject holds is the
    subject's plan. Not a negated "does not have talks planned" or "has no vote scheduled"."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ != "NOUN" or token.head.dep_ != "dobj":
        return False
    owner = token.head.head
    if owner.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in owner.children):
        return False
    return not any(c.lower_ in {"no", "neither"} for c in token.head.children)


def _mandate(token: Token, patterns: Patterns) -> bool:
    """ "The panel is to report by June", "a working group that is to report by the end of the year": a present "be"
    (not negated) with a "to" verb under it is a task set for its subject, when the subject can act: a name, a pronoun, or
    a noun of a body, a group or a person title. Not "the goal is to cut costs by June" (what the goal is)."""
    if token.tag_ not in PRESENT_BE or token.dep_ in {"aux", "auxpass"} or any(c.dep_ == "neg" for c in token.children):
        return False
    act = complement(token)
    if act is None or act.dep_ != "xcomp" or not _has_to(act) or children(act, {"auxpass"}):
        return False  # "it is to be completed by June": done by nobody named
    subjects = children(token, {"nsubj"})
    return _can_act(_relative_antecedent(subjects[0], patterns) if subjects else None, patterns)


def _can_act(subject: Token | None, patterns: Patterns) -> bool:
    """A subject that can promise or be given a task: a name, a pronoun, or a noun of a body, a group or a person title
    ("the panel", "the leaders"); not a thing ("the goal", "the repairs", "exports")."""
    if subject is None:
        return False
    if subject.pos_ == "PROPN" or subject.lower_ in ACTING_PRONOUNS:
        return True
    noun = subject.lemma_.lower()
    acting = patterns.named_bodies | patterns.org_descriptions | patterns.described_only | set(patterns.group_references)
    return subject.pos_ == "NOUN" and (noun in acting or noun in person_nouns())


def _foretold(token: Token, patterns: Patterns) -> bool:
    """ "The repairs will cost $90,000 in 15 years", "exports will double by 2030": a verb of cost or change of amount
    whose subject cannot act foretells; nobody promised it. A clause without a subject of its own is left alone."""
    if token.lemma_.lower() not in patterns.forecast_verbs:
        return False
    subjects = children(token, {"nsubj"})
    if not subjects and token.dep_ == "conj":
        subjects = children(token.head, {"nsubj"})  # "prices will rise and then fall by 2030": the shared subject
    return bool(subjects) and (not _can_act(_relative_antecedent(subjects[0], patterns), patterns)
                               or _pronoun_for_thing(subjects[0], patterns))


def _pronoun_for_thing(subject: Token, patterns: Patterns) -> bool:
    """Is a subject "it" or "they" in the narration a pronoun for a thing ("Ruiz unveiled her plan. It will cost $3
    billion", "the new rules take effect in May. They will raise the pay of ...")? Read from the nearest subject before
    it, in its sentence or the one before: "it" after a person's subject is a thing she acted on (a person is never
    "it"), "it" or "they" after a thing's subject is that thing. After a body ("The board met. It will cut fees") or a
    named party, or with no subject before, it is no thing; in a quote only the speaker's own words before it are read
    ("'We opened the plant. It will hire 200 people'": no subject but "we", so no thing)."""
    word = subject.lower_
    if word not in {"it", "they"} or subject.dep_ != "nsubj":
        return False
    doc = subject.doc
    first = doc[subject.sent.start - 1].sent.start if subject.sent.start > 0 else subject.sent.start
    quote = direct_quote_at(subject)
    if quote is not None:  # in a quote, only what the speaker said before: "'The score ... would not be ..., and it would change'"
        first = max(first, next((t.i for t in doc[first : subject.i] if t.idx >= quote.span.start), subject.i))
    for before in reversed(doc[first : subject.i]):
        if before.dep_ not in {"nsubj", "nsubjpass"} or before.lower_ == word or before.pos_ == "PRON":
            continue
        if word == "it" and before.tag_ not in {"NN", "NNP"}:
            continue  # "it" is one thing: a plural subject before is not what it stands for
        if word == "they" and before.tag_ not in {"NNS", "NNPS"}:
            return False
        if before.pos_ == "PROPN" or before.ent_type_ in PARTY_TYPES:
            return word == "it" and _is_person(before, patterns)  # a name NER leaves untyped is read as a person's
        if _is_person(before, patterns):
            return word == "it"
        return not (_can_act(before, patterns) or _singular_body(before, patterns) or _is_place(before, patterns)
                    or before.lemma_.lower() in GATHERING_NOUNS or before.lemma_.lower() in patterns.contest_nouns)
    return False


def _predicted(token: Token, patterns: Patterns) -> bool:
    """ "She undoubtedly will reach the number on Tuesday", "X will win the primary": certainty about another party, or
    the outcome of a contest, is a forecast. A speaker's own "I/we will certainly ..." stays a promise, and so does
    "we will defeat corruption" (a pledge to fight a thing); a speaker's own outcome of a contest ("we will win here",
    "we will win the state", "we will beat Vale in May", "we will carry the county") is a forecast too: no one can
    promise how the voters will vote."""
    outcome = _contest_outcome(token, patterns)
    if not outcome and not any(c.dep_ == "advmod" and c.lower_ in patterns.forecast_adverbs for c in token.children):
        return False
    subjects = children(_subject_clause(token), {"nsubj"})
    if not (subjects and subjects[0].lower_ in {"i", "we"} and direct_quote_at(subjects[0]) is not None):
        return True
    if not outcome:
        return False  # "I will certainly cut the tax": a promise told with certainty
    won = children(token, {"dobj"})
    return not won or _contested(won[0], patterns)


def _contest_outcome(token: Token, patterns: Patterns) -> bool:
    """An outcome of a contest under "will" (``outcome_verbs``: win, lose, beat, ...), or "carry" a place ("will carry
    the state": its voters' majority, not a load carried)."""
    lemma = token.lemma_.lower()
    if lemma in patterns.outcome_verbs:
        return True
    return lemma == "carry" and any(_is_place(o, patterns) for o in children(token, {"dobj"}))


def _contested(won: Token, patterns: Patterns) -> bool:
    """Is what a speaker will win, lose or beat a contest, a place's vote or a rival ("the primary", "the state", "Vale",
    "the Democrats"), not a thing fought ("corruption", "the flood of corruption")?"""
    return (won.lemma_.lower() in patterns.contest_nouns or _is_place(won, patterns) or won.pos_ == "PROPN"
            or won.ent_type_ in PARTY_TYPES or (won.pos_ != "PRON" and _is_person(won, patterns)) or _can_act(won, patterns))


def _impersonal_forecast(token: Token) -> bool:
    """ "It now seems inevitable that the rivals will turn on the leader", "it appears that the council will vote ...",
    "it is likely that ...": a "will" clause that is the "that" clause of an impersonal verb (``impersonal_verbs``,
    with an empty "it" subject; "be" only with an adjective) is the writer's forecast, not the subject's promise."""
    head = token.head
    if token.dep_ != "ccomp" or head is token or head.lemma_.lower() not in IMPERSONAL_VERBS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in head.children):
        return False
    adjective = any(c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ" for c in head.children)
    return adjective or head.lemma_.lower() != "be"


def _time_will(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "This year will meet expectations", "the dawn of the new age will begin this week", "next season will bring
    more rain": a dated "will" (the wildcard trigger) whose subject is a time (a date or time entity, or a noun of
    time, ``time_nouns``) foretells what the time holds; nobody promised it. A time's own triggers ("2028 will mark
    the anniversary") are other triggers and stay."""
    if trig.lemma != "*" or "date" not in trig.needs:
        return False
    subjects = children(_subject_clause(token), {"nsubj"})
    if not subjects:
        return False
    subject = subjects[0]
    return subject.ent_type_ in {"DATE", "TIME"} or (subject.pos_ == "NOUN" and subject.lemma_.lower() in TIME_NOUNS)


def _reported(token: Token, patterns: Patterns) -> bool:
    """Whether a direct quote holds the token or a verb of saying reports a clause it is in ("X said [it will ...]")."""
    if direct_quote_at(token) is not None:
        return True
    return any(above.dep_ == "ccomp" and above.head.lemma_.lower() in patterns.speech_verbs for above in [token, *token.ancestors])


def _thing_will(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "The plan will cut two plants by June", "the study that will shape the debate is due Monday", "by 2022 the wage
    floor would lift the pay of three million workers": a "will" or "would" (the wildcard triggers) in the active whose subject (or the
    noun a relative clause belongs to) is a thing, in the writer's narration, names no party that can commit; the
    writer foretells. Not a thing that is someone's ("X's new ads will air": the owner's), not a gathering on the
    calendar ("the summit will open on Tuesday": ``gathering_nouns``, as "will be held" in the passive), not a passive
    ("new rules will be introduced": someone will), not a clause a sayer reports or a quote holds ("Acme said the plan
    will cut ...": the sayer's own plan)."""
    if trig.lemma != "*" or not aux_lemmas(token) & FUTURE_AUX or children(token, {"auxpass"}):
        return False  # a figure's triggers ("the pipeline will raise exports to 20 million tonnes") are targets
    subject = _relative_antecedent(_subject_of(token), patterns)
    if subject is not None and _pronoun_for_thing(subject, patterns):
        # "The new rule takes effect in May. It will raise the pay of ...", "'The score ... and it would change tomorrow'"
        return direct_quote_at(subject) is not None or not _reported(token, patterns)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if _can_act(subject, patterns) or _is_person(subject, patterns) or _is_place(subject, patterns):
        return False  # "my administration will repeal the fee": a body acts for its owner
    if _org_head_before(subject):
        return False  # "The Harbour Trust ... the trust will leave the pier": the organisation, named again
    if subject.lemma_.lower() in GATHERING_NOUNS or subject.lemma_.lower() in patterns.contest_nouns:
        return False
    if children(subject, {"poss"}):
        # "their win on Tuesday will spur a backlash", "her plan will cut taxes": an owned outcome or measure
        # (``owned_things``) foretells what it will do, said by its owner or not; the owner promised nothing by it.
        # Other owned nouns ("her league will be working to ...", "his new ads will air") are left as they were.
        return subject.lemma_.lower() in OWNED_THINGS
    return not _reported(token, patterns)


def _org_head_before(noun: Token) -> bool:
    """Does a definite singular noun repeat the last word of an organisation the text named before it ("The Harbour
    Trust ... the trust", "the Ferry League ... the league")? Then it is that organisation, which can act."""
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    lower = noun.lower_
    return any(e.label_ == "ORG" and e.end <= noun.i and e[-1].lower_ == lower for e in entity_spans(noun.doc))


def _bloc_vote(token: Token, patterns: Patterns) -> bool:
    """ "Farmers will vote for her", "many voters say they will back him", "most evangelicals plan to support him": a
    bloc of voters or of the public (a plural of ``bloc_nouns``, or a group the NER labels NORP) choosing a person
    (``bloc_vote_verbs`` with "him", "her" or a name as what is chosen) is a stated intention reported in aggregate,
    a poll finding; no one actor can be held to it. Legislators, delegates and bodies voting stay commitments, and
    so does a vote on a measure ("farmers will back the levy": not a person chosen)."""
    verb = token if token.lemma_.lower() in BLOC_VOTE_VERBS else complement(token)
    if verb is None or verb.lemma_.lower() not in BLOC_VOTE_VERBS:
        return False
    chosen = children(verb, {"dobj"}) + [o for p in children(verb, {"prep"}) if p.lower_ == "for" for o in children(p, {"pobj"})]
    if not any(o.lower_ in {"him", "her"} or o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in chosen):
        return False
    clause = _subject_clause(token)
    subjects = children(clause, {"nsubj"})
    if subjects and subjects[0].lower_ == "they" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in patterns.speech_verbs:
        subjects = children(clause.head, {"nsubj"})  # "many voters say they will back him": the sayers
    if not subjects:
        return False
    subject = _quantified(subjects[0])
    if subject.tag_ not in {"NNS", "NNPS"}:
        return False
    return (subject.lemma_.lower() in BLOC_NOUNS or subject.ent_type_ == "NORP"
            or any(c.dep_ in {"compound", "amod"} and c.ent_type_ == "NORP" for c in subject.children))


def _unnamed_party(token: Token, patterns: Patterns) -> bool:
    """ "Officials", "analysts", "a source", "many in the staff": words that name no one in particular (no name, no
    entity, no single party named by its title such as "the governor" or "the ministry")."""
    if token.pos_ == "PROPN" or token.ent_type_ or token.lower_ in ACTING_PRONOUNS:
        return False
    if _named_owner(token):
        return False  # "Ruiz's aides", "his advisers", "campaign aides of Ruiz": the named party's own people relay it
    if token.pos_ == "NOUN" and token.tag_ == "NN":  # "the governor", "the ministry": one, named by title; "a source": none
        return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) for c in token.children)
    return True  # "officials", "bond traders", "people familiar with the plans", "many"


def _named_owner(token: Token) -> bool:
    """Are the people ``token`` names some named party's own ("Ruiz's aides", "his advisers", "Ruiz aides", "aides to
    Ruiz", "officials of the Harbor Board")? Then what they expect of another relays that party's word."""
    for c in children(token, {"poss", "compound", "prep"}):
        if c.dep_ == "poss":
            return c.pos_ == "PROPN" or bool(c.ent_type_) or c.lower_ in {"his", "her", "their", "its"}
        if c.dep_ == "compound":
            if c.pos_ == "PROPN" or c.ent_type_:
                return True
        elif c.lower_ in {"of", "to", "for", "at"}:
            if any(o.pos_ == "PROPN" or o.ent_type_ for o in children(c, {"pobj"})):
                return True
    return False


def _others_expectation(token: Token, patterns: Patterns) -> bool:
    """ "X is expected to visit Berlin next month" in the writer's narration, and "analysts expect the bank to raise
    rates by June": an expectation of X held by the writer or by people the text does not name is no commitment of X;
    X promised nothing. A reported one stays ("X said it is expected to ...", "..., officials said", "'We are
    expected to finish by June,' X said"), and so does a named party's expectation ("Ivo Dane expects the treasury
    to ..."): those the status decides (``speculative`` or ``planned``). "X expects to complete ..." (X's own act) is
    not this rule's."""
    expect = token
    if token.lemma_.lower() != "expect" and token.dep_ in {"xcomp", "ccomp"} and token.head.i != token.i:
        expect = token.head  # the wildcard trigger on the act: "is expected to [sign] the bill next week"
    if expect.lemma_.lower() != "expect" or expect.pos_ != "VERB" or direct_quote_at(expect) is not None:
        return False
    participle = expect
    while participle.dep_ == "conj" and participle.head.i != participle.i and participle.head.tag_ == "VBN":
        participle = participle.head  # "Courted by many and widely expected to be ...": the first participle's place
    if expect.tag_ == "VBN" and participle.dep_ in {"advcl", "acl"} and not children(expect, {"auxpass", "nsubj", "nsubjpass"}):
        return True  # "Widely expected to be the top donor, X said ...": the writer's description of X, no one's plan
    if children(expect, {"auxpass"}):
        # told by someone, even sources the text does not name, an expectation may relay X's own plan ("X are expected
        # to announce new plants, industry sources said": the readout-audit example's gold counts it); untold, the
        # writer's own
        return _sayer(_subject_clause(expect), patterns) is None
    if _expected_party(expect) is None:
        return False  # "X expects to complete ...": X's own act
    expecters = children(_subject_clause(expect), {"nsubj"})
    return bool(expecters) and _unnamed_party(expecters[0], patterns)


def _writers_condition(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "If the bill passes in June, the governor would sign it in July", "if elected, the plan would cost $4 billion
    by 2020": a "would" under an "if" or "unless" clause that no one is reported to say and no quote holds is the
    writer's forecast of what would follow, no one's promise. A candidate's own "if elected, I will ..." (a quote)
    and "she said that if elected she would ..." (reported) stay conditional promises."""
    if not trig.with_aux or "would" not in aux_lemmas(token) or not _conditional(token):
        return False
    if direct_quote_at(token) is not None:
        return False
    return not any(above.dep_ == "ccomp" and above.head.lemma_.lower() in patterns.speech_verbs
                   for above in [token, *token.ancestors])


def _contest_subject(token: Token, patterns: Patterns) -> bool:
    """ "The runoff will be held on Tuesday", "the referendum is set to take place in May": the clause's subject (active
    or passive, up to the verb a "to" clause hangs on) is a contest on the calendar."""
    current = token
    for _ in range(3):
        subjects = children(current, {"nsubj", "nsubjpass"})
        if subjects:
            return subjects[0].lemma_.lower() in patterns.contest_nouns
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _hypothetical(token: Token) -> bool:
    """A trigger verb in a condition or a comparison ("if the board plans to sell ...", "harder than she had planned
    to ...") states no plan; the clause it is hung on speaks."""
    return token.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children)


def _preferred(token: Token) -> bool:
    """ "She would rather vote for X than Y", "he would sooner resign than ...": a preference between choices
    (``preference_adverbs`` with "would"), not an act committed to."""
    return token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in PREFERENCE_ADVERBS for c in token.children) \
        and any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in token.children)


def _promise_to_come(token: Token) -> bool:
    """A verb of promising that is itself ahead ("the delegates will pledge to appoint ...", "I will promise you
    this") or only asked for ("under pressure to pledge that ..."): no promise has been made yet; what is said
    after it may be one on its own."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in PROMISE_VERBS:
        return False
    auxes = aux_lemmas(token)
    asked = token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN" and "to" in auxes and not children(token, {"nsubj"})
    return bool(auxes & FUTURE_AUX) or asked


def _agreed_opinion(token: Token, patterns: Patterns) -> bool:
    """ "Experts agree that X's plan has more clout", "party elders agreed that the mayor needs to give a speech":
    "agree that" with a clause that says no future act (no "will", "would", "shall") shares a view; "the two sides
    agreed that talks would resume in May" stays an agreed act. A future clause that foretells how much more a thing
    will become ("both sides agreed on one thing: taxes will become a larger issue", ``_comparative_becoming``) is a
    shared view too: nobody can carry it out."""
    if token.lemma_.lower() != "agree" or token.pos_ != "VERB" or any(c.dep_ == "xcomp" for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any((aux_lemmas(c) & FUTURE_AUX or any(a.lower_ in FUTURE_AUX for a in c.children if a.dep_ == "aux"))
                                     and not _comparative_becoming(c, patterns) for c in clauses)


def _comparative_becoming(verb: Token, patterns: Patterns) -> bool:
    """ "Taxes will become an even larger issue", "the vote will prove more costly": a thing that cannot act turning
    into more or less of something is a forecast of degree. "The harbour will become a free port by May" (a new
    status, which parties can arrange) is not."""
    if verb.lemma_.lower() not in BECOMING_VERBS or not _foretold(verb, patterns):
        return False
    return any(t.tag_ in {"JJR", "RBR"} for c in children(verb, {"attr", "acomp", "oprd"}) for t in c.subtree)


def _plan_dropped(token: Token, patterns: Patterns) -> bool:
    """A plan noun that no plan stands behind: "has no plans to meet X", "does not have any plans to ...", the
    object of a verb that drops it ("scrapped / abandoned / shelved plans to attend": ``dropped_plan_verbs``), or the
    subject of a past verb of failing ("plans to ... fell by the wayside", "collapsed": ``failed_plan_verbs``)."""
    if token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBP"}:
        # "U.S. plans to help rebuild the port largely fell to the wayside": the parser reads the plural noun as a
        # present verb, and the past verb of failing as hung on it (no subject of its own) or as its head
        if token.dep_ in {"nsubj", "csubj"} and token.head.lemma_.lower() in FAILED_PLAN_VERBS and token.head.tag_ == "VBD":
            return True
        return any(c.dep_ in {"advcl", "conj", "ccomp"} and c.lemma_.lower() in FAILED_PLAN_VERBS and c.tag_ == "VBD"
                   and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in token.children)
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in FAILED_PLAN_VERBS and head.tag_ in {"VBD", "VBN"}:
        return True  # "plans to rebuild the port fell by the wayside": a plan that came to nothing
    if token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in patterns.dropped_plan_verbs or (
        any(c.dep_ == "neg" for c in head.children) and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children))


def _past_act_told(token: Token) -> bool:
    """ "He once promised to abolish the tax", "she promised to cut fees and did": a promise verb in the simple past
    that the sentence puts in a finished past (an adverb of ``past_act_adverbs`` before it) or says was carried out
    (a conjoined past "did", "did so", "did not") is an act told of, not an open promise."""
    if token.pos_ != "VERB" or token.tag_ != "VBD":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in PAST_ACT_ADVERBS and c.i < token.i for c in token.children):
        return True
    return any(c.dep_ == "conj" and c.lemma_.lower() == "do" and c.tag_ == "VBD"
               and not any(g.dep_ in {"xcomp", "ccomp", "dobj"} and g.lower_ not in {"so", "it", "that"} for g in c.children)
               for c in token.children)


def _asked_about(token: Token) -> bool:
    """ "Whether X will be invited to campaign is less clear", "declined to say how he intended to address it": a plan
    the text asks about, in a "whether"/"if" clause that is a verb's subject or object, or in a "how"/"when"/"why"
    clause under a verb of withholding an answer (``declining_verbs``) or a negated one ("did not say when she plans
    to ...", where the parser hangs the clause on "say" as an adverbial one), is not stated."""
    clause = token if token.pos_ == "VERB" else token.head
    role = clause  # "to explain what the levy covers or how she plans to ...": the first question's place
    for _ in range(3):
        if role.dep_ != "conj" or role.head.i == role.i:
            break
        role = role.head
    said = role.dep_ == "advcl" and role.head.lemma_.lower() in reporting_verbs()[1]  # "did not say when she plans to"
    if role.dep_ not in {"ccomp", "csubj", "csubjpass", "pcomp", "dobj", "xcomp"} and not said:
        return False
    if not said and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return True
    if not any(c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < clause.i for c in clause.children):
        return False
    if role.dep_ in {"csubj", "csubjpass"}:
        return True  # "how she will pay for it is unclear"
    node = role.head
    for _ in range(3):
        if node.lemma_.lower() in DECLINING_VERBS or any(c.dep_ == "neg" for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _stopped_short(token: Token) -> bool:
    """ "Acme stopped short of committing to refund ...", "the board fell short of pledging to ...", "stopped short of a
    promise to ...": the phrase says the promise was not made. The trigger (or the noun whose "to" act it is) hangs on
    "of" after "short", which hangs on a verb of stopping or falling."""
    for node in (token, token.head if token.dep_ in {"xcomp", "acl"} else token):
        prep = node.head
        if node.dep_ in {"pcomp", "pobj"} and prep.dep_ == "prep" and prep.lower_ == "of":
            short = prep.head
            if short.lower_ == "short" and short.head.lemma_.lower() in {"stop", "fall"}:
                return True
    return False


def _seat_of(actor: Token | None) -> set[int]:
    """ "Cilcorp Inc., Peoria, Ill., said it agreed to ...", "Norda Foods, Oslo, plans to ...": the place set off by
    commas after a company's name says where it sits, not who acts with it. Only a place (and the state after a
    town) right after an organisation's name, with no "and" in it ("the union, France and Spain agreed": a list)."""
    if actor is None or actor.ent_type_ != "ORG":
        return set()
    seats: set[int] = set()
    for child in actor.children:
        if child.dep_ not in {"appos", "npadvmod"} or child.i < actor.i or child.ent_type_ not in {"GPE", "LOC"}:
            continue
        words = list(child.subtree)
        if child.doc[child.left_edge.i - 1].text != "," or any(t.dep_ in {"cc", "conj"} for t in words):
            continue
        if all(t.is_punct or t.ent_type_ in {"GPE", "LOC"} for t in words):
            seats |= {t.i for t in words}
    return seats


def _relation_antecedent(pronoun: Token, named_at: int) -> Token | None:
    """ "Mr. Vell's wife left her post in May. She plans to return to it by June": a person the text names only by a
    relation noun of another ("X's wife", "his son") is no candidate of the pronoun policy, which takes a named person
    before her; a subject such a noun heads, of the pronoun's gender (``gendered_words``), in the pronoun's sentence or
    the one before and after the person the policy chose (``named_at``, a character offset), is whom "she" names."""
    wanted = GENDERS.get(pronoun.lower_)
    if wanted is None or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    gender = "male" if "he" in wanted else "female"
    doc = pronoun.doc
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for i in range(pronoun.i - 1, first - 1, -1):
        noun = doc[i]
        if noun.idx < named_at:
            return None
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ != "NOUN" or noun.lemma_.lower() not in RELATION_NOUNS:
            continue
        if noun.tag_ != "NN" or not any(c.dep_ == "poss" for c in noun.children) or gender_of(noun.lower_) not in {gender, None}:
            continue
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
            return None  # "his wife, Lena Marsh, ...": named; the policy has her
        return noun
    return None


def _promise_settled(token: Token, patterns: Patterns) -> bool:
    """A promise noun that the clause says was kept or broken ("the rebels kept their promise to free ...", "broke his
    pledge to ...", "reneged on / delivered on / made good on a commitment to ..."): a past act, no open promise."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PROMISE_NOUNS:
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in patterns.settled_promise_verbs and head.lemma_.lower() not in THROUGH_ON
    if token.dep_ == "pobj" and head.lower_ == "on":
        verb = head.head if head.head.pos_ in {"VERB", "AUX"} else head.head.head  # "made good on": "on" may hang on "good"
        return verb.lemma_.lower() in THROUGH_ON and verb.lemma_.lower() in patterns.settled_promise_verbs
    return False


def _forecast_reported(token: Token, patterns: Patterns) -> bool:
    """A clause with "will/would" that a verb of forecasting reports ("Reyes predicted half of the ballots will arrive by
    June", "analysts project the merger will close in May"): the sayer's forecast, nobody's promise."""
    if token.pos_ not in {"VERB", "AUX"} or not aux_lemmas(token) & FUTURE_AUX:
        return False
    clause = _subject_clause(token)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in patterns.forecast_sayer_verbs


def _believed_of_another(token: Token, patterns: Patterns) -> bool:
    """ "I think they will be moving for political reasons", "officials believe the port will reopen by June": a "will"
    clause under a verb of belief (``belief_verbs``) whose subject is not the speaker's "I" or "we" is what the one
    believing expects of another, a forecast; the speaker's own "I think we will ..." is left to the rules for it."""
    if token.pos_ not in {"VERB", "AUX"} or not aux_lemmas(token) & FUTURE_AUX:
        return False
    clause = _subject_clause(token)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in patterns.belief_verbs:
        return False
    subjects = children(clause, {"nsubj", "nsubjpass"})
    return bool(subjects) and subjects[0].lower_ not in {"i", "we"}


def _evidence_read(token: Token, patterns: Patterns) -> bool:
    """ "a figure near that level would signal that the bank will raise rates this month", "the figures suggest
    that the board will ...": a "will" clause that a thing signals or suggests (``evidence_verbs``) is a reading of
    the evidence, nobody's promise. A party's "X signalled that she will ..." stays."""
    if token.pos_ not in {"VERB", "AUX"} or not aux_lemmas(token) & FUTURE_AUX:
        return False
    clause = _subject_clause(token)
    if token.lemma_.lower() in EVIDENCE_VERBS:
        sign_verb = clause  # "anything close would signal that ...": the signalling itself, dated by the clause's date
    elif clause.dep_ == "ccomp" and clause.head.lemma_.lower() in EVIDENCE_VERBS:
        sign_verb = clause.head
    else:
        return False
    signs = children(sign_verb, {"nsubj"})
    if not signs:
        return False
    sign = _relative_antecedent(signs[0], patterns)
    return sign is not None and sign.lower_ not in ACTING_PRONOUNS and sign.ent_type_ not in PARTY_TYPES \
        and not (_can_act(sign, patterns) or _is_person(sign, patterns) or _is_place(sign, patterns))


def _forecast_act(token: Token, patterns: Patterns) -> bool:
    """ "I will predict the winner", "I'll bet he wins": a verb of forecasting under "will" is the forecast made as it
    is said, no act promised."""
    return token.pos_ == "VERB" and token.lemma_.lower() in patterns.forecast_sayer_verbs and bool(aux_lemmas(token) & FUTURE_AUX)


def _empty_do(token: Token) -> bool:
    """ "This is what we will do", "that is how we will do it": "do" whose only object is a bare "what", "it", "that" or
    "this" names no act (the speaker's plan is told elsewhere, if at all); "I will do so" is read by the ellipsis
    rule, "she'll do all she can to help him" (an object with words of its own) stays."""
    if token.lemma_.lower() != "do" or token.pos_ not in {"VERB", "AUX"}:
        return False
    things = children(token, {"dobj"})
    return bool(things) and all(t.lower_ in {"what", "it", "that", "this"} and not list(t.children) for t in things) \
        and not children(token, {"xcomp", "advcl", "prep", "ccomp"})


def _expected_outcome(token: Token, patterns: Patterns) -> bool:
    """An expectation of an outcome, not a plan: "X is expected to win / sail through ...", "the mill expects to post
    sales above ...", "expects its margin to shrink" (outcome, forecast and ``expected_outcome_verbs``), "expects him
    to have a fine evening" (a having verb and a time noun), or one whose doer cannot act ("the keynote is expected
    to dwell on ..."). "The bank is expected to announce on Wednesday" stays."""
    if token.lemma_.lower() != "expect" or token.pos_ != "VERB":
        return False
    act = complement(token)
    if act is None:
        return False
    if act.lemma_.lower() in patterns.outcome_verbs | patterns.forecast_verbs | patterns.expected_outcome_verbs:
        return True
    if act.lemma_.lower() in TIME_HAVING_VERBS and any(o.lemma_.lower() in TIME_NOUNS for o in children(act, {"dobj"})):
        return True  # "expects her to have a fine evening on Tuesday": how the time goes for her, an outcome
    doers = children(act, {"nsubj"}) or children(token, {"nsubjpass", "dobj"}) or children(token, {"nsubj"})
    doer = _relative_antecedent(doers[0], patterns) if doers else None
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ or _can_act(doer, patterns) or _is_person(doer, patterns):
        return False
    # "X's veto is expected to come by June": the owner's own act, named as a noun (``owner_acts_through``)
    return not (children(doer, {"poss"}) and doer.lemma_.lower() in patterns.owner_acts_through)


def _vowed_outcome(token: Token, patterns: Patterns) -> bool:
    """ "X vowed to win the state", "is pledging to win hundreds of delegates on Tuesday", "plans to defeat the
    Democrats": a vow, plan or promise whose act is the outcome of a contest (``vowed_outcome_verbs``) over a contest, a
    place, a rival or a counted prize (``contest_prizes``), or over nothing ("vowed to prevail"), is a boast about how
    the voters will vote; nobody can promise it. A fight against a thing stays ("vowed to defeat the bill"), and so
    does "win back" ("pledged to win back the trust of savers"). The "will win" of a party is ``_predicted``'s."""
    table = token_table(token.doc)
    if not VOWED_OUTCOME_VERBS.intersection([table.lemma[c] for c in table.children(token.i)]):
        return False  # cheap first: most triggers' acts are no outcome verb
    act = complement(token)
    return act is not None and _contest_won(act, patterns)


def _contest_won(act: Token, patterns: Patterns) -> bool:
    """Is a promised act the outcome of a contest: "win the state", "defeat the Democrats", "prevail"? (see
    ``_vowed_outcome``; also a second "to" act: "vowed to keep fighting and to win her home state")."""
    if act.lemma_.lower() not in VOWED_OUTCOME_VERBS or children(act, {"prt"}):
        return False
    won = children(act, {"dobj"})
    return not won or _contest_prize(won[0], patterns)


def _seats_at_stake(token: Token, patterns: Patterns) -> bool:
    """ "The party is defending a dozen seats in 2027", "are defending three districts on Tuesday": a verb of
    ``seat_defending_verbs`` over a plural or counted prize of a contest tells what a party has at stake in the vote,
    not an act it commits to. One seat ("will defend her seat in May", a run for re-election) stays."""
    if token.lemma_.lower() not in SEAT_DEFENDING_VERBS:
        return False
    stake = children(token, {"dobj"})
    if not stake:
        return False
    held = _counted_of(stake[0]) or stake[0]
    return held.tag_ == "NNS" and held.lemma_.lower() in CONTEST_PRIZES


def _counted_of(count: Token) -> Token | None:
    """The noun counted by a quantity head: "hundreds of delegates", "a dozen of the seats", "a number of red states"."""
    if count.ent_type_ != "CARDINAL" and count.lemma_.lower() not in QUANTIFIERS:
        return None
    for of in children(count, {"prep"}):
        if of.lower_ == "of":
            nouns = children(of, {"pobj"})
            return nouns[0] if nouns else None
    return None


def _contest_prize(won: Token, patterns: Patterns) -> bool:
    """What is won in a contest: a prize noun ("the nomination", "the state", "hundreds of delegates", "40 seats"), a
    place's name or a rival person or party ("the Democrats"); not a thing fought ("the bill", "Islamic State")."""
    if won.lemma_.lower() in CONTEST_PRIZES or _is_place(won, patterns) or won.ent_type_ in {"PERSON", "NORP"}:
        return True
    if won.ent_type_ != "CARDINAL":
        return False
    counted = _counted_of(won)  # "hundreds of delegates": the count heads the phrase
    return counted is not None and counted.lemma_.lower() in CONTEST_PRIZES


def _nobody_subject(token: Token) -> bool:
    """ "No reporters were invited to attend the signing", "nobody has pledged to ...", "no country agreed to ...",
    "neither (candidate) will appear ...", "neither X nor Y will ...": the clause's subject says no one did it."""
    current = token
    for _ in range(3):
        subjects = children(current, {"nsubj", "nsubjpass"})
        if subjects:
            subject = subjects[0]
            return subject.lower_ in NOBODY or any(c.dep_ in {"det", "preconj"} and (c.lower_ == "no" or c.lower_ in NOBODY)
                                                   for c in subject.children)  # "no country", "neither (of the) candidate(s)"
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _unspecified_member(token: Token) -> bool:
    """ "One of them will be running the city in May", "either of the two firms will build the plant by 2028":
    a subject that is some member of a set told only as a pronoun or as either of it (``unspecified_one`` with an
    "of" phrase) names no party; the writer foretells an outcome. "One of the ministers will visit" (a member of a
    named body) is left alone."""
    subject = _subject_of(token)
    if subject is None or subject.lower_ not in UNSPECIFIED_ONE:
        return False
    sets = [o for p in children(subject, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
    return any(subject.lower_ != "one" or o.pos_ == "PRON" for o in sets)


def _sourcing_terms(token: Token) -> bool:
    """ "X agreed to speak on (the) condition of anonymity", "... on condition that he not be named": the terms on
    which a source spoke to the writer, already done, not a promise."""
    act = complement(token)
    if act is None or act.lemma_.lower() not in SOURCING_ACTS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() == "condition" for o in p.children if o.dep_ == "pobj")
               for p in act.children)


def _participle_modifier(token: Token) -> bool:
    """ "Enough pledged delegates to block the motion": a past participle with no subject of its own, its noun right
    after it, which the parser reads as a verb and its object; the word describes the noun."""
    if token.tag_ not in {"VBD", "VBN"} or token.dep_ not in {"advcl", "amod", "acl"} or children(token, {"nsubj", "nsubjpass"}):
        return False
    return any(o.i == token.i + 1 and o.pos_ == "NOUN" for o in children(token, {"dobj"}))


def _intended_thing(token: Token, patterns: Patterns) -> bool:
    """ "Rules intended to rein in lending", "a fund intended to help farmers": "intended" as a participle after a noun,
    with no subject of its own, says what the thing is for; whoever meant it is not named and promised nothing. So does
    the passive with a thing for subject ("the levy was intended to curb smoking", "the plan, which is intended to cut
    fares"): its purpose, no one's commitment, and so does a thing as subject of a past "intended" (the participle the
    parser misread). A person or body as subject ("the panel is intended to report", "the ministry intended to") stays."""
    if token.lemma_.lower() != "intend" or token.tag_ not in {"VBN", "VBD"}:
        return False
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"} and not children(token, {"nsubj", "nsubjpass", "agent"}):
        return True
    # "Rules intended to rein in lenders take effect": a participle the parser read as a past verb, a thing its subject
    passive = children(token, {"nsubjpass"}) or (children(token, {"nsubj"}) if token.tag_ == "VBD" else [])
    if not passive or children(token, {"agent"}):
        return False
    thing = _relative_antecedent(passive[0], patterns)
    if thing is not None and thing.ent_type_ in NAMED_THING_TYPES:
        return True  # "the Clean Air Act, which is intended to ...": a named law or product is a thing
    return (thing is not None and thing.pos_ in {"NOUN", "PROPN"} and thing.ent_type_ not in PARTY_TYPES
            and not _can_act(thing, patterns) and not _is_person(thing, patterns))


def _no_party_subject(token: Token, patterns: Patterns) -> bool:
    """ "Winning the state will give her momentum": a clause as subject promises nothing; "rising costs promise to
    swell the budget", "the storm threatens to cut power": "promise" with a subject that cannot act says what is
    likely. "The mayor promised to ..." and "Acme promised to ..." stay."""
    clause = _subject_clause(token)
    if children(clause, {"csubj"}):
        return True
    if token.lemma_.lower() not in LIKELIHOOD_VERBS or token.pos_ != "VERB":
        return False
    subject = _relative_antecedent(_subject_of(token), patterns)  # "the premier, who promised to ...": the premier
    return subject is not None and not _can_act(subject, patterns) and not _is_person(subject, patterns) and not subject.ent_type_


def _prevents(token: Token, patterns: Patterns) -> bool:
    """ "We will not allow the rebels to seize the port", "we won't let them raise prices", "we will not tolerate any
    delay": a negated verb of permission or tolerance with what it would permit is a promise to prevent it (its action
    keeps the "not"). Other negated acts stay out (``prevent_verbs_about`` in the patterns file says why)."""
    return token.lemma_.lower() in patterns.prevent_verbs and bool(children(token, {"dobj", "xcomp", "ccomp"}))


def _subject_of(token: Token) -> Token | None:
    subjects = children(_subject_clause(token), {"nsubj"})
    return subjects[0] if subjects else None


def _is_place(subject: Token | None, patterns: Patterns) -> bool:
    """ "Ruritania", "the province", "a fifth county": a place's name or a place noun."""
    return subject is not None and (subject.ent_type_ in {"GPE", "LOC"} or (subject.pos_ == "NOUN" and subject.lemma_.lower() in patterns.place_nouns))


def _is_person(subject: Token, patterns: Patterns) -> bool:
    """A personal pronoun, a person's name (or a name NER leaves untyped), or a person noun ("the nurse")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in {"i", "we", "you", "he", "she", "they"}
    if subject.pos_ == "PROPN":
        return subject.ent_type_ in {"PERSON", ""}
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in person_nouns()


def _befalls(token: Token, patterns: Patterns) -> bool:
    """ "The city will see heavy rain on Friday", "Acme will experience shortages in May": what befalls a subject that
    is no person; "a fifth county will play a decisive role in the race": a part a party will have. Both foretell,
    nobody promises. "The president will see the prime minister on Friday" is a meeting and stays."""
    lemma = token.lemma_.lower()
    if lemma in ROLE_VERBS and any(o.lemma_.lower() in patterns.role_nouns for o in children(token, {"dobj"})):
        return True
    if lemma not in patterns.experience_verbs:
        return False
    subject = _subject_of(token)
    return subject is not None and not _is_person(subject, patterns)


def _age_reached(token: Token) -> bool:
    """ "Voters who will turn 18 before the vote", "the governor will turn 70 in May": an age verb (``age_verbs``) with
    a bare number as object tells an age reached, which nobody commits to; "will turn 20 plants into ..." (a counted
    noun) and "will turn the page" stay."""
    if token.lemma_.lower() not in AGE_VERBS:
        return False
    return any(o.like_num and not list(o.children) for o in children(token, {"dobj", "attr", "npadvmod"}))


def _undergoes(token: Token, patterns: Patterns) -> bool:
    """ "Many dockworkers will receive higher wages", "retirees will get a bigger check", "farmers will benefit from the
    subsidy": under "will", a verb of receiving or undergoing (``undergoing_verbs``) with a subject that is a group
    affected (people described, not named, not a body, not the speaker's "I"/"we") foretells what befalls them; "her
    standing will be tightly tied to ..." (``undergoing_passives``, a subject that cannot act) too. Nobody promises it.
    "The senator will receive the prime minister" (someone met) and "we will get the bill passed" (a complement) stay."""
    lemma = token.lemma_.lower()
    subject = _subject_of(token)
    if lemma in patterns.undergoing_passives and token.tag_ == "VBN":
        passive = children(_subject_clause(token), {"nsubjpass"})
        return bool(passive) and not _can_act(passive[0], patterns) and not _is_person(passive[0], patterns)
    if lemma not in patterns.undergoing_verbs or subject is None:
        return False
    named = (subject.pos_ == "PROPN" or subject.ent_type_ in PARTY_TYPES) and not _capitalised_plural(subject)
    if subject.lower_ in {"i", "we", "us"}:
        return False
    if named and (lemma not in OBTAINING_VERBS or children(token, {"advmod", "dative"})):
        return False  # "Acme Farmers will receive the grant", "X will get back the jobs", "will get you the answer": left as they are
    if not named and subject.pos_ == "NOUN" and subject.lemma_.lower() in patterns.named_bodies | patterns.org_descriptions | patterns.described_only:
        return False  # "the union will get a seat at the table": a body's own gain, left to the other rules
    if children(token, {"xcomp", "ccomp", "acomp", "oprd", "prt"}):
        return False  # "we will get the bill passed", "he will get tough on crime": an act, not a gain
    met = children(token, {"dobj"})
    if named and (not met or any(c.tag_ == "VBN" for c in children(met[0], {"acl"}))):
        return False  # "X will get the bill passed": the parser hangs the complement on the object
    if met and met[0].tag_ == "NNS" and children(met[0], {"nummod"}):
        return True  # "X will gain at least 20 delegates", "will get 300 votes": a count won, not people met
    return not (met and (met[0].ent_type_ in PARTY_TYPES or _is_person(met[0], patterns) or _is_place(met[0], patterns)
                         or _can_act(met[0], patterns)))


def _capitalised_plural(word: Token) -> bool:
    """ "Farmers will benefit ...", "Pensioners will receive ...": a plural noun of people (``person_nouns``) opening a
    sentence, which the tagger or the NER takes for a name (PROPN, ORG) for its capital letter. Not a party's members
    ("Republicans"), nor a word of a longer name ("Acme Farmers")."""
    if word.i != word.sent.start or word.tag_ not in {"NNS", "NNPS"} or any(c.dep_ in {"compound", "flat"} for c in word.children):
        return False
    lower = word.lower_
    if not lower.endswith("s"):
        return False
    singulars = {word.lemma_.lower(), lower[:-1], lower[:-2], lower[:-3] + "y"}
    return bool(singulars & person_nouns()) and not any((s,) in party_members() for s in singulars)


def _voted_on(vote: Token) -> bool:
    """What a vote is cast on or for: an object, or a preposition's object that is no date ("vote on the merger",
    "vote for the resolution"; not "vote on March 1")."""
    if children(vote, {"dobj"}):
        return True
    return any(o.ent_type_ not in {"DATE", "TIME"} for p in children(vote, {"prep"}) for o in children(p, {"pobj"}))


def _place_holds_contest(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "The province will hold a snap referendum in October", "Ruritania will stage a referendum in May": a place
    holding a contest is a date on the state's calendar, like "the referendum will be held"; a union's "is holding a
    strike ballot" is its own act and stays."""
    # "Vermland, which is set to host the second primary": the contest of the plan verb's complement
    held = complement(token) if "complement" in trig.needs else None
    verb = held if held is not None and held.lemma_.lower() in patterns.contest_holding_verbs else token
    lemma = verb.lemma_.lower()
    # "the state votes on March 1": its contest; "Ostria will vote for the resolution" is its own act
    votes = lemma == "vote" and not _voted_on(verb)
    if not votes:
        if lemma not in patterns.contest_holding_verbs:
            return False
        if not any(o.lemma_.lower() in patterns.contest_nouns for o in children(verb, {"dobj"})):
            return False
    # "Vermland, which will hold its primary on May 9", "the counties that will vote on March 1": the place the
    # relative clause belongs to
    subjects = children(_subject_clause(token), {"nsubj", "nsubjpass"})  # "which is set to host": passive
    return bool(subjects) and _is_place(_relative_antecedent(subjects[0], patterns), patterns)


def _released_thing(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "The novel is set to be published in May", "the album will be released on Friday": a thing made public in the
    passive, with no agent ("by X") and no owner ("Acme's phone"): no party is named who commits."""
    verb = complement(token) if "complement" in trig.needs else token
    if verb is None or verb.lemma_.lower() not in patterns.release_verbs:
        return False
    if not children(verb, {"auxpass"}) or children(verb, {"agent"}):
        return False
    subjects = children(verb, {"nsubjpass"}) or children(token, {"nsubj", "nsubjpass"})
    if not subjects:
        return False
    subject = subjects[0]
    return not _can_act(subject, patterns) and subject.ent_type_ not in PARTY_TYPES and not children(subject, {"poss"})


def _scheduled_thing(token: Token, trig: Trigger, patterns: Patterns) -> bool:
    """ "a residential tower scheduled to open this year", "the new ad, set to air on Friday", "the bridge is set to
    open next month": a plan verb's passive participle whose subject, or the noun it describes, is a thing puts it on a
    calendar in the writer's narration; no party that can commit is named (the clause's own subject is someone else).
    A gathering or contest ("the summit is set to open"), an owned thing ("Acme's store is set to open") and a clause a
    sayer reports stay, as for a thing's "will" (``_thing_will``)."""
    if trig.status != "planned" or "complement" not in trig.needs or token.tag_ != "VBN":
        return False  # the passive participle: "the militias plan to ..." is their own plan
    if token.dep_ == "acl":
        subject = token.head
    else:
        subjects = children(token, {"nsubj", "nsubjpass"})
        subject = _relative_antecedent(subjects[0], patterns) if subjects else None
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or children(subject, {"poss"}):
        return False
    if _can_act(subject, patterns) or _is_person(subject, patterns) or _is_place(subject, patterns):
        return False
    if subject.lemma_.lower() in GATHERING_NOUNS or subject.lemma_.lower() in patterns.contest_nouns:
        return False
    return not _reported(token, patterns)


def _purpose_act(token: Token, patterns: Patterns) -> Token | None:
    """ "Set up a task force to draft the law by March": the "to" verb of purpose after a creating verb's object (the
    parser's advcl or xcomp), active and with no subject of its own; None without an object or such a clause, or
    without the verb's particle where one is listed ("set up", not "set")."""
    particle = patterns.purpose_particles.get(token.lemma_.lower())
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        return None
    created = children(token, {"dobj"})
    if not created:
        return None
    for act in children(token, {"advcl", "xcomp"}):
        if act.i > created[0].i and act.pos_ == "VERB" and _has_to(act) and not children(act, {"nsubj", "auxpass"}):
            return act
    return None


def _created_body(token: Token, patterns: Patterns) -> Token | None:
    """The object of a creating verb when it is a name ("appointed Maria Ruiz to lead ...") or a singular body, group or
    person noun ("a task force", "a panel"): who is to act. Not a plural ("hired advisers to ..."): the subject's plan."""
    created = children(token, {"dobj"})
    if created and created[0].pos_ == "PROPN":
        return created[0]
    if not created or created[0].pos_ != "NOUN" or created[0].tag_ != "NN":
        return None
    noun = created[0].lemma_.lower()
    acting = patterns.named_bodies | patterns.org_descriptions | patterns.described_only | set(patterns.group_references)
    return created[0] if noun in acting or noun in person_nouns() else None


def _expects_own_act(cand: Candidate, patterns: Patterns) -> bool:
    """ "X expects to complete the review by June": the expecter's own act of completing or delivering is its plan,
    not a forecast. Not "expects the bank to raise rates" (someone else's act) nor "expects to win" (an outcome)."""
    head = cand.head
    return head.dep_ == "xcomp" and not children(head, {"nsubj"}) and head.lemma_.lower() in patterns.expected_own_acts


def _second_act(trigger: Token, head: Token) -> Token | None:
    """The verb conjoined with a promised act that shares its subject ("pledged to cut taxes and raise wages"): a
    second act of the same promise. The parser often hangs a bare infinitive on the finite trigger instead ("expect
    to complete the work and then turn over the findings": "turn" is the trigger's conjunct, but its base form says it
    goes with "to complete"). Only a base form, as the promised act is ("to cut"), with no subject or auxiliary of its
    own ("... and the bank will raise rates")."""
    joined = [c for c in children(head, {"conj"}) if c.i > head.i]
    if head.dep_ == "xcomp" and head.head.i == trigger.i and trigger.tag_ != "VB":
        joined += [c for c in children(trigger, {"conj"}) if c.i > head.i and c.tag_ == "VB"]
    return next((c for c in joined if c.pos_ == "VERB" and c.tag_ == "VB" and not children(c, {"nsubj", "nsubjpass", "aux", "auxpass"})), None)


def _repeated_to(trigger: Token, head: Token) -> list[Token]:
    """ "Vowed to cut taxes and to raise wages": a second "to" infinitive conjoined with the promised one is a second
    promise of the same party (the parser hangs it on either). Only after a promised "to" verb, with its own "to"
    and no subject; a bare conjunct ("to cut taxes and raise wages") stays part of the first act (``_second_act``)."""
    if head.i == trigger.i or head.dep_ != "xcomp" or head.head.i != trigger.i:
        return []
    joined = children(trigger, {"conj"}) + children(head, {"conj"})
    return [c for c in joined if c.i > head.i and c.pos_ == "VERB" and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not children(c, {"nsubj", "nsubjpass"})]


def _expected_soon(cand: Candidate, patterns: Patterns) -> bool:
    """ "Agency officials expect to complete their review in the next few weeks": a party's own act expected within a
    time ahead that names no date ("the coming months": FUTURE_REF) is its plan, undated; not a forecast about
    others ("expects the bank to ...") nor an outcome ("expects to win")."""
    return cand.trigger.lemma == "expect" and any(t.timex == "FUTURE_REF" for t in cand.times) and _expects_own_act(cand, patterns)


def _future_progressive(token: Token) -> bool:
    """ "The nominee will be evaluating running mates": a future progressive ("will be ...-ing", active, not negated)
    tells a course of action already arranged, not a guess ("will win"); its time is only one its own clause governs."""
    if token.tag_ != "VBG" or any(c.dep_ in {"neg", "auxpass"} for c in token.children):
        return False
    if token.dep_ == "relcl" or any(t.tag_ in {"WP", "WDT", "WRB", "WP$"} and t.i < token.i for t in token.subtree):
        return False  # "(who) they will be voting for": a question or a description, not a narrated plan
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return len(auxes) == 2 and auxes[0] in ELLIPSIS_WILL | {"shall"} and auxes[1] == "be"


def _after_writing(doc: Doc, expr: TimeExpr) -> bool:
    """A time that starts after the day the text was written (else after the date it was resolved against):
    "are meeting next Tuesday" is a plan, "are meeting today" may be what is going on."""
    document = doc._.readout_document if Doc.has_extension("readout_document") else None
    written = getattr(document, "published", None) or expr.anchor_date
    return expr.start is not None and written is not None and expr.start > written


def _willing_sayer(cand: Candidate, actor: Token | None, patterns: Patterns) -> Token | None:
    """ "The ministry said it was willing to ...": the actor is the sayer, named by the speech verb's subject
    (a pronoun sayer, "she said she is willing", is left to the pronoun policy)."""
    if "stated" not in cand.trigger.needs or actor is None or actor.pos_ != "PRON":
        return actor
    clause = _willing_clause(cand.token)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in patterns.speech_verbs:
        return actor
    sayers = children(clause.head, {"nsubj"})
    if sayers and sayers[0].pos_ != "PRON":
        return sayers[0]
    return actor


def _it_sayer(cand: Candidate, actor: Token | None, patterns: Patterns) -> Token | None:
    """ "Northwind Foods said it will close the plant", "Northwind said it plans to ...", "the company said it expects to
    ...": the "it" subject of a clause an organisation reports is the organisation; "a spokeswoman for Northwind said it
    will ...", "Northwind spokesman X said it will ...": the body the sayer speaks for (``_staff_body``)."""
    if actor is None or actor.lower_ not in {"it", "they"} or actor.dep_ not in {"nsubj", "nsubjpass"}:
        return actor
    clause = _subject_clause(cand.token)
    if "self" not in cand.trigger.needs:  # a trigger under the "it" clause: "said it plans to ..."
        clause = _subject_clause(actor.head)
    sayer = _sayer(clause, patterns)
    staff = _staff_body(sayer, patterns) if sayer is not None else None
    if staff is not None:
        return staff  # "a spokeswoman for Acme said it / they will refund ...": Acme, however the company is counted
    if actor.lower_ == "they":
        return actor  # "Acme said they will ...", "Ruiz said they will ...": left to the pronoun policy (``_they_antecedent``)
    body = _body_sayer(clause, patterns)
    return body if body is not None and body.ent_type_ != "PERSON" else actor  # a person is no "it"


def _staff_body(sayer: Token, patterns: Patterns) -> Token | None:
    """The organisation a sayer speaks for as its staff (``BODY_STAFF``): "a spokeswoman for / of / at the Harbour
    Authority", "the authority's spokeswoman", "Harbour Authority spokeswoman Lea Kim", "Lea Kim, a spokeswoman for
    the authority". A name or a body noun (``body_descriptions``); not a place ("a spokesman in Ohio")."""
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only

    def body(t: Token) -> bool:  # the tagger takes a capitalised "Ministry" for a name at times
        return (t.pos_ == "PROPN" and t.ent_type_ == "ORG") or (t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in bodies)

    staff = [sayer] if sayer.pos_ == "NOUN" else []
    staff += [c for c in sayer.children if c.dep_ in {"appos", "compound"} and c.pos_ == "NOUN"]
    for noun in staff:
        if noun.lemma_.lower() not in BODY_STAFF:
            continue
        for prep in children(noun, {"prep"}):
            if prep.lower_ in {"for", "of", "at"}:
                found = next((o for o in children(prep, {"pobj"}) if body(o)), None)
                if found is not None:
                    return found
        owner = next((c for c in noun.children if c.dep_ in {"poss", "compound"} and body(c)), None)
        if owner is not None:
            return owner
        # "Harbour Authority spokeswoman Lea Kim": the parser hangs the body's name and the title flat on the name
        before = [c for c in sayer.children if c.dep_ == "compound" and c.i < noun.i and body(c)]
        if noun is not sayer and before:
            return before[-1]
    return None


PARTY_NORP_ORG = {"NORP", "ORG"}


def _plural_party(token: Token, patterns: Patterns) -> bool:
    """A subject "they" can stand for: a plural of people or bodies ("Democrats", "the unions", "Vell supporters") or
    names joined ("Ruiz and Vell"); not a plural of things ("the polls", "prices")."""
    if token.pos_ == "PRON":
        return False
    if token.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children):
        return True
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    if token.ent_type_ in PARTY_NORP_ORG:
        return True
    bodies = (patterns.named_bodies | patterns.org_descriptions | patterns.described_only) - THING_PLURALS
    lemma = token.lemma_.lower()
    return lemma in person_nouns() or lemma in patterns.follower_nouns or lemma in bodies


def _they_antecedent(actor: Token | None, persons: PersonResolver, patterns: Patterns) -> Token | None:
    """Who a subject "they" is: the plural subject of the reporting verb above it ("Democrats signaled that they
    plan to ..."); else, outside quote marks, the nearest plural subject of people or bodies before it in its
    sentence or the one before ("Vell supporters are angry. They have vowed to ..."). A singular reporter ("Ruiz
    said they will ...") names someone else's side: no antecedent then."""
    them = _of_them(actor)
    if them is not None:
        return _them_antecedent(actor, them, patterns)  # "more medics will come here, and some of them will ..."
    if actor is None or actor.lower_ != "they" or actor.dep_ not in {"nsubj", "nsubjpass"}:
        return actor
    reporter = persons.reporter(actor)
    if reporter is not None:
        reporter = _quantified(reporter)  # "55 percent of the strikers said they ...": the strikers
        return reporter if _plural_party(reporter, patterns) else actor
    if direct_quote_at(actor) is not None:
        return actor
    doc = actor.doc
    start = actor.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[first : actor.i]):
        if token.dep_ in {"nsubj", "nsubjpass"} and _plural_party(token, patterns) and direct_quote_at(token) is None:
            return token
    return actor


def _of_them(actor: Token | None) -> Token | None:
    """The "them" of a quantifier subject ("some of them", "many of them"), else None."""
    if actor is None or actor.lower_ not in QUANTIFIERS or actor.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return next((o for p in children(actor, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"}) if o.lower_ == "them"), None)


def _them_antecedent(actor: Token, them: Token, patterns: Patterns) -> Token:
    """ "More medics will be coming here, and some of them will be running clinics": the "them" of a quantified subject
    is the nearest plural subject of people or bodies before it in its sentence, inside the same quote or outside
    quotes alike; none there: the quantifier stays (no one is guessed from further back)."""
    quote = direct_quote_at(them)
    for token in reversed(them.doc[them.sent.start : actor.i]):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            group = _quantified(token)
            if _plural_party(group, patterns) and direct_quote_at(group) == quote:
                return group
    return actor


def _singular_body(token: Token, patterns: Patterns) -> bool:
    """A subject "it" can stand for: one organisation or place by name ("the Bundesbank", "Lisbon") or a body noun ("the
    ministry", "the company"); not a person, a plural or a thing."""
    if token.pos_ == "PROPN":  # "Northwind Foods" is one company, whatever its last word's number
        return token.ent_type_ == "ORG" or (token.ent_type_ == "GPE" and token.tag_ == "NNP")
    if token.tag_ != "NN":
        return False
    return token.pos_ == "NOUN" and token.lemma_.lower() in patterns.named_bodies | patterns.org_descriptions | patterns.described_only


def _it_antecedent(actor: Token | None, persons: PersonResolver, patterns: Patterns) -> Token | None:
    """Who a subject "it" no sayer reports is: the nearest subject before it, in its sentence or the one before, when
    that subject is one organisation or place ("The central bank is wary of a slowdown. It plans to lift rates ...",
    "the town has collected half of the sum it promised to ..."). A nearer subject of another kind (a person, a thing)
    is what "it" is not, or what it is: either way no body is taken. Not inside quote marks (the speaker's "it" is
    the speaker's business) and not under a sayer ("X said it will ...": ``_it_sayer``). The owner "its" of a promise
    or plan noun is found the same way ("The board renewed its pledge to ..."), and under a sayer that is one body,
    it is that body ("Acme said its plan to ... would go ahead")."""
    its = actor is not None and actor.lower_ == "its" and actor.dep_ == "poss"  # "the board renewed its pledge to ..."
    if actor is None or not its and (actor.lower_ != "it" or actor.dep_ not in {"nsubj", "nsubjpass"}):
        return actor
    opening = _opening_clause_subject(actor)
    if opening is not None and _singular_body(opening, patterns):
        return opening  # "If the board gets the records, it intends to ...": in a quote or reported, the same body
    sayer = persons.reporter(actor)
    if its and sayer is not None and _singular_body(sayer, patterns):
        return sayer  # "Acme said its plan to close the plant would go ahead": Acme's plan
    if sayer is not None or direct_quote_at(actor) is not None:
        return actor
    doc = actor.doc
    start = actor.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[first : actor.i]):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ == "it":
            continue
        return token if _singular_body(token, patterns) and direct_quote_at(token) is None else actor
    return actor


def _opening_clause_subject(pronoun: Token) -> Token | None:
    """ "If the board gets the records, it intends to search them": the subject of a clause that opens the pronoun's own
    clause (an adverbial clause of its verb, before the pronoun, in the same quote or none) is the nearest subject the
    pronoun can stand for, whoever reports the sentence. None without such a clause or with another subject between."""
    verb = pronoun.head
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i]
    subjects = [s for c in clauses for s in children(c, {"nsubj", "nsubjpass"})]
    if len(subjects) != 1 or direct_quote_at(subjects[0]) != direct_quote_at(pronoun):
        return None
    between = pronoun.doc[subjects[0].i + 1 : pronoun.i]
    return None if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i != subjects[0].head.i for t in between) else subjects[0]


def _passive_sayer(cand: Candidate, actor: Token | None, patterns: Patterns) -> Token | None:
    """ "The ministry said new rules will be introduced next year": a passive act with no doer, no staff and no subject
    that acts is the reporting body's own (a body speaks of what it will do); a person's or a crowd's saying ("analysts
    said rates will be cut") names no doer, so it stays without an actor."""
    verb = cand.head if cand.head.pos_ == "VERB" else cand.token
    doers = [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"}) if o.ent_type_ not in {"DATE", "TIME"}]
    if (actor is not None and actor.ent_type_ not in {"DATE", "TIME"}) or not children(verb, {"auxpass"}) or doers:
        return actor  # "by May" parsed as the doer of "will be paid by May" names no one
    things = children(_subject_clause(verb), {"nsubjpass"})
    if not things or _can_act(things[0], patterns) or things[0].ent_type_ in PARTY_TYPES:
        return None  # "the ministry said Ada Brink will be interviewed": she is a party, the ministry is not the doer
    sayer = _sayer(_subject_clause(verb), patterns)
    if sayer is None:
        return None
    staff = _staff_body(sayer, patterns)
    if staff is not None:
        return staff  # "a spokeswoman for the ministry said the funds would be released": the ministry's act
    if sayer.pos_ == "PROPN":
        return sayer if sayer.ent_type_ in {"ORG", "GPE", "NORP"} else None
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only
    return sayer if sayer.pos_ == "NOUN" and sayer.tag_ == "NN" and sayer.lemma_.lower() in bodies else None


def _quote_speaker(token: Token) -> Token | None:
    """The head of the speaker of the direct quote the token stands in ("'We will ...,' said X, a spokeswoman for Y":
    "X"), or None outside a quote or where its speaker is not known."""
    quote = direct_quote_at(token)
    if quote is None or quote.speaker_span is None:
        return None
    said = token.doc.char_span(quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand")
    return said.root if said is not None and len(said) else None


def _spokesperson_we(actor: Token | None, patterns: Patterns) -> Token | None:
    """ "'We will dredge the channel by August,' said Lea Kim, a spokeswoman for the Harbour Authority": the "we" of a
    direct quote whose speaker speaks as a body's staff (``_staff_body``) is that body; "I" stays the speaker."""
    speaker = _quote_speaker(actor) if actor is not None and actor.lower_ == "we" else None
    return (_staff_body(speaker, patterns) if speaker is not None else None) or actor


def _family_we(actor: Token | None) -> Token | None:
    """ "'We will keep fighting until the end of the year,' the Harlow family said": the "we" of a direct quote whose
    speaker is a family speaks for the family (the family noun, named by its words as ``_family_actor`` names it),
    not for the person the pronoun policy finds in its name ("Harlow"); "I" stays the speaker."""
    speaker = _quote_speaker(actor) if actor is not None and actor.lower_ == "we" else None
    return speaker if speaker is not None and _family_actor(speaker) else actor


def _spokesperson_description(actor: Token | None, patterns: Patterns) -> Token | None:
    """ "'The company will refund every buyer by June,' said Lea Kim, a spokeswoman for Northwind", "'Our authority will
    dredge the channel,' a Harbour Authority spokeswoman said": a body described in the direct quote of a speaker who
    speaks for a body (``_staff_body``) is that body when the description fits it: "our" any body; "the company" (a
    word for any firm) a named organisation; "the authority" a body whose name holds the word. "The ministry will
    ..." from a company's spokeswoman stays the ministry."""
    if actor is None or actor.pos_ != "NOUN" or actor.tag_ != "NN" or actor.dep_ not in {"nsubj", "nsubjpass"}:
        return actor
    lemma = actor.lemma_.lower()
    if lemma not in patterns.named_bodies | patterns.org_descriptions:
        return actor
    ours = any(c.dep_ in {"poss", "det"} and c.lower_ == "our" for c in actor.children)
    if not ours and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in actor.children):
        return actor
    speaker = _quote_speaker(actor)
    staff = _staff_body(speaker, patterns) if speaker is not None else None
    if staff is None:
        return actor
    if ours or (lemma in patterns.org_descriptions and staff.pos_ == "PROPN" and staff.ent_type_ == "ORG"):
        return staff
    return staff if lemma in {t.lemma_.lower() for t in staff.subtree} else actor


def _of_owner(actor: Token, patterns: Patterns, mentions: tuple[Mention, ...]) -> list[str]:
    """ "The parliament of Latvia will ratify ...": a definite body "of" a name stands for what the name is (the
    entities named in the "of" phrase); not a person title ("the head of the agency" is someone else)."""
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only
    if actor.pos_ != "NOUN" or actor.lemma_.lower() not in bodies:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in actor.children):
        return []
    for prep in children(actor, {"prep"}):
        if prep.lower_ != "of":
            continue
        names = [o for o in children(prep, {"pobj"}) if o.pos_ == "PROPN"]
        if names:
            first, last = names[0].left_edge, names[0].right_edge
            return _entities_in(actor.doc, first.idx, last.idx + len(last.text), mentions)
    return []


def _in_capitals(text: str) -> bool:
    """ "USA TODAY NETWORK", "ASSOCIATED PRESS", "By ELLA MARSH": two words or more, every letter a capital."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _credit_entity(entity_id: str, mentions: tuple[Mention, ...]) -> bool:
    """Whether a person is a byline or a wire credit: every mention of it by name is written in capitals ("TODAY
    NETWORK" out of "for the USA TODAY NETWORK", "ASSOCIATED PRESS"), so the actors component's "he" linked to it is
    no one who commits. A person a headline in capitals also names ("SENATOR VOWS ...") is written in ordinary case
    elsewhere and stays; so does a body written in capitals as an acronym ("FBI": one word)."""
    own = [m.span.text for m in mentions if m.entity_id == entity_id and m.via != "pronoun"]
    capitals = all(c.isupper() for t in own for c in t if c.isalpha())  # "NETWORK" for it later: a short form
    return capitals and any(_in_capitals(t) for t in own)


# "Jane Roe in Bern contributed to this report", "Reporting by Jane Roe; Editing by ...", "Contributing: Jane Roe"
CREDIT_LINE = re.compile(r"contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|"
                         r"\b(?:reporting|editing|writing) by\b|^\W*(?:contributing|additional reporting)\b", re.IGNORECASE)


STANCE_PREFIX = re.compile(r"(?:anti|pro|post|ex|non)[-‐–]$", re.IGNORECASE)


def _stance_prefixed_dropped(text: str, start: int, end: int, actors: list[str], mentions: tuple[Mention, ...]) -> list[str]:
    """ "The anti-Bern wave will ...", "pro-Norland militias plan to ...": a name glued to "anti-"/"pro-" in the actor's
    phrase says what the actor is for or against; that party does not act. A party also named on its own stays."""
    inside = [m for m in mentions if start <= m.span.start < end and m.entity_id in actors]
    glued = {m.entity_id for m in inside if STANCE_PREFIX.search(text[max(0, m.span.start - 5) : m.span.start])}
    alone = {m.entity_id for m in inside if m.entity_id not in glued or not STANCE_PREFIX.search(text[max(0, m.span.start - 5) : m.span.start])}
    return [i for i in actors if i not in glued - alone]


def _credited_only(entity_id: str, mentions: tuple[Mention, ...], text: str) -> bool:
    """Whether a person is named only in a wire credit in ordinary case ("Associated Press writer Jane Roe contributed
    to this report"): a reporter, never whom the story's "he" or "she" stands for."""
    lines = []
    for m in mentions:
        if m.entity_id == entity_id and m.via != "pronoun":
            # the credit's own clause: a line, or a bracket or a ";" part of it ("... in Bern. (Reporting by X; Editing by Y)")
            start = max(text.rfind(c, 0, m.span.start) for c in "\n();") + 1
            ends = [e for e in (text.find(c, m.span.end) for c in "\n();") if e >= 0]
            lines.append(text[start : min(ends, default=len(text))])
    return bool(lines) and all(CREDIT_LINE.search(line) for line in lines)


def _relative_antecedent(actor: Token | None, patterns: Patterns) -> Token | None:
    """ "Tom Ridley, who has pledged to ...", "a panel which will present ...": the subject of a relative clause is the
    noun the clause belongs to, not the pronoun (which names nobody). When the parser hangs the clause on a thing inside
    a body's phrase ("a working group on pensions, which will present ..."), the body is the one that can act."""
    if actor is None or actor.lower_ not in RELATIVE_PRONOUNS or actor.tag_ not in {"WP", "WDT"}:
        return actor
    node = actor.head
    for _ in range(4):
        if node.dep_ == "relcl":
            noun = _quantified(node.head)  # "a host of provinces that will vote ...": the provinces
            # "Northwind, a group that intends to ...": the group is the name it is in apposition to
            owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
            if owner is not None and owner.lower_ in QUANTIFIERS:
                owner = None  # "a host of provinces that will vote ...": the provinces, not the quantifier
            if owner is not None and owner.pos_ == "NOUN" and not _can_act(noun, patterns) and _can_act(owner, patterns):
                return owner
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                return noun.head
            first = noun
            while (first.dep_ == "conj" or (first.dep_ == "appos" and first.head.pos_ == "NOUN")) and first.head.i != first.i:
                first = first.head  # "X is a liar and a hawk who ...", "a cheat, rampant liar, ... who": the list's first noun
            verb = first.head
            subjects = children(verb, {"nsubj"}) if first.dep_ == "attr" and verb.lemma_.lower() == "be" else []
            if first.dep_ == "attr" and not subjects and verb.dep_ == "conj":
                subjects = children(verb.head, {"nsubj"})  # "X lies and is a hawk who ...": the shared subject
            # "X is a hawk who has vowed to ...": X; the nearest of two ("Editor's note: X lies and is ...": X)
            return subjects[-1] if subjects else noun
        if node.head.i == node.i:
            break
        node = node.head
    return actor


MAX_CLIMB = 6  # steps up the parse from a pronoun's verb to the verb of saying whose clause it is in


def _relative_sayer(pronoun: Token, patterns: Patterns) -> Token | None:
    """ "Judge Ana Ruiz, who has said she will step down in May": a "he"/"she" in a clause reported by a relative
    clause's verb of saying or thinking is the noun that relative clause belongs to (the pronoun policy skips a
    pronoun sayer, so it took the person named before). None when the nearest such verb has another subject."""
    node = pronoun.head
    reporting = reporting_verbs()[1]
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in reporting:
            break
    else:
        return None
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS or subject.tag_ != "WP":
        return None
    antecedent = _relative_antecedent(subject, patterns)
    return antecedent if antecedent is not subject else None


def _new_task_body(actor: Token | None, patterns: Patterns) -> bool:
    """ "A task force will report by June", "a panel will review the rules by March": an indefinite singular body of the
    kind set up for a task is new in the text, so the description itself is the actor. Not "a company" or "a bank" (some
    member of a class), nor "a group of protesters" (a crowd)."""
    if actor is None or actor.pos_ != "NOUN" or actor.tag_ != "NN" or actor.lemma_.lower() not in patterns.task_bodies:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in actor.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in actor.children)


def _counterfactual(cand: Candidate) -> bool:
    """ "She would have repealed the levy by June", "the union would have agreed to sign the deal", "it could have
    opened by May": a modal with the perfect says what would have been, not what anyone will do. Not "will have
    completed" (a future perfect, a real deadline)."""
    for verb in {cand.token.i: cand.token, cand.head.i: cand.head}.values():
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = aux_lemmas(verb)
        if "have" in auxes and auxes & COUNTERFACTUAL_MODALS:
            return True
    return False


def _past_perfect_plan(cand: Candidate, commitment: Commitment) -> bool:
    """ "The firm had planned to open a store in the city", "they had intended to rob the bank", "the plant had been
    scheduled to close": a plan told in the past perfect with no date is an intention the story has overtaken (it
    was dropped, changed or carried out), no open plan. Dated ("had planned to open it by 2027"), it is left to the
    date rules."""
    verb = cand.token
    if commitment.due_end is not None or cand.status != "planned" or verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.lemma_.lower() not in PLAN_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in verb.children)


def _past_scene_plan(cand: Candidate, commitment: Commitment) -> bool:
    """ "Crowds filled the hall where she was scheduled to speak": an undated plan told in the simple past in a
    relative clause describes a place or thing of a past scene (the event was held or called off), no open plan."""
    verb = cand.token
    if commitment.due_end is not None or cand.status != "planned" or verb.lemma_.lower() not in PLAN_VERBS:
        return False
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children))
    return past and verb.dep_ == "relcl"


def _past_gerund_invitation(cand: Candidate, commitment: Commitment) -> bool:
    """ "The two had stayed friendly, with X praising Y and inviting him on a tour": an undated invitation told as a
    gerund (no auxiliary of its own) under a clause in the past is an event of the story, no open invitation."""
    verb = cand.token
    if cand.trigger.kind != "invite" or verb.tag_ != "VBG" or commitment.due_end is not None:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False  # "is inviting X to ...": a present progressive
    node = verb
    for _ in range(6):
        if node.dep_ not in {"conj", "pcomp", "pobj", "prep", "advcl", "acl"} or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.tag_ != "VBG":
            return node.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "was", "were"} for c in node.children)
    return False


def _passed_plan(cand: Candidate, commitment: Commitment, published) -> bool:
    """ "As the mayor prepared to speak in Dover on Tuesday", "the minister was scheduled to land on Monday" (written
    after both): a plan told in the simple past whose act fell due wholly before the writing is the story's
    background, carried out or dropped by then, no open plan."""
    verb = cand.token
    if published is None or commitment.due_end is None or commitment.due_end >= published:
        return False
    if cand.status != "planned" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PLAN_VERBS:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children)


def _dated_telling(cand: Candidate, due_end: dt.date | None, published: dt.date | None) -> bool:
    """ "X declared his plan to back Y on Wednesday", written that Wednesday; "flown 300 hours between X's
    announcement of his plan to run last June and May 2": a promise noun that is the object of a simple-past verb or
    of a noun of telling (the telling), dated no later than the writing, is dated by the telling, whatever word the
    parser hangs the date on; the act told is still to come. A date ahead ("announced his plan to visit Paris on
    May 20") is the act's."""
    if published is None or due_end is None or due_end > published:
        return False
    noun = cand.token
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "dobj":
        return noun.head.tag_ == "VBD"
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def _future_due_in_past(cand: Candidate, commitment: Commitment, published) -> bool:
    """ "X will be charged over the incident Sunday evening": a "will" cannot fall due before it was written,
    so a date that ended before publication belongs to something else in the sentence; so does a past date, not a
    deadline, on an ordered act ("the court ordered the firm to demolish the tower last week": the order's date)."""
    if published is None or commitment.due_end is None:
        return False
    needs = cand.trigger.needs  # a deadline given ("had until Monday to respond", written after it) has passed too
    if cand.trigger.lemma != "*" and "deadline_given" not in needs and not ("tasked" in needs and not commitment.due_by):
        return False  # "ordered the firm to demolish it last week": when the order was given (not "by June 30")
    return commitment.due_end < published


AGE_APPOSITION = re.compile(r",\s*(\d{2,3}),([^.;,]{0,80})")  # "Ann Ruiz, 58, a retiree in Dover": introduced by age
WORD = re.compile(r"[A-Za-z]+")


def _aged_people(text: str, mentions: tuple[Mention, ...], entities: tuple[Entity, ...]) -> set[str]:
    """The people the text introduces by their age and no office ("Ann Ruiz, 58, who lives outside Dover", "Tom Hale,
    32, a former volunteer"): the voters, supporters and bystanders news quotes. What they plan ("plans to caucus for
    him", "I will hold my nose") is a private intention, no commitment of a public actor. An office word
    (``public_offices``) before any of the person's mentions ("Sen. Ann Ruiz") or in the words after the age ("Ann
    Ruiz, 58, a senator from Ohio") makes the person a public one."""
    people = {e.id for e in entities if e.kind == "PERSON"}
    aged, public = set(), set()
    for m in mentions:
        if m.entity_id not in people:
            continue
        before = WORD.findall(text[max(0, m.span.start - 30) : m.span.start])
        if before and before[-1].lower() in PUBLIC_OFFICES:
            public.add(m.entity_id)
        age = AGE_APPOSITION.match(text, m.span.end)
        if age is not None and 16 <= int(age.group(1)) <= 110:
            aged.add(m.entity_id)
            if any(w.lower() in PUBLIC_OFFICES for w in WORD.findall(age.group(2))):
                public.add(m.entity_id)
    return aged - public


def _candidates(sent: SpacySpan, patterns: Patterns) -> list[Candidate]:
    found: list[Candidate] = []
    doc, table, by_lemma, not_future = sent.doc, token_table(sent.doc), patterns.by_lemma, patterns.not_future_verbs
    # what any trigger could match ("*": any lemma, on these parts of speech); ``_match`` then says which
    wildcard = by_lemma.get("*", ())
    any_pos = any(not t.pos for t in wildcard)
    wildcard_pos = frozenset().union(*(t.pos for t in wildcard))
    for i in range(sent.start, sent.end):
        lemma = table.lemma[i]
        if lemma not in by_lemma and not (wildcard and (lemma not in not_future or table.dep[i] == "conj") and (any_pos or table.pos[i] in wildcard_pos)):
            continue  # most tokens ("... and will continue to do so" is read as the act "do so" stands for)
        triggers = _match(doc, i, patterns)
        token = doc[i] if triggers else None
        for trig in triggers:
            if _static_needs_ok(token, trig, patterns):
                head = _head_for(token, trig, patterns)
                found.append(Candidate(token=token, trigger=trig, head=head, status=trig.status))
                found.extend(Candidate(token=token, trigger=trig, head=again, status=trig.status) for again in _repeated_to(token, head))
                if not trig.needs & TIME_NEEDS:
                    break  # a trigger that needs a time may lose it later: the next one is kept too (``_first_dated``)
    opens = story_opens(doc)
    if sent.start < opens < sent.end:
        # a headline parsed into the story's first sentence: its words are no clause, and a trigger of its ("Service
        # Set To Resume PORT ELLIS - X promised to ...") does not take in the story's own trigger as part of its act
        found = [c for c in found if c.token.i >= opens]
    # an invitation noun that is the object of an accept trigger is that trigger's business
    accepts = {c.token.i for c in found if c.trigger.kind == "accept"}
    found = [c for c in found if not (c.trigger.kind == "invite" and c.token.pos_ == "NOUN" and c.token.head.i in accepts)]
    # a trigger inside another trigger's action (the visit in "invited X to pay a visit") is part of it
    inner = set()
    for outer in found:
        if outer.head is outer.token:
            continue
        span_ids = {t.i for t in outer.head.subtree}
        for c in found:
            if c is not outer and c.token.i in span_ids and c.trigger.kind != "accept" and not _body_task(c.token, patterns):
                inner.add(id(c))
    return [c for c in found if id(c) not in inner]


def _first_dated(cands: list[Candidate]) -> list[Candidate]:
    """Per trigger word, the candidates of its first trigger that kept its times: "we will not allow X to ..." is
    no regime "allowed until ..." (no end date), so the promise trigger after it speaks."""
    first: dict[int, Trigger] = {}
    for c in cands:
        first.setdefault(c.token.i, c.trigger)
    return [c for c in cands if first[c.token.i] is c.trigger]


def _one_per_act(cands: list[Candidate]) -> list[Candidate]:
    """ "Is making plans to spend $10 million over the next week": two triggers ("making plans", "plans") on one act
    are one commitment, the one that kept a time (else the first)."""
    by_act: dict[int, Candidate] = {}
    for c in cands:
        if c.head is c.token:
            continue
        kept = by_act.get(c.head.i)
        if kept is None or (not kept.times and c.times):
            by_act[c.head.i] = c
    return [c for c in cands if c.head is c.token or by_act[c.head.i] is c]


# ---------------------------------------------------------------- times


def _times_in(doc: Doc, sent: SpacySpan, times: tuple[TimeExpr, ...]) -> list[TimeAt]:
    result = []
    for expr in times:
        if expr.span.start < sent.start_char or expr.span.end > sent.end_char:
            continue
        span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        result.append(TimeAt(expr=expr, root=span.root, tokens=frozenset(t.i for t in span)))
    return result


def _in_reach(t: TimeAt, cand: Candidate, patterns: Patterns) -> bool:
    """A time dates a commitment when it sits under its trigger or action, not in its subject.

    "said on Tuesday that X will lend" and "the visit this week will bring": Tuesday and
    this week date the saying and the subject. A regime in force may take its start from
    the clause around it ("On May 1 the president signed a decree allowing ... until").
    """
    actor = _actor_token(cand)
    if actor is not None and actor.i not in t.tokens and t.root.i in {x.i for x in actor.subtree} \
            and not cand.token.is_ancestor(t.root):  # "a panel tasked with X by June": the participle's own time
        return False
    if _in_topic(t.root, cand) or _in_body_clause(t.root, cand, patterns) or _in_condition(t.root, cand):
        return False
    if _in_sister_verb(t.root, cand):
        return False  # "has vowed to keep X and celebrated the ruling Monday": Monday dates the celebrating
    if t.root.dep_ == "poss":
        return False  # "regardless of Tuesday's results", "will discuss Tuesday's vote": whose time, not a deadline
    if t.root.head.dep_ == "prep" and t.root.head.lower_ in DIRECTION_PREPS:
        return False  # "is marching toward November": a direction, not when an act is due
    if cand.head is not cand.token and t.root.head.i == cand.token.i and not _after_writing(cand.token.doc, t.expr) and t.expr.end is not None:
        return False  # "promised Sunday to end the toll", a Sunday gone: when it was promised, not when it is due
    if cand.trigger.needs & {"end_date"}:
        return True
    if "owned" in cand.trigger.needs:  # "has a speech scheduled Friday", "has a meeting scheduled ... on March 3"
        return _in_own_clause(t.root, cand.head.head, {cand.token.i, cand.head.i})
    if "future_progressive" in cand.trigger.needs or {"progressive", "date"} <= cand.trigger.needs:
        # "is meeting X on Friday"; not "is discussing a tax that starts next year": that time is the tax's, nor "is
        # appearing in Ohio ahead of the March 15 primary": that time is the primary's
        return _in_own_clause(t.root, cand.token, set()) and not _before_other_event(t.root, cand.token)
    return any(t.root.i == x.i or x.is_ancestor(t.root) for x in (cand.token, cand.head))


def _in_topic(root: Token, cand: Candidate) -> bool:
    """A time inside what is talked about ("will be interviewed about a bishop calling Christmas a sham", "will
    discuss reports regarding the May vote") is the topic's time, not when the act is due."""
    stop = {cand.token.i, cand.head.i}
    for above in root.ancestors:
        if above.i in stop:
            return False
        if above.dep_ == "prep" and above.lower_ in TOPIC_PREPOSITIONS:
            return True
        if _topic_gerund(above):
            return True
    return False


TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb with a tense of its own, no bare infinitive


def _before_other_event(root: Token, verb: Token) -> bool:
    """Is the time under "before", "ahead of" or "prior to" (``before_words``) below ``verb``: the date of another
    event the act comes before, not the act's own?"""
    for above in root.ancestors:
        if above.i == verb.i:
            return False
        if above.lower_ in BEFORE_WORDS and above.dep_ in {"prep", "advmod"}:
            return True
    return False


def _in_sister_verb(root: Token, cand: Candidate) -> bool:
    """ "Has vowed to keep the park open and praised the ruling Monday": a time under a verb conjoined with the
    promising verb dates that other act, not the promised one. The parser often hangs the past verb on the promised
    act instead ("to keep ... and praised"); a tensed verb cannot go on a "to" infinitive, so it is the same sister."""
    if cand.head is cand.token:
        return False  # "will meet X and hold talks Friday": a "will" act and its conjunct share the time
    for above in [root, *root.ancestors]:
        if above.i in {cand.token.i, cand.head.i}:
            return False
        if above.dep_ != "conj" or above.pos_ not in {"VERB", "AUX"}:
            continue
        if above.head.i == cand.token.i and not above.is_ancestor(cand.head):
            return True
        if above.head.i == cand.head.i and cand.head.tag_ == "VB" and above.tag_ in TENSED_TAGS:
            return True
    return False


def _in_condition(root: Token, cand: Candidate) -> bool:
    """ "If the buyers pay by May 3, the board will transfer the shares", "unless the talks fail by Friday, the union
    will end the strike": a time in the condition dates the condition, not the act."""
    stop = {cand.token.i, cand.head.i}
    for above in [root, *root.ancestors]:
        if above.i in stop:
            return False
        if above.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in above.children):
            return True
    return False


def _body_task(verb: Token, patterns: Patterns) -> bool:
    """ "(agreed to create) a working group, which will report by June": a relative clause on a body or person noun
    that can act is that body's own task, a commitment of its own, not part of the act that creates it."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and _can_act(verb.head, patterns)


def _in_body_clause(root: Token, cand: Candidate, patterns: Patterns) -> bool:
    """ "Agreed to create a working group, which will report by September": a time in a relative clause on a body or
    person the action names is that body's own task (read as its own commitment), not when the action is due."""
    stop = {cand.token.i, cand.head.i}
    for above in root.ancestors:
        if above.i in stop:
            return False
        if above.head.i not in stop and _body_task(above, patterns):
            return True
    return False


def _topic_gerund(verb: Token) -> bool:
    """ "interviewed about X calling Christmas a sham": the parser hangs the "-ing" clause that goes on the topic's
    object on the verb instead; it starts right after a topic preposition's object there."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i == 0:
        return False
    before = verb.doc[verb.left_edge.i - 1]
    return any(p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS and before.i in {t.i for t in p.subtree}
               for p in verb.head.children)


def _dated_before(doc: Doc, action: list[Token]) -> TimeExpr | None:
    """ "will vote for X in the upcoming primary": the text dated that event before ("Tuesday's primary", "the
    primary on Tuesday"), so the promise is due then. Only for an event the action calls upcoming (or coming, next),
    only a date after the writing, and the last such date before the action."""
    nouns = {t.lemma_.lower() for t in action if t.pos_ == "NOUN" and any(c.lower_ in UPCOMING for c in t.children)}
    if not nouns:
        return None
    found = None
    for expr in doc._.readout_times or ():
        if expr.span.end > action[0].idx or not _usable(expr) or not _after_writing(doc, expr):
            continue  # an upcoming event is dated after the writing
        span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        event = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if event is not None and event.lemma_.lower() in nouns:
            found = expr
    return found


def _in_own_clause(root: Token, verb: Token, through: set[int]) -> bool:
    """A time governed by ``verb``'s own clause: the path up from it reaches ``verb`` through no other verb (a relative
    or side clause has its own time) except the tokens in ``through``."""
    current = root
    for _ in range(8):
        if current.i == verb.i:
            return True
        if current.i != root.i and current.pos_ in {"VERB", "AUX"} and current.i not in through:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _assign_times(cands: list[Candidate], times: list[TimeAt], patterns: Patterns) -> None:
    for c in cands:
        c.times = []
    if not cands:
        return
    for t in times:
        reach = [c for c in cands if _in_reach(t, c, patterns)]
        if not reach:
            continue
        best = min(
            reach,
            key=lambda c: (min(tree_distance(t.root, c.token), tree_distance(t.root, c.head)), abs(t.root.i - c.token.i)),
        )
        owned = "owned" in best.trigger.needs  # "a speech scheduled Friday": the arranging dates the item
        given = "deadline_given" in best.trigger.needs  # "gave the panel until May to report": the deadline given
        if not (owned or given) and best.head is not best.token and tree_distance(t.root, best.head) > tree_distance(t.root, best.token):
            continue  # "agreed on Monday to meet in May": Monday dates the promise, not what is due
        best.times.append(t.expr)


def _usable(expr: TimeExpr) -> bool:
    """Not a duration, a recurrence or a vague reference ("in the weeks ahead", FUTURE_REF): none dates a promise."""
    return expr.granularity not in UNTIMED_GRANULARITIES and expr.timex not in VAGUE_REFERENCES


def _first_words(doc: Doc, expr: TimeExpr) -> set[str]:
    """The word the expression starts with and the word before it ("until", "from").

    Not the word before a possessive date: in "extend to this week's convention" the "to" governs the
    convention, not the week.
    """
    words = set()
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is not None and len(span):
        words.add(span[0].lower_)
        if span.start > 0 and span.root.dep_ != "poss":
            words.add(doc[span.start - 1].lower_)
    return words


def _is_end(doc: Doc, expr: TimeExpr, patterns: Patterns) -> bool:
    return expr.granularity == "range" or bool(_first_words(doc, expr) & patterns.end_markers)


def _is_deadline(doc: Doc, expr: TimeExpr, patterns: Patterns) -> bool:
    """'by the end of 2026', 'by 2027', 'by the time the tour ends on Sunday': the period is when it is due at the
    latest, not the only time it may be done."""
    return bool(_first_words(doc, expr) & patterns.deadline_markers) or _by_the_time(doc, expr, patterns) is not None


def _before_bound(doc: Doc, expr: TimeExpr) -> bool:
    """ "Will meet the envoy before May 15", "ahead of the March 15 vote", "prior to June": a time under a word of
    ``before_words`` in the act's own clause is a bound, not the act's day: due by the day before it starts."""
    for above in _root_of(doc, expr).ancestors:
        if above.lower_ in BEFORE_WORDS and above.dep_ in {"prep", "advmod"}:
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _by_the_time(doc: Doc, expr: TimeExpr, patterns: Patterns) -> Token | None:
    """ "By the time the tour ends on Sunday, we will have met ...": a time inside a clause on "the time" after a
    deadline marker is when the act is due at the latest. Returns the top word of that phrase (left out of the
    action): the "by" where the parser hangs the clause on "time" (a relative clause), else the clause's own verb
    that the "by the time" hangs on. Only the first clause above the time is looked at, so a "by the time" of an
    outer clause does not make a deadline of a time nested deeper."""
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None

    def marker(noun: Token) -> Token | None:
        prep = noun.head
        if noun.lemma_.lower() == "time" and noun.dep_ == "pobj" and prep.lower_ in patterns.deadline_markers:
            return prep
        return None

    for above in span.root.ancestors:
        found = marker(above)
        if found is not None:
            return found
        if above.pos_ in {"VERB", "AUX"}:  # the clause the time is in: "the board meets on Friday"
            if above.dep_ == "relcl":
                return marker(above.head)
            by_time = any(marker(o) is not None for p in children(above, {"prep"}) if p.i < span.start for o in children(p, {"pobj"}))
            return above if by_time and above.head.i != above.i else None
    return None


def _joined(doc: Doc, a: TimeExpr, b: TimeExpr) -> bool:
    first, second = _root_span(doc, a), _root_span(doc, b)
    between = " ".join(t.text for t in doc[first.end : second.start]).strip(" ,").lower()
    return between in JOINERS


def _due(doc: Doc, cand: Candidate, patterns: Patterns) -> tuple[list[TimeExpr], dt.date | None, dt.date | None]:
    """The time expressions that make the due interval, and its start and end."""
    times = sorted((t for t in cand.times if _usable(t)), key=lambda t: t.span.start)
    needs = cand.trigger.needs
    if "owned" in needs or {"progressive", "date"} <= needs:
        times = [t for t in times if _after_writing(doc, t)]  # dated by a time to come: the one it is due at
    if not times:
        return [], None, None
    if cand.status == "in_force":
        ends = [t for t in times if _is_end(doc, t, patterns)]
        if not ends:
            return [], None, None
        end = ends[-1]
        starts = [t for t in times if t is not end and t.start and end.end and t.start <= end.end]
        if end.granularity == "range" or not starts:
            return [end], end.start if end.granularity == "range" else None, end.end
        start = starts[0]
        return [start, end], start.start, end.end
    # coordinated expressions ("2026 and 2027") make one interval
    group = [times[0]]
    for t in times[1:]:
        if _joined(doc, group[-1], t):
            group.append(t)
    if len(group) == 1 and len(times) > 1:
        group = [min(times, key=lambda t: tree_distance(_root_of(doc, t), cand.head))]
    first_days = [t.start for t in group if t.start]
    last_days = [t.end for t in group if t.end]
    return group, (min(first_days) if first_days else None), (max(last_days) if last_days else None)


def _root_span(doc: Doc, expr: TimeExpr) -> SpacySpan:
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    assert span is not None, "a time expression lies inside the document it was read from"
    return span


def _root_of(doc: Doc, expr: TimeExpr) -> Token:
    return _root_span(doc, expr).root


# ---------------------------------------------------------------- actors and phrases


def _actor_token(cand: Candidate, patterns: Patterns | None = None) -> Token | None:
    token = cand.token
    if cand.trigger.kind == "invite":
        if token.pos_ == "VERB":
            invitees = children(token, {"dobj"})
            if invitees:
                return invitees[0]
            if token.dep_ == "acl" and token.tag_ == "VBN":
                return token.head  # "questions from veterans invited to join the forum": the veterans are invited
        else:
            comp = complement(token)
            if comp is not None and children(comp, {"nsubj"}):
                return children(comp, {"nsubj"})[0]
            for prep in children(token, {"prep"}):
                if prep.lower_ == "for":
                    objs = children(prep, {"pobj"})
                    if objs:
                        return objs[0]
            poss = children(token, {"poss"})
            if poss:
                return poss[0]
    if "tasked" in cand.trigger.needs:
        given = children(token, {"nsubjpass"})  # "the panel was asked by the cabinet to ...": the panel is to act
        if given:
            return given[0]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return token.head  # "a working group tasked with drafting rules by June": the group is to act
        # "Congress instructed the agency to publish ...": the agency is to act, not the one ordering; the ordering
        # verb must be the trigger itself ("she will order the agency to halt ..." is her own promise)
        if patterns is None:  # only candidates whose needs held get here: an active one has its ordered object
            return next(iter(children(token, {"dobj"})), None)
        return _ordered_party(token, patterns)
    if "deadline_given" in cand.trigger.needs and patterns is not None:
        return _deadline_party(token, patterns)  # "gave the commission until March 1 to publish": the commission
    expected = _expected_party(token)
    if expected is not None:
        return expected  # "analysts expect the bank to raise rates by June": the bank is the one to act, not the analysts
    giver = _promise_giver(token, patterns) if patterns is not None else None
    if giver is not None:
        return giver  # "promises from Ruiz to back the bill": Ruiz promised
    current = token
    for _ in range(6):
        subjects = children(current, {"nsubj", "csubj"})
        if subjects:
            # "Trailing rivals A and B have agreed ...": the parser makes the title a second subject; the names act
            named = [s for s in subjects if s.pos_ == "PROPN"]
            subject = named[0] if named and subjects[0].pos_ == "NOUN" else subjects[0]
            subject = _past_dateline(_quantified(subject), subjects)
            if subject is None:
                return None
            # "Both challengers, A and B, have agreed ...": the names in apposition to the title
            return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject) if subject.pos_ == "NOUN" else subject
        for agent in children(current, {"agent"}):
            objs = children(agent, {"pobj"})
            if objs:
                return objs[0]
        if current.pos_ in {"NOUN", "PROPN"}:
            poss = children(current, {"poss"})
            if poss:
                return poss[0]
        passive = children(current, {"nsubjpass"})
        if passive and children(current, {"xcomp"}):
            return passive[0]  # "X is scheduled to visit": X is the actor
        staff = _staff_of(passive[0], patterns) if passive and patterns is not None else None
        if staff is not None:
            return staff  # "two inspectors from the ministry will be sent": the ministry sends
        if passive or current.head.i == current.i:
            return None
        doer = _object_doer(current, patterns)
        if doer is not None:
            return doer  # "thanked the union for agreeing to end the strike": the union agreed
        current = current.head
    return None


def _promise_giver(noun: Token, patterns: Patterns) -> Token | None:
    """ "Farmers hold written promises from Ruiz to back the bill", "unions welcomed the pledge by Northwind to keep
    the plants open": a promise noun's "from" / "by" phrase names who promised, not the subject of the verb that holds,
    wins or welcomes the promise. The phrase hangs on the noun or, as the parser often has it, on that verb right
    after the noun; its object must be able to act (not "by June")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PROMISE_NOUNS:
        return None
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ in {"dobj", "pobj"} and noun.head.pos_ == "VERB":
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    for prep in preps:
        if prep.lower_ not in {"from", "by"}:
            continue
        giver = next((o for o in children(prep, {"pobj"}) if o.ent_type_ not in {"DATE", "TIME"} and _can_act(o, patterns)), None)
        if giver is not None:
            return giver
    return None


def _object_doer(gerund: Token, patterns: Patterns | None) -> Token | None:
    """ "The mayor thanked the union for agreeing to ...", "praised Acme for pledging to ...": the object of the verb a
    "for / of / with -ing" phrase hangs on does the "-ing" act, when it can act (a name, a body, people); not "won
    praise for pledging to ..." (a thing)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep" or gerund.head.lower_ not in {"for", "of", "with"}:
        return None
    verb = gerund.head.head
    if verb.pos_ != "VERB" or gerund.head not in verb.children:
        return None
    target = next(iter(children(verb, {"dobj"})), None)
    if target is None or target.lower_ in RELATIVE_PRONOUNS:
        return None
    if patterns is not None and _can_act(target, patterns) and target.lower_ not in {"it", "me", "us", "you"}:
        return target
    return target if patterns is None and target.pos_ == "PROPN" else None


def _quantified(subject: Token) -> Token:
    """ "All of the GOP candidates ... have pledged to ...", "some of the delegates plan to ...": the group named after
    "of" acts (its part does), not the quantifier word the parser makes the subject."""
    if subject.lower_ not in QUANTIFIERS or subject.pos_ not in {"PRON", "DET", "NUM", "ADJ", "NOUN"}:
        return subject
    for prep in children(subject, {"prep"}):
        if prep.lower_ == "of":
            groups = [o for o in children(prep, {"pobj"}) if o.tag_ in {"NNS", "NNPS"}]
            if groups:
                return groups[0]
    return subject


def _past_dateline(subject: Token, subjects: list[Token] | None = None) -> Token | None:
    """The subject that acts when the parse made a dateline's place the subject. The dateline is the one
    ``datelines`` reads ("WASHINGTON -- A long run of ... will end", "Fees Stall BERN - The board ...", a headline
    before it included), or one it does not read that the parse shows: names and punctuation only from the
    sentence's start to a dash before the verb ("Oslo (Newswire) - Premier X will ..."). The person after the dash
    acts (the place's apposition or conjunct, or a second subject of the verb); in a dateline ``datelines`` reads,
    or a newsletter's label in capitals that names nothing ("FAREWELL—The club will close ..."), else the clause's
    other subject after it, else no one: a dateline or a label never acts. A name before a dash with no one
    named after it ("Tom Vale -- a senator -- will ...") and any other subject are returned as they are."""
    doc = subject.doc
    opens = story_opens(doc)
    read = subject.i < opens  # in the dateline ``datelines`` reads
    if not read:
        if not subject.left_edge.is_sent_start or subject.pos_ != "PROPN" or subject.head.i <= subject.i:
            return subject
        dash = next((t.i for t in doc[subject.left_edge.i : subject.head.i] if t.text in DASHES), None)
        if dash is None or any(t.pos_ not in {"PROPN", "PUNCT"} for t in doc[subject.left_edge.i : dash]):
            return subject
        opens = dash + 1
        # "FAREWELL—...", "CURTAIN CALL—...": a newsletter's label in capitals, no name, heads an item as a dateline does
        read = all(t.is_upper and not t.ent_type_ for t in doc[subject.left_edge.i : dash] if not t.is_punct)
    others = [c for c in subject.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i >= opens]
    after = [c for c in subject.children if c.dep_ in {"appos", "conj"} and c.i >= opens] + [s for s in subjects or () if s.i >= opens]
    named = next((t for t in [*after, *others] if t.pos_ == "PROPN"), None)
    if named is not None or read:
        return named or next(iter(others), None)
    return subject  # "Tom Vale -- a senator -- will ...": a name before a dash with no one named after it is the subject


def _staff_of(subject: Token, patterns: Patterns) -> Token | None:
    """The organisation a passive subject's people belong to, when nobody is named as the doer ("two inspectors from
    the Health Ministry will be sent to the plant", "officials of Acme will be flown in"): the body acts through its
    staff. Only people ("inspectors", by ``person_nouns``) of an organisation's name or a body noun, not "players
    from Brazil" (a place) nor "the report of the panel" (a thing)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in person_nouns():
        return None
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.described_only
    for prep in children(subject, {"prep"}):
        if prep.lower_ not in {"from", "of", "at"}:
            continue
        for obj in children(prep, {"pobj"}):
            if (obj.pos_ == "PROPN" and obj.ent_type_ == "ORG") or (obj.pos_ == "NOUN" and obj.lemma_.lower() in bodies):
                return obj
    return None


def _group_of(actor: Token, patterns: Patterns, entities: tuple[Entity, ...]) -> list[Entity]:
    """ "The two leaders", "both sides": the two most-mentioned entities of that kind."""
    kind = patterns.group_references.get(actor.lemma_.lower())
    if kind is None or actor.tag_ != "NNS":
        return []
    if not any(c.lower_ in {"the", "both", "two", "these"} for c in actor.children):
        return []
    for wanted in (kind, "COUNTRY"):
        found = sorted((e for e in entities if e.kind == wanted), key=lambda e: -e.mention_count)
        if len(found) >= 2:
            return found[:2]
    return []


DESCRIPTION_DEPS = {"det", "amod", "compound"}  # "the (interior) ministry", "the (new) working group": a bare description


def _description_words(actor: Token, introduced: bool = False) -> tuple[str, ...] | None:
    """The modifiers of a definite singular description ("the interior ministry": ("interior",)); None when the phrase is
    no bare description ("ministries", "a ministry", "its board", "the head of the agency", "the ministry's plan").
    ``introduced``: the noun of a relative clause, described where it stands ("set up a working group on pensions that
    is to report ..."), so "a" and a phrase after it are allowed too."""
    if actor.pos_ != "NOUN" or actor.tag_ != "NN":
        return None
    articles = {"the", "this", "a", "an"} if introduced else {"the", "this"}
    if not any(c.dep_ == "det" and c.lower_ in articles for c in actor.children):
        return None
    allowed = DESCRIPTION_DEPS | ({"relcl", "acl", "prep", "punct"} if introduced else set())  # "a working group, which ...", "tasked with"
    if actor.dep_ == "poss":
        allowed = allowed | {"case"}  # "the ministry's plan to ...", "the ministry's spokesman said ...": the ministry
    if any(c.dep_ not in allowed for c in actor.children):
        return None
    return tuple(name_tokens(" ".join(c.text for c in actor.children if c.dep_ in {"amod", "compound"})))


def _body_antecedent(actor: Token, modifiers: tuple[str, ...], patterns: Patterns, mentions: tuple[Mention, ...],
                     entities: tuple[Entity, ...]) -> Entity | None:
    """The organisation "the ministry" or "the company" stands for: the nearest ORG named before it whose name holds the
    noun (for a named kind of body) and the description's modifiers; for a company-like noun without modifiers, the
    nearest ORG that is no named kind of body (not "the company" -> "Ministry of Finance"). Any other noun stands for
    the nearest ORG whose name ends in it ("The Harbour Trust ... the trust will ..."), but a state's own nouns ("the
    state", "the government") never do: they are described only."""
    noun = actor.lemma_.lower()
    if noun in patterns.described_only:
        return None
    head = name_tokens(actor.text)[-1:]
    orgs = {e.id: e for e in entities if e.kind == "ORG"}
    for mention in sorted((m for m in mentions if m.span.end <= actor.idx and m.entity_id in orgs), key=lambda m: -m.span.start):
        entity = orgs[mention.entity_id]
        words = set(name_tokens(entity.name)).union(*(name_tokens(a) for a in entity.aliases))
        if not set(modifiers) <= words:
            continue
        if noun in patterns.named_bodies and noun in words:
            return entity
        if noun in patterns.org_descriptions and (modifiers or not words & patterns.named_bodies):
            return entity
        if noun not in patterns.named_bodies and noun not in patterns.org_descriptions and head and name_tokens(entity.name)[-1:] == head:
            return entity
    return None


OWNER_DEPS = {"poss", "compound", "amod", "nmod"}  # "Brazil's government", "the Brazilian government", "the Ruiz campaign"
LEADER_CATEGORIES = {"head_of_state", "head_of_government"}  # leaders.tsv categories whose country a government is


def _owner_of(token: Token, mentions: tuple[Mention, ...], entities: tuple[Entity, ...], kind: str) -> str | None:
    """The entity of ``kind`` a modifier names: the mention that covers it, else, for a bare surname the linker left
    unmarked ("the Ruiz campaign"), the one person named whose name holds it. A bare surname two persons of the text
    share ("the Clinton campaign" beside Bill and Hillary Clinton) names neither, whatever the linker chose."""
    covering = next((m for m in mentions if m.span.start <= token.idx < m.span.end), None)
    if covering is not None and not any(e.id == covering.entity_id and e.kind == kind for e in entities):
        return None
    if kind != "PERSON" or (covering is not None and len(covering.span.text.split()) > 1):
        return covering.entity_id if covering is not None else None
    if token.pos_ != "PROPN":
        return None
    word = name_tokens(token.text)  # "O’Malley" is written "omalley" in a name's words
    named = {e.id for e in entities if e.kind == kind and len(word) == 1 and word[0] in name_tokens(e.name)}
    return named.pop() if len(named) == 1 else None


def _owner_antecedent(actor: Token, patterns: Patterns, mentions: tuple[Mention, ...],
                      entities: tuple[Entity, ...]) -> Entity | None:
    """Whose body "the government" or "the campaign" is: the owner named on the nearest earlier mention of that body
    ("Brazil's government", "the Brazilian government" -> the country; "the Ruiz campaign" -> the person), any of
    the state's own nouns standing for each other ("the cabinet" after "Chile's government"). Owners of two kinds
    or two entities in that sentence ("Germany's and France's governments") leave it unresolved. For the state's
    nouns with no such mention, the country of the heads of state or government named before, when all are of one."""
    noun = actor.lemma_.lower()
    gaz = load_gazetteer()
    state_noun = noun in patterns.described_only and gaz.sector_nouns.get(noun) == "GOV"
    if not state_noun and noun not in patterns.named_bodies:
        return None
    nouns = {n for n in patterns.described_only if gaz.sector_nouns.get(n) == "GOV"} if state_noun else {noun}
    by_id = {e.id: e for e in entities}
    wanted = "COUNTRY" if state_noun else "PERSON"
    doc = actor.doc
    for token in reversed(doc[: actor.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        owners = {i for c in token.children if c.dep_ in OWNER_DEPS for i in [_owner_of(c, mentions, entities, wanted)] if i}
        if not owners:
            continue
        in_sentence = {i for t in token.sent if t.pos_ == "NOUN" and t.lemma_.lower() in nouns
                       for c in t.children if c.dep_ in OWNER_DEPS for i in [_owner_of(c, mentions, entities, wanted)] if i}
        return by_id[owners.pop()] if len(in_sentence | owners) == 1 else None
    if not state_noun:
        return None
    countries = set()
    for mention in mentions:
        entity = by_id.get(mention.entity_id)
        if mention.span.end > actor.idx or entity is None or entity.kind != "PERSON":
            continue
        known = gaz.known.get(entity.id)
        if known is not None and known.category in LEADER_CATEGORIES and known.country:
            countries.add(known.country)
    country = by_id.get(f"country:{countries.pop()}") if len(countries) == 1 else None
    latest = max((m for m in mentions if m.span.end <= actor.idx and by_id.get(m.entity_id) is not None
                  and by_id[m.entity_id].kind == "COUNTRY"), key=lambda m: m.span.start, default=None)
    if country is not None and latest is not None and latest.entity_id != country.id:
        return None  # a leader named, then a province of Norland: "the government" is not the leader's state
    return country


def _home_place_only(actor: Token, actors: list[str], entities: tuple[Entity, ...], mentions: tuple[Mention, ...]) -> bool:
    """The only entities of a person title's phrase are places named before the title ("the New York senator"): the
    person is not the place (a body keeps its place: "the Ohio legislature" is Ohio's)."""
    if not actors or actor.lemma_.lower() not in person_nouns() or actor.tag_ != "NN":
        return False
    kinds = {e.id: e.kind for e in entities}
    places = {c.idx for c in actor.children if home_place(c) for c in c.subtree}
    inside = [m for m in mentions if m.entity_id in actors and actor.left_edge.idx <= m.span.start < actor.idx]
    return all(kinds.get(i) in {"PLACE", "COUNTRY"} for i in actors) and len(inside) >= len(actors) and all(
        any(m.span.start <= idx < m.span.end for idx in places) for m in inside)


def _title_modifiers_dropped(actor: Token, actors: list[str], entities: tuple[Entity, ...], mentions: tuple[Mention, ...]) -> list[str]:
    """A named person's own phrase keeps the person, not the words of the title before the name: "Wisconsin Gov.
    X", "Republican candidate X", a dateline "Lisbon (Reuters) - Minister X" say where from, which party, who
    reports. A country stays ("Norland's Foreign Minister X" speaks for Norland); a conjoined party stays ("X and
    the union")."""
    kinds = {e.id: e.kind for e in entities}
    own = [m.entity_id for m in mentions if m.span.start <= actor.idx < m.span.end and kinds.get(m.entity_id) == "PERSON"]
    if not own:
        return actors
    joined = {t.idx for c in actor.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    joined |= {t.idx for t in _name_pair(actor)}  # "President A and Vice President B": A's words hang on B's name
    kept = {i for i in actors if i in own or kinds.get(i) == "COUNTRY"}
    kept |= {m.entity_id for m in mentions if m.entity_id in actors and any(m.span.start <= idx < m.span.end for idx in joined)}
    return [i for i in actors if i in kept]


NAME_TAGS = {"NNP", "NNPS"}


def _name_pair(actor: Token) -> list[Token]:
    """ "President A and Vice President B will ...", "Chancellor A and Vice Chancellor B will ...": two people, each
    with a title, joined by one "and", which the parser often reads as one name (A's words hung on B's as a compound,
    or B put in apposition to A, outside the actor's phrase). The run of name words around a person's name with its
    one "and", when a person is named on each side of it; [] otherwise."""
    if actor.ent_type_ != "PERSON":
        return []
    doc = actor.doc
    first = last = actor.i
    while first > 0 and not doc[first].is_sent_start and (doc[first - 1].tag_ in NAME_TAGS or doc[first - 1].lower_ == "and"):
        first -= 1
    while last + 1 < len(doc) and not doc[last + 1].is_sent_start and (doc[last + 1].tag_ in NAME_TAGS or doc[last + 1].lower_ == "and"):
        last += 1
    ands = [t.i for t in doc[first : last + 1] if t.lower_ == "and"]
    if len(ands) != 1 or not first < ands[0] < last:
        return []
    joined = ands[0]
    if not any(t.ent_type_ == "PERSON" for t in doc[first:joined]) or not any(t.ent_type_ == "PERSON" for t in doc[joined + 1 : last + 1]):
        return []
    return list(doc[first : last + 1])


TITLE_DEPS = {"compound", "amod", "nmod"}  # "Oregon Sen. X", "Republican candidate X": words before a name, down to it


def _title_words_dropped(doc: Doc, start: int, end: int, actors: list[str], entities: tuple[Entity, ...],
                         mentions: tuple[Mention, ...]) -> list[str]:
    """A place, party or body named only inside a person's title, anywhere in the actor's phrase ("X, Oregon Sen.
    Y and Z all plan to ...": a list of people, each with their own title words), is no co-actor: the person acts.
    A country stays (its minister speaks for it); an entity also named on its own in the phrase stays."""
    kinds = {e.id: e.kind for e in entities}
    inside = [m for m in mentions if m.entity_id in actors and start <= m.span.start and m.span.end <= end]
    names = {t.i for m in inside if kinds.get(m.entity_id) == "PERSON"
             for t in (doc.char_span(m.span.start, m.span.end, alignment_mode="expand") or [])}
    titles, alone = set(), set()
    for m in inside:
        if kinds.get(m.entity_id) in {"PERSON", "COUNTRY"}:
            continue
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        while token is not None and token.dep_ in TITLE_DEPS and token.head.i not in names and token.head is not token:
            token = token.head
        if token is not None and token.dep_ in TITLE_DEPS and token.head.i in names:
            titles.add(m.entity_id)
        else:
            alone.add(m.entity_id)
    return [i for i in actors if i not in titles - alone]


def _body_names(start: int, end: int, actors: list[str], actor_names: list[str], entities: tuple[Entity, ...],
                mentions: tuple[Mention, ...], patterns: Patterns) -> list[str]:
    """ "The State Department said it will ...": the linker files a state's institution under its country (for event
    coding); a commitment keeps the body's own name when the name is of a kind of body ("department", "ministry"),
    still linked to the country. A seat of government the gazetteer lists as a state's institution ("the White House",
    "the Pentagon", "Downing Street") is named as written too: it speaks for one office of the state (the presidency,
    the defence department, the prime minister's office), and an analyst reading "White House: release the memo" knows
    which; the linked id stays the state's, for event coding and the scorer's country match."""
    countries = {e.id for e in entities if e.kind == "COUNTRY"}
    named = list(actor_names)
    for k, entity_id in enumerate(actors):
        if entity_id not in countries:
            continue
        mention = next((m for m in mentions if start <= m.span.start < end and m.entity_id == entity_id and m.via == "metonymy"), None)
        if mention is not None and (set(mention.span.text.lower().split()) & (patterns.named_bodies | BODY_HEADS)
                                    or ACRONYM.fullmatch(mention.span.text) or _seat_of_government(mention.span.text)):
            named[k] = mention.span.text  # "the FBI said it will ...": the agency, never its state
    return named


ACRONYM = re.compile(r"[A-Z]{2,6}")  # "FBI", "DOJ": an agency's initials, a shape of letters (no word list)


def _seat_of_government(text: str) -> bool:
    """Is ``text`` a seat or building the gazetteer's institutions list names for an office of a state ("White House",
    "Pentagon", "Downing Street", "No. 10"; ``gazetteer/institutions.tsv``)?"""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    surface = load_gazetteer().lookup(" ".join(words))
    return surface is not None and surface.kind == "institution"
def _in_dateline(token: Token) -> bool:
    """Is ``token`` in the story's dateline ("WASHINGTON -- A long run of ... will end this year": ``datelines``), or in
    a headline before it ("Board to cut fees BERN (AP) -- ...")? Neither is the story."""
    return token.i < story_opens(token.doc)


def _followers_of_named(actor: Token, actors: list[str], entities: tuple[Entity, ...], mentions: tuple[Mention, ...],
                        patterns: Patterns) -> bool:
    """ "Die-hard Vell supporters plan to ...", "the Tomas people who are planning to ...": a person named only as the
    compound before a plural noun of backers or voters (``follower_nouns``) is whom the group follows; the group acts."""
    if actor.tag_ != "NNS" or actor.lemma_.lower() not in patterns.follower_nouns or not actors:
        return False
    kinds = {e.id: e.kind for e in entities}
    named = {t.idx for c in actor.children if c.dep_ == "compound" for t in c.subtree}
    inside = [m for m in mentions if m.entity_id in actors and actor.left_edge.idx <= m.span.start < actor.idx]
    return all(kinds.get(i) == "PERSON" for i in actors) and len({m.entity_id for m in inside}) == len(actors) and all(
        any(m.span.start <= idx < m.span.end for idx in named) for m in inside)


def _party_people(actor: Token, actors: list[str], entities: tuple[Entity, ...], mentions: tuple[Mention, ...]) -> bool:
    """ "All of the GOP candidates have pledged to ...", "Labour lawmakers plan to ...": a plural of people whose only
    names are a party or body before the noun is those people, named by their description, not the party (which has
    not committed itself); a country stays ("Norlandic officials" speak for Norland)."""
    noun = actor.lemma_.lower()
    if actor.tag_ != "NNS" or noun not in person_nouns() or noun in BODY_STAFF or not actors:
        return False
    kinds = {e.id: e.kind for e in entities}
    before = {t.idx for c in actor.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < actor.i for t in c.subtree}
    inside = [m for m in mentions if m.entity_id in actors and actor.left_edge.idx <= m.span.start < actor.idx]
    return all(kinds.get(i) in {"ORG", "GROUP"} for i in actors) and len({m.entity_id for m in inside}) == len(actors) and all(
        any(m.span.start <= idx < m.span.end for idx in before) for m in inside)


def _undetermined(tokens: list[Token]) -> list[Token]:
    """A description's words without its determiner and what hangs on it: "the dockers" -> "dockers", "Not all
    conference guests" -> "conference guests" (the negated determiner says some of them, not who they are)."""
    dets = {t.i for t in tokens if t.dep_ == "det"}
    return [t for t in tokens if t.i not in dets and not any(a.i in dets for a in t.ancestors)]


def _family_actor(actor: Token) -> bool:
    """ "The Baker family plans to sue ...", "his family said it will ...", "the family of the victim plans to ...": a
    family acts as itself, named by its words; not the person the NER finds in its name ("Baker" resolved to the Tom
    Baker named before), nor the owner of "his family", nor the person named last. A noun subject only ("the family's
    lawyer" is the lawyer)."""
    return actor.pos_ == "NOUN" and actor.lower_ in FAMILY_NOUNS


def _possessed_actor(actor: Token, actor_tokens: list[Token], actors: list[str], entities: tuple[Entity, ...],
                     mentions: tuple[Mention, ...], patterns: Patterns) -> tuple[list[str], list[str]] | None:
    """Who acts when the actor is a possessive phrase: "his wife", "Vell's rivals - Sen. Ana Ruiz and Tomas Berg -",
    "his organization", "her ad" name someone or something other than the owner. The persons or bodies named in
    apposition to the noun act; else, for a person noun, the one person the text names as such elsewhere ("his wife,
    Lena Marsh"); else a body or person the phrase itself names besides its owner; else the phrase, as a
    description of people or a body; a thing ("her ad") names no one. None when the phrase is no possessive or acts for its owner ("Vell's campaign", "her
    spokesman": ``owner_acts_through`` and the ``speaks_for`` titles)."""
    if actor.pos_ != "NOUN":
        return None
    owners = [c for c in actor.children if c.dep_ == "poss"]
    noun = actor.lemma_.lower()
    if not owners or noun in patterns.owner_acts_through or noun in patterns.speaks_for or noun in patterns.described_only \
            or noun in SIDE_NOUNS:
        return None  # "her country", "our government": the owner's side (``_side_actor``)
    names = {e.id: e.name for e in entities}
    kinds = {e.id: e.kind for e in entities}
    doc = actor.doc
    apposed = [t for c in actor.children if c.dep_ == "appos" for t in (c, *(d for d in c.subtree if d.dep_ == "conj"))]
    named = [i for t in apposed for i in _entities_in(doc, t.idx, t.idx + len(t.text), mentions) if kinds.get(i) in {"PERSON", "ORG"}]
    if named:
        named = list(dict.fromkeys(named))
        return named, [names.get(i, i) for i in named]
    owned = {i for o in owners for i in _entities_in(doc, o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text), mentions)}
    if noun in person_nouns():
        elsewhere = _named_as(actor, owned, mentions, kinds)
        if elsewhere is not None:
            return [elsewhere], [names.get(elsewhere, elsewhere)]
    elif noun in patterns.named_bodies | patterns.org_descriptions:
        beside = _owners_body(actor, owners[0], mentions, kinds)
        if beside is not None:  # "X, director of the Pilots Guild, said her group will ...": the guild
            return [beside], [names.get(beside, beside)]
    rest = [i for i in actors if i not in owned and kinds.get(i) == ("PERSON" if noun in person_nouns() else "ORG")]
    if rest:
        return rest, [names.get(i, i) for i in rest]
    bodies = patterns.named_bodies | patterns.org_descriptions | patterns.follower_nouns
    if noun in person_nouns() or (noun in bodies and not (actor.tag_ == "NNS" and noun in THING_PLURALS)):
        return [], [text_of(_undetermined(actor_tokens))]
    return [], []  # "her ad", "our ferry services": a thing, no one


def _pronoun_owner(actor: Token, patterns: Patterns) -> Token | None:
    """The "his", "her", "my" or "our" of "her campaign", "his lawyers": a noun through which its owner acts
    (``owner_acts_through``), owned by a pronoun that stands for one person; None otherwise ("their campaign": a
    group's, left to the other rules)."""
    if actor.pos_ != "NOUN" or actor.lemma_.lower() not in patterns.owner_acts_through:
        return None
    return next((c for c in actor.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "my", "our"}), None)


def _owners_body(noun: Token, owner: Token, mentions: tuple[Mention, ...], kinds: dict[str, str]) -> str | None:
    """ "Ilse Marrow, director of the Pilots Guild, a union that ..., said her group will ...": the one organisation
    named in apposition to the owner (a name, or for "his"/"her"/"their" the named subject of the verb the phrase
    hangs under) is the body the owner's "group" or "union" is; the name beside her wins over the description. None
    when there is no such person or no one organisation."""
    person = owner if owner.pos_ == "PROPN" else None
    if person is None and owner.lower_ in {"his", "her", "their"}:
        for verb in noun.ancestors:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i and c.i not in {a.i for a in noun.ancestors}]
            if subjects:
                person = subjects[0] if subjects[0].pos_ == "PROPN" else None
                break
        else:  # the parser hung the named sayer elsewhere ("X, director of Y, ..., also said her group ..."): the one
            # person named before the phrase in its sentence with an apposition
            named = [t for t in noun.doc[noun.sent.start : owner.i]
                     if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and children(t, {"appos"})]
            person = named[0] if len(named) == 1 else None
    if person is None:
        return None
    doc = noun.doc
    found = {i for a in person.children if a.dep_ == "appos"
             for i in _entities_in(doc, a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text), mentions)
             if kinds.get(i) == "ORG"}
    return found.pop() if len(found) == 1 else None


def _named_as(noun: Token, owned: set[str], mentions: tuple[Mention, ...], kinds: dict[str, str]) -> str | None:
    """The one person the text names with ``noun`` beside the name ("his wife, Lena Marsh", "Marsh, the mayor's
    wife", "his wife Lena Marsh"), other than the owner; None when there are none or several."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    found = set()
    for m in mentions:
        if kinds.get(m.entity_id) != "PERSON" or m.entity_id in owned:
            continue
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if (root.dep_ == "appos" and root.head.lemma_.lower() == lemma) or any(
                c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children) or (
                span.start > 0 and doc[span.start - 1].lemma_.lower() == lemma):
            found.add(m.entity_id)
    return found.pop() if len(found) == 1 else None


def _describes_person(actor: Token, actors: list[str], entities: tuple[Entity, ...]) -> bool:
    """ "The presumptive nominee will ...": a definite description of a person (``coreference.is_person_description``)
    whose phrase holds no person already. Checked on PolNeAR dev (84 articles): 2 actors changed this way, both right."""
    kinds = {e.id: e.kind for e in entities}
    return is_person_description(actor) and not any(kinds.get(i) == "PERSON" for i in actors)


def _titled_person(title: Token, mentions: tuple[Mention, ...], entities: tuple[Entity, ...]) -> Entity | None:
    """The person named last before ``title`` ("the minister") with that title in or just before the name ("Finance
    Minister Ana Berg", "Minister Berg"), or None."""
    doc, word = title.doc, title.lemma_.lower()
    persons = {e.id: e for e in entities if e.kind == "PERSON"}
    for mention in sorted(mentions, key=lambda m: -m.span.start):
        if mention.span.end > title.idx or mention.entity_id not in persons:
            continue
        named = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if named is None or len(named) == 0:
            continue
        if any(t.lemma_.lower() == word for t in doc[max(named.start - 2, 0) : named.end]):
            return persons[mention.entity_id]
    return None


def _elliptic_prefix(will: Token) -> tuple[list[Token], Token] | None:
    """What a "will" keeps of its act when the act is left out, and the last word of the promise: ([], will) for a
    stranded "will" ("I will if ...", "Yes, I will."), (["continue", "to"], so) for "will continue to do so"; None when
    the act is said."""
    doc = will.doc
    after = doc[will.i + 1] if will.i + 1 < len(doc) else None
    if after is None or after.is_punct or after.lower_ in STRANDING_WORDS:
        return [], will
    verb = will.head
    if verb.i < will.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    do = verb if verb.lemma_.lower() == "do" else next((c for c in children(verb, {"xcomp"}) if c.lemma_.lower() == "do"), None)
    if do is None:
        return None
    pro = next((c for c in do.children if c.lower_ in PRO_ACTS and c.dep_ in {"advmod", "dobj"}), None)
    if pro is None or any(c.dep_ == "neg" for c in (*verb.children, *do.children)):
        return None  # "I will never do so": no promise to act
    return [t for t in doc[will.i + 1 : do.i] if not t.is_punct], pro


def _purpose_infinitive(verb: Token) -> Token | None:
    """ "Will work to place inspectors", "will travel to Oslo on Friday to sign the accord": a "to" infinitive after the
    act, with no subject or marker of its own, says what the act is for; the parser hangs it as a side clause."""
    for child in children(verb, {"advcl"}):
        if child.i < verb.i or child.tag_ != "VB" or children(child, {"nsubj", "mark"}):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def _relative_object(cand: Candidate) -> tuple[Token, Token] | None:
    """ "The ruling, which the ministry has vowed to ignore", "the treaty that X promised to ratify", "the pact, which X
    branded a disgrace and vowed to tear up": the act's object is the relative pronoun (or the relative clause's
    object when the act has none of its own), so what it acts on is the noun the clause belongs to: (pronoun, noun)."""
    head = cand.head
    if head.pos_ != "VERB":
        return None
    own = children(head, {"dobj"})
    if own and not any(o.tag_ in {"WDT", "WP"} for o in own):
        return None
    clause = head
    for _ in range(5):
        if clause.dep_ == "relcl":
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    pronoun = next((t for t in children(clause, {"dobj"}) + own if t.tag_ in {"WDT", "WP"} and t.lower_ in {"which", "that"}), None)
    if pronoun is None or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return pronoun, clause.head


def _passive_patient(cand: Candidate, exclude: set[int], limit: int) -> list[Token]:
    """The passive subject of the promised act, when it is no actor: "the ministry said new rules will be introduced"
    promises to introduce the rules, so the action names them ("introduce new rules", not a bare "introduce")."""
    head = cand.head
    if head.pos_ != "VERB" or not children(head, {"auxpass"}):
        return []
    patients = [p for p in children(head, {"nsubjpass"}) if p.i not in exclude]
    if not patients:
        return []
    patient = patients[0]
    if patient.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl" and head.head.pos_ in {"NOUN", "PROPN"}:
        patient = head.head  # "the bridge, which will be reopened in May": the bridge
    elif patient.pos_ == "PRON":
        return []  # "it will be opened": the pronoun says nothing a reader can check
    if patient.i in exclude:
        return []
    return phrase_tokens(patient, ACTION_SKIP_DEPS, exclude, limit)


def _entities_in(doc: Doc, start: int, end: int, mentions: tuple[Mention, ...]) -> list[str]:
    ids = []
    for m in mentions:
        if m.span.start < end and start < m.span.end and m.entity_id not in ids:
            ids.append(m.entity_id)
    return ids


# ---------------------------------------------------------------- the component


class CommitmentExtractor:
    """Sets ``doc._.readout_commitments``: one Commitment per promise, plan, invitation or regime in force."""

    def __init__(self, patterns_path: str, max_action_tokens: int):
        self.patterns = load_patterns(patterns_path or str(DATA_FILE))
        self.max_action_tokens = max_action_tokens

    def __call__(self, doc: Doc) -> Doc:
        text, doc_id = doc_text(doc), doc_id_of(doc)  # doc.text is rebuilt on every access (doc_text is not)

        def char_span(_doc: Doc, start: int, end: int) -> Span:
            return Span(doc_id=doc_id, start=start, end=end, text=text[start:end])

        times = tuple(doc._.readout_times or ())
        mentions = tuple(doc._.readout_mentions or ())
        entities = tuple(doc._.readout_entities or ())
        names = {e.id: e.name for e in entities}
        persons = PersonResolver(doc)
        genders = Genders(doc, mentions, entities)  # read only when a "he"/"she" acts
        found: list[Commitment] = []
        previous: list[tuple[Candidate, int]] = []  # invitations of the previous sentence, by index in ``found``
        document = doc._.readout_document if Doc.has_extension("readout_document") else None
        published = getattr(document, "published", None)
        aged = _aged_people(text, mentions, entities)
        for sent in sentence_spans(doc):
            if self._reports_accusation(sent):
                previous = []
                continue  # alleged acts in an indictment are not promises
            cands = _candidates(sent, self.patterns)  # none of a headline parsed into the story's first sentence
            cands, accepted_alone = self._group_acceptances(cands)
            if accepted_alone and previous:
                cand, index = previous[-1]
                found[index] = self._accept_across(doc, found[index], accepted_alone[0], char_span)
            time_spots = _times_in(doc, sent, times)
            _assign_times(cands, time_spots, self.patterns)
            dated = _first_dated([c for c in cands if self._dated_ok(doc, c)])
            if len(dated) != len(cands):
                _assign_times(dated, time_spots, self.patterns)
            # a second "to" act that is a contest's outcome ("vowed to keep fighting and to win the state") is no
            # promise; dropped only now, once it has kept its own time from the first act
            dated = [c for c in _one_per_act(dated) if not (c.head.dep_ == "conj" and _contest_won(c.head, self.patterns))]
            previous = []
            elliptic = self._elliptic_promises(doc, sent, persons, names, char_span)
            found.extend(promise for promise, _ in elliptic)
            said = {verb for _, verb in elliptic}  # "I will do so" is that promise, not one to "do so"
            for cand in (c for c in dated if c.token.i not in said):
                commitment = self._build(doc, sent, cand, mentions, names, entities, persons, char_span, published, genders)
                if commitment is None or self._made_in_past(cand, time_spots, published) or _future_due_in_past(cand, commitment, published):
                    continue
                if self._promised_long_ago(cand, commitment, time_spots, published):
                    continue  # "agreed in 2011 to ...", "Last spring, X planned to buy ...": a past act
                if _counterfactual(cand):
                    continue  # "had she won, she would have repealed the levy": what did not happen
                if _past_perfect_plan(cand, commitment):
                    continue  # "the firm had planned to open a store": a plan overtaken, no date to hold it to
                if _passed_plan(cand, commitment, published):
                    continue  # "as the mayor prepared to speak on Tuesday" (written after): the story's background
                if _past_scene_plan(cand, commitment) or _past_gerund_invitation(cand, commitment):
                    continue  # "the hall where she was scheduled to speak", "with X inviting him on a tour": told of
                if commitment.actors and set(commitment.actors) <= aged:
                    continue  # "Ann Ruiz, 58, ... plans to vote for him": a private person's intention
                if cand.trigger.kind == "invite" and cand.status == "invited":
                    previous.append((cand, len(found)))
                found.append(commitment)
        doc._.readout_commitments = tuple(found)
        return doc

    def _reports_accusation(self, sent: SpacySpan) -> bool:
        cues = self.patterns.accusation_cues
        table = token_table(sent.doc)
        if not cues.isdisjoint(table.lower[sent.start : sent.end]) or not cues.isdisjoint(table.lemma[sent.start : sent.end]):
            return True
        phrases = [c for c in cues if " " in c]
        if not phrases:
            return False
        lowered = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()  # sent.text, without rebuilding it
        return any(c in lowered for c in phrases)

    @staticmethod
    def _pronoun_actor(actor: Token, persons: PersonResolver, names: dict[str, str], genders: Genders | None = None) -> tuple[list[str], list[str]]:
        """Who "I", "we", "he" or "she" is, by the one pronoun policy of ``coreference.PersonResolver`` (a quote's
        speaker for the first person; for the third, the named subject of the reporting verb, else the latest
        speaker or subject named in the sentences before). A "he" the text says cannot be that person ("Spokeswoman
        Lea Kim said he would ...") is the person named last before it who can be (``commitment_genders``)."""
        if actor.lower_ not in FIRST_PERSON | THIRD_PERSON:
            return [], []
        found = persons.resolve(actor.doc[actor.i : actor.i + 1])
        relation = _relation_antecedent(actor, found.start_char if found is not None else -1)
        if relation is not None:  # "X's wife ... she plans to ...": the wife, whom no name in the text stands for
            return [], [text_of([t for t in relation.subtree if t.i <= relation.i and t.dep_ != "det"])]
        if found is not None and found.how == "description" and found.entity_id:
            # "The Vermont senator is struggling. He insists he will ...": the senator, whom the policy names
            return [found.entity_id], [names.get(found.entity_id, found.entity_id)]
        if found is None:
            return [], []
        credited = (lambda i: _credited_only(i, genders.mentions, doc_text(actor.doc))) if genders is not None else None
        if (_in_capitals(doc_text(actor.doc)[found.start_char : found.end_char]) and (
                not found.entity_id or genders is None or _credit_entity(found.entity_id, genders.mentions))) or (
                found.entity_id and credited is not None and credited(found.entity_id)):
            # "... covering the senator for the USA TODAY NETWORK. ... he says he'll ...": a byline or a wire credit
            # is never the one who commits; the person named last before the pronoun who can be, else no one
            other = genders.other_person(actor, found.entity_id, credited) if genders is not None and found.entity_id else None
            return ([other], [names.get(other, other)]) if other else ([], [])
        if genders is not None and genders.conflicts(actor.lower_, found.entity_id):
            other = genders.other_person(actor, found.entity_id)
            return ([other], [names.get(other, other)]) if other else ([], [])
        if found.entity_id:
            return [found.entity_id], [names.get(found.entity_id, found.entity_id)]
        return [], [found.name or doc_text(actor.doc)[found.start_char : found.end_char]]

    def _relative_sayer_actor(self, actor: Token, mentions: tuple[Mention, ...], entities: tuple[Entity, ...],
                              genders: Genders | None) -> tuple[list[str], list[str]]:
        """The person a "he"/"she" stands for when a relative clause of saying reports it (``_relative_sayer``), named
        by a person mention on that noun; nothing when the text gives that person the other gender."""
        if actor.lower_ not in THIRD_PERSON:
            return [], []
        who = _relative_sayer(actor, self.patterns)
        if who is None:
            return [], []
        people = {e.id: e.name for e in entities if e.kind == "PERSON"}
        found = next((m.entity_id for m in mentions if m.span.start <= who.idx < m.span.end and m.entity_id in people), None)
        if found is None or (genders is not None and genders.conflicts(actor.lower_, found)):
            return [], []
        return [found], [people[found]]

    def _elliptic_promises(self, doc: Doc, sent: SpacySpan, persons: PersonResolver, names: dict[str, str], char_span) -> list[tuple[Commitment, int]]:
        """ "Has anyone drawn up a register? I will if nobody has", "... and fought for the park. And I will continue
        to do so": a speaker's "I/we will" with its act left out (a stranded "will", or "do so/it/that") promises the
        act the same speaker's own quoted words name last, in this sentence or the one before."""
        found = []
        lower = token_table(doc).lower  # every token is read: the table, not a Token object each
        for i in range(sent.start, sent.end):
            if lower[i] not in ELLIPSIS_WILL or i == 0 or lower[i - 1] not in {"i", "we"}:
                continue
            will = doc[i]
            subject = doc[will.i - 1]
            quote = direct_quote_at(subject)
            if quote is None:
                continue
            left_out = _elliptic_prefix(will)
            if left_out is None:
                continue
            prefix, end_token = left_out
            act = self._antecedent(doc, sent, subject, quote)
            if act is None:
                continue
            action_tokens = phrase_tokens(act, ACTION_SKIP_DEPS, set(), self.max_action_tokens)
            action = " ".join(filter(None, (text_of(prefix), text_of(action_tokens, lemma_head=act))))
            targets = children(act, {"dobj"})
            obj = text_of(phrase_tokens(targets[0], ACTION_SKIP_DEPS, set(), self.max_action_tokens)) if targets else None
            actors, actor_names = self._pronoun_actor(subject, persons, names)
            start = min(t.idx for t in action_tokens)
            found.append((Commitment(
                span=char_span(doc, start, end_token.idx + len(end_token.text)),
                actors=tuple(actors),
                actor_names=tuple(actor_names),
                action=action,
                object=obj or None,
                status_in_text="planned",
            ), will.head.i))
        return found

    def _antecedent(self, doc: Doc, sent: SpacySpan, subject: Token, quote: Quote) -> Token | None:
        """The last clause verb before ``subject`` in a direct quote of the same speaker, in its sentence or the one before
        (not a verb of saying, not "do" itself): what the left-out act is."""
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        speaker = (quote.speaker_entity_id, quote.speaker)
        for i in range(subject.i - 1, first - 1, -1):
            verb = doc[i]
            if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "conj", "ccomp"} or verb.lemma_.lower() in self.patterns.speech_verbs:
                continue
            if verb.lemma_.lower() == "do" or children(verb, {"auxpass"}):
                continue
            said = direct_quote_at(verb)
            if said is not None and (said.speaker_entity_id, said.speaker) == speaker:
                return verb
        return None

    @staticmethod
    def _side_actor(actor: Token, persons: PersonResolver, entities: tuple[Entity, ...]) -> tuple[list[str], list[str]]:
        """ "Her country", "our government": the country of the person the possessive names (by the one pronoun policy;
        "our" is a quote's speaker), when the text names that country; nothing when the person has no known country."""
        if actor.lemma_.lower() not in SIDE_NOUNS or actor.tag_ != "NN":
            return [], []
        owner = next((c for c in actor.children if c.dep_ == "poss" and c.lower_ in OWN_SIDE_POSSESSIVES), None)
        found = persons.resolve(actor.doc[owner.i : owner.i + 1]) if owner is not None else None
        person = next((e for e in entities if found is not None and e.id == found.entity_id), None)
        country = next((e for e in entities if person is not None and person.country and e.kind == "COUNTRY"
                        and e.country == person.country), None)
        return ([country.id], [country.name]) if country is not None else ([], [])

    @staticmethod
    def _title_actor(span: SpacySpan, persons: PersonResolver, names: dict[str, str], mentions: tuple[Mention, ...],
                     entities: tuple[Entity, ...], topic_only: bool = False) -> tuple[list[str], list[str]]:
        """Who "the presumptive nominee" is: the person the one policy of ``PersonResolver`` gives for a definite title
        (the latest subject, else the latest person, named in its sentence and the two before). Not the sayer who
        reports the clause ("Spokesman X says the minister has agreed ...": the minister is someone else): then, as
        when the policy finds no one, the person named before with that title ("Finance Minister Y"), else nobody
        (the description stays)."""
        found = persons.resolve(span)
        if found is not None and topic_only and found.how == "named":
            return [], []  # a party's member ("the Ohio Republican") is a subject or speaker near it, not whoever was named last
        sayer = persons.reporter(span.root)
        if found is None or (sayer is not None and found.start_char <= sayer.idx < found.end_char):
            titled = _titled_person(span.root, mentions, entities)
            return ([titled.id], [titled.name]) if titled is not None else ([], [])
        if found.entity_id:
            return [found.entity_id], [names.get(found.entity_id, found.entity_id)]
        return [], [found.name or doc_text(span.doc)[found.start_char : found.end_char]]

    def _description_actor(self, actor: Token, actor_tokens: list[Token], mentions: tuple[Mention, ...],
                           entities: tuple[Entity, ...], introduced: bool = False) -> tuple[list[str], list[str]]:
        """ "The company will close two plants": the organisation named before that the description stands for, else the
        description itself ("the working group"), whose characters the commitment's span holds; nothing for other
        nouns ("the bill will ...": a thing, not an actor)."""
        modifiers = _description_words(actor, introduced)
        if modifiers is None:
            return [], []
        new = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in actor.children)  # "a panel which will ...": not named before
        body = None if new else _body_antecedent(actor, modifiers, self.patterns, mentions, entities)
        if body is not None:
            return [body.id], [body.name]
        owner = None if new else _owner_antecedent(actor, self.patterns, mentions, entities)
        if owner is not None:
            return [owner.id], [owner.name]
        noun = actor.lemma_.lower()
        known = self.patterns.named_bodies | self.patterns.org_descriptions | self.patterns.described_only
        if noun in known or noun in person_nouns():
            return [], [text_of([t for t in actor_tokens if t.dep_ != "case" or t.head.i != actor.i])]  # not "'s"
        return [], []

    @staticmethod
    def _made_in_past(cand: Candidate, spots: list[TimeAt], published) -> bool:
        """'invited X to Berlin last week', 'invited X to his office today to talk', 'the site, which the governor on
        Friday declared a protected area': a date on or before the writing on the simple-past inviting or declaring verb
        itself says when the invitation or declaration was made, so it is an event, not a promise; not when another date
        of the sentence lies ahead ('invited X today to visit in May': the visit's; 'declared 2027 the Year of X')."""
        made = cand.trigger.kind == "invite" or cand.status == "declared"
        if not made or cand.token.tag_ != "VBD" or published is None:
            return False
        verb = cand.token

        def on_verb(root: Token) -> bool:
            # "invited X to Berlin last week", "last week invited", "invited X on Monday"; not "invited X to a summit in
            # June", whose date belongs to the summit
            return root.head.i == verb.i or (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ != "to"
                                             and root.head.head.i == verb.i)

        dated = [spot for spot in spots if spot.expr.end is not None]
        made = any(on_verb(spot.root) and spot.expr.end <= published for spot in dated)
        return made and not any(spot.expr.end > published for spot in dated)

    def _promised_long_ago(self, cand: Candidate, commitment: Commitment, spots: list[TimeAt], published) -> bool:
        """A promise, pledge or agreement whose own verb is dated ``long_ago_days`` or more before the writing ("agreed
        in 2011 to buy ...") is a past act the text recalls; a plan, intention or schedule whose own verb is dated before
        the writing ("Last spring, X planned to buy ...") is a past plan. Not when the act itself is dated after the
        writing ("agreed in 2011 to hold talks in 2027"). A commitment that fell due that long before the writing ("agreed
        to a freeze, but when the mayor came in March 2019 ...", in a 2026 article) is history too, whatever dated it."""
        if published is not None and commitment.due_end is not None and \
                commitment.due_end < published - dt.timedelta(days=self.patterns.long_ago_days):
            return True
        verb = cand.token
        if published is None or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or cand.head is verb:
            return False
        if commitment.due_end is not None and commitment.due_end >= published:
            return False
        planned = cand.status == "planned" and verb.lemma_.lower() in PLAN_VERBS
        if cand.status != "agreed" and not planned:
            return False
        limit = published if planned else published - dt.timedelta(days=self.patterns.long_ago_days)
        for spot in spots:
            root, end = spot.root, spot.expr.end
            if end is None or end >= limit:
                continue
            on_verb = root.head.i == verb.i or (root.dep_ == "pobj" and root.head.dep_ == "prep"
                                                and root.head.lower_ in {"in", "on", "at", "during", "since"} and root.head.head.i == verb.i)
            if on_verb and root.i not in {t.i for t in cand.head.subtree}:
                return True
        return False

    def _group_acceptances(self, cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
        """Fold an acceptance into the invitation it accepts; return acceptances left without one."""
        invites = [c for c in cands if c.trigger.kind == "invite"]
        kept, alone = [], []
        for c in cands:
            if c.trigger.kind != "accept" or c.head is not c.token:
                kept.append(c)
                continue
            if invites:
                invites[0].status = "accepted"
                invites[0].extra_tokens.append(c.token)
            else:
                alone.append(c)
        return kept, alone

    def _accept_across(self, doc: Doc, commitment: Commitment, accept: Candidate, char_span) -> Commitment:
        end = max(commitment.span.end, accept.token.sent.end_char)
        return commitment.model_copy(update={"status_in_text": "accepted", "span": char_span(doc, commitment.span.start, end)})

    def _dated_ok(self, doc: Doc, cand: Candidate) -> bool:
        needs = cand.trigger.needs
        usable = [t for t in cand.times if _usable(t)]
        if "date" in needs and not usable and not _expected_soon(cand, self.patterns):
            return False
        if ("progressive" in needs or "owned" in needs) and "date" in needs and not any(_after_writing(doc, t) for t in usable):
            return False  # "protesters are marching on Monday", a Monday gone: narration of what is going on
        comp = complement(cand.token)
        if "complement" in needs and comp is not None and comp.dep_ == "ccomp" and not usable and not _promised_clause(cand.token, comp):
            return False  # "agreed that the talks were useful": a view; "vowed that she would resign" stays a promise
        if cand.status == "agreed" and not usable and _vague(cand.head, self.patterns):
            return False  # "agreed to deepen cooperation": nothing to check
        if "end_date" in needs and not any(_is_end(doc, t, self.patterns) for t in usable):
            return False
        return True

    def _status(self, cand: Candidate) -> CommitmentStatus:
        if cand.status in {"accepted", "in_force"}:
            return cand.status
        near = list(cand.token.children) + list(cand.head.children)
        if cand.head.dep_ == "xcomp":
            near += list(cand.head.head.children)
        if any(t.lower_ in self.patterns.hedges for t in near):
            return "speculative"
        hinted = _subject_clause(cand.token)
        if hinted.dep_ == "ccomp" and hinted.head.lemma_.lower() in HINTING_VERBS:
            return "speculative"  # "she signaled she will veto the bill": her act, told short of a promise
        if cand.trigger.lemma == "expect" and _expects_own_act(cand, self.patterns):
            return "planned"  # "the ministry expects to finish the bridge by June": its own act, planned with a date
        if cand.token.pos_ == "NOUN" and cand.trigger.kind == "invite":
            verb = clause_verb(cand.token)
            if verb is not cand.token and aux_lemmas(verb) & {"will", "shall", "would", "may", "might", "could"}:
                return "speculative"
        if cand.status in {"agreed", "planned"} and cand.head.pos_ == "VERB" and has_quantity(cand.head):
            return "target"  # "pledged to cut emissions by 55%": a promise with a figure
        return cand.status

    def _build(
        self,
        doc: Doc,
        sent: SpacySpan,
        cand: Candidate,
        mentions: tuple[Mention, ...],
        names: dict[str, str],
        entities: tuple[Entity, ...],
        persons: PersonResolver,
        char_span,
        published: dt.date | None = None,
        genders: Genders | None = None,
    ) -> Commitment | None:
        due_times, due_start, due_end = _due(doc, cand, self.patterns)
        if _dated_telling(cand, due_end, published):
            due_times, due_start, due_end = [], None, None  # "stated his intention to vote ... on Wednesday": the statement's day
        one_time = due_end is not None and len(due_times) == 1 and cand.status not in ("in_force", "declared")
        due_by = one_time and (_is_deadline(doc, due_times[0], self.patterns) or "deadline_given" in cand.trigger.needs)
        if one_time and due_times[0].start is not None and _before_bound(doc, due_times[0]):
            due_by = True  # "before the end of the year": by the period's end, as "by the end of the year"
            if not PERIOD_END_WORDS.intersection(_root_span(doc, due_times[0]).text.lower().split()):
                due_end = due_times[0].start - dt.timedelta(days=1)  # "before May 15": by May 14
        if due_by and due_end is not None:
            # due no later than the period's end, from when it was said (unknown: an open start)
            due_start = published if published is not None and published <= due_end else None
        time_tokens: set[int] = set()
        if cand.status not in self.patterns.keeps_time_in_action:
            for spot in _times_in(doc, sent, tuple(cand.times)):
                time_tokens |= spot.tokens
                phrase = _by_the_time(doc, spot.expr, self.patterns)
                if phrase is not None:
                    time_tokens.add(phrase.i)  # "deliver the report [by the time the board meets on Friday]"
        subject = _it_sayer(cand, _willing_sayer(cand, _actor_token(cand, self.patterns), self.patterns), self.patterns)
        subject = _passive_sayer(cand, subject, self.patterns)  # "the ministry said new rules will be introduced"
        actor = _relative_antecedent(subject, self.patterns)
        pronoun = actor
        actor = _they_antecedent(actor, persons, self.patterns)  # "Vell supporters are angry. They vowed to ..."
        actor = _it_antecedent(actor, persons, self.patterns)  # "The bank is wary ... It plans to lift rates"
        actor = _spokesperson_we(actor, self.patterns)  # "'We will ...,' said X, a spokeswoman for the authority"
        family_we = _family_we(actor)  # "'We will ...,' the Harlow family said": the family
        spoken = [actor] if family_we is not actor and actor is not None else []  # the "we" stays in the span
        actor = family_we
        actor = _spokesperson_description(actor, self.patterns)  # "'The company will ...,' said X, its spokeswoman"
        # the noun a relative clause describes where it stands, or a new task body ("a task force will report by June")
        introduced = actor is not subject or _new_task_body(actor, self.patterns)
        created = _created_body(cand.token, self.patterns) if "purpose" in cand.trigger.needs else None
        if created is not None:
            actor, introduced = created, True  # "named a panel to review ...": the panel is to review
        # "Mr. X's group, March for Y at Z, plans to ...": a name in apposition that runs on through its prepositions
        named_group = actor is not None and actor.dep_ == "appos" and actor.pos_ == "PROPN" and actor.head.pos_ == "NOUN" \
            and actor.ent_type_ != "PERSON" and bool(children(actor, {"prep"}))
        if actor is not None and not named_group and (any(actor.i in spot.tokens for spot in _times_in(doc, sent, tuple(cand.times)))
                                                      or actor.ent_type_ in {"DATE", "TIME"}):
            actor = None  # "2028 will mark the anniversary", "shares issued July 1, which will ...": a date, not an actor
        if actor is not None:
            actor = _past_dateline(actor)  # "BERN -- A long run of ... will end": the city heads the story, it does not act
        skip = ACTOR_SKIP_DEPS - {"prep"} if named_group else ACTOR_SKIP_DEPS  # "March for Rivers at the Capitol": one name
        actor_tokens = phrase_tokens(actor, skip, _seat_of(actor), 12) if actor is not None else []
        if actor is not None and not _in_dateline(actor):  # "PORT ELLIS - Mara Vell": the dateline is no part of her name
            actor_tokens = [t for t in actor_tokens if not _in_dateline(t)]
        if actor is not None:  # "Chancellor A and Vice Chancellor B will ...": both, whatever the parse
            actor_tokens = sorted({*actor_tokens, *_name_pair(actor)}, key=lambda t: t.i)
        exclude = time_tokens | {t.i for t in actor_tokens} | _misread_subjects(cand.head)
        if pronoun is not None and pronoun is not actor:
            exclude.add(pronoun.i)  # "pursue its inflation target": the "its" named the actor, it is no part of the act
        action_tokens = phrase_tokens(cand.head, ACTION_SKIP_DEPS, exclude, self.max_action_tokens)
        # "pledged to cut taxes and raise wages", "will build two piers and repair the dock": one act in two verbs
        second = _second_act(cand.token, cand.head) if cand.head is not cand.token or cand.trigger.with_aux else None
        if second is not None:  # "expect to complete their work and then turn over the findings": both acts are promised
            joined = [t for t in doc[action_tokens[-1].i + 1 : second.i]
                      if t.dep_ == "cc" or (t.dep_ == "advmod" and t.head.i == second.i)]  # "and", "and then"
            more = phrase_tokens(second, ACTION_SKIP_DEPS, exclude, self.max_action_tokens)
            action_tokens = clause_cut(sorted({*action_tokens, *joined, *more}, key=lambda t: t.i), self.max_action_tokens)
        purpose = _purpose_infinitive(cand.head) if cand.head.pos_ == "VERB" and cand.status not in ("in_force", "declared") else None
        if purpose is not None and not any(t.i == purpose.i for t in action_tokens):
            # "will be working to place inspectors in every port": the act is what the work is for
            more = phrase_tokens(purpose, ACTION_SKIP_DEPS, exclude, self.max_action_tokens)
            joined = [t for t in purpose.children if t.dep_ == "aux" and t.lower_ == "to"]
            action_tokens = clause_cut(sorted({*action_tokens, *joined, *more}, key=lambda t: t.i), self.max_action_tokens)
        if "owned" in cand.trigger.needs:  # "a speech" + "scheduled in Denver", "scheduled with the prime minister"
            arranged = phrase_tokens(cand.token, ACTION_SKIP_DEPS, exclude, self.max_action_tokens)
            action_tokens = clause_cut(sorted({*action_tokens, *arranged}, key=lambda t: t.i), self.max_action_tokens)
        if cand.status == "in_force" and cand.token.pos_ != "VERB":
            # "the agreement remains valid until ...": what is in force is the subject
            verb = clause_verb(cand.token)
            action_tokens = sorted({*actor_tokens, verb, cand.token}, key=lambda t: t.i)
            actor_tokens = []
        lemma_head: Token | None = cand.head
        if cand.status == "declared" and cand.head.pos_ == "VERB":
            # "2030 has been designated as the Year of X": the year is what was declared
            named = [t for p in children(cand.head, {"nsubjpass"}) for t in p.subtree]
            action_tokens = sorted({*action_tokens, *named}, key=lambda t: t.i)
            lemma_head = None if named else cand.head
        acted_on = _passive_patient(cand, exclude, self.max_action_tokens) if cand.status not in ("in_force", "declared") else []
        if acted_on:  # "new rules will be introduced in May": the act is "introduce new rules", the rules what is acted on
            action_tokens = [cand.head, *acted_on, *(t for t in action_tokens if t.i != cand.head.i)]
        action = text_of(action_tokens, lemma_head=lemma_head)
        relative = _relative_object(cand) if not acted_on else None
        if relative is not None:  # "the treaty, which the two states vowed to ratify": "ratify the treaty"
            pronoun, noun = relative
            kept = [t for t in action_tokens if t.i != pronoun.i]
            named = [t for t in doc[noun.left_edge.i : noun.i + 1] if not t.is_punct and not (t.dep_ == "cc" and t.head.i == noun.i)]
            words = text_of(named)
            if named and named[0].is_sent_start and named[0].pos_ != "PROPN":
                words = named[0].lower_ + words[len(named[0].text):]  # "The treaty that X promised to ratify": "ratify the treaty"
            action = " ".join(filter(None, (text_of(kept, lemma_head=lemma_head), words)))
        opens = acted_on and all(t.is_quote or t.is_punct for t in doc[acted_on[0].sent.start : acted_on[0].i])  # '"The ...'
        if acted_on and opens and acted_on[0].pos_ != "PROPN":
            action = action.replace(acted_on[0].text, acted_on[0].lower_, 1)  # "The old ferry will be refitted": "refit the old ferry"
        negation = _negation(cand.head)
        if negation and action:
            action = f"{negation} {action}"  # "not allow X to ...", "never utter ...": the promise is not to act
        if len(action_tokens) < 2 and cand.head.pos_ != "VERB":
            return None  # a bare "pledge" or "invitation" says nothing checkable
        obj = None
        targets = [o for o in objects(cand.head) if o.i not in exclude and o.dep_ != "nsubjpass"]
        if targets:
            obj = text_of(phrase_tokens(targets[0], ACTION_SKIP_DEPS, exclude, self.max_action_tokens)) or None
        actors: list[str] = []
        actor_names: list[str] = []
        if actor is not None and actor_tokens:
            a_start, a_end = actor_tokens[0].idx, actor_tokens[-1].idx + len(actor_tokens[-1].text)
            # a group's name in apposition: the entities named inside it ("March for X at Y") are not the actor
            actors = _entities_in(doc, a_start, actor.idx + len(actor.text) if named_group else a_end, mentions)
            actors = [i for i in actors if not _credit_entity(i, mentions)]  # "he" linked to a byline's "TODAY NETWORK"
            actors = _stance_prefixed_dropped(doc_text(doc), a_start, a_end, actors, mentions)  # "the anti-Bern wave will ..."
            if _home_place_only(actor, actors, entities, mentions):
                actors = []  # "the Vermont senator will ...": where the senator is from, not who acts
            actors = _title_modifiers_dropped(actor, actors, entities, mentions)
            actors = _title_words_dropped(doc, a_start, a_end, actors, entities, mentions)
            actor_names = _body_names(a_start, a_end, actors, [names.get(i, i) for i in actors], entities, mentions, self.patterns)
            possessed = _possessed_actor(actor, actor_tokens, actors, entities, mentions, self.patterns)
            if possessed is not None:  # "his wife", "Vell's rivals", "her ad": not the owner
                actors, actor_names = possessed
            if _followers_of_named(actor, actors, entities, mentions, self.patterns) or _party_people(actor, actors, entities, mentions):
                actors = []  # "Vell supporters plan to march": the supporters, named by their description
                actor_names = [text_of(_undetermined([t for t in actor.subtree if t.i <= actor.i]))]
            if not actors and not actor_names:
                group = _group_of(actor, self.patterns, entities)
                actors, actor_names = [e.id for e in group], [e.name for e in group]
            if not actors and (actor.pos_ == "PROPN" or actor.ent_type_):
                actor_names = [text_of(actor_tokens)]
            if actors and actor.pos_ == "PRON" and children(actor, {"conj"}):
                # "he and other Lutheran elders are planning to ...": the pronoun's person, and the parties the
                # conjuncts name (not a word describing them)
                named = [c for c in children(actor, {"conj"}) if c.pos_ == "PROPN"]
                others = [i for c in named for i in _entities_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text), mentions)]
                found_ids, found_names = self._pronoun_actor(actor, persons, names, genders)
                actors = [*found_ids, *(i for i in others if i not in found_ids)]
                actor_names = [*found_names, *(names.get(i, i) for i in others if i not in found_ids)]
            if not actors and actor.pos_ == "PRON":
                actors, actor_names = self._relative_sayer_actor(actor, mentions, entities, genders)
            if not actors and actor.pos_ == "PRON":
                actors, actor_names = self._pronoun_actor(actor, persons, names, genders)
            if _describes_person(actor, actors, entities):
                member = party_member(actor) is not None
                found = self._title_actor(doc[actor_tokens[0].i : actor_tokens[-1].i + 1], persons, names, mentions, entities,
                                          topic_only=member)
                if found[1]:
                    actors, actor_names = found
                elif member:  # "the Wisconsin Republican" with no subject or speaker near: the person, unnamed
                    actors, actor_names = [], [text_of([t for t in actor_tokens if t.dep_ not in {"det", "relcl", "acl", "punct"}])]
            if not actors and not actor_names:
                actors, actor_names = self._side_actor(actor, persons, entities)
            owner = _pronoun_owner(actor, self.patterns)
            if not actors and not actor_names and owner is not None:  # "her campaign plans to ...": she acts through it
                actors, actor_names = self._pronoun_actor(owner, persons, names, genders)
            if not actors and not actor_names:
                actors = _of_owner(actor, self.patterns, mentions)
                actor_names = [names.get(i, i) for i in actors]
            if not actors and not actor_names:
                actors, actor_names = self._description_actor(actor, actor_tokens, mentions, entities, introduced)
            if not actors and not actor_names and _plural_party(actor, self.patterns):
                # "Demonstrators pledged to ...", "the dockers ... they": a plural of people or bodies is named by its words
                actor_names = [text_of(_undetermined(actor_tokens))]
            if _family_actor(actor):  # "the Baker family", "his family", "the family of X": the family, not a person of it
                actors, actor_names = [], [text_of(_undetermined(actor_tokens))]
        # an antecedent in the sentence before ("They vowed to ...") names the actor but is not part of the span
        in_sentence = [t for t in actor_tokens if sent.start <= t.i < sent.end] or ([pronoun] if pronoun is not None else [])
        points = [cand.token, *action_tokens, *in_sentence, *spoken, *cand.extra_tokens]
        opens = story_opens(doc)
        if cand.token.i >= opens:  # a span never crosses the dateline: a headline before it is no part of the story
            points = [t for t in points if t.i >= opens]
        start = min(t.idx for t in points)
        end = max(t.idx + len(t.text) for t in points)
        due_span = None
        if due_times:
            start = min(start, due_times[0].span.start)
            end = max(end, due_times[-1].span.end)
            due_span = char_span(doc, due_times[0].span.start, due_times[-1].span.end)
        elif cand.status not in ("in_force", "declared"):
            dated = _dated_before(doc, action_tokens)  # "in the upcoming primary", after "Tuesday's primary"
            if dated is not None:
                due_start, due_end, due_span = dated.start, dated.end, dated.span
        return Commitment(
            span=char_span(doc, start, end),
            actors=tuple(actors),
            actor_names=tuple(actor_names),
            action=action,
            object=obj,
            due_start=due_start,
            due_end=due_end,
            due_span=due_span,
            due_by=due_by,
            status_in_text=self._status(cand),
        )


@Language.factory(
    "readout_commitments",
    requires=["doc.sents"],
    assigns=["doc._.readout_commitments"],
    default_config={"patterns_path": "", "max_action_tokens": 40},  # "": the packaged patterns file; a hard cap (long actions end at a clause boundary)
)
def make_readout_commitments(nlp: Language, name: str, patterns_path: str, max_action_tokens: int) -> CommitmentExtractor:
    return CommitmentExtractor(patterns_path, max_action_tokens)
