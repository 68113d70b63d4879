"""One promise, however many times and ways it is stated: commitments aligned within an event.

Two statements are one commitment when they share the key words of their
action (stemmed: "make a state visit to Peru" and "visit Peru"; "attend
the summit in X" and "an expected appearance at the X summit") and their actors
do not exclude each other; two shared key words suffice, one needs a shared
actor. Statements of one commitment whose due intervals do not overlap
conflict (different dates for the same happening). A person stands for their
country too ("Chile is ready to take part" and "its president will attend"
agree on the actor). The firmest statement (accepted over invited over speculative)
speaks for the group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from readout.link.blocking import UnionFind, candidate_pairs
from readout.link.commitment_status import STATUS_RANK, key_stems
from readout.link.verdicts import aligned, make_alignment
from readout.model import Alignment, Commitment, Source

@dataclass(frozen=True)
class _Item:
    source: Source
    commitment: Commitment
    actors: frozenset[str]  # the actors' ids and the countries of the people among them
    stems: frozenset[str]


def _item(source: Source, commitment: Commitment) -> _Item:
    countries = {e.id: e.country for e in source.analysis.entities if e.country}
    actors = set(commitment.actors) | {f"country:{countries[a]}" for a in commitment.actors if a in countries}
    return _Item(source, commitment, frozenset(actors), key_stems(commitment))


def dates_agree(a: Commitment, b: Commitment) -> bool:
    """Whether two statements of one commitment can both be right about when it is due.

    Two deadlines agree only on the same last day: "by 2028" against "by the end of 2026" is a different date
    for the same promise, although anything done in 2026 meets both. Otherwise the intervals must overlap (a
    deadline's open start reaching back as far as needed); an undated statement agrees with any.
    """
    if a.due_by and b.due_by:
        return a.due_end == b.due_end
    if not (a.due_start or a.due_by) or not (b.due_start or b.due_by):
        return True
    earliest = dt.date.min
    return (a.due_start or earliest) <= (b.due_end or b.due_start) and (b.due_start or earliest) <= (a.due_end or a.due_start)


def same_commitment(a: _Item, b: _Item) -> bool:
    shared = a.stems & b.stems
    if len(shared) >= 2:
        return not a.actors or not b.actors or bool(a.actors & b.actors)
    return len(shared) == 1 and bool(a.actors & b.actors) and dates_agree(a.commitment, b.commitment)


def rank(commitment: Commitment) -> int:
    status = commitment.status_in_text
    return STATUS_RANK.index(status) if status in STATUS_RANK else len(STATUS_RANK)


def align_commitments(sources: Sequence[Source], event_id: str | None = None) -> list[Alignment]:
    items = [_item(s, c) for s in sources for c in s.analysis.commitments]
    groups = UnionFind(len(items))
    for i, j in candidate_pairs(items, lambda item: item.stems):
        if same_commitment(items[i], items[j]):
            groups.union(i, j)
    return [_alignment([items[i] for i in group], event_id) for group in groups.groups()]


def _alignment(group: list[_Item], event_id: str | None) -> Alignment:
    firmest = min((i.commitment for i in group), key=lambda c: (rank(c), c.due_start is None, c.span.doc_id, c.span.start))
    conflict = None
    for c in (i.commitment for i in group):
        if not dates_agree(firmest, c):
            conflict = (
                f"sources give different dates for it: {firmest.due_start} to {firmest.due_end} "
                f"vs {c.due_start} to {c.due_end}"
            )
            break
    members = [aligned(i.commitment.span, _reading(i.commitment), i.source.origin) for i in group]
    label = firmest.action + (f" {firmest.object}" if firmest.object and firmest.object not in firmest.action else "")
    return make_alignment("commitment", event_id, label, members, what="this commitment", conflict=conflict, commitment=firmest)


def _reading(c: Commitment) -> str:
    due = f"{c.due_start} to {c.due_end}" if c.due_start else f"by {c.due_end}" if c.due_end else "no date"
    return f"{c.status_in_text}; due {due}"
