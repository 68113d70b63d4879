"""``readout events --format jsonl|csv|parquet``: coded events as PLOVER records or a flat POLECAT-style table.

JSON Lines follow the PLOVER event record (the layout of the PLOVER gold
standard records), one event per line. CSV and Parquet are one flat row per
event: POLECAT's column names first, so tables built for POLECAT read these
files, then readout's own columns (document id, offsets, flags, verdict).
The mapping is documented in ``docs/events-format.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from readout.errors import ReadoutError
from readout.model import EventActor, EventCode

FORMATS = ("jsonl", "csv", "parquet")
FORMAT_VERSION = "readout-events-1"

# PLOVER 2021 event types grouped into the four quad categories POLECAT reports
QUADS = {
    "AGREE": "VERBAL COOPERATION",
    "CONSULT": "VERBAL COOPERATION",
    "SUPPORT": "VERBAL COOPERATION",
    "COOPERATE": "MATERIAL COOPERATION",
    "AID": "MATERIAL COOPERATION",
    "CONCEDE": "MATERIAL COOPERATION",
    "RETREAT": "MATERIAL COOPERATION",
    "ACCUSE": "VERBAL CONFLICT",
    "REQUEST": "VERBAL CONFLICT",
    "REJECT": "VERBAL CONFLICT",
    "THREATEN": "VERBAL CONFLICT",
    "PROTEST": "MATERIAL CONFLICT",
    "MOBILIZE": "MATERIAL CONFLICT",
    "SANCTION": "MATERIAL CONFLICT",
    "COERCE": "MATERIAL CONFLICT",
    "ASSAULT": "MATERIAL CONFLICT",
}

POLECAT_COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Primary Actor Sector",
    "Actor Name Raw",
    "Recipient Name",
    "Recipient Country",
    "Primary Recipient Sector",
    "Recipient Name Raw",
    "Raw Placename",
    "Publication Date",
    "Language",
    "Version",
)
READOUT_COLUMNS = (
    "doc_id",
    "sentence_index",
    "start",
    "end",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "actor_entity_id",
    "recipient_entity_id",
    "future",
    "hypothetical",
    "negation",
    "verdict",
    "sentence",
)
COLUMNS = POLECAT_COLUMNS + READOUT_COLUMNS


@dataclass(frozen=True)
class EventRow:
    """One coded event with what the table needs beyond it: its document's date and language, and a verdict."""

    event: EventCode
    published: dt.date | None = None
    language: str | None = "en"
    verdict: str | None = None  # corroborated / conflicting / single_source, from the link stage


def _row(item: EventRow | EventCode) -> EventRow:
    return item if isinstance(item, EventRow) else EventRow(event=item)


def event_id(event: EventCode) -> str:
    """Stable across runs: document, sentence and trigger offset."""
    start = event.trigger.start if event.trigger else event.span.start
    return f"{event.span.doc_id}-{event.sentence_index}-{start}"


def _split(actor: EventActor | None) -> tuple[str | None, str | None]:
    """"RUSGOV" -> ("RUS", "GOV"); "IGO" -> ("IGO", None)."""
    if actor is None or not actor.code:
        return None, None
    return actor.code[:3], actor.code[3:] or None


def _plover_actor(actor: EventActor | None) -> list[dict]:
    if actor is None:
        return []
    country, sector = _split(actor)
    record = {"actorText": actor.text, "code": country, "sector": sector, "entityId": actor.entity_id}
    if actor.span is not None:
        record["startChar"], record["endChar"] = actor.span.start, actor.span.end
    return [record]


def plover_record(item: EventRow | EventCode) -> dict:
    """One event as a PLOVER record (field names as in the PLOVER gold standard records)."""
    row = _row(item)
    event = row.event
    return {
        "id": event_id(event),
        "date": event.date.isoformat() if event.date else None,
        "event": event.event_type,
        "mode": event.mode or "",
        "context": ",".join(event.context),
        "source": _plover_actor(event.source),
        "target": _plover_actor(event.target),
        "eventText": event.trigger.text if event.trigger else "",
        "eventLoc": event.location or "",
        "text": event.span.text,
        "textInfo": {
            "docId": event.span.doc_id,
            "sentenceNumber": event.sentence_index,
            "startChar": event.span.start,
            "endChar": event.span.end,
            "triggerStart": event.trigger.start if event.trigger else None,
            "triggerEnd": event.trigger.end if event.trigger else None,
        },
        "future": event.future,
        "hypothetical": event.hypothetical,
        "negation": event.negation,
        "verdict": row.verdict,
        "language": row.language or "",
        "version": FORMAT_VERSION,
    }


