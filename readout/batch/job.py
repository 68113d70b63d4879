"""The batch job's steps, the same under both engines, and the local engine (a process pool).

1. ingest: each split read where it is, each document with its MinHash signature;
2. copies: a text seen twice is kept once (its first reading), near copies are
   marked by joining the signatures' LSH bands (``minhash``);
3. analyze: documents in input order, cut into parts; each part analyzed in one
   process by the pipeline façade (one spaCy pipeline per process, loaded once)
   and written to the tables;
4. link: events clustered and aligned (``link_job`` under Spark; here the link
   stage itself, in the parent process).
Whatever fails (a corrupt record, a page over the size cap, a page in a language
the analyzer does not read, a document the analyzer fails on) is a row of the
``rejects`` table with its reason; the job goes on.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from readout import pipeline
from readout.batch import minhash, remote, tables
from readout.batch.splits import Split
from readout.batch.splits import read_split
from readout.errors import IngestError, UsageError
from readout.link.commitment_status import report_keys
from readout.link.features import document_features
from readout.link.linker import link
from readout.model import Document, DocumentFeatures, LinkResult, Source, SourceRole

PART_DOCS = 256  # documents analyzed and written together: one file per table and day per part
ENGINES = ("local", "spark")


@dataclass(frozen=True)
class Ingested:
    """A document as read, where it was read (its order in the inputs) and its MinHash values."""

    order: minhash.Order
    document: Document
    signature: tuple[int, ...] | None


class Analyzed:
    """One analyzed document as the link step needs it: where it was read, its source and its clustering features.

    The source travels pickled (``packed``) and is rebuilt only when read. Spark keeps the analyses
    pickled and passes over them several times, and most passes read only the small features (the
    blocks, which documents go to which alignment task); rebuilding a source's models costs about a
    millisecond, tens of times its features, and shipping it to an alignment task pickled it again.
    """

    __slots__ = ("order", "features", "report_keys", "packed", "unpacked")

    def __init__(self, order: minhash.Order, source: Source, features: DocumentFeatures):
        self.order = order
        self.features = features
        self.report_keys = report_keys(source)  # which commitments it may report: most documents none, and their source is not rebuilt
        self.packed = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
        self.unpacked: Source | None = source  # the source once rebuilt; None until read after unpickling

    @property
    def doc_id(self) -> str:
        return self.features.doc_id

    @property
    def source(self) -> Source:
        if self.unpacked is None:
            self.unpacked = pickle.loads(self.packed)
        return self.unpacked

    def __getstate__(self):
        return self.order, self.features, self.report_keys, self.packed

    def __setstate__(self, state) -> None:
        self.order, self.features, self.report_keys, self.packed = state
        self.unpacked = None


@dataclass
class PartResult:
    analyzed: list[Analyzed] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    cpu_seconds: float = 0.0  # the analyzing process's CPU time for this part
    process: int = 0  # its id: parts analyzed in one process share its spaCy pipeline


@dataclass
class BatchSummary:
    """What a batch did, as ``batch.json`` and the command line report it."""

    engine: str
    out: str
    splits: int = 0
    parts: int = 0
    read: int = 0  # documents read, copies included
    documents: int = 0  # documents analyzed and in the tables
    near_duplicates: int = 0
    rejects: dict[str, int] = field(default_factory=dict)  # by reason
    events: int = 0
    alignments: int = 0
    seconds: float = 0.0
    analysis_cpu_seconds: float = 0.0  # CPU time of the analyzing processes, summed: the part of the work that does not depend on the engine
    analysis_processes: int = 0  # processes that analyzed parts (each loaded the spaCy pipeline once)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # wall time of each step, in order: where a run's time goes
    link_notes: list[str] = field(default_factory=list)  # what the link stage says of its own work: a capped claim alignment

    def stage(self, name: str, since: float) -> float:
        """Record the wall time of step ``name`` (begun at ``since``); the time now, where the next step begins."""
        now = time.perf_counter()
        self.stage_seconds[name] = round(now - since, 3)
        return now

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def check_output(out: str | Path) -> None:
    """``UsageError`` unless ``out`` is missing or an empty folder: a batch never mixes its tables with older ones."""
    path = Path(out)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UsageError("the output folder exists and is not empty", source=str(out),
                         hint="give a new folder with --out; a batch never mixes its tables with an earlier run's")


def ingest_split(split: Split) -> list[Ingested | dict]:
    """The documents of one split with their signatures, and a reject row for each input that failed."""
    found: list[Ingested | dict] = []
    for position, item in enumerate(read_split(split)):
        if isinstance(item, IngestError):
            found.append(tables.reject_row(item.source or split.label, "ingest", item))
        else:
            if split.role and not item.role:  # a JSONL record's own "role" field wins, as in readout add
                item = item.model_copy(update={"role": split.role})
            values = minhash.signature(item.text)
            found.append(Ingested((split.index, position), item, tuple(values) if values is not None else None))
    return found


def keep_first(copies: Iterable[Ingested]) -> tuple[Ingested, list[dict]]:
    """The first reading of a text, and a "duplicate" reject row for each later one (as ``readout add`` notes them)."""
    ordered = sorted(copies, key=lambda i: i.order)
    first = ordered[0]
    return first, [tables.reject_row(i.document.source, "dedupe", reason="duplicate", doc_id=i.document.id,
                                     message=f"same text as {first.document.source}, stored once", published=i.document.published)
                   for i in ordered[1:]]


def with_original(item: Ingested, originals: dict[str, str]) -> Ingested:
    original = originals.get(item.document.id)
    if original is None or item.document.near_duplicate_of == original:
        return item
    return Ingested(item.order, item.document.model_copy(update={"near_duplicate_of": original}), item.signature)


def analyze_part(part: str, items: Sequence[Ingested], out: str) -> PartResult:
    """Analyze one part through the pipeline façade and write its rows; documents not analyzed become reject rows."""
    cpu = time.process_time()
    result = PartResult(process=os.getpid())
    by_id = {i.document.id: i for i in items}
    run = pipeline.process([i.document for i in items])
    for error in run.errors:
        result.rejects.append(tables.reject_row(error.source or "", "analyze", error))
    rows: tables.Rows = {}
    for source in run.sources:
        item = by_id[source.id]
        if source.analysis.skipped_reason:
            result.rejects.append(tables.reject_row(source.document.source, "analyze", reason="not_analyzed", doc_id=source.id,
                                                    message=source.analysis.skipped_reason, published=source.document.published))
            continue
        tables.merge(rows, tables.analysis_rows(source.document, source.analysis, item.signature))
        result.analyzed.append(Analyzed(item.order, source, document_features(source)))
    tables.write(out, rows, part)
    result.cpu_seconds = time.process_time() - cpu
    return result


def account(summary: BatchSummary, results: Iterable[PartResult]) -> None:
    """Add the parts' analysis CPU time and processes to the summary."""
    results = list(results)
    summary.analysis_cpu_seconds = round(sum(r.cpu_seconds for r in results), 3)
    summary.analysis_processes = len({r.process for r in results})


