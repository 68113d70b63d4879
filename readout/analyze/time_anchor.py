"""Which date relative time expressions are read against.

The rule, in order:
1. the document's publication date, when ingest found one (anchor "publication");
2. otherwise the event date the document states: the first absolute date with a
   day (a year, month and day written out) in the opening paragraph, else the
   first such date anywhere in the text (anchor "event");
3. otherwise nothing: relative expressions stay unresolved (anchor "none").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readout.model import Document


@dataclass(frozen=True)
class AnchorChoice:
    kind: str  # "publication", "event" or "none"
    date: dt.date | None


def opening_end(document: Document | None, text: str) -> int:
    """Where the opening paragraph ends (the first paragraph, or the first line)."""
    if document is not None and document.paragraphs:
        return document.paragraphs[0].end
    newline = text.find("\n")
    return newline if newline != -1 else len(text)


def choose_anchor(document: Document | None, text: str, day_dates: list[tuple[int, dt.date]]) -> AnchorChoice:
    """``day_dates``: (character offset, date) of absolute day-precision dates, in text order."""
    if document is not None and document.published is not None:
        return AnchorChoice("publication", document.published)
    if not day_dates:
        return AnchorChoice("none", None)
    limit = opening_end(document, text)
    in_opening = [d for offset, d in day_dates if offset < limit]
    return AnchorChoice("event", in_opening[0] if in_opening else day_dates[0][1])
