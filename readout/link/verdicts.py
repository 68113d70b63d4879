"""From aligned statements to a verdict with its reason: the one place the counting rule lives.

Independent sources are counted by origin: a near copy and its original count
once; two outlets that quote the same statement count twice. A conflict wins
over agreement; one origin is "single source", never "false".
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from readout.model import AlignedItem, Alignment, AlignmentKind, Commitment, Span


def aligned(span: Span, reading: str, origin: str) -> AlignedItem:
    return AlignedItem(span=span, reading=reading, origin=origin)


def independent_count(members: Sequence[AlignedItem]) -> int:
    return len({m.origin for m in members})


def make_alignment(
    kind: AlignmentKind,
    event_id: str | None,
    label: str,
    members: Sequence[AlignedItem],
    *,
    what: str,
    conflict: str | None = None,
    commitment: Commitment | None = None,
) -> Alignment:
    """``what`` names the statement in the reason ("this figure", "these words"); ``conflict`` says why sources disagree."""
    members = sorted(members, key=lambda m: (m.span.doc_id, m.span.start))
    sources = independent_count(members)
    if conflict:
        verdict, reason = "conflicting", conflict
    elif sources >= 2:
        verdict, reason = "corroborated", f"{sources} independent sources state {what}" + _copies_note(members)
    else:
        verdict = "single_source"
        reason = f"no second independent source states {what}" + _copies_note(members)
    digest = hashlib.sha256((f"{kind}|{event_id}|" + "|".join(f"{m.span.doc_id}:{m.span.start}:{m.span.end}" for m in members)).encode()).hexdigest()
    return Alignment(
        id=f"{kind}-{digest[:12]}",
        event_id=event_id,
        kind=kind,
        label=label,
        verdict=verdict,
        reason=reason,
        independent_sources=sources,
        members=tuple(members),
        commitment=commitment,
    )


def _copies_note(members: Sequence[AlignedItem]) -> str:
    copies = len({m.span.doc_id for m in members}) - independent_count(members)
    return f" (near copies counted once: {copies} more document{'s' if copies > 1 else ''})" if copies > 0 else ""
