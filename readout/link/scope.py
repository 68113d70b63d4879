"""Which part of a document speaks of which event, when it covers more than one.

A document in one event gives it all its items. A document in several is cut
at the sentences that state each event's happening: an item belongs to the
event whose happening was stated last before it (items before the first
statement go to the first).
"""

from __future__ import annotations

from collections.abc import Sequence

from readout.model import Analysis, DocumentFeatures, Event, Source


def _anchor(features: DocumentFeatures, event: Event) -> int | None:
    """Where the document states this event's happening."""
    for happening in ((features.main,) if features.main else ()) + features.others:
        if event.date is None or abs((happening.date - event.date).days) <= 1:
            if happening is features.main or set(happening.people) & set(event.participants):
                return happening.sentence.start
    return None


def scoped(source: Source, features: DocumentFeatures, events: Sequence[Event]) -> dict[str, Source]:
    """The source as each of its events sees it."""
    if len(events) <= 1:
        return {e.id: source for e in events}
    anchors = sorted((a, e.id) for e in events if (a := _anchor(features, e)) is not None)
    if not anchors:
        return {e.id: source for e in events}
    bounds = [(start, anchors[n + 1][0] if n + 1 < len(anchors) else len(source.document.text), event_id) for n, (start, event_id) in enumerate(anchors)]
    bounds[0] = (0, bounds[0][1], bounds[0][2])
    views = {}
    for start, end, event_id in bounds:
        views[event_id] = Source(document=source.document, analysis=_cut(source.analysis, start, end))
    for e in events:
        views.setdefault(e.id, source)
    return views


def _cut(analysis: Analysis, start: int, end: int) -> Analysis:
    inside = lambda item: start <= item.span.start < end  # noqa: E731
    fields = ("sentences", "mentions", "quantities", "times", "quotes", "claims", "commitments", "events", "rhetoric")
    return analysis.model_copy(update={name: tuple(x for x in getattr(analysis, name) if inside(x)) for name in fields})
