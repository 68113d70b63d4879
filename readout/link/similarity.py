"""Cheap text similarity for aligning statements across documents (content words, no model)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(_stem(w) for w in words if w not in STOP_WORDS and len(w) > 2)


def _stem(word: str) -> str:
    """A crude plural/possessive fold so 'countries'/'country' and 'trade's'/'trade' meet."""
    for suffix, repl in (("'s", ""), ("’s", ""), ("ies", "y"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
