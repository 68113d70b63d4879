"""Flattening an Analysis into item rows: the columns people filter on, plus the item as JSON."""

from __future__ import annotations

from collections.abc import Iterator

from readout.model import Analysis, Span


def _row(kind: str, span: Span, label: str | None, value: str | None, item) -> tuple:
    return (kind, span.start, span.end, span.text, label, value, item.model_dump_json())


def _interval(start, end) -> str | None:
    return f"{start}/{end}" if start or end else None


def item_rows(analysis: Analysis) -> Iterator[tuple]:
    for m in analysis.mentions:
        yield _row("mention", m.span, m.entity_id, None, m)
    for q in analysis.quantities:
        yield _row("quantity", q.span, q.unit, repr(q.value), q)
    for t in analysis.times:
        yield _row("time", t.span, t.granularity, _interval(t.start, t.end), t)
    for q in analysis.quotes:
        yield _row("quote", q.span, q.speaker_entity_id or q.speaker, q.kind, q)
    for c in analysis.claims:
        yield _row("claim", c.span, c.kind, f"{c.score:.3f}", c)
    for c in analysis.commitments:
        yield _row("commitment", c.span, c.status_in_text, _interval(c.due_start, c.due_end), c)
    for e in analysis.events:
        yield _row("event", e.span, e.event_type, e.mode, e)
    for r in analysis.rhetoric:
        yield _row("rhetoric", r.span, r.technique, f"{r.confidence:.2f}", r)
