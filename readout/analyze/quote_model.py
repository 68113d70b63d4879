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
a threshold and one weight per feature, and for the cue model the stricter
threshold a word outside the cue lexicon needs (``unknown_threshold``; a noun's: ``unknown_noun_threshold``). Features are binary strings built from
lemmas, tags and dependency labels; proper names enter only as their entity
type, so no person or place has a weight of its own.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, POS
from spacy.tokens import Doc, Token

from readout.analyze.token_table import token_table

MODEL_PATH = Path(__file__).parent / "data" / "quote-cues-lr.json"
CUE_POS = ("VERB", "NOUN")
PERSON_WORDS = {"i", "he", "she", "we", "they", "you"}
CONTENT_DEPS_SKIPPED = {"punct", "aux", "auxpass", "neg", "det", "cc", "case"}
HEAD_CLAUSE_DEPS = ("parataxis", "advcl", "ccomp", "conj", "relcl", "acl")  # a cue inside the clause it reports
EXISTENTIAL_DEPS = ("attr", "nsubj")  # the noun a 'there is / are' clause says exists
NOUN_CONTENT_DEPS = ("prep", "ccomp", "xcomp", "acl", "relcl", "advcl", "parataxis", "dobj", "nsubj", "nsubjpass")


class TokenTable:
    """The token attributes the cue model reads, as plain columns read once per doc (the shared token table of
    token_table.py, and the heads): building features from them costs no spaCy Token objects, so every candidate
    of a doc is cheap to score."""

    def __init__(self, doc: Doc):
        shared = token_table(doc)
        self.lemma, self.pos, self.tag, self.dep = shared.lemma, shared.pos, shared.tag, shared.dep
        self.lower, self.ent_type, self.like_num = shared.lower, shared.ent_type, shared.like_num
        self.head, self.children = shared.head, shared.children

    def word(self, i: int) -> str:
        """A word as a feature: proper names as their entity type, never their text."""
        if self.pos[i] == "PROPN":
            return f"<{self.ent_type[i] or 'PROPN'}>"
        if self.like_num[i]:
            return "<num>"
        return self.lower[i]

    def subject_kind(self, i: int, children: list[int] | None = None) -> str:
        for c in self.children(i) if children is None else children:
            dep = self.dep[c]
            if dep in ("nsubj", "nsubjpass"):
                if self.lower[c] in PERSON_WORDS:
                    return f"{dep}:pron"
                if self.ent_type[c]:
                    return f"{dep}:{self.ent_type[c]}"
                return f"{dep}:{self.pos[c]}"
        return "none"

    def cue_features(self, i: int) -> dict[str, float]:
        """What the cue model reads of the word at ``i``: itself, its dependents and its head."""
        lemma = self.lemma[i]
        pos = self.pos[i]
        dep = self.dep[i]
        head = self.head[i]
        subject = self.subject_kind(i)
        features = {
            "bias2:" + pos: 1.0,
            "l:" + lemma: 1.0,
            "lp:" + lemma + "|" + pos: 1.0,
            "t:" + self.tag[i]: 1.0,
            "d:" + dep: 1.0,
            "ld:" + lemma + "|" + dep: 1.0,
            "hd:" + self.pos[head] + "|" + dep: 1.0,
            "hl:" + self.word(head) + "|" + dep: 1.0,
            "s:" + subject: 1.0,
            "ls:" + lemma + "|" + subject: 1.0,
        }
        features["prev:" + (self.word(i - 1) if i > 0 else "<s>")] = 1.0
        features["next:" + (self.word(i + 1) if i + 1 < len(self.head) else "</s>")] = 1.0
        self._dependent_features(features, lemma, self.children(i))
        return features

    def _dependent_features(self, features: dict[str, float], lemma: str, children: list[int]) -> None:
        """Adds what the cue model reads of the cue's dependents (``lemma``: the cue's) to ``features``."""
        for c in children:
            dep = self.dep[c]
            if dep == "punct" and self.lower[c] not in (":", ",", "—", "–"):  # these marks are their own lower case
                continue
            features["c:" + dep] = 1.0
            features["lc:" + lemma + "|" + dep] = 1.0
            if dep in ("prep", "mark", "agent", "dative", "prt", "punct"):
                features["cw:" + dep + "|" + self.lower[c]] = 1.0
                features["lcw:" + lemma + "|" + self.lower[c]] = 1.0
            elif dep in ("dobj", "nsubj", "nsubjpass", "attr") and self.pos[c] == "NOUN":  # "raised questions", "officials said"
                features["cn:" + dep + "|" + self.lemma[c]] = 1.0
                features["lcn:" + lemma + "|" + dep + "|" + self.lemma[c]] = 1.0
            elif dep in ("ccomp", "xcomp", "advcl", "acl", "relcl"):
                marks = [self.lower[g] for g in self.children(c) if g < c and self.dep[g] in ("mark", "aux")]
                features["cm:" + dep + "|" + (marks[0] if marks else "-")] = 1.0

    def cue_weights(self, i: int, memo: "_CueMemo") -> list[float]:
        """The cue model's weight of each feature ``cue_features(i)`` names, in its order (``memo.weight``: 0.0 for a
        name the model lacks). The weights of the parts read from a few columns (the word's lemma, tags and label; its
        head; its subject; the words beside it) are kept in ``memo`` across docs, where they repeat, so only the names
        of the word's dependents are built for each word."""
        lemma, pos, tag, dep, head = self.lemma[i], self.pos[i], self.tag[i], self.dep[i], self.head[i]
        children = self.children(i)
        subject = self.subject_kind(i, children)
        weight = memo.weight
        key = (lemma, pos, tag, dep)
        weights = memo.own.get(key)
        if weights is None:
            weights = memo.own[key] = [weight(name, 0.0) for name in (
                "bias2:" + pos, "l:" + lemma, "lp:" + lemma + "|" + pos, "t:" + tag, "d:" + dep, "ld:" + lemma + "|" + dep)]
        weights = weights.copy()
        key = (self.pos[head], self.word(head), dep)
        found = memo.head.get(key)
        if found is None:
            found = memo.head[key] = [weight("hd:" + key[0] + "|" + dep, 0.0), weight("hl:" + key[1] + "|" + dep, 0.0)]
        weights += found
        key = (subject, lemma)
        found = memo.subject.get(key)
        if found is None:
            found = memo.subject[key] = [weight("s:" + subject, 0.0), weight("ls:" + lemma + "|" + subject, 0.0)]
        weights += found
        word = self.word(i - 1) if i > 0 else "<s>"
        found = memo.before.get(word)
        if found is None:
            found = memo.before[word] = weight("prev:" + word, 0.0)
        weights.append(found)
        word = self.word(i + 1) if i + 1 < len(self.head) else "</s>"
        found = memo.after.get(word)
        if found is None:
            found = memo.after[word] = weight("next:" + word, 0.0)
        weights.append(found)
        if children:  # the dependents' names, as cue_features builds them (a name repeated counts once, where it came first)
            features: dict[str, float] = {}
            self._dependent_features(features, lemma, children)
            weights += map(weight, features, repeat(0.0))
        return weights


class _CueMemo:
    """The weights ``TokenTable.cue_weights`` keeps for one cue model, across docs (started afresh past ``LIMIT`` keys)."""

    LIMIT = 200_000

    def __init__(self, model: "LinearModel"):
        self.model = model
        self.weight = model.weights.get
        self.own: dict[tuple[str, str, str, str], list[float]] = {}
        self.head: dict[tuple[str, str, str], list[float]] = {}
        self.subject: dict[tuple[str, str], list[float]] = {}
        self.before: dict[str, float] = {}
        self.after: dict[str, float] = {}

    def check_size(self) -> None:
        if len(self.own) + len(self.head) + len(self.subject) + len(self.before) + len(self.after) > self.LIMIT:
            for part in (self.own, self.head, self.subject, self.before, self.after):
                part.clear()


_CUE_MEMOS: dict[int, _CueMemo] = {}  # id of a cue model -> its memo (the memo holds the model: an id is never reused while it lives)


def _cue_memo(model: "LinearModel") -> _CueMemo:
    memo = _CUE_MEMOS.get(id(model))
    if memo is None or memo.model is not model:
        memo = _CUE_MEMOS[id(model)] = _CueMemo(model)
    memo.check_size()
    return memo


def _word(token: Token) -> str:
    """A word as a feature: proper names as their entity type, never their text."""
    if token.pos_ == "PROPN":
        return f"<{token.ent_type_ or 'PROPN'}>"
    if token.like_num:
        return "<num>"
    return token.lower_


def cue_features(token: Token, table: TokenTable | None = None) -> dict[str, float]:
    """What the cue model reads of a candidate word (``table``: its doc's, when already built)."""
    return (table or TokenTable(token.doc)).cue_features(token.i)


def content_candidates(cue: Token) -> list[Token]:
    """Dependents whose subtree may be the content, plus the head when the cue sits inside the clause it reports."""
    found = [c for c in cue.children if c.dep_ not in CONTENT_DEPS_SKIPPED and not c.is_punct]
    if cue.dep_ in HEAD_CLAUSE_DEPS and cue.head.i != cue.i and not _as_clause(cue):
        found.append(cue.head)
    return found


def possible_cues(doc: Doc) -> np.ndarray:
    """Which tokens may head a cue, read from arrays once per doc so that only these are scored: a verb
    with a dependent ``content_candidates`` keeps, a noun with a clause, object or preposition ("the claim
    that", "questions about"; not "the new plan", nor what 'there is' says exists), or either in a clause
    relation to its head."""
    n = len(doc)
    if n == 0:
        return np.zeros(0, dtype=bool)
    strings = doc.vocab.strings
    ids = lambda labels: np.array([strings.add(label) for label in labels], dtype=np.uint64)  # noqa: E731
    array = doc.to_array([POS, DEP, IS_PUNCT])
    pos, dep, punct = array[:, 0], array[:, 1], array[:, 2]
    head = doc.to_array([HEAD]).astype(np.int64) + np.arange(n)
    child = head != np.arange(n)
    kept = child & ~np.isin(dep, ids(CONTENT_DEPS_SKIPPED)) & (punct == 0)
    has_part = np.bincount(head[kept], minlength=n) > 0
    noun_part = np.bincount(head[kept & np.isin(dep, ids(NOUN_CONTENT_DEPS))], minlength=n) > 0
    in_clause = child & np.isin(dep, ids(HEAD_CLAUSE_DEPS))
    verb, noun = pos == strings.add("VERB"), pos == strings.add("NOUN")
    with_expletive = np.bincount(head[child & (dep == strings.add("expl"))], minlength=n) > 0
    existential = child & np.isin(dep, ids(EXISTENTIAL_DEPS)) & with_expletive[head]
    return (verb & (has_part | in_clause)) | (noun & (noun_part | in_clause) & ~existential)


def is_existential(token: Token) -> bool:
    """'There are questions about ...', 'there is anger that ...': the noun only says that something exists; an
    expletive subject leaves nobody to raise the questions or hold the view, so no cue is read (by rule, before
    the model: ``possible_cues`` leaves it out, and training does not learn from it)."""
    return (token.pos_ == "NOUN" and token.dep_ in EXISTENTIAL_DEPS and token.head.i != token.i
            and any(c.dep_ == "expl" for c in token.head.children))


def _own_clause(cue: Token, part: Token) -> bool:
    """A verb joined to the cue with its own subject ("X spoke for an hour, and Y spoke about Z") is a clause of its
    own, not what the cue reports."""
    return part.dep_ == "conj" and part.head.i == cue.i and part.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in part.children)


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

    def scores(self, feature_sets: list[dict[str, float]]) -> np.ndarray:
        """The scores of many examples at once (every feature is binary, as ``cue_features`` builds them)."""
        if not feature_sets:
            return np.zeros(0)
        names = [name for features in feature_sets for name in features]
        weights = np.fromiter(map(self.weights.get, names, repeat(0.0)), dtype=np.float64, count=len(names))
        starts = np.cumsum([0] + [len(features) for features in feature_sets[:-1]])
        return self.scores_of_weights(weights, starts)

    def scores_of_weights(self, weights, starts) -> np.ndarray:
        """The scores of examples given as their features' weights, one example after another (``starts``: where each
        begins; none empty): summed in the same order as ``scores`` sums them, so the same scores to the last bit."""
        z = np.add.reduceat(np.asarray(weights, dtype=np.float64), starts) + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def to_data(self) -> dict:
        weights = {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-3}
        return {"threshold": round(self.threshold, 4), "bias": round(self.bias, 4), "weights": weights}

    @classmethod
    def from_data(cls, raw: dict) -> "LinearModel":
        return cls(float(raw["bias"]), {k: float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]))


