"""The attribute ruler and the lemmatizer, memoized: the same annotations at a fraction of the cost.

spaCy's ``attribute_ruler`` runs a Matcher of some 180 patterns over every token
of every document, and the rule ``lemmatizer`` then visits every token in Python;
together they cost about a tenth of the pipeline. What they set on a token (its
part of speech, morphology, lemma, and in a few rules its tag and dependency
label) depends only on the token's own text, tag and label, and, for the few
patterns longer than one token, on its neighbours' (keyed only on the tokens such a pattern can set, and only
with the neighbours its match holds, each by what the patterns read of it). ``readout_memoized_attributes``
stands in for both: it keys each token on exactly that, sets the remembered
annotations when the key was seen before, and otherwise asks the two original
components about that token alone (matching the ruler's patterns over the
window of tokens they can reach) and remembers the answer.

A miss must stay cheap, since a firehose brings new words all day (a fifth of the tokens of unseen news
miss). Three things make it so, without changing an answer: the one-token patterns are matched once per
class of words they cannot tell apart, with a tag and a label (``WordClasses``), instead of once per new
word; the longer patterns, alone in a matcher of their own, run only around the words they name; and the
lemmatizer asked is a copy whose word index is a set (``with_indexed_words``).

The annotations are identical to the originals' (tests/analyze/test_memoized.py
compares every token attribute). When the ruler's patterns use an attribute the
key does not hold, or a variable-length operator, the component simply runs the
two originals over the whole document. The memo is per process, bounded, and
never changes a result: a document is analyzed the same whatever came before it.
"""

from __future__ import annotations

