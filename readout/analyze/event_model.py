"""A learned event type for a sentence the trigger patterns code nothing in: a small linear model over parse features.

The patterns of ``plover_verbs.json`` stall on verbs nobody listed. Where they
code no event, the sentence's main predicate (its root verb, or the clause a
reporting verb introduces) is read by one-vs-rest logistic regressions, one
per PLOVER type plus ``NONE`` (not an act between actors), trained by
``python -m readout.eval.train_events`` (which says how and from which data).
The type is taken only when its score reaches the trained ``threshold``; the
coder then reads the actors, flags and mode as for a pattern's trigger, so an
event without an actor is still not coded.

Features are binary strings; a word unknown to the training data still has
its WordNet features, which is what carries the model to new verbs:

  l:LEMMA        the predicate's lemma
  v:OFFSET       a WordNet 3.0 synset on the hypernym chain of the verb's most frequent sense
  vx:N           that sense's lexicographer file (41 social, 33 competition, ...)
  prt:WORD       a particle ("pull out")
  o:LEMMA        the direct object's lemma (proper names as their entity type)
  on:OFFSET      a synset on the object noun's hypernym chain (most frequent sense); onx:N its file
  p:PREP         a preposition hanging on the predicate; pn:PREP|N with its object's noun file
  x:LEMMA        the lemma of an infinitive complement; xx:N its file
  neg, fut, pass negation, a future auxiliary, passive voice

The WordNet part is a table in the model file (lemma -> the features above that
have weights), so nothing is read from WordNet at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

MODEL_PATH = Path(__file__).parent / "data" / "event-type-lr.json"
NONE = "NONE"
NOT_PREDICATES = frozenset({"be", "have", "do"})  # copulas and auxiliaries: no act of their own
PREPOSITIONS = frozenset(
    {"to", "with", "against", "for", "from", "on", "in", "into", "at", "of", "over", "off", "out", "up", "down", "away", "back", "upon", "by", "about", "through", "apart"}
)


@dataclass(frozen=True)
class EventTypeModel:
    """Per class a bias and weights; a type is taken when its probability reaches ``threshold``."""

    classes: tuple[str, ...]
    biases: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> (class index, weight) for its non-zero weights
    threshold: float
    verbs: dict[str, tuple[str, ...]]  # lemma -> its WordNet features that have weights
    nouns: dict[str, tuple[str, ...]]
    about: str = ""
    # the weights as one matrix (a row per feature), so a sentence is scored by one sum, not a loop per class
    _rows: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)), compare=False, repr=False)

    def __post_init__(self):
        rows = {name: i for i, name in enumerate(sorted(self.weights))}
        matrix = np.zeros((len(rows) + 1, len(self.classes)))  # the last row: the biases
        for name, i in rows.items():
            for k, w in self.weights[name]:
                matrix[i, k] = w
        matrix[len(rows)] = self.biases
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    def scores(self, features: list[str]) -> np.ndarray:
        """Each class's log-odds."""
        rows = self._rows
        return self._matrix[[rows[f] for f in features if f in rows] + [len(rows)]].sum(axis=0)

    def probabilities(self, features: list[str]) -> list[float]:
        return [_sigmoid(float(v)) for v in self.scores(features)]

    def predict(self, features: list[str]) -> tuple[str, float]:
        """(type, probability) of the best class; ``NONE`` when it is not an act."""
        z = self.scores(features)
        k = int(z.argmax())  # the probability is monotone in the log-odds
        return self.classes[k], _sigmoid(float(z[k]))

    def type_of(self, features: list[str]) -> str | None:
        """The type, when it is an act and its probability reaches the threshold."""
        event_type, p = self.predict(features)
        return event_type if event_type != NONE and p >= self.threshold else None

    def to_json(self) -> str:
        per_class = [{} for _ in self.classes]
        for name, pairs in sorted(self.weights.items()):
            for k, w in pairs:
                per_class[k][name] = w
        data = {
            "about": self.about,
            "threshold": self.threshold,
            "classes": {c: {"bias": b, "weights": per_class[k]} for k, (c, b) in enumerate(zip(self.classes, self.biases))},
            "verbs": {k: list(v) for k, v in sorted(self.verbs.items())},
            "nouns": {k: list(v) for k, v in sorted(self.nouns.items())},
        }
        return json.dumps(data, indent=0, ensure_ascii=False)


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))


