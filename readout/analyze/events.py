"""Political events coded PLOVER-style from the dependency parse.

A trigger (a verb pattern such as "impose sanctions", or a nominal event such
as "talks") gives the event type; its grammatical subject is the source, its
object or prepositional complement ("with X", "against X") the target. The
patterns live in ``data/plover_verbs.json``, the actor vocabulary in
``data/agents.json``. Rules follow the PLOVER manual: an announced intent to
cooperate is AGREE, an announced intent to harm is THREATEN, a negated
cooperative act is REJECT, and "X said Y must ..." is a REQUEST from X to Y.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.actor_dictionary import ActorMatcher, DictionaryMatch, load_actor_dictionary
from readout.analyze.coreference import FIRST_PERSON, THIRD_PERSON
from readout.analyze.event_actors import (EntityIndex, code_actor, dateline_country, ethnic_group, is_actor, is_pronoun, name_tokens,
                                         places_acted_on, titled_surname, TITLE_MARKS, unplaced_person, venues)
from readout.analyze.event_lexicon import EventLexicon, Trigger, function_words, load_lexicon
from readout.analyze.extensions import char_span, doc_text, document_of, token_span
from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.questions import asked_directly
from readout.analyze.token_table import sentence_spans, token_table
from readout.model import EventActor, EventCode

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "dative", "attr", "oprd")
_CLAUSE_UP = ("xcomp", "advcl", "conj", "ccomp", "acl", "pcomp", "relcl")
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
_PREFERRED_PREPS = function_words("preferred_preps")
_CONDITIONS = function_words("conditions")  # a condition is part of the act it conditions
_SEPARATE_CLAUSES = ("advcl", "relcl", "parataxis")
MAX_DYADS = 8  # a sentence listing many countries should not flood the table


@dataclass(frozen=True)
class Hit:
    """A trigger matched on a token, before actors and flags are read."""

    token: Token
    trigger: Trigger
    nominal: bool


_SETTINGS = ("backdrop", "background")  # "against the backdrop of": where or when, not whom


def _dependent_lemmas(token: Token, transitive: bool) -> set[str]:
    """Lemmas of the token's dependents and of the objects of its prepositions ("call for X" -> for, X); ``transitive``:
    the token has a direct object (computed once by the caller, shared with ``_core_lemmas``)."""
    table = token_table(token.doc)  # the words read from the table: spaCy decodes a string on every access
    lemma, lower, dep, kids = table.lemma, table.lower, table.dep, table.children
    found = set()
    for c in kids(token.i):
        if dep[c] == "aux":
            continue  # "failed to speak out": the infinitive's "to" is not "speak to"
        if transitive and dep[c] == "nsubj":
            continue  # "the ambassador recalled his years abroad": the doer of a transitive verb is not what it acts on
        if dep[c] == "prep" and _dated(token.doc[c]):
            continue  # "called X on Sunday" is no "call on"
        if dep[c] == "prep" and lower[c] == "against" and any(lemma[g] in _SETTINGS for g in kids(c)):
            continue  # "spoke against the backdrop of the museum": a setting, no one spoken or rallied against
        if dep[c] == "advmod" and any(dep[g] in ("npadvmod", "nummod") for g in kids(c)):
            continue  # "closed at $28, down 50 cents": a measure of change, no particle ("closed down" an embassy)
        found.update({lemma[c], lower[c]})
        if dep[c] in ("advcl", "ccomp"):  # "called for X to withdraw": the "for" that opens the clause is the verb's
            found.update(lemma[g] for g in kids(c) if dep[g] == "mark" and lower[g] == "for")
        if dep[c] in ("prep", "agent", "dobj", "prt", "xcomp"):
            for g in kids(c):
                if dep[g] in ("pobj", "dobj", "compound", "amod", "prt"):
                    found.update({lemma[g], lower[g]})
    if token.tag_ == "VBN" and not any(dep[c] in ("nsubj", "nsubjpass") for c in kids(token.i)):
        # "troops were committed to X", "troops are expected to be committed to X" (the participle an adjective or a
        # passive infinitive to the parser): the subject, or the raised one, is what the participle is done to
        holder = token.head.i if dep[token.i] == "acomp" and lemma[token.head.i] == "be" else (
            token.i if any(dep[c] == "auxpass" for c in kids(token.i)) else None)
        if holder is not None:
            subjects = [c for c in kids(holder) if dep[c] in ("nsubj", "nsubjpass")]
            if not subjects and dep[holder] == "xcomp" and holder != token.doc[holder].head.i:
                subjects = [c for c in kids(token.doc[holder].head.i) if dep[c] == "nsubjpass"]
            found.update(lemma[c] for c in subjects)
    return found


def _dated_act(token: Token) -> bool:
    """An act with the time it happens ("from Friday", "on Monday", "next week"): a preposition of dates or a date."""
    return any((c.dep_ == "prep" and _dated(c)) or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")) for c in token.children)


def _dated(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Sunday"): it says when, not what the verb is about."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


_PLACE_WORDS = function_words("place_words")


def _place_object(obj: Token) -> bool:
    """An object the parser made of a place phrase ("rallied outside parliament": "outside" as its modifier)."""
    first = obj.doc[obj.left_edge.i]
    return obj.dep_ == "dobj" and first.i < obj.i and first.lower_ in _PLACE_WORDS and first.head.i == obj.i


_WHERE_PREPS = _PLACE_WORDS + ("at", "in", "into", "before", "toward", "towards")
_MISSIONS = ("embassy", "consulate", "mission", "legation")  # a foreign state's post abroad: its country is not the protesters'
_WHERE_NOUNS = ("front", "gate", "gates", "step", "steps", "door", "doors")  # "in front of X", "at the gates of X"


def _place_noun(target: Token) -> Token:
    """The noun a modifier names a place with ("outside the Russian embassy", "the US embassy": the embassy)."""
    node = target
    while node.dep_ in ("amod", "compound", "poss") and node.head.i != node.i:
        node = node.head
    return node


def _protest_place(target: Token, token: Token) -> bool:
    """The target of a protest named as where it happens ("rallied outside parliament", "at the embassy", "in front of
    the parliament"): a chain of prepositions and their objects up to the trigger with one place word, or a place object."""
    node, where = _place_noun(target), False
    if _place_object(node) and node.head.i == token.i:
        return True
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep = node.head
        where = where or prep.lower_ in _WHERE_PREPS
        if prep.head.i == token.i:
            return where
        node = prep.head
        if node.lower_ not in _WHERE_NOUNS:
            return False  # "in support of X", "in protest of X's decision": whom, not where
    return False


_CORE_DEPS = ("dobj", "prt", "nsubj", "nsubjpass", "attr", "oprd", "dative")


def _core_lemmas(token: Token, transitive: bool) -> set[str]:
    """Lemmas of the token's subject, object and particle, and the nouns compounded with its object. An active subject
    counts only when the verb has no object (``transitive`` false): "the ambassador recalled his years abroad" recalls
    no ambassador."""
    table = token_table(token.doc)
    lemma, lower, dep, kids = table.lemma, table.lower, table.dep, table.children
    found = set()
    for c in kids(token.i):
        if dep[c] in _CORE_DEPS and not (transitive and dep[c] == "nsubj"):
            found.update({lemma[c], lower[c]})
            if dep[c] == "dobj":
                found.update(lemma[g] for g in kids(c) if dep[g] in ("compound", "prt"))
                found.update(_counted(token.doc, c))
    return found


def _counted(doc: Doc, obj: int) -> set[str]:
    """The counted noun of a measure or group object ("sent 50 tonnes of medicine", "imposed a series of sanctions"): what the act moves or names."""
    table = token_table(doc)
    lemma, lower, dep, kids = table.lemma, table.lower, table.dep, table.children
    return {w for p in kids(obj) if dep[p] == "prep" and lower[p] == "of" for g in kids(p) if dep[g] == "pobj" for w in (lemma[g], lower[g])}


def _forms(lemma: str, lower: str) -> tuple[str, ...]:
    """The lemma, then the word and its regular stems, for words the lemmatizer gets wrong ("staged" -> "stag")."""
    stems = [lower]
    if lower.endswith("ed"):
        stems += [lower[:-1], lower[:-2]]
    elif lower.endswith("ing"):
        stems += [lower[:-3], lower[:-3] + "e"]
    elif lower.endswith("s"):
        stems += [lower[:-1]]
    return (lemma, *stems)


_VERB_TAGS = ("VBD", "VBZ", "VBP", "VBN")


def _hung_object(token: Token) -> Token | None:
    """A past-tense verb the parser hung as a modifier of its own object, that object standing as a second conjunct
    ("crossed the border and engaged Turkish units": "engaged" modifies "units", a conjunct of "crossed")."""
    head = token.head
    if token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and head.dep_ == "amod" and head.i < token.i:
        return _hung_object(head)  # "Qatar hosted and mediated talks": the second verb shares the first one's object
    if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") or head.i <= token.i:
        return None
    if token.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children):
        return head  # "Qatar hosted and mediated talks": the verb, its subject its own, hung on its object, the root
    if head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    if token.tag_ == "VBN" and token.doc[token.i - 1].dep_ != "cc":
        return None  # "hosted and mediated talks": a second verb the tagger read as a participle, right after "and"
    return head


def _participle_noun(token: Token) -> Token | None:
    """The noun a past participle modifies, which the act is done to ("Kenyan diplomats expelled from X", "the envoy
    recalled from Y"): the object the active verb would have, so the participle gets the same object-sensitive sense."""
    if token.dep_ != "acl" or not (token.tag_ == "VBN" or (token.tag_ == "VBD" and not any(c.dep_ == "nsubj" for c in token.children))):
        return None  # a headline's participle the tagger reads as a past tense ("Kenyan ambassador recalled from X") has no subject
    return token.head


_NO_PASSIVE_TRAVEL = function_words("no_passive_travel")  # verbs of going with no passive: their participle is the noun's own act


def _traveller_hung_on(token: Token, lexicon: EventLexicon) -> Token | None:
    """The traveller of a verb of going the parser hung as a modifier on the sentence's root noun, in a sentence with
    no other verb ("The X minister left for Y": "left" an acl of "minister"): a past tense with no object, done by
    the noun, not to it as a participle is; a verb of going that has no passive is the noun's own act in any form
    ("The X minister embarked on a visit to Y": "embarked" a participle on "minister")."""
    lemma = token.lemma_.lower()
    if not ((token.tag_ == "VBD" and lemma in lexicon.travel_verbs) or lemma in _NO_PASSIVE_TRAVEL):
        return None
    return _root_noun_of_lone_verb(token)


def _asker_hung_on(token: Token, event_type: str) -> Token | None:
    """The one asking whose request verb the parser hung as a modifier on the sentence's root noun, in a sentence with
    no other verb ("Two X athletes asked for asylum in Y": "asked" an acl of "athletes"): a request for something
    ("for"), with no object and no agent, is the noun's own."""
    if event_type != "REQUEST" or not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return None
    return _root_noun_of_lone_verb(token)


def _root_noun_of_lone_verb(token: Token) -> Token | None:
    """The sentence's root noun when the parser hung ``token``, the sentence's only verb, on it as a modifier (acl) and
    the verb has no object, agent or subject of its own: the noun is the verb's doer, not what it is done to."""
    head = token.head
    if token.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass") for c in token.children):
        return None
    return head if not any(t.pos_ in ("VERB", "AUX") and t.i != token.i for t in token.sent) else None


def _passive_participle(token: Token) -> bool:
    """A participle read as done to its noun: tagged so, or with an agent ("envoys expelled by X"); a past tense on a
    headline's noun may be its verb ("The X ambassador called on the minister")."""
    return token.tag_ == "VBN" or any(c.dep_ == "agent" for c in token.children)


def _done_to_people(token: Token, lexicon: EventLexicon) -> bool:
    """A participle done to the people its noun names ("soldiers captured by X"): their noun is the object a
    transitive-only pattern asks for; a thing ("recordings captured by a camera") is not."""
    noun = _participle_noun(token)
    if noun is None or not _passive_participle(token):
        return False
    if lexicon.sector(noun.lemma_) or lexicon.sector(noun.text):
        return True
    # "Iranian tanker seized by Britain": a thing done to by a state or a body of one (a camera's recordings are not)
    doer = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    compound = " ".join(t.lower_ for t in (*(c for c in doer.children if c.dep_ == "compound"), doer)) if doer is not None else ""
    return doer is not None and (lexicon.place(doer.text) is not None or bool(lexicon.sector(doer.lemma_) or lexicon.sector(compound)))


def _subject_read_as_compound(token: Token) -> Token | None:
    """A past-tense verb the parser read as a modifier of its object, the sentence's root ("North Korea test-fired
    missiles" as one noun phrase): the compound noun before the verb is its subject."""
    head = token.head
    if token.dep_ != "amod" or head.dep_ != "ROOT" or head.pos_ != "NOUN" or head.i <= token.i:
        return None
    if token.tag_ != "VBD" and not (token.tag_ == "VBN" and _hyphen_prefix(token) is not None):
        return None
    return next((c for c in head.children if c.dep_ == "compound" and c.i < token.i), None)


def _work_stopped(verb: Token, lexicon: EventLexicon) -> bool:
    """ "Workers strike at the mine", "teachers struck for a week": a strike by workers, teachers or doctors with no
    object stops work (``labour_strikes``); "rebels struck the base" is a blow."""
    kids = list(verb.children)
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in kids) and any(
        c.dep_ == "nsubj" and (lexicon.sector(c.lemma_) or lexicon.sector(c.text)) in lexicon.striking_sectors for c in kids)


def _verb_in_noun_position(token: Token) -> bool:
    """A word tagged as a noun that governs a subject and an object is a verb the tagger missed ("Zorbia attacks Quenland")."""
    table = token_table(token.doc)
    deps = {table.dep[c] for c in table.children(token.i)}
    if table.dep[token.i] == "ROOT" and "dobj" in deps and any(
            c < token.i and table.dep[c] in ("amod", "compound") and token.doc[c].ent_type_ == "GPE" for c in table.children(token.i)):
        return True  # "Pakistan expels Afghan diplomats": a headline's verb read as a noun, its subject as the noun's modifier
    if "nsubj" in deps and table.dep[token.i] == "ROOT" and "prep" in deps and not deps & {"det", "aux", "cop", "poss", "amod", "compound"}:
        return True  # "Thousands protest in X against Y": a headline's root noun with a subject and a phrase is its verb
    return "nsubj" in deps and bool(deps & {"dobj", "ccomp", "xcomp", "npadvmod"})  # "X summons Y's envoy": the envoy an adverb


def _noun_in_verb_position(token: Token) -> bool:
    """A plural noun the tagger read as a verb in the present tense, its modifiers hung on it as compounds and no
    subject ("Kenya-Uganda talks open in X": "talks" as the verb "talk"); only a noun takes compounds."""
    table = token_table(token.doc)
    if table.tag[token.i] != "VBZ":
        return False
    children = table.children(token.i)
    subjects = [c for c in children if table.dep[c] in ("nsubj", "nsubjpass")]
    if subjects:  # "Kenya-Sri Lanka talks open": the pair's second name, right before the noun, read as its subject
        return subjects == [token.i - 1] and _hyphenated_names(token.doc[token.i - 1])
    if table.dep[token.i] == "ROOT" and any(table.dep[c] == "dobj" for c in children):
        return False  # "X army shells Y town": a headline's verb with its object (its subject read as a compound); no noun takes one
    return any(table.dep[c] == "compound" for c in children)


def _hyphenated_names(token: Token) -> bool:
    """A name whose modifiers join another name to it with an unspaced hyphen, as headlines pair two countries ("Kenya-Sri Lanka")."""
    doc = token.doc
    return any(t.text == "-" and 0 < t.i < token.i and not t.whitespace_ and not doc[t.i - 1].whitespace_
               and doc[t.i - 1].pos_ == "PROPN" and doc[t.i + 1].pos_ == "PROPN" for t in token.subtree)


def _hyphen_prefix(token: Token) -> str | None:
    """The first part of a hyphenated verb the tokenizer split ("test-fired": "test"), attached to its last part."""
    i, doc = token.i, token.doc
    table = token_table(doc)  # read from the columns: most tokens follow no hyphen, and no Token object is made for them
    idx, length = table.idx, table.length  # a word is followed by a space when the next one starts after its end
    if i < 2 or table.lower[i - 1] != "-" or idx[i - 1] + length[i - 1] < idx[i] or idx[i - 2] + length[i - 2] < idx[i - 1]:
        return None
    first = doc[i - 2]
    return first.lower_ if first.head.i == i and first.is_alpha else None


_NAME_RUN = ("NNP", "NNPS", ",", "CC", "HYPH")  # what may stand before a verbless headline's verb: names joined by "," or "and"


def _headline_verb(token: Token) -> bool:
    """A headline verb the tagger read as a modifier of its object, in a sentence with no verb at all ("X, Y expel
    envoys": "expel" tagged a noun on "envoys"): only names, commas and "and" stand before it, and it modifies the noun
    after it. The caller checks that the word is a verb's base form the patterns know."""
    if token.dep_ not in ("amod", "compound", "nmod") or token.head.i <= token.i or token.tag_ not in ("NN", "NNS", "JJ", "NNP", "VBP", "VB"):
        return False  # "X, Y expel Z envoys": "expel" a present tense on "envoys", with "Y" its subject; "X pledges aid": a plural
    sent = token.sent
    if token.i == sent.start or any(t.pos_ in ("VERB", "AUX") and t.i != token.i for t in sent):
        return False
    before = token.doc[sent.start:token.i]
    return _headline_name(before[0]) and all(t.tag_ in _NAME_RUN or _headline_name(t) for t in before)


def _third_person_stem(lower: str, lemma: str) -> str:
    """The base form of a headline verb the tagger read as a plural or a name ("severs", "boycotts" tagged NNP)."""
    return lemma if lemma != lower or not lower.endswith("s") else lower[:-1]


_NAME_ENTITIES = ("GPE", "ORG", "NORP", "PERSON")


def _headline_name(token: Token) -> bool:
    """A name in a headline, however the tagger read it ("Bahrain severs ties": "Bahrain" a common noun)."""
    return token.tag_ in ("NNP", "NNPS") or (token.ent_type_ in _NAME_ENTITIES and token.text[:1].isupper())


def _headline_names(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> list[Token]:
    """The actors named before a verbless headline's verb (``_headline_verb``), in order: its doers."""
    return [t for t in token.doc[token.sent.start:token.i] if _headline_name(t) and is_actor(t, lexicon, entities)
            and not (t.i + 1 < token.i and _headline_name(t.nbor()))]  # "South Sudan": the name's last word


def _name_only(actor: EventActor | None, head: Token | None) -> EventActor | None:
    """The actor shown as its own name, not the phrase the parse hangs on it (a verbless headline's first name)."""
    if actor is None or head is None or head.pos_ != "PROPN":
        return actor
    words = [head]
    while words[0].i > head.sent.start and words[0].nbor(-1).tag_ in ("NNP", "NNPS"):
        words.insert(0, words[0].nbor(-1))  # "South Sudan"
    start, end = words[0].idx, head.idx + len(head.text)
    return actor.model_copy(update={"text": doc_text(head.doc)[start:end], "span": char_span(head.doc, start, end)})


def match_trigger(token: Token, lexicon: EventLexicon) -> Hit | None:
    """The most specific pattern a token matches, if any."""
    hit = _match_trigger(token, lexicon)
    lemma = token_table(token.doc).lemma[token.i]  # token.lemma_.lower(), read once for the three uses below
    if lemma in ("tell", "ask") and (told := _told_to_leave(token, lexicon)) is not None:
        return told
    if hit is not None and hit.trigger.mode == "deport" and not hit.nominal:
        return _mission_ordered_out(hit, lexicon) or hit
    if hit is not None and hit.trigger.word == "from" and hit.trigger.event_type == "SANCTION" and _left_a_place(token, lexicon):
        # "wants to withdraw from southern Lebanon": a pull-out from a land (RETREAT, CAMEO 0874), as "withdraw from the
        # territory" reads; withdrawing from a treaty, talks or a body stays the SANCTION of "withdraw from"
        return Hit(token, Trigger(hit.trigger.head, "from", "RETREAT", "withdraw"), False)
    if hit is not None and not hit.nominal and hit.trigger.word is None and lemma in lexicon.strike_verbs and _work_stopped(token, lexicon):
        return Hit(token, Trigger(lemma, None, "PROTEST", "strike"), False)  # "workers strike at the mine": a walkout
    if hit is None and lemma in lexicon.sighting_verbs and _forces_sighted(token, lexicon):
        return Hit(token, Trigger(lemma, None, "MOBILIZE", None), False)  # "warships spotted near X", as "massed near X"
    if hit is None and lemma in lexicon.incursion_verbs and _incursion(token, lexicon):
        return Hit(token, Trigger(lemma, None, "MOBILIZE", None), False)  # "troops crossed into X", as "moved troops into X"
    if hit is None and _goods_sent(token, lexicon):
        return Hit(token, Trigger(lemma, None, "AID", None), False)
    if (hit is not None and hit.trigger.mode == "visit" and lemma in lexicon.drawing_verbs and not hit.nominal
            and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.nouns
                    and all(t.event_type != "CONSULT" for t in lexicon.nouns[c.lemma_.lower()]) for c in token.children)):
        return None  # "Kenya received Chinese aid": an act received (the noun's event), no guest ("received the envoy")
    if hit is not None and lemma == "order" and not hit.nominal and (act := _forces_ordered_to(token, lexicon)) is not None:
        return Hit(token, Trigger(lemma, None, act.event_type, act.mode), False)
    if (hit is not None and not hit.nominal and hit.trigger.event_type == "MOBILIZE" and hit.trigger.word is not None
            and any(c.dep_ == "xcomp" for c in token.children)):
        # "ordered the troops to withdraw": an order to forces to act, no sending of them; the verb's other sense codes it
        return next((Hit(token, t, False) for t in lexicon.verbs.get(lemma, ()) if t.event_type != "MOBILIZE" and t.word in (None, "+to")), hit)
    if hit is not None and hit.nominal and lemma in lexicon.built_places and _built(token, lexicon):
        return None  # "accelerated the construction of settlements": places built, no settlement of a dispute
    if hit is not None and lemma == "meet" and _met_with_a_reception(token, lexicon):
        return None  # "the plan was met with skepticism": a reception, no meeting
    if hit is not None and lemma in lexicon.adopting_verbs and hit.trigger.word is None and _text_that_acts(token, lexicon):
        return None  # "adopted a resolution condemning X": the resolution's words are the act (ACCUSE), no SUPPORT of X
    if hit is not None and lemma == "insist" and hit.trigger.word is None and _insisted_fact(token, lexicon):
        return None  # "insisted that the talks had not failed": a claim, no demand ("insisted that X withdraw" stays)
    if hit is not None and lemma == "call" and token.dep_ == "acl" and any(c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME")
                                                                           for c in token.children) and not _directive(token, lexicon):
        return None  # "a group called the Working Group on X", "a movement called the Front for Y": a name, no call or visit
    if hit is not None and lemma == "arrive" and hit.trigger.event_type == "MOBILIZE" and _peacekeeping(token, lexicon):
        return Hit(token, Trigger(hit.trigger.head, hit.trigger.word, "AID", "peacekeeping"), False)
    if hit is not None and lemma in lexicon.readiness_words and hit.trigger.event_type == "AGREE" and _readiness_offers_nothing(token, lexicon):
        return None  # "X is prepared for a possible attack by Y": readiness to meet harm, no willingness to cooperate
    if (hit is not None and hit.nominal and token.dep_ == "pobj" and token.head.lower_ == "for"
            and (ready := token.head.head).lemma_.lower() in lexicon.readiness_words and _readiness_offers_nothing(ready, lexicon)):
        return None  # the harm braced for is no act of anyone's ("a possible attack by Y" that X is prepared for)
    if lemma == "give" and (act := _act_given_time(token)) is not None:
        leaving = {t.word: t for t in lexicon.verbs.get("order", ()) if t.mode == "deport" and t.word}
        if act.lemma_.lower() in leaving:
            # "gave the envoy 72 hours to leave", "were given a week to leave X": the order to leave of the 'order leave'
            # patterns (CAMEO 174), a mission's expulsion (CAMEO 161/166), not an ultimatum about a later act
            order = leaving[act.lemma_.lower()]
            told = Hit(token, Trigger("give", order.word, order.event_type, order.mode), False)
            return _mission_ordered_out(told, lexicon) or told
        # "gave X 48 hours to withdraw": an ultimatum (CAMEO 139), the "give ultimatum" pattern, not a gift of time
        return next((Hit(token, t, False) for t in lexicon.verbs.get("give", ()) if t.word == "ultimatum"), hit)
    return hit


_FORCES_ACTS = ("RETREAT", "MOBILIZE", "ASSAULT")  # what forces are ordered to do: pull back, deploy, attack
_FORCES_LOOKBACK = 2  # sentences before an order's "them" where the forces it stands for may be named


def _forces_named(noun: Token, lexicon: EventLexicon) -> bool:
    """A noun of armed forces ("troops", "the army"), or "them" or "it" standing for the nearest such plural or singular
    noun in its sentence or the two before ("X massed troops on the border. The president ordered them to withdraw")."""
    if noun.lower_ not in ("them", "it"):
        return noun.pos_ == "NOUN" and "MIL" in (lexicon.sector(noun.lemma_.lower()), lexicon.sector(noun.lower_))
    doc, start = noun.doc, noun.sent.start
    for _ in range(_FORCES_LOOKBACK):
        start = doc[start - 1].sent.start if start > 0 else start
    plural = noun.lower_ == "them"
    for earlier in reversed(doc[start : noun.i]):
        if earlier.pos_ in ("NOUN", "PROPN") and (earlier.tag_ in ("NNS", "NNPS")) == plural:
            return "MIL" in (lexicon.sector(earlier.lemma_.lower()), lexicon.sector(earlier.lower_))
    return False


def _forces_ordered_to(token: Token, lexicon: EventLexicon) -> Trigger | None:
    """The act forces are ordered to do ("ordered its troops to withdraw", "ordered them to pull back" when "them" are
    troops, "ordered the withdrawal of the troops"): the orderer's own act (RETREAT, MOBILIZE, ASSAULT), as the noun of it
    reads, no request between parties; an order to anyone else ("ordered the envoy to leave") is read as before."""
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        noun = _match_trigger(child, lexicon)
        if noun is not None and noun.nominal and noun.trigger.event_type in _FORCES_ACTS:
            return noun.trigger  # "ordered the withdrawal of the troops", "ordered the deployment of forces"
        if not _forces_named(child, lexicon):
            return None
        act = next((a for c in token.children if c.dep_ == "xcomp" and (a := match_trigger(c, lexicon)) is not None), None)
        if act is None and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in token.children):
            # "ordered them to the border": sent there, as "ordered 300 troops to X" is (the 'order troop' pattern)
            return next((t for t in lexicon.verbs.get("order", ()) if t.event_type == "MOBILIZE"), None)
        return act.trigger if act is not None and not act.nominal and act.trigger.event_type in _FORCES_ACTS else None
    return None


def _forces_of_ordered_act(token: Token, lexicon: EventLexicon) -> Token | None:
    """The forces in an ordered act's noun ("ordered the deployment of troops to X", "the withdrawal of its forces"): the
    orderer's own, so no target of the order; the place they go to or leave is."""
    for child in token.children:
        if child.dep_ == "dobj" and (noun := _match_trigger(child, lexicon)) is not None and noun.nominal:
            return next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and _forces_named(g, lexicon)), None)
    return None


def _forces_of_threatened_move(token: Token, lexicon: EventLexicon) -> Token | None:
    """The forces a threat would send ("threatened to send troops to X", "to deploy soldiers into X"): the threatener's
    own, so no target of the threat; the place they would go to is. Only under a move of forces (a MOBILIZE verb):
    "threatened to attack X troops" aims at the troops."""
    for verb in token.children:
        if verb.dep_ == "xcomp" and (move := _match_trigger(verb, lexicon)) is not None and move.trigger.event_type == "MOBILIZE":
            return next((c for c in verb.children if c.dep_ == "dobj" and _forces_named(c, lexicon)), None)
    return None


def _met_with_a_reception(token: Token, lexicon: EventLexicon) -> bool:
    """ "The plan was met with skepticism", "the promise is met with relief": a passive "met with" a common noun that
    names no one (no name, no sector word) is how something was received, no meeting; "was met with protesters" stays."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    withs = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(withs) and all(g.pos_ == "NOUN" and not g.ent_type_ and lexicon.sector(g.lemma_) is None
                               and lexicon.sector(g.lower_) is None for g in withs)


def _text_that_acts(token: Token, lexicon: EventLexicon) -> bool:
    """ "adopted a resolution condemning X", "approved a declaration urging Y to ...": the text adopted states an act of
    its own (a participle that is a trigger hangs on it), and that act, the adopter's through the text, is the event;
    adopting it is no SUPPORT of the one it is about. A text with no act in it ("adopted a resolution") keeps the verb."""
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.utterances:
            if any(g.dep_ == "acl" and g.tag_ == "VBG" and _match_trigger(g, lexicon) is not None for g in c.children):
                return True
        if _plan_with_act(c, lexicon):
            return True  # "approved a plan to send troops to X": the act adopted
    return False


def _plan_with_act(noun: Token, lexicon: EventLexicon) -> bool:
    """The object of an adopting verb that is a course of action with its act as a to-infinitive ("a plan to send troops",
    "a proposal to cut ties with Y")."""
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.lemma_.lower() in lexicon.adopted_plans
            and noun.head.lemma_.lower() in lexicon.adopting_verbs
            and any(g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) and _match_trigger(g, lexicon) is not None
                    for g in noun.children))


def _insisted_fact(token: Token, lexicon: EventLexicon) -> bool:
    """ "X insisted that the talks had not failed", "insisted the purpose isn't to invade": a clause of fact (a finite verb,
    no modal of obligation) is what X holds true, no demand (PLOVER REQUEST: 'demand, ask or appeal for'); a subjunctive
    ("insisted that Y withdraw") or a must ("insisted Y must leave") stays a demand."""
    for c in token.children:
        if c.dep_ != "ccomp" or c.tag_ == "VB" and not any(g.dep_ in ("aux", "auxpass") for g in c.children):
            continue
        if any(g.dep_ in ("aux", "auxpass") and g.lower_ in lexicon.obliging_words for g in c.children) or any(
                g.dep_ == "xcomp" and g.head.lemma_.lower() in ("have", "need") for g in c.children):
            return False
        return c.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG") or c.pos_ in ("AUX", "ADJ", "NOUN")
    return False


def _peacekeeping(token: Token, lexicon: EventLexicon) -> bool:
    """ "Peacekeeping troops arrived", "the first deployment of Kenyan peacekeepers arrived": troops the phrase
    calls peacekeeping (CAMEO 074 'provide military protection or peacekeeping', PLOVER AID), not a bare deployment."""
    return any(w.lower_ in lexicon.peacekeeping_words for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree)


def _readiness_offers_nothing(token: Token, lexicon: EventLexicon) -> bool:
    """ "is prepared for a possible attack against Y", "stands ready for war": readiness "for" a hostile act (a noun of
    the hostile types or THREATEN) with no infinitive of its own is bracing for it, no offer or promise (PLOVER AGREE:
    'agree to, offer, promise, or otherwise indicate willingness or commitment to cooperate'); so is readiness for
    nothing named ("X was prepared"). "prepared to talk", "ready for talks" stay AGREE."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    if not any(c.dep_ == "prep" for c in token.children):
        return True  # "X was prepared", "the party should be ready": ready for nothing named, no offer either
    harm = lexicon.hostile | {"THREATEN"}
    return any(g.dep_ == "pobj" and any(t.event_type in harm for t in lexicon.nouns.get(g.lemma_.lower(), ()))
               for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children)


def _left_a_place(token: Token, lexicon: EventLexicon) -> bool:
    """ "withdrew from Kuwait", "pull out of the West Bank": with no object of its own, the "from" or "out of" object is a
    country or region named (not a body such as NATO, not a treaty)."""
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "will withdraw inspectors from X": the people withdrawn decide ("withdraw troop", "withdraw envoy")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            place = lexicon.place(obj.text)
            if place is not None and place.kind in ("name", "capital"):
                return True
            if place is None and obj.ent_type_ in ("GPE", "LOC") and obj.pos_ == "PROPN":
                return True
    return False