import copy
import re
from itertools import compress, repeat
from operator import is_

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# Token attributes the key (the token's text, tag and dependency label) determines.
KEYED_ATTRS = {"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE",
               "IS_UPPER", "IS_LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "LIKE_NUM"}
SET_ATTRS = [TAG, DEP, POS, MORPH, LEMMA]
MAX_ENTRIES = 500_000  # the memo starts afresh past this many keys (memory stays bounded on a firehose)
WORD_ATTRS = {"ORTH", "TEXT", "LOWER"}  # a word's strings, as patterns name them
WORD_FLAGS = {"IS_SPACE", "IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE", "IS_UPPER", "IS_LOWER", "LIKE_NUM"}


class WordClasses:
    """Words the ruler's patterns cannot tell apart, as one class.

    A pattern reads a word through its strings (equal to a named one, in or not in a list of them, or
    searched by a regular expression) and its flags. A word that no pattern names and no pattern's
    expression finds is, to every pattern, only its flags: all such words with the same flags are one
    class, and a pattern matches all of them or none in the same place. When a pattern reads anything else
    of a word (its length, shape, prefix or suffix) or tests it another way, every word is its own class."""

    def __init__(self, nlp: Language, patterns: list[list[dict]]):
        self.vocab = nlp.vocab
        self.names: set[str] = set()
        self.expressions: list[re.Pattern] = []
        self.flags: list[str] = []  # lexeme attributes, as "is_space"
        self.usable = True
        for token in (t for p in patterns for t in p):
            for attr, value in token.items():
                attr = attr.upper()
                if attr in WORD_ATTRS and isinstance(value, str):
                    self.names.add(value)
                elif attr in WORD_ATTRS and isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
                    self.names.update(w for key in ("IN", "NOT_IN") for w in value.get(key, ()))
                    if "REGEX" in value:
                        self.expressions.append(re.compile(value["REGEX"]))
                elif attr in WORD_FLAGS and isinstance(value, bool):
                    if attr.lower() not in self.flags:
                        self.flags.append(attr.lower())
                elif attr not in ("TAG", "DEP"):
                    self.usable = False
        self.classes: dict[int, tuple] = {}  # word (ORTH) -> its class

    def of(self, orth: int) -> tuple:
        """The word's class: the word itself when some pattern names or finds it, else its flags."""
        found = self.classes.get(orth)
        if found is None:
            found = self.classes[orth] = self._class(orth)
        return found

    def _class(self, orth: int) -> tuple:
        lexeme = self.vocab[orth]
        text, lower = lexeme.orth_, lexeme.lower_
        if not self.usable or text in self.names or lower in self.names or any(e.search(text) or e.search(lower) for e in self.expressions):
            return (orth,)
        return (None, *(getattr(lexeme, flag) for flag in self.flags))


def _pinned(token: dict) -> set[str] | None:
    """The lower-cased words a token of a pattern must be, or None when it does not pin its word to a list."""
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = token.get(attr)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and set(value) == {"IN"}:
            return {v.lower() for v in value["IN"]}
    return None


def _reach_of(pattern: list[dict], index: int) -> tuple[int, set[str], int, int] | None:
    """Where a longer pattern can set a token: (the offset from the token it sets, its target, to a token of the
    match that pins its word, that token's lower-cased words, the tokens the match holds left and right of the
    target), the target's own word when it is pinned; None when no token pins a word."""
    target = index if index >= 0 else len(pattern) + index
    positions = [target] + [k for k in range(len(pattern)) if k != target]
    for k in positions:
        words = _pinned(pattern[k])
        if words is not None:
            return k - target, words, target, len(pattern) - 1 - target
    return None


class MemoizedAttributes:
    """The ``readout_memoized_attributes`` component: see the module docstring."""

    def __init__(self, nlp: Language, name: str, ruler: str, lemmatizer: str):
        self.name = name
        self.ruler = nlp.get_pipe(ruler)
        self.lemmatizer = with_indexed_words(nlp.get_pipe(lemmatizer))
        self.memo: dict[tuple, int] = {}  # key -> row of ``rows``
        self.rows = numpy.zeros((1024, len(SET_ATTRS)), dtype=numpy.uint64)  # remembered annotations, one row per key
        self.own_dep = numpy.zeros(1024, dtype=bool)  # True: the token keeps its own dependency label
        self.used = 0  # rows filled
        patterns = [p for entry in self.ruler.patterns for p in entry["patterns"]]
        self.exact = all("OP" not in token and all(attr.upper() in KEYED_ATTRS for attr in token) for p in patterns for token in p)
        self.reach = max((len(p) for p in patterns), default=1) - 1  # neighbours a pattern can see on each side
        # A token is keyed with its neighbours only where a longer pattern could set it (a word the pattern pins
        # stands at the right offset from it), and only with the neighbours that pattern's match holds, each as its
        # word class, tag and label class (what the pattern reads of it): "’s" after a name is keyed with the
        # name's class on its left, and the name and the word after "’s" are keyed alone.
        reaches = [_reach_of(p, entry["index"]) for entry in self.ruler.patterns for p in entry["patterns"] if len(p) > 1]
        self.always_context = any(r is None for r in reaches)
        self.reaches: dict[int, list[tuple[int, int, int]]] = {}  # a pinned lower-cased word -> (offset, left, right)
        for offset, words, left, right in (r for r in reaches if r is not None):
            for word in words:
                found = self.reaches.setdefault(nlp.vocab.strings.add(word), [])
                if (offset, left, right) not in found:
                    found.append((offset, left, right))
        self.anchor_lowers = numpy.array(sorted(self.reaches), dtype=numpy.uint64)
        # Dependency labels the patterns name; every other label reads the same to them, so it is keyed as one class.
        labels = [token["DEP"] for p in patterns for token in p if "DEP" in token]
        named = [v for v in labels if isinstance(v, str)] + [w for v in labels if isinstance(v, dict) for key in ("IN", "NOT_IN") for w in v.get(key, ())]
        plain = all(isinstance(v, str) or (isinstance(v, dict) and set(v) <= {"IN", "NOT_IN"}) for v in labels)
        self.dep_labels = {nlp.vocab.strings.add(w) for w in named} if plain else None
        self.dep_label_array = numpy.array(sorted(self.dep_labels or ()), dtype=numpy.uint64)
        self.sets_dep = {attr_id for attr_id, attrs in enumerate(self.ruler.attrs) if "DEP" in attrs or DEP in attrs}
        # A missed token alone gets the one-token patterns' matches of its word class, tag and label (``_matches``).
        self.word_classes = WordClasses(nlp, patterns)
        self.alone_matches: dict[tuple, list[tuple[int, int]]] = {}  # (class, tag, label) -> (attribute id, match id)
        self.longer = Matcher(nlp.vocab)  # the ruler's patterns of more than one token, under the ruler's own keys
        for attr_id in range(len(self.ruler.attrs)):
            longer = [p for p in self.ruler.matcher.get(str(attr_id))[1] if len(p) > 1]
            if longer:
                self.longer.add(str(attr_id), longer)

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact or len(doc) == 0:
            return self.lemmatizer(self.ruler(doc))
        keys, deps = self._keys(doc)
        memo = self.memo
        found = list(map(memo.get, keys))  # each key hashed once (a tuple's hash is not kept): rows, None where missed
        if None in found:
            misses = list(compress(range(len(found)), map(is_, found, repeat(None))))  # in C: on unseen text most docs miss
            if self.used + len(misses) > MAX_ENTRIES:  # start afresh: the rows found so far are forgotten too
                self._forget()
                misses = list(range(len(doc)))
            self._compute(doc, keys, misses)
            found = list(map(memo.__getitem__, keys))
        at = numpy.array(found, dtype=numpy.intp)
        rows = self.rows[at]
        own = self.own_dep[at]
        rows[own, 1] = deps[own]
        doc.from_array(SET_ATTRS, rows)
        return doc

    def _matches(self, doc: Doc, keys: list[tuple], misses: list[int]) -> set[tuple[int, int, int, int]]:
        """Every rule match whose target is a missed token, as the ruler's ``match`` gives them.

        What the one-token patterns match on a token depends on its word's class, its tag and its label
        alone: the ruler's matcher is asked once per such triple, on one such token, and the answer
        remembered. The longer patterns can only reach tokens whose key holds neighbours; a matcher of those
        patterns alone runs over these tokens' windows (see ``_merged_windows``)."""
        classes, alone = self.word_classes.of, self.alone_matches
        found = set()
        in_context = []
        for i in misses:
            key = keys[i]
            if len(key) > 3:
                in_context.append(i)
            signature = (classes(key[0]), key[1], key[2])
            matched = alone.get(signature)
            if matched is None:  # a window of one token: only one-token patterns fit
                matched = alone[signature] = [(attr_id, match_id) for attr_id, match_id, _, _ in self.ruler.match(doc[i : i + 1])]
            found.update((attr_id, match_id, i, i + 1) for attr_id, match_id in matched)
        wanted, indices, strings = set(in_context), self.ruler.indices, doc.vocab.strings
        for start, end in _merged_windows(in_context, self.reach, len(doc)):
            for match_id, s, e in self.longer(doc[start:end], allow_missing=True, as_spans=False):
                attr_id = int(strings[match_id])
                if start + (s + indices[attr_id] if indices[attr_id] >= 0 else e + indices[attr_id]) in wanted:
                    found.add((attr_id, match_id, start + s, start + e))
        return found

    def _keys(self, doc: Doc) -> tuple[list[tuple], numpy.ndarray]:
        """Per token: its text, tag and label (or label class), plus its neighbours' when a longer pattern could
        reach it; and every token's own label."""
        values = doc.to_array([ORTH, TAG, DEP, LOWER])
        deps = values[:, 2]
        labels = deps if self.dep_labels is None else numpy.where(numpy.isin(deps, self.dep_label_array), deps.astype(object), -1)
        own = list(zip(values[:, 0].tolist(), values[:, 1].tolist(), labels.tolist()))  # built in C, not a Python loop per token
        if not self.reach:
            return own, deps
        n, reach = len(own), self.reach
        keys = list(own)
        if self.always_context:
            for i in range(n):
                keys[i] = (*own[i], tuple(own[max(0, i - reach) : i]), tuple(own[i + 1 : i + reach + 1]))
            return keys, deps
        sides: dict[int, tuple[int, int]] = {}  # token -> the neighbours its key holds, left and right
        reaches, lowers = self.reaches, values[:, 3].tolist()
        for i in numpy.flatnonzero(numpy.isin(values[:, 3], self.anchor_lowers)).tolist():
            for offset, left, right in reaches[lowers[i]]:
                j = i - offset
                if 0 <= j < n:
                    had = sides.get(j)
                    sides[j] = (left, right) if had is None else (max(had[0], left), max(had[1], right))
        if sides:
            classes = self.word_classes.of
            for j, (left, right) in sides.items():
                keys[j] = (*own[j], tuple((classes(o), t, d) for o, t, d in own[max(0, j - left) : j]),
                           tuple((classes(o), t, d) for o, t, d in own[j + 1 : j + right + 1]))
        return keys, deps

    def _forget(self) -> None:
        """Empty the memo, so that memory stays bounded on a firehose."""
        self.memo.clear()
        self.word_classes.classes.clear()
        self.alone_matches.clear()
        self.used = 0

    def _compute(self, doc: Doc, keys: list[tuple], misses: list[int]) -> None:
        """Ask the original components about the missed tokens alone, then remember the answers."""
        found = sorted(self._matches(doc, keys, misses))
        self.ruler.set_annotations(doc, found)
        relabelled = {start + self.ruler.indices[attr_id] if self.ruler.indices[attr_id] >= 0 else end + self.ruler.indices[attr_id]
                      for attr_id, _, start, end in found if attr_id in self.sets_dep}
        lemmatizer = self.lemmatizer
        if self.used + len(misses) > len(self.rows):
            size = max(min(2 * len(self.rows), MAX_ENTRIES), self.used + len(misses))
            self.rows = numpy.resize(self.rows, (size, len(SET_ATTRS)))
            self.own_dep = numpy.resize(self.own_dep, size)
        for i in misses:
            token = doc[i]
            if lemmatizer.overwrite or token.lemma == 0:
                token.lemma_ = lemmatizer.lemmatize(token)[0]
            row, self.used = self.used, self.used + 1
            self.rows[row] = (token.tag, token.dep if i in relabelled else 0, token.pos, token.morph.key, token.lemma)
            self.own_dep[row] = i not in relabelled
            self.memo[keys[i]] = row


def with_indexed_words(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of a rule lemmatizer whose word index is a set per part of speech; the original is left as it is.

    spaCy's rule lemmatizer tests each form its suffix rules make against the model's list of known words
    (57,000 nouns): a scan of the list per form, most of what a word the process has not seen costs. A set
    answers the same membership question at once, so the lemmas are the same. Only the copy the memo asks
    holds sets (the original stays serializable). Other modes, or no index: the lemmatizer itself."""
    if lemmatizer.mode != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = Table(name=name, data={pos: frozenset(words) for pos, words in table.items()})
        lookups.set_table(name, table)
    indexed = copy.copy(lemmatizer)
    indexed.lookups = lookups
    indexed.cache = {}
    indexed.lemmatize = indexed.rule_lemmatize
    return indexed


def _merged_windows(misses: list[int], reach: int, size: int) -> list[tuple[int, int]]:
    """The token windows the Matcher runs over: each missed token with the ``reach`` tokens on either side,
    joined where they overlap or touch. A rule match whose target is a missed token lies inside that
    token's window, so it is found in any window that contains it; matches of other targets are set aside
    by the caller. Fewer, longer windows: the same matches for fewer calls."""
    windows: list[tuple[int, int]] = []
    for i in misses:  # in increasing order
        start, end = max(0, i - reach), min(size, i + reach + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@Language.factory(
    "readout_memoized_attributes",
    assigns=["token.pos", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
    default_config={"ruler": "attribute_ruler", "lemmatizer": "lemmatizer"},
)
def make_memoized_attributes(nlp: Language, name: str, ruler: str, lemmatizer: str) -> MemoizedAttributes:
    """``ruler`` and ``lemmatizer``: the names of the components it stands in for (disabled by ``load_pipeline``)."""
    return MemoizedAttributes(nlp, name, ruler, lemmatizer)
