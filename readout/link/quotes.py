"""Quotes that sources of one event share: the same words, also when one source quotes only part.

Candidates share a run of three words. Two quotes are the same when most of
the shorter one's word runs occur in the other (``CONTAINED``), or when the
same speaker is given and most of their content words agree (a paraphrase of
one statement). The same words given to two different speakers conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readout.link.blocking import UnionFind, candidate_pairs
from readout.link.similarity import containment, content_words, shingles
from readout.link.verdicts import aligned, make_alignment
from readout.model import Alignment, Quote, Source

CONTAINED = 0.6
PARAPHRASE = 0.6
MIN_WORDS = 4  # shorter quotes ("historic") are too common to align


@dataclass(frozen=True)
class _Item:
    source: Source
    quote: Quote
    runs: frozenset
    words: frozenset[str]


def _same(a: _Item, b: _Item) -> bool:
    if containment(a.runs, b.runs) >= CONTAINED:
        return True
    same_speaker = a.quote.speaker_entity_id is not None and a.quote.speaker_entity_id == b.quote.speaker_entity_id
    return same_speaker and containment(a.words, b.words) >= PARAPHRASE


def align_quotes(sources: Sequence[Source], event_id: str | None = None) -> list[Alignment]:
    items = [
        _Item(s, q, shingles(q.span.text), content_words(q.span.text))
        for s in sources
        for q in s.analysis.quotes
        if len(q.span.text.split()) >= MIN_WORDS
    ]
    groups = UnionFind(len(items))
    for i, j in candidate_pairs(items, lambda item: item.runs):
        if _same(items[i], items[j]):
            groups.union(i, j)
    return [_alignment([items[i] for i in group], event_id) for group in groups.groups()]


def _alignment(group: list[_Item], event_id: str | None) -> Alignment:
    speakers = {i.quote.speaker_entity_id: i.quote.speaker for i in group if i.quote.speaker_entity_id}
    conflict = None
    if len(speakers) > 1:
        conflict = "sources give these words to different speakers: " + " vs ".join(sorted(n or k for k, n in speakers.items()))
    first = min(group, key=lambda i: (i.quote.kind != "direct", i.source.id, i.quote.span.start)).quote
    label = f"{first.speaker or 'unattributed'}: {first.span.text[:80]}"
    members = [aligned(i.quote.span, i.quote.speaker or "unattributed", i.source.origin) for i in group]
    return make_alignment("quote", event_id, label, members, what="these words", conflict=conflict)