def _incursion(token: Token, lexicon: EventLexicon) -> bool:
    """Armed forces going onto another's ground ("troops crossed into X", "tanks rolled across the border", "soldiers
    entered X"): an armed subject and where it goes, a preposition of crossing or a ground or place as the object."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (_armed(subject, lexicon) or subject.lemma_.lower() in lexicon.weapons):
        return False
    return any((c.dep_ == "prep" and c.lower_ in lexicon.incursion_preps and _names_a_place(c, lexicon))
               or (c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.incursion_grounds or c.ent_type_ in ("GPE", "LOC")) and _names_a_place(c, lexicon))
               for c in token.children)


def _forces_sighted(token: Token, lexicon: EventLexicon) -> bool:
    """Armed forces or their arms seen near, off or along a place ("X warships were spotted near Y", "jets sighted off
    Y"): the passive's subject or the participle's noun is what is seen (``shown_near`` ``sighting_verbs``)."""
    if token.tag_ not in ("VBN", "VBD"):
        return False
    # a headline's participle the parser reads as a past tense with the forces its subject ("X warships spotted near Y")
    # sees nothing itself: no object
    seen = _participle_noun(token) or next((c for c in token.children if c.dep_ == "nsubjpass" or (
        c.dep_ == "nsubj" and not any(o.dep_ == "dobj" for o in token.children))), None)
    if seen is None or not (_armed(seen, lexicon) or seen.lemma_.lower() in lexicon.weapons):
        return False
    return any(c.dep_ == "prep" and c.lower_ in lexicon.shown_near and _names_a_place(c, lexicon) for c in token.children)


def _names_a_place(phrase: Token, lexicon: EventLexicon) -> bool:
    """Whether a phrase names whose ground it is ("into X", "X's border", "Iraqi territory"): "crossed the border" alone
    says no state's."""
    return any(t.ent_type_ in ("GPE", "LOC", "NORP") or lexicon.place(t.text) is not None for t in phrase.subtree)


def _goods_sent(token: Token, lexicon: EventLexicon) -> bool:
    """ "sent ventilators to X", "dispatched tents and rice to X": goods (``gifts``) sent to someone are aid, where no
    pattern of the verb names what is sent."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.senders:
        return False
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in token.children):
        return False
    sent = [w for c in token.children if c.dep_ == "dobj" for w in (c, *c.conjuncts)]
    return any(w.lemma_.lower() in lexicon.gifts or w.lower_ in lexicon.gifts
               or _counted(token.doc, w.i) & lexicon.gifts for w in sent)


def _told_to_leave(token: Token, lexicon: EventLexicon) -> Hit | None:
    """ "were told to leave", "told the ambassador to leave", "were asked to leave": telling or asking someone to leave,
    in the passive or a diplomatic mission, is the order to leave of the 'order leave' patterns (WEIS 201), not a
    request; "X told Y to leave the talks" stays the request of "tell +to"."""
    leaving = {t.word: t for t in lexicon.verbs.get("order", ()) if t.mode == "deport" and t.word}
    order = next((leaving[c.lemma_.lower()] for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in leaving), None)
    if order is None:
        return None
    hit = Hit(token, Trigger("tell", order.word, order.event_type, order.mode), False)
    mission = _mission_ordered_out(hit, lexicon)
    if mission is not None:
        return mission
    return hit if any(c.dep_ == "nsubjpass" for c in token.children) else None


_ENTERING = function_words("entering")
_LETTING = function_words("letting")  # "were allowed to leave X": the state left lets them go
_SENT_AWAY = function_words("sent_away")  # "were expelled from X": sent out of X, by X


def _country_left(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The state people are ordered to leave, sent away from or kept out of, with no one named doing it ("were told to
    leave X", "was ordered out of X", "were expelled from X", "were banned from entering X"): the state that keeps them
    off its soil."""
    leaving = {t.word for t in lexicon.verbs.get("order", ()) if t.mode == "deport" and t.word}
    given = _act_given_time(token)  # "were given a week to leave X"
    places = [g for c in (*token.children, *((given,) if given is not None else ())) if c.dep_ in ("xcomp", "advcl", "relcl", "acl")
              and c.lemma_.lower() in leaving and (c.dep_ == "xcomp" or c is given) for g in c.children if g.dep_ == "dobj"]
    places += [g for c in token.children if c.dep_ == "prep" and c.lower_ in leaving
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    places += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pcomp" and p.lemma_.lower() in _ENTERING for g in p.children if g.dep_ == "dobj"]
    if token.lemma_.lower() in _SENT_AWAY:
        places += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return next((g for g in places if lexicon.place(g.text) is not None and is_actor(g, lexicon, entities)), None)


def _mission_ordered_out(hit: Hit, lexicon: EventLexicon) -> Hit | None:
    """ "ordered the ambassador to leave", "diplomats were ordered out": ordering a diplomatic or monitoring mission out
    of the country is expelling it (the 'expel ambassador' patterns: CAMEO 161 / 166, SANCTION), not the deportation of
    people that ordering others out is (CAMEO 174, COERCE)."""
    expelled = lexicon.envoy_expulsions
    for c in hit.token.children:
        if c.dep_ in ("dobj", "nsubjpass", "dative"):  # "gave the envoy two days to leave": the envoy
            found = expelled.get(c.lemma_.lower()) or expelled.get(c.lower_)
            if found is not None:
                return Hit(hit.token, Trigger(hit.trigger.head, found.word, found.event_type, found.mode), hit.nominal)
    return None


_PREDICATE_PREPS = function_words("predicate_preps")


def _be_predicated(token: Token) -> bool:
    """ "Be" whose predicate, before any "in", is another preposition, a noun or an adjective ("the group was behind
    two killings in X", "were among the dead in X", "is from X"): its "in" places that predicate; "was in X" is a visit."""
    first_in = min((c.i for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), default=len(token.doc))
    return any(c.i < first_in and (c.dep_ in ("attr", "acomp") or (c.dep_ == "prep" and c.lower_ in _PREDICATE_PREPS))
               for c in token.children)


def _places_taken(token: Token, lexicon: EventLexicon) -> bool:
    """What a capture takes is a place ("captured three villages", "the town was captured by rebels"): its object, its
    passive subject or the noun its participle hangs on is a place noun (``captured_places``) or a named place."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if (noun := _participle_noun(token)) is not None:
        taken.append(noun)
    return bool(taken) and all(t.lemma_.lower() in lexicon.captured_places or t.lower_ in lexicon.captured_places
                               or t.ent_type_ in ("GPE", "LOC", "FAC") for t in taken)


def _sense_of_preposition(candidates: tuple[Trigger, ...], preposition: str) -> Trigger | None:
    """ "called for a ceasefire": a pattern of the verb and its object ("call ceasefire", a truce declared) read through a
    preposition that makes a request with the verb ("call for") is that request: the ceasefire is asked for, not done.
    None when the preposition makes no request with the verb ("withdrew from the zone" stays the pull-out)."""
    return next((c for c in candidates if c.word == preposition and c.event_type == "REQUEST"), None)


def _built(token: Token, lexicon: EventLexicon) -> bool:
    """A noun built, expanded or torn down ("expanded its settlements", "the construction of settlements", "settlement
    expansion"): the building word is its verb or its head noun (through "of"), or the noun it modifies."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    if token.dep_ in ("dobj", "nsubjpass", "pobj", "compound") and head.i != token.i and head.lemma_.lower() in lexicon.building_words:
        return True
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lexicon.building_words for c in token.children)


def _match_trigger(token: Token, lexicon: EventLexicon) -> Hit | None:
    columns, i = token_table(token.doc), token.i  # read from the table: spaCy decodes a string on every access
    pos = columns.pos[i]
    if pos == "PROPN" and columns.ent_type[i] == "PERSON" and i > 0 and columns.tag[i - 1] == "NNP" and _name_after_title(token):
        return None  # "Secretary-General Ban Ki-moon": the first word of a titled name, no act
    if pos in ("VERB", "AUX") or (pos == "ADJ" and columns.dep[i] == "acomp") or (columns.tag[i] in _VERB_TAGS and pos != "NOUN"):
        table, nominal = lexicon.verbs, False  # a verb tag wins over a wrong part of speech ("detained" as ADJ)
    elif (columns.lower[i] in lexicon.verbs or (columns.tag[i] in ("NNS", "NNP") and _third_person_stem(columns.lower[i], columns.lemma[i]) in lexicon.verbs)) and _headline_verb(token):
        table, nominal = lexicon.verbs, False  # "X, Y expel envoys": the headline's verb read as a modifier of its object
    elif pos in ("NOUN", "PROPN"):
        table, nominal = lexicon.nouns, True
        if _verb_in_noun_position(token):
            table, nominal = lexicon.verbs, False
    else:
        return None
    if not nominal and _noun_in_verb_position(token):
        table, nominal = lexicon.nouns, True
    if not nominal and columns.dep[i] == "prep":
        return None  # a participle used as a preposition ("Given the risks, ...") is no act
    lemma, lower = columns.lemma[i], columns.lower[i]
    if not nominal and lemma in lexicon.naming_verbs and (named := _name_calling(token, lexicon)) is not None:
        return Hit(token, Trigger(lemma, None, named, None), False) if named else None
    forms = (lemma, lower) if nominal and lower.endswith("ing") else _forms(lemma, lower)  # "maneuvering", "drilling": no drill
    kids = columns.children(i)  # read once: the tests below walk the token's dependents several times
    if not nominal and lemma != lower and any(columns.dep[c] == "prt" for c in kids):
        forms = (lemma,)  # a phrasal verb is read by its lemma: "wound up" is "wind up", not "wound"
    if (prefix := _hyphen_prefix(token)) is not None:  # "test-fired", "tear-gassed": the compound verb before its last part
        forms = tuple(f"{prefix}-{form}" for form in forms) + forms
    candidates = next((table[key] for key in forms if key in table), ())
    if candidates and not nominal and ((lemma in lexicon.utterance_verbs and _words_put_out(token, lexicon))
                                       or (lemma in lexicon.gift_verbs and not _gift(token, lexicon))):
        candidates = tuple(c for c in candidates if c.word is not None)  # "released a statement", "gave them more time"
    if not candidates:
        return None
    if lemma in lexicon.question_verbs and _a_question(token, lexicon):
        return None  # "asked the minister about the budget": a question, not a request
    if lemma in lexicon.admission_verbs and _an_admission(token):
        return None  # "conceded that the figures were wrong": words, no yielding
    if not any(c.word for c in candidates):
        return Hit(token, candidates[0], nominal)
    dep, lemma_of, lower_of, children = columns.dep, columns.lemma, columns.lower, columns.children
    direct_objects = [c for c in kids if dep[c] == "dobj"]
    dependents = _dependent_lemmas(token, bool(direct_objects))
    core = _core_lemmas(token, bool(direct_objects))
    objects = {w for c in direct_objects for w in (lemma_of[c], lower_of[c], *_counted(token.doc, c))}
    if not direct_objects:  # "to arm and train Syrian rebels": a later verb's object is the bare verb's before it too
        objects |= {w for v in kids if dep[v] == "conj" and v > i and columns.pos[v] == "VERB"
                    for c in children(v) if dep[c] == "dobj" for w in (lemma_of[c], lower_of[c])}
    if (hung := _hung_object(token) or _participle_noun(token) or (token.head if _headline_verb(token) else None)) is not None:
        objects |= {hung.lemma_.lower(), hung.lower_}
        core = core | objects
    if lemma in lexicon.seeking_verbs:  # "support for the plan turned to anger": the subject is nothing sought
        subject_words = {w for c in kids if dep[c] == "nsubj" for w in (lemma_of[c], lower_of[c])}
        core -= subject_words
        dependents -= subject_words - {w for c in kids if dep[c] == "prep" for g in children(c) for w in (lemma_of[g], lower_of[g])}
    if lemma in lexicon.errand_verbs:  # "left for X for talks": the talks are the trip's errand, not what is left
        errands = _errand_words(token) - core  # a pattern that reads the trip as the talks it is for stays ("returned for talks")
        candidates = tuple(c for c in candidates if c.word not in errands or c.event_type == "CONSULT")
    for trigger in candidates:  # the object names the act best ("pulled its ambassador out": the ambassador, not "out")
        if trigger.word in objects:
            return Hit(token, trigger, nominal)
    particles = {w for c in kids if dep[c] == "prt" for w in (lemma_of[c], lower_of[c])}
    for trigger in candidates:  # a word that is the verb's object or subject is the most specific ("called a strike for Monday")
        if trigger.word in core and trigger.word not in particles:
            return Hit(token, trigger, nominal)
    governed = {w: lemma_of[c] for c in kids if dep[c] == "prep" for g in children(c) if dep[g] == "pobj" for w in (lemma_of[g], lower_of[g])}
    governed |= {w: lemma_of[c] for c in kids if dep[c] == "prep" for p in children(c) if dep[p] == "prep" for g in children(p)
                 if dep[g] == "pobj" for w in (lemma_of[g], lower_of[g])}  # "out of the talks", "away from the border"
    for trigger in candidates:  # then a word a preposition governs, over the preposition ("arrived at an understanding")
        if trigger.word in governed:  # and over a particle ("pulled out of the talks" is about the talks, not "out")
            return Hit(token, _sense_of_preposition(candidates, governed[trigger.word]) or trigger, nominal)
    for trigger in candidates:
        if trigger.word in particles:
            return Hit(token, trigger, nominal)
    named = any(c.word and c.word[0] not in "!+" and c.word in dependents for c in candidates)
    for trigger in candidates:
        if trigger.word == "!obj" and named:
            continue  # a pattern naming the verb's own preposition is the more specific ("rallied behind X": SUPPORT)
        if trigger.word == "!obj":  # intransitive use only ("protesters demonstrated", not "it demonstrated trust")
            if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and not _place_object(c) for c in token.children):
                return Hit(token, trigger, nominal)
        elif trigger.word == "+obj":  # transitive use only ("seized the port", not "seized on a claim"; "soldiers captured by X")
            # a passive's subject is its object ("the tanker was seized by X", "the port was captured")
            if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children) or _done_to_people(token, lexicon):
                if trigger.mode == "arrest" and _places_taken(token, lexicon):
                    return Hit(token, Trigger(trigger.head, None, "ASSAULT", "seize"), nominal)  # "captured three villages"
                return Hit(token, trigger, nominal)
        elif trigger.word == "+to":  # an infinitive with its own agent ("told X to stop", "wants X to leave")
            if _directive(token, lexicon):
                return Hit(token, trigger, nominal)
        elif trigger.word == "+from":  # keeping someone from an act ("blocked the president from appointing ...")
            if _kept_from_acting(token, lexicon, trigger.event_type == "COERCE"):
                return Hit(token, trigger, nominal)
        elif trigger.word == "+for":  # a noun whose "for" names what is asked ("a call for restraint", "a call for X to leave")
            if any((c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("advcl", "acl", "ccomp") and _for_to_clause(c)) for c in token.children):
                return Hit(token, trigger, nominal)
        elif trigger.word == "in" and direct_objects:
            continue  # "arrive in", "give in": an intransitive verb's "in"; "gave a speech in X" says where, yields nothing
        elif trigger.word == "in" and lemma == "be" and _be_predicated(token):
            continue  # "was behind two killings in X": the "in" places the killings, no one is in X on a visit
        elif trigger.word is None or trigger.word in dependents:
            return Hit(token, trigger, nominal)
    return None


def _errand_words(token: Token) -> set[str]:
    """The nouns a verb of going introduces with "for" ("left for X for talks"): its errand ("went on strike" is the act)."""
    return {w for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}


def _kept_from_acting(token: Token, lexicon: EventLexicon, by_force: bool = False) -> bool:
    """ "blocked X from doing Y" by a body that is no crowd: a refusal to let X act (WEIS 112 'refuse to allow'); protesters
    blocking a minister from entering obstruct (a crowd's, ``crowd_sectors``, PROTEST)."""
    if not any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children) for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    sector = lexicon.sector(subject.lower_) or lexicon.sector(subject.lemma_.lower())
    if by_force:  # "police prevented the marchers from entering": only an armed body's keeping is coercion
        return sector in lexicon.armed_sectors
    return sector is not None and sector not in lexicon.crowd_sectors


def _words_put_out(token: Token, lexicon: EventLexicon) -> bool:
    """A text or words released, published or given ("released a statement", "the footage released by X", "gave a
    speech"): no act between actors of its own (``utterances``); what the text does is the event."""
    kids = list(token.children)
    # "the footage released by X", "the document (that) he released": the noun is what is put out
    if token.dep_ == "acl" or (token.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in kids)):
        if token.head.lower_ in lexicon.utterances:
            return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.utterances for c in kids)


def _gift(token: Token, lexicon: EventLexicon) -> bool:
    """What "give", "provide", "deliver" or "contribute" gives is aid: money, goods or arms, a sum of money, or a measure
    of them (``gifts``); "give" with no object: as before; the others with no object give nothing ("contributed to her
    win"), and a participle gives the noun it modifies ("documents provided by X")."""
    objects = [c for c in token.children if c.dep_ == "dobj"] or [c for c in token.children if c.dep_ == "nsubjpass"]
    if not objects and (noun := _participle_noun(token)) is not None:
        objects = [noun]
    if not objects:
        if token.lemma_.lower() != "give":
            return False
        return not any(c.dep_ in ("pcomp", "pobj") for c in token.children)  # "given that ...", "given the risks": no act
    gifts = lexicon.gifts
    objects = [w for o in objects for w in (o, *o.conjuncts)]  # "photographs and other intelligence"
    return any(o.lower_ in gifts or o.lemma_.lower() in gifts or o.ent_type_ == "MONEY" or _counted(token.doc, o.i) & gifts for o in objects)


def _name_calling(token: Token, lexicon: EventLexicon) -> str | None:
    """ "called X a liar": ACCUSE; "called X a friend": SUPPORT (praise); "called X a partner": "" (no event); None when
    the verb names no one (``naming``): the complement's strongest VADER rating decides."""
    kids = list(token.children)
    complement = next((c for c in kids if c.dep_ == "oprd"), None)
    called = next((c for c in kids if c.dep_ == "dobj"), None)
    if complement is None and called is not None:  # "called the mayor a sore loser": the parser's apposition
        complement = next((c for c in called.children if c.dep_ == "appos"), None)
    if complement is None:
        return None
    if called is None or called.i == complement.i:  # "called Okafor a liar" read as "[Okafor a liar]"
        called = next((c for c in complement.children if c.dep_ == "nmod" and c.pos_ == "PROPN"), None)
    if called is None or not _someone(called, lexicon):
        return None
    ratings = lexicon.naming_ratings
    words = [complement, *(c for c in complement.children if c.dep_ in ("amod", "compound", "conj"))]
    rated = [r for w in words if (r := ratings.get(w.lower_, ratings.get(w.lemma_.lower()))) is not None]
    strongest = max(rated, key=abs, default=0.0)
    if strongest <= lexicon.naming_accuse_max:
        return "ACCUSE"
    return "SUPPORT" if strongest >= lexicon.naming_praise_min else ""


def _someone(called: Token, lexicon: EventLexicon) -> bool:
    """The one a naming verb names: a proper name, a personal pronoun, a sector word ("the senator"), or a thing a
    named actor owns ("the American sanctions"); not a thing alone ("called the weather a nuisance")."""
    if called.pos_ == "PROPN" or called.lower_ in lexicon.naming_persons or lexicon.sector(called.lemma_) or lexicon.sector(called.text):
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or lexicon.place(c.text)) for c in called.children)


_QUESTION_WORDS = function_words("question_words")  # "asked whether ...": an indirect question


def _an_admission(token: Token) -> bool:
    """ "conceded / allowed that X ...", a quote a speaker "conceded": a finite clause admitted, with no object yielded."""
    kids = list(token.children)
    finite = any(c.dep_ == "ccomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids)
    return finite and not any(c.dep_ in ("dobj", "dative", "xcomp") for c in kids)  # "allowed X to cross": yielding


def _says_nothing(hit: Hit, lexicon: EventLexicon) -> bool:
    """ "declined to comment", "refused to elaborate" (``no_comment``): a source saying nothing refuses no one; "a request
    for comment", "asked to comment": a reporter's question asks for no act."""
    kids = hit.token.children
    if hit.trigger.event_type == "REQUEST":
        return any((c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.comment_requests for g in c.children))
                   or (c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.comment_requests)  # "was asked to comment"
                   for c in kids)
    return (hit.trigger.event_type == "REJECT" and not hit.nominal and hit.trigger.word is None
            and any(c.dep_ == "xcomp" and _unsaid(c, lexicon) for c in kids))


def _unsaid(verb: Token, lexicon: EventLexicon) -> bool:
    """What a source declines to do that is saying nothing: comment or elaborate; discuss, confirm or deny a matter with
    no party named ("declined to discuss details"; not "refused to discuss the border with X"); use a word."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.unsaid_verbs:
        return True
    kids = [c for v in (verb, *verb.conjuncts) for c in v.children]
    if lemma in lexicon.unsaid_topic_verbs:
        return not any((c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_))
                       for c in kids)
    return lemma == "use" and any(c.dep_ == "dobj" and any(w.lemma_.lower() in lexicon.unsaid_word_objects for w in (c, *c.children)
                                                         if w.i == c.i or w.dep_ == "compound") for c in kids)  # "the word X"


def _asked_about(token: Token, lexicon: EventLexicon) -> bool:
    """A trigger inside an indirect question ("asked whether X had sent troops", "asked how the raid happened"), or inside
    what a source declines to say: what is asked about, or left unsaid, is not said to happen."""
    doc, table = token.doc, token_table(token.doc)  # the walk up over the table's indices, no Token per step
    head, dep, lemma, node = table.head, table.dep, table.lemma, token.i
    while head[node] != node:
        if dep[node] == "ccomp" and lemma[head[node]] in lexicon.question_verbs and doc[node].left_edge.lower_ in _QUESTION_WORDS:
            return True
        if dep[node] == "xcomp" and lemma[head[node]] in _REFUSING and (
                node != token.i and lemma[node] in lexicon.unsaid_verbs or _unsaid(doc[node], lexicon) and lemma[node] not in lexicon.unsaid_verbs):
            return True  # "declined to say whether it would sign the accord": nothing said of it
        node = head[node]
    return False


_REFUSING = function_words("refusing")


_ASKED_MODALS = function_words("asked_modals")
_GRANTED_ACTS = function_words("granted_acts")  # what one side asks another to grant: allow, release, withdraw, send


def _act_asked_of(clause: Token, lexicon: EventLexicon) -> bool:
    """A yes-no question that asks another party to act ("asked whether Y would allow inspectors", "asked if Y could
    release the detainees"): "whether" or "if", an active verb under "would", "will", "could" or "can" of an act one
    side grants another (``_GRANTED_ACTS``: allowing, releasing, withdrawing, aid), with a named actor as its subject
    (or a pronoun, the one asked named as the object). A question of fact ("asked how many died", "asked whether the
    talks had failed", "asked whether Y would be punished") or of plans ("asked whether he would run", "asked whether Y
    would attend the summit") asks for no act."""
    if clause.left_edge.lower_ not in ("whether", "if") or clause.lemma_ in ("be", "have") or clause.pos_ != "VERB":
        return False
    kids = list(clause.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    asked = any(c.dep_ in ("dobj", "dative") for c in clause.head.children)  # "asked Y whether it would ...": Y
    return (subject is not None and (asked or not is_pronoun(subject)) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _ASKED_MODALS for c in kids)
            and (hit := match_trigger(clause, lexicon)) is not None and hit.trigger.event_type in _GRANTED_ACTS)


def _a_question(token: Token, lexicon: EventLexicon) -> bool:
    """ "ask X about Y", "asked whether / how / why ...", "ask X a question", "I want to ask you, will X attend?" with
    nothing asked for or asked to be done: no infinitive, no clause that is not a question, no "for"."""
    kids = list(token.children)
    questions = [c for c in kids if c.dep_ == "ccomp" and (c.left_edge.lower_ in _QUESTION_WORDS or _quoted_question(c, token)
                                                           or (c.left_edge.i > token.i and asked_directly(c)))
                 and not (token.lemma_.lower() == "ask" and _act_asked_of(c, lexicon) and not _quoted_question(c, token))]
    about = bool(questions) or any((c.dep_ == "prep" and c.lower_ in lexicon.question_preps)
                                   or (c.dep_ == "dobj" and c.lemma_.lower() in lexicon.question_objects) for c in kids) or _quoted_question(None, token)
    asked = any((c.dep_ in ("xcomp", "ccomp") and c not in questions) or (c.dep_ == "prep" and c.lower_ == "for") for c in kids)
    return about and not asked


def _quoted_question(clause: Token | None, verb: Token) -> bool:
    """A question quoted before its "asked" ("'Why start a war?' asked X", "'Where is it?' the senator asked"): the
    question mark ends the quoted clause, or stands right before the asking clause (the quote's closing mark between)."""
    doc = verb.doc
    if clause is not None:
        return (clause.i < verb.i and any(t.text == "?" for t in doc[clause.right_edge.i : verb.i])) or _in_question_marks(clause, verb)
    if any(c.dep_ == "punct" and c.text == "?" and c.i < verb.i for c in verb.children):
        return True
    i = verb.left_edge.i - 1
    while i >= 0 and doc[i].text in _QUOTE_MARKS:
        i -= 1
    return i >= 0 and i < verb.left_edge.i - 1 and doc[i].text == "?"


_QUOTE_MARKS = frozenset(('"', "''", "``", "“", "”", "‘", "’", "'"))


def _in_question_marks(clause: Token, verb: Token) -> bool:
    """The asked clause is a direct question in quotation marks, before or after its "asked", wherever the parser
    hangs the question mark and the closing mark (on the clause or on the verb): '"Is it a bluff?" asked X',
    'X asked, "Will they pay?"'. The quote opens at the clause's first word, its last word is "?", and a mark closes it."""
    doc = verb.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    while end + 1 < len(doc) and end + 1 != verb.i and (doc[end + 1].text == "?" or doc[end + 1].text in _QUOTE_MARKS):
        end += 1  # the question mark and closing mark hung on the verb, after the clause's words
    last = end
    while last > start and doc[last].text in _QUOTE_MARKS:
        last -= 1
    opened = doc[start].text in _QUOTE_MARKS or (start > 0 and doc[start - 1].text in _QUOTE_MARKS)
    return opened and last < end and doc[last].text == "?"


_CAPTIVE_NOUNS = frozenset({"prisoner", "prisoners", "captive", "captives", "pow", "pows", "hostage", "hostages", "detainee", "detainees"})


def _prisoners_taken(trigger: Token, target_head: Token | None, event_type: str) -> bool:
    """Prisoners, captives, hostages or detainees taken, seized or arrested ("Kenyan troops took 300 prisoners", "captured
    200 prisoners", "200 prisoners were taken"): the captor's target, of no country from the captor's (police at home
    aside) and of no criminal sector from the word (see ``_held_sector``)."""
    return event_type == "COERCE" and target_head is not None and target_head.lower_ in _CAPTIVE_NOUNS


def _held_sector(head: Token) -> str:
    """The sector of people a capture acts on, named only as held: PLOVER codes an actor as who it is, not as what the
    event makes of it (its gold records code arrested Palestinians and beaten detainees CVL and a prime minister taken
    hostage by his own sector; CRM, CAMEO's agent of the imprisoned, for inmates acting as a body, a jail riot). So a
    capture's "prisoners", "captives", "hostages" or "detainees" are civilians (CVL), prisoners of war soldiers (MIL);
    prisoners released or rioting keep CRM."""
    of_war = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "war" for g in c.children) for c in head.children)
    return "MIL" if of_war or head.lower_ in ("pow", "pows") else "CVL"


def _in_quoted_question(token: Token, lexicon: EventLexicon) -> bool:
    """An act inside a question quoted before its "asked" ("'Why start a war?' asked X"): asked about, not done."""
    for node in token.ancestors if token.dep_ != "ccomp" else (token, *token.ancestors):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.question_verbs:
            return _quoted_question(node, node.head)
    return False


_WISHING = function_words("wishing")  # "hoped Y would release": a wish about another's act


def _own_side(noun: Token, lexicon: EventLexicon) -> bool:
    """ "its troops", "our soldiers", "their government": the possessor's own people, not another party it relates to."""
    return (any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her", "my") for c in noun.children)
            and noun.lemma_.lower() not in lexicon.relational and noun.lower_ not in lexicon.relational)


def _directive(token: Token, lexicon: EventLexicon) -> bool:
    """ "told X to stop", "called on X to stop" (object and infinitive), "wants X to leave" (a to-clause with its own subject);
    for verbs of wishing also a clause with its own named subject and a modal ("hoped X would release ..."), not one's
    own people or forces ("hopes its troops will leave soon": a wish about its own side, asked of no one; "hoped its
    allies would join" stays, allies being others)."""
    children = list(token.children)
    if any(form in _WISHING for form in _forms(token.lemma_.lower(), token.lower_)) and not any(c.dep_ in ("dobj", "dative") for c in children):
        for c in children:
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None) if c.dep_ == "ccomp" else None
            if subject is not None and _own_side(subject, lexicon):
                continue
            if subject is not None and not is_pronoun(subject) and any(g.dep_ == "aux" and g.lower_ in ("will", "would", "should", "could", "can", "shall") for g in c.children):
                return True
    addressee = any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)) for c in children)
    if token.lemma_.lower() == "call":  # "called on X to stop" asks; "called X to discuss the crisis" phones X for a purpose
        addressee = not any(c.dep_ in ("dobj", "dative") for c in children) and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children)
    infinitive = any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in children)
    if addressee and infinitive:  # an infinitive the parser hangs as an adverbial clause still says what is asked
        return True
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in children
    )


def _attribution(token: Token, lexicon: EventLexicon) -> bool:
    """A noun naming where a report comes from, not an event: "according to a press release", "said in a release"."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "to" and prep.head.lower_ == "according":
        return True
    return prep.lower_ in ("in", "via", "through") and prep.head.lemma_.lower() in lexicon.reporting


def _carried_event(hit: Hit, hits: dict[int, Hit], lexicon: EventLexicon) -> Hit | None:
    """A support verb with an event noun as its object codes the noun's event ("gave Y a warning": THREATEN).

    Only where the verb matched as a bare lemma or with its particle ("handed over food aid": AID): a pattern
    naming the object ("lodge protest") is more specific. A light verb that is a trigger of its own carries its
    object's event when the noun's pattern names what it is about ("imposed a ban on the party": the ban on a party,
    COERCE, not the bare "impose" of a sanction).
    """
    if hit.nominal:
        return None
    lemma = hit.token.lemma_.lower()
    support = lemma in lexicon.support_verbs
    if not (support or lemma in lexicon.light_verbs):
        return None
    if hit.trigger.word is not None and not any(c.dep_ == "prt" and c.lower_ == hit.trigger.word for c in hit.token.children):
        return None
    for child in hit.token.children:
        noun = hits.get(child.i)
        if child.dep_ == "dobj" and noun is not None and noun.nominal and (support or noun.trigger.word is not None):
            if hit.trigger.event_type == "SANCTION" and noun.trigger.event_type in lexicon.cooperative:
                return None  # "halted arms sales to X": the sale stopped is the verb's SANCTION (CAMEO 162), not the sale
            trigger = Trigger(hit.trigger.head, hit.trigger.word, noun.trigger.event_type, noun.trigger.mode)
            return Hit(hit.token, trigger, False)
    return None


_FORCE = ("ASSAULT", "COERCE", "MOBILIZE")


def _forceful_complement(hit: Hit, above: Hit) -> bool:
    """An act of force that is the verbal complement of ``above`` ("prepared to resume shelling", "vowed to arrest"), or a
    sanction promised ("pledged to impose sanctions on Y", "promised to ban imports"): a measure pledged is that measure
    ahead, as a ban of a party pledged is, not a promise to cooperate (PLOVER's AGREE); an agreement to impose one is
    both (``_agreed_measure``)."""
    pledged = above.trigger.head in _PROMISES and hit.trigger.event_type == "SANCTION"
    if hit.nominal or (hit.trigger.event_type not in _FORCE and not pledged):
        return False
    node = hit.token
    while node.i != above.token.i:
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return True


_VOWS = function_words("vows")  # a vow threatens or promises as what is vowed does


def _cooperative_vow(hit: Hit, above: Hit, lexicon: EventLexicon) -> bool:
    """ "vowed to cooperate", "swore to help": a vow whose infinitive is a cooperative act is a promise (AGREE)."""
    if above.nominal or above.trigger.event_type != "THREATEN" or above.trigger.head not in _VOWS:
        return False
    node = hit.token
    if hit.nominal and node.dep_ == "dobj" and (node.head.lemma_.lower() in lexicon.light_verbs or node.head.lemma_.lower() in lexicon.support_verbs):
        node = node.head  # "vowed to make concessions": the light verb's noun is what is vowed
    return node.dep_ == "xcomp" and node.head.i == above.token.i and hit.trigger.event_type in lexicon.cooperative


_VOICED = ("REQUEST", "ACCUSE")  # appeals, demands, complaints, protests lodged: acts of words, no harm


def _vowed_voice(hit: Hit, above: Hit) -> bool:
    """A vow whose infinitive is an act of words or a demonstration ("vowed to appeal the ruling", "swore to complain to
    X", "vowed to protest"): that act ahead, not a threat, since it does no harm (a vow to attack or to boycott stays one).
    A vowed build-up of forces ("vowed to bolster its army") is the build-up ahead too: a threat only when aimed at someone
    ("vowed to mass troops against Y"), which the coder decides once it has the target."""
    if above.nominal or above.trigger.event_type != "THREATEN" or above.trigger.head not in _VOWS:
        return False
    if hit.nominal or hit.token.dep_ != "xcomp" or hit.token.head.i != above.token.i:
        return False
    return hit.trigger.event_type in (*_VOICED, "MOBILIZE") or _harmless(hit.trigger.event_type, hit.trigger.mode)


_PROMISES = function_words("promises")
_RESTRAINED = ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN")  # acts one may promise to refrain from


def _promised_not_to(hit: Hit, above: Hit, lexicon: EventLexicon) -> str | None:
    """A promise whose infinitive is negated: never to do a cooperative act is a refusal (REJECT: "vowed never to hand
    over the suspects"), not to do a hostile one a promise of restraint (AGREE, CAMEO 035 'express intent to yield':
    "pledged not to attack civilians"); None when the promise is not so."""
    if above.nominal or above.trigger.head not in _PROMISES or hit.token.dep_ != "xcomp" or hit.token.head.i != above.token.i:
        return None
    if not any(c.dep_ == "neg" for c in hit.token.children):
        return None
    if hit.trigger.event_type in lexicon.cooperative:
        return "REJECT"
    return "AGREE" if hit.trigger.event_type in _RESTRAINED else None


def _for_to_clause(token: Token) -> bool:
    """ "for X to withdraw": an infinitive with its own subject, the complement of what governs it ("called for X to withdraw")."""
    children = list(token.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _asked_for_infinitive(token: Token) -> bool:
    """ "called for a conference to be convened", "urged for talks to resume": the parser hangs the infinitive on the
    object of "for" as a relative clause; it is the act asked for (a for-to clause), not yet done."""
    return (token.dep_ in ("relcl", "acl") and token.head.dep_ == "pobj" and token.head.head.lower_ == "for"
            and token.head.head.dep_ == "prep" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _asked_act(token: Token) -> bool:
    """The act asked for in "called for a conference to be convened (to discuss X)": the infinitive on the object of
    "for", or the purpose infinitive under it; neither has happened, whether or not the request codes an event."""
    return _asked_for_infinitive(token) or (
        token.dep_ == "advcl" and _asked_for_infinitive(token.head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _for_to_subject(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Who is asked in a for-to clause of the request or of its object ("called for X to withdraw", "renewed its call for
    X to withdraw", "a call for X to withdraw")."""
    heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
    return next((g for h in heads for c in h.children if c.dep_ in ("advcl", "ccomp", "acl") and _for_to_clause(c)
                 for g in c.children if g.dep_ == "nsubj" and is_actor(g, lexicon, entities)), None)


def _light_party(verb: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int], event_type: str | None = None) -> Token | None:
    """The party a light verb's own preposition names ("made a plea to X", "gave assurances to X", "lodged a complaint
    with X"): the parser hangs it on the light verb, not on the nominal event; for a pull-out also the land left
    ("accelerated the pull-out of its troops from X")."""
    preps = _LIGHT_PARTY_PREPS + ("from",) if event_type == "RETREAT" else _LIGHT_PARTY_PREPS
    for child in verb.children:
        if child.i in skip or child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
            continue
        obj = next((g for g in child.children if g.dep_ == "pobj" and g.i not in skip), None)
        if obj is not None and is_actor(obj, lexicon, entities):
            return obj
    return None


_LIGHT_PARTY_PREPS = function_words("light_party_preps")


def _infinitive_subject(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """The subject of a to-infinitive the verb governs ("allowed the candidate to run", "pressed X to resign"): whom the
    act lets, makes or asks do something, as the parser hangs it (a clausal complement with its own subject)."""
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i in skip or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i not in skip and not is_pronoun(subject) and is_actor(subject, lexicon, entities):
            return subject
    return None


def _mandated(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """The one a request asks: the subject of its "that" clause in the mandative subjunctive, a bare verb or a "should"
    ("demanded that the US cancel the sale", "urged that X should leave"). The clause hangs on the verb, on the noun the
    verb carries ("reiterated its demand that X ease ..."), or on the noun itself; a plural subject's bare verb is tagged as a
    present tense. A passive clause's subject is what is
    done, not who is asked ("demanded that X be punished"); a question is no mandate ("ask you, will X be there?")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    clauses = [c for o in [token, *objects] for c in o.children if c.dep_ in ("ccomp", "acl") and c.i not in skip]
    for clause in clauses:
        kids = list(clause.children)
        marks = [c for c in kids if c.dep_ == "mark"]
        if not any(c.lower_ == "that" for c in marks) and (marks or clause.tag_ != "VB" or clause.dep_ != "ccomp"):
            continue  # "if ...", "whether ...", a question ("ask you, will X be there?"): no mandate; "demanded X withdraw" is one
        modal = any(c.dep_ == "aux" and c.lower_ in lexicon.must_modals for c in kids)
        # a plural subject's subjunctive reads as a present tense ("demanded that its allies increase ..."): VBP, not "are"
        bare = (clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.lemma_ != "be")) and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        if not (modal or bare):
            continue
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i not in skip and not is_pronoun(subject) and is_actor(subject, lexicon, entities):
            return subject
    return None


def _doer_of_how(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The subject of a "when" or "as" clause that says how a passive act of force came about ("five soldiers were killed
    when rebels attacked their post"): the doer the passive leaves unnamed."""
    for clause in token.children:
        if clause.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as") for g in clause.children):
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and not is_pronoun(subject) and is_actor(subject, lexicon, entities):
                return subject
    return None


_PREPOSITIONAL_PARTICIPLES = frozenset({"excluding", "including", "barring", "excepting", "failing", "notwithstanding"})


def _prepositional_participle(hit: Hit) -> bool:
    """A participle used as a preposition, with no subject of its own ("Even excluding the gain, net rose";
    "barring a last-minute deal, the strike goes ahead"): it names no act."""
    token = hit.token
    return (not hit.nominal and token.lower_ in _PREPOSITIONAL_PARTICIPLES and token.dep_ in ("advcl", "prep", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children))


_CRASHING = frozenset({"crash", "collide", "capsize", "sink", "derail", "overturn", "plunge", "crash-land", "explode"})
_ACCIDENTS = frozenset({"crash", "crashes", "accident", "accidents", "collision", "collisions", "earthquake", "flood", "floods",
                        "avalanche", "landslide", "landslides", "mudslide", "storm", "storms", "hurricane", "typhoon", "cyclone",
                        "tornado", "stampede", "derailment", "shipwreck", "blaze", "heatwave", "epidemic", "outbreak"})


def _accident(hit: Hit, lexicon: EventLexicon) -> bool:
    """A death or an injury told as an accident's toll, with no doer: "73 soldiers were killed when two helicopters
    crashed", "nine people died in a bus crash", "killed in an earthquake". An explosion counts only with a vehicle or
    no actor as its subject ("when a gas tank exploded"); "killed when a bomb exploded" stays force, as does an agent."""
    token = hit.token
    if hit.nominal or hit.trigger.event_type != "ASSAULT" or any(c.dep_ == "agent" for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.dep_ == "pobj" and g.lower_ in _ACCIDENTS and not any(
            m.lower_ in ("bomb", "suicide", "terrorist", "rocket", "missile") for m in g.children) for g in c.children) for c in token.children):
        return True
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _CRASHING:
            continue
        if not any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as", "after") for g in clause.children):
            continue
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() in lexicon.weapons or subject.lemma_.lower() in ("bomb", "explosive", "device", "mine", "grenade", "shell"):
            continue  # "killed when a bomb exploded": an attack
        return True
    return False


def _toll_of(hit: Hit, above: Hit, lexicon: EventLexicon) -> bool:
    """A nominal hostile event whose own doer is named ("X's attack", "an attack by X") as the subject of a verb of the
    same type ("... killed dozens"): the verb gives the act's toll; the act, with its parties, is the event. Only harm
    has a toll: "X's envoy met Y's minister" (an envoy is a CONSULT noun) is the meeting, coded on its verb."""
    token = hit.token
    return (hit.nominal and token.dep_ == "nsubj" and token.head.i == above.token.i and not above.nominal
            and above.trigger.event_type == hit.trigger.event_type and hit.trigger.event_type in lexicon.hostile
            and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children))


_SAYING = function_words("saying")


def _announced_in_second_clause(token: Token, said: Token) -> bool:
    """An act announced ahead in the that-clause of a saying verb coordinated with an earlier verb and sharing its
    subject ("X moved troops into the Gulf and said it would strike Y unless ..."): the announcement is the second
    clause's own, no complement of the first verb's act."""
    return (token.head.i == said.i and token.dep_ == "ccomp" and said.lemma_.lower() in _SAYING and said.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "could", "may", "might") for c in token.children))


