"""Notes: things ingest did to an input that the user should hear about, without failing it.

A note is not an error: the document is still produced. Examples: a page whose
extracted text was replaced by its structured data, a page with suspiciously
little text, a bad byte replaced in an otherwise UTF-8 file, two metadata
sources that disagree on the publication date.

Notes go to the sink the caller gave ``read_sources(..., notes=sink)`` (the CLI
prints them as "note: SOURCE: kind: message"). The sink is held in a context
variable only while ingest code runs, so no signature between the reader and
the extractor has to carry it; without a sink notes are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class IngestNote:
    """One remark about one input: which input, what kind of remark, and the remark."""

    source: str
    kind: str  # "body_source", "short_text", "replaced_bytes", "date_source", ...
    message: str

    def line(self) -> str:
        return f"{self.source}: {self.kind}: {self.message}"


NoteSink = Callable[[IngestNote], None]

_SINK: ContextVar[NoteSink | None] = ContextVar("readout_ingest_note_sink", default=None)

T = TypeVar("T")


def note(source: str, kind: str, message: str) -> None:
    """Hand a note to the current sink, if any."""
    sink = _SINK.get()
    if sink is not None:
        sink(IngestNote(source=source, kind=kind, message=message))


@contextmanager
def noting(sink: NoteSink | None) -> Iterator[None]:
    """Send the notes raised inside the block to ``sink``."""
    token = _SINK.set(sink)
    try:
        yield
    finally:
        _SINK.reset(token)


def with_notes(results: Iterator[T], sink: NoteSink | None) -> Iterator[T]:
    """``results`` unchanged, with the sink set only while each next item is being made (never while suspended)."""
    while True:
        with noting(sink):
            try:
                item = next(results)
            except StopIteration:
                return
        yield item


class NoteTally:
    """Prints notes as they come, but only the first ``keep`` of each kind; the rest become one closing line each.

    A bulk run can raise thousands of identical notes ("short_text" on every
    teaser page); the user sees a few examples and a count, not a flood.
    """

    def __init__(self, keep: int = 5) -> None:
        self.keep = keep
        self._counts: dict[str, int] = {}

    def add(self, item: IngestNote) -> str | None:
        """The line to show now, or None when this kind has been shown ``keep`` times already."""
        count = self._counts.get(item.kind, 0) + 1
        self._counts[item.kind] = count
        return item.line() if count <= self.keep else None

    def closing(self) -> list[str]:
        """One line per kind whose notes were held back: how many more there were."""
        return [f"{count - self.keep:,} more {kind} note(s) not shown" for kind, count in self._counts.items()
                if count > self.keep]