def parts_of(items: Sequence[Ingested], part_docs: int) -> list[list[Ingested]]:
    return [list(items[i:i + part_docs]) for i in range(0, len(items), part_docs)]


def published_dates(analyzed: Iterable[Analyzed]) -> dict[str, dt.date | None]:
    return {a.source.id: a.source.document.published for a in analyzed}


def finish(summary: BatchSummary, out: str, rejects: list[dict], result: LinkResult, published: dict[str, dt.date | None],
           near_duplicates: int, started: float) -> BatchSummary:
    """Write the rejects and link tables and the manifest; fill the summary."""
    since = time.perf_counter()
    tables.write(out, {"rejects": rejects}, "job")
    tables.write(out, tables.link_rows(result, published), "link")
    summary.stage("write link tables", since)
    summary.documents = len(published)
    summary.near_duplicates = near_duplicates
    summary.rejects = dict(sorted(Counter(r["reason"] for r in rejects).items()))
    summary.events = len(result.events)
    summary.alignments = len(result.alignments)
    summary.link_notes = list(result.notes)
    summary.seconds = round(time.perf_counter() - started, 3)
    tables.manifest(out, summary.as_dict())
    return summary


def run_local(splits: Sequence[Split], out: str, rejects: list[dict], workers: int | None = None, part_docs: int = PART_DOCS) -> BatchSummary:
    """The job in a pool of processes on this machine (``workers`` default: one per core)."""
    started = time.perf_counter()
    summary = BatchSummary(engine="local", out=str(out), splits=len(splits))
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        items: list[Ingested] = []
        for found in pool.map(ingest_split, splits):
            for item in found:
                (items if isinstance(item, Ingested) else rejects).append(item)
        summary.read = len(items)
        since = summary.stage("ingest", started)
        copies: dict[str, list[Ingested]] = {}
        for item in items:
            copies.setdefault(item.document.id, []).append(item)
        kept = []
        for group in copies.values():
            first, duplicates = keep_first(group)
            kept.append(first)
            rejects += duplicates
        kept.sort(key=lambda i: i.order)
        originals = minhash.near_duplicates((i.order, i.document.id, i.signature) for i in kept)
        kept = [with_original(i, originals) for i in kept]
        since = summary.stage("copies", since)
        parts = parts_of(kept, part_docs)
        summary.parts = len(parts)
        analyzed: list[Analyzed] = []
        results = list(pool.map(analyze_part, [f"{n:05d}" for n in range(len(parts))], parts, [str(out)] * len(parts)))
        for result in results:
            analyzed += result.analyzed
            rejects += result.rejects
        account(summary, results)
        since = summary.stage("analyze and write", since)
    analyzed.sort(key=lambda a: a.order)
    result = link([a.source for a in analyzed])
    summary.stage("link", since)
    near = sum(1 for a in analyzed if a.source.document.near_duplicate_of)
    return finish(summary, out, rejects, result, published_dates(analyzed), near, started)


def run(inputs: Sequence[str | Path], out: str | Path, *, engine: str = "local", master: str | None = None, workers: int | None = None,
        split_bytes: int | None = None, part_docs: int = PART_DOCS, include: Sequence[str] = (), exclude: Sequence[str] = (),
        roles: Mapping[str, SourceRole] | None = None) -> BatchSummary:
    """Read, analyze and link the inputs into Parquet tables under ``out``; ``roles`` as ``readout add --role`` takes them."""
    from readout.batch.splits import SPLIT_BYTES, plan_splits

    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}", hint=f"use one of: {', '.join(ENGINES)}")
    check_output(out)
    remote.check([str(i) for i in inputs])  # a file system whose package is missing is one clear line, before any work
    if engine == "spark":
        from readout.batch.spark import check_available

        check_available()  # before any work: a missing extra or Java is one clear line
    splits, errors = plan_splits(inputs, split_bytes or SPLIT_BYTES, include=include, exclude=exclude)
    if roles:
        splits = [replace(s, role=pipeline.declared_role(s.path, roles)) for s in splits]
    rejects = [tables.reject_row(e.source or "", "ingest", e) for e in errors]
    Path(out).mkdir(parents=True, exist_ok=True)
    if engine == "spark":
        from readout.batch.spark import run_spark  # pyspark is imported only here: an optional extra

        return run_spark(splits, str(out), rejects, master=master, part_docs=part_docs)
    return run_local(splits, str(out), rejects, workers=workers, part_docs=part_docs)