def _ancestor_hit(token: Token, hits: dict[int, Hit]) -> Hit | None:
    """The nearest trigger this one is a complement of ("agreed to cooperate").

    Coordinated, adverbial and relative clauses are acts of their own
    ("Japan lends Kenya money as Ruto visits Tokyo"), so a path through
    them does not subordinate the lower trigger. A participle on a subject is a reduced relative clause, an act of
    its own ("diplomats expelled by X flew to Y"), and so is an act that opens the sentence as its time ("During the
    visit by X to Y, ...").
    """
    only_conj = True
    node = token
    if _time_frame(token) or (token.dep_ == "pobj" and token.head.lower_ in _PRESSED_PREPS and _pressed_by(token) is not None):
        return None  # an act framing another ("amid calls by X"), or done to the clause's subject ("under pressure from X")
    if _hung_object(token) is not None:
        return None  # "Qatar hosted and mediated talks": a verb the parser hung on its own object is no complement of it
    while node.head.i != node.i:
        if (node.dep_ in _SEPARATE_CLAUSES and not _condition(node) and not _for_to_clause(node) and not _given_time_to(node)
                and not _asked_act(node)):
            return None
        if node.head.dep_ in ("nsubj", "nsubjpass") and _participle_noun(node) is not None:
            return None
        if node.dep_ == "conj" and not only_conj and _announced_in_second_clause(token, node):
            return None  # "moved troops to X and said it would strike Y": the strike is the second clause's, not the move's
        only_conj = only_conj and node.dep_ == "conj"
        node = node.head
        if node.i in hits and not only_conj:
            return hits[node.i]
    return None


_DEADLINES = ("hour", "day", "week", "month", "deadline", "ultimatum")


def _act_given_time(token: Token) -> Token | None:
    """The act to do in the hours, days or deadline a verb gives ("gave X 48 hours to withdraw": "withdraw"), hung on
    the verb or on the time ("72 hours to leave" read as a clause of "hours")."""
    times = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _DEADLINES]
    if not times:
        return None
    return next((c for holder in (token, *times) for c in holder.children
                 if c.dep_ in ("advcl", "relcl", "acl") and (c.dep_ == "advcl" or holder.i != token.i)
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _given_time_to(clause: Token) -> bool:
    """The act an ultimatum demands ("gave X 48 hours to withdraw", "a deadline to leave"): asked of X, not done."""
    if not any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
        return False
    giver = clause.head.head if clause.dep_ in ("relcl", "acl") else clause.head
    act = _act_given_time(giver) if clause.dep_ in ("advcl", "relcl", "acl") else None
    return act is not None and act.i == clause.i


def _condition(clause: Token) -> bool:
    """A clause marked as a condition of the act above it ("unless X withdraws", "before X withdraws"); a past act
    "before" another is a time, told as done ("Before the minister visited X, officials drafted ...")."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in _CONDITIONS]
    return bool(marks) and not (marks == ["before"] and clause.tag_ == "VBD")


def _conditional_clause(clause: Token) -> bool:
    """An adverbial clause that states a condition: "if X attacks", "unless X withdraws", or one opened by an
    inverted auxiliary ("should X invade", "were X to invade", "had X invaded"); "as if" is a manner, no condition."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if any(m.lower_ in _CONDITION_MARKS and not (m.i > 0 and m.doc[m.i - 1].lower_ in ("as", "even")) for m in marks):
        return True
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not marks and subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were", "had") and c.i < subject.i for c in clause.children)


_SEEMING = function_words("seeming")  # "it looks as if X will attack": a guess that it may, no comparison


def _as_if_clause(clause: Token) -> bool:
    """An adverbial clause opened by "as if" or "as though": a comparison with what did not happen ("reacted as if X had
    invaded Y"), or, under a verb of seeming, a guess ("it looks as if X will send troops")."""
    if clause.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "though") and c.i > 0 and c.doc[c.i - 1].lower_ == "as"
               for c in clause.children)


def _as_if(token: Token) -> Token | None:
    """The "as if" clause the trigger lies in (anywhere above it, up to a relative clause, which tells a done act of its
    own), or None."""
    table = token_table(token.doc)  # the walk up over the table's indices: a Token object only for a clause to test
    head, dep, node = table.head, table.dep, token.i
    while head[node] != node:
        if dep[node] == "advcl" and _as_if_clause(token.doc[node]):
            return token.doc[node]
        if dep[node] in ("relcl", "acl") and node != token.i:
            return None
        node = head[node]
    return None


def _counterfactual(hit: Hit) -> bool:
    """An act inside an "as if" or "as though" clause under any verb but one of seeming ("treated the seizure as if Y had
    attacked it", "spoke as though X had invaded Y", "as if it were an invasion"): compared with, never done; no event."""
    clause = _as_if(hit.token)
    return clause is not None and clause.head.lemma_.lower() not in _SEEMING


def _seeming(token: Token) -> bool:
    """A verbal trigger in an "as if" clause under a verb of seeming: a guess, hypothetical ("it appears as though X
    has sent troops")."""
    clause = _as_if(token)
    return clause is not None and clause.head.lemma_.lower() in _SEEMING


def _in_condition(token: Token) -> bool:
    """A trigger inside a condition ("if the regime uses those weapons, we will strike"): an act that may happen, not
    one that did; the clause may sit anywhere above the trigger ("if X sends troops to attack Y"), but a relative clause
    inside it tells a done act ("if the country that invaded Y refuses": the invasion happened)."""
    node = token
    while node.head.i != node.i:
        if _conditional_clause(node):
            return True
        if node.dep_ in ("relcl", "acl") and not _noun_infinitive(node):
            return False
        node = node.head
    return False


def _noun_infinitive(clause: Token) -> bool:
    """A noun's infinitive complement ("the means to attack Y", "the capability to threaten its neighbours"): an act
    that may be done, no done act as a relative clause tells."""
    return clause.dep_ in ("acl", "relcl") and clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_DEFINITE = function_words("definite")
_NOUN_LINKS = ("dobj", "pobj", "prep", "conj", "appos", "attr", "compound", "oprd")


