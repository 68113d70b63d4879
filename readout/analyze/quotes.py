"""Direct and indirect quotes, each with the speaker and the cue that attributes it.

Direct quotes are text between quote marks (“ ”, " ", ‘ ’, « »), possibly over
several sentences or paragraphs, attributed through a nearby cue verb or phrase
("he said", "according to", "adding that"). Short unattributed quoted phrases
and Title Case labels are scare quotes, not quotes. Indirect quotes are the
clause a cue verb governs ("X confirmed that ..."). Speakers that are pronouns
or titles resolve to the most recent compatible person mentioned before them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readout.analyze.extensions import doc_id_of, doc_text
from readout.analyze.quote_marks import QuotedRegion, find_quoted_regions
from readout.analyze.quote_model import MODEL_PATH, AttributionModel, load_model, possible_cues
from readout.model import Quote, Span

try:  # the actors component resolves mentions to entities; without it, spaCy's entities stand in
    from readout.analyze.actors import entity_for_span
except ImportError:  # pragma: no cover - only while the actors component is absent
    entity_for_span = None

DATA_FILE = Path(__file__).parent / "data" / "cue_verbs.json"
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
GROUP_LABELS = ("ORG", "GPE", "NORP")
DOCUMENT_VERBS = {"say", "state", "write", "report"}  # "It says ...": a letter, a report; not "it signaled"
MIN_LEARNED_CONTENT = 4  # characters: 'backed Clinton' reports a stance on a name (``_names_something`` keeps out "help one another")
IMPERSONAL_SUBJECTS = {"it", "there", "you", "one", "this", "that", "which", "what"}


@dataclass(frozen=True)
class CueLexicon:
    """The cue words of ``data/cue_verbs.json``, as sets of lemmas."""

    speech: frozenset[str]
    evidence: frozenset[str]
    cognition: frozenset[str]
    to_infinitive: frozenset[str]
    subordinate: frozenset[str]
    direct: frozenset[str]
    titles: frozenset[str]
    objects: frozenset[str]
    characterizing: frozenset[str]
    stance: frozenset[str]
    stance_adjectives: frozenset[str]
    prepositions: dict[str, frozenset[str]]
    noun_prepositions: dict[str, frozenset[str]]
    clause_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]

    def is_direct_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.direct:  # "She continued, “...”", "the letter reads", "as she put it"
            return lemma != "put" or any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children)
        return lemma in self.speech or token.lower_ in self.subordinate

    def knows(self, token: Token) -> bool:
        """The word is in one of the lexicon's lists (any kind of cue)."""
        lemma = token.lemma_.lower()
        return (lemma in self.speech or lemma in self.evidence or lemma in self.cognition or lemma in self.to_infinitive
                or lemma in self.objects or lemma in self.characterizing or lemma in self.prepositions or lemma in self.stance)

    def is_indirect_cue(self, token: Token, cognition: bool) -> bool:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            return False
        return lemma in self.speech or lemma in self.evidence or (cognition and lemma in self.cognition)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    """Read the cue lexicon once per process (loaded data, never mutated)."""
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    lower = lambda key: frozenset(w.lower() for w in raw.get(key, []))  # noqa: E731
    return CueLexicon(
        speech=lower("speech_verbs"),
        evidence=lower("evidence_verbs"),
        cognition=lower("cognition_verbs"),
        to_infinitive=lower("to_infinitive_verbs"),
        subordinate=lower("subordinate_cues"),
        direct=lower("direct_quote_verbs"),
        titles=lower("person_titles"),
        objects=lower("object_verbs"),
        characterizing=lower("characterizing_verbs"),
        stance=lower("stance_verbs"),
        stance_adjectives=lower("stance_adjectives"),
        prepositions={verb: frozenset(preps) for verb, preps in raw.get("prepositional_cues", {}).items()},
        noun_prepositions={noun: frozenset(preps) for noun, preps in raw.get("noun_cues", {}).items()},
        clause_nouns=lower("clause_nouns"),
        person_pronouns=frozenset(raw["pronouns"]["person"]),
        group_pronouns=frozenset(raw["pronouns"]["group"]),
    )


