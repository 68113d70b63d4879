"""A learned check-worthiness score: logistic regression over words, tags and the claim features.

The model is a JSON file (``data/checkworthy-lr.json``) holding a bias and one
weight per feature; it is made by ``python -m readout.eval.train_claims`` (which
says how, from which data) and read from disk. A sentence's features are
binary indicators, all strings:

  w:WORD     a lower-cased word (numbers as <num>, proper names as <ENTITY_TYPE>)
  b:W1 W2    two words in a row (<s> and </s> mark the ends)
  p:TAG      a fine-grained part-of-speech tag
  e:LABEL    a spaCy entity label
  r:LEMMA    the lemma of the sentence's root
  first:W    the first word
  len:N      the number of words, bucketed (1-3, 4-6, 7-12, 13-25, 26+)
  f:NAME     the claim scorer's named features (quantity, actor, question, ...), with their values

    score = 1 / (1 + exp(-(bias + sum(weight[f] * value[f]))))
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span as SpacySpan

MODEL_PATH = Path(__file__).parent / "data" / "checkworthy-lr.json"
LENGTH_BUCKETS = ((3, "1-3"), (6, "4-6"), (12, "7-12"), (25, "13-25"))


def _word(token) -> str:
    """The word as a feature: numbers as <num>, proper names as their entity type (<PERSON>, <GPE>, ... or <PROPN>),
    so the model learns what kind of thing a sentence names, never who (no person or place has a weight of its own)."""
    if token.like_num and not token.is_alpha:
        return "<num>"
    if token.pos_ == "PROPN":
        return f"<{token.ent_type_ or 'PROPN'}>"
    return token.lower_


def _length_bucket(n: int) -> str:
    for limit, name in LENGTH_BUCKETS:
        if n <= limit:
            return name
    return "26+"


def span_features(span: SpacySpan, named: dict[str, float]) -> dict[str, float]:
    """The model's features of one sentence (or any span); ``named`` from claims.sentence_features."""
    features = {f"f:{name}": value for name, value in named.items() if value}
    words = [t for t in span if not (t.is_space or t.is_punct)]
    previous = "<s>"
    for token in words:
        word = _word(token)
        features["w:" + word] = 1.0
        features[f"b:{previous} {word}"] = 1.0
        features["p:" + token.tag_] = 1.0
        previous = word
    features[f"b:{previous} </s>"] = 1.0
    if words:
        features["first:" + _word(words[0])] = 1.0
    for ent in span.ents:
        features["e:" + ent.label_] = 1.0
    features["r:" + span.root.lemma_.lower()] = 1.0
    features["len:" + _length_bucket(len(words))] = 1.0
    return features


@dataclass(frozen=True)
class ClaimModel:
    bias: float
    weights: dict[str, float]
    about: str = ""
    threshold: float | None = None  # the score from which a sentence is reported as a claim

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        weights = {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4}
        data = {"about": self.about, "threshold": self.threshold, "bias": round(self.bias, 4), "weights": weights}
        return json.dumps(data, ensure_ascii=False, indent=0)


def read_model(path: Path) -> ClaimModel:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    threshold = raw.get("threshold")
    return ClaimModel(bias=float(raw["bias"]), weights={k: float(v) for k, v in raw["weights"].items()}, about=raw.get("about", ""),
                      threshold=float(threshold) if threshold is not None else None)


@lru_cache(maxsize=4)
def load_model(path: str) -> ClaimModel | None:
    """The model at ``path`` (None when there is no such file: the hand-set weights are used instead)."""
    return read_model(Path(path)) if Path(path).is_file() else None