@dataclass(frozen=True)
class AttributionModel:
    """The cue model and the content model, as trained together.

    ``unknown_cue_threshold``: the score a cue needs when its word is in no list of the
    cue lexicon (acts come in with stances there), chosen by cross-validation in training;
    ``unknown_noun_threshold``: the same for a noun, chosen apart (None: the verbs' one).
    """

    cue: LinearModel
    content: LinearModel
    about: str = ""
    unknown_cue_threshold: float = 0.9
    unknown_noun_threshold: float | None = None

    def unknown_gate(self, token: Token) -> float:
        """The score a cue word outside the lexicon needs: the nouns' own gate for a noun."""
        if token.pos_ == "NOUN" and self.unknown_noun_threshold is not None:
            return self.unknown_noun_threshold
        return self.unknown_cue_threshold

    def cue_scores(self, doc: Doc, indices: list[int]) -> np.ndarray:
        """The cue model's score of the tokens at ``indices`` (one table, one pass)."""
        if not indices:
            return np.zeros(0)
        table, memo = TokenTable(doc), _cue_memo(self.cue)
        weights: list[float] = []
        starts = []
        for i in indices:
            starts.append(len(weights))
            weights += table.cue_weights(i, memo)
        return self.cue.scores_of_weights(weights, starts)

    def is_cue(self, token: Token, threshold: float | None = None) -> bool:
        """The word heads an attribution cue (``threshold``: a stricter one than the trained threshold)."""
        return token.pos_ in CUE_POS and self.cue.score(cue_features(token)) >= max(self.cue.threshold, threshold or 0.0)

    def content_parts(self, cue: Token) -> list[Token]:
        # a passive cue's 'by' agent holds the stance or says it ('was opposed by Senator X'): the speaker, never what is said
        return [p for p in content_candidates(cue) if p.dep_ != "agent" and self.content.score(content_features(cue, p)) >= self.content.threshold
                and not _own_clause(cue, p)]

    def to_json(self) -> str:
        cue = {**self.cue.to_data(), "unknown_threshold": round(self.unknown_cue_threshold, 4)}
        if self.unknown_noun_threshold is not None:
            cue["unknown_noun_threshold"] = round(self.unknown_noun_threshold, 4)
        return json.dumps({"about": self.about, "cue": cue, "content": self.content.to_data()}, ensure_ascii=False, indent=0)


def read_model(path: Path) -> AttributionModel:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    unknown = float(raw["cue"].get("unknown_threshold", 0.9))
    nouns = raw["cue"].get("unknown_noun_threshold")
    return AttributionModel(LinearModel.from_data(raw["cue"]), LinearModel.from_data(raw["content"]), raw.get("about", ""), unknown,
                            float(nouns) if nouns is not None else None)


@lru_cache(maxsize=4)
def load_model(path: str) -> AttributionModel | None:
    """The model at ``path``; None when there is no such file (the lexicon rules then work alone)."""
    return read_model(Path(path)) if Path(path).is_file() else None
