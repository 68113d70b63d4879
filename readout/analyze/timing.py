"""Timing context: happenings the coverage ties to when the event took place.

"It came two days after X proposed Y", "The talks were held just as
Y is preparing Z", "The summit came on the eve of ...": a sentence
whose subject is the event (an event noun, or "it"/"this" standing for one),
whose verb places it in time, and a subordinate clause or phrase opened by a
timing cue (``data/signal_cues.json``). The relation says when the happening is
relative to the event: "after X" puts X before the event. A date is given only
when the happening's own words contain one; none is invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readout.analyze.extensions import char_span, doc_text
from readout.analyze.token_table import sentence_spans
from readout.model import Span, TimingContext, TimingRelation

DATA_FILE = Path(__file__).parent / "data" / "signal_cues.json"
EVENT_PRONOUNS = {"it", "this", "that"}
PRONOUN_REACH = 2  # sentences back in which "it" may find the event it stands for


@dataclass(frozen=True)
class TimingLexicon:
    event_nouns: frozenset[str]
    verbs: frozenset[str]
    cues: tuple[tuple[tuple[str, ...], TimingRelation], ...]  # longest first


@lru_cache(maxsize=4)
def timing_lexicon(path: str = "") -> TimingLexicon:
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    cues = [(tuple(cue.split()), relation) for relation, words in raw["timing_cues"].items() for cue in words]
    return TimingLexicon(
        event_nouns=frozenset(raw["event_nouns"]),
        verbs=frozenset(raw["timing_verbs"]),
        cues=tuple(sorted(cues, key=lambda c: -len(c[0]))),
    )


def _is_event_subject(token: Token, lexicon: TimingLexicon) -> bool:
    if token.lower_ in EVENT_PRONOUNS and token.pos_ == "PRON":
        return True
    return token.lemma_.lower() in lexicon.event_nouns or token.lower_ in lexicon.event_nouns


class TimingContexts:
    def __init__(self, lexicon_path: str = ""):
        self.lexicon = timing_lexicon(lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for sent in sentence_spans(doc):
            item = self._sentence(doc, sent)
            if item is not None:
                found.append(item)
        doc._.readout_timing = tuple(found)
        return doc

    def _sentence(self, doc: Doc, sent: SpacySpan) -> TimingContext | None:
        root = sent.root
        if root.lemma_.lower() not in self.lexicon.verbs:
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _is_event_subject(subject, self.lexicon):
            return None
        if any(c.dep_ in ("acomp", "attr", "prt") for c in root.children):
            return None  # "it would have been better if ...", "it comes across as ...": not placing an event in time
        if subject.pos_ == "PRON" and not self._event_before(doc, sent):
            return None  # "it" must stand for an event named just before
        tokens = list(sent)
        for i, token in enumerate(tokens):
            if token.i <= root.i:
                continue
            for words, relation in self.lexicon.cues:
                if [t.lower_ for t in tokens[i : i + len(words)]] != list(words):
                    continue
                last = tokens[i + len(words) - 1]
                if not self._attached(last, root):
                    continue
                happening = self._happening(doc, sent, last)
                if happening is None:
                    continue
                cue_start = token.idx
                before = tokens[i - 1] if i > 0 else None
                if before is not None and before.lower_ in ("just", "only", "shortly", "right", "soon", "days", "weeks", "hours", "months", "mere"):
                    cue_start = self._modifier_start(tokens, i)
                date, date_span = self._date(doc, happening)
                return TimingContext(
                    span=char_span(doc, subject.left_edge.idx, happening.end),
                    relation=relation,
                    cue=doc_text(doc)[cue_start : last.idx + len(last.text)],
                    happening=happening,
                    date=date,
                    date_span=date_span,
                )
        return None

    def _event_before(self, doc: Doc, sent: SpacySpan) -> bool:
        """An event noun in this sentence's paragraph before it, at most ``PRONOUN_REACH`` sentences back."""
        text = doc_text(doc)
        paragraph_start = text.rfind("\n", 0, sent.start_char) + 1
        before = [s for s in sentence_spans(doc) if paragraph_start <= s.start_char < sent.start_char][-PRONOUN_REACH:]
        return any(t.lemma_.lower() in self.lexicon.event_nouns for s in before for t in s if t.pos_ == "NOUN")

    @staticmethod
    def _attached(cue: Token, root: Token) -> bool:
        """The cue opens a clause or phrase that modifies the event's verb (through a measure like "days")."""
        head = cue.head
        steps = 0
        while head.i != root.i and steps < 3:
            if head.dep_ not in ("npadvmod", "advmod", "advcl", "prep", "pcomp") and head.pos_ not in ("NOUN", "ADV"):
                return False
            head, steps = head.head, steps + 1
        return head.i == root.i

    @staticmethod
    def _modifier_start(tokens: list[Token], i: int) -> int:
        j = i
        while j > 0 and tokens[j - 1].lower_ in ("just", "only", "shortly", "right", "soon", "days", "weeks", "hours", "months", "mere", "a", "few", "two", "three", "several"):
            j -= 1
        return tokens[j].idx

    @staticmethod
    def _happening(doc: Doc, sent: SpacySpan, cue: Token) -> Span | None:
        """The words after the cue to the end of its clause (a following ", attempting ..." belongs to it)."""
        after = [t for t in sent if t.i > cue.i]
        if not after:
            return None
        head = cue.head if cue.dep_ == "mark" else cue
        extent = [t for t in head.subtree if t.i > cue.i] or after
        end_token = extent[-1]
        while end_token.is_punct and end_token.i > cue.i + 1:
            end_token = doc[end_token.i - 1]
        start = after[0].idx
        end = end_token.idx + len(end_token.text)
        return char_span(doc, start, end) if end > start else None

    @staticmethod
    def _date(doc: Doc, happening: Span):
        for t in doc._.readout_times or ():
            if happening.start <= t.span.start and t.span.end <= happening.end and t.resolved and t.granularity == "day" and t.start:
                return t.start, t.span
        return None, None


@Language.factory(
    "readout_timing",
    requires=["doc.sents", "doc._.readout_times"],
    assigns=["doc._.readout_timing"],
    default_config={"lexicon": ""},  # "": the packaged data/signal_cues.json
)
def make_readout_timing(nlp: Language, name: str, lexicon: str) -> TimingContexts:
    return TimingContexts(lexicon)
