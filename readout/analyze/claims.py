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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.claim_model import MODEL_PATH, ClaimModel, load_model, span_features
from readout.analyze.extensions import token_span
from readout.analyze.rhetoric import Phrase, count_kinds, index_phrases, phrase_words, read_data, token_keys
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


def _within(items, sent: SpacySpan) -> list:
    return [x for x in items if sent.start_char <= x.span.start < sent.end_char]


def _present(doc: Doc, name: str, sent: SpacySpan, labels: set[str], ents) -> bool:
    """Items from an earlier readout component when it ran, else spaCy's own entities (``ents``: doc.ents, read once)."""
    items = getattr(doc._, name)
    if items is not None:
        return bool(_within(items, sent))
    return any(ent.label_ in labels and sent.start <= ent.start < sent.end for ent in ents)


def sentence_features(sent: SpacySpan, cues: ClaimCues, keys: list[tuple[str, str]], ents=None) -> dict[str, float]:
    """The named features of one sentence (see the module docstring); ``keys`` from rhetoric.token_keys(doc)."""
    doc = sent.doc
    found = count_kinds(keys, cues.cues, sent.start, sent.end)
    ents = doc.ents if ents is None else ents
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    text = sent.text.strip()
    event_verb = any(t.tag_ in {"VBD", "VBN"} and t.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in t.children) for t in sent)
    quoted = doc._.readout_quotes
    features = {
        "quantity": float(_present(doc, "readout_quantities", sent, NUMERIC_ENTS, ents)),
        "actor": float(_present(doc, "readout_mentions", sent, ACTOR_ENTS, ents)),
        "time": float(_present(doc, "readout_times", sent, TIME_ENTS, ents)),
        "event_verb": float(event_verb),
        "comparative": float(found["comparative"] > 0 or any(t.tag_ in {"JJR", "RBR", "JJS", "RBS"} for t in sent)),
        "causal": float(found["causal"] > 0),
        "commitment": float(found["commitment"] > 0),
        "prediction": float(found["prediction"] > 0),
        "reported": float(found["reported"] > 0 or bool(quoted and _within(quoted, sent))),
        "length": min(1.0, len(words) / cues.long_words),
        "hedge": float(min(2, found["hedges"])),
        "opinion": float(found["opinion"] > 0),
        "rhetoric": float(min(2, len(_within(doc._.readout_rhetoric or (), sent)))),
        "question": float(text.endswith("?")),
        "pleasantry": float(found["pleasantry"] > 0),
        "second_person": float(found["second_person"] > 0),
        "short": float(len(words) < cues.short_words),
    }
    return features


def score_features(features: dict[str, float], weights: dict[str, float]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def claim_kind(features: dict[str, float], sent: SpacySpan) -> str:
    has_than = any(t.lower_ in {"than", "compared"} for t in sent)
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


def _entity_ids(doc: Doc, sent: SpacySpan) -> tuple[str, ...]:
    ids = [m.entity_id for m in _within(doc._.readout_mentions or (), sent)]
    return tuple(dict.fromkeys(ids))


def score_sentences(doc: Doc, cues: ClaimCues, model: ClaimModel | None = None) -> list[tuple[SpacySpan, str, float, dict[str, float]]]:
    """(sentence, kind, score, features) for every sentence with words in it; the model scores when given."""
    scored, keys, ents = [], token_keys(doc), doc.ents
    for sent in doc.sents:
        if not any(t.is_alpha or t.like_num for t in sent):
            continue
        features = sentence_features(sent, cues, keys, ents)
        score = model.score(span_features(sent, features)) if model is not None else score_features(features, cues.weights)
        scored.append((sent, claim_kind(features, sent), round(score, 4), features))
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
        scored = score_sentences(doc, self.cues, self.model)
        claims = tuple(
            Claim(span=token_span(doc, sent), kind=kind, score=score, features=features, entity_ids=_entity_ids(doc, sent))
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