def _frame_of(token: Token, lexicon: EventLexicon) -> Token | None:
    """The noun that counts or times a nominal event, where the parser hangs the event's "by" and "against" phrases
    ("a series of raids by X against Y", "the second day of an offensive by X"): the head of the "of" it hangs on."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    frame = token.head.head
    return frame if frame.lower_ in lexicon.frame_nouns and frame.pos_ == "NOUN" else None


def _nominal_in_condition(token: Token) -> bool:
    """A nominal act that is the object of a clause under a condition, or of a verb a condition governs ("officials
    expect a deal between X and Y if the talks go well", "if X does not have the means for an invasion of Y"); a
    nominal in the subject of the condition is told as done ("if the president's veto is overridden": the veto was
    cast) and stays unmarked, and so does a definite or owned one, which is there already whatever the condition ("will
    tear up the treaty if ...", "if officials have questions about X's compliance")."""
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.children):
        return False
    node = token
    while node.dep_ in _NOUN_LINKS and node.head.i != node.i:
        if any(_conditional_clause(c) for c in node.children if c.i != token.i):
            return True
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _in_condition(node) or any(_conditional_clause(c) for c in node.children)
    return False


_BACKDROP_PREPS = function_words("backdrop_preps")  # "amid calls by X for calm": a backdrop wherever it stands
_PRESSED_PREPS = function_words("pressed_preps")  # "under pressure from X": an act X does to the clause's subject
_DOER_PREPS = function_words("doer_preps")  # "pressure from X", "attack by X": the one who does the act


def _pressed_by(token: Token) -> Token | None:
    """The verb whose subject an act named after "under" with its doer is done to ("Under pressure from X, Y closed its
    airspace", "Y withdrew under fire from X"): the act is X's toward Y, an event of its own and no target of Y's act."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PRESSED_PREPS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in _DOER_PREPS and any(g.dep_ == "pobj" for g in c.children) for c in token.children):
        return None
    verb = prep.head.head if prep.head.dep_ in ("nsubj", "nsubjpass") else prep.head  # "Y, under pressure from X, closed"
    return verb if verb.pos_ in ("VERB", "AUX") and not _under_fire(verb) else None  # "came under attack by X": the verb's own event


def _time_frame(token: Token) -> bool:
    """An act named as the time of a sentence it opens ("During the visit by X to Y, both sides signed ..."), or as its
    backdrop anywhere ("Y withdrew its envoy amid calls by X for calm"), an event of its own."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in _FRAMING_PREPS or prep.lower_ == "at":
        return False
    return prep.lower_ in _BACKDROP_PREPS or (prep.i < prep.head.i and prep.i == prep.sent.start)


def _partner_of_talks_before(verb: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The partner of the talks an agreement follows ("After talks with X, Y agreed to ...", "Y agreed to reopen the
    crossing following talks with X"): an agreement reached after talks is made with the other side of the talks."""
    for holder in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _FRAMING_PREPS:
                continue
            for talks in prep.children:
                if talks.dep_ == "pobj" and any(t.event_type == "CONSULT" for t in lexicon.nouns.get(talks.lower_) or lexicon.nouns.get(talks.lemma_.lower(), ())):
                    return next((g for w in talks.children if w.dep_ == "prep" and w.lower_ == "with"
                                 for g in w.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
    return None


def _agreed_measure(hit: Hit, above: Hit, lexicon: EventLexicon) -> bool:
    """A measure an agreement enacts in its that-clause or infinitive ("X agreed it would impose sanctions on Y", "X
    agreed to freeze Y's assets"), an event of its own beside the AGREE, as PLOVER codes the measure agreed; "agreed to
    talk" stays the agreement alone, and a measure under a condition is not enacted."""
    token = hit.token
    if above.trigger.event_type != "AGREE" or above.nominal or hit.nominal or token.head.i != above.token.i:
        return False
    if above.token.lemma_.lower() not in lexicon.deciding_verbs:
        return False
    if token.dep_ == "xcomp":  # "agreed to impose": the infinitive of a measure, with no condition
        return token.lemma_.lower() in lexicon.enacting_verbs and not any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in token.children)
    return token.dep_ == "ccomp" and _enacted(token, lexicon)


def _agreed_measures(hit: Hit, lexicon: EventLexicon) -> set[int]:
    """The words of the measures an agreement enacts (``_agreed_measure``), coded as events of their own: whom they aim
    at is not whom the agreement is with."""
    words: set[int] = set()
    if hit.trigger.event_type != "AGREE" or hit.nominal:
        return words
    for clause in hit.token.children:
        if clause.dep_ in ("xcomp", "ccomp") and (measure := match_trigger(clause, lexicon)) is not None and _agreed_measure(measure, hit, lexicon):
            words.update(t.i for t in clause.subtree)
    return words


def _a_number(token: Token | None) -> bool:
    """A bare number standing for people ("thousands", "hundreds", "200")."""
    return token is not None and (token.like_num or token.pos_ == "NUM" or token.ent_type_ == "CARDINAL") and not any(c.dep_ == "prep" for c in token.children)


_SMALL_NUMBERS = function_words("small_numbers")


def _handful(head: Token) -> bool:
    """A subject counted in ones ("two men", "three students"), not thousands: no crowd by its size."""
    number = next((c for c in head.children if c.dep_ == "nummod"), head if head.like_num else None)
    if number is None:
        return False
    text = number.lower_
    return text in _SMALL_NUMBERS or (text.isdigit() and int(text) <= 10)


def _after_dateline(verb: Token, first: Token) -> Token | None:
    """ "NAIROBI -- Kenyan troops attacked ...": the parse makes the dateline a first subject; the verb's subject is the
    one after the dash."""
    later = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i), None)
    if later is None or not any(t.text in ("-", "--", "—", "–", "_") for t in first.doc[first.i + 1 : later.i]):
        return None
    return later


def _raised_passive(token: Token) -> bool:
    """ "X are expected to be expelled", "X is due to be withdrawn": a passive infinitive whose subject the verb above
    it carries ("raised"); X undergoes the act, as the subject of "X were expelled" does."""
    return (token.dep_ == "xcomp" and token.head.i != token.i and token.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in token.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _subject(token: Token, lexicon: EventLexicon) -> tuple[Token | None, bool]:
    """The subject of a clause, climbing through control verbs; True when it is the passive subject of the token itself."""
    node = token
    for _ in range(6):
        for child in node.children:
            if child.dep_ in ("nsubj", "csubj") and node.dep_ == "relcl" and child.lower_ in ("who", "which", "that"):
                return node.head, False  # "X, who visited Y": the subject is X
            if child.dep_ in ("nsubj", "csubj"):
                return _after_dateline(node, child) or child, False
            if child.dep_ in ("nsubjpass", "csubjpass"):  # a noun the tagger read as a verb ("Aid to X was suspended")
                # "X is expected to visit Y": X is the agent of the infinitive; "X were reported killed": a participle under a
                # passive verb of saying or believing is itself passive, X the one killed
                return child, node.i == token.i or (token.tag_ == "VBN" and token.dep_ in ("xcomp", "oprd") and token.head.i == node.i
                                                    and not any(c.dep_ in ("aux", "auxpass") for c in token.children)  # "said to have breached": active
                                                    ) or _raised_passive(token)  # "diplomats expected to be expelled": they undergo it
        if node.dep_ == "relcl":
            return node.head, False
        if (before_aside := _subject_before_aside(node)) is not None:
            return before_aside, False  # "X, echoing Y, called on Z to ...": X calls
        if node.dep_ == "acl" and node.head.lemma_.lower() in lexicon.deciding_nouns and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner, False  # "X's decision to expel Y's envoy": X expels
        if node.dep_ == "xcomp" and node.head.i != node.i:
            controller = next((c for c in node.head.children if c.dep_ == "dobj"), None)
            if controller is not None and node.head.lemma_.lower() != "promise":
                return controller, False  # object control: "forced X to close", "asked X to leave"
        if node.dep_ != "conj" and (hung := _hung_object(node)) is not None:
            node = hung.head  # "crossed the border and engaged X units": the subject of "crossed"
            continue
        if (before := _subject_read_as_compound(node)) is not None:
            return before, False  # "X test-fired missiles" parsed as one noun phrase: X is the subject
        if node.i == token.i and token.tag_ == "VBZ" and token.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in token.children):
            before = next((c for c in token.children if c.dep_ == "compound" and c.i < token.i), None)
            if before is not None:
                return before, False  # "X army shells Y town": the headline's subject read as a compound of its verb
        if node.dep_ == "pcomp" and node.head.lower_ in _CLAUSE_PREPS and node.head.head.i != node.head.i:
            node = node.head.head  # "said after meeting X": the one who said met X
            continue
        if _headline_infinitive(node, lexicon):
            return node.head, False  # "Chinese president to visit Nepal": the verbless headline's noun does the act
        if node.dep_ in _CLAUSE_UP and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ in ("acomp",) or (node.dep_ == "dobj" and node.lower_ in lexicon.utterances) or _plan_with_act(node, lexicon):
            node = node.head  # "X released a statement condemning Y": the statement's words are X's
            continue
        break
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in lexicon.utterances:
        return token.head, False  # "U.N. resolutions condemning X were passed": no one issues them here; the text's own words
    return None, False


def _headline_noun_engaged_in(token: Token, lexicon: EventLexicon) -> Token | None:
    """The root noun of a headline with no verb whose "in" or "on" holds the event ("X PM in talks with Y", "X envoy on
    visit to Y"): it is engaged in the event, as "X PM is in talks with Y" says."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.dep_ != "prep":
        return None
    root = prep.head
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return None
    named = root.ent_type_ or any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or lexicon.place(t.text) is not None for t in root.lefts)
    return root if named else None  # a name or a place's noun ("Thai PM"), no imperative read as a name ("Fill in ...")


def _headline_infinitive(token: Token, lexicon: EventLexicon) -> bool:
    """A to-infinitive hung on the noun a verbless headline is ("Chinese president to visit Nepal", "Kenyan envoy to
    attend talks"): the headline's act ahead, whose doer is that noun."""
    return token.dep_ == "acl" and _headline_to_act(token, lexicon)


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _headline_to_act(token: Token, lexicon: EventLexicon) -> bool:
    """The act of a headline written "X to do Y" ("Chinese president to visit Nepal", "Kenya to send troops"), a
    "X is to do Y" with its "is" left out: a to-infinitive that is the root of a sentence with no finite verb, with a
    subject, or that hangs on the root noun naming who acts (a name or an office). "Plan to fight X", "panel votes to
    hold X" (a verb read as a noun) and a purpose clause ("deployed ... to break up") are no such headline."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(t.tag_ in _FINITE_TAGS for t in token.sent):
        return False
    if token.dep_ == "ROOT":
        return token.tag_ == "VB" and any(c.dep_ == "nsubj" for c in token.children)
    head = token.head
    return (token.dep_ in ("acl", "relcl") and head.dep_ == "ROOT"
            and (head.pos_ == "PROPN" or lexicon.sector(head.lemma_.lower()) is not None))


def _subject_before_aside(token: Token) -> Token | None:
    """The subject of a predicate the parser hung on a noun after an aside ("X, echoing Y, called on Z to ...": "called" a
    modifier of Y or of X): a finite verb with no subject of its own, right after a comma, is the sentence's predicate,
    and its subject the noun the aside follows, not the aside's object."""
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBZ", "VBP") or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
        return None
    node = token.head
    while node.dep_ in ("dobj", "pobj", "prep") or (node.dep_ in ("acl", "advcl") and node.tag_ in ("VBG", "VBN")):
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN") and node.i < token.i else None


def _several_sides(subject: Token, verb: Token, lexicon: EventLexicon) -> bool:
    """A plural subject that names several sides of one kind ("two militias", "rival factions", "the gangs ... fought each
    other"): a mutual act it does is between those sides."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    if any((c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")) or c.lower_ in lexicon.side_modifiers for c in subject.children):
        return True
    return any(t.i > 0 and (t.nbor(-1).lower_, t.lower_) in (("each", "other"), ("one", "another")) for t in verb.subtree if t.i > verb.i)


def _actor_head(token: Token, lexicon: EventLexicon, entities: EntityIndex, hops: int = 0) -> Token | None:
    """The token itself if it can be an actor, else an actor in apposition ("Summary: Presidents X and Y").

    A named entity in apposition wins over a title or a bare proper noun
    ("Presidents X and Y" is X and Y, so the conjunct Y can be the target).
    """
    named = [c for c in token.children if c.dep_ == "appos" and entities.covering(c.idx, c.idx + len(c.text))]
    if named and not entities.covering(token.idx, token.idx + len(token.text)):
        return named[0]
    if is_actor(token, lexicon, entities):
        for child in token.children:
            if child.dep_ == "appos" and hops < 3 and not entities.covering(token.idx, token.idx + len(token.text)):
                deeper = [g for g in child.children if g.dep_ == "appos" and entities.covering(g.idx, g.idx + len(g.text))]
                if entities.covering(child.idx, child.idx + len(child.text)) or deeper:
                    return _actor_head(child, lexicon, entities, hops + 1)
        return token
    if token.lower_ in lexicon.partitives or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and hops < 3:
                    return _actor_head(obj, lexicon, entities, hops + 1)
    for child in token.children:
        if child.dep_ == "appos" and hops < 3:
            found = _actor_head(child, lexicon, entities, hops + 1)
            if found is not None:
                return found
    return None


_OWNER_PREPS = function_words("owner_preps")


def _mission_protested(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The state whose mission a protest stands at ("outside the X embassy", "in front of X's consulate"): whom it is
    aimed at, not the country the crowd is in."""
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "staged a protest outside ...": hung on the object
    sites = [g for h in holders for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    sites += [g for s in list(sites) for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for site in sites:
        if site.lemma_.lower() in lexicon.protest_sites or site.lower_ in lexicon.protest_sites:
            if is_actor(site, lexicon, entities):
                return site  # "the US embassy", an actor of its own
            owner = next((c for c in site.children if c.dep_ in ("poss", "amod", "compound") and c.i < site.i
                          and (is_actor(c, lexicon, entities) or lexicon.place(c.text) is not None)), None)
            if owner is not None:
                return owner
    return None


def _owner(thing: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Whose a place or thing is, by its "of" or "for" ("the offices of a Kenyan newspaper", "a camp for Sudanese
    refugees"): an act on it is aimed at them."""
    return next((g for c in thing.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS
                 for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)


_BY_PLACE = function_words("by_place")  # where an attack by no one named happened ("a bombing near the town of X")


def _place_of_attack(cause: Token, token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The place an attack whose cause is an event, not an actor, happened by, when it names a country ("a roadside
    bombing near the town of X killed ...": X's country), from the cause's "near" or "outside" or the verb's "in",
    "near" or "outside" (or that place's "of": "the city of X"); the cause's "in" is where it was ("a bombing in X"). The place stands for the attack's unnamed actor, as the PLOVER records code it;
    the verb's "in" when the dead are named ("killed 12 in X") is where they were, their country the target, as the
    records code "were killed in X"."""
    victims = any(c.dep_ == "dobj" for c in token.children)
    for node in (cause, token):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in _BY_PLACE:
                continue
            if prep.lower_ == "in" and (node is cause or victims):
                # "a bombing in X killed ...": where the attack was, not who did it; "a bombing killed 12 in X": where the
                # dead were, whose country the target is (as the records code it)
                continue
            if (place := _state_place(prep, lexicon, entities)) is not None:
                return place
    return None


def _attack_site(cause: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The place named after "in" on an attack noun that a verb's subject is ("a truck attack in X kills 80"): where it
    was, the target when the act names no one else (as a curfew or a raid "in X" is aimed at X)."""
    return next((place for prep in cause.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 and (place := _state_place(prep, lexicon, entities)) is not None), None)


def _state_place(prep: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The object of a preposition (or its "of": "the city of X") when it is a place that names a state."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        named = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for place in named:
            code = code_actor(place, lexicon, entities).code if is_actor(place, lexicon, entities) else None
            if code and len(code) == 3 and code != "IGO" and place.ent_type_ in ("GPE", "LOC"):
                return place
    return None


def _event_noun(token: Token, lexicon: EventLexicon) -> bool:
    """A noun that names an event ("the invasion of X"): its "of" is the event's party, not an owner."""
    return token.lemma_.lower() in lexicon.nouns or token.lower_ in lexicon.nouns


_REACTIONS = ("SUPPORT", "ACCUSE")  # praise and blame: of an act, they are aimed at its doer
_ANSWERS = ("SUPPORT", "ACCUSE", "REJECT")  # praise, blame and refusal of an act named as the passive's subject: at its doer


def _visitor_received(verb: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The visitor a host receives when its object is the visit ("Y welcomed the visit of X's minister to Y's capital",
    "... X's visit to Y"): the parser hangs the visit's "to" on the verb, which read the destination as the one received."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and _event_noun(obj, lexicon):
            owner = next((c for c in obj.children if c.dep_ == "poss" and not is_pronoun(c) and is_actor(c, lexicon, entities)), None)
            return owner or _doer_of_act(obj, lexicon, entities)
    return None


def _doer_of_act(noun: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The doer of the act an event noun names, when praise or blame is about it: its "by" phrase ("the arrest of Y
    fishermen by X"), its owner ("X's visit to Z": not the victim of "the minister's murder"), the "from" of a request
    ("a request for aid from X"), or the "of" of a visit ("the visit of X's premier") or of forces moved ("the withdrawal of X
    troops"); not the people it is done to, nor where it goes ("to Z", "from Z")."""
    if not _event_noun(noun, lexicon):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((g for g in prep.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
    lemma = noun.lemma_.lower()
    if lemma not in lexicon.suffered_nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss" and not is_pronoun(c) and is_actor(c, lexicon, entities)), None)
        if owner is not None:
            return owner
    if any(t.event_type == "REQUEST" for t in lexicon.nouns.get(lemma, ())):
        asked = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        return next((g for holder in (noun, *asked) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
    visit = any(t.mode == "visit" for t in lexicon.nouns.get(lemma, ()))
    if not visit and lemma not in lexicon.own_objects:
        return None
    return next((g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for g in prep.children
                 if g.dep_ == "pobj" and is_actor(g, lexicon, entities) and (visit or _forces(g, lexicon))), None)


def _visitor(head: Token, lexicon: EventLexicon) -> bool:
    """The owner, "of" or "by" of a visit ("the Pope's visit to X was hailed by Y"): a guest is of no place the
    sentence names, least of all the one visited."""
    noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "by") else head.head if head.dep_ == "poss" else None
    return noun is not None and any(t.mode == "visit" for t in lexicon.nouns.get(noun.lemma_.lower(), ()))


def _carrier_subject(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """A nominal act whose partner is in its own "with", "of" or "against" phrase, inside the phrase of a verb that is
    no trigger: the verb's subject does it. Three frames only: "in" a nominal with a "with" partner ("wrote the guidelines in
    cooperation with X"); the object, or the "with" phrase, of a verb when a possessive pronoun refers the act to its
    subject ("marked its invasion of X", "keeps the coast with its conquest of X"); "to" after an adjective of resolve
    ("is committed to a possible strike against X"). Anything else ("spoke about the invasion of X") names no doer."""
    partners = {c.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "of", "against")
                and any(g.dep_ == "pobj" and is_actor(g, lexicon, entities) for g in c.children)}
    if not partners:
        return None
    own_pronoun = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in token.children)
    verb = None
    if token.dep_ == "dobj" and own_pronoun:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        prep, above = token.head.lower_, token.head.head
        if prep == "in" and "with" in partners and not own_pronoun:
            verb = above.head if above.dep_ == "dobj" else above  # the parser may hang "in ..." on the verb's object
        elif prep == "with" and own_pronoun:
            verb = above
        elif prep == "to" and above.dep_ == "acomp" and above.lower_ in lexicon.resolve_adjectives:
            verb = above.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject, passive = _subject(verb, lexicon)
    if subject is None or passive:
        return None
    subject = _resolve_pronoun(subject, entities)
    return subject if is_actor(subject, lexicon, entities) else None


def _resolve_pronoun(subject: Token, entities: EntityIndex) -> Token:
    """A pronoun subject stands for whom the one pronoun policy (``coreference.PersonResolver``) says: "he" or "she"
    for a person named before, "we" in a quote for its speaker, "they" in "X said they would ..." for X (also a
    "he" no person fits: the event still has its reporter); else the actors extractor's resolution stands."""
    if not is_pronoun(subject) or entities.covering(subject.idx, subject.idx + len(subject.text)) or entities.persons is None:
        return subject
    doc = subject.doc
    if subject.lower_ in THIRD_PERSON or subject.lower_ in FIRST_PERSON:
        found = entities.persons.resolve(doc[subject.i : subject.i + 1])
        named = doc.char_span(found.start_char, found.end_char, alignment_mode="expand") if found is not None else None
        if named is not None:
            return named.root
    # "the ministry said he would ...": the ministry, if no one; "X denied it. It accused Y ...": X
    return entities.persons.reporter(subject) or _state_before(subject) or _state_in_clause_before(subject) or subject


def _named_state(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") and token.ent_type_ in ("GPE", "ORG") and not is_pronoun(token)


def _state_in_clause_before(pronoun: Token) -> Token | None:
    """The state "it" (or the states "they") inside a sentence stands for: the named subject of the clause before it that
    its own clause is joined to ("X massed troops on the border, and then it invaded Y"; "after X invaded Y, it
    annexed ..."; "X refused, although it met ..."); "they" only for coordinated states ("X and Y met, and they
    agreed ..."). An expletive "it" ("it was the first time") and a subject that is no named state or body stay."""
    verb = pronoun.head
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ == "be":
        return None
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i]
    if verb.dep_ in ("conj", "advcl") and verb.head.i < pronoun.i:
        clauses.append(verb.head)
    said = verb.head
    if (verb.dep_ == "ccomp" and said.dep_ == "conj" and said.head.i < pronoun.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)):
        clauses.append(said.head)  # "X moved troops and said it would strike Y": the subject the two verbs share
    for clause in sorted(clauses, key=lambda c: -c.i):  # the nearest clause first
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _named_state(subject):
            continue
        if subject.ent_type_ != "GPE" and pronoun.dep_ == "nsubjpass":
            continue  # "when X examined the statement, it was labeled ...": what is done to is as often the body's object
        if (pronoun.lower_ == "they") == bool(subject.conjuncts) and all(_named_state(c) for c in subject.conjuncts):
            return subject
    return None


def _state_before(pronoun: Token) -> Token | None:
    """The state or body "It" opening a sentence stands for: the subject of the sentence before, when that is a named
    country or organisation ("Iraq said it invaded Kuwait over oil. It accused Kuwait of ..."), as a wire story goes on
    about the same state; a person, a plural or an expletive "it" ("It was the first time") is left alone."""
    sent = pronoun.sent
    if pronoun.lower_ != "it" or pronoun.i != sent.start or pronoun.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return None
    if pronoun.head.lemma_ == "be":
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNP" or subject.ent_type_ not in ("GPE", "ORG"):
        return None
    return subject


def _decider(subject: Token, lexicon: EventLexicon) -> Token | None:
    """Who "it" or "they" is in a clause a decision verb governs ("X decided it would impose ...", "the cabinet
    resolved that they would freeze ..."): the one who decides, when no pronoun itself."""
    verb = subject.head
    if subject.lower_ not in ("it", "they", "we") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon.deciding_verbs:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and not is_pronoun(c)), None)


_OWN = function_words("own")


def _own(token: Token, lexicon: EventLexicon) -> bool:
    """ "its troops", "their forces": the source's own people are what it acts with, not its target.

    A phrase that names another country or a proper name stays a target ("his Velorian counterpart").
    """
    if not any(c.dep_ == "poss" and c.lower_ in _OWN for c in token.children) or token.lemma_.lower() in lexicon.relational:
        return False  # "her opponent", "its neighbours": another actor, named by the relation
    return not any(c.dep_ in ("amod", "compound") and (lexicon.place(c.text) or c.text[:1].isupper()) for c in token.children)


_ANNOUNCING_AUX = frozenset(function_words("announcing_aux"))  # an act announced ahead ("wo" of "won't")


def _threatened(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Whom a warning's that-clause, an act announced ahead ("will", "would"), aims at: the clause's subject if another
    actor ("warned that X would pay"), else, the warner's own act, that act's target ("warned that it would close its
    border with X"); a forecast ("warned that the vote could hurt growth in X") aims at no one."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i in skip:
            continue
        announced = any(c.dep_ == "aux" and c.lower_ in _ANNOUNCING_AUX for c in clause.children)
        if not announced and not (is_pronoun(subject) and any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_AUX for c in clause.children)):
            continue  # "warned it could retaliate against Y": the warner's own act may be a "could"; another's is a forecast
        if not is_pronoun(subject):
            return subject if is_actor(subject, lexicon, entities) else None
        found = _first_actor_below(clause, lexicon, entities, skip | {subject.i})
        if found is not None:
            return found
    return None


def _told_as_past(clause: Token) -> bool:
    """A clause told in a past tense with no modal or future auxiliary ("X had raised", "X raised", "X has raised")."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "would", "shall", "'ll") for a in auxes):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(a.lower_ in ("had", "has", "have", "'d", "'ve") for a in auxes))


def _forecast(hit: Hit, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """A warning that forecasts rather than threatens (``warnings``): no actor warns ("economists warned that ..."), its
    that-clause is about a thing, no actor, pronoun or act ("warned that inflation would climb"), or what it warns of
    is no act and no leverage, with no condition ("warned of famine in X"; "warned of consequences if ..." threatens)."""
    token = hit.token
    if hit.nominal or hit.trigger.event_type != "THREATEN" or token.lemma_.lower() not in lexicon.warning_verbs:
        return False
    warner, passive = _subject(token, lexicon)
    if not passive and (warner is None or not is_actor(_resolve_pronoun(warner, entities), lexicon, entities)):
        return True
    # the that-clause, also where the parser hangs it on the one warned ("warned residents that heavy rains will cause
    # floods": an acl of "residents")
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    clauses += [g for c in token.children if c.dep_ in ("dobj", "dative") for g in c.children
                if g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not (is_pronoun(subject) or is_actor(subject, lexicon, entities) or _event_noun(subject, lexicon)
                                        or subject.lemma_.lower() in lexicon.warning_leverage):
            return True
    if clauses and all(_told_as_past(c) for c in clauses):
        return True  # "warned that X had raised the dangers": a charge about what was done, no harm ahead
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in token.children):
        return False
    warned_of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(warned_of) and not any(_event_noun(g, lexicon) or g.lemma_.lower() in lexicon.warning_leverage
                                       or is_actor(g, lexicon, entities) for g in warned_of)


def _warned_of_another(hit: Hit, hits: dict[int, Hit], lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """A warning that another actor could act ("X warned that Y could invade Z"): Y's act, told as possible under
    "could", "might" or "may", is coded as Y's (hypothetical), and is no threat of X's; "X warned that Y would pay" (no
    act of Y's), "X warned that it could strike" and "X warned that its army could strike" stay X's threats."""
    token = hit.token
    if hit.nominal or hit.trigger.event_type != "THREATEN" or token.lemma_.lower() not in lexicon.warning_verbs:
        return False
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i not in hits or not any(
                c.dep_ == "aux" and c.lower_ in _CONDITIONAL_AUX for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or is_pronoun(subject) or any(c.dep_ == "poss" for c in subject.children):
            continue
        if is_actor(subject, lexicon, entities) and not _same_place(subject, _subject(token, lexicon)[0], lexicon):
            return True
    return False


def _same_place(one: Token, other: Token | None, lexicon: EventLexicon) -> bool:
    """Two phrases whose heads or modifiers name the same state ("Turkey" and "Turkish troops")."""
    if other is None:
        return False
    places = {found.code for tok in (other, *other.children) if (found := lexicon.place(tok.text)) is not None}
    return any((found := lexicon.place(tok.text)) is not None and found.code in places for tok in (one, *one.children))


def _foreseen(hit: Hit, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """A hostile act foreseen by no actor ("analysts warned that X could retaliate against Y", "experts fear Y might
    strike"): under "could", "might", "would" in the that-clause of a verb of forecasting (``warnings.forecasting``)
    whose subject is no actor, it is a forecast, no threat by its doer; an actor's warning codes its own threat."""
    act = hit.token.head if hit.nominal and hit.token.dep_ == "dobj" else hit.token  # "would impose tariffs": the verb's
    node = act
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "could try to retaliate"
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in lexicon.forecasting_verbs or (hit.nominal and act.pos_ not in ("VERB", "AUX")):
        return False
    if hit.trigger.event_type not in lexicon.hostile and hit.trigger.event_type != "THREATEN":
        return False
    future, hypothetical, _, _ = _flags(act, lexicon)
    if not (future or hypothetical):
        return False
    forecaster, passive = _subject(node.head, lexicon)
    return not passive and (forecaster is None or not is_pronoun(forecaster) and not is_actor(forecaster, lexicon, entities))


def _first_actor_below(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int], places: bool = True) -> Token | None:
    """The target: the direct object, else the object of "with/to/against/...", else the nearest actor below.

    ``places``: False for acts between parties (a meeting, an agreement), whose place ("met in Hanoi") is where, not whom."""
    # walked over the token table's indices: a Token object is made only for a word asked about as an actor
    doc, table = token.doc, token_table(token.doc)
    dep, lower, kids = table.dep, table.lower, table.children
    # whom the report is according to is its source, not the act's party ("allocated funds, according to a news agency")
    children = [c for c in kids(token.i) if c not in skip and lower[c] != "according" and not (places and _comitative(lower, c))
                and not (lower[c] in _PRESSED_PREPS and any(_pressed_by(doc[g]) is not None for g in kids(c)))]  # "under pressure from X": X's act
    for child in children:
        if dep[child] in _OBJ and is_actor(doc[child], lexicon, entities) and not _own(doc[child], lexicon) and not _thing_passed(doc[child], lexicon):
            if not _topic_beside_partner(doc[child], token, lexicon, entities):
                return doc[child]
    objects = [c for c in children if dep[c] in _OBJ]  # "held talks with X": the preposition hangs on the object
    for child in children + [g for o in objects for g in kids(o) if g not in skip]:
        if dep[child] in ("prep", "agent") and lower[child] in _PREFERRED_PREPS:
            for obj in kids(child):
                if dep[obj] == "pobj" and obj not in skip and is_actor(doc[obj], lexicon, entities):
                    return doc[obj]
                if dep[obj] == "pobj" and (named := next((a for a in _antecedents(doc[obj], token) if is_actor(a, lexicon, entities)), None)):
                    return named  # "X's leader, with whom the king met": the leader
    for child in objects:
        if (named := next((a for a in _antecedents(doc[child], token) if is_actor(a, lexicon, entities)), None)) is not None:
            return named  # "the envoy, whom the minister received": the envoy
    # a reporting verb coordinated with the trigger reports a clause of its own ("moved troops and said it would strike
    # Y": not Y); a verb sharing the object stays ("signed a pact with and later sent aid to X")
    queue = deque(c for c in children if dep[c] not in _SUBJ + ("punct", "advcl", "ccomp", "parataxis", "relcl")
                  and not (dep[c] == "conj" and doc[c].pos_ == "VERB" and doc[c].lemma_.lower() in lexicon.reporting)
                  and not (dep[c] == "prep" and lower[c] in _TIME_PREPS))  # "mobilized since X's invasion": a time, not X
    seen = 0
    while queue and seen < 40:
        node = queue.popleft()
        seen += 1
        if node in skip:
            continue
        if dep[node] == "compound" and any(v.i == node for v in venues(doc[table.head[node]], lexicon)):
            continue  # "boycotted the Geneva talks": where the talks are held, no party to the act
        if (dep[node] in _OBJ + ("pobj", "poss", "amod", "compound", "dobj", "npadvmod", "nsubj") and is_actor(doc[node], lexicon, entities)
                and not _own(doc[node], lexicon) and not _thing_passed(doc[node], lexicon)):
            if not (dep[node] == "pobj" and lower[table.head[node]] not in lexicon.target_preps and not _particle_read_as_preposition(table, node, token.i)) and (
                    places or not _where_not_whom(doc[node], lexicon)):
                return doc[node]
        queue.extend(c for c in kids(node) if dep[c] not in ("punct", "relcl", "advcl") and not _time_clause(table, c) and lower[c] != "according"
                     and not (places and _comitative(lower, c)) and not (dep[c] == "prep" and lower[c] in _TIME_PREPS))
    return None


_PARTICLES = function_words("particles")  # "shoots down X", "locks up X": a verb's particle the parser made a preposition


def _particle_read_as_preposition(table, obj: int, verb: int) -> bool:
    """ "Turkey shoots down Russian jet": the parser reads the particle as a preposition of the verb; its object is the verb's."""
    prep = table.head[obj]
    return table.head[prep] == verb and table.lower[prep] in _PARTICLES and table.dep[prep] == "prep"


def _antecedents(pronoun: Token, verb: Token) -> tuple[Token, ...]:
    """The nouns a relative pronoun the verb's relative clause governs may stand for ("the president, with whom the king
    met": the president; "the envoy, whom X received"): the noun the clause hangs on, then the noun just before the
    clause, where the parser hangs it higher ("a message from X, with whom the king met"). None for any other word, in
    a passive clause ("a meeting from which they were excluded"), and for "which" as an object (a thing done)."""
    if pronoun.lower_ not in ("whom", "who", "which") or verb.dep_ != "relcl":
        return ()
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return ()
    if pronoun.dep_ == "dobj" and pronoun.lower_ == "which":
        return ()
    doc, before = verb.doc, verb.left_edge.i - 1
    if before >= 0 and doc[before].is_punct:
        before -= 1
    found = [n for n in (verb.head, doc[before] if before >= 0 else None) if n is not None and n.pos_ in ("NOUN", "PROPN")]
    return tuple(found)


def _topic_beside_partner(obj: Token, verb: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """The object a verb is about, an actor only by a place before it ("discussed the Somalia crisis with X", "raised the
    Sudan question with Y"), when a "with" phrase names the partner: the topic, not whom the act is with."""
    if obj.dep_ != "dobj" or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or lexicon.place(obj.text) is not None:
        return False
    if lexicon.sector(obj.lemma_.lower()) or lexicon.sector(obj.lower_) or entities.covering(obj.idx, obj.idx + len(obj.text)) is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and is_actor(g, lexicon, entities) for g in c.children)
               for c in (*verb.children, *obj.children))  # the parser may hang "with X" on the topic


def _comitative(lower, i: int) -> bool:
    """ "alongside X", "together with X", "along with X": a partner of the doer, not whom a one-sided act is aimed at
    ("patrolled the gulf alongside three US vessels", "attacked the town together with militia fighters"). Only acts
    not between parties skip it: for a meeting or joint drills the partner is the other party."""
    return lower[i] == "alongside" or (lower[i] == "with" and i > 0 and lower[i - 1] in ("together", "along"))


def _thing_passed(node: Token, lexicon: EventLexicon) -> bool:
    """A gift that is also a sector word, passed on by its verb ("shared intelligence with X"), or people swapped ("swapped
    prisoners with X"): the thing, not the target."""
    if node.dep_ == "dobj" and node.head.lemma_.lower() in lexicon.mutual_verbs and node.lemma_.lower() in lexicon.swapped:
        return True  # "swapped prisoners with X": the prisoners are exchanged, X is the other side
    return node.dep_ == "dobj" and node.lemma_.lower() in lexicon.gifts and node.head.lemma_.lower() in lexicon.passing_verbs


_PROTECTING = function_words("protecting")  # whom they protect is the target, not what from
_CLAUSE_PREPS = function_words("clause_preps")
_TIME_PREPS = function_words("time_preps")  # what they govern is a time, not whom an act is aimed at
_VENUE_PREPS = function_words("venue_preps")
_MISREAD_SUBJECT = function_words("misread_subject")  # how the parser hangs a rare name before its verb


def _where_not_whom(node: Token, lexicon: EventLexicon) -> bool:
    """A place an act between parties happens in ("met in Hanoi", "signed a truce at Geneva"): a venue, not a party."""
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in _VENUE_PREPS and (lexicon.place(node.text) is not None or node.ent_type_ in ("GPE", "LOC", "FAC"))


def _time_clause(table, i: int) -> bool:
    """A verb under a preposition of time ("after meeting X, Y condemned ..."): another act, whose actors are not this one's target."""
    return table.dep[i] == "pcomp" and table.pos[i] in ("VERB", "AUX") and table.lower[table.head[i]] in _CLAUSE_PREPS


def _light_verb(token: Token, lexicon: EventLexicon) -> Token | None:
    """The light verb whose object the nominal event is: "held talks", also through a measure ("launched ten days of war games")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in _OBJ:
        token = token.head.head  # "days of", "a round of", "a series of"
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() == "responsibility" and token.head.head.dep_ in _OBJ:
        return token.head.head.head  # "claimed responsibility for the attack": the claimant is its agent
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "claim":
        return token.head  # "X claimed the attack": responsibility for it, as "claimed responsibility for the attack"
    if token.dep_ == "pobj" and token.head.lower_ == "in" and _taking_part(token.head.head):
        return token.head.head  # "took part in talks", "participated in negotiations"
    if token.dep_ in (*_OBJ, "nsubjpass") and _light(token.head, lexicon):
        return token.head  # also in the passive ("an appeal was issued by X")
    return None


def _light(verb: Token, lexicon: EventLexicon) -> bool:
    """A light or support verb, by its lemma or its regular stem ("staged", which the lemmatizer reads as "stag"); not one
    that names its object ("called the launch a mistake": the launch is not the caller's)."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return False
    return any(form in lexicon.light_verbs or form in lexicon.support_verbs for form in _forms(verb.lemma_.lower(), verb.lower_))


def _attack_reported(token: Token, verb: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """ "X announced the attack on Y": a light verb that also reports ("announce") passes no attack already known (the
    definite article) to its subject, who may only be telling of it; "X announced an offensive" is X's, as is the attack
    X "claimed responsibility for"."""
    return (event_type == "ASSAULT" and token.head.i == verb.i and verb.lemma_.lower() in lexicon.reporting
            and verb.lemma_.lower() != "claim" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))


def _taking_part(verb: Token) -> bool:
    """A verb of taking part whose "in" names the event joined ("participated in", "took part in", "engaged in")."""
    lemma = verb.lemma_.lower()
    return lemma in ("participate", "engage") or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


_MEASURES = ("round", "series", "couple", "day", "week", "month", "hour", "session")


def _measure(token: Token) -> bool:
    """A noun that counts or times what its "of" names ("two days of", "a round of")."""
    return token.lemma_.lower() in _MEASURES or any(c.dep_ == "nummod" for c in token.children)


_ERRAND_PREPS = function_words("errand_preps")  # "flew to X for talks", "is on a visit to X", "returned from a visit to X"


def _drawn_from(token: Token, lexicon: EventLexicon, entities: EntityIndex, event_type: str) -> tuple[Token, Token | None] | None:
    """Who acts and on whom in a reaction drawn from someone ("X drew criticism from Y", "X's decision won praise from Y"),
    or in an act received ("X won American support", "X had Turkish backing", "X received Chinese aid").

    The one named after "from", or the actor modifying a one-sided act noun, is the agent of the event noun; its target
    is the subject, or the actor owning or modifying it (the subject is often X's act rather than X: "Kenya's attack
    drew condemnation"). A mutual act ("had Chinese talks") is the subject's too, and is left to the light verb.
    """
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in lexicon.drawing_verbs | lexicon.having_verbs:
        return None
    verb = token.head
    # a request's "from" may hang on what is asked for ("received a request for troops from X")
    asked = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"] if event_type == "REQUEST" else []
    agent = next((g for holder in (token, verb, *asked) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
    if agent is None and event_type not in lexicon.mutual_types:  # "Germany's support"; "American support": the noun is coded American
        agent = next((c if is_actor(c, lexicon, entities) else token for c in token.children
                      if c.dep_ in ("amod", "compound", "poss") and c.i < token.i
                      and (is_actor(c, lexicon, entities) or _nationality(c, lexicon))), None)
    if agent is None:
        return None
    subject, _ = _subject(verb, lexicon)
    if subject is None or is_actor(subject, lexicon, entities):
        return agent, subject
    owner = next((c for c in subject.children if c.dep_ in ("poss", "amod", "compound") and is_actor(c, lexicon, entities)), None)
    return agent, owner


def _force_on_words(hit: Hit, lexicon: EventLexicon) -> Hit | None:
    """An act of force done to a proposition is words ("blasted the decision": ACCUSE; "killed the proposal": REJECT)."""
    if hit.trigger.event_type != "ASSAULT":
        return None
    token = hit.token
    if not hit.nominal and (_retort(token, lexicon) or _says_a_quote(token)):
        return Hit(token, Trigger(hit.trigger.head, hit.trigger.word, "ACCUSE", "disapprove"), False)
    if hit.nominal:
        if not (token.lemma_.lower() in lexicon.criticizing_verbs and _noun_attack_in_words(token, lexicon)):
            return None
        return Hit(token, Trigger(hit.trigger.head, hit.trigger.word, "ACCUSE", "disapprove"), True)
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.propositions for c in token.children):
        if not (token.lemma_.lower() in lexicon.criticizing_verbs and (_in_words(token, lexicon) or _on_a_rival(token, "nsubj", "dobj", lexicon))
                or token.lemma_.lower() in lexicon.reciprocal_verbs and _fire_traded_in_words(token, lexicon)):
            return None
    if token.lemma_.lower() in lexicon.killing_verbs:
        return Hit(token, Trigger(hit.trigger.head, hit.trigger.word, "REJECT", None), False)
    return Hit(token, Trigger(hit.trigger.head, hit.trigger.word, "ACCUSE", "disapprove"), False)


_NOT_A_TOPIC = ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "PERSON", "ORG")  # "over the weekend", "over Kashmir": when, where or whom


def _fire_traded_in_words(token: Token, lexicon: EventLexicon) -> bool:
    """ "The ministers exchanged shots in a debate", "X and Y traded blows over tariffs": fire or blows traded by unarmed
    doers in a medium of words or over a topic are a quarrel, criticism both ways, not a fight."""
    doer, passive = _subject(token, lexicon)
    if doer is None or passive or _armed(doer, lexicon) or any(_armed(c, lexicon) for c in doer.conjuncts):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    for prep in (*token.children, *(c for o in objects for c in o.children)):  # "traded blows over tariffs": on the blows
        if prep.dep_ != "prep":
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            if prep.lower_ in lexicon.media_preps and (g.lower_ in lexicon.utterances or g.lower_ in lexicon.media_nouns):
                return True  # "in a televised debate", "in interviews"
            if (prep.lower_ in lexicon.reason_preps and g.ent_type_ not in _NOT_A_TOPIC and g.lemma_.lower() not in lexicon.borders
                    and lexicon.sector(g.lemma_) is None):
                return True  # "over tariffs", "over the budget"
    return False


_STRIKE_TARGETS = ("base", "position", "target", "camp", "facility", "site", "convoy", "compound", "airfield", "airbase",
                   "depot", "stronghold", "hideout", "headquarters", "outpost", "barracks", "militant", "fighter", "rebel")


def _strike_of_force(hit: Hit, lexicon: EventLexicon) -> Hit | None:
    """A bare "strike(s)" noun done by a state or an armed force on someone or somewhere else ("the Kenyan strikes in
    Somalia", "X's strikes on Y", "a strike on an air base"; also under a light verb, "the strikes continued") is an
    attack (CAMEO 190/195), not the labour strike the bare noun is: a state's or armed body's strike in or on another
    country, or one on a place or a military target; a strike by workers or unions, one in the striker's own country,
    or "on Monday" stays a protest."""
    if hit.trigger.event_type != "PROTEST" or hit.trigger.mode != "strike":
        return None
    token = hit.token if hit.nominal else next((c for c in hit.token.children if c.lower_ in ("strike", "strikes")), None)
    if token is None or token.lower_ not in ("strike", "strikes"):
        return None
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("hunger", "general", "labour", "labor", "work", "rent", "sympathy")
           for c in token.children):
        return None
    doers = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
    doers += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if any(lexicon.sector(d.lemma_.lower()) not in (None, *lexicon.armed_sectors) for d in doers if lexicon.place(d.text) is None):
        return None  # "a strike by dock workers", "the teachers' strike": workers stop work
    homes = {found.code for d in doers if (found := lexicon.place(d.text)) is not None and found.kind != "igo"}
    armed = any(_armed(d, lexicon) for d in doers)
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "against"):
            continue
        for aimed in prep.children:
            if aimed.dep_ != "pobj" or aimed.ent_type_ in ("DATE", "TIME"):
                continue
            if prep.lower_ != "in" and aimed.lemma_.lower() in _STRIKE_TARGETS:
                return Hit(hit.token, Trigger(hit.trigger.head, hit.trigger.word, "ASSAULT", None), hit.nominal)
            places = [found.code for t in aimed.subtree if (found := lexicon.place(t.text)) is not None and found.kind != "igo"]
            if places and ((homes or armed) and not set(places) <= homes or (prep.lower_ != "in" and not homes)):
                return Hit(hit.token, Trigger(hit.trigger.head, hit.trigger.word, "ASSAULT", None), hit.nominal)
    return None


def _retort(token: Token, lexicon: EventLexicon) -> bool:
    """ "The minister hit / fired / shot back at X": an official or a person striking back answers in words (CAMEO 111);
    troops, rebels and states firing back stay force."""
    lemma = token.lemma_.lower()
    if lemma not in (*_STRIKING, "push") or not any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in token.children):
        return False  # "we will fight back" stays the fight it announces
    doer, passive = _subject(token, lexicon)
    if doer is None or passive or _armed(doer, lexicon):
        return False
    if doer.lower_ in _PERSONS:
        return True  # "he shot back", "we hit back at the critics": a person answering
    if lemma == "push":  # "the campaign pushed back against the attack": a rebuttal; "pushed back the rebels" stays force
        return not any(c.dep_ == "dobj" for c in token.children) and doer.ent_type_ not in ("GPE", "NORP") and lexicon.place(doer.text) is None
    return doer.ent_type_ not in ("GPE", "NORP") and lexicon.place(doer.text) is None and (
        doer.ent_type_ == "PERSON" or lexicon.sector(doer.lemma_) is not None)


def _says_a_quote(token: Token) -> bool:
    """ '"We will never give up," the minister retaliated': a verb of force that reports a quoted clause (its own
    quote marks and a clausal complement) strikes back in words (CAMEO 111), as "shot back" does."""
    return (any(c.dep_ == "punct" and c.tag_ in ("``", "''") for c in token.children)
            and any(c.dep_ in ("ccomp", "parataxis") for c in token.children))


_STRIKING = function_words("striking")
_PERSONS = function_words("persons")  # pronouns of people, never of a state or a unit ("it", "they" may be)


def _on_a_rival(token: Token, doer_dep: str, done_to_dep: str, lexicon: EventLexicon) -> bool:
    """An attack on a rival by no armed body ("the senator attacked her opponent"): words in a contest, as news uses it;
    rebels attacking their rivals stay force (``propositions.rivals``, ``armed_sectors``)."""
    done_to = next((c for c in token.children if c.dep_ == done_to_dep), None)
    if done_to is None or done_to.lemma_.lower() not in lexicon.rivals:
        return False
    doer = next((c for c in token.children if c.dep_ == doer_dep), None)
    if doer is None:
        return False
    return not _armed(doer, lexicon)


def _noun_attack_in_words(token: Token, lexicon: EventLexicon) -> bool:
    """ "an attack on" written as a noun that is words: on a proposition ("her attack on the budget plan"), on a rival
    ("the senator's attack on her rival"), by one named person on another, or for a reason or in a medium as the verb."""
    done_to = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against")
                    for g in c.children if g.dep_ == "pobj"), None)
    if done_to is not None and done_to.lemma_.lower() in lexicon.propositions:
        return True
    doer = next((c for c in token.children if c.dep_ == "poss"), None)
    if doer is None or done_to is None:
        return False
    if doer.ent_type_ == "PERSON" and done_to.ent_type_ == "PERSON":
        return True
    if done_to.lemma_.lower() in lexicon.rivals:
        return not _armed(doer, lexicon)
    return False


def _armed(doer: Token, lexicon: EventLexicon) -> bool:
    """Whether the doer, or a word describing it ("rebel fighters", "the army's commander"), names an armed sector."""
    words = [t for t in doer.subtree if t.dep_ in ("compound", "amod") or t.i == doer.i]
    return any((lexicon.sector(t.lemma_.lower()) or lexicon.sector(t.lower_)) in lexicon.armed_sectors for t in words)


def _won_contest(hit: Hit, lexicon: EventLexicon) -> bool:
    """An act of force whose "at" or "in" names a contest of votes ("beat X at the polls", "defeated X in the election"):
    winning it is no attack (``propositions.contests``); "defeated the rebels in a battle" stays force."""
    if hit.nominal or hit.trigger.event_type != "ASSAULT":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.contests for g in c.children)
               for c in hit.token.children)


_FIGURATIVE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")


def _figurative_force(hit: Hit, lexicon: EventLexicon) -> bool:
    """Force read from a verb whose object makes it a figure of speech (``figurative_force``): a contest's prize taken
    ("locked up endorsements", "stormed to victory"), a show of force moving no forces ("mustered zeal", "amassed
    delegates"), a person's fight for a cause ("vowed to fight for working families"). An armed doer keeps the force."""
    token, event_type = hit.token, hit.trigger.event_type
    if hit.nominal or event_type not in _FIGURATIVE_TYPES:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    goals = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj"]
    doer, passive = _subject(token, lexicon)
    armed = doer is not None and not passive and _armed(doer, lexicon)
    prizes = lexicon.spoils | lexicon.contests
    if not armed and any(w.lemma_.lower() in prizes or w.lower_ in prizes for w in objects + goals):
        return True  # "captured the nomination", "seized the lead", "stormed to victory"
    done_to = objects + [c for c in token.children if c.dep_ == "nsubjpass"]
    if (noun := _participle_noun(token)) is not None:
        done_to.append(noun)  # "a video shot by a worker"
    if any(w.lemma_.lower() in lexicon.figures or w.lower_ in lexicon.figures for w in done_to):
        return True  # "struck a chord", "hit the campaign trail", "seized the floor", "a video shot by X"
    if not armed and event_type == "ASSAULT" and any(w.lemma_.lower() in lexicon.ailments or w.lower_ in lexicon.ailments
                                                     for w in _fought(token, done_to)):
        return True  # "battled a bout of flu", "fighting cancer": an illness fought, no force
    if token.lemma_.lower() == "execute" and any(w.lemma_.lower() in lexicon.plans or w.lower_ in lexicon.plans for w in done_to):
        return True  # "executed the plan", "executed it": carried out, no killing
    if not armed and token.lemma_.lower() in lexicon.contest_verbs and _contest_won(token, done_to, lexicon):
        return True  # "beat the senator by 18 points", "defeated her among young voters"
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if event_type == "MOBILIZE" and (hit.trigger.word is None or hit.trigger.word in particles):
        moved = objects or [c for c in token.children if c.dep_ == "nsubjpass"] or _participle_subject(token)
        if moved:  # "mustered zeal", "built up a war chest", "net income rose, bolstered by gains"
            return not any(_forces(w, lexicon) for w in moved)
    if (token.lemma_.lower() in lexicon.causes_verbs and objects and not armed and event_type == "ASSAULT"
            and (doer is None or lexicon.place(doer.text) is None) and all(_a_problem(o, lexicon) for o in objects)):
        return True  # "vowed to fight climate change", "the government is fighting inflation": a problem fought, no force
    if token.lemma_.lower() in lexicon.causes_verbs and not objects and doer is not None and not passive:
        preps = [c for c in token.children if c.dep_ == "prep"]
        striving = any(c.dep_ == "xcomp" and _to_infinitive(c) for c in token.children)  # "fought to pass the bill": an effort
        if not (striving or any(c.lower_ in ("for", "against") for c in preps)) or any(c.lower_ in ("with", "between") for c in preps):
            return False  # "fought with rebels": a fight with someone
        fought = [g for c in preps if c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
        if any(_armed(g, lexicon) or lexicon.place(g.text) is not None for g in fought):
            return False  # "fighting against government troops"
        return (doer.lower_ in _PERSONS or doer.ent_type_ == "PERSON"
                or (lexicon.sector(doer.lemma_) is not None and not armed and not _placed(doer, lexicon)))
    return False


def _a_problem(noun: Token, lexicon: EventLexicon) -> bool:
    """A common noun that is no actor, no place, no force and no act ("climate change", "inflation", "crime"): what
    can be fought only in a figure of speech. A people, a group with a sector, a name, forces or a war stay force."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    return (noun.pos_ == "NOUN" and not noun.ent_type_ and not (lexicon.sector(lemma) or lexicon.sector(lower))
            and lexicon.place(noun.text) is None and lemma not in lexicon.force_objects and lower not in lexicon.force_objects
            and lemma not in lexicon.nouns and lower not in lexicon.nouns and lemma not in lexicon.weapons
            and not any(c.dep_ in ("compound", "amod") and (c.ent_type_ or lexicon.sector(c.lemma_.lower())) for c in noun.children))


def _fought(token: Token, done_to: list[Token]) -> list[Token]:
    """What a verb of force is done to or through, with what they are of ("battled through two bouts of flu")."""
    heads = done_to + [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("through", "against", "off")
                       for g in c.children if g.dep_ == "pobj"]
    return heads + [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.subtree if g.dep_ in ("pobj", "dobj")]


def _participle_subject(token: Token) -> list[Token]:
    """What a past participle with no subject of its own is said of: the noun it modifies ("troops reinforced by
    tanks"), or the subject of the clause it hangs on ("net income rose 51%, bolstered by gains")."""
    if (noun := _participle_noun(token)) is not None:
        return [noun]
    if token.tag_ != "VBN" or token.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]


_MARGINS = ("point", "points", "percent", "vote", "votes", "margin", "delegate", "delegates")


def _contest_won(token: Token, beaten: list[Token], lexicon: EventLexicon) -> bool:
    """A contest verb done to a named person or a pronoun of one, or by a margin of points or votes, or among voters
    ("beat the senator by 18 points", "has beaten her among young voters"); "topple" only with a named person."""
    if any(w.ent_type_ == "PERSON" for w in beaten):
        return True
    if token.lemma_.lower() != "topple" and any(w.lemma_.lower() in lexicon.beaten_rivals or w.lemma_.lower() in lexicon.rivals for w in beaten):
        return True  # "beat this guy", "beat back a challenge", "defeated her rival"
    if token.lemma_.lower() == "topple":
        return False  # "protesters toppled the government": no contest
    if any(w.lower_ in ("him", "her", "them", "me", "us") for w in beaten):
        return True
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            return True
        if prep.dep_ == "prep" and prep.lower_ == "by" and any(
                g.lower_ in _MARGINS or g.like_num or any(n.dep_ == "nummod" for n in g.children) for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


# patterns whose act is between states only when a phrase names one: (head, word) -> the prepositions of that phrase
_STATE_NAMED = {
    ("declare", "war"): ("on", "against"),  # "declared war on Peru", not "on corruption"
    **{(head, word): ("in", "at", "inside") for head in ("take", "seek", "find") for word in ("refuge", "sanctuary")},  # "in Turkey", not "in a school"
}


def _no_state_named(hit: Hit, lexicon: EventLexicon) -> bool:
    """A pattern whose phrase names no state, no people and no armed group, where the act is one only between them
    (``_STATE_NAMED``): war declared on corruption or on an establishment is a figure of speech, refuge taken in a school
    or a basement is shelter from danger, no asylum asked. The phrase's noun or a word on it must be a place, a
    nationality or an armed sector ("declared war on the rebels", "took refuge in the Spanish embassy"); an act with no
    such phrase stays ("Germany declared war")."""
    token = hit.token
    preps = None if hit.nominal else _STATE_NAMED.get((hit.trigger.head, hit.trigger.word))
    if preps is None:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == hit.trigger.word]
    named = [g for holder in (token, *objects) for c in holder.children
             if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    return bool(named) and not any(
        lexicon.place(w.text) is not None or w.ent_type_ in ("GPE", "NORP") or _nationality(w, lexicon) or _armed(w, lexicon)
        or _criminal(w, lexicon)
        for g in named for w in (g, *(m for m in g.children if m.dep_ in ("amod", "compound", "poss"))))


def _criminal(word: Token, lexicon: EventLexicon) -> bool:
    """A word of the criminal sector, alone or with the word after it ("cartels", "drug cartels": CRM)."""
    after = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else None
    return "CRM" in (lexicon.sector(word.lemma_.lower()), lexicon.sector(word.lower_), lexicon.sector(f"{word.lower_} {after}") if after else None)


def _an_attempt(hit: Hit, lexicon: EventLexicon) -> bool:
    """A request verb with a to-infinitive and no object of its own tries to act (``attempts``): "sought to prove that ...",
    "seeking to mediate", "sought on Wednesday to ease worries" (the infinitive parsed as an adverbial clause), "seeks to
    be seen as the leader" (a passive infinitive); "sought help" stays a request."""
    token = hit.token
    if hit.nominal or hit.trigger.word is not None or token.lemma_.lower() not in lexicon.attempt_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.i > token.i and (c.tag_ == "VB" or (c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)))
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def _idle_object(hit: Hit, lexicon: EventLexicon) -> bool:
    """A verb whose object makes it no act between actors (``idle_objects``): a need, a goal or a deadline met ("to meet
    the shortfall", the "criteria met"), a view or a stage shared ("shares this view"), an incumbent or a seat challenged
    in an election. The object, or a word on it ("incumbent Rep. X"), decides."""
    token = hit.token
    idle = lexicon.idle_objects.get(token.lemma_.lower())
    if hit.nominal or hit.trigger.word is not None or idle is None:
        return False
    done_to = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "acomp", "oprd")]  # "pleaded innocent"
    if (noun := _participle_noun(token)) is not None:
        done_to.append(noun)
    words = done_to + [m for w in done_to for m in w.subtree if m.i < w.i]  # "incumbent Rep. X": a word before the name
    return any(w.lemma_.lower() in idle or w.lower_ in idle for w in words)


_AGENT_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
_AMOUNT_ENTITIES = ("MONEY", "PERCENT")  # a change measured in money or a share is a price or a count moving, no act


def _idle_noun(hit: Hit, lexicon: EventLexicon) -> bool:
    """A nominal event whose modifier makes it no act between actors (``idle_modifiers``): a "price war", a "bidding
    war", a "one-time charge"; and a charge that counts money ("a $24 million charge", "charges of $5 million", "charged
    $46 million against earnings"): an accounting charge, no accusation."""
    token = hit.token
    lemma = token.lemma_.lower()
    idle = lexicon.idle_modifiers.get(lemma)
    if idle is None or hit.trigger.word is not None:
        return False
    kids = list(token.children)
    if hit.nominal and any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in idle or c.lemma_.lower() in idle) for c in kids):
        return True
    if "$money" not in idle:
        return False
    counted = [c for c in kids if c.dep_ in ("compound", "nmod", "nummod", "amod", "quantmod", "dobj", "npadvmod")]
    counted += [g for c in kids if c.dep_ in ("prep", "acl") for g in c.children if g.dep_ in ("pobj", "dobj")]
    if any(t.ent_type_ == "MONEY" for c in counted for t in (c, *c.children)):
        return True
    return not hit.nominal and any(c.dep_ == "prep" and c.lower_ == "against" and any(g.lemma_.lower() in idle for g in c.children) for c in kids)


def _enrolled(hit: Hit, lexicon: EventLexicon) -> bool:
    """ "Sign up to get our newsletter", "signed up for the course": a phrasal verb of enrolling (``enrolling``) with no
    "to" that governs what is agreed to enrols someone; "signed up to the plan" stays an agreement."""
    token = hit.token
    if hit.nominal or f"{hit.trigger.head} {hit.trigger.word}" not in lexicon.enrolling:
        return False
    return not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def _allowed_for(hit: Hit) -> bool:
    """ "The treaty allows for joint patrols", "the system allows for anyone to ...": a verb of letting with "for" and
    nothing let (no object, no infinitive of its own) makes room for something, no permission given to anyone (CONCEDE)."""
    token = hit.token
    if hit.nominal or token.lemma_.lower() not in _LETTING:
        return False
    kids = list(token.children)
    return (any(c.dep_ == "prep" and c.lower_ == "for" for c in kids)
            and not any(c.dep_ in ("dobj", "dative", "nsubjpass", "xcomp", "ccomp") for c in kids))


def _idle_subject(hit: Hit, lexicon: EventLexicon, entities: EntityIndex | None = None) -> bool:
    """A verb whose subject makes it no act between actors (``idle_subjects``): a text of agreed terms that "calls for"
    or "requires" something ("the plan calls for X to sell its stake", "the covenants require the firm to ...") states
    its content; the one who asks is a party, not the text. A resolution or a statement calling for an act stays."""
    token = hit.token
    idle = lexicon.idle_subjects.get(token.lemma_.lower())
    if hit.nominal or idle is None:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN") and all(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [token.head]  # "a plan that calls for ...", "the region, which surrounds the capital"
    # a text that "calls for" an act of a state or political body asks for it as its issuer; one that "requires" states
    # a standing rule, and business terms ("calls for the bank to sell its stake") stay content
    called = token.lemma_.lower() == "call" and entities is not None and _asks_political(token, lexicon, entities)
    return any((w.lemma_.lower() in idle or w.lower_ in idle)
               and not (called and (_issued_by_state(w, lexicon, entities) or _earlier_issuer(w, lexicon, entities) is not None))
               for s in subjects for w in (s, *s.conjuncts))


def _earlier_issuer(text: Token, lexicon: EventLexicon, entities: EntityIndex | None) -> Token | None:
    """ "X unveiled a peace plan. The proposal calls for ...": a text named as already known ("the", "this") with no
    issuer in its own words is the one the sentence before put out; its issuer is that sentence's subject of a verb
    whose object is a text (``idle_subjects`` of "call"), when that subject is one state, IGO or political body, or an
    official named by role or by name only."""
    if entities is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in text.children):
        return None
    if any(c.dep_ in ("poss", "amod", "compound") for c in text.children) or text.sent.start == 0:
        return None
    texts = lexicon.idle_subjects.get("call", frozenset())
    before = text.doc[text.sent.start - 1].sent
    issuers = []
    for noun in before:
        if noun.lemma_.lower() not in texts or noun.pos_ != "NOUN":
            continue
        # its owner ("X's plan"), else the subject of the verb that puts it out or offers it
        # ("X unveiled a plan", "X tried to win them over with his plan": "his" is X's when nothing else resolves it)
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        owner = next((_resolve_pronoun(c, entities) for c in noun.children if c.dep_ == "poss"), None)
        doer = _subject(verb, lexicon)[0] if verb is not None and verb.pos_ == "VERB" else None
        for issuer in (owner, doer and _resolve_pronoun(doer, entities)):
            if issuer is not None and is_actor(issuer, lexicon, entities):
                code = code_actor(issuer, lexicon, entities).code or ""
                # a state or body; or an official named only by role or by name ("the minister unveiled a plan"), whose
                # country the coder finds in the story if it can, else the role
                if _political_code(code, lexicon) or code in lexicon.political_sectors or (not code and issuer.ent_type_ == "PERSON"):
                    issuers.append(issuer)
                break
    return issuers[0] if len({i.i for i in issuers}) == 1 else None


def _political_code(code: str, lexicon: EventLexicon) -> bool:
    """A state's or IGO's code, bare or with a government, army, party or armed-group sector."""
    return len(code) >= 3 and code[:3] not in lexicon.sectors.values() and (len(code) == 3 or code[3:] in lexicon.political_sectors)


def _pressed_by_no_asker(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Pressure "from" no state or political body ("faces pressure from ISIS", "pressure from investors", "from the
    markets"): force or money pressing, no request. Only a state or IGO, or its government, opposition, party or
    legislature (``pressing`` sectors), asks by pressing ("amid pressure from China"); the "from" read on the noun, or
    on the verb it is the object of ("faces pressure from X")."""
    holders = (token, token.head) if token.dep_ == "dobj" else (token,)
    pressers = [g for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"]
    return bool(pressers) and not any(is_actor(g, lexicon, entities) and _asking_code(code_actor(g, lexicon, entities).code or "", lexicon)
                                      for g in pressers)


def _fired_by_armed_body(fire: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Whether the doer of "under fire from X" (or "by X") is an armed body, coded or named by its words ("rebels",
    "the army"): then the fire is shots; from anyone else it is criticism (``under_fire``)."""
    doers = [g for c in fire.children if c.dep_ in ("prep", "agent") and c.lower_ in _DOER_PREPS for g in c.children if g.dep_ == "pobj"]
    for doer in doers:
        code = code_actor(doer, lexicon, entities).code or "" if is_actor(doer, lexicon, entities) else ""
        if _armed(doer, lexicon) or code in lexicon.armed_sectors or code[3:] in lexicon.armed_sectors:
            return True
    return False


def _asking_code(code: str, lexicon: EventLexicon) -> bool:
    """A state's or IGO's code, bare or with a ``pressing`` sector, or such a sector alone ("the government")."""
    if code in lexicon.pressing_sectors:
        return True
    return len(code) >= 3 and code[:3] not in lexicon.sectors.values() and (len(code) == 3 or code[3:] in lexicon.pressing_sectors)


def _asks_political(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> bool:
    """Whether what a verb "calls for" names a political actor and no firm or other body ("the withdrawal of X
    troops", "for X to pull back"; not "for the X bank to sell its stake")."""
    asked = [c for c in token.children if (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("advcl", "ccomp") and _for_to_clause(c))]
    codes = [code_actor(w, lexicon, entities).code or "" for c in asked for w in c.subtree
             if w.pos_ in ("NOUN", "PROPN") and is_actor(w, lexicon, entities)]
    return any(_political_code(code, lexicon) for code in codes) and not any(code and not _political_code(code, lexicon) for code in codes)


def _issued_by_state(text: Token, lexicon: EventLexicon, entities: EntityIndex | None) -> bool:
    """A text whose issuer its own words name as a state, an IGO or a government, army or party ("the Swedish
    proposal", "Peru's plan"): what it calls for is that issuer's request (what a text says is the act of the one who
    put it out); a firm's plan or a text with no issuer stays idle."""
    if entities is None:
        return False
    for c in text.children:
        if c.dep_ not in ("poss", "amod", "compound") or (c.dep_ != "amod" and not is_actor(c, lexicon, entities)):
            continue
        if _political_code(code_actor(c, lexicon, entities).code or "", lexicon):
            return True
    return False


def _change_in_amount(hit: Hit, lexicon: EventLexicon) -> bool:
    """A verb with no object or infinitive that says an amount moved (``amount_verbs``: "shipments declined", "equity
    declined to $6.3 million"), or any bare trigger verb with no object whose change is measured in money or a share
    ("shares eased 5%", "retreated $2 to $30"): a price or a count moving, no act between actors."""
    token = hit.token
    if hit.nominal or hit.trigger.word is not None:
        return False
    kids = list(token.children)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "dative") for c in kids):
        return False
    measures = [c for c in kids if c.dep_ in ("npadvmod", "advmod")]
    measures += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "by", "from", "at") for g in c.children if g.dep_ == "pobj"]
    if any(t.ent_type_ in _AMOUNT_ENTITIES for m in measures for t in (m, *m.children)):
        return True
    if token.lemma_.lower() not in lexicon.amount_verbs or token.dep_ in ("amod", "acl"):
        return False
    # "Chaffetz declined", "the ministry declined": someone who can refuse, refusing what the text offered before
    return not any(c.dep_ == "nsubj" and (c.ent_type_ in _AGENT_ENTITIES or c.lower_ in _PERSONS or lexicon.sector(c.lemma_) is not None)
                   for c in kids)


def _outcome_of_no_act(hit: Hit, hits: dict[int, Hit], lexicon: EventLexicon) -> bool:
    """A verb of expecting or failing whose infinitive is no act (``outcome_verbs``): "expects net income to fall",
    "analysts expect X to post a profit", "failed to offset the weakness" are forecasts and outcomes, no request or
    refusal; "failed to reach agreement", "expects X to honour the accord" keep the act the infinitive names."""
    token = hit.token
    if hit.nominal or token.lemma_.lower() not in lexicon.outcome_verbs:
        return False
    infinitives = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    # an infinitive whose object makes it no act ("failed to meet the deadline") is none, whichever is read first
    return bool(infinitives) and not any(c.i in hits and not _idle_object(hits[c.i], lexicon) for v in infinitives for c in (v, *v.conjuncts))


_POLL_SHARES = ("percent", "per cent", "%", "third", "thirds", "quarter", "quarters", "fifth", "fifths")  # "46 percent", "a third"
_OPINION_TYPES = ("AGREE", "SUPPORT", "REJECT", "REQUEST", "ACCUSE")


def _poll_answer(hit: Hit, lexicon: EventLexicon) -> bool:
    """An opinion a poll reports of a share of those asked ("46 percent said they would support X", "eight in 10 voters
    said ...", "a third agreed with the minister"): answers to a pollster, no act of any actor. The share is
    the subject of the trigger or of a verb it hangs under; acts of force or movement by a share stay ("a third of the
    troops withdrew")."""
    if hit.trigger.event_type not in _OPINION_TYPES:
        return False
    doc, table = hit.token.doc, token_table(hit.token.doc)  # the walk up over the table's indices, no Token per step
    head, dep, lemma, lower = table.head, table.dep, table.lemma, table.lower
    verb: int | None = hit.token.i
    answered = False  # a verb of saying, agreeing or being on the way up: an answer ("sixty percent rejected the charter" is a vote)
    while verb is not None:
        answered = answered or lemma[verb] in lexicon.reporting or lemma[verb] in ("be", "agree")
        if answered:
            for child in table.children(verb):
                if dep[child] in ("nsubj", "nsubjpass", "npadvmod") and child < verb and (
                        lower[child] in _POLL_SHARES
                        or any(q.dep_ == "quantmod" and q.lower_ == "in" for q in doc[child].subtree)):  # "eight in 10 voters"
                    return True
        verb = head[verb] if head[verb] != verb else None
    return False


_STANDING_TIES = function_words("standing_ties")  # "aligned with X", "allied with X": a standing tie, no act of cooperation


def _standing_tie(hit: Hit) -> bool:
    """A tie described, not made: "align" or "ally" as a participle with no agent ("a group closely aligned with X", "the
    party, allied with X"), which PLOVER's COOPERATE ("initiate, resume, improve, or expand mutual material cooperation")
    does not code; "X aligned itself with Y" and "X allied with Y" as a past tense stay."""
    token = hit.token
    return (not hit.nominal and token.lemma_.lower() in _STANDING_TIES and token.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in token.children)
            and not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "get") for c in token.children))


def _helped_to_act(hit: Hit, lexicon: EventLexicon) -> bool:
    """Helping someone do something ("helped engineer a boom", "help her win the primary", "helping the company think it
    through") gives no aid, unless the one helped is a state or a people a place names ("helped Kenya rebuild its army")."""
    token = hit.token
    if hit.nominal or hit.trigger.event_type != "AID" or token.lemma_.lower() not in lexicon.help_verbs:
        return False
    if not any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in token.children):
        return False
    helped = [c for c in token.children if c.dep_ == "dobj"]
    helped += [g for c in token.children if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ == "nsubj"]
    if any(lexicon.place(w.text) is not None or w.ent_type_ in ("GPE", "NORP")
           or any(lexicon.place(m.text) is not None for m in w.children if m.dep_ in ("amod", "compound", "poss")) for w in helped):
        return False  # "helped Kenya rebuild its army"
    # the act helped done in or for a state or an international body ("help rebuild schools in Haiti", "help build a NATO force")
    return not any(lexicon.place(t.text) is not None for c in token.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)


def _forces(noun: Token, lexicon: EventLexicon) -> bool:
    """What a show of force can move: forces, their arms and ground (``force_objects``), an armed sector's noun, a weapon,
    a named unit or a pronoun standing for one."""
    words = (noun.lemma_.lower(), noun.lower_)
    if any(w in lexicon.force_objects or w in lexicon.weapons for w in words) or noun.tag_ == "PRP":
        return True
    if noun.ent_type_ in ("ORG", "NORP", "GPE") or noun.pos_ == "PROPN":
        return True  # "deployed the 82nd Airborne"
    if any(c.dep_ in ("amod", "compound") and _nationality(c, lexicon) for c in noun.children):
        return True  # "armed Kurdish fighters": a people's men
    return _armed(noun, lexicon)


def _in_words(token: Token, lexicon: EventLexicon) -> bool:
    """An attack done for the one attacked's act or stance ("for its migration rules", "for accepting bribes"), saying
    what they are ("as a haven for extremists"), in a medium of words ("in a speech", "on television"), or by a text
    ("an advert attacking X"): criticism, not force (``propositions``)."""
    if token.dep_ in ("acl", "relcl") and token.head.lower_ in lexicon.utterances:
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.ent_type_ == "PERSON" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children):
        return True  # one named person attacking another ("X attacked Y in Ohio"): words, as news uses it
    doer = subject if subject is not None else _subject(token, lexicon)[0]  # "started attacking X": the one who started
    if doer is not None and _attack_by_a_person_on_no_force(token, doer, lexicon):
        return True  # "she attacked immigrants", "he attacked loopholes": a person's attack on people or things is words
    if doer is not None and _attack_on_the_speakers_own(token, doer, lexicon):
        return True  # "people who attack my wife", "those who attack our allies": the speaker's own, attacked in words
    if any(_criticism_verb(c, lexicon) for c in token.conjuncts):
        return True  # "reasons to attack and critique X": one act of words, told twice
    if (doer is not None and not _armed(doer, lexicon) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
            and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lexicon.reporting for c in token.children)):
        return True  # "it attacked the senator, saying he ...": an attack told by what is said, words
    for c in token.children:
        if c.dep_ == "nsubj" and c.lower_ in lexicon.utterances:
            return True
        if c.dep_ != "prep":
            continue
        prep = c.lower_
        for g in c.children:
            if prep in lexicon.reason_preps and (g.dep_ == "pcomp" or (g.dep_ == "pobj" and any(k.dep_ == "poss" for k in g.children))):
                return True
            if prep == "as" and g.dep_ == "pobj" and g.pos_ in ("NOUN", "ADJ"):
                return True
            if prep in lexicon.media_preps and g.dep_ == "pobj" and (g.lower_ in lexicon.utterances or g.lower_ in lexicon.media_nouns):
                return True
    return False


