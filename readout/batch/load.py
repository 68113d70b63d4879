"""``readout load DIR --db FILE``: a batch's Parquet tables into the SQLite store, so the CLI and web pages read them.

Documents and their analyses come back from the ``documents`` table (the
analysis is kept there as JSON), originals before their near copies so the
link between them is kept. Into a store that held no document before, the
batch's own events and alignments are stored as they are; into one that did,
the events the new documents touch are linked again with the stored ones (as
``readout add`` does), since the batch never saw the stored documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.dataset as ds

from readout import pipeline
from readout.batch import tables
from readout.errors import ReadoutError, UsageError
from readout.link.features import document_features
from readout.model import Alignment, Analysis, ArithmeticCheck, Document, Event, Inconsistency, LinkResult, Paragraph, Source

READ_ROWS = 256  # documents read from Parquet at a time


@dataclass
class LoadSummary:
    added: int = 0
    already_stored: int = 0
    events: int = 0
    relinked: bool = False
    errors: list[ReadoutError] = field(default_factory=list)


def check_batch(out: str | Path) -> None:
    """``UsageError`` unless ``out`` holds a finished batch (its ``batch.json`` is written last)."""
    if not (Path(out) / "batch.json").is_file():
        raise UsageError("the folder holds no finished batch (no batch.json)", source=str(out),
                         hint="give the --out folder of a readout batch run that finished")


def documents(out: str | Path) -> Iterator[tuple[Document, Analysis]]:
    """The batch's documents with their analyses, a few hundred rows in memory at a time."""
    folder = Path(out) / "documents"
    if not folder.is_dir():
        return
    dataset = ds.dataset(str(folder), format="parquet", partitioning="hive")
    for batch in dataset.to_batches(batch_size=READ_ROWS):
        for row in batch.to_pylist():
            yield _document(row), Analysis.model_validate_json(row["analysis"])


def _document(row: dict) -> Document:
    return Document(
        id=row["doc_id"], source=row["source"], text=row["text"], url=row["url"], title=row["title"], author=row["author"],
        published=row["published_date"], outlet=row["outlet"], language=row["language"], near_duplicate_of=row["near_duplicate_of"],
        paragraphs=tuple(Paragraph(start=p["start"], end=p["end"]) for p in row["paragraphs"] or ()),
    )


def link_result(out: str | Path) -> LinkResult:
    """The batch's events, alignments, inconsistencies and checks, as the link stage gave them."""
    alignments: dict[str, Alignment] = {}
    for row in tables.read(out, "alignments").select(["alignment_id", "body"]).to_pylist():
        if row["alignment_id"] not in alignments:
            alignments[row["alignment_id"]] = Alignment.model_validate_json(row["body"])
    return LinkResult(
        events=tuple(tables.from_json(tables.read(out, "events").select(["body"]).to_pylist(), "body", Event)),
        alignments=tuple(alignments.values()),
        inconsistencies=tuple(tables.from_json(tables.read(out, "inconsistencies").select(["body"]).to_pylist(), "body", Inconsistency)),
        checks=tuple(tables.from_json(tables.read(out, "checks").select(["body"]).to_pylist(), "body", ArithmeticCheck)),
    )


def load(out: str | Path, store) -> LoadSummary:
    """Store every document of the batch not stored yet, then its events (see the module docstring)."""
    check_batch(out)
    summary = LoadSummary()
    was_empty = store.count() == 0
    added: list[str] = []
    copies: list[tuple[Document, Analysis]] = []

    def add(document: Document, analysis: Analysis) -> None:
        try:
            if store.add(document, analysis):
                store.save_features([document_features(Source(document=document, analysis=analysis))])
                added.append(document.id)
                summary.added += 1
            else:
                summary.already_stored += 1
        except ReadoutError as exc:
            summary.errors.append(exc)

    for document, analysis in documents(out):
        if document.near_duplicate_of:
            copies.append((document, analysis))  # after the originals, so the store keeps the link
        else:
            add(document, analysis)
    for document, analysis in copies:
        add(document, analysis)
    if not added:
        return summary
    if was_empty:
        result = link_result(out)
        store.replace_events(result, set())
        summary.events = len(result.events)
    else:
        summary.events = len(pipeline.relink(store, added, summary.errors))
        summary.relinked = True
    return summary
