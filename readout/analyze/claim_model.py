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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from readout.analyze.token_table import entity_spans, token_table

MODEL_PATH = Path(__file__).parent / "data" / "checkworthy-lr.json"
LENGTH_BUCKETS = ((3, "1-3"), (6, "4-6"), (12, "7-12"), (25, "13-25"))


def _word(like_num: bool, is_alpha: bool, pos: str, ent_type: str, lower: str) -> str:
    """The word as a feature: numbers as <num>, proper names as their entity type (<PERSON>, <GPE>, ... or <PROPN>),
    so the model learns what kind of thing a sentence names, never who (no person or place has a weight of its own)."""
    if like_num and not is_alpha:
        return "<num>"
    if pos == "PROPN":
        return f"<{ent_type or 'PROPN'}>"
    return lower


def _length_bucket(n: int) -> str:
    for limit, name in LENGTH_BUCKETS:
        if n <= limit:
            return name
    return "26+"


class DocTokens:
    """What the features read of every token of a doc, gathered once from its token table (spaCy builds a new
    Python object on every token access, and a doc's sentences would otherwise be walked several times)."""

    def __init__(self, doc: Doc):
        table = token_table(doc)
        self.is_word = table.is_word
        self.word = [  # _word inlined: one call per token was most of this pass
            ("<num>" if like_num and not is_alpha else f"<{ent_type or 'PROPN'}>" if pos == "PROPN" else lower) if word else ""
            for word, like_num, is_alpha, pos, ent_type, lower in zip(self.is_word, table.like_num, table.is_alpha, table.pos, table.ent_type, table.lower)
        ]
        self.tag = table.tag
        self.ents = list(entity_spans(doc))
        self.ent_starts = [e.start for e in self.ents]

    def ents_within(self, start: int, end: int) -> list[SpacySpan]:
        """The entities wholly inside tokens ``start:end`` (as ``Span.ents``)."""
        found = []
        for ent in self.ents[bisect_left(self.ent_starts, start) :]:
            if ent.end > end:
                break
            found.append(ent)
        return found


def span_features(span: SpacySpan, named: dict[str, float], tokens: DocTokens | None = None) -> dict[str, float]:
    """The model's features of one sentence (or any span); ``named`` from claims.sentence_features;
    ``tokens``: the span's doc read once (DocTokens), when several spans of one doc are scored."""
    tokens = tokens or DocTokens(span.doc)
    features = {f"f:{name}": value for name, value in named.items() if value}
    words = [i for i in range(span.start, span.end) if tokens.is_word[i]]
    previous = "<s>"
    for i in words:
        word = tokens.word[i]
        features["w:" + word] = 1.0
        features[f"b:{previous} {word}"] = 1.0
        features["p:" + tokens.tag[i]] = 1.0
        previous = word
    features[f"b:{previous} </s>"] = 1.0
    if words:
        features["first:" + tokens.word[words[0]]] = 1.0
    for ent in tokens.ents_within(span.start, span.end):
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
        # weight times value for each feature, summed in the features' order (as a generator did, without its steps)
        z = self.bias + sum(map(mul, map(self.weights.get, features, repeat(0.0)), features.values()))
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
