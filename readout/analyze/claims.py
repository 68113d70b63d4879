"""Claims: the sentences that assert something a fact-checker could check.

Every sentence is scored; those at or above the threshold become ``Claim``s.
The score is a logistic function of named features (weights in
``data/claim_cues.json``):

    score = 1 / (1 + exp(-(bias + sum(weight[f] * value[f]))))

Features, each 0..1 unless said otherwise:
  quantity     a figure in the sentence (doc._.readout_quantities, else spaCy's numeric entities)
  actor        a named actor (doc._.readout_mentions, else spaCy's PERSON/ORG/GPE/NORP entities)
  time         a time anchor (doc._.readout_times, else spaCy's DATE/TIME entities)
  event_verb   a past-tense verb with a subject: something happened
  comparative, causal, commitment, prediction, reported   cue words of that kind
  length       words / long_sentence_words, capped at 1 (longer sentences carry more content)
  hedge        hedge cues, capped at 2          (lower)
  opinion      first-person opinion cues        (lower)
  rhetoric     rhetoric markers in the sentence, capped at 2 (lower: evaluative prose)
  question, pleasantry, second_person, short    (lower)

When the learned model (``data/checkworthy-lr.json``, see
``readout.analyze.claim_model``) is present, it gives the score instead: a
logistic regression over the sentence's words, tags and the features above,
trained on debate and ClaimBuster sentences by ``python -m readout.eval.train_claims``.
The hand-set weights stay as the fallback and as documentation of the features.

The kind is the first that applies: commitment, causal, comparison, figure,
prediction, quote, event; otherwise evaluative.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.claim_model import MODEL_PATH, ClaimModel, DocTokens, load_model, span_features
from readout.analyze.extensions import doc_text, token_span
from readout.analyze.rhetoric import Phrase, count_kinds, index_phrases, phrase_starts, phrase_words, read_data, token_keys
from readout.analyze.token_table import sentence_spans, token_table
from readout.model import Claim

CUES_PATH = Path(__file__).parent / "data" / "claim_cues.json"
CUE_KINDS = ("hedges", "opinion", "comparative", "causal", "commitment", "prediction", "reported", "pleasantry", "second_person")
NUMERIC_ENTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
TIME_ENTS = {"DATE", "TIME"}


@dataclass(frozen=True)
class ClaimCues:
    weights: dict[str, float]
    threshold: float
    long_words: int
    short_words: int
    cues: dict[str, tuple[Phrase, ...]]  # first word -> cue phrases of every kind


@lru_cache(maxsize=4)
def load_cues(path: str, tokenizer) -> ClaimCues:
    raw = read_data(path, "claim cues")
    return ClaimCues(
        weights={k: float(v) for k, v in raw["weights"].items()},
        threshold=float(raw["threshold"]),
        long_words=int(raw["long_sentence_words"]),
        short_words=int(raw["short_sentence_words"]),
        cues=index_phrases([Phrase(phrase_words(tokenizer, p), kind, 0.0) for kind in CUE_KINDS for p in raw.get(kind, [])]),
    )


ITEM_NAMES = ("readout_quantities", "readout_mentions", "readout_times", "readout_quotes", "readout_rhetoric")


class _Items:
    """One earlier component's items (each with a span) by start character, for range look-ups."""

    def __init__(self, items):
        self.items = tuple(items)
        self.order = sorted(range(len(self.items)), key=lambda k: self.items[k].span.start)
        self.starts = [self.items[k].span.start for k in self.order]

    def within(self, start: int, end: int) -> list:
        """The items starting in ``start:end``, in their original order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.items[k] for k in sorted(self.order[lo:hi])]


class ClaimIndex:
    """What the features read of one doc, gathered once: earlier components' items by position, and
    per-token flags (spaCy builds a Token object on every access; each sentence used to be walked six times)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.items = {name: _Items(value) if (value := getattr(doc._, name)) is not None else None for name in ITEM_NAMES}
        table = token_table(doc)
        self.tokens = DocTokens(doc)
        self.content = [alpha or num for alpha, num in zip(table.is_alpha, table.like_num)]
        self.event_verb = [
            tag in {"VBD", "VBN"} and pos == "VERB" and any(table.dep[c].startswith("nsubj") for c in table.children(i))
            for i, (tag, pos) in enumerate(zip(table.tag, table.pos))
        ]
        self.comparative_tag = [tag in {"JJR", "RBR", "JJS", "RBS"} for tag in table.tag]
        self.than = [lower in {"than", "compared"} for lower in table.lower]
        self.cue_keys: list | None = None  # the keys the cue phrases' starts below were found in
        self.cue_starts: list[int] | None = None
        self.text = doc_text(doc)

    def within(self, name: str, sent: SpacySpan) -> list:
        items = self.items[name]
        return items.within(sent.start_char, sent.end_char) if items is not None else []

    def present(self, name: str, sent: SpacySpan, labels: set[str]) -> bool:
        """Items from an earlier readout component when it ran, else spaCy's own entities."""
        if self.items[name] is not None:
            return bool(self.within(name, sent))
        return any(ent.label_ in labels and sent.start <= ent.start < sent.end for ent in self.tokens.ents)

    def any(self, flags: list[bool], sent: SpacySpan) -> bool:
        return any(flags[sent.start : sent.end])