class Sentences:
    """Sentence of each token, computed once per doc (spaCy's ``token.sent`` rescans the doc on every call)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents)
        self.index = [0] * len(doc)
        for n, sent in enumerate(self.spans):
            for i in range(sent.start, sent.end):
                self.index[i] = n

    def of(self, i: int) -> SpacySpan:
        return self.spans[self.index[i]]


@dataclass(frozen=True)
class Speaker:
    name: str | None
    entity_id: str | None
    span: SpacySpan


class SpeakerResolver:
    """Turns the subject of a cue into a display name and, when the actors component ran, an entity id."""

    def __init__(self, doc: Doc, cues: CueLexicon, sentences: Sentences | None = None):
        self.doc = doc
        self.cues = cues
        self.sentences = sentences or Sentences(doc)
        self.entities = {e.id: e for e in (doc._.readout_entities or ())}
        mentions = sorted(doc._.readout_mentions or (), key=lambda m: m.span.start)
        self.mentions = mentions
        self.mention_starts = [m.span.start for m in mentions]
        self.ents = list(doc.ents)  # read once: Span.ents rescans the doc's entities on every access
        self.ent_starts = [e.start for e in self.ents]
        persons = [e for e in self.ents if e.label_ == "PERSON"]
        self.person_starts = [e.start_char for e in persons]
        self.persons = persons
        groups = [e for e in self.ents if e.label_ in GROUP_LABELS]
        self.group_starts = [e.start_char for e in groups]
        self.groups = groups
        self.full_names = _full_names(persons, cues.titles)

    def resolve(self, span: SpacySpan) -> Speaker:
        root = span.root
        named = [ent for ent in self._ents_in(span) if ent.label_ == "PERSON" or ent.label_ in GROUP_LABELS]
        if len(named) > 1 and any(c.dep_ == "conj" for c in root.children):  # "Modi and Lula said", "Paris and Berlin support"
            names = []
            for ent in named:
                entity = self._entity_in(ent.start_char, ent.end_char)
                if entity is not None:
                    names.append(_display_name(entity, self.cues.titles))
                else:
                    names.append(self._full_name(ent) if ent.label_ == "PERSON" else ent.text)
            return Speaker(" and ".join(dict.fromkeys(names)), None, span)
        if root.lower_ in self.cues.person_pronouns:
            return self._previous_person(span)
        entity = self._entity_in(span.start_char, span.end_char)
        is_title = root.lemma_.lower() in self.cues.titles and root.tag_ in ("NN", "NNS")
        unnamed = is_title and not any(ent.label_ == "PERSON" for ent in self._ents_in(span))
        if entity is not None and not (unnamed and entity.kind != "PERSON"):
            return Speaker(_display_name(entity, self.cues.titles), entity.id, span)
        if unnamed and (entity is not None or _role_of(root) is not None):
            # "Chile's finance minister", "a spokesperson for the ministry": a person known by office, not the country
            role = _with_role(span, root)
            return Speaker(_strip_determiner(role), None, role)
        if root.lower_ in self.cues.group_pronouns:
            return self._previous_group(span)
        people = [ent for ent in self._ents_in(span) if ent.label_ == "PERSON"]
        if people:
            return Speaker(" and ".join(dict.fromkeys(self._full_name(ent) for ent in people)), None, span)
        for ent in self._ents_in(span):
            if ent.label_ in GROUP_LABELS:
                return Speaker(ent.text, None, span)
        if root.lemma_.lower() in self.cues.titles and root.tag_ == "NN" and _is_definite(span):
            return self._previous_person(span)
        name = _strip_determiner(span)
        words = name.split()
        if all(w[0].isupper() for w in words):  # an unrecognised proper name: "Minister Ana Ruiz"
            name = " ".join(_without_titles(words, self.cues.titles))
        return Speaker(name, None, span)

    def _ents_in(self, span: SpacySpan) -> list[SpacySpan]:
        i = bisect_right(self.ent_starts, span.start - 1)
        found = []
        while i < len(self.ents) and self.ents[i].start < span.end:
            if self.ents[i].end <= span.end:
                found.append(self.ents[i])
            i += 1
        return found

    def _entity_in(self, start: int, end: int):
        """The entity the actors component resolved a mention inside [start, end) to, if any."""
        if entity_for_span is not None:
            return entity_for_span(self.doc, start, end)
        i = bisect_right(self.mention_starts, end) - 1
        while i >= 0 and self.mentions[i].span.end > start:
            mention = self.mentions[i]
            if mention.span.start >= start and mention.entity_id in self.entities:
                return self.entities[mention.entity_id]
            i -= 1
        return None

    def _previous_person(self, span: SpacySpan) -> Speaker:
        """The person a pronoun or title stands for: among the people named in this and the two
        previous sentences, the most recent grammatical subject, else the most recent one."""
        candidates: list[tuple[SpacySpan, str, str | None]] = []  # most recent first
        i = bisect_right(self.mention_starts, span.start_char) - 1
        while i >= 0 and len(candidates) < 8:
            mention = self.mentions[i]
            entity = self.entities.get(mention.entity_id)
            if entity is not None and entity.kind == "PERSON" and mention.span.end <= span.start_char:
                where = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if where is not None:
                    candidates.append((where, _display_name(entity, self.cues.titles), entity.id))
            i -= 1
        if not candidates:
            j = bisect_right(self.person_starts, span.start_char) - 1
            while j >= 0 and len(candidates) < 8:
                if self.persons[j].end_char <= span.start_char:
                    candidates.append((self.persons[j], self._full_name(self.persons[j]), None))
                j -= 1
        if not candidates:
            return Speaker(None, None, span)
        first_sent = self.sentences.of(span.start).start
        for _ in range(2):
            if first_sent > 0:
                first_sent = self.sentences.of(first_sent - 1).start
        near = [c for c in candidates if c[0].start >= first_sent]
        subject = next((c for c in near if c[0].root.dep_ in ("nsubj", "nsubjpass")), None)
        if span.root.head.lemma_.lower() in self.cues.speech:  # "he added": the last one who spoke, not the last one named
            speaker = next((c for c in near if c[0].root.dep_ == "nsubj" and c[0].root.head.lemma_.lower() in self.cues.speech), None)
            subject = speaker or subject
        where, name, entity_id = subject or candidates[0]
        return Speaker(name, entity_id, span)

    def _previous_group(self, span: SpacySpan) -> Speaker:
        """'they' and 'we' resolve only to a group named in the same or the previous sentence."""
        sent = self.sentences.of(span.start)
        window = self.sentences.of(sent.start - 1).start_char if sent.start > 0 else sent.start_char
        j = bisect_right(self.group_starts, span.start_char) - 1
        while j >= 0 and self.groups[j].start_char >= window:
            ent = self.groups[j]
            if ent.end_char <= span.start_char:
                return Speaker(ent.text, None, span)
            j -= 1
        return Speaker(None, None, span)

    def _full_name(self, ent: SpacySpan) -> str:
        """'Lula' -> 'Luiz Inácio Lula da Silva' when the longer name occurs in the same document; titles dropped."""
        words = _without_titles(ent.text.split(), self.cues.titles)
        if len(words) == 1:
            return self.full_names.get(words[0].lower(), words[0])
        return " ".join(words)


def _display_name(entity, titles: frozenset[str]) -> str:
    """The entity's proper name, titles dropped: its name or the first alias that reads as one ("Lena Varga", not "The president")."""
    for name in (entity.name, *entity.aliases):
        words = name.split()
        if words and words[0].lower() not in ("the", "a", "an") and all(w[0].isupper() for w in words if w[0].isalpha()):
            return " ".join(_without_titles(words, titles))
    return entity.name


def _without_titles(words: list[str], titles: frozenset[str]) -> list[str]:
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return words