def flat_row(item: EventRow | EventCode) -> dict:
    """One event as a flat row: POLECAT columns, then readout's."""
    row = _row(item)
    event = row.event
    actor_country, actor_sector = _split(event.source)
    recipient_country, recipient_sector = _split(event.target)
    return {
        "Event ID": event_id(event),
        "Event Date": event.date.isoformat() if event.date else None,
        "Event Type": event.event_type,
        "Event Mode": event.mode,
        "Quad Code": QUADS.get(event.event_type),
        "Contexts": ";".join(event.context) or None,
        "Actor Name": event.source.text if event.source else None,
        "Actor Country": actor_country,
        "Primary Actor Sector": actor_sector,
        "Actor Name Raw": event.source.span.text if event.source and event.source.span else None,
        "Recipient Name": event.target.text if event.target else None,
        "Recipient Country": recipient_country,
        "Primary Recipient Sector": recipient_sector,
        "Recipient Name Raw": event.target.span.text if event.target and event.target.span else None,
        "Raw Placename": event.location,
        "Publication Date": row.published.isoformat() if row.published else None,
        "Language": row.language,
        "Version": FORMAT_VERSION,
        "doc_id": event.span.doc_id,
        "sentence_index": event.sentence_index,
        "start": event.span.start,
        "end": event.span.end,
        "trigger_text": event.trigger.text if event.trigger else None,
        "trigger_start": event.trigger.start if event.trigger else None,
        "trigger_end": event.trigger.end if event.trigger else None,
        "actor_entity_id": event.source.entity_id if event.source else None,
        "recipient_entity_id": event.target.entity_id if event.target else None,
        "future": event.future,
        "hypothetical": event.hypothetical,
        "negation": event.negation,
        "verdict": row.verdict,
        "sentence": event.span.text,
    }


def _open(out: str | Path | IO, binary: bool):
    if isinstance(out, (str, Path)):
        return open(out, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else ""), True
    return out, False


def write_events(rows: Iterable[EventRow | EventCode], fmt: str, out: str | Path | IO) -> int:
    """Write events to ``out`` (a path or an open file: text for jsonl/csv, binary for parquet); returns the count."""
    if fmt not in FORMATS:
        raise ReadoutError(f"unknown format {fmt!r}", reason="bad_format", hint=f"use one of: {', '.join(FORMATS)}")
    items = list(rows)
    if fmt == "parquet":
        return _write_parquet(items, out)
    stream, close = _open(out, binary=False)
    try:
        if fmt == "jsonl":
            for item in items:
                stream.write(json.dumps(plover_record(item), ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(stream, fieldnames=list(COLUMNS))
            writer.writeheader()
            for item in items:
                writer.writerow(flat_row(item))
    finally:
        if close:
            stream.close()
    return len(items)


def _write_parquet(items: list, out: str | Path | IO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(name, pa.string()) for name in POLECAT_COLUMNS]
        + [
            ("doc_id", pa.string()),
            ("sentence_index", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("trigger_text", pa.string()),
            ("trigger_start", pa.int64()),
            ("trigger_end", pa.int64()),
            ("actor_entity_id", pa.string()),
            ("recipient_entity_id", pa.string()),
            ("future", pa.bool_()),
            ("hypothetical", pa.bool_()),
            ("negation", pa.bool_()),
            ("verdict", pa.string()),
            ("sentence", pa.string()),
        ]
    )
    table = pa.Table.from_pylist([flat_row(item) for item in items], schema=schema)
    if isinstance(out, io.TextIOBase):
        raise ReadoutError("parquet needs a path or a binary file", reason="bad_output", hint="pass --out FILE.parquet")
    pq.write_table(table, out)
    return len(items)