_PHYSICAL_TARGETS = frozenset({"embassy", "consulate", "building", "station", "office", "offices", "school", "church", "mosque",
                               "temple", "synagogue", "hospital", "hotel", "bus", "train", "ship", "plane", "car", "truck", "house",
                               "home", "village", "town", "city", "market", "checkpoint", "patrol", "vehicle", "shop", "bank"})
_ARMS = frozenset({"bomb", "knife", "gun", "rifle", "grenade", "explosive", "explosives", "machete", "axe", "hammer", "pistol"})
_SPEAKING_DOERS = frozenset({"LEG", "PTY"})  # legislators and party people use no force; a government or its head may


def _attack_by_a_person_on_no_force(token: Token, doer: Token, lexicon: EventLexicon) -> bool:
    """A named person, "he" or "she", a legislator or a party's candidate attacking a people, a group or a thing that
    is no state, no place, no building and no force ("started attacking immigrants", "attacked loopholes in the tax
    code"): words, as election news uses the verb. A state or a place ("X attacked Y's capital"), forces, a base, an
    embassy or a bus attacked, an attack with a weapon ("with a knife") and an armed doer stay force."""
    if _armed(doer, lexicon) or not (doer.ent_type_ == "PERSON" or doer.lower_ in ("he", "she")
                                     or lexicon.sector(doer.lemma_.lower()) in _SPEAKING_DOERS or doer.lemma_.lower() in ("candidate", "nominee")):
        return False
    done_to = [c for c in token.children if c.dep_ == "dobj"]
    if not done_to:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in _ARMS or g.lemma_.lower() in lexicon.weapons for g in c.children)
           for c in token.children):
        return False  # "attacked the students with a knife"
    for obj in done_to:
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or lemma in _STRIKE_TARGETS or lemma in _PHYSICAL_TARGETS or _armed(obj, lexicon):
            return False
        if obj.ent_type_ != "NORP" and (lemma in lexicon.force_objects or lemma in lexicon.weapons):
            return False
        place = lexicon.place(obj.text)
        if place is not None and place.kind != "demonym":
            return False
    return True


_SPEAKERS_OWN = function_words("speakers_own")


def _attack_on_the_speakers_own(token: Token, doer: Token, lexicon: EventLexicon) -> bool:
    """An attack by an unarmed doer, with no weapon, on what a speaker calls "my", "our" or "your" ("people who attack my
    wife", "they attack our allies"): quoted speech about words, as no reporting verb says; a building, a place or forces
    so owned ("attacked our embassy", "our troops") and an armed doer stay force."""
    if _armed(doer, lexicon) or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return False
    done_to = [c for c in token.children if c.dep_ == "dobj"]
    return bool(done_to) and all(
        any(k.dep_ == "poss" and k.lower_ in _SPEAKERS_OWN for k in obj.children)
        and obj.lemma_.lower() not in _PHYSICAL_TARGETS and obj.lemma_.lower() not in _STRIKE_TARGETS
        and obj.lemma_.lower() not in lexicon.force_objects and obj.lemma_.lower() not in lexicon.weapons
        and obj.ent_type_ not in ("GPE", "LOC", "FAC") for obj in done_to)


def _criticism_verb(verb: Token, lexicon: EventLexicon) -> bool:
    """A verb whose only sense here is criticism ("critique", "condemn", "criticize"): its conjunct shares its sense."""
    if verb.pos_ != "VERB":
        return False
    triggers = lexicon.verbs.get(verb.lemma_.lower(), ())
    return bool(triggers) and all(t.event_type == "ACCUSE" for t in triggers)


def _receives_event(hit: Hit, hits: dict[int, Hit], lexicon: EventLexicon) -> bool:
    """A verb of receiving or drawing whose object is an event noun with a "from" ("received aid from Y"): the noun is the event."""
    verb = hit.token
    if verb.lemma_.lower() not in lexicon.drawing_verbs:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in hits and hits[c.i].nominal), None)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*verb.children, *obj.children))


def _phase_of_subject_event(hit: Hit, hits: dict[int, Hit]) -> bool:
    """An intransitive verb whose pattern names its own subject, an event noun of the same type ("talks opened",
    "negotiations resumed": the pattern "open talk"): it tells a phase of the noun's event, which is coded with the
    parties the noun names ("sanctions were imposed on X" is the imposing; "peacekeepers arrived" the verb's aid)."""
    return hit.trigger.word is not None and any(
        c.dep_ == "nsubj" and c.i in hits and hits[c.i].nominal and hits[c.i].trigger.event_type == hit.trigger.event_type
        and hit.trigger.word in (c.lemma_.lower(), c.lower_) for c in hit.token.children)