def _full_names(persons: list[SpacySpan], titles: frozenset[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for ent in persons:
        words = _without_titles(ent.text.split(), titles)
        if len(words) < 2:
            continue
        for word in words:
            key = word.lower()
            if len(names.get(key, "").split()) < len(words):
                names[key] = " ".join(words)
    return names


ROLE_PREPOSITIONS = ("for", "of", "at", "to")


def _role_of(title: Token) -> Token | None:
    """The preposition that says whose office a title is ('spokesperson for the ministry', 'head of the agency')."""
    return next((c for c in title.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS and any(g.dep_ == "pobj" for g in c.children)), None)


def _with_role(span: SpacySpan, title: Token) -> SpacySpan:
    prep = _role_of(title)
    end = max(span.end, prep.right_edge.i + 1) if prep is not None else span.end
    return span.doc[span.start : end]


def _is_definite(span: SpacySpan) -> bool:
    return any(t.lower_ in ("the", "this", "that") or t.dep_ == "poss" or t.pos_ in ("ADJ", "PROPN") for t in span if t.i != span.root.i)


def _strip_determiner(span: SpacySpan) -> str:
    words = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
    return "".join(t.text_with_ws for t in words).strip() or span.text


def subject_of(cue: Token, quoted: "_TokenRegions | None" = None) -> SpacySpan | None:
    """The noun phrase that says the cue: its subject, the noun a relative clause hangs on, or the subject up the chain
    (``quoted``: a subject inside quote marks is part of the quote, "“We will win,” said the chief")."""
    token = cue
    for _ in range(6):
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.ent_type_ not in ("DATE", "TIME") and (quoted is None or not quoted.inside(c))]
        subject = min(subjects, key=lambda c: abs(c.i - token.i)) if subjects else None  # the nearest, if the parse gives two
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl" and _issued_by_subject(token.head):
                token = token.head.head  # "released a letter that says ...": the letter's author
                continue
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                antecedent = noun_phrase(token.head)  # "Mr. Kamin, who said": the name and the pronoun that says it
                return token.doc[antecedent.start : max(antecedent.end, subject.i + 1)] if subject.i > antecedent.start else antecedent
            return noun_phrase(subject)
        if token.dep_ in ("acl", "relcl") and _issued_by_subject(token.head):
            token = token.head.head  # "the council issued a statement calling for ...": the council's words
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return noun_phrase(token.head)
        if token.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp", "acl", "prep", "acomp", "advmod") and token.head.i != token.i:
            token = token.head
            continue
        return None
    return None


def _issued_by_subject(noun: Token) -> bool:
    """A common noun that is the object of a verb with a subject ('issued a statement', 'filed papers'): a text its subject put out."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in noun.head.children)


def noun_phrase(head: Token) -> SpacySpan:
    """The head noun with its left modifiers and coordinated nouns ('Modi and Lula')."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("conj", "cc", "compound", "flat") or (child.dep_ == "appos" and child.pos_ == "PROPN"):
            end = max(end, child.right_edge.i + 1)
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _quantified_subject(cue: Token) -> SpacySpan | None:
    """'About 4 in 10 say', 'Less than a third agreed that': a share of people the parse attached to the verb
    as a number or a measure, not as its subject."""
    for child in cue.lefts:
        if child.dep_ in ("nummod", "npadvmod") and child.pos_ in ("NUM", "NOUN") and child.ent_type_ not in ("DATE", "TIME"):
            return cue.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _name_beside(cue: Token, quoted: "_TokenRegions", after: bool = True) -> SpacySpan | None:
    """The name right after a speech verb ('said Robin Maynard'; ``after``: looked for), else the first name of
    its sentence between the last quote mark and the verb ('Mr. Ruiz, whose firm ..., said'): the speaker when
    the parse gave the verb no subject."""
    doc = cue.doc
    if after and cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ == "PROPN" and not quoted.inside(doc[cue.i + 1]):
        first = end = cue.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        return doc[first:end] if any(t.ent_type_ in ("PERSON", "ORG") for t in doc[first:end]) else None
    sent_start = cue.sent.start
    for t in doc[sent_start : cue.i]:
        if quoted.inside(t) or t.is_quote:
            sent_start = t.i + 1
    names = [t for t in doc[sent_start : cue.i] if t.pos_ == "PROPN"]
    if not names or not any(t.ent_type_ in ("PERSON", "ORG") for t in names[:4]):
        return None
    start = end = names[0].i
    while end < cue.i and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


DOCUMENT_AUTHOR_PREPOSITIONS = ("from", "by", "of")
DOCUMENT_NOUNS = {"report", "study", "document", "survey", "poll", "analysis", "statement", "letter", "memo", "filing", "interview",
                  "book", "article", "estimate", "review", "audit", "release", "record", "account", "paper", "complaint", "lawsuit", "transcript"}


def _author_of(document: Token) -> SpacySpan | None:
    """Who wrote a text named by a common noun ('a report from the institute', 'a document filed by the
    attorney', 'an interview his brother gave', 'the agency's study'): the name behind it, if one is given."""
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return noun_phrase(child)
        if child.dep_ == "prep" and child.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return noun_phrase(obj)
        if child.dep_ in ("acl", "relcl"):
            for g in child.children:
                names = [g] if g.dep_ == "nsubj" else [o for o in g.children if o.dep_ == "pobj"] if g.dep_ == "agent" else []
                if names and names[0].pos_ in ("PROPN", "NOUN") and names[0].lower_ not in RELATIVE_PRONOUNS:
                    return noun_phrase(names[0])
    return None


def according_to_speaker(token: Token) -> SpacySpan | None:
    """'according to X': the token 'according' with its 'to' and object."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    author = _author_of(obj) if obj.pos_ == "NOUN" and obj.lemma_.lower() in DOCUMENT_NOUNS else None  # "according to a report from the institute": the institute
    return author or noun_phrase(obj)


class QuoteExtractor:
    """The spaCy component: sets doc._.readout_quotes."""

    def __init__(self, cues: CueLexicon, min_cued_words: int, min_uncued_words: int, indirect: bool, cognition: bool, objects: bool = True,
                 model: AttributionModel | None = None):
        self.cues = cues
        self.model = model
        # the score a learned cue outside the lexicon needs ("signed a decree" is an act, not a statement)
        self.unknown_cue_threshold = model.unknown_cue_threshold if model is not None else 1.0
        self.objects = objects
        self.min_cued_words = min_cued_words
        self.min_uncued_words = min_uncued_words
        self.indirect = indirect
        self.cognition = cognition

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        regions = find_quoted_regions(text)
        resolver = SpeakerResolver(doc, self.cues)
        quoted = _TokenRegions(doc, regions, text)
        labels = _speaker_labels(doc, text)
        quotes, used_cues = self._direct(doc, regions, quoted, resolver, labels)
        if self.indirect:
            quotes += self._indirect(doc, quoted, resolver, used_cues, labels)
        doc._.readout_quotes = tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))
        return doc

    # direct quotes -------------------------------------------------------
    def _direct(self, doc: Doc, regions: list[QuotedRegion], quoted: "_TokenRegions", resolver: SpeakerResolver,
                labels: dict[int, "SpeakerLabel"]) -> tuple[list[Quote], set[int]]:
        quotes: list[Quote] = []
        used: set[int] = set()
        previous: tuple[QuotedRegion, Speaker, Token | None] | None = None
        for region in regions:
            words = len(quoted.text[region.start : region.end].split())
            if (words < self.min_cued_words and not _is_utterance(quoted.text, region)) or _is_label(quoted.text[region.start : region.end]):
                continue
            cue = self._direct_cue(doc, region, quoted, resolver.sentences) or self._introducing_cue(doc, region, quoted, resolver.sentences)
            closing = None
            if cue is None:
                cue = closing = self._closing_cue(doc, region, quoted, resolver.sentences)
            speaker = None
            if cue is not None:
                span = according_to_speaker(cue) or subject_of(cue, quoted)
                if span is None and cue.pos_ == "VERB":
                    span = _name_beside(cue, quoted)  # "..., said Robin Maynard", "Mr. Ruiz, whose firm ..., said": a parse that lost the subject
                speaker = resolver.resolve(span) if span is not None else None
            if cue is None and (introduced := self._colon_speaker(doc, region, quoted, resolver.sentences)) is not None:
                cue, span = introduced  # "Ana Ruiz: “...”", "He then listed the qualities he wants:¶“...”"
                speaker = resolver.resolve(span)
            if cue is None and (signed := _signature(doc, quoted.text, region)) is not None:
                cue, span = signed  # “...” ― Ana Ruiz: a quote signed after a dash
                speaker = resolver.resolve(span)
            label = labels.get(_paragraph(quoted.text, region.outer_start)[0])
            if speaker is None and label is not None and (label.colon.idx < region.outer_start or region.outer_start < label.speaker.start_char):
                cue, speaker = label.colon, resolver.resolve(label.speaker)  # "WALLACE: ... “...”", "Pence: “...”"
            if speaker is None and previous is not None and _continues(quoted.text, previous[0], region):
                speaker, cue = previous[1], previous[2]
            if speaker is None and (cue is None and words < self.min_uncued_words):
                continue
            if cue is not None and cue is not closing:  # the closing sentence's own clause is still reported
                used.add(cue.i)
            quotes.append(_quote(doc, quoted.text, region.start, region.end, "direct", speaker, cue))
            if speaker is not None:
                previous = (region, speaker, cue)
        for label in labels.values():
            if label.transcript and label.colon.i not in used and not quoted.mostly_quoted(label.start, label.end):
                used.add(label.colon.i)
                quotes.append(_quote(doc, quoted.text, label.start, label.end, "direct", resolver.resolve(label.speaker), label.colon))
        return quotes, used

    def _direct_cue(self, doc: Doc, region: QuotedRegion, quoted: "_TokenRegions", sentences: Sentences) -> Token | None:
        """The cue outside quote marks nearest to the quote, within its sentences and the same paragraph."""
        first = doc.char_span(region.outer_start, region.outer_end, alignment_mode="expand")
        if first is None:
            return None
        sents = [sentences.of(first.start), sentences.of(first.end - 1)]
        start, end = sents[0].start, sents[1].end
        if end < len(doc) and _touches_sentence_end(doc, region, sents[1]):
            end = sentences.of(end).end
        if start > 0 and doc[start - 1].text == ":" or (start > 0 and doc[start].idx >= region.outer_start - 1 and doc[start - 1].text == ":"):
            start = sentences.of(start - 1).start
        best: tuple[int, Token] | None = None
        for token in doc[start:end]:
            if quoted.inside(token) or "\n" in quoted.text[min(token.idx, region.outer_start) : max(token.idx, region.outer_end)]:
                continue
            if not (self.cues.is_direct_cue(token) or token.lower_ == "according" or self._characterizes(token, region)):
                continue
            if token.i >= sents[1].end and _reports_own_clause(token, quoted):
                continue  # "“...” The network said it would send her": that cue reports its own clause, not the quote before
            distance = region.outer_start - token.idx if token.idx < region.outer_start else token.idx - region.outer_end
            if best is None or distance < best[0]:
                best = (distance, token)
        return best[1] if best else None

    def _closing_cue(self, doc: Doc, region: QuotedRegion, quoted: "_TokenRegions", sentences: Sentences) -> Token | None:
        """'..., Schiff said. “The other factor ...”': a quote opening a sentence right after one that ends
        with its speaker and a speech verb, in the same paragraph, goes on in that speaker's words."""
        text = quoted.text
        before = text[: region.outer_start].rstrip(" \t")
        if not before.endswith((".", "!", "?")) or before.rfind("\n") >= len(before) - 1:
            return None
        first = doc.char_span(region.outer_start, region.outer_end, alignment_mode="expand")
        if first is None or sentences.of(first.start).start == 0:
            return None
        previous = sentences.of(sentences.of(first.start).start - 1)
        if "\n" in text[previous.start_char : region.outer_start]:
            return None
        words = [t for t in previous if not t.is_punct]
        if len(words) < 2 or not self.cues.is_direct_cue(words[-1]) or quoted.inside(words[-1]):
            return None  # the sentence must close on the cue: "..., Schiff said."
        cue = words[-1]
        if not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
            return None
        return cue

    def _introducing_cue(self, doc: Doc, region: QuotedRegion, quoted: "_TokenRegions", sentences: Sentences) -> Token | None:
        """'Caddell continued:' closing one paragraph, the quote opening the next: the cue of that colon's sentence."""
        text = quoted.text
        line_start = text.rfind("\n", 0, region.outer_start) + 1
        if text[line_start : region.outer_start].strip():
            return None
        before = text[:line_start].rstrip()
        if not before.endswith(":"):
            return None
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        sent = sentences.of(colon.start)
        cues = [t for t in doc[sent.start : colon.start] if not quoted.inside(t) and self.cues.is_direct_cue(t)]
        return cues[-1] if cues else None

    def _colon_speaker(self, doc: Doc, region: QuotedRegion, quoted: "_TokenRegions", sentences: Sentences) -> tuple[Token, SpacySpan] | None:
        """A quote right after a colon, on its line or opening the next paragraph, with no cue verb near it: the
        name the colon follows ("- Ana Ruiz: “...”"), else the subject of the colon's sentence ("Ruiz then listed
        what she wants:", "a familiar voice celebrated the attacks online: “...”"). (cue, speaker)"""
        text = quoted.text
        before = text[: region.outer_start].rstrip()
        if not before.endswith(":"):
            return None
        found = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if found is None or quoted.inside(found[0]):
            return None
        colon = found[0]
        sent = sentences.of(colon.i)
        j = colon.i - 1
        while j >= sent.start and doc[j].pos_ == "PROPN":
            j -= 1
        name = doc[j + 1 : colon.i]
        if len(name) and (j < sent.start or doc[j].is_punct) and (len(name) > 1 or name[0].ent_type_ in ("PERSON", "ORG")):
            return colon, name
        verb = sent.root
        if verb.pos_ not in ("VERB", "AUX") or quoted.inside(verb) or verb.i > colon.i:
            return None
        subject = subject_of(verb, quoted)
        if subject is None or subject.root.lower_ in IMPERSONAL_SUBJECTS:
            return None
        return verb, subject

    def _characterizes(self, token: Token, region: QuotedRegion) -> bool:
        """'X called the plan "a historic mistake"', 'described it as "a new chapter"': the quote is X's words."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.cues.characterizing:
            return False
        right = token.right_edge
        inside = token.idx < region.outer_start and region.outer_end <= right.idx + len(right) + 1
        return inside and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)

    # indirect quotes -----------------------------------------------------
    def _indirect(self, doc: Doc, quoted: "_TokenRegions", resolver: SpeakerResolver, used: set[int], labels: dict[int, "SpeakerLabel"]) -> list[Quote]:
        found: list[tuple[int, int, Token, SpacySpan | None]] = [
            (label.start, label.end, label.colon, label.speaker) for label in labels.values()
            if not label.transcript and label.colon.i not in used and not quoted.mostly_quoted(label.start, label.end)
        ]
        pending: list[Token] = []
        learnable = possible_cues(doc) if self.model is not None else None
        for i in _rule_candidates(doc, learnable, self.cues.noun_prepositions.keys() | self.cues.clause_nouns):
            token = doc[i]
            if quoted.inside(token):
                continue
            if i in used:  # the cue of a direct quote: its clause too when the quote is part of it
                if (candidate := self._governed_clause(token, quoted, partial=True)) is not None:
                    found.append(candidate)
                continue
            if token.lower_ == "according":
                candidate = self._according_to(doc, token, quoted, resolver.sentences)
            else:
                candidate = self._governed_clause(token, quoted)
            if candidate is None and token.dep_ == "acomp" and token.lemma_.lower() in self.cues.stance_adjectives:
                candidate = self._stance_adjective(token, quoted)
            if candidate is None and token.pos_ == "NOUN" and token.lemma_.lower() in self.cues.noun_prepositions:
                candidate = self._noun_cue(token, quoted)
            if candidate is None and token.pos_ == "NOUN" and token.lemma_.lower() in self.cues.clause_nouns:
                candidate = self._noun_clause(token, quoted)
            if candidate is not None:
                found.append(candidate)
            elif learnable is not None and learnable[i]:
                pending.append(token)  # no rule read it: the learned model may
        if pending:
            found += self._learned(pending, quoted)
        found.sort(key=lambda c: (c[0], -c[1]))
        quotes: list[Quote] = []
        last_end = -1
        for start, end, cue, speaker_span in found:
            if end <= last_end:  # nested inside an outer reported clause
                continue
            speaker = resolver.resolve(speaker_span) if speaker_span is not None else None
            quotes.append(_quote(doc, quoted.text, start, end, "indirect", speaker, cue))
            last_end = max(last_end, end)
        return quotes

    def _noun_cue(self, noun: Token, quoted: "_TokenRegions") -> tuple[int, int, Token, SpacySpan] | None:
        """'X raised questions about Y', 'X's criticism of Y', 'X voiced concern over Y': Y is what X said or thinks."""
        preps = self.cues.noun_prepositions[noun.lemma_.lower()]
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
        part = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if part is None:
            return None
        speaker = _owner_of(noun)
        if speaker is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "auxpass" for c in noun.head.children):
                return None
            speaker = subject_of(noun.head)  # "raised questions about", "has concerns over"
        if speaker is None or speaker.root.lower_ in IMPERSONAL_SUBJECTS or speaker.root.i == noun.i:
            return None
        start, end = _subtree_range(part)
        para_start, para_end = _paragraph(quoted.text, noun.idx)
        start, end = max(start, para_start), min(end, para_end)
        if end - start < 4 or quoted.mostly_quoted(start, end) or speaker.start_char < para_start or speaker.end_char > para_end:
            return None
        return start, _trim_end(quoted.text, start, end), noun, speaker

    def _noun_clause(self, noun: Token, quoted: "_TokenRegions") -> tuple[int, int, Token, SpacySpan | None] | None:
        """'the claim that X', 'a tacit acknowledgment that X', 'her pledge to X': the clause the noun of speech,
        thought or intent governs is its content; the speaker is the noun's owner or the subject of the verb
        whose object it is ('voiced hope that'), else unnamed (not a relative clause: 'the claim that he made')."""
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" or (g.dep_ == "aux" and g.lower_ == "to" and c.pos_ in ("VERB", "AUX"))
            for g in c.children if g.i < c.i)), None)
        if clause is None:
            return None
        start, end = _subtree_range(clause)
        para_start, para_end = _paragraph(quoted.text, noun.idx)
        start, end = max(start, para_start), min(end, para_end)
        if end - start < 8 or quoted.mostly_quoted(start, end):
            return None
        owner, verb = _owner_of(noun), _governing_verb(noun)
        speaker = owner  # "Norland's refusal to", unless a cue verb reports the noun: "reiterated his claim that" is his claim, said again
        if verb is not None and (owner is None or self.cues.knows(verb)) and not any(c.dep_ == "auxpass" for c in verb.children):
            speaker = subject_of(verb) or owner
        if speaker is not None and (speaker.root.lower_ in IMPERSONAL_SUBJECTS or speaker.start_char < para_start or speaker.end_char > para_end):
            speaker = None
        if speaker is None:  # unnamed, it is seldom a source's content of its own ('the idea that' in the author's words)
            return None
        return start, _trim_end(quoted.text, start, end), noun, speaker

    def _stance_adjective(self, adjective: Token, quoted: "_TokenRegions") -> tuple[int, int, Token, SpacySpan] | None:
        """'X is worried that ...', 'X was critical of the plan', 'X is confident the bill will pass': X's stance."""
        verb = adjective.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in IMPERSONAL_SUBJECTS:
            return None
        part = next((c for c in adjective.children if c.dep_ in ("ccomp", "xcomp")), None)
        if part is None:
            prep = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "on", "with")), None)
            part = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if part is None:
            return None
        start, end = _subtree_range(part)
        para_start, para_end = _paragraph(quoted.text, adjective.idx)
        start, end = max(start, para_start), min(end, para_end)
        speaker = subject_of(verb) or noun_phrase(subject)
        if end - start < 8 or quoted.mostly_quoted(start, end) or speaker.start_char < para_start:
            return None
        return start, _trim_end(quoted.text, start, end), adjective, speaker

    def _learned(self, pending: list[Token], quoted: "_TokenRegions") -> list[tuple[int, int, Token, SpacySpan | None]]:
        """What the learned model reads as cues and their content among words no lexicon rule took (scored in one pass)."""
        found = []
        scores = self.model.cue_scores(pending[0].doc, [token.i for token in pending])
        threshold = self.model.cue.threshold
        for token, score in zip(pending, scores.tolist()):
            if score < threshold or (score < self.unknown_cue_threshold and not self.cues.knows(token)):
                continue
            candidate = self._learned_content(token, quoted)
            if candidate is not None:
                found.append(candidate)
        return found

    def _learned_content(self, token: Token, quoted: "_TokenRegions") -> tuple[int, int, Token, SpacySpan | None] | None:
        """The content and speaker of a cue the learned model found."""
        parts = self.model.content_parts(token)
        if not parts:
            return None
        ranges = [_part_range(token, part) for part in parts]
        side = [r for r in ranges if r[0] >= token.idx] or ranges  # one side of the cue: the larger
        other = [r for r in ranges if r[1] <= token.idx]
        if other and sum(b - a for a, b in other) > sum(b - a for a, b in side):
            side = other
        start, end = min(a for a, _ in side), max(b for _, b in side)
        text = quoted.text
        para_start, para_end = _paragraph(text, token.idx)
        start, end = max(start, para_start), min(end, para_end)
        start = _past_connective(text, start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        end = _trim_end(text, start, end)
        while end > start and text[end - 1] in ".":
            end -= 1
        if end - start < MIN_LEARNED_CONTENT or quoted.reported_elsewhere(start, end):
            return None
        span = token.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _names_something(span):
            return None
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if passive:  # "was first reported by the Times": the agent speaks; "it is expected that ...": nobody does
            agent = next((o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            speaker = noun_phrase(agent) if agent is not None else None
            if speaker is None:
                return None
        else:
            speaker = subject_of(token) if token.pos_ == "VERB" else _owner_of(token)
            if speaker is None and token.pos_ == "VERB" and token.dep_ == "ROOT":
                speaker = _name_beside(token, quoted, after=False)
        if speaker is not None and (speaker.start_char < para_start or speaker.end_char > para_end):
            speaker = None
        if speaker is not None and speaker.root.lower_ in IMPERSONAL_SUBJECTS:
            return None
        return start, end, token, speaker

    def _governed_clause(self, token: Token, quoted: "_TokenRegions", partial: bool = False) -> tuple[int, int, Token, SpacySpan | None] | None:
        """The clause a cue verb reports: its that-clause, its to-infinitive, or the sentence around a parenthetical cue
        (``partial``: only a clause that opens with the reporter's words and goes on into a quote, 'says Lind's “latest ...”')."""
        if token.pos_ != "VERB":  # every cue below is a verb; most tokens stop here
            return None
        lemma = token.lemma_.lower()
        clause = None
        parenthetical = False
        if self.cues.is_indirect_cue(token, self.cognition):
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            if clause is None and token.dep_ == "parataxis" and token.head.pos_ in ("VERB", "AUX"):
                clause, parenthetical = token.head, True  # "The museum, he said, celebrates ..."
        if clause is None and token.pos_ == "VERB" and lemma in self.cues.to_infinitive:
            clause = next((c for c in token.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
        if clause is None and self.objects and token.pos_ == "VERB":
            return self._reported_object(token, quoted)
        if clause is None:
            return None
        if any(c.dep_ == "auxpass" for c in token.children):  # "is expected to": nobody says it
            return None
        subject = subject_of(token)
        speech = lemma in self.cues.speech
        if subject is None and clause.dep_ == "ccomp":  # a parse that lost the subject
            subject = (_name_beside(token, quoted, after=False) if speech else None) or _quantified_subject(token)
        if subject is None and not (speech and clause.dep_ == "ccomp"):
            return None
        if subject is not None and subject.root.lower_ in IMPERSONAL_SUBJECTS and not (subject.root.lower_ == "it" and lemma in DOCUMENT_VERBS):
            return None
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        if clause.right_edge.is_punct:
            end = clause.right_edge.idx
        text = quoted.text
        para_start, para_end = _paragraph(text, token.idx)
        start, end = max(start, para_start), min(end, para_end)  # cue, speaker and content share one paragraph
        start = _past_connective(text, start, end)
        if partial and not (quoted.opens_unquoted(start, end) and quoted.covered(start, end) > 0):
            return None
        if (start <= token.idx < end and not parenthetical) or end - start < 8 or (quoted.mostly_quoted(start, end) and not partial):
            return None
        if subject is not None and (subject.start_char < para_start or subject.end_char > para_end):
            return None
        return start, _trim_end(text, start, end), token, subject

    def _reported_object(self, token: Token, quoted: "_TokenRegions") -> tuple[int, int, Token, SpacySpan] | None:
        """What a stance verb is about: "cited [the figure]", "called for [a ceasefire]", "called [him] [a champion]"."""
        lemma = token.lemma_.lower()
        parts: list[Token] = []
        if lemma in self.cues.objects:
            parts = [c for c in token.children if c.dep_ in ("dobj", "oprd")]
        if not parts and lemma in self.cues.prepositions:
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in self.cues.prepositions[lemma]]
            parts = [o for p in preps[:1] for o in p.children if o.dep_ in ("pobj", "pcomp")]
        if not parts or any(c.dep_ == "auxpass" for c in token.children):
            return None
        subject = subject_of(token)
        if subject is None or subject.root.lower_ in IMPERSONAL_SUBJECTS:
            return None
        first = min(p.left_edge.i for p in parts)
        last = max(p.right_edge.i for p in parts)
        doc = token.doc
        if last - first < 1 or first <= token.i <= last:
            return None
        if not _names_something(doc[first : last + 1]):
            return None
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        para_start, para_end = _paragraph(quoted.text, token.idx)
        start, end = max(start, para_start), min(end, para_end)
        if end - start < 8 or quoted.mostly_quoted(start, end) or subject.start_char < para_start:
            return None
        return start, _trim_end(quoted.text, start, end), token, subject

    def _according_to(self, doc: Doc, token: Token, quoted: "_TokenRegions", sentences: Sentences) -> tuple[int, int, Token, SpacySpan] | None:
        speaker = according_to_speaker(token)
        if speaker is None:
            return None
        sent = sentences.of(token.i)
        text = quoted.text
        last = speaker.root.right_edge  # past any relative clause on the speaker ("X, who said ...")
        phrase_start, phrase_end = token.idx, max(speaker.end_char, last.idx + len(last))
        para_start, para_end = _paragraph(text, phrase_start)
        before = (max(sent.start_char, para_start), phrase_start)
        after = (phrase_end, min(sent.end_char, para_end))
        sides = [side for side in (before, after) if side[1] - side[0] >= 8 and not quoted.mostly_quoted(*side)]
        if not sides:
            return None
        start, end = max(sides, key=lambda side: side[1] - side[0])
        start = _past_connective(text, start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        return start, _trim_end(text, start, end), token, speaker


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ('reiterated his claim that',
    'stirred controversy with an assertion that', 'veered close to an admission that')."""
    token = noun
    for _ in range(4):
        if token.dep_ not in ("dobj", "pobj", "prep", "appos", "attr", "oprd", "conj", "acomp", "advmod") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _reports_own_clause(cue: Token, quoted: "_TokenRegions") -> bool:
    """The cue governs a clause after it, of three words or more, outside quote marks ('said it would send her')."""
    for clause in cue.children:
        if clause.dep_ == "ccomp" and clause.i > cue.i and clause.right_edge.i - clause.left_edge.i >= 2:
            start, end = _subtree_range(clause)
            if not quoted.covered(start, end):
                return True
    return False


def _rule_candidates(doc: Doc, learnable: np.ndarray | None, nouns) -> list[int]:
    """Tokens any indirect rule can start from (a verb, "according", an adjectival complement, a cue noun)
    or the learned model may read; the others are never turned into Token objects."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    array = doc.to_array([POS, DEP, LOWER, LEMMA])
    wanted = (array[:, 0] == strings.add("VERB")) | (array[:, 1] == strings.add("acomp")) | (array[:, 2] == strings.add("according"))
    wanted |= (array[:, 0] == strings.add("NOUN")) & np.isin(array[:, 3], np.array([strings.add(n) for n in nouns], dtype=np.uint64))
    if learnable is not None:
        wanted |= learnable
    return np.flatnonzero(wanted).tolist()


class _TokenRegions:
    """Which tokens sit inside quote marks (bisect over region starts, linear overall)."""

    def __init__(self, doc: Doc, regions: list[QuotedRegion], text: str):
        self.text = text  # doc.text, read once: spaCy rebuilds it from the tokens on every access
        self.regions = regions
        self.starts = [r.outer_start for r in regions]

    def region_at(self, char: int) -> QuotedRegion | None:
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.regions[i].outer_start <= char < self.regions[i].outer_end:
            return self.regions[i]
        return None

    def inside(self, token: Token) -> bool:
        return self.region_at(token.idx) is not None

    def opens_unquoted(self, start: int, end: int, words: int = 2) -> bool:
        """The range begins with at least ``words`` words before any quote mark ('vowed to punish “those who ...”')."""
        i = bisect_right(self.starts, start)
        if self.region_at(start) is not None:
            return False
        stop = min(end, self.regions[i].outer_start) if i < len(self.regions) else end
        return len(self.text[start:stop].split()) >= words

    def reported_elsewhere(self, start: int, end: int) -> bool:
        """Mostly quoted, unless it opens with words of the reporter's own: a partial quote inside a
        reported clause is part of that clause's content, not a direct quote of its own."""
        return self.mostly_quoted(start, end) and not self.opens_unquoted(start, end)

    def covered(self, start: int, end: int) -> int:
        """How many characters of the range lie inside quote marks."""
        covered = 0
        i = max(bisect_right(self.starts, start) - 1, 0)
        while i < len(self.regions) and self.regions[i].outer_start < end:
            r = self.regions[i]
            covered += max(0, min(end, r.outer_end) - max(start, r.outer_start))
            i += 1
        return covered

    def mostly_quoted(self, start: int, end: int) -> bool:
        return self.covered(start, end) * 2 > end - start


def _quote(doc: Doc, text: str, start: int, end: int, kind: str, speaker: Speaker | None, cue: Token | None) -> Quote:
    doc_id = doc_id_of(doc)
    span = lambda a, b: Span(doc_id=doc_id, start=a, end=b, text=text[a:b])  # noqa: E731
    cue_span = None
    if cue is not None:
        cue_end = cue.idx + len(cue)
        if cue.lower_ == "according" and cue.i + 1 < len(doc):
            cue_end = doc[cue.i + 1].idx + len(doc[cue.i + 1])
        cue_span = span(cue.idx, cue_end)
    return Quote(
        span=span(start, end),
        kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_entity_id=speaker.entity_id if speaker else None,
        speaker_span=span(speaker.span.start_char, speaker.span.end_char) if speaker else None,
        cue=cue_span.text if cue_span else None,
        cue_span=cue_span,
    )


def _subtree_range(token: Token) -> tuple[int, int]:
    """Characters from the first to the last token of a token's subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _names_something(tokens: Iterable[Token]) -> bool:
    """Content must name something: a noun, name, number or verb ("help one another" names nothing)."""
    return any(t.pos_ in ("NOUN", "PROPN", "NUM", "VERB") for t in tokens)


def _part_range(cue: Token, part: Token) -> tuple[int, int]:
    """Characters of a content part: a dependent's subtree, or the governing clause on the far side of the cue."""
    if part.head.i == cue.i and part.i != cue.i:
        return _subtree_range(part)
    if cue.i < part.i:
        return cue.right_edge.idx + len(cue.right_edge), part.right_edge.idx + len(part.right_edge)
    return part.left_edge.idx, cue.left_edge.idx


def _owner_of(noun: Token) -> SpacySpan | None:
    """Who a cue noun belongs to: 'Ruiz's claim that', 'the campaign's statement', 'the Ruiz plan'."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "Ruiz claims that ...", "the Ruiz campaign plans to" read as noun phrases: the name before the cue
        owner = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return noun_phrase(owner) if owner is not None else None


SIGNATURE_DASHES = ("―", "—", "–", "--")
OPENING_MARKS = "“\"‘'«"
HEADLINE_WORDS = 20


def _signature(doc: Doc, text: str, region: QuotedRegion) -> tuple[Token, SpacySpan] | None:
    """A name after a dash right behind the closing mark, on the same line (“...” ― Ana Ruiz): the dash and the name."""
    i = region.outer_end
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    dash = next((d for d in SIGNATURE_DASHES if text.startswith(d, i)), None)
    if dash is None:
        return None
    cue = doc.char_span(i, i + len(dash), alignment_mode="expand")
    j = i + len(dash)
    while j < len(text) and text[j] in " \t\xa0":
        j += 1
    first = doc.char_span(j, j + 1, alignment_mode="expand")
    if cue is None or first is None or first[0].pos_ != "PROPN":
        return None
    start = first.start
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and "\n" not in doc[end].text:
        end += 1
    return cue[0], doc[start:end]


@dataclass(frozen=True)
class SpeakerLabel:
    """A line that opens with its speaker and a colon: a transcript's turn ("WALLACE: Let's start ..."),
    a headline's source ("Pence: Flowers won't be at the debate")."""

    speaker: SpacySpan
    colon: Token
    start: int  # the words after the colon, to the end of the line
    end: int
    transcript: bool  # a turn of a transcript is the speaker's own words (direct); a headline's, a summary (indirect)


def _speaker_labels(doc: Doc, text: str) -> dict[int, SpeakerLabel]:
    """Lines whose first words, before a colon, are a person's name, or a name in capitals that opens
    several lines of the document (a transcript; a lone "UPDATE:" or "NOTE:" is a label, not a speaker);
    keyed by the line's first character."""
    found: dict[int, tuple[SpacySpan, Token, int, int, bool]] = {}
    capitals: dict[str, int] = {}
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = start
        while start < end and text[start] in OPENING_MARKS:  # a transcript quoted line by line: "“WALLACE: ..."
            start += 1
        colon = text.find(":", start, min(end, start + 40))
        if colon > start:
            prefix = text[start:colon]
            words = prefix.split()
            content_start = colon + 1
            while content_start < end and text[content_start].isspace():
                content_start += 1
            content_end = _trim_end(text, content_start, end)
            if 1 <= len(words) <= 4 and prefix[0].isupper() and len(text[content_start:content_end].split()) >= 3:
                span = doc.char_span(start, start + len(prefix.rstrip()), alignment_mode="contract")
                colon_span = doc.char_span(colon, colon + 1, alignment_mode="expand")
                if span is not None and len(span) and colon_span is not None:
                    capital = prefix.isupper() and any(c.isalpha() for c in prefix)
                    person = all(t.pos_ == "PROPN" for t in span if t.is_alpha) and any(t.ent_type_ == "PERSON" for t in span)
                    # a headline's source, named any way ("Ruiz: ...", "Poll: ...", "Daily Herald: ..."): the document's first
                    # line, as short as a headline (a paragraph opening with "Summary:" is a label and a text, not a claim)
                    headline = (line == 0 and all(w[0].isupper() for w in words if w[0].isalpha())
                                and len(text[content_start:content_end].split()) <= HEADLINE_WORDS)
                    if capital or person or headline:
                        found[line] = (span, colon_span[0], content_start, content_end, capital and not person)
                        if capital:
                            capitals[prefix.strip()] = capitals.get(prefix.strip(), 0) + 1
        start = end + 1
    return {line: SpeakerLabel(span, colon, a, b, capital) for line, (span, colon, a, b, capital) in found.items()
            if not capital or capitals[span.text.strip()] >= 2}


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The line (paragraph of cleaned text) around character ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end


CONNECTIVES = ("however", "but", "and", "yet", "still", "so", "also", "meanwhile")


def _past_connective(text: str, start: int, end: int) -> int:
    """The content starts after a sentence's linking word ('However, growth slowed, he said': 'growth slowed')."""
    words = text[start:end].split(None, 1)
    if len(words) == 2 and words[0].rstrip(",").lower() in CONNECTIVES:
        return text.index(words[1], start + len(words[0]))
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end


def _is_label(text: str) -> bool:
    """A short Title Case phrase ("Master Plan", "Clean Slate") is a name or label, not speech."""
    words = [w for w in text.replace("-", " ").split() if any(c.isalpha() for c in w)]
    small = {"and", "of", "the", "a", "an", "in", "on", "for", "to", "or"}
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in small for w in words) and not text.rstrip().endswith((".", "?", "!"))


def _is_utterance(text: str, region: QuotedRegion) -> bool:
    """A short quote that stands as a sentence of its own (“It’s over,” she said), not a phrase inside one."""
    before = text[: region.outer_start].rstrip(" \t")
    inner = text[region.outer_start : region.outer_end].rstrip("”\"’»\x01' ")
    return (not before or before[-1] in "\n.!?:") and inner[-1:] in (",", ".", "?", "!")


def _touches_sentence_end(doc: Doc, region: QuotedRegion, sent: SpacySpan) -> bool:
    """The quote ends its sentence, so the attribution may be in the next one ('“...” he said.')."""
    return region.outer_end >= sent.end_char - 1


def _continues(text: str, previous: QuotedRegion, region: QuotedRegion) -> bool:
    """The quote goes on from the previous attributed one: same paragraph, or it opens the next paragraph."""
    breaks = text.count("\n", previous.outer_end, region.outer_start)
    if breaks == 0:
        return region.outer_start - previous.outer_end < 200
    # the next paragraph opens with the quote, after blank lines only, and the previous one closed on its
    # attribution ('..., Ms. Ruiz said.' then '“The other ...'), as news paragraphs go on in one speaker's words
    tail, *between = text[previous.outer_end : region.outer_start].split("\n")
    return not any(line.strip() for line in between) and len(tail.split()) <= 12


@Language.factory(
    "readout_quotes",
    assigns=["doc._.readout_quotes"],
    requires=["doc.sents"],
    default_config={"cues_path": None, "min_cued_words": 3, "min_uncued_words": 8, "indirect": True, "cognition": True, "objects": True,
                    "learned": True, "model_path": None},
)
def make_readout_quotes(nlp: Language, name: str, cues_path: str | None, min_cued_words: int, min_uncued_words: int, indirect: bool, cognition: bool, objects: bool,
                        learned: bool, model_path: str | None) -> QuoteExtractor:
    """``learned``: also read the cues the lexicon misses with the trained model (``quote_model``) at ``model_path``."""
    model = load_model(str(model_path or MODEL_PATH)) if learned else None
    return QuoteExtractor(load_cues(cues_path), min_cued_words, min_uncued_words, indirect, cognition, objects, model)
