"""The sentence that holds a character offset: one lookup for every link module."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from readout.model import Sentence, Span


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Span | None:
    """The sentence span containing ``offset`` (sentences are in text order), or None between sentences."""
    n = bisect_right([s.span.start for s in sentences], offset) - 1
    if n >= 0 and offset < sentences[n].span.end:
        return sentences[n].span
    return None
