"""The date of the event as each document gives it: the same day corroborates, another day conflicts.

Only a document whose dated sentence names one of the event's participants
states the event's date; a side event on the next day ("a business forum held
alongside the visit on June 10") is not a second date for the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout.link.verdicts import aligned, make_alignment
from readout.model import Alignment, DocumentFeatures, Event


def align_event_date(event: Event, features: Sequence[DocumentFeatures]) -> list[Alignment]:
    members = [
        aligned(f.main.date_span, f.main.date.isoformat(), f.origin)
        for f in features
        if f.doc_id in event.doc_ids and f.main is not None and set(f.main.people) & set(event.participants)
    ]
    if not members:
        return []
    days = sorted({m.reading for m in members})
    conflict = None
    if len(days) > 1 and len({m.origin for m in members}) > 1:
        conflict = "sources date the event differently: " + " vs ".join(days)
    label = f"date of the event: {days[0]}" if len(days) == 1 else "date of the event"
    return [make_alignment("date", event.id, label, members, what="this date", conflict=conflict)]
