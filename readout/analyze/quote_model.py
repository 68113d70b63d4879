"""A learned reader of attributions the cue lexicon misses: which word is a cue, which of its dependents is the content.

PolNeAR annotates every attribution in news, not only speech: stances and plans
("refuses to", "plans to", "endorses"), evidence ("shows", "found"), nouns
("questions about", "the claim that") and cues after a colon. A hand-written
lexicon stalls on that long tail, so two small logistic regressions over parse
features, trained on PolNeAR's fit articles by ``python -m readout.eval.train_quotes``
(which says how and from which data), read it:

  cue model      a verb or noun is the head of an attribution cue;
  content model  a dependent's subtree (or, for a cue inside the clause it
                 reports, the governing clause) is the cue's content.

The model is one JSON file (``data/quote-cues-lr.json``): per model a bias,
a threshold and one weight per feature. Features are binary strings built from
lemmas, tags and dependency labels; proper names enter only as their entity
type, so no person or place has a weight of its own.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

MODEL_PATH = Path(__file__).parent / "data" / "quote-cues-lr.json"
CUE_POS = ("VERB", "NOUN")
PERSON_WORDS = {"i", "he", "she", "we", "they", "you"}
CONTENT_DEPS_SKIPPED = {"punct", "aux", "auxpass", "neg", "det", "cc", "case"}


def _word(token: Token) -> str:
    """A word as a feature: proper names as their entity type, never their text."""
    if token.pos_ == "PROPN":
        return f"<{token.ent_type_ or 'PROPN'}>"
    if token.like_num:
        return "<num>"
    return token.lower_


def _subject_kind(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in PERSON_WORDS:
                return f"{child.dep_}:pron"
            if child.ent_type_:
                return f"{child.dep_}:{child.ent_type_}"
            return f"{child.dep_}:{child.pos_}"
    return "none"


def cue_features(token: Token) -> dict[str, float]:
    """What the cue model reads of a candidate word: itself, its dependents and its head."""
    lemma = token.lemma_.lower()
    pos = token.pos_
    head = token.head
    features = {
        "bias2:" + pos: 1.0,
        "l:" + lemma: 1.0,
        "lp:" + lemma + "|" + pos: 1.0,
        "t:" + token.tag_: 1.0,
        "d:" + token.dep_: 1.0,
        "ld:" + lemma + "|" + token.dep_: 1.0,
        "hd:" + head.pos_ + "|" + token.dep_: 1.0,
        "hl:" + _word(head) + "|" + token.dep_: 1.0,
        "s:" + _subject_kind(token): 1.0,
        "ls:" + lemma + "|" + _subject_kind(token): 1.0,
    }
    previous = token.doc[token.i - 1] if token.i > 0 else None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    features["prev:" + (_word(previous) if previous is not None else "<s>")] = 1.0
    features["next:" + (_word(following) if following is not None else "</s>")] = 1.0
    for child in token.children:
        dep = child.dep_
        if dep == "punct" and child.text not in (":", ",", "—", "–"):
            continue
        features["c:" + dep] = 1.0
        features["lc:" + lemma + "|" + dep] = 1.0
        if dep in ("prep", "mark", "agent", "dative", "prt", "punct"):
            features["cw:" + dep + "|" + child.lower_] = 1.0
            features["lcw:" + lemma + "|" + child.lower_] = 1.0
        if dep in ("dobj", "nsubj", "nsubjpass", "attr") and child.pos_ == "NOUN":  # "raised questions", "officials said"
            features["cn:" + dep + "|" + child.lemma_.lower()] = 1.0
            features["lcn:" + lemma + "|" + dep + "|" + child.lemma_.lower()] = 1.0
        if dep in ("ccomp", "xcomp", "advcl", "acl", "relcl"):
            marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "aux") and g.i < child.i]
            features["cm:" + dep + "|" + (marks[0] if marks else "-")] = 1.0
    return features


def content_candidates(cue: Token) -> list[Token]:
    """Dependents whose subtree may be the content, plus the head when the cue sits inside the clause it reports."""
    found = [c for c in cue.children if c.dep_ not in CONTENT_DEPS_SKIPPED and not c.is_punct]
    if cue.dep_ in ("parataxis", "advcl", "ccomp", "conj", "relcl", "acl") and cue.head.i != cue.i and not _as_clause(cue):
        found.append(cue.head)
    return found


def _as_clause(cue: Token) -> bool:
    """'As X noted, Y': the author asserts Y and leans on X (an appeal to authority), not a report of X's words."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def content_features(cue: Token, part: Token) -> dict[str, float]:
    """What the content model reads of one (cue, dependent) pair."""
    lemma = cue.lemma_.lower()
    is_head = part.head.i != cue.i
    relation = "HEAD:" + cue.dep_ if is_head else part.dep_
    side = "left" if part.i < cue.i else "right"
    size = len(list(part.subtree)) if not is_head else abs(part.i - cue.i)
    bucket = "1" if size <= 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "9+"
    features = {
        "r:" + relation: 1.0,
        "rs:" + relation + "|" + side: 1.0,
        "rp:" + relation + "|" + part.pos_: 1.0,
        "rl:" + relation + "|" + lemma: 1.0,
        "rcp:" + relation + "|" + cue.pos_: 1.0,
        "rw:" + relation + "|" + _word(part): 1.0,
        "rz:" + relation + "|" + bucket: 1.0,
    }
    if part.pos_ in ("NOUN", "VERB", "ADJ"):
        features["rh:" + relation + "|" + part.lemma_.lower()] = 1.0
    for child in part.children:
        if child.dep_ in ("mark", "nsubj", "aux", "pobj", "pcomp", "det"):
            features["rc:" + relation + "|" + child.dep_] = 1.0
        if child.dep_ == "mark":
            features["rm:" + child.lower_] = 1.0
    return features


@dataclass(frozen=True)
class LinearModel:
    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_data(self) -> dict:
        weights = {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-3}
        return {"threshold": round(self.threshold, 4), "bias": round(self.bias, 4), "weights": weights}

    @classmethod
    def from_data(cls, raw: dict) -> "LinearModel":
        return cls(float(raw["bias"]), {k: float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]))


@dataclass(frozen=True)
class AttributionModel:
    """The cue model and the content model, as trained together."""

    cue: LinearModel
    content: LinearModel
    about: str = ""

    def is_cue(self, token: Token, threshold: float | None = None) -> bool:
        """The word heads an attribution cue (``threshold``: a stricter one than the trained threshold)."""
        return token.pos_ in CUE_POS and self.cue.score(cue_features(token)) >= max(self.cue.threshold, threshold or 0.0)

    def content_parts(self, cue: Token) -> list[Token]:
        return [p for p in content_candidates(cue) if self.content.score(content_features(cue, p)) >= self.content.threshold]

    def to_json(self) -> str:
        return json.dumps({"about": self.about, "cue": self.cue.to_data(), "content": self.content.to_data()}, ensure_ascii=False, indent=0)


def read_model(path: Path) -> AttributionModel:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return AttributionModel(LinearModel.from_data(raw["cue"]), LinearModel.from_data(raw["content"]), raw.get("about", ""))


@lru_cache(maxsize=4)
def load_model(path: str) -> AttributionModel | None:
    """The model at ``path``; None when there is no such file (the lexicon rules then work alone)."""
    return read_model(Path(path)) if Path(path).is_file() else None
