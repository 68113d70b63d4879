"""Event export: PLOVER JSON Lines and the flat POLECAT-first table in CSV and Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest

from readout.errors import ReadoutError
from readout.model import EventActor, EventCode, Span
from readout.present.events_export import COLUMNS, POLECAT_COLUMNS, EventRow, write_events

TEXT = "Norway and Chile held talks by video link on Monday."


def _event() -> EventCode:
    return EventCode(
        span=Span(doc_id="d1", start=0, end=len(TEXT), text=TEXT),
        sentence_index=3,
        event_type="CONSULT",
        mode="video",
        source=EventActor(text="Norway", code="NORGOV", entity_id="country:NOR", span=Span(doc_id="d1", start=0, end=6, text="Norway")),
        target=EventActor(text="Chile", code="CHL", span=Span(doc_id="d1", start=11, end=16, text="Chile")),
        date=dt.date(2026, 2, 4),
        trigger=Span(doc_id="d1", start=17, end=21, text="held"),
        future=True,
    )


def test_jsonl_follows_the_plover_record():
    out = io.StringIO()
    assert write_events([EventRow(_event(), verdict="corroborated")], "jsonl", out) == 1
    record = json.loads(out.getvalue().splitlines()[0])
    assert record["event"] == "CONSULT" and record["mode"] == "video"
    assert record["date"] == "2026-02-04"
    assert record["source"][0] == {"actorText": "Norway", "code": "NOR", "sector": "GOV", "entityId": "country:NOR", "startChar": 0, "endChar": 6}
    assert record["target"][0]["code"] == "CHL" and record["target"][0]["sector"] is None
    assert record["eventText"] == "held"
    assert record["textInfo"] == {"docId": "d1", "sentenceNumber": 3, "startChar": 0, "endChar": len(TEXT), "triggerStart": 17, "triggerEnd": 21}
    assert (record["future"], record["hypothetical"], record["negation"]) == (True, False, False)
    assert record["verdict"] == "corroborated"


def test_csv_puts_polecat_columns_first_then_readouts(tmp_path):
    path = tmp_path / "events.csv"
    write_events([_event()], "csv", path)
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMNS
    assert reader.fieldnames[: len(POLECAT_COLUMNS)][:4] == ["Event ID", "Event Date", "Event Type", "Event Mode"]
    row = rows[0]
    assert (row["Event Type"], row["Quad Code"], row["Actor Country"], row["Primary Actor Sector"], row["Recipient Country"]) == (
        "CONSULT", "VERBAL COOPERATION", "NOR", "GOV", "CHL")
    assert (row["doc_id"], row["start"], row["end"], row["trigger_text"]) == ("d1", "0", str(len(TEXT)), "held")


def test_parquet_round_trips_with_typed_columns(tmp_path):
    path = tmp_path / "events.parquet"
    assert write_events([_event(), _event()], "parquet", path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    assert table.column("sentence_index").to_pylist() == [3, 3]
    assert table.column("future").to_pylist() == [True, True]
    assert table.column("Event Date").to_pylist() == ["2026-02-04", "2026-02-04"]


def test_an_unknown_format_names_the_choices():
    with pytest.raises(ReadoutError, match="unknown format 'xml'") as info:
        write_events([], "xml", io.StringIO())
    assert "jsonl, csv, parquet" in info.value.line()
