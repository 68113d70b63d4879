"""The batch's Parquet tables: their schemas, the rows of one document or link result, reading and writing.

Every row names its document (``doc_id``) and the characters it rests on
(``start``, ``end``, ``text``: offsets into the document's cleaned text), and
every table is partitioned by publication date (``published=YYYY-MM-DD``, or
``published=unknown``). ``documents`` also keeps each document's MinHash
signature and its whole analysis as JSON: the other tables are flat views of
it for queries, the JSON is what ``readout load`` reads back. Event codes have
the columns of ``readout events --format parquet`` (docs/events-format.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from readout.errors import ReadoutError
from readout.model import Analysis, Document, LinkResult, Span
from readout.present.events_export import POLECAT_COLUMNS, EventRow, flat_row

UNKNOWN = "unknown"  # the partition of rows whose publication date is not known

_SPAN = [("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
_TAIL = [("published", pa.string())]  # the partition column


def _schema(*columns: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema(list(columns) + _TAIL)


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("source", pa.string()), ("url", pa.string()),
        ("title", pa.string()), ("author", pa.string()), ("published_date", pa.date32()), ("outlet", pa.string()),
        ("language", pa.string()), ("near_duplicate_of", pa.string()), ("text", pa.string()),
        ("paragraphs", pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))),
        ("minhash", pa.list_(pa.int64())), ("analyzer", pa.string()), ("analysis", pa.string()),
    ),
    "mentions": _schema(*_SPAN, ("entity_id", pa.string()), ("entity_name", pa.string()), ("entity_kind", pa.string()),
                        ("entity_country", pa.string()), ("via", pa.string())),
    "quantities": _schema(
        *_SPAN, ("value", pa.float64()), ("value_high", pa.float64()), ("unit", pa.string()), ("display_unit", pa.string()),
        ("qualifier", pa.string()), ("measures", pa.string()), ("measures_start", pa.int64()), ("measures_end", pa.int64()),
        ("topic", pa.string()), ("topic_start", pa.int64()), ("topic_end", pa.int64()),
        ("period_text", pa.string()), ("period_start", pa.date32()), ("period_end", pa.date32()), ("is_target", pa.bool_()),
    ),
    "times": _schema(
        *_SPAN, ("date_start", pa.date32()), ("date_end", pa.date32()), ("granularity", pa.string()), ("anchor", pa.string()),
        ("anchor_date", pa.date32()), ("recurrence", pa.string()), ("resolved", pa.bool_()), ("timex", pa.string()),
    ),
    "quotes": _schema(
        *_SPAN, ("kind", pa.string()), ("speaker", pa.string()), ("speaker_entity_id", pa.string()),
        ("speaker_start", pa.int64()), ("speaker_end", pa.int64()), ("cue", pa.string()), ("cue_start", pa.int64()), ("cue_end", pa.int64()),
    ),
    "claims": _schema(*_SPAN, ("kind", pa.string()), ("score", pa.float64()), ("entity_ids", pa.list_(pa.string()))),
    "commitments": _schema(
        *_SPAN, ("actors", pa.list_(pa.string())), ("actor_names", pa.list_(pa.string())), ("action", pa.string()),
        ("object", pa.string()), ("due_start", pa.date32()), ("due_end", pa.date32()), ("due_text", pa.string()),
        ("status_in_text", pa.string()),
    ),
    "event_codes": _schema(
        *[(name, pa.string()) for name in POLECAT_COLUMNS],
        ("doc_id", pa.string()), ("sentence_index", pa.int32()), ("start", pa.int64()), ("end", pa.int64()),
        ("trigger_text", pa.string()), ("trigger_start", pa.int64()), ("trigger_end", pa.int64()),
        ("actor_entity_id", pa.string()), ("recipient_entity_id", pa.string()), ("future", pa.bool_()),
        ("hypothetical", pa.bool_()), ("negation", pa.bool_()), ("verdict", pa.string()), ("sentence", pa.string()),
    ),
    "rhetoric": _schema(*_SPAN, ("technique", pa.string()), ("confidence", pa.float64()), ("cue", pa.string())),
    "rejects": _schema(("source", pa.string()), ("stage", pa.string()), ("reason", pa.string()), ("message", pa.string()),
                       ("doc_id", pa.string())),
    "events": _schema(
        ("event_id", pa.string()), *_SPAN, ("title", pa.string()), ("date", pa.date32()), ("location", pa.string()),
        ("participants", pa.list_(pa.string())), ("participant_names", pa.list_(pa.string())),
        ("event_types", pa.list_(pa.string())), ("doc_ids", pa.list_(pa.string())), ("body", pa.string()),
    ),
    "alignments": _schema(
        ("alignment_id", pa.string()), ("event_id", pa.string()), ("kind", pa.string()), ("label", pa.string()),
        ("verdict", pa.string()), ("reason", pa.string()), ("independent_sources", pa.int64()), *_SPAN,
        ("reading", pa.string()), ("origin", pa.string()), ("body", pa.string()),
    ),
    "inconsistencies": _schema(*_SPAN, ("kind", pa.string()), ("reason", pa.string()), ("body", pa.string())),
    "checks": _schema(*_SPAN, ("relation", pa.string()), ("stated_value", pa.float64()), ("computed_value", pa.float64()),
                      ("holds", pa.bool_()), ("reason", pa.string()), ("body", pa.string())),
}
ANALYSIS_TABLES = ("documents", "mentions", "quantities", "times", "quotes", "claims", "commitments", "event_codes", "rhetoric")
LINK_TABLES = ("events", "alignments", "inconsistencies", "checks")
Rows = dict[str, list[dict]]


def partition(day: dt.date | None) -> str:
    return day.isoformat() if day else UNKNOWN


def _span(span: Span | None) -> dict:
    if span is None:
        return {"doc_id": None, "start": None, "end": None, "text": None}
    return {"doc_id": span.doc_id, "start": span.start, "end": span.end, "text": span.text}


def analysis_rows(document: Document, analysis: Analysis, signature: Sequence[int] | None) -> Rows:
    """The rows of one analyzed document in every analysis table."""
    day = partition(document.published)
    names = {e.id: e for e in analysis.entities}
    rows: Rows = {name: [] for name in ANALYSIS_TABLES}
    rows["documents"].append({
        "doc_id": document.id, "start": 0, "end": len(document.text), "source": document.source, "url": document.url,
        "title": document.title, "author": document.author, "published_date": document.published, "outlet": document.outlet,
        "language": document.language, "near_duplicate_of": document.near_duplicate_of, "text": document.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in document.paragraphs],
        "minhash": list(signature) if signature is not None else None, "analyzer": analysis.analyzer,
        "analysis": analysis.model_dump_json(), "published": day,
    })
    for m in analysis.mentions:
        entity = names.get(m.entity_id)
        rows["mentions"].append({**_span(m.span), "entity_id": m.entity_id, "entity_name": entity.name if entity else None,
                                 "entity_kind": entity.kind if entity else None, "entity_country": entity.country if entity else None,
                                 "via": m.via, "published": day})
    for q in analysis.quantities:
        rows["quantities"].append({
            **_span(q.span), "value": q.value, "value_high": q.value_high, "unit": q.unit, "display_unit": q.display_unit,
            "qualifier": q.qualifier, "measures": q.measures, "measures_start": q.measures_span.start if q.measures_span else None,
            "measures_end": q.measures_span.end if q.measures_span else None, "topic": q.topic.text if q.topic else None,
            "topic_start": q.topic.start if q.topic else None, "topic_end": q.topic.end if q.topic else None, "period_text": q.period.span.text if q.period else None,
            "period_start": q.period.start if q.period else None, "period_end": q.period.end if q.period else None,
            "is_target": q.is_target, "published": day,
        })
    for t in analysis.times:
        rows["times"].append({**_span(t.span), "date_start": t.start, "date_end": t.end, "granularity": t.granularity,
                              "anchor": t.anchor, "anchor_date": t.anchor_date, "recurrence": t.recurrence,
                              "resolved": t.resolved, "timex": t.timex, "published": day})
    for q in analysis.quotes:
        rows["quotes"].append({
            **_span(q.span), "kind": q.kind, "speaker": q.speaker, "speaker_entity_id": q.speaker_entity_id,
            "speaker_start": q.speaker_span.start if q.speaker_span else None, "speaker_end": q.speaker_span.end if q.speaker_span else None,
            "cue": q.cue, "cue_start": q.cue_span.start if q.cue_span else None, "cue_end": q.cue_span.end if q.cue_span else None,
            "published": day,
        })
    for c in analysis.claims:
        rows["claims"].append({**_span(c.span), "kind": c.kind, "score": c.score, "entity_ids": list(c.entity_ids), "published": day})
    for c in analysis.commitments:
        rows["commitments"].append({
            **_span(c.span), "actors": list(c.actors), "actor_names": list(c.actor_names), "action": c.action, "object": c.object,
            "due_start": c.due_start, "due_end": c.due_end, "due_text": c.due_span.text if c.due_span else None,
            "status_in_text": c.status_in_text, "published": day,
        })
    for e in analysis.events:
        rows["event_codes"].append({**flat_row(EventRow(event=e, published=document.published, language=document.language or "en")),
                                    "published": day})
    for r in analysis.rhetoric:
        rows["rhetoric"].append({**_span(r.span), "technique": r.technique, "confidence": r.confidence, "cue": r.cue, "published": day})
    return rows


def reject_row(source: str, stage: str, error: ReadoutError | None = None, *, reason: str | None = None,
               message: str | None = None, doc_id: str | None = None, published: dt.date | None = None) -> dict:
    """Why an input, record or document is not in the tables: ingest failed, a copy, another language, analysis failed."""
    return {"source": source, "stage": stage, "reason": reason or (error.reason if error else "error"),
            "message": message or (error.message if error else ""), "doc_id": doc_id, "published": partition(published)}


def link_rows(result: LinkResult, published: dict[str, dt.date | None]) -> Rows:
    """The rows of the link tables: one per event, one per aligned statement, one per inconsistency and check."""
    rows: Rows = {name: [] for name in LINK_TABLES}
    for e in result.events:
        rows["events"].append({
            "event_id": e.id, **_span(e.date_span), "title": e.title, "date": e.date, "location": e.location,
            "participants": list(e.participants), "participant_names": list(e.participant_names),
            "event_types": list(e.event_types), "doc_ids": list(e.doc_ids), "body": e.model_dump_json(), "published": partition(e.date),
        })
    for a in result.alignments:
        body = a.model_dump_json()
        for m in a.members:
            rows["alignments"].append({
                "alignment_id": a.id, "event_id": a.event_id, "kind": a.kind, "label": a.label, "verdict": a.verdict,
                "reason": a.reason, "independent_sources": a.independent_sources, **_span(m.span), "reading": m.reading,
                "origin": m.origin, "body": body, "published": partition(published.get(m.span.doc_id)),
            })
    for i in result.inconsistencies:
        rows["inconsistencies"].append({**_span(i.spans[0] if i.spans else None), "kind": i.kind, "reason": i.reason,
                                        "body": i.model_dump_json(), "published": partition(published.get(i.doc_id))})
    for c in result.checks:
        rows["checks"].append({**_span(c.stated), "relation": c.relation, "stated_value": c.stated_value,
                               "computed_value": c.computed_value, "holds": c.holds, "reason": c.reason,
                               "body": c.model_dump_json(), "published": partition(published.get(c.doc_id))})
    return rows


def merge(into: Rows, rows: Rows) -> Rows:
    for name, items in rows.items():
        into.setdefault(name, []).extend(items)
    return into


def write(out: str | Path, rows: Rows, part: str) -> None:
    """Write each table's rows under ``out/TABLE/published=DAY/part-PART-N.parquet`` (rerunning a part overwrites its files)."""
    for name, items in rows.items():
        if not items:
            continue
        table = pa.Table.from_pylist(items, schema=SCHEMAS[name])
        days = len(set(table.column("published").to_pylist()))  # an archive of years has more days than pyarrow's default cap of 1,024
        pq.write_to_dataset(table, root_path=str(Path(out) / name), partition_cols=["published"],
                            basename_template=f"part-{part}-{{i}}.parquet", existing_data_behavior="overwrite_or_ignore",
                            max_partitions=max(1024, days))


def read(out: str | Path, name: str) -> pa.Table:
    """One table of a batch (empty, with its columns, when the batch wrote no row of it)."""
    folder = Path(out) / name
    schema = SCHEMAS[name]
    if not folder.is_dir():
        return schema.empty_table()
    partitioning = ds.partitioning(pa.schema([("published", pa.string())]), flavor="hive")
    table = ds.dataset(str(folder), format="parquet", partitioning=partitioning).to_table()
    return table.select(schema.names)


def from_json(rows: Iterable[dict], column: str, model):
    return [model.model_validate_json(row[column]) for row in rows]


def manifest(out: str | Path, summary: dict) -> None:
    (Path(out) / "batch.json").write_text(json.dumps(summary, indent=1, default=str) + "\n", encoding="utf-8")
