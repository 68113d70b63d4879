"""What a figure measures as a reader names it, read from the dependency parse.

The quantities component's measured phrase (``Quantity.measures``) is the noun
phrase around the measured noun, cut before a coordinating word: "bilateral
trade between Brazil and Germany" is "bilateral trade between Brazil". That cut
phrase is what figures are matched on; a briefing names the figure by its
topic (``Quantity.topic``), which this component sets: the measured phrase
with the conjuncts of the measured noun and of its prepositional objects
("between X and Y", "of A, B and C", "sales of tractors and harvesters"), and
two possessors sharing the noun ("A's and B's exports"), each conjunct with its
own modifiers and prepositional phrases, never a clause and never the figure
itself. Only the few tokens around each figure are read, never the whole
document.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.extensions import token_span
from readout.analyze.units import lexicon
from readout.model import Quantity

NOMINAL = frozenset({"NOUN", "PROPN"})
# what a conjunct keeps of its own subtree: its modifiers and prepositional phrases, not a clause or an apposition
CONJUNCT_PARTS = frozenset({"amod", "compound", "nmod", "poss", "case", "det", "nummod", "quantmod", "hyph", "prep", "pobj", "conj", "cc", "predet"})
JOINING = frozenset({"cc", "punct", "preconj"})  # what stands between two conjuncts: "and", "or", a comma
HYPHENS = frozenset({"-", "‐", "‑"})
POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
SINGULAR, PLURAL = frozenset({"NN", "NNP"}), frozenset({"NNS", "NNPS"})  # a figure before "a stake" counts no "seats"
OWN_DETERMINERS = frozenset({"det", "poss", "nummod", "quantmod"})  # "an assortment", "its staff", "85 suites"
DURATIONS = frozenset(lexicon()["time_units"].values())  # "met for two hours": a span of time measures the act
POSSESSOR_REACH = 4  # tokens after "A's and" in which the second possessor is looked for ("the neighbouring state's")


@Language.factory(
    "readout_measured_phrases",
    assigns=["doc._.readout_quantities"],
    requires=["doc._.readout_quantities"],
    default_config={"max_topic_tokens": 16},
)
def make_readout_measured_phrases(nlp: Language, name: str, max_topic_tokens: int):
    return MeasuredPhrases(max_topic_tokens)


class MeasuredPhrases:
    """Sets ``Quantity.topic`` on every quantity with a measured phrase (``doc._.readout_quantities``)."""

    def __init__(self, max_topic_tokens: int = 16):
        self.max_topic_tokens = max_topic_tokens

    def __call__(self, doc: Doc) -> Doc:
        quantities = doc._.readout_quantities
        if quantities:
            figures = tuple((q.span.start, q.span.end) for q in quantities)
            found = tuple(self.with_topic(doc, q, figures) for q in quantities)
            if any(q.topic is not None and q.topic.end - q.topic.start <= 4 and q.topic.text.lower() in PRONOUNS for q in found):
                found = _persons_for_pronouns(doc, found)
            doc._.readout_quantities = found
        return doc

    def with_topic(self, doc: Doc, q: Quantity, figures: Sequence[tuple[int, int]] = ()) -> Quantity:
        if q.measures_span is None:
            return q
        measures = doc.char_span(q.measures_span.start, q.measures_span.end, alignment_mode="expand")
        if measures is None or len(measures) == 0:
            return q
        phrase = topic_phrase(measures, (q.span.start, q.span.end), self.max_topic_tokens, figures, timed=q.unit in DURATIONS)
        return q.model_copy(update={"topic": token_span(doc, phrase)})


def topic_phrase(
    measures: SpacySpan, figure: tuple[int, int], limit: int, figures: Sequence[tuple[int, int]] = (), timed: bool = False
) -> SpacySpan:
    """The measured phrase ``measures`` widened over the conjuncts it was cut before, up to ``limit`` tokens.

    ``figure``: the figure's characters, which the topic never reaches into; ``figures``: every figure of the
    document: a conjunct of the measured noun holding one is a second thing measured ("$12 in cash and one new
    share", "1.84 marks and 142 yen"), not part of this one; an object's conjunct may hold one ("trade between
    Norland and the 27 member states"). A measured phrase of an actor and the act ("Japan will lend") names the
    actor alone as the topic ("Japan"), unless the figure is a span of time (``timed``: "two days after Lee
    died", "met for two hours"), which measures the act.
    """
    doc, head = measures.doc, measures.root
    figures = (figure, *figures)
    subject = next((t for t in measures if t.head.i == head.i and t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "Japan will lend": the actor and the act; the topic is the actor, or "A's and B's X"
        owned = _coordinated_possessor(subject)
        if owned is None or _reaches(doc, measures.start, owned.i + 1, figures) or owned.i + 1 - measures.start > limit:
            return measures if timed else _subject_alone(measures, subject)
        return doc[measures.start : owned.i + 1]
    if head.pos_ not in NOMINAL and head.pos_ != "PRON" and head.tag_ != "VBG":  # "spending on roads" is a noun
        return measures
    end = measures.end
    owned = _coordinated_possessor(head)
    if owned is not None and owned.i >= end and not _reaches(doc, end, owned.i + 1, figures):
        end = owned.i + 1  # "the country's and the region's debt", read as "country" with a second subject "debt"
        head = owned
    counted = head.left_edge.idx <= figure[0] and figure[1] <= head.idx  # "80 tankers": the figure counts the noun
    joined: set[int] = set()
    for token in (head, *(t for t in measures if t.dep_ == "pobj" and t.pos_ in NOMINAL)):
        for conjunct in _conjuncts(token, head, counted):
            tokens = _conjunct_tokens(conjunct)
            if not _reaches(doc, min(tokens), max(tokens) + 1, figures if token.i == head.i else (figure,)):
                joined.update(tokens)
    while end in joined:
        end += 1
    while end > measures.end and (doc[end - 1].dep_ in JOINING or doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT", "PART")):
        end -= 1
    if end - measures.start > limit:
        return measures
    return doc[measures.start : end]


PERSONAL = frozenset(("he", "she"))  # a topic that is only a pronoun names the person it stands for
THINGS = {"it": frozenset({"NN", "NNP"}), "they": frozenset({"NNS", "NNPS"})}  # and the thing, by the tags it agrees with
PRONOUNS = PERSONAL | set(THINGS)


def _persons_for_pronouns(doc: Doc, quantities: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """A topic that is only "he" or "she" ("She trails X by 15 points": the measured phrase "She trails") names the
    person the pronoun stands for, as the quotes and commitments readers resolve it (``PersonResolver``), when one
    fits; a topic "it" or "they" names the thing (``_thing_for_pronoun``); else it stays the pronoun."""
    from readout.analyze.coreference import PersonResolver

    resolver, out = PersonResolver(doc), []
    for q in quantities:
        pronoun = doc.char_span(q.topic.start, q.topic.end) if q.topic is not None and q.topic.text.lower() in PRONOUNS else None
        if pronoun is not None and len(pronoun) == 1:
            named = _thing_for_pronoun(pronoun[0])
            if pronoun.text.lower() in PERSONAL and (person := resolver.resolve(pronoun)) is not None:
                named = doc.char_span(person.start_char, person.end_char, alignment_mode="expand")
            if named is not None and len(named):
                q = q.model_copy(update={"topic": token_span(doc, named)})
        out.append(q)
    return tuple(out)


def _thing_for_pronoun(pronoun: Token) -> SpacySpan | None:
    """'The ferry operator reported record traffic. It spent $40 million': "it" or "they" as a subject stands for the
    nearest subject before it, in its sentence or the one before, that agrees in number and is no person or pronoun
    (the subject carries the topic on from one sentence to the next); None when there is none."""
    tags = THINGS.get(pronoun.lower_)
    if tags is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = pronoun.doc
    first = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for before in reversed(doc[first : pronoun.i]):
        if before.dep_ not in ("nsubj", "nsubjpass") or before.pos_ not in NOMINAL or not before.text[:1].isalnum():
            continue  # a pronoun, or a stop the parser took for a name ("ACME CORP. said it": the ".")
        if before.tag_ not in tags or before.ent_type_ == "PERSON":
            return None  # the nearest subject is no thing of the pronoun's number: nothing to name
        start = before.left_edge.i
        while start < before.i and doc[start].pos_ in ("DET", "PUNCT"):
            start += 1
        return doc[start : before.i + 1]
    return None


def _subject_alone(measures: SpacySpan, subject: Token) -> SpacySpan:
    """The subject's words of an actor-and-act phrase: "Japan will lend" names the figure "Japan", not the act.

    The verb and its auxiliaries say what was done with the figure, not what it measures; the subject is cut at
    its own right edge, before a comma, an apposition or a clause after it ("Acme, which mines zinc, paid": "Acme").
    """
    doc = measures.doc
    end = min(subject.right_edge.i + 1, measures.end)
    aside = next((c for c in subject.rights if c.dep_ in ("relcl", "appos", "acl", "punct", "parataxis")), None)
    if aside is not None:
        end = min(end, aside.left_edge.i)
    while end > subject.i + 1 and (doc[end - 1].dep_ in JOINING or doc[end - 1].pos_ in ("PUNCT", "ADP", "DET", "CCONJ", "PART")):
        end -= 1
    if end <= measures.start:
        return measures
    return doc[measures.start : end]


def _conjuncts(token: Token, head: Token, counted: bool) -> list[Token]:
    """The conjuncts of ``token`` (a chain "A, B and C" hangs B on A and C on B, or both on A).

    The measured noun's own conjuncts are nouns of its kind ("income and wealth"), not a name the parser joined
    to a common noun ("delegates and John Smith won..."); when the figure counts the noun ("12 states and
    territories") only a bare conjunct shares the count, not one with its own determiner or number ("55 states
    and an assortment of groups"), and a figure before a singular noun cannot count a plural one ("a 30% stake and
    board seats"; "a 61-year-old chairman and chief executive" is one person). An object's conjuncts are any noun or name. A first conjunct after ", or" restates
    the noun ("book value, or assets less debts"): no second one (a list has its ", or" before the last).
    """
    found: list[Token] = []
    todo = [token]
    while todo:
        current = todo.pop()
        for child in current.rights:
            if child.dep_ != "conj" or child.pos_ not in NOMINAL:
                continue
            if token.i == head.i and child.pos_ != head.pos_:
                continue
            if token.i == head.i and counted and (head.tag_ in SINGULAR and child.tag_ in PLURAL or any(c.dep_ in OWN_DETERMINERS for c in child.children)):
                continue
            found.append(child)
            todo.append(child)
    if found and _restates(min(found, key=lambda t: t.i)):
        return []
    return found


def _restates(conjunct: Token) -> bool:
    """', or X' after a noun: X says the noun again in other words."""
    before = conjunct.doc[max(conjunct.left_edge.i - 2, 0) : conjunct.left_edge.i]
    return [t.lower_ for t in before] == [",", "or"]


def _conjunct_tokens(conjunct: Token) -> list[int]:
    """The token indices of one conjunct with the words joining it to the one before ("," "and")."""
    kept = [conjunct.i]
    head = conjunct.head
    kept.extend(c.i for c in head.children if c.dep_ in JOINING and c.i < conjunct.i and c.lower_ != '"')
    kept.extend(c.i for c in conjunct.children if c.dep_ in JOINING and c.i < conjunct.i)
    todo = [c for c in conjunct.children if _part(c)]
    while todo:
        token = todo.pop()
        kept.append(token.i)
        todo.extend(c for c in token.children if _part(c))
    return kept


def _part(token: Token) -> bool:
    """A word of a conjunct's own phrase: a modifier, a prepositional phrase, the hyphen of "middle-class"."""
    if token.dep_ == "punct":
        return token.text in HYPHENS
    return token.dep_ in CONJUNCT_PARTS and token.dep_ not in ("conj", "cc")


def _coordinated_possessor(token: Token) -> Token | None:
    """'A's and B's X' read as the noun A and a noun X that only B owns: X, which both own.

    The parser hangs the first possessor as a noun of its own ("A" the subject, "X" its conjunct or a second
    subject); the words say A's possessive marker, "and"/"or", then a possessor of a noun further right.
    """
    marker = next((c for c in token.rights if c.dep_ == "case" and c.lower_ in POSSESSIVE and c.i == token.i + 1), None)
    if marker is None:
        return None
    doc = token.doc
    joiner = marker.i + 1
    if joiner >= len(doc) or doc[joiner].lower_ not in ("and", "or"):
        return None
    for candidate in doc[joiner + 1 : min(len(doc), joiner + 1 + POSSESSOR_REACH)]:
        if candidate.dep_ == "poss" and candidate.head.i > candidate.i and candidate.head.pos_ in NOMINAL:
            return candidate.head
        if candidate.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def _reaches(doc: Doc, start: int, end: int, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether tokens ``start:end`` touch any figure's characters."""
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return any(a < last and first < b for a, b in figures)