def sentence_features(sent: SpacySpan, cues: ClaimCues, keys: list[tuple[str, str]], index: ClaimIndex | None = None) -> dict[str, float]:
    """The named features of one sentence (see the module docstring); ``keys`` from rhetoric.token_keys(doc);
    ``index``: the doc read once (ClaimIndex), when several sentences of one doc are scored."""
    index = index or ClaimIndex(sent.doc)
    if index.cue_starts is None or index.cue_keys is not keys:
        index.cue_keys, index.cue_starts = keys, phrase_starts(keys, cues.cues)
    found = count_kinds(keys, cues.cues, sent.start, sent.end, index.cue_starts)
    words = sum(index.tokens.is_word[sent.start : sent.end])
    text = index.text[sent.start_char : sent.end_char].strip()
    features = {
        "quantity": float(index.present("readout_quantities", sent, NUMERIC_ENTS)),
        "actor": float(index.present("readout_mentions", sent, ACTOR_ENTS)),
        "time": float(index.present("readout_times", sent, TIME_ENTS)),
        "event_verb": float(index.any(index.event_verb, sent)),
        "comparative": float(found["comparative"] > 0 or index.any(index.comparative_tag, sent)),
        "causal": float(found["causal"] > 0),
        "commitment": float(found["commitment"] > 0),
        "prediction": float(found["prediction"] > 0),
        "reported": float(found["reported"] > 0 or bool(index.within("readout_quotes", sent))),
        "length": min(1.0, words / cues.long_words),
        "hedge": float(min(2, found["hedges"])),
        "opinion": float(found["opinion"] > 0),
        "rhetoric": float(min(2, len(index.within("readout_rhetoric", sent)))),
        "question": float(text.endswith("?")),
        "pleasantry": float(found["pleasantry"] > 0),
        "second_person": float(found["second_person"] > 0),
        "short": float(words < cues.short_words),
    }
    return features


def score_features(features: dict[str, float], weights: dict[str, float]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def claim_kind(features: dict[str, float], sent: SpacySpan, index: ClaimIndex | None = None) -> str:
    has_than = index.any(index.than, sent) if index is not None else any(t.lower_ in {"than", "compared"} for t in sent)
    if features["commitment"]:
        return "commitment"
    if features["causal"]:
        return "causal"
    if features["comparative"] and has_than:
        return "comparison"
    if features["quantity"]:
        return "figure"
    if features["prediction"]:
        return "prediction"
    if features["reported"]:
        return "quote"
    if features["event_verb"]:
        return "event"
    return "evaluative"


def _entity_ids(index: ClaimIndex, sent: SpacySpan) -> tuple[str, ...]:
    ids = [m.entity_id for m in index.within("readout_mentions", sent)]
    return tuple(dict.fromkeys(ids))


def score_sentences(doc: Doc, cues: ClaimCues, model: ClaimModel | None = None, index: ClaimIndex | None = None) -> list[tuple[SpacySpan, str, float, dict[str, float]]]:
    """(sentence, kind, score, features) for every sentence with words in it; the model scores when given."""
    scored, keys, index = [], token_keys(doc), index or ClaimIndex(doc)
    for sent in sentence_spans(doc):
        if not index.any(index.content, sent):
            continue
        features = sentence_features(sent, cues, keys, index=index)
        score = model.score(span_features(sent, features, index.tokens)) if model is not None else score_features(features, cues.weights)
        scored.append((sent, claim_kind(features, sent, index), round(score, 4), features))
    return scored


class Claims:
    """The ``readout_claims`` component; also completes the rhetoric profile's claim share."""

    def __init__(self, nlp: Language, name: str, cues: str, threshold: float | None, model: str = ""):
        self.name = name
        self.cues = load_cues(cues or str(CUES_PATH), nlp.tokenizer)
        self.model = None if model == "none" else load_model(model or str(MODEL_PATH))
        default = self.model.threshold if self.model is not None and self.model.threshold is not None else self.cues.threshold
        self.threshold = default if threshold is None else threshold

    def __call__(self, doc: Doc) -> Doc:
        index = ClaimIndex(doc)
        scored = score_sentences(doc, self.cues, self.model, index)
        claims = tuple(
            Claim(span=token_span(doc, sent), kind=kind, score=score, features=features, entity_ids=_entity_ids(index, sent))
            for sent, kind, score, features in scored
            if score >= self.threshold
        )
        doc._.readout_claims = claims
        profile = doc._.readout_rhetoric_profile
        if profile is not None:
            share = round(len(claims) / len(scored), 3) if scored else 0.0
            doc._.readout_rhetoric_profile = profile.model_copy(update={"claim_sentence_share": share})
        return doc


@Language.factory(
    "readout_claims",
    assigns=["doc._.readout_claims", "doc._.readout_rhetoric_profile"],
    requires=["doc._.readout_quantities", "doc._.readout_mentions", "doc._.readout_times", "doc._.readout_rhetoric"],
    default_config={"cues": "", "threshold": None, "model": ""},
)
def make_readout_claims(nlp: Language, name: str, cues: str, threshold: float | None, model: str) -> Claims:
    """``cues``: path to a cue file ("" = the bundled one); ``threshold``: minimum score (None = the model's, else the
    cue file's); ``model``: path to a learned model ("" = the bundled one when present, "none" = hand-set weights only)."""
    return Claims(nlp, name, cues, threshold, model)
