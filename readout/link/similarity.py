"""Text similarity for aligning statements across documents: stemmed content words, no model.

Words are folded to British/American-neutral spellings ("organising" and
"organizing" meet) and stemmed with the Snowball English stemmer, so
"negotiated"/"negotiating" and "countries"/"country" compare equal.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_BRITISH = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    return _STEMMER.stemWord(_BRITISH.sub(r"iz\1", word))


def content_words(text: str) -> frozenset[str]:
    """Stemmed words that carry meaning (no stop words; numbers kept: "2026", "15th")."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS and (len(w) > 2 or w.isdigit()))


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    """Runs of ``size`` consecutive stemmed words (stop words kept): what two copies of one wording share."""
    words = [stem(w) for w in _WORD.findall(text)]
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def containment(a: frozenset, b: frozenset) -> float:
    """Share of the smaller set found in the other: a partial quote is contained in the full one."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class WordWeights:
    """Inverse document frequency over the statements of one event: shared rare words count more."""

    def __init__(self, bags: Iterable[frozenset[str]]):
        self.counts: Counter[str] = Counter()
        self.total = 0
        for bag in bags:
            self.counts.update(bag)
            self.total += 1

    def weight(self, word: str) -> float:
        return math.log((1 + self.total) / (1 + self.counts[word])) + 1.0

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted share of both statements' words that they have in common (a short heading cannot match a long claim)."""
        if not a or not b:
            return 0.0
        shared = sum(self.weight(w) for w in a & b)
        return 2 * shared / (sum(self.weight(w) for w in a) + sum(self.weight(w) for w in b))