def _two_parties(token: Token, lexicon: EventLexicon) -> bool:
    """ "both sides", "the two countries", "both governments": a pair the text named before (``two_parties``)."""
    if token.lemma_.lower() not in lexicon.two_party_nouns or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any((c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
               for c in token.children)


def _our_pair_speaker(pair: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """For "our two countries" ("both our governments"), the one "our" stands for (a quote's speaker, ``_resolve_pronoun``):
    the speaker's side of the pair, when it is an actor; the other side stays unnamed."""
    if not _two_parties(pair, lexicon):
        return None
    our = next((c for c in pair.children if c.dep_ == "poss" and c.lower_ in _SPEAKERS_OWN), None)
    if our is None:
        return None
    speaker = _resolve_pronoun(our, entities)
    return speaker if speaker.i != our.i and is_actor(speaker, lexicon, entities) else None


def _pair_named_before(token: Token | None, sent, lexicon: EventLexicon, entities: EntityIndex, sector_codes: frozenset[str]) -> tuple[Token, Token] | None:
    """For "both sides" or "the two countries", the two countries the sentence before names, when it names exactly two
    (each at its first mention); PLOVER codes only named actors, so with no such sentence the pair stays unnamed."""
    if token is None or not _two_parties(token, lexicon) or sent.start == 0:
        return None
    first: dict[str, Token] = {}
    for token in sent.doc[sent.start - 1].sent:
        if token.dep_ == "compound" or not is_actor(token, lexicon, entities):
            continue
        code = code_actor(token, lexicon, entities).code
        if code and code not in sector_codes:
            first.setdefault(code[:3], token)
    pair = list(first.values())
    return (pair[0], pair[1]) if len(pair) == 2 else None


_FRAMING_PREPS = function_words("framing_preps")  # "after talks with X, Y left": Y took part in them


def _framing_verb(token: Token, event_type: str) -> Token | None:
    """The verb a meeting or an agreement with someone frames in time ("After a meeting with X, Y flew home": Y met X);
    its subject is a party to it. Not a fight or a war, which the subject may only live through ("During the war, the king lived in exile")."""
    if event_type not in _SYMMETRIC or any(c.dep_ == "poss" for c in token.children):
        return None  # "after her meeting with X, the ministry said": hers, not the ministry's
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None  # "during a town-hall meeting in Leeds, X told reporters": no one met
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _FRAMING_PREPS:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and prep.i < verb.i else None


def _errand_verb(token: Token, lexicon: EventLexicon) -> Token | None:
    """The verb of going, coming, being or sending whose errand an event is.

    A nominal event introduced by "for" or "on" ("flew to X for talks", "is on
    a visit to X", "sent a minister to X for consultations") or a verb in a
    to-clause of purpose ("went to X to discuss ...") is what the trip is for.
    """
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj" and _measure(token.head.head):
        token = token.head.head  # "went to X for two days of consultations", "is in X for a round of talks"
    if token.dep_ == "pobj" and token.head.lower_ in _ERRAND_PREPS and token.head.dep_ == "prep":
        verb = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep" and token.head.head.lemma_.lower() in ("be", "remain", "stay"):
        verb = token.head.head  # "was in talks with X"
    elif token.dep_ in ("advcl", "xcomp") and token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        verb = token.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.errand_verbs else None


def _charged_subject(verb: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Who is accused in "X charged / alleged / complained that Y had ...": the actor the that-clause is about, its
    subject or the nationality of its subject ("that Ugandan troops had crossed": Uganda's troops)."""
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip), None)
            if subject is not None and (is_actor(subject, lexicon, entities) or lexicon.place(subject.text) is not None):
                return subject
    return None


def _purpose_target(verb: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Whom an act is aimed at, named in its to-clause of purpose ("staged a march to call for the removal of X")."""
    purpose = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    return _first_actor_below(purpose, lexicon, entities, skip) if purpose is not None else None


_DEPARTURES = function_words("departures")  # "left for X": X is where the trip goes


def _destination(verb: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Where an errand goes: the actor after "to", "in" or "at" ("flew to X", "is in X for talks")."""
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.i not in skip and (
                child.lower_ in ("to", "in", "at") or (child.lower_ == "for" and verb.lemma_.lower() in _DEPARTURES)):
            obj = next((g for g in child.children if g.dep_ == "pobj" and g.i not in skip), None)
            if obj is not None and is_actor(obj, lexicon, entities):
                return obj
    return None


def _recipient(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Who receives what a transfer verb moves: its indirect object or the object of "to" ("sent troops to X")."""
    for child in token.children:
        if child.i in skip:
            continue
        if child.dep_ == "dative" and child.lower_ != "to" and is_actor(child, lexicon, entities):
            return child
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            obj = next((g for g in child.children if g.dep_ == "pobj" and g.i not in skip), None)
            if obj is not None and is_actor(obj, lexicon, entities):
                return obj
    return None


def _under_fire(token: Token) -> bool:
    """"X came under fire (attack, shelling)": X is fired on, whoever fires."""
    return token.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in token.children)


def _under_fire_from(token: Token) -> Token | None:
    """The attacker of "X came under fire (attack) from Y" or "by Y": the object of "from" or "by", when the verb has an
    "under" phrase."""
    if not _under_fire(token):
        return None
    under_objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children if g.dep_ == "pobj"]
    for holder in [token, *under_objects]:  # "from Y" hangs on the verb or on "fire"
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _between(token: Token) -> list[Token]:
    """Participants of a nominal event: "talks between X and Y", "between Egyptian and Israeli officials", also where the
    parser hangs "between" on the place ("held in Niamey between X and Y")."""
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in _VENUE_PREPS for g in c.children if g.dep_ == "pobj"]
    # also on a headline's verb the parser read as a modifier of the noun ("Talks open between X and Y": "open" as an adjective)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "acl") and c.i > token.i]
    for child in [*token.children, *(c for p in places for c in p.children), *(c for m in modifiers for c in m.children)]:
        if child.dep_ == "prep" and child.lower_ == "between":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                members = [objects[0]] + [c for c in objects[0].conjuncts]
                if len(members) == 1:  # one plural noun, its coordinated adjectives name the parties
                    adjectives = [a for a in objects[0].children if a.dep_ in ("amod", "nmod", "compound") and a.conjuncts]
                    if adjectives:
                        return [adjectives[0]] + list(adjectives[0].conjuncts)
                return members
    return []


def _coordinated_modifiers(noun: Token, lexicon: EventLexicon, entities: EntityIndex) -> list[Token]:
    """ "Kenyan and Ugandan officials": the first two coordinated actor modifiers of one plural noun, else none.

    A nationality the tagger calls an adjective ("Israeli and Palestinian negotiators") names a party as well.
    """
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i and child.conjuncts:
            pair = [child, child.conjuncts[0]]
            if all(is_actor(t, lexicon, entities) or _nationality(t, lexicon) for t in pair):
                return pair
    if (pair := _headline_modifier_pair(noun, lexicon, entities)) is not None:
        return pair
    if noun.tag_ in ("NNS", "NNPS"):  # "the leaders of X and Y", "officials from X and Y"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.conjuncts and all(is_actor(t, lexicon, entities) for t in (obj, obj.conjuncts[0])):
                    return [obj, obj.conjuncts[0]]
    return []


def _nationalities_on(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """ "Italian and French diplomats", "American, British and Egyptian forces": the coordinated places or nationalities
    before a common noun, each a party of its own; a name ("the Securities and Exchange Commission") has none."""
    if noun.pos_ == "PROPN":
        return []
    groups = [[child, *child.conjuncts] for child in noun.children if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i]
    members = sorted({t.i: t for group in groups for t in group}.values(), key=lambda t: t.i)
    if not any(len(group) > 1 for group in groups):
        return []  # "Kenyan army officers": one nationality, no coordination
    if all((place := lexicon.place(t.text)) is not None and place.code != "IGO" for t in members):  # one look-up per word
        return members
    return []


def _headline_modifier_pair(noun: Token, lexicon: EventLexicon, entities: EntityIndex) -> list[Token] | None:
    """A headline's two nationalities joined by a comma on one noun ("Indian, Pakistani troops clash"): the first opens
    the sentence, the parser hangs it on the noun or on the verb, the second modifies the noun."""
    doc, start = noun.doc, noun.sent.start
    if noun.i < start + 3 or doc[start + 1].text != ",":
        return None
    first, second = doc[start], doc[start + 2]
    if second.head.i != noun.i or second.dep_ not in ("amod", "compound", "nmod") or first.head.i not in (noun.i, noun.head.i):
        return None
    if not all(_nationality(t, lexicon) or (lexicon.place(t.text) is not None and is_actor(t, lexicon, entities)) for t in (first, second)):
        return None
    return [first, second]


def _hyphen_pair(noun: Token, lexicon: EventLexicon, entities: EntityIndex) -> list[Token]:
    """The two parties of a nominal event named by a hyphenated pair before it, as headlines write them ("Kenya-Uganda
    talks", "Kenyan-Ugandan fighting"): the parser hangs the first on the second, with the hyphen between them."""
    doc = noun.doc
    for second in noun.children:
        start = second.i  # the first word of a name of several ("Sudan-South Sudan talks": "South")
        while start > 0 and doc[start - 1].head.i == second.i and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        # a pair's second name can be read as the subject of a noun tagged as a verb ("Kenya-Sri Lanka talks open")
        if second.dep_ in ("amod", "compound", "nmod", "nsubj") and 2 <= start < noun.i and doc[start - 1].text == "-":
            first = doc[start - 2]
            if start <= first.head.i <= second.i and not doc[start - 1].whitespace_ and not first.whitespace_ and all(
                    is_actor(t, lexicon, entities) or _nationality(t, lexicon) for t in (first, second)):
                return [first, second]
    return []


def _measure_announced_by(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Who enacts a measure reported in the passive with no agent ("X said sanctions would be imposed on Y", "X announced
    that the rally was banned"): the one who reports it, a government announcing its own measure (``enacting_verbs``);
    not when the reporter is whom the measure is on ("Y said sanctions were imposed on it")."""
    if token.dep_ != "ccomp" or token.lemma_.lower() not in lexicon.enacting_verbs:
        return None
    reporter = token.head
    if reporter.lemma_.lower() not in lexicon.reporting and not _light(reporter, lexicon):
        return None
    subject, passive = _subject(reporter, lexicon)
    if subject is None or passive:
        return None
    subject = _resolve_pronoun(subject, entities)
    if not is_actor(subject, lexicon, entities):
        return None
    on = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(g.i == subject.i or g.lower_ in ("it", "them", "itself") or g.lower_ in FIRST_PERSON for g in on):
        return None  # "Y said sanctions were imposed on it": Y is whom they are on
    return subject


def _of_objects(token: Token) -> list[Token]:
    """What an event noun's "of" names ("the expulsion of two diplomats": the diplomats)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _own_envoy_recalled(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> tuple[Token, Token | None] | None:
    """Who recalls whom in "the recall of X's ambassador to Y": the one whose envoy it is (an expulsion's envoy is its
    target), from the country the envoy is posted to."""
    return next((found for envoy in _of_objects(token) if (found := _envoy_and_post(envoy, lexicon, entities)) is not None), None)


def _recalled_envoy(token: Token, subject: Token | None, passive: bool) -> Token | None:
    """The envoy a recall with no doer named is about: its passive subject, the noun a participle modifies, or a
    headline's subject that is the envoy the pattern names ("X ambassador to Y recalled": an envoy recalls no one)."""
    if passive:
        return subject
    if (noun := _participle_noun(token)) is not None:
        return noun
    if subject is not None and not any(c.dep_ == "dobj" for c in token.children) and token.lemma_.lower() != subject.lemma_.lower() and (
            subject.lemma_.lower() in _ENVOYS):
        return subject
    return None


_ENVOYS = ("ambassador", "envoy", "diplomat", "consul", "attache", "emissary", "charge")


def _envoy_and_post(envoy: Token, lexicon: EventLexicon, entities: EntityIndex) -> tuple[Token, Token | None] | None:
    """The state an envoy serves ("the Chilean ambassador", "X's envoy") and the state it is posted to ("to Y", "in Y")."""
    owner = next((c for c in envoy.children if c.dep_ in ("poss", "amod", "compound") and c.i < envoy.i
                  and (is_actor(c, lexicon, entities) or lexicon.place(c.text) is not None)), None)
    if owner is None:
        return None
    posted = next((g for c in envoy.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
    return owner, posted


def _reporter_of_measure(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Who takes a diplomatic measure its reporter confirms, reports or reveals ("X confirmed the recall of its envoy",
    ``own_measures``): the reporting verb's subject, or its agent in the passive ("the recall was confirmed by X"), "its"
    envoy being X's own; an attack X confirms is no measure of X's, nor the expulsion of "its" diplomats (done to X)."""
    if token.lemma_.lower() not in lexicon.own_objects and any(_own(g, lexicon) for g in _of_objects(token)):
        return None
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lexicon.reporting:
        agent = next((g for c in token.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return agent if agent is not None and is_actor(agent, lexicon, entities) else None
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in lexicon.reporting:
        return None
    subject, passive = _subject(token.head, lexicon)
    if subject is None or passive:
        return None
    subject = _resolve_pronoun(subject, entities)
    return subject if is_actor(subject, lexicon, entities) else None


def _owner_of_own_objects(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Who does an act with "its" own people or things (``own_objects``: "the deployment of its troops", "the recall of
    its envoy"): the owner the pronoun stands for, else the subject of the reporting or light verb whose clause holds
    the noun ("X said the recall of its envoy was temporary": X)."""
    if token.lemma_.lower() not in lexicon.own_objects or not any(_own(g, lexicon) for g in _of_objects(token)):
        return None
    pronoun = next(c for g in _of_objects(token) for c in g.children if c.dep_ == "poss" and c.lower_ in _OWN)
    owner = _resolve_pronoun(pronoun, entities)
    if owner.i != pronoun.i and is_actor(owner, lexicon, entities):
        return owner
    node = token
    while node.head.i != node.i and node.dep_ not in ("advcl", "relcl", "parataxis"):
        node = node.head
        if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in lexicon.reporting or _light(node, lexicon)):
            subject, passive = _subject(node, lexicon)
            if subject is None or passive:
                return None
            subject = _resolve_pronoun(subject, entities)
            return subject if is_actor(subject, lexicon, entities) else None
    return None


def _nationality(token: Token, lexicon: EventLexicon) -> bool:
    """An adjective naming a country or people ("Israeli", "Zorbian" tagged NORP)."""
    return token.pos_ == "ADJ" and (token.ent_type_ == "NORP" or lexicon.place(token.text) is not None)


def _comma_partner(subject: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The other name of a headline's comma-joined subject ("X, Y sign fisheries deal"), which the parser hangs on the
    verb as a second subject or an adverb rather than a conjunct: the first opens the sentence and a comma alone
    stands between the two, and both are places ("Mr. X, I have a deal for you" addresses X)."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ not in ("nsubj", *_MISREAD_SUBJECT) or verb.i == subject.i or not _placed(subject, lexicon):
        return None
    for other in subject.children:  # "X, Y agree to ceasefire": the parser's apposition
        if (other.dep_ == "appos" and subject.left_edge.i == subject.sent.start and other.left_edge.i == subject.i + 2
                and doc[subject.i + 1].text == "," and _placed(other, lexicon) and is_actor(other, lexicon, entities)):
            return other
    for other in verb.children:
        if other.i == subject.i or other.dep_ not in ("nsubj", *_MISREAD_SUBJECT):
            continue
        first, second = (other, subject) if other.i < subject.i else (subject, other)
        comma = first.right_edge.i if first.right_edge.text == "," else first.right_edge.i + 1  # the comma may hang on the first
        if (first.left_edge.i == first.sent.start and comma + 1 == second.left_edge.i and doc[comma].text == ","
                and "nsubj" in (first.dep_, second.dep_) and _placed(other, lexicon) and is_actor(other, lexicon, entities)):
            return other
    return None


def _placed(token: Token, lexicon: EventLexicon) -> bool:
    """A place, or a noun its first word places ("Sudan ministers", "Turkey foreign ministers" in a headline's pair)."""
    first = token.left_edge
    return lexicon.place(token.text) is not None or (
        first.i < token.i and first.head.i == token.i and first.dep_ in ("compound", "nmod", "amod") and lexicon.place(first.text) is not None)


def _with_sector_of(actor: EventActor | None, head: Token | None, noun: Token, lexicon: EventLexicon) -> EventActor | None:
    """A bare country read from a nationality that modifies a sector's noun, with the noun's sector ("Indian, Pakistani
    troops": INDMIL and PAKMIL; "Kenyan and Ugandan officials": KENGOV and UGAGOV); the countries named after the noun
    stay themselves ("the leaders of X and Y": X and Y)."""
    sector = lexicon.sector(noun.lemma_) or lexicon.sector(noun.text)
    if actor is None or head is None or head.i > noun.i or sector is None or actor.code is None or len(actor.code) != 3:
        return actor
    return actor.model_copy(update={"code": actor.code + sector})


def _parties(subject: Token, lexicon: EventLexicon, entities: EntityIndex) -> tuple[Token, Token | None]:
    """The two parties a plural or coordinated subject names: "X and Y", "Kenyan and Ugandan officials", a headline's
    "X, Y"."""
    conj = [c for c in subject.conjuncts if c.i > subject.i and is_actor(c, lexicon, entities)]
    if conj:
        return subject, conj[0]
    if (partner := _comma_partner(subject, lexicon, entities)) is not None:
        return (partner, subject) if partner.i < subject.i else (subject, partner)  # in the order written
    pair = _coordinated_modifiers(subject, lexicon, entities)
    if pair:
        return pair[0], pair[1]
    return subject, None


# an act a party means to do ("plans to send", "wants to send", "hopes to sign"): it lies ahead, not done
_INTENT_GOVERNORS = function_words("intent_governors")
# a timetable others report ("is expected to visit", "is due to meet", "is scheduled to arrive", "is to visit"): a cooperative
# act on it is AGREE as an announced one is; a hostile act on it is no threat of the actor's
_SCHEDULE_GOVERNORS = function_words("schedule_governors")
_LIKELIHOODS = function_words("likelihoods")


def _past_form(verb: Token) -> bool:
    """A simple past ("hacked") or a perfect ("has hacked", "had hacked"): done, whatever hedges it."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _flags(token: Token, lexicon: EventLexicon) -> tuple[bool, bool, bool, bool]:
    """future, hypothetical, negation, and scheduled (the act lies ahead only by a reported timetable), read from
    the trigger's auxiliaries, markers and governors."""
    future = hypothetical = negation = scheduled = False
    # "the inability to end the conflict", "its failure to sign": the act its infinitive names is not done
    negation = token.dep_ == "acl" and _to_infinitive(token) and token.head.lemma_.lower() in lexicon.failure_nouns
    node, hops = token, 0
    while True:
        for child in node.children:
            word = child.lower_
            if child.dep_ in ("aux", "auxpass"):
                future = future or word in ("will", "shall", "'ll", "would", "wo")
                hypothetical = hypothetical or word in ("could", "might", "may", "would")
            if child.dep_ == "neg" or (node.i == token.i and child.dep_ in ("advmod", "det") and word in lexicon.negators):
                negation = True
            if node.i == token.i and child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                    g.dep_ in ("det", "preconj") and g.lower_ in lexicon.negators for g in child.children) and not any(
                    c.dep_ == "aux" and c.lower_ in lexicon.must_modals for c in token.children):
                negation = True  # "Neither X nor Y signed", "sent no troops": not done ("no one should ...": a prohibition)
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") and g.doc[g.i - 1].lower_ not in ("as", "even")
                                             for g in child.children):
                hypothetical = True  # "will strike if X attacks"; "as if X had attacked" is a manner, "even if" a concession
            if (child.dep_ in ("amod", "advmod") and word in ("potential", "possible", "possibly", "likely", "potentially", "perhaps")
                    and not (child.dep_ == "advmod" and _past_form(node))):  # "likely hacked": a past act hedged, as "allegedly"
                hypothetical = True
                future = True
        if node.dep_ not in ("xcomp",) or hops > 3:
            break
        node, hops = node.head, hops + 1
        governor = node.lemma_.lower()
        negation = negation or governor == "fail" or _not_yet(node)  # "failed to storm", "has yet to sign": the act not done
        if governor in _INTENT_GOVERNORS and not (hops == 1 and _performed(token, node, lexicon)):
            future = True
        elif governor in _LIKELIHOODS:  # "is unlikely to sever ties", "is likely to attack": a forecast, not done
            future = hypothetical = True
        elif governor in _SCHEDULE_GOVERNORS and not future and not _not_yet(node):
            scheduled = True
    if token.tag_ == "MD":
        future = future or token.lower_ in ("will", "shall")
    if _headline_to_act(token, lexicon):
        scheduled = True  # "President to visit Y": a headline's "is to visit" without its "is", on a timetable as that is
    scheduled = scheduled and not future and not hypothetical
    return future or scheduled, hypothetical, negation, scheduled


def _performed(act: Token, hedge: Token, lexicon: EventLexicon) -> bool:
    """A speech act hedged by its first-person speaker ("I want to thank X", "we wish to assure Y"): done as it is said,
    not an intent ahead (``performatives``)."""
    return (act.lemma_.lower() in lexicon.performative_verbs and hedge.lemma_.lower() in lexicon.performative_hedges
            and any(c.dep_ == "nsubj" and c.lower_ in lexicon.performative_speakers for c in hedge.children))


_TIMETABLE_VISITS = function_words("timetable_visits")  # "is due in X", "is expected in X": a visit a reported timetable puts ahead
_AHEAD = function_words("ahead")  # "next week", "the coming days"


def _on_a_timetable(hit: Hit) -> bool:
    """A visit ahead by a reported timetable with no auxiliary to say so: being due or expected somewhere ("is due in
    X", the "is due to visit" of ``_SCHEDULE_GOVERNORS`` without its verb), or a present tense with a time ahead
    ("arrives in X tomorrow", "flies to X next week")."""
    token = hit.token
    if hit.nominal:
        return False
    if hit.trigger.mode == "visit" and token.lemma_.lower() in _TIMETABLE_VISITS:
        return True
    return token.tag_ in ("VBZ", "VBP") and any(
        (c.dep_ in ("npadvmod", "advmod") and c.lower_ == "tomorrow")
        or (c.dep_ == "npadvmod" and any(g.dep_ == "amod" and g.lower_ in _AHEAD for g in c.children)) for c in token.children)


_MANDATIVE = function_words("mandative")  # verbs whose that-clause in the base form is what they ask for


def _meddling_said(token: Token, lexicon: EventLexicon) -> Hit | None:
    """The sayer's charge (ACCUSE, allege) when what is said is that another meddles or interferes ("X says Y is
    meddling in its affairs"), read on the verb of saying as "X charged that Y was meddling" is."""
    said = token.head
    if token.dep_ != "ccomp" or token.lemma_.lower() not in lexicon.meddling_verbs or said.lemma_.lower() not in lexicon.reporting:
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ == "neg" or c.lower_ in lexicon.negators or (c.dep_ == "aux" and c.tag_ == "MD") for c in token.children):
        return None  # "says Y is not meddling", "said it would never interfere": no charge
    return Hit(said, Trigger(said.lemma_.lower(), None, "ACCUSE", "allege"), False)


def _must_clause(token: Token, lexicon: EventLexicon) -> bool:
    """ "Y must leave", "Y should stop"; in a reported clause also "Y has to leave", "Y needs to stop", "Y ought to talk",
    and a mandative subjunctive ("suggested that Y hold elections": a verb in the base form with a subject and no auxiliary)."""
    if any(c.dep_ == "aux" and c.lower_ in lexicon.must_modals for c in token.children):
        return True
    if token.tag_ == "VB" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _MANDATIVE:
        deps = {c.dep_ for c in token.children}
        if "nsubj" in deps and not deps & {"aux", "auxpass"}:
            return True
    clause = _obligation_clause(token)
    return clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.reporting


_OBLIGATION = function_words("obligation")  # verbs of obligation whose to-infinitive is the act owed ("has to leave")


def _not_yet(verb: Token) -> bool:
    """ "has yet to sign", "is yet to visit": the infinitive's act is not done (as "has not yet signed"), no obligation
    ("has to sign") and no timetable ("is to visit")."""
    return verb.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _obligation_clause(token: Token) -> Token | None:
    """The verb of obligation of "Y has to leave": the token itself (with its infinitive) or the verb the token is the infinitive of."""
    if token.lemma_.lower() in _OBLIGATION and not _not_yet(token) and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in token.children):
        return token
    if token.dep_ == "xcomp" and _to_infinitive(token) and token.head.lemma_.lower() in _OBLIGATION and not _not_yet(token.head):
        return token.head
    return None


_DONE_TO_REPORTERS = function_words("done_to_reporters")  # hostile acts no state does to its own things


def _owner_of_measure_ended(hit: Hit, subject: Token | None, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The named owner of the act noun a verb's pattern reads in its subject ("X's blockade of Y ended", "X's embargo on
    Y was lifted": X; "the visit of X's premier to Y was cancelled": the premier), or None; the noun alone would make the
    whole phrase the doer and leave Y out. A pattern ending in its particle ("call off", "put off") names no noun: its
    subject counts when it is an event noun ("the visit of X's premier to Y was called off")."""
    if subject is None or hit.nominal or hit.trigger.word is None or subject.pos_ != "NOUN":
        return None
    if subject.lemma_.lower() != hit.trigger.word and not (hit.trigger.word in _PARTICLES and _event_noun(subject, lexicon)):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and not is_pronoun(c) and is_actor(c, lexicon, entities)), None)
    return owner if owner is not None else _doer_of_act(subject, lexicon, entities)


def _reporters_belongings(token: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The reporter whose things a reported hostile act hits ("X said Y shelled its posts", "... had violated its
    airspace", "... had threatened its fishermen", "... rejected its offer": X, not Y nor the place).

    Y does not attack, threaten or reject its own things or people, so "its" on the object of such an act in a clause a
    verb of saying reports is the reporter's (its posts, its airspace, its fishermen, its soldiers), unless the object
    names another state ("its Chinese workers") or is "its own"; "their" is left alone (it as often means a plural
    subject's own: "rebels attacked their positions").
    """
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in lexicon.reporting:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.lower_ == "own" for c in obj.children) or (is_actor(obj, lexicon, entities) and not _own(obj, lexicon)):
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
        return None
    reporter, _ = _subject(token.head, lexicon)
    return reporter if reporter is not None and not is_pronoun(reporter) and is_actor(reporter, lexicon, entities) else None


def _addressee(reporter: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """Whom a verb of saying addresses ("told Y it should leave"): its indirect or direct object, if an actor."""
    return next((c for c in reporter.children if c.dep_ in ("dative", "dobj") and is_actor(c, lexicon, entities)), None)


def _mode(hit: Hit, event_type: str, sent, lexicon: EventLexicon) -> str | None:
    if event_type not in ("CONSULT", "AGREE"):
        return hit.trigger.mode
    subtree = hit.token.subtree
    tokens = list(subtree)
    text = doc_text(hit.token.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)].lower()
    for mode, phrases in lexicon.modes:
        if any(p in text for p in phrases):
            return mode
    if event_type == "AGREE" and hit.trigger.event_type == "CONSULT":
        return hit.trigger.mode  # "is due in X": the visit ahead, its verb unwritten
    if event_type == "CONSULT":
        if hit.trigger.mode:
            return hit.trigger.mode
        # "met ... during his state visit"; sliced from the text (``sent.text`` joins the sentence's tokens)
        sentence = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()
        return next((mode for mode, phrases in lexicon.modes if any(p in sentence for p in phrases)), None)
    return None


def _location(token: Token, lexicon: EventLexicon) -> str | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ in ("GPE", "LOC", "FAC") or lexicon.place(obj.text)):
                    return obj.text if obj.ent_iob_ != "B" else obj.doc[obj.i : obj.i + len([t for t in obj.subtree if t.ent_iob_ == "I"]) + 1].text
    return None


# a state's government and forces: one of them with no country acting on another state or its government or forces
# ("President X threatened Norland") is not of that state. A legislator ("Rep. X", "Sen. X") is not of the state it
# urges, criticises or visits ("Rep. X urged Norland to ..."), but calls on its own government as often as another's
# ("Rep. X called on President Y to retaliate against Norland"), and is no state acted on itself ("Kenyan senator X
# attacked Governor Y": the governor is of Kenya)
_STATE_SECTORS = ("GOV", "MIL")


_TIME_MARKS = function_words("time_marks")


def _in_time_clause(word: Token, act: Token | None) -> bool:
    """A word inside a clause or phrase of time that does not hold the act ("when they were in X", "since the attacks in
    X"): it says when the act happened, not where, and a place in it is no home of the forces that act."""
    node = word
    while node.head.i != node.i and act is not None:
        timed = (node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in node.children)) or (
            node.dep_ == "prep" and node.lower_ in _TIME_PREPS)
        if timed:
            return not node.left_edge.i <= act.i <= node.right_edge.i
        node = node.head
    return False


def _sentence_country(sent, lexicon: EventLexicon, sector: str, other, coded: dict[int, DictionaryMatch] | None = None,
                      doer: bool = False, answers: dict | None = None, act: Token | None = None) -> str | None:
    """The one country a sentence names (by name, demonym or capital, or by a name of the user's dictionary); None if not one.

    Between two states ("President X threatened Norland") the other state is another country, so its
    country is left out; a leader and a group (rebels, opposition, protesters) are as often of one country. For the
    doer of the act (``doer``), an official, a state named bare as what some verb of the sentence acts on or addresses
    is left out too ("the minister urged the U.N. to sanction Iran": not Iran's minister; ``_state_addressed``).
    """
    code = other.code if other is not None and other.code else ""
    # a legislature beside another state's government or army ("Congress condemned the X army's raid") is no more of
    # that state than a government is: it takes the dateline's country, or none
    state_pair = (sector in _STATE_SECTORS or sector == "LEG") and (len(code) == 3 or code[3:] in _STATE_SECTORS)
    other_country = code[:3] if state_pair else None
    found = set()
    doc, last = sent.doc, sent.end
    adversaries = _adversaries(list(sent)) if sector == "MIL" else ()
    for k, n, country in _sentence_places(sent, lexicon, coded, answers):
        if k in adversaries or (sector in lexicon.armed_sectors and _in_time_clause(doc[k], act)):
            # "warships headed to X to protect it from Y": the troops are not Y's; "when they were in Y": a time, and forces
            # act abroad, so only their act's own place says whose they are (a person's or a crowd's is as often theirs)
            continue
        if n == 0:  # the user's name speaks over the gazetteer's reading of its words
            if country is not None and country != other_country:
                found.add(country)
            continue
        if country != "IGO" and country != other_country and not (doer and sector in _STATE_SECTORS and _state_addressed(list(doc[k : min(k + n, last)]))):
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _sentence_places(sent, lexicon: EventLexicon, coded: dict[int, DictionaryMatch] | None, answers: dict | None) -> list[tuple[int, int, str | None]]:
    """What ``_sentence_country`` reads of a sentence whatever the actors, in order: ``(k, 0, country)`` for the word ``k``
    of a name of the user's dictionary, ``(k, n, code)`` for the place of ``n`` words from the word ``k`` (longest
    first). Kept per sentence and doc in ``answers`` (the doc's ``EntityIndex.answers``), read from the token table: a
    token object is made only for a capitalised word (each ask made one for every word of the sentence)."""
    key = ("sentence_places", id(sent.doc), id(lexicon), sent.start, sent.end, id(coded))
    if answers is not None and key in answers:
        return answers[key]
    doc = sent.doc
    text, table = doc_text(doc), token_table(doc)
    idx, length, ent_type = table.idx, table.length, table.ent_type
    first, last = sent.start, sent.end
    readings: list[tuple[int, int, str | None]] = []
    for k in range(first, last):
        if coded and k in coded:
            readings.append((k, 0, _dictionary_country(coded[k])))
            continue
        if not text[idx[k] : idx[k] + 1].isupper() or (ent_type[k] == "PERSON" and _in_full_name(doc[k])):
            continue
        if k > first and table.lower[k - 1] == "ethnic":
            continue  # "hamlets of ethnic Hungarians": a people, not the state of that name, places no one else
        for n in (3, 2, 1):
            end = min(k + n, last) - 1
            place = lexicon.place(text[idx[k] : idx[end] + length[end]])
            if place is not None:
                if not _names_an_act(table, end, lexicon):
                    readings.append((k, n, place.code))
                break
    if answers is not None:
        answers[key] = readings
    return readings


def _names_an_act(table, k: int, lexicon: EventLexicon) -> bool:
    """A place word that only names what an event noun is about ("the Iran deal", "the Iraq war"): a topic, no home of
    the sentence's unplaced actors ("the Iran deal was rejected by Congress": no Iranian legislature)."""
    head = table.head[k]
    return table.dep[k] == "compound" and head != k and table.pos[head] == "NOUN" and (
        table.lower[head] in lexicon.nouns or table.lemma[head] in lexicon.nouns)


_OWN_PREPS = function_words("own_preps")  # "in X", "of X": where, or whose


def _state_addressed(words: list[Token]) -> bool:
    """A state named bare as what a verb acts on or addresses ("urged the U.N. to sanction Iran", "flew to Iran", "talks
    with Iran"): a party, not the home of an official the sentence gives no country ("the minister"); named as a
    subject, a possessor, a modifier or a place ("in Iran", "the envoy from Iran") it may be his."""
    inside = {w.i for w in words}
    root = next((w for w in words if w.head.i not in inside or w.head.i == w.i), words[-1])
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "sanctions on Iran and Syria": as the first conjunct
    if root.dep_ in ("dobj", "dative"):
        return root.head.pos_ in ("VERB", "AUX")
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ not in _OWN_PREPS and prep.head.pos_ in ("VERB", "AUX")
    if root.dep_ == "compound" and root.ent_type_ == "GPE" and root.head.dep_ == "dobj" and root.head.head.pos_ in ("VERB", "AUX"):
        # "discussed the Sudan question with X": the state the act is about, beside the partner it is done with
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in (*root.head.children, *root.head.head.children))
    return False


def _state_code(code: str | None) -> str | None:
    """The country of a state or of its government or forces ("JPN", "JPNGOV"); None for any other actor's code."""
    if not code or code[:3] == "IGO":
        return None
    return code[:3] if len(code) == 3 or code[3:] in _STATE_SECTORS else None


def _adversaries(tokens: list[Token]) -> set[int]:
    """The words a clause names as what troops act against or move away from: the objects of "against", and of a
    "from" on a verb ("protect it from X", "withdrew from X"; "troops from X" on the noun says whose they are), with
    their compound words ("from the Gaza Strip")."""
    out: set[int] = set()
    for token in tokens:
        if token.dep_ == "pobj" and (token.head.lower_ == "against" or (token.head.lower_ == "from" and token.head.head.pos_ in ("VERB", "AUX"))):
            out.update(t.i for t in token.subtree)
    return out


def _name_after_title(token: Token) -> bool:
    """The first word of a person's name of two words or more that a title or a courtesy abbreviation stands before
    ("Secretary-General Ban Ki-moon", "Mr. Strike Jones"): a name, whatever act the same word names."""
    if token.i == 0 or token.ent_iob_ != "B" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I":
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in load_gazetteer().title_words


def _in_full_name(token: Token) -> bool:
    """A word of a person's name of two words or more, as NER tags it ("Michael Jordan", "Israel Vargas", "Sen. Ana
    Cruz"): a given name or surname that is also a place or demonym names no country the sentence speaks of. A lone word
    tagged as a person is left to be read as a place (NER takes a bare country for a person now and then), unless a
    courtesy title stands before it ("Mr. English")."""
    if token.ent_type_ != "PERSON":
        return False
    if token.ent_iob_ == "I":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return ((following is not None and following.ent_iob_ == "I" and following.ent_type_ == "PERSON")
            or (token.i > 0 and token.doc[token.i - 1].text in TITLE_MARKS and titled_surname(token)))


def _other_state(actor: EventActor | None, head: Token | None, lexicon: EventLexicon) -> EventActor | None:
    """The other actor as a state whose country ``_sentence_country`` leaves out; None for an organisation named after a
    country ("pressure by the Norland Anti-Fraud Office": a body at home, an entity or a name NER missed whose head is
    no place and which names no sector) and for the place the act is in ("tolerance in Norland"), which are as often
    the actor's own country."""
    if actor is None or (actor.entity_id or "").startswith("org:"):
        return None
    if head is not None and head.dep_ == "pobj" and head.head.lower_ == "in":
        return None
    if head is not None and head.pos_ == "PROPN" and actor.code and len(actor.code) == 3 and lexicon.place(head.text) is None and lexicon.place(actor.text) is None:
        return None
    return actor


def _dictionary_country(match: DictionaryMatch) -> str | None:
    """The country of a name of the user's dictionary: its code's first three letters (not an IGO's, not the null code)."""
    return match.code[:3] if match.code and len(match.code) >= 3 and not match.code.startswith("IGO") else None


_SITE_PREPS = function_words("site_preps")


def _guest(hit, head: Token, entities) -> bool:
    """A named person who visits: the place visited and the state met there are the host's, not the guest's ("Defense
    Secretary X returned from a visit with commanders in Y" is no official of Y); with no state of his own he keeps his
    sector and stays uncoded for country (another state the sentence names may still be his: "visited Y as Z's leader")."""
    if hit.trigger.mode != "visit" or head.pos_ != "PROPN":
        return False
    entity = entities.covering(head.idx, head.idx + len(head.text))
    return entity is None or entity.kind == "PERSON"


def _visited(token: Token, target: EventActor | None, lexicon: EventLexicon, coded) -> set[str | None]:
    """The states a visit is to: the place it happens in, the target's state, and for a visit noun every state its own
    phrase names ("a visit with commanders in Y")."""
    states = {_location_country(token, lexicon, coded), _state_code(target.code) if target is not None else None}
    if token.pos_ == "NOUN":
        states |= {place.code for t in token.subtree if t.i > token.i and (place := lexicon.place(t.text)) is not None}
    return states - {None}


def _location_country(token: Token, lexicon: EventLexicon, coded: dict[int, DictionaryMatch] | None = None) -> str | None:
    """The country of the place an event happens in ("in Somalia", "in Mogadishu"), from the trigger's or its object's "in",
    or from those of the act it governs ("threatened to impose a curfew in the capital": the curfew's place), or from the
    "in" of the site it happens at ("rioted at a jail in X", "clashed near a village in X")."""
    acts = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    objects = [c for act in acts for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    sites = [g for act in acts for c in act.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS for g in c.children if g.dep_ == "pobj"]
    for node in acts + objects + [c for o in objects for c in o.children if c.dep_ == "acl"] + sites:  # "the curfew imposed in X"
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if coded and obj is not None and obj.i in coded:
                    return _dictionary_country(coded[obj.i])
                place = lexicon.place(obj.text) if obj is not None else None
                if place is not None and place.code != "IGO":
                    return place.code
    return None


def _date(sent, doc: Doc) -> dt.date | None:
    for time in doc._.readout_times or ():
        if sent.start_char <= time.span.start < sent.end_char and time.start is not None and time.granularity == "day":
            return time.start
    document = document_of(doc)
    return document.published if document is not None else None


class EventCoder:
    """The ``readout_events`` component: one pass over each sentence's tokens."""

    def __init__(self, verbs_path: str | None = None, agents_path: str | None = None, nominal_events: bool = True, wordnet_path: str | None = None,
                 actors_path: str | None = None, nlp: Language | None = None):
        self.lexicon = load_lexicon(verbs_path, agents_path, wordnet_path)
        self.dictionary: ActorMatcher | None = None  # the user's actor dictionary (``actors_path``), read once
        if actors_path:
            if nlp is None:
                raise ValueError("an actor dictionary needs the pipeline whose tokenizer splits its names")
            self.dictionary = ActorMatcher(load_actor_dictionary(actors_path), nlp)
        self.sector_codes = frozenset(self.lexicon.sectors.values())
        self.nominal_events = nominal_events
        # a token none of whose forms is here triggers nothing
        words = frozenset(self.lexicon.verbs).union(self.lexicon.nouns, self.lexicon.naming_verbs, self.lexicon.incursion_verbs, self.lexicon.sighting_verbs)
        # the last parts of hyphenated patterns ("gas" of "tear-gas"), tried only after a hyphen: "tear-gassed" is looked up whole
        self.hyphen_parts = frozenset(word.rsplit("-", 1)[1] for word in words if "-" in word)
        self.may_trigger = lru_cache(maxsize=1 << 16)(lambda lemma, lower: any(key in words for key in _forms(lemma, lower)))

    def index(self, doc: Doc) -> EntityIndex:
        """The doc's actors for ``code_sentence`` and ``main_event``: the actors extractor's and the user dictionary's."""
        return EntityIndex.of(doc, self.dictionary)

    def __call__(self, doc: Doc) -> Doc:
        entities = self.index(doc)
        events: list[EventCode] = []
        for index, sent in enumerate(sentence_spans(doc)):
            events.extend(self.code_sentence(sent, index, entities))
        doc._.readout_events = tuple(_mark_commitments(events, doc, self.lexicon))
        return doc

    def code_sentence(self, sent, index: int, entities: EntityIndex) -> list[EventCode]:
        """Every top-level event of a sentence (a trigger under another trigger belongs to it)."""
        lexicon = self.lexicon
        hits: dict[int, Hit] = {}
        doc, table, may_trigger = sent.doc, token_table(sent.doc), self.may_trigger
        deps, lemmas, lowers = table.dep, table.lemma, table.lower
        for i in range(sent.start, sent.end):
            if deps[i] != "ccomp" and not may_trigger(lemmas[i], lowers[i]) and not (
                    i > 0 and lowers[i - 1] == "-" and (lemmas[i] in self.hyphen_parts or lowers[i] in self.hyphen_parts)):
                continue  # most tokens: no trigger has their lemma or word, and no "must" clause is reported
            token = doc[i]
            hit = match_trigger(token, lexicon)
            if hit is None and token.dep_ == "ccomp" and _must_clause(token, lexicon) and token.head.lemma_.lower() in lexicon.reporting:
                hit = Hit(token, Trigger(token.lemma_.lower(), None, "REQUEST", None), False)
            if hit is None and (said := _meddling_said(token, lexicon)) is not None:
                hits[said.token.i] = said  # "X says Y is meddling in its affairs": X's charge, as "X charged that Y was meddling"
            if hit is not None and (self.nominal_events or not hit.nominal) and not (hit.nominal and _attribution(token, lexicon)):
                hits[token.i] = hit
        for i, hit in list(hits.items()):
            if i not in hits:
                continue  # the vow of a figure of speech, removed with it
            if any(_asked_act(node) for node in (hit.token, *hit.token.ancestors)):
                del hits[i]  # "called for a conference to be convened (to discuss X)": the meeting asked for, not held
                continue
            if _asked_about(hit.token, lexicon) or _says_nothing(hit, lexicon) or _in_quoted_question(hit.token, lexicon):
                del hits[i]  # "asked whether X would attend": a question, no act of X's; "declined to comment": silence
                continue
            carried = _carried_event(hit, hits, lexicon)
            if carried is not None:
                hits[i] = carried
            elif not hit.nominal and _receives_event(hit, hits, lexicon):
                del hits[i]  # "X received aid from Y": Y's aid, not a visit X hosts
            elif not hit.nominal and _phase_of_subject_event(hit, hits):
                del hits[i]  # "talks between X and Y opened in Z": the talks, with their parties, not an opening by no one
            elif (forced := _strike_of_force(hit, lexicon)) is not None:
                hits[i] = forced
            elif (said := _force_on_words(hit, lexicon)) is not None:
                hits[i] = said
            elif _won_contest(hit, lexicon):
                del hits[i]  # "beat the ruling party at the polls": a contest won, no force
            elif _helped_to_act(hit, lexicon):
                del hits[i]  # "helped engineer a boom": help to act, no aid
            elif _poll_answer(hit, lexicon):
                del hits[i]  # "46 percent said they would support X": a poll's answer, no act
            elif _standing_tie(hit):
                del hits[i]  # "a group closely aligned with X": a tie described, no act
            elif _an_attempt(hit, lexicon):
                del hits[i]  # "sought to soften the words of ...": an attempt, as "tried to"; the infinitive is the act
            elif _prepositional_participle(hit):
                del hits[i]  # "Even excluding the gain, net rose 7%": a preposition, no sanction
            elif _accident(hit, lexicon):
                del hits[i]  # "were killed when their helicopter crashed": an accident, no attack
            elif _counterfactual(hit):
                del hits[i]  # "reacted as if Y had invaded X": a comparison, no invasion
            elif _idle_object(hit, lexicon) or _allowed_for(hit) or _enrolled(hit, lexicon):
                del hits[i]  # "to meet the shortfall", "shares this view", "challenging the incumbent": no act between actors
            elif _idle_noun(hit, lexicon) or _idle_subject(hit, lexicon, entities) or _change_in_amount(hit, lexicon):
                del hits[i]  # "a price war", "a $24 million charge", "shipments declined", "closed 5% lower": no act
            elif _outcome_of_no_act(hit, hits, lexicon):
                del hits[i]  # "expects profit to fall", "failed to offset the weakness": the infinitive is no act
            elif _no_state_named(hit, lexicon):
                del hits[i]  # "declared war on corruption", "took refuge in a school": no act between states
            elif _figurative_force(hit, lexicon):
                del hits[i]  # "locked up endorsements", "mustered zeal", "fight for working families": no force
                if (hit.token.dep_ == "xcomp" and hit.token.head.i in hits and not hits[hit.token.head.i].nominal
                        and hits[hit.token.head.i].trigger.event_type in ("AGREE", "THREATEN")):
                    del hits[hit.token.head.i]  # "promised to fight for working families": a vow of no act
            elif _trip_with_errand(hit, hits, lexicon):
                del hits[i]  # "went to X to discuss ...": the errand is the event, coded with the destination
            elif _forecast(hit, lexicon, entities):
                del hits[i]  # "analysts warned that prices would rise": a forecast, no threat
            elif _foreseen(hit, lexicon, entities):
                del hits[i]  # "analysts warned that X could retaliate": another's act foreseen, no threat by X
            elif _warned_of_another(hit, hits, lexicon, entities):
                del hits[i]  # "X warned that Y could invade": Y's possible act, coded as Y's, no threat by X
        for i, verb in [(h.token.head.i, h) for h in hits.values() if not h.nominal and (
                (_participle_noun(h.token) is not None and _passive_participle(h.token)) or _headline_verb(h.token))]:
            if i in hits and hits[i].nominal and not (_headline_verb(verb.token) and hits[i].trigger.event_type == verb.trigger.event_type):
                # ("X, Y open talks": the talks are the event the headline's verb opens, kept)
                del hits[i]  # "envoys expelled by X left Y", "X, Y expel envoys": the envoys are what is done to, no mission
        governor: dict[int, int] = {}  # trigger -> the trigger it is a complement of
        overridden = set()
        for hit in hits.values():
            above = _ancestor_hit(hit.token, hits)
            if above is None:
                continue
            if (refused := _promised_not_to(hit, above, lexicon)) is not None:  # "vowed never to hand over X": a refusal
                governor[hit.token.i] = above.token.i
                hits[above.token.i] = Hit(above.token, Trigger(above.trigger.head, above.trigger.word, refused, None), above.nominal)
            elif _vowed_voice(hit, above):
                overridden.add(above.token.i)  # "vowed to appeal", "swore to protest", "vowed to bolster its army": that act ahead
            elif above.trigger.event_type == "AGREE" and _forceful_complement(hit, above):
                overridden.add(above.token.i)  # "ready to resume shelling": PLOVER's AGREE is cooperative; the act of force decides
            elif above.trigger.head == "fail" and not above.nominal and hit.token.dep_ == "xcomp" and hit.token.head.i == above.token.i:
                overridden.add(above.token.i)  # "failed to storm the town": the assault, not done (negation), no refusal
            elif _toll_of(hit, above, lexicon):
                overridden.add(above.token.i)  # "X's attack on Y killed dozens": the attack is the act, the killing its toll
            elif _agreed_measure(hit, above, lexicon):
                continue  # "X agreed it would impose sanctions on Y": the agreement and the measure it enacts, both coded
            else:
                governor[hit.token.i] = above.token.i
                if _cooperative_vow(hit, above, lexicon):  # "vowed to cooperate with X": a promise, not a threat
                    hits[above.token.i] = Hit(above.token, Trigger(above.trigger.head, above.trigger.word, "AGREE", None), above.nominal)
        coded: list[tuple[int, EventCode]] = []
        covered: set[int] = set()  # triggers coded, or belonging to one that is
        # governors first (a governor is above its complements in the parse), so that a complement whose
        # governor codes no event ("the talks ..." without participants) is an event of its own
        unnamed: set[int] = set()  # triggers coded with no source ("X's appeal was welcomed": by whom, unsaid)
        for hit in sorted(hits.values(), key=lambda h: _depth(h.token)):
            i = hit.token.i
            reacted_to = i in governor and governor[i] in unnamed and _passive_subject_of(hit, doc[governor[i]])
            if i in overridden or (i in governor and (governor[i] in covered or governor[i] in overridden) and not reacted_to):
                covered.add(i)
                continue
            events = self._code(hit, sent, index, entities)
            if events or _fight_ended(hit, lexicon):  # "mediators tried to end the fighting": the fighting ended is no attack
                covered.add(i)
                if all(e.source is None for e in events):
                    unnamed.add(i)
            coded.extend((i, event) for event in events)
        return [event for _, event in sorted(coded, key=lambda x: x[0])]

    def main_event(self, sent, index: int, entities: EntityIndex) -> EventCode | None:
        """The one event a sentence is about: the highest trigger in the parse (for one-event-per-sentence benchmarks)."""
        events = self.code_sentence(sent, index, entities)
        if not events:
            return None
        depths = {e.trigger.start: _depth_at(sent, e.trigger.start) for e in events}
        in_subject = {e.trigger.start: _in_subject(sent, e.trigger.start) for e in events}
        # "The attack prompted X to recall its envoy": the act the predicate reports, not its cause in the subject
        main = min(events, key=lambda e: (in_subject[e.trigger.start], depths[e.trigger.start], e.trigger.start))
        if main.source is None and main.target is not None:
            # "X's appeal to Y was welcomed": a reaction by no one named to an act someone is named doing; the act is the news
            acted = [e for e in events if e.source is not None and in_subject[e.trigger.start]
                     and main.target.span.start <= e.trigger.start < main.target.span.end]
            if acted:
                return min(acted, key=lambda e: (depths[e.trigger.start], e.trigger.start))
        return main

    def _political(self, actor: EventActor | None, head: Token | None = None, entities: EntityIndex | None = None) -> bool:
        """A country, an organisation, or a government, military, party or armed group (``political_sectors``), or a
        name the user's actor dictionary codes, by the dictionary's code ("Zembla's businessmen", ZEM + BUS, are not)."""
        if actor is None or not actor.code:
            return False
        if head is not None and entities is not None and entities.coded and _dictionary_coded(actor, head, entities):
            return True
        sector = actor.code if actor.code in self.sector_codes else actor.code[3:]
        return sector == "" or sector in self.lexicon.political_sectors

    def _unplaced(self, actor: EventActor, head: Token, entities: EntityIndex) -> bool:
        """A sector with no country ("the president"), a person nothing places (no gazetteer entry, no country in the
        title), or an ethnic group: each is of the place the event happens in or the sentence's one country. A person with no code is
        read like a state's person there, so another state's actor in the sentence is of another country."""
        if _foreign(head):
            return False  # "foreign traders were told to leave X": of some other country, not of X
        return actor.code in self.sector_codes or (not actor.code and unplaced_person(head, entities)) or ethnic_group(head)

    def _country(self, actor: EventActor) -> str | None:
        return None if not actor.code or actor.code in self.sector_codes else actor.code[:3]

    def _home_of(self, source: EventActor | None, head: Token | None) -> str | None:
        """The source's country when its acts fall at home, so that whom it acts on is of it: police and courts
        (``domestic_sectors``), and a country's people ("young Malians blocked roads ... from the government")."""
        country = self._country(source) if source is not None else None
        if country is None or head is None:
            return None
        if source.code[3:] in self.lexicon.domestic_sectors:
            return country
        place = self.lexicon.place(head.text)
        return country if place is not None and place.kind == "demonym" and head.tag_ in ("NNS", "NNPS") else None

    def _counted_group_of_another(self, head: Token, source: EventActor | None) -> bool:
        """A group named by a count alone ("blamed two militias"), acted on by anyone but an armed force: no country.

        The one country such a sentence names is most often the doer's ("the United States blamed two militias"),
        and a state accuses, backs or urges groups abroad as often as at home; an army fighting them ("the X army
        fought two militias") fights them at home, and keeps its country for them.
        """
        counted = _handful(head) and head.tag_ in ("NNS", "NNPS")  # "two militias", not "2.3 million inmates"
        return counted and source is not None and (source.code or "")[3:] not in self.lexicon.armed_sectors

    def _protest_rally(self, token: Token, source: EventActor | None, source_head: Token | None) -> bool:
        """A rally is a protest when it is against something or held by a crowd (``rallies``); any other trigger passes."""
        lexicon = self.lexicon
        rally = token if token.lower_ in lexicon.rally_words or token.lemma_.lower() in lexicon.rally_words else next(
            (c for c in token.children if c.dep_ in ("dobj", "pobj", "nsubjpass") and c.lower_ in lexicon.rally_words), None)
        if rally is None:
            rally = next((g for c in token.children if c.dep_ == "prep" for g in c.children if g.lower_ in lexicon.rally_words), None)
        if rally is None:
            return True
        skip = {t.i for t in source_head.subtree} if source_head is not None else set()
        words = {t.lemma_.lower() for t in rally.subtree if t.i not in skip} | {c.lemma_.lower() for c in token.children if c.i not in skip}
        words |= {g.lemma_.lower() for c in token.children if c.dep_ in ("advcl", "xcomp", "prep") and c.i not in skip for g in c.subtree}
        if words & lexicon.rally_against:
            return True
        if source_head is not None and _handful(source_head):
            return False  # "two students marched into the bank": a handful of people is no crowd
        if source is None or not source.code:
            return source_head is not None and (source_head.like_num or any(c.like_num for c in source_head.children))  # "thousands rallied"
        counted = source_head.head.head if source_head is not None and source_head.head.lower_ == "of" else None
        if counted is not None and (counted.like_num or counted.pos_ == "NUM" or counted.ent_type_ == "CARDINAL") and not _handful(counted):
            return True  # "thousands of Peruvians rallied": a crowd counted in thousands, whoever they are
        sector = source.code if source.code in self.sector_codes else source.code[3:]
        return sector in lexicon.crowd_sectors

    def _standing(self, actor: EventActor | None, head: Token | None, entities: EntityIndex) -> bool:
        """Political by code, or, for a name the actor coder cannot place, by what the text makes of it: a state,
        nationality or organisation by the tagger's label ("Arnor", "the Gondor Liberation Front"), or a person the
        document gives a title of office ("Foreign Minister Zog" earlier); reporters, voters and plain people stay out."""
        if self._political(actor, head, entities):
            return True
        if actor is None or head is None or actor.code or head.i in entities.coded:
            return False  # a name the user's dictionary codes as nothing ([---]) stays nothing
        if _unplaced_state(head) or any(t.ent_type_ == "ORG" for t in name_tokens(head) if t.i == head.i or t.dep_ in ("compound", "flat")):
            return True
        entity = entities.covering(head.idx, head.idx + len(head.text))
        title = load_gazetteer().title(entity.role) if entity is not None and entity.kind == "PERSON" and entity.role else None
        return title is not None and title.sector in self.lexicon.political_sectors

    def _between_political_actors(self, hit: Hit, source: EventActor | None, target: EventActor | None,
                                  source_head: Token | None, target_head: Token | None, entities: EntityIndex) -> bool:
        """A contact verb's CONSULT needs a political actor contacted, a travel verb's visit a political traveller and
        another country as the place, each named by the verb itself (its object, or what its preposition governs);
        campaign news speaks to reporters and flies to voters' states (``contact_verbs``, ``travel_verbs``)."""
        if hit.nominal or hit.trigger.event_type != "CONSULT":
            return True
        head, token = hit.trigger.head, hit.token
        if target is None or target_head is None:  # "I wouldn't call it a victory": no one contacted or visited
            return not (head in self.lexicon.contact_verbs and hit.trigger.mode != "visit") and not (head in self.lexicon.travel_verbs and hit.trigger.mode == "visit")
        if head in self.lexicon.contact_verbs and hit.trigger.mode != "visit":  # "called on X" is a visit, not a contact
            if source is None or not (source.code or self._standing(source, source_head, entities)):
                return False
            if source.code and (source.code if source.code in self.sector_codes else source.code[3:]) in self.lexicon.unpolitical_callers:
                return False  # "an Iraqi reporter spoke to the minister": an interview, not a contact
            if any(c.dep_ in _NAMING for c in token.children) or not _addressed(token, target_head):
                return False
            home = target.code is not None and target.code == self._country(source)  # a leader addressing the own country
            if not target.code:  # a name placed by the text alone: the caller must be political too ("an activist talks to DuVernay")
                return self._standing(target, target_head, entities) and self._standing(source, source_head, entities)
            return self._political(target, target_head, entities) and not home
        if head in self.lexicon.travel_verbs and hit.trigger.mode == "visit":
            if not (self._standing(source, source_head, entities) and self._standing(target, target_head, entities)) or not _addressed(token, target_head):
                return False
            if not (_named_place(target_head, self.lexicon) or target_head.i in entities.coded) or _a_body_of_troops(source, source_head, self.sector_codes):
                return False  # "troops reached the Iranian border": a unit moving to a line, no visit to a state
            if self._country(target) is None:  # every real state is in the gazetteer: a state it lacks is one only among actors it cannot place either
                return not target.code and _unplaced_state(target_head) and self._country(source) is None
            return self._country(source) != self._country(target)  # an official coming home pays no visit
        return True

    def _code(self, hit: Hit, sent, index: int, entities: EntityIndex) -> list[EventCode]:
        lexicon, token = self.lexicon, hit.token
        doc = token.doc
        event_type = hit.trigger.event_type
        source_tok = target_tok = None
        extra_target: Token | None = None
        by_nationality: Token | None = None  # the noun coordinated nationalities share, when each is a source of its own
        suffered: Token | None = None  # the victim a nominal event's possessor is ("the minister's murder")
        # a verbless headline's names that act on a third party named after its verb, none when they act on each other;
        # None when the sentence is no such headline (the parse hangs the rest of a headline on its first name)
        headline: list[Token] | None = None
        pair_noun: Token | None = None  # "Indian, Pakistani troops clash": the noun whose sector both nationalities share
        sides: Token | None = None  # "two militias clashed": the subject whose sides fight each other
        if hit.nominal:
            if event_type == "REQUEST" and token.lemma_.lower() in lexicon.pressing_nouns and _pressed_by_no_asker(token, lexicon, entities):
                return []  # "faces pressure from ISIS", "pressure from investors": no one asks
            if token.lower_ in lexicon.under_fire_nouns:
                if not (token.dep_ == "pobj" and token.head.lower_ in _PRESSED_PREPS and _pressed_by(token) is not None):
                    return []  # "fire from the hills": read by its verb, no act of the noun's own
                if _fired_by_armed_body(token, lexicon, entities):
                    event_type = "ASSAULT"  # "the convoy was under fire from rebels": shots, no criticism
            participants = _between(token)
            if not participants and token.dep_ in ("nsubj", "nsubjpass"):
                participants = _between(token.head)  # "fighting broke out between X and Y": the parser hangs it on the verb
            if not participants:  # "the signing of a treaty between X and Y": the parties of what is signed
                participants = next((_between(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.children if g.dep_ == "pobj"), [])
            if not participants:  # "Kenya-Uganda border talks", "Kenyan-Ugandan fighting": the two a hyphen joins
                participants = _hyphen_pair(token, lexicon, entities)
            poss = [c for c in token.children if c.dep_ == "poss" and is_actor(c, lexicon, entities)]
            drawn = _drawn_from(token, lexicon, entities, event_type)
            if participants:
                source_tok = participants[0]
                extra_target = participants[1] if len(participants) > 1 else None
                if extra_target is None and (speaker := _our_pair_speaker(source_tok, lexicon, entities)) is not None:
                    source_tok = speaker  # "joint operations between our two countries," X said: X's side, the other unnamed
            elif drawn is not None:  # "X's move drew condemnation from Y": Y condemns X
                source_tok, extra_target = drawn
            elif poss and token.lemma_.lower() in lexicon.suffered_nouns and not _of_objects(token):
                extra_target = suffered = poss[0]  # "the minister's murder": the minister is killed; the doer is the "by" phrase
            elif poss:
                source_tok = poss[0]
            elif ((verb := _light_verb(token, lexicon) or _errand_verb(token, lexicon) or _framing_verb(token, event_type)) is not None
                  and not _attack_reported(token, verb, event_type, lexicon)):
                source_tok, passive = _subject(verb, lexicon)
                if source_tok is None and not passive:  # "The X minister embarked on a visit to Y": "embarked" hung on the minister
                    source_tok = _traveller_hung_on(verb, lexicon)
                if passive:  # "an appeal was issued by X": the agent of the light verb
                    source_tok = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if (pair := _pair_named_before(source_tok, sent, lexicon, entities, self.sector_codes)) is not None:
                    source_tok, extra_target = pair  # "Both sides held talks": the two the sentence before named
                elif source_tok is not None and (event_type in _SYMMETRIC or token.lemma_.lower() in lexicon.mutual_verbs
                                                 or verb.lemma_.lower() in lexicon.reciprocal_verbs):
                    # "X and Y began negotiations", "Israeli and Palestinian officials held a meeting", "X and Y carried out a swap"
                    source_tok, extra_target = _parties(source_tok, lexicon, entities)
                if source_tok is not None and not (is_actor(source_tok, lexicon, entities) or extra_target is not None or _two_parties(source_tok, lexicon)):
                    source_tok = None  # "both sides held talks" with no pair named before: the pair, uncoded
            if source_tok is None and (named := _headline_noun_engaged_in(token, lexicon)) is not None and is_actor(named, lexicon, entities):
                source_tok = named  # "X PM in talks with Y", "X envoy on visit to Y": the verbless headline's noun
            frame = _frame_of(token, lexicon)
            if source_tok is None:
                # "an attack on X by Y": the agent of a nominal event is its source, also where the parser hangs it on
                # what the event is done to ("the expulsion of two diplomats by Y") or on the noun that counts or times
                # the event ("a series of raids by Y", "the fourth day of an offensive by Y")
                holders = (token, *_of_objects(token), *((frame,) if frame is not None else ()))
                source_tok = next((g for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "by"
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
            if source_tok is None and event_type == "REQUEST":  # "calls from X for a truce": a call comes from its callers
                # also where the parser hangs the "from" on what is asked for ("a request for aid from X"); a political
                # party of a country or body ("pressure from investors", "from imports" is no one's request)
                asked = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
                source_tok = next((g for holder in (token, *asked) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)
                                   and self._country(actor := code_actor(g, lexicon, entities)) is not None and self._political(actor)), None)
            if source_tok is None and token.lower_ in lexicon.under_fire_nouns:  # "under fire from X": X fires, in words or shots
                source_tok = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in _DOER_PREPS
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
            if source_tok is None and hit.trigger.mode == "visit":  # "the visit of X's president to Y": the visitor
                source_tok = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
            if source_tok is None and hit.trigger.head == "recall" and (recalled := _own_envoy_recalled(token, lexicon, entities)) is not None:
                source_tok, extra_target = recalled
            if source_tok is None:
                source_tok = _owner_of_own_objects(token, lexicon, entities)  # "X said the deployment of its troops ...": X
            if source_tok is None and token.lemma_.lower() in lexicon.own_measures:
                source_tok = _reporter_of_measure(token, lexicon, entities)  # "X confirmed the recall of its envoy": X's
            if source_tok is None:
                # "Palestinian riots", "Turkish air strikes": a place word modifying the event names its actor; a headline's
                # subject read as a modifier of the noun ("X and Y open talks": "open" as an adjective) names its parties
                # a capital naming an attack or a riot says where it happened, not who did it ("the Paris attacks")
                where_only = ("capital",) if event_type in ("ASSAULT", "PROTEST") else ()
                acted_on = places_acted_on(token, lexicon)  # "the Kuwait invasion": Kuwait invaded, not invading
                source_tok = next((c for c in token.children if c.i < token.i and c not in acted_on and (
                    (c.dep_ in ("amod", "compound") and (place := lexicon.place(c.text)) and place.kind not in where_only)
                    or (c.dep_ == "nmod" and is_actor(c, lexicon, entities) and not (lexicon.place(c.text) and lexicon.place(c.text).kind in where_only)))), None)
                if source_tok is not None and extra_target is None and (event_type in _SYMMETRIC or _reciprocal(hit, lexicon)):
                    extra_target = next((c for c in source_tok.conjuncts if is_actor(c, lexicon, entities) or lexicon.place(c.text)), None)
            if source_tok is None and suffered is None and extra_target is None and frame is None:
                source_tok = _carrier_subject(token, lexicon, entities)  # "drafted the rules in consultation with X"
            if source_tok is None and suffered is None and extra_target is None and (acted_on := places_acted_on(token, lexicon)):
                extra_target = suffered = acted_on[0]  # "the Panama invasion began": the state invaded, by no one named
            if source_tok is None and suffered is None and not _takes_effect(token, lexicon):
                return []  # "the meeting was routine": no participants, nothing to code ("a ban on X took effect": X's)
            own = {t.i for t in source_tok.subtree} if source_tok is not None else set()
            if event_type == "REQUEST" and own and (asked := source_tok.head.head).dep_ == "pobj" and asked.head.head.i == token.i:
                own |= {t.i for t in asked.subtree}  # "a request for troops from X": what is asked for is no one asked
            if token.i in own:  # "The X minister embarked on a visit to Y": the visit hangs on the minister, not the minister's own words
                own -= {t.i for t in token.subtree}
            if extra_target is None and token.dep_ == "pobj" and token.head.lower_ in _PRESSED_PREPS and (pressed := _pressed_by(token)) is not None:
                extra_target = next((s for s in (_subject(pressed, lexicon)[0],) if s is not None and s.i not in own and is_actor(s, lexicon, entities)), None)
            target_tok = extra_target or _first_actor_below(token, lexicon, entities, own, not _between_parties(hit))
            if target_tok is None and frame is not None:  # "a series of raids by X against Y": "against Y" on "series"
                target_tok = _first_actor_below(frame, lexicon, entities, own | {t.i for t in token.subtree}, not _between_parties(hit))
            if target_tok is None and hit.trigger.mode == "visit" and source_tok is not None:
                target_tok = _destination(source_tok, lexicon, entities, set())  # "the visit by X's president to Y": "to Y" hung on the visitor
            if target_tok is None and (errand := _errand_verb(token, lexicon)) is not None:
                target_tok = _destination(errand, lexicon, entities, own)
            if target_tok is None and (verb := _light_verb(token, lexicon)) is not None:
                target_tok = (_light_party(verb, lexicon, entities, own | {t.i for t in token.subtree}, event_type)
                              or _purpose_target(verb, lexicon, entities, own))
            if target_tok is None and event_type == "REQUEST":  # "Japan's demand that X withdraw": X is asked
                target_tok = _mandated(token, lexicon, entities, own) or _for_to_subject(token, lexicon, entities)
        else:
            subject, passive = _subject(token, lexicon)
            if not passive and any(c.dep_ == "agent" and any(g.dep_ == "pobj" and is_actor(g, lexicon, entities) for g in c.children)
                                   for c in token.children):
                # "Aid pledged by X to Y arrived": a participle with an actor its agent, also one tagged as a finite verb
                # ("shortened by one hour": a measure, no agent)
                passive = True
                subject = subject if subject is not None and subject.head.i == token.i else None
            if subject is None and (traveller := _traveller_hung_on(token, lexicon) or _asker_hung_on(token, event_type)) is not None:
                subject = traveller  # "The X minister left for Y", "Two X athletes asked for asylum": the verb read as a modifier of its doer
            elif (subject is None and (noun := _participle_noun(token)) is not None and is_actor(noun, lexicon, entities)
                    and (passive or not any(c.dep_ == "agent" for c in token.children))):
                # "Peruvian minister expelled from X", "officers shot by X": what a participle modifies undergoes it (an
                # agent that is no actor, "firms licensed by it", "groups funded by donors", leaves the reading open)
                subject, passive = noun, True
                if event_type in ("RETREAT", "MOBILIZE") and not any(c.dep_ == "agent" for c in token.children):
                    passive = False  # "X troops withdrawn from Y", "X troops deployed to Y": their own state moves them
                if noun.lower_ in lexicon.utterances and not any(c.dep_ == "agent" for c in token.children):
                    passive = False  # "Security Council resolutions imposed on X": a text is what enacts, not what is done to
            if (passive and event_type in ("RETREAT", "MOBILIZE") and subject is not None and _forces(subject, lexicon)
                    and subject.tag_ != "PRP" and not any(t.lower_ == "by" and t.dep_ in ("agent", "prep") and any(
                        g.dep_ == "pobj" and is_actor(g, lexicon, entities) for g in t.children) for t in token.subtree)):
                passive = False  # "X troops were committed to Y", "are expected to be withdrawn": their own state moves them
            if passive and hit.trigger.mode == "visit" and token.lemma_.lower() in _TIMETABLE_VISITS:
                passive = False  # "X is expected in Y": X travels, as in "X is expected to visit Y"
            if passive and event_type == "AGREE" and token.lemma_.lower() in lexicon.resolve_participles and not any(c.dep_ == "agent" for c in token.children):
                passive = False  # "X is committed to a settlement", "X is prepared to talk": X's own resolve, no promise made to X
            if subject is None and entities.coded:  # "Dunmarrow massed troops": a user's name the tagger read as an adverb
                subject = next((c for c in token.children if c.i < token.i and c.i in entities.coded and c.dep_ in _MISREAD_SUBJECT), None)
            if subject is None:  # "Kenya and Uganda massed troops": a place name read as a noun phrase adverb before its verb
                # ("Pakistan expels X diplomats": as the modifier of the headline's verb read as a noun)
                misread = ("npadvmod", "amod", "compound") if token.pos_ == "NOUN" and token.dep_ == "ROOT" else ("npadvmod",)
                subject = next((c for c in token.children if c.i < token.i and c.dep_ in misread and c.ent_type_ == "GPE"
                                and is_actor(c, lexicon, entities)), None)
            between: list[Token] = []
            if subject is not None:
                subject = _decider(subject, lexicon) or _resolve_pronoun(subject, entities)
            if event_type == "REQUEST" and token.lemma_.lower() == "call":  # "X unveiled a plan. The plan calls for": X
                text = subject if subject is not None else token.head if token.dep_ == "acl" and token.head.pos_ == "NOUN" else None
                subject = (_earlier_issuer(text, lexicon, entities) if text is not None else None) or subject
            if passive:
                agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if agent is None:  # "were ordered to leave by X": the parser hangs the agent on the infinitive
                    agent = next((g for x in token.children if x.dep_ == "xcomp" for c in x.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                                  for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
                if agent is None:  # "were withdrawn from the town by X": the parser hangs the agent on the verb's place
                    agent = next((g for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                                  for g in b.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
                if agent is None and event_type in _FORCE:
                    agent = _doer_of_how(token, lexicon, entities)  # "were killed when Y attacked their post": Y
                if agent is None:  # "X said sanctions would be imposed on Y": a measure X's side enacts
                    agent = _measure_announced_by(token, lexicon, entities)
                if agent is None and event_type in ("SANCTION", "COERCE"):  # "were told to leave X": X makes them leave
                    agent = _country_left(token, lexicon, entities)
                if agent is None and event_type in ("CONCEDE", "AGREE") and token.lemma_.lower() in _LETTING:
                    agent = _country_left(token, lexicon, entities)  # "were allowed to leave X": X lets them go
                source_tok = agent
                target_tok = subject if subject is not None and is_actor(subject, lexicon, entities) else None
                if target_tok is None and subject is not None and not _event_noun(subject, lexicon):
                    target_tok = _owner(subject, lexicon, entities)  # "a camp for Sudanese refugees was shelled": the refugees
                if target_tok is None and subject is not None and agent is not None and event_type in _ANSWERS:  # "X's move was praised by Y"
                    target_tok = _doer_of_act(subject, lexicon, entities)  # "the deployment of X troops to Z was praised": X
                if target_tok is None and subject is not None:  # "aid to X was suspended", "sanctions on X were lifted", "ties with X were cut": X
                    target_tok = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "against", "with")
                                       for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
                between = (_between(subject) or _between(token)) if subject is not None and agent is None else []
                if not between and agent is None and subject is not None and _event_noun(subject, lexicon):
                    between = _hyphen_pair(subject, lexicon, entities)  # "Kenya-Uganda trade accord signed": the two parties
                if between:  # "talks were held between X and Y"
                    source_tok, target_tok = between[0], (between[1] if len(between) > 1 else None)
            elif subject is None and (between := _between(token)):  # "fighting between X and Y killed five": a gerund as a noun
                source_tok, target_tok = between[0], (between[1] if len(between) > 1 else None)
            else:
                source_tok = subject
                if (pair := _pair_named_before(subject, sent, lexicon, entities, self.sector_codes)) is not None:
                    source_tok, target_tok = pair  # "Both sides agreed to ...": the two the sentence before named
            owner = _owner_of_measure_ended(hit, subject, lexicon, entities)
            if owner is not None and (source_tok is None or source_tok.i == subject.i):
                # "X's blockade of Y ended", "X's embargo on Y was lifted", "X's visit to Y was cancelled": X's own act on Y
                source_tok = owner
                # the owner's own words, not what the parser hung after it ("the visit of X's premier to Y": Y)
                named = {t.i for t in owner.subtree if t.i <= owner.i}
                target_tok = _first_actor_below(subject, lexicon, entities, named) or _first_actor_below(owner, lexicon, entities, named)
            if ((subject is None or (subject.i < token.i and subject.tag_ in ("NNP", "NNPS"))) and _headline_verb(token)
                    and (names := _headline_names(token, lexicon, entities))):
                # "X, Y expel envoys", "X expel Z envoys": the names before the verb do it, to each other or to whom its object names
                source_tok = names[0]
                named = {n.i for n in names} | {token.i}
                placed_object = next((c for c in token.head.children if c.i not in named and c.dep_ in ("amod", "compound", "nmod")
                                      and (lexicon.place(c.text) is not None or _nationality(c, lexicon))), None)  # "Malian envoys"
                below = placed_object or _first_actor_below(token.head, lexicon, entities, named, not _between_parties(hit))
                target_tok = below if below is not None or len(names) == 1 else names[1]
                headline = names[:2] if below is not None else []  # "X, Y expel Z envoys": both expel Z's
            if hit.trigger.head == "recall" and (recalled := _recalled_envoy(token, subject, passive and source_tok is None)) is not None and (
                    envoy := _envoy_and_post(recalled, lexicon, entities)) is not None:
                # "the X ambassador to Y was recalled", the headline's "X ambassador to Y recalled": X recalls its envoy from Y
                source_tok = envoy[0] if is_actor(envoy[0], lexicon, entities) else recalled
                target_tok = envoy[1]
            attacker = _under_fire_from(token) if subject is not None else None
            if attacker is not None:  # "X came under fire from Y": Y fired on X
                source_tok, target_tok = attacker, subject
            elif subject is not None and not passive and _under_fire(token):
                source_tok, target_tok = None, subject  # "troops came under fire": fired on by someone unnamed, not firing
            if event_type == "REQUEST" and hit.trigger.word is None and token.dep_ == "ccomp" and _must_clause(token, lexicon):
                # "X said Y must ...": X requests of Y ("X told Y it should ...": of Y)
                reporter, _ = _subject(token.head, lexicon)
                own, _ = _subject(token, lexicon)
                addressee = _addressee(token.head, lexicon, entities) if own is not None and is_pronoun(own) else None
                source_tok, target_tok = reporter, addressee or subject
            # an act between the coordinated subjects: consulting, cooperating, a mutual verb, or a joint agreement ("X and Y
            # signed a treaty"); "X and Y praised Z", "X, Y and Z committed troops" are each doer's own (``joint_acts``)
            symmetric = (event_type in ("CONSULT", "COOPERATE") or token.lemma_.lower() in lexicon.mutual_verbs
                         or (event_type in _SYMMETRIC and hit.trigger.head in lexicon.joint_acts) or _truce(hit, lexicon))
            # the parties named inside the subject ("Kenyan and Ugandan officials", "the leaders of X and Y") only when the
            # act names no other party ("the leaders of X and Y met Z": Z is the target)
            own_parties = symmetric and target_tok is None and source_tok is not None and (
                _first_actor_below(token, lexicon, entities, {t.i for t in source_tok.subtree} - {t.i for t in token.subtree},
                                   not (_between_parties(hit) or token.lemma_.lower() in lexicon.mutual_verbs)) is None)  # "clash in X": where
            if source_tok is not None and not between:
                pair = _coordinated_modifiers(source_tok, lexicon, entities) if own_parties else []
                crowd = source_tok if event_type == "PROTEST" and _a_number(source_tok) else None
                unnamed_pair = source_tok if _two_parties(source_tok, lexicon) else None  # "both sides", no pair named before
                source_tok = _actor_head(source_tok, lexicon, entities) if not pair else source_tok
                source_tok = unnamed_pair if source_tok is None else source_tok
                source_tok = crowd if source_tok is None else source_tok  # "thousands rallied": a crowd, coded below
            if source_tok is not None and target_tok is None and symmetric:
                # "X and Y held talks": a symmetric act between the conjuncts
                conj = [c for c in source_tok.conjuncts if c.i > source_tok.i]
                target_tok = conj[0] if conj else _comma_partner(source_tok, lexicon, entities)  # "X, Y hold talks"
                if target_tok is not None and target_tok.i < source_tok.i:
                    source_tok, target_tok = target_tok, source_tok  # "X, Y agree" with Y the parser's subject: X first, as written
                pair = _coordinated_modifiers(source_tok, lexicon, entities) if target_tok is None and own_parties else []
                if pair:  # "Kenyan and Ugandan officials discussed trade": the coordinated nationalities are the parties
                    pair_noun, (source_tok, target_tok) = source_tok, pair
            if (source_tok is not None and target_tok is None and token.lemma_.lower() in lexicon.mutual_verbs and _several_sides(source_tok, token, lexicon)
                    and not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in token.children)):
                sides = source_tok  # "two militias clashed in X": the militias fight each other, not X
            if source_tok is None and event_type == "ASSAULT" and not passive and subject is not None and _event_noun(subject, lexicon):
                source_tok = _place_of_attack(subject, token, lexicon, entities)  # "a bombing near X killed ...": no one named
            if source_tok is None and event_type == "REJECT" and not passive and token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.reporting:
                # "X said a new vote was out of the question": the subject is what is refused; the refusal is the speaker's
                reporter, _ = _subject(token.head, lexicon)
                source_tok = _actor_head(_resolve_pronoun(reporter, entities), lexicon, entities) if reporter is not None else None
                if source_tok is not None and subject is not None and target_tok is None:  # "talks with Y were out of the question": Y
                    target_tok = _first_actor_below(subject, lexicon, entities, {t.i for t in source_tok.subtree}, False)
            # the source's own words, not a clause about it that holds the trigger ("X, who met Y, said ...": Y stays)
            skip = {t.i for t in source_tok.subtree} if source_tok is not None else set()
            if token.i in skip:
                skip -= {t.i for t in token.subtree}
            skip |= _agreed_measures(hit, lexicon)  # "agreed to impose sanctions on Y": Y is the sanction's, not the agreement's
            if token.lemma_.lower() == "use":  # "using forces", "used chemical weapons against X": what is used is no target
                skip |= {t.i for c in token.children if c.dep_ == "dobj" for t in c.subtree if not (t.dep_ == "pobj" and t.head.lower_ == "against")}
            if token.lemma_.lower() in _PROTECTING:  # "protect it from X's expansionism": X is what is guarded against
                skip |= {t.i for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "against") for t in c.subtree}
            moved = next((c for c in token.children if c.dep_ == "dobj" and _forces(c, lexicon) and lexicon.place(c.text) is None
                          and (c.pos_ != "PROPN" or lexicon.sector(c.lower_)) and c.ent_type_ not in ("GPE", "LOC", "FAC")), None) if (event_type == "MOBILIZE" or (event_type == "RETREAT" and token.lemma_.lower() in _WITHDRAWING)
                                                                                           or (event_type in _FORCES_ACTS and token.lemma_.lower() == "order")) and source_tok is not None else None
            if moved is None and event_type in _FORCES_ACTS and token.lemma_.lower() == "order":
                moved = _forces_of_ordered_act(token, lexicon)  # "ordered the deployment of troops to X": X, not the troops
            if moved is None and event_type == "THREATEN" and source_tok is not None:
                moved = _forces_of_threatened_move(token, lexicon)  # "threatened to send troops to X": X, not the troops
            if moved is not None:
                # the forces a state moves are its own, not whom the show of force is aimed at ("mobilized reservists for a
                # war against Y": Y; "moved troops into the Gulf": no one named), as the PLOVER records code MOBILIZE
                skip.add(moved.i)
            if hit.trigger.mode == "visit" and hit.trigger.word == "to" and (visitor := _visitor_received(token, lexicon, entities)) is not None:
                target_tok = visitor  # "Y welcomed the visit of X's minister to Y's capital": X, not the capital
            if target_tok is None and (hung := _hung_object(token)) is not None:
                # "... and engaged Turkish units": the units the verb is hung on; "hosted and mediated talks between X and Y": X
                target_tok = hung if is_actor(hung, lexicon, entities) else _first_actor_below(hung, lexicon, entities, skip | {t.i for t in token.subtree})
            if target_tok is None and event_type == "PROTEST":  # "rallied outside the X embassy": at X
                target_tok = _mission_protested(token, lexicon, entities)
            if target_tok is None and event_type in _DONE_TO_REPORTERS:  # "X said Y had violated its airspace": X's
                target_tok = _reporters_belongings(token, lexicon, entities)
            if target_tok is None and token.lemma_.lower() in _DEPARTURES and hit.trigger.word == "for":
                target_tok = _destination(token, lexicon, entities, skip)  # "left X for Y": Y, not the X left
            if target_tok is None and token.lemma_.lower() in lexicon.transfer_verbs:
                target_tok = _recipient(token, lexicon, entities, skip)
            if target_tok is None and event_type in _REACTIONS:  # "condemned the arrest of Y fishermen by X": X
                target_tok = next((d for c in token.children if c.dep_ == "dobj" and (d := _doer_of_act(c, lexicon, entities)) is not None), None)
            if target_tok is None:
                target_tok = _first_actor_below(token, lexicon, entities, skip, not _between_parties(hit))
            if target_tok is None and source_tok is None and event_type == "ASSAULT" and not passive and subject is not None and _event_noun(subject, lexicon):
                target_tok = _attack_site(subject, lexicon, entities)  # "a truck attack in X kills 80": in X, by no one named
            if (target_tok is None and token.dep_ == "acl" and (noun := _participle_noun(token)) is not None and _passive_participle(token)
                    and _event_noun(noun, lexicon)):
                # "talks with X hosted by Y", "sanctions on X imposed by Y": the event noun the participle is done to is
                # its object, and the party its "with", "on", "against" or "between" names is the target, as in "Y hosted
                # talks with X" (not a "by" or a conjunct: "a complaint filed by X and a complaint by Y")
                target_tok = next((g for c in noun.children if c.dep_ == "prep" and (c.lower_ in _PREFERRED_PREPS or c.lower_ == "between")
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
            if target_tok is None and moved is not None:  # "massed troops on the Y border", "troops in Y": Y
                target_tok = _first_actor_below(moved, lexicon, entities, skip)
            if target_tok is None and (errand := _errand_verb(token, lexicon)) is not None:
                target_tok = _destination(errand, lexicon, entities, skip)  # "went to X to discuss ..."
            if target_tok is None and event_type == "REQUEST":  # "called for X to release the prisoners": X is asked
                target_tok = _for_to_subject(token, lexicon, entities)
            if target_tok is None and event_type == "ACCUSE" and not _says_a_quote(token):  # "charged that X had violated the truce": X
                target_tok = _charged_subject(token, lexicon, entities, skip)  # (a quote's subject is what is said, no one charged)
            if target_tok is None and event_type == "AGREE":  # "After talks with X, Y agreed to reopen the crossing": with X
                target_tok = _partner_of_talks_before(token, lexicon, entities)
            if target_tok is None and event_type == "THREATEN":  # "warned that it would close its border with X": X
                target_tok = _threatened(token, lexicon, entities, skip)
            if target_tok is None:
                target_tok = _purpose_target(token, lexicon, entities, skip)
            if target_tok is None and event_type == "PROTEST":  # "protested outside the Russian embassy": its country, below
                target_tok = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS
                                   for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)
            if target_tok is None and hit.trigger.word == "+to":  # "wants X to leave": X is asked
                target_tok = next((g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj" and is_actor(g, lexicon, entities)), None)
            if target_tok is None and event_type == "REQUEST":  # "demanded that the US cancel ...": the US is asked
                target_tok = _mandated(token, lexicon, entities, skip)
            if target_tok is None and event_type == "REQUEST":  # "asked whether Y would allow ...": Y is asked
                target_tok = next((g for c in token.children if c.dep_ == "ccomp" and c.i not in skip and _act_asked_of(c, lexicon)
                                   for g in c.children if g.dep_ == "nsubj" and is_actor(g, lexicon, entities)), None)
            if target_tok is None and source_tok is not None:  # "X allowed Y to take part", "X forced Y to close": aimed at Y
                target_tok = _infinitive_subject(token, lexicon, entities, skip)
            if target_tok is None and source_tok is not None and (event_type == "THREATEN" or _unless(token)):
                target_tok = _condition_subject(token, lexicon, entities, skip)  # "threatened to halt talks if Y ...": Y
        future, hypothetical, negation, scheduled = _flags(token, lexicon)
        if not (future or hypothetical) and _on_a_timetable(hit):
            future = scheduled = True  # "is due in X", "arrives in X tomorrow": ahead by a timetable, as "is due to visit"
        # "if the president's veto is overridden": the veto is done; "it looks as if X will attack": a guess, as a condition
        conditional = (_in_condition(token) or _seeming(token)) if not hit.nominal else _nominal_in_condition(token)
        if not hit.nominal and not conditional and _must_clause(token, lexicon) and event_type != "REQUEST":
            event_type = "REQUEST"
            clause = _obligation_clause(token) or token  # "Y has to leave": the clause is "has"
            reporter = clause.head if clause.dep_ == "ccomp" else None
            if reporter is not None and reporter.lemma_.lower() in lexicon.reporting:
                outer, _ = _subject(reporter, lexicon)
                if outer is not None:
                    own, _ = _subject(token, lexicon)
                    addressee = _addressee(reporter, lexicon, entities) if own is not None and is_pronoun(own) else None
                    source_tok, target_tok = outer, addressee or source_tok
        solo_exercise = event_type == "COOPERATE" and _solo_exercise(hit, lexicon)
        if solo_exercise:
            event_type = "MOBILIZE"  # "held naval exercises near the coast": a show of force, not cooperation with anyone
        if target_tok is None and event_type == "MOBILIZE" and (near := _force_shown_near(token, lexicon, entities)) is not None:
            target_tok = near  # "massed warships near the X coast", "drills near Y": the state the force is shown to
        if future and not negation and _enacted(token, lexicon):
            future = hypothetical = False  # "will ban rallies from Monday": the ban is enacted by its announcement
        if conditional:
            # "if X attacks Y, ...", "should X invade Y": X's act as a condition, neither done nor announced by X (no
            # threat or promise of X's); it keeps its type and is marked hypothetical, and lies ahead unless told as past
            hypothetical = True
            future = future or not _past_form(token)
            event_type = _intent(event_type, False, False, negation, lexicon)  # "if they do not back X": still a refusal
        elif not (solo_exercise and not hypothetical and not negation):
            # an exercise announced ("will hold drills next month") is already the show of force, not a threat
            # a cooperative act ahead is AGREE however the text puts it ahead, announced ("will visit") or on a timetable others
            # report ("is due to visit", "is due in X"): the PLOVER manual takes all cooperative actions reported in the
            # future tense as intentions, and the PLOVER records code them so; a hostile act on a timetable is no threat
            # a passive on a timetable ("troops are expected to be withdrawn") is a forecast of what is done to them, no one's
            # announced intent: the act ahead, flagged future
            forecast = scheduled and (event_type in lexicon.hostile or (not hit.nominal and _raised_passive(token)))
            # forces to be sent "to" a state are a deployment ahead, aimed at no one ("will send troops to X"); "against",
            # "into" or "near" it, or under a condition, they threaten
            aimed = target_tok is not None and not (event_type == "MOBILIZE" and _sent_to(target_tok))
            event_type = _intent(event_type, future and not forecast, hypothetical, negation, lexicon, hit.trigger.mode, aimed)
        if event_type not in ("THREATEN", "REQUEST", "REJECT") and _unless(token):
            event_type = "THREATEN"  # "X will withdraw its troops unless Y ...": a conditional act is leverage
        if headline is not None:  # a verbless headline's names, shown as names; its doers act on a third party or each other
            dyads = _headline_dyads(source_tok, target_tok, headline, event_type in _SYMMETRIC or token.lemma_.lower() in lexicon.mutual_verbs
                                    and not _reciprocal(hit, lexicon))
        elif sides is not None:  # "two militias clashed in X": one group's sides, against each other
            dyads = [(sides, sides)]
        elif pair_noun is not None:  # "Ethiopian, Eritrean troops clash": the two nationalities are the two sides, no more
            dyads = [(source_tok, target_tok)]
        else:
            sources = _with_conjuncts(source_tok, target_tok, lexicon, entities) or [None]
            if (source_tok is not None and len(sources) == 1 and len(mods := _nationalities_on(source_tok, lexicon)) > 1
                    and (target_tok is None or target_tok.i not in {m.i for m in mods})):
                # "Italian and French diplomats met Libyan officials": each nationality's diplomats (ITAGOV, FRAGOV)
                sources, by_nationality = mods, source_tok
            dyads = [(s, t) for s in sources for t in _with_conjuncts(target_tok, source_tok, lexicon, entities) or [None]]
            if event_type == "ASSAULT" and target_tok is not None and not hit.nominal:
                dyads += [(s, t) for s in sources for t in _toll_places(target_tok, token, lexicon, entities)]
            if len(sources) == 2 and None not in sources and not hit.nominal and (
                    _each_other(token) or (target_tok is None and event_type not in _SYMMETRIC and _held_together(token, lexicon))):
                dyads = [(sources[0], sources[1]), (sources[1], sources[0])]  # "X and Y accused each other": each the other's
            elif (len(dyads) == 1 and None not in dyads[0] and event_type not in _SYMMETRIC and _reciprocal(hit, lexicon)
                    and not (_truce(hit, lexicon) and dyads[0][1].head.lower_ in ("with", *_PLACED_FIGHT))):  # "X ended its war with Y", "the war in Y": X's
                dyads.append(dyads[0][::-1])  # "X and Y traded accusations", "X and Y ended the war": each to the other
        if not hit.nominal and _fight_ended(hit, lexicon) and _ended_by_a_third_party(token, source_tok, lexicon):
            return []  # "X is trying to end the fighting between Y and Z": a mediator's aim, not X's retreat
        events = []
        for source_head, target_head in dyads:
            if len(events) >= MAX_DYADS:
                break
            meeting_place = venues(token, lexicon) if token.pos_ in ("NOUN", "PROPN") else []
            if meeting_place:  # "joined the Kenya talks": where the talks are held, no party to them
                source_head = None if source_head in meeting_place else source_head
                target_head = None if target_head in meeting_place else target_head
            source = code_actor(source_head, lexicon, entities) if source_head is not None else None
            target = code_actor(target_head, lexicon, entities) if target_head is not None else None
            if headline is not None:  # "Ghana, Peru expel envoys": the parse hangs the headline on its first name; the actor is the name
                source, target = _name_only(source, source_head), _name_only(target, target_head)
            elif source_head is not None and target_head is not None and target_head.dep_ == "appos" and target_head.head.i == source_head.i:
                source = _name_only(source, source_head)  # "X, Y agree to ceasefire": X, its apposition the other party
            if pair_noun is not None:  # "Indian, Pakistani troops clash": each nationality's troops (INDMIL, PAKMIL)
                source, target = _with_sector_of(source, source_head, pair_noun, lexicon), _with_sector_of(target, target_head, pair_noun, lexicon)
            elif by_nationality is not None:
                source = _with_sector_of(source, source_head, by_nationality, lexicon)
            # a sector with no country of its own is of the place the event happens in ("militants in Somalia"),
            # else of the one other country the sentence names ("President X threatened to bar Kenyan opposition parties")
            at_place = event_type == "PROTEST" and target is not None and target_head is not None and _protest_place(target_head, token)
            mission = at_place and _place_noun(target_head).lemma_.lower() in _MISSIONS  # protesters at an embassy are not its country's
            if source is not None and self._unplaced(source, source_head, entities) and not mission:
                host = _other_state(target, target_head, lexicon)
                place = _location_country(token, lexicon, entities.coded)
                if place is not None and (source.code or "GOV") in _STATE_SECTORS and host is not None and _state_code(host.code) == place:
                    place = None  # "the ambassador met Japanese officials in Tokyo": a guest of the state he meets at home
                where = ((self._country(target) if target is not None and _seizure_of_power(token) else None)  # the plotters' own state
                         or place
                         or _sentence_country(sent, lexicon, source.code or "GOV", _other_state(target, target_head, lexicon), entities.coded, True, entities.answers, token)
                         or (dateline_country(doc, lexicon, entities) if source.code in self.sector_codes else None))
                if where is not None and _guest(hit, source_head, entities) and where in _visited(token, target, lexicon, entities.coded):
                    where = None  # the place a named guest visits, or the state he visits, is the host's, not his
                source = code_actor(source_head, lexicon, entities, where) if where else source
            captives = _prisoners_taken(token, target_head, event_type)
            if captives and target is not None and (target.code or "").endswith("CRM"):
                target = target.model_copy(update={"code": target.code[:-3] + _held_sector(target_head)})  # no criminals for being taken
            if target is not None and self._unplaced(target, target_head, entities) and not venues(target_head, lexicon) and not _visitor(target_head, lexicon):
                where = ((self._country(source) if source is not None and _seizure_of_power(token) else None)
                         or _location_country(token, lexicon, entities.coded)
                         or (None if captives and (source is None or (source.code or "")[3:] not in self.lexicon.domestic_sectors)
                             else self._home_of(source, source_head))
                         or (None if captives or self._counted_group_of_another(target_head, source) or _across_a_border(target_head, token, lexicon)
                             else  # the captor's country is not the captives'; a group across a border is not the doer's
                             _sentence_country(sent, lexicon, target.code or "GOV", _other_state(source, source_head, lexicon), entities.coded, answers=entities.answers, act=token))
                         or (dateline_country(doc, lexicon, entities) if target.code in self.sector_codes and not captives else None))
                target = code_actor(target_head, lexicon, entities, where) if where else target
            if captives and target is not None:
                code = target.code or ""
                country, sector = ("", code) if code in self.sector_codes else (code[:3], code[3:])
                if sector in ("", "CRM", "CVL"):
                    target = target.model_copy(update={"code": country + _held_sector(target_head)})
            if event_type == "PROTEST" and source is not None and not source.code and _a_number(source_head):
                source = source.model_copy(update={"code": "CVL"})  # "thousands marched": civilians, by the crowd_sectors reading
            if at_place:
                # a protest's place is where, not whom: the place's country (an embassy's, a capital's) is the target, as
                # the PLOVER records code "rioted at a jail in northern Israel" (ISR); an institution alone is no target
                country = self._country(target)
                target = target.model_copy(update={"code": country}) if country else None
            if source is None and target is None:
                continue
            if source is None and _fight_ended(hit, lexicon):
                continue  # "efforts to end the war in X", "calls to halt the shelling": an aim, no side's truce
            if event_type == "PROTEST" and not self._protest_rally(token, source, source_head):
                continue  # "the candidate held rallies in Ohio": campaigning, not a protest
            if not self._between_political_actors(hit, source, target, source_head, target_head, entities):
                continue  # "spoke to reporters", "a candidate arrived in Iowa": no contact, no visit
            if event_type == "CONSULT" and target is None and not (source_head is not None and _two_parties(source_head, lexicon)):
                continue  # consulting takes two parties; "X talked about crime" is not a meeting
            if not events:  # what every dyad of the trigger shares, read once and only when there is an event
                shared = dict(
                    span=token_span(doc, sent),
                    sentence_index=index,
                    event_type=event_type,
                    mode=_mode(hit, event_type, sent, lexicon),
                    context=_contexts(token, lexicon),
                    date=_date(sent, doc),
                    location=_location(token, lexicon),
                    trigger=char_span(doc, token.idx, token.idx + len(token.text)),
                    future=future,
                    hypothetical=hypothetical,
                    negation=negation,
                )
            events.append(
                EventCode(
                    source=source,
                    target=target if target is None or source is None or target.span != source.span or sides is not None else None,
                    **shared,
                )
            )
        with_target = {e.source.text for e in events if e.source is not None and e.target is not None}
        return [e for e in events if e.target is not None or e.source is None or e.source.text not in with_target]


_WITHDRAWING = frozenset({"withdraw", "pull", "remove", "evacuate", "redeploy"})  # "withdrew troops from X": its own, X the target
_SEIZURES_OF_POWER = frozenset({"coup", "putsch", "overthrow", "topple", "depose"})


def _seizure_of_power(token: Token) -> bool:
    """A coup or an overthrow is done at home: plotters the sentence gives no country ("army officers staged a coup
    against President X of Y") are of the state they seize, and a leader it names with none is of the plotters' state;
    the sentence's other country, which a party with no country otherwise takes, is not theirs."""
    return token.lemma_.lower() in _SEIZURES_OF_POWER or token.lower_ in _SEIZURES_OF_POWER


def _takes_effect(token: Token, lexicon: EventLexicon) -> bool:
    """A nominal event that takes effect or comes into force ("a ban on X will take effect", ``taking_effect``)."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i == token.i:
        return False
    words = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    words |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
    return any((verb.lemma_.lower(), word) in lexicon.taking_effect for word in words)


def _between_parties(hit: Hit) -> bool:
    """A meeting, agreement or joint act, whose place is no party to it; a visit's place is whom it visits."""
    return hit.trigger.event_type in _SYMMETRIC and hit.trigger.mode != "visit"


_TROOP_BODIES = ("army", "military", "navy", "forces", "force", "battalion", "brigade", "division", "convoy", "column", "unit", "units")


def _named_place(head: Token, lexicon: EventLexicon) -> bool:
    """The place a traveller reaches is a state, a city or an organisation by name (or "the capital"), not a line or an area
    ("the Iranian border", "the outskirts of X")."""
    named = [head] + [c for c in head.children if c.dep_ in ("compound", "poss")]  # "NATO headquarters", "Iraq's capital"
    return any(t.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP") for t in named) or head.lower_ == "capital" or lexicon.place(head.text) is not None


def _dictionary_coded(actor: EventActor, head: Token, entities: EntityIndex) -> bool:
    """The actor's code is the one the user's dictionary gives a name in its phrase."""
    return any((match := entities.coded.get(t.i)) is not None and match.code == actor.code for t in head.subtree)


def _a_body_of_troops(source: EventActor | None, head: Token | None, sector_codes: frozenset[str]) -> bool:
    """A military traveller that is a body of troops, not an officer ("troops arrived in X" moves, a general visits)."""
    if source is None or head is None or not source.code:
        return False
    sector = source.code if source.code in sector_codes else source.code[3:]
    return sector == "MIL" and (head.tag_ in ("NNS", "NNPS") or head.lower_ in _TROOP_BODIES)


def _trip_with_errand(hit: Hit, hits: dict[int, Hit], lexicon: EventLexicon) -> bool:
    """A travel verb's visit whose to-infinitive of purpose is an event ("flew to X to discuss the border"), or, for being
    somewhere, whose "for" names one ("will be in X for talks": the talks are the event, as the trip verbs' errands are)."""
    if hit.nominal or hit.trigger.mode != "visit" or hit.trigger.head not in lexicon.travel_verbs:
        return False
    if hit.token.lemma_.lower() == "be" and any(
            other.nominal and (verb := _errand_verb(other.token, lexicon)) is not None and verb.i == hit.token.i for other in hits.values()):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and c.i in hits and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in hit.token.children)


def _addressed(token: Token, target: Token) -> bool:
    """The verb names the target itself: its object, what its preposition governs, or a conjunct of its subject ("X and Y talked"),
    not an actor deeper in a phrase or clause ("spoke to a gathering of leaders", "called a meeting to discuss X's test")."""
    if target.i not in {t.i for t in token.subtree}:
        return True
    node = target
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.head.i == token.i:
        return node.dep_ in ("dobj", "dative")
    if node.dep_ == "pobj" and node.head.lower_ == "with" and node.head.head.dep_ == "dobj" and node.head.head.head.i == token.i:
        return True  # "discussed the border question with X": the parser hangs the partner on the topic
    return node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i == token.i


# "foreign traders", "overseas investors": people of some country other than the place named; not the compounds
# naming a state's own office for external affairs ("the foreign minister", "the foreign ministry")
FOREIGN_MODIFIERS = {"foreign", "overseas", "expatriate"}
EXTERNAL_AFFAIRS_NOUNS = {"minister", "ministry", "secretary", "office", "service", "policy", "affair", "relation", "correspondent"}


def _foreign(head: Token) -> bool:
    return head.lemma_.lower() not in EXTERNAL_AFFAIRS_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_MODIFIERS for c in head.children)


def _unplaced_state(head: Token) -> bool:
    """A name the tagger calls a state or nationality (GPE, NORP) heading its own phrase ("Arnor", not "Arnor's king")."""
    return head.ent_type_ in ("GPE", "NORP") and head.pos_ == "PROPN"


_NAMING = ("oprd", "attr", "ccomp")  # "called X a friend", "called it a mistake": naming, not phoning


def _across_a_border(head: Token, act: Token, lexicon: EventLexicon) -> bool:
    """ "funded rebel groups across the border": the group, or the act on it, reaches over a border (``across_borders``)."""
    return any(c.dep_ == "prep" and c.lower_ in lexicon.border_preps and any(g.dep_ == "pobj" and g.lower_ in lexicon.borders for g in c.children)
               for node in (head, act) for c in node.children)


def _force_shown_near(verb: Token, lexicon: EventLexicon, entities: EntityIndex) -> Token | None:
    """The state a build-up or exercise is held near, off or along ("massed near the X coast", "drills off Y"), on the
    verb or on its object: whom the show of force is aimed at (``shown_near``), when the sentence names no other."""
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in lexicon.shown_near
                 for g in c.children if g.dep_ == "pobj" and is_actor(g, lexicon, entities)), None)


def _truce(hit: Hit, lexicon: EventLexicon) -> bool:
    """ "X, Y end war", "X and Y stopped fighting": a fight ended, given up by each side ("reciprocal" truce verbs)."""
    return hit.trigger.event_type == "RETREAT" and hit.trigger.head in lexicon.truce_verbs and hit.trigger.word in lexicon.ended_fights


_PLACED_FIGHT = function_words("placed_fight")  # "the fighting in X": where it is, no side


def _fight_ended(hit: Hit, lexicon: EventLexicon) -> bool:
    """A fight ("X, Y end war") or one side's attacks ("X halted the shelling") ended: a retreat, never an attack."""
    return (hit.trigger.event_type == "RETREAT" and hit.trigger.head in lexicon.truce_verbs
            and (hit.trigger.word in lexicon.ended_fights or hit.trigger.word in lexicon.ended_attacks))


def _ended_by_a_third_party(token: Token, source_tok: Token | None, lexicon: EventLexicon) -> bool:
    """ "X is trying to end the fighting between Y and Z": the fight's sides are named and X is none of them; "X is
    working to halt the fighting in Y": an effort (``reciprocal`` ``efforts``) to end a fight only placed (mediation);
    "X brokered a deal to end the fighting": the aim of a go-between's deal (``reciprocal`` ``brokering``)."""
    fight = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if fight is None or source_tok is None:
        return False
    sides = {t.i for side in _between(fight) for t in side.subtree}
    if sides:
        return source_tok.i not in sides
    broker = token.head.head if token.dep_ == "acl" and token.head.dep_ == "dobj" else token.head if token.dep_ == "advcl" else None
    if broker is not None and broker.lemma_.lower() in lexicon.brokering_verbs:
        return True  # "X brokered a deal to end the fighting": the deal's aim, the sides' retreat, not the broker's
    return (token.dep_ in ("xcomp", "advcl") and _to_infinitive(token) and token.head.lemma_.lower() in lexicon.truce_efforts
            and any(c.dep_ == "prep" and c.lower_ in _PLACED_FIGHT for c in fight.children))


def _reciprocal(hit: Hit, lexicon: EventLexicon) -> bool:
    """An act each of a pair does to the other at once: a fight ended, or accusations or blows traded or exchanged (the
    verb, or the light verb of the act's noun: "traded accusations"); a swap of prisoners stays one act between them."""
    verb = _light_verb(hit.token, lexicon) if hit.nominal else hit.token
    if hit.nominal and verb is None:  # "X and Y trade accusations": the headline's verb read as the noun's compound
        verb = next((c for c in hit.token.children if c.dep_ == "compound" and c.i < hit.token.i), None)
    return _truce(hit, lexicon) or (verb is not None and verb.lemma_.lower() in lexicon.reciprocal_verbs and hit.trigger.event_type in lexicon.reciprocal_types)


def _each_other(verb: Token) -> bool:
    """ "X and Y accused each other", "blamed one another": the object is the doers themselves, each the other's target."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ in ("other", "one", "another"):
            pair = {c.lower_, *(d.lower_ for d in c.children if d.dep_ in ("det", "amod", "nummod"))}
            if pair == {"each", "other"} or pair == {"one", "another"}:
                return True
    return False


def _toll_places(target: Token, verb: Token, lexicon: EventLexicon, entities: EntityIndex) -> list[Token]:
    """ "killed 130 in X and 32 in Y", "killed 40 people in X and in Y": a toll told place by place. Each place after
    "in" is where some of the dead were, a target as the first place is (the victims' country, as the PLOVER records
    code "killed in X"), never a side of the attack."""
    first = target if target.dep_ == "pobj" and target.head.lower_ == "in" else next(
        (g for p in target.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"), None)
    if first is None:
        return []
    places, dead = [], first.head.head
    # the verb's gapped clauses ("and 32 in Y"), the dead's conjuncts ("dozens in X and 15 in Y"), the place's "and in Y"
    for told in (*verb.children, *(dead.children if dead.i != verb.i else ()), *first.head.children):
        if told.dep_ != "conj" or told.pos_ in ("VERB", "AUX"):
            continue
        preps = (told,) if told.lower_ == "in" else tuple(p for p in told.children if p.dep_ == "prep" and p.lower_ == "in")
        places += [g for p in preps for g in p.children if g.dep_ == "pobj" and g.i != first.i and is_actor(g, lexicon, entities)]
    return places


def _held_together(verb: Token, lexicon: EventLexicon) -> bool:
    """ "X and Y reopened their shared border": the pair's object is one they hold together, so each side's act on it is
    toward the other, as an act on each other is."""
    for c in verb.children:
        if c.dep_ == "dobj" and any(d.dep_ == "poss" and d.lower_ == "their" for d in c.children):
            return any(d.dep_ in ("amod", "compound") and d.lower_ in lexicon.shared_words for d in c.children)
    return False


def _headline_dyads(source: Token | None, target: Token | None, doers: list[Token], mutual: bool) -> list[tuple[Token | None, Token | None]]:
    """A verbless headline's dyads: each of its doers acts on the third party named after the verb ("X, Y expel Z
    envoys": X and Y expel Z's); with no third party the two names act on each other, both directions ("X, Y expel
    envoys"), or once for a symmetric or mutual act ("X, Y sign deal")."""
    if doers:
        return [(doer, target) for doer in doers]
    if target is not None and not mutual:
        return [(source, target), (target, source)]
    return [(source, target)]


def _with_conjuncts(head: Token | None, other: Token | None, lexicon: EventLexicon, entities: EntityIndex) -> list[Token]:
    """A compound actor becomes one dyad per member, as in PLOVER data ("X, Y and Z welcomed ...")."""
    if head is None:
        return []
    members = [head] + [c for c in head.conjuncts if c.i > head.i and is_actor(c, lexicon, entities)]
    if len(members) == 1 and (partner := _comma_partner(head, lexicon, entities)) is not None:
        members.append(partner)  # "X, Y impose tariffs on Z": both impose them
    return [m for m in members if other is None or m.i != other.i]


def _contexts(token: Token, lexicon: EventLexicon) -> tuple[str, ...]:
    """PLOVER contexts whose keywords occur in the trigger's phrase ("deepen cooperation in energy" -> energy)."""
    table = token_table(token.doc)  # the subtree walked over the table's indices, not spaCy's Token objects
    kids, members, stack = table.children, [], [token.i]
    while stack:
        node = stack.pop()
        members.append(node)
        stack.extend(kids(node))
    words = set(map(table.lower.__getitem__, members)).union(map(table.lemma.__getitem__, members))
    first = last = token.i  # the subtree's first and last tokens as spaCy's ``subtree`` yields them: down the first left
    while (left := kids(first)) and left[0] < first:  # child, and down the last right child
        first = left[0]
    while (right := kids(last)) and right[-1] > last:
        last = right[-1]
    text = doc_text(token.doc)[table.idx[first] : table.idx[last] + table.length[last]].lower()
    found = []
    for name, keywords in lexicon.contexts:
        single, phrases = _keyword_kinds(keywords)
        if not single.isdisjoint(words) or any(phrase in text for phrase in phrases):
            found.append(name)
    return tuple(found[:3])


@lru_cache(maxsize=None)
def _keyword_kinds(keywords: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A context's keywords split once: single words (looked up among the phrase's words), phrases (in its text)."""
    return frozenset(k for k in keywords if " " not in k), tuple(k for k in keywords if " " in k)


_ENACTING_AUX = function_words("enacting_aux")
_CONDITIONAL_AUX = function_words("conditional_aux")


def _enacted(token: Token, lexicon: EventLexicon) -> bool:
    """A measure announced with its own "will", or "would" under a reporting verb ("Authorities will ban all gatherings",
    "announced it would prohibit all aid"): no condition, no "could" or "may", and not the infinitive of a vow or
    threat ("vowed to ban"). A decision enacts as an announcement does ("decided it would ban"). Under a reporting verb
    that does not enact ("said it would impose sanctions on Y") the measure is enacted only with the time it takes
    effect ("said it will impose sanctions from Friday"); else a threat."""
    if token.lemma_.lower() not in lexicon.enacting_verbs or token.dep_ == "xcomp":
        return False
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if not aux & set(_ENACTING_AUX) or aux & set(_CONDITIONAL_AUX):
        return False
    head = token.head.lemma_.lower()
    reporter = head if token.dep_ == "ccomp" and (head in lexicon.reporting or head in lexicon.deciding_verbs) else None
    if not aux & {"will", "shall", "'ll"} and reporter is None:
        return False  # "would" alone is a future only when reported ("announced it would ban"), else a plan or a wish
    if reporter is not None and reporter not in lexicon.announcing_verbs and reporter not in lexicon.deciding_verbs and not _dated_act(token):
        return False  # "said it would impose sanctions on Y": a measure a state says it will take is a threat
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                   for c in token.children)


def _solo_exercise(hit: Hit, lexicon: EventLexicon) -> bool:
    """An exercise, drill or war game with no partner (PLOVER: single-country exercises are MOBILIZE): not called joint,
    no "with" party, no coordinated subject ("X and Y held drills", "Greek and Italian warships began war games")."""
    token = hit.token
    nouns = [token] if hit.nominal else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    nouns = [n for n in nouns if n.lemma_.lower() in lexicon.exercise_words or n.lower_ in lexicon.exercise_words]
    if not nouns and hit.trigger.word not in lexicon.exercise_words:
        return False
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "began five days of manoeuvres": the verb the exercise hangs under
    words = [*nouns, token, verb]
    if any(c.lower_ in lexicon.joint_words for n in nouns for c in n.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in lexicon.partner_preps for w in words for c in w.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(t.dep_ == "conj" for s in subjects for t in s.subtree)


_CONDITION_MARKS = function_words("condition_marks")


def _condition_subject(token: Token, lexicon: EventLexicon, entities: EntityIndex, skip: set[int]) -> Token | None:
    """Whom a threat is aimed at: the one its condition names ("threatened to cut aid unless Y withdrew": Y must act),
    on the threat's own clause or the act threatened ("threatened to halt the talks if Y goes ahead")."""
    clauses = [token] + [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    for clause in clauses:
        for c in clause.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in c.children):
                subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i not in skip), None)
                if subject is not None and is_actor(subject, lexicon, entities):
                    return subject
    return None


def _unless(token: Token) -> bool:
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children) for c in token.children)


def _mark_commitments(events: list[EventCode], doc: Doc, lexicon: EventLexicon) -> list[EventCode]:
    """An event inside a commitment the commitments extractor found is promised, not done: future=True.

    A trigger in the past tense ("signed", "invited") reports a done act even
    inside a sentence that also carries a promise, so it stays as it is; so
    does a measure its announcement enacts ("announced it would freeze the
    assets of ..."): PLOVER codes the measure, and the pledge stays a
    commitment as well.
    """
    spans = [(c.span.start, c.span.end) for c in doc._.readout_commitments or ()]
    if not spans:
        return events
    table = token_table(doc)
    past = {idx for idx, tag in zip(table.idx, table.tag) if tag in ("VBD", "VBN")}
    marked = []
    for event in events:
        at = event.trigger.start if event.trigger else event.span.start
        inside = at not in past and any(start <= at < end for start, end in spans)
        if inside and event.trigger is not None:
            trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            inside = not (trigger is not None and _enacted(trigger.root, lexicon))
        marked.append(event.model_copy(update={"future": True}) if inside and not event.future else event)
    return marked


# a protest whose only weight is its voice: a march, a rally, a demonstration (mode demo). Done ahead it harms no one, so
# it is no threat; a strike, a boycott or a blockade withholds or blocks something and, announced, is leverage
_HARMLESS_PROTESTS = ("demo",)


def _harmless(event_type: str, mode: str | None) -> bool:
    """An act that, announced or foreseen, is that act ahead and no threat: a demonstration ("will protest", "plan to
    march"); complaints and appeals (ACCUSE, REQUEST) are not among the hostile types at all."""
    return event_type == "PROTEST" and mode in _HARMLESS_PROTESTS


def _intent(event_type: str, future: bool, hypothetical: bool, negation: bool, lexicon: EventLexicon, mode: str | None = None,
            aimed: bool = True) -> str:
    """PLOVER reads announced and refused acts: intent to cooperate is AGREE, to harm THREATEN, refusal REJECT, and an
    announced restraint from harm AGREE. A threat needs a harm (force, sanctions, retaliation, a boycott, a strike, leaving
    talks): a demonstration ahead ("opposition supporters will protest on Saturday") is PROTEST with the future flag, and
    so is an announced build-up of one's own forces aimed at no one ("pledged to bolster its military": MOBILIZE ahead,
    PLOVER's increase in readiness; "to mass troops against Y", or one held out as a possibility, stays a threat)."""
    if negation and event_type in lexicon.cooperative:
        return "REJECT"
    if negation and future and event_type in _RESTRAINED:
        return "AGREE"  # "Russia will not attack Ukraine": an announced restraint (CAMEO 035), not a threat
    if (future or hypothetical) and event_type in lexicon.cooperative and event_type != "AGREE":
        return "AGREE"
    if (future or hypothetical) and event_type in lexicon.hostile and event_type != "REJECT" and not _harmless(event_type, mode) and (
            aimed or hypothetical or event_type != "MOBILIZE"):
        return "THREATEN"
    return event_type


_DESTINATION_PREPS = function_words("destination_preps")  # "send troops to X": where forces go


def _sent_to(target: Token) -> bool:
    """A target named only as where forces go ("will send troops to X", "deploy soldiers to X")."""
    return target.dep_ == "pobj" and target.head.lower_ in _DESTINATION_PREPS


def _depth(token: Token) -> int:
    head, node, depth = token_table(token.doc).head, token.i, 0  # the walk up over the table's indices
    while head[node] != node:
        node, depth = head[node], depth + 1
    return depth


def _passive_subject_of(hit: Hit, verb: Token) -> bool:
    """The nominal event is the passive subject of the verb ("X's appeal was welcomed"): what was reacted to."""
    return hit.nominal and hit.token.dep_ == "nsubjpass" and hit.token.head.i == verb.i


def _in_subject(sent, char: int) -> bool:
    """Whether the token at ``char`` lies in the subject of the sentence's main clause."""
    for token in sent:
        if token.idx == char:
            node = token
            while node.head.i != node.i:
                if node.head.i == sent.root.i:
                    return node.dep_ in ("nsubj", "nsubjpass", "csubj")
                node = node.head
            return False
    return False


def _depth_at(sent, char: int) -> int:
    idx = token_table(sent.doc).idx  # each token's first character from the table: no Token object per word
    for i in range(sent.start, sent.end):
        if idx[i] == char:
            return _depth(sent.doc[i])
    return 99


@Language.factory(
    "readout_events",
    assigns=["doc._.readout_events"],
    requires=["token.dep", "token.lemma"],
    default_config={"verbs_path": None, "agents_path": None, "nominal_events": True, "wordnet_path": None, "actors_path": None},
)
def make_readout_events(
    nlp: Language, name: str, verbs_path: str | None, agents_path: str | None, nominal_events: bool, wordnet_path: str | None,
    actors_path: str | None,
) -> EventCoder:
    """``wordnet_path``: the WordNet expansion of the verbs (default: the one generated from the default patterns; "" for none).
    ``actors_path``: a PETRARCH-format actor dictionary whose names are coded political actors (actor_dictionary.py; none by default)."""
    return EventCoder(verbs_path, agents_path, nominal_events, wordnet_path, actors_path, nlp)