def model_from_data(data: dict) -> EventTypeModel:
    classes = tuple(data["classes"])
    weights: dict[str, list[tuple[int, float]]] = {}
    for k, name in enumerate(classes):
        for feature, w in data["classes"][name]["weights"].items():
            weights.setdefault(feature, []).append((k, float(w)))
    return EventTypeModel(
        classes=classes,
        biases=tuple(float(data["classes"][c]["bias"]) for c in classes),
        weights={f: tuple(p) for f, p in weights.items()},
        threshold=float(data["threshold"]),
        verbs={k: tuple(v) for k, v in data.get("verbs", {}).items()},
        nouns={k: tuple(v) for k, v in data.get("nouns", {}).items()},
        about=data.get("about", ""),
    )


@lru_cache(maxsize=4)
def read_model(path: str | Path = MODEL_PATH) -> EventTypeModel:
    return model_from_data(json.loads(Path(path).read_text(encoding="utf-8")))


def predicate(sent: SpacySpan, reporting: frozenset[str]) -> Token | None:
    """The verb a sentence is about: its root, or the clause a reporting verb at the root introduces ("X said Y attacked Z")."""
    token = sent.root
    if token.lemma_.lower() in reporting:
        token = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if token is None:
            return None
    if token.pos_ != "VERB" or token.lemma_.lower() in NOT_PREDICATES or token.lemma_.lower() in reporting:
        return None
    return token


def _word(token: Token) -> str:
    """A word as a feature: proper names as their entity type, never their text."""
    if token.pos_ == "PROPN":
        return f"<{token.ent_type_ or 'PROPN'}>"
    return token.lemma_.lower()


def verb_features(lemma: str, verbs: dict[str, tuple[str, ...]], prefix: str = "") -> list[str]:
    return [f"{prefix}{f}" for f in verbs.get(lemma, ())]


def noun_features(lemma: str, nouns: dict[str, tuple[str, ...]], prefix: str) -> list[str]:
    return [f"{prefix}{f}" for f in nouns.get(lemma, ())]


def predicate_features(token: Token, verbs: dict[str, tuple[str, ...]], nouns: dict[str, tuple[str, ...]]) -> list[str]:
    """What the model reads of a predicate (see the module docstring)."""
    lemma = token.lemma_.lower()
    out = [f"l:{lemma}", *verb_features(lemma, verbs)]
    for child in token.children:
        dep = child.dep_
        if dep == "prt":
            out.append(f"prt:{child.lower_}")
        elif dep == "dobj":
            word = _word(child)
            out.append(f"o:{word}")
            out.extend(noun_features(word, nouns, "o"))
        elif dep == "prep":
            prep = child.lower_
            out.append(f"p:{prep}")
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                out.extend(f"pn:{prep}|{f[3:]}" for f in nouns.get(_word(obj), ()) if f.startswith("nx:"))
        elif dep == "xcomp" and child.pos_ == "VERB":
            x = child.lemma_.lower()
            out.append(f"x:{x}")
            out.extend(f"x{f[1:]}" for f in verbs.get(x, ()) if f.startswith("vx:"))
        elif dep == "neg":
            out.append("neg")
        elif dep == "aux" and child.lower_ in ("will", "shall", "'ll"):
            out.append("fut")
        elif dep in ("auxpass", "nsubjpass"):
            out.append("pass")
    return out


def pattern_features(head: str, word: str | None, verbs: dict[str, tuple[str, ...]], nouns: dict[str, tuple[str, ...]]) -> list[str]:
    """The features of a trigger pattern taken as an example ("withdraw troop": withdraw with the object troop)."""
    out = [f"l:{head}", *verb_features(head, verbs)]
    if word is None:
        return out
    if word in PREPOSITIONS:
        return out + [f"p:{word}", f"prt:{word}"]
    return out + [f"o:{word}", *noun_features(word, nouns, "o")]
