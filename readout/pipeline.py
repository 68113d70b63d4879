"""The one façade over the stages: ingest -> analyze -> link -> store -> present.

The command line, the web app and the batch job call only these functions, so
a briefing of inputs, a briefing of stored documents, ``readout commitments``
and ``readout events`` all read the same link results and agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from readout import settings
from readout.analyze.actor_dictionary import load_actor_dictionary
from readout.analyze.analyzer import analyze_many
from readout.errors import AnalyzeError, ReadoutError
from readout.ingest.dedupe import NearDuplicateIndex, RunDuplicates
from readout.ingest.estimate import estimate_documents
from readout.ingest.fetch import refuse_private
from readout.ingest.notes import IngestNote, NoteTally
from readout.ingest.sources import read_sources
from readout.link.commitment_status import ReportBounds, SourcesByActor, commitment_rows, find_reports
from readout.link.embeddings import semantic_embedder
from readout.link.features import FEATURES_VERSION, document_features
from readout.link.events import cluster_events
from readout.link.linker import align_events, link
from readout.link.readout_audit import audit_event
from readout.model import Alignment, Brief, CommitmentRow, Document, DocumentFeatures, Event, EventCode, LinkResult, Source, SourceRole, Verdict
from readout.present.analyst import EntityView, apply_to_brief, apply_to_event
from readout.present.charts import commitments_timeline_svg, figures_by_source_svg
from readout.present.compose import compose_brief
from readout.present.events_export import FORMATS as EVENT_FORMATS
from readout.present.exports import FORMATS as EXPORT_FORMATS
from readout.present.exports import write_export
from readout.present.events_export import EventRow, write_events
from readout.present.render import FORMATS, render
from readout.store import Store
from readout.store.browse import Filters, Page
from readout.store.tasks import StoredTask

Progress = Callable[[int], None]
STORE_BATCH = 8  # documents analyzed, then committed, at a time: an interrupted run keeps what it finished

__all__ = ["FORMATS", "EVENT_FORMATS", "IngestNote", "NoteTally", "estimate_documents", "render", "ingest", "process", "brief_inputs", "brief_sources", "add_to_store",
           "brief_from_store", "stored_events", "stored_event_summaries", "stored_commitments", "stored_event_codes",
           "write_event_codes", "open_store", "Filters", "Page", "Store", "brief_charts", "check_fetchable", "EXPORT_FORMATS", "export", "with_analyst", "analyst_view", "analyst_events",
           "StoredTask", "run_batch", "load_batch"]


@dataclass
class RunResult:
    sources: list[Source] = field(default_factory=list)
    errors: list[ReadoutError] = field(default_factory=list)


@dataclass
class BriefRun:
    """Briefings, one per event, and what the user should be told about the inputs."""

    briefs: list[Brief] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    link: LinkResult = field(default_factory=LinkResult)
    sources: list[Source] = field(default_factory=list)
    errors: list[ReadoutError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the run as a whole: several events, no shared event
    ingest_notes: list[IngestNote] = field(default_factory=list)  # about single inputs: duplicates, little text...


@dataclass
class AddResult:
    added: int = 0
    already_stored: int = 0
    skipped: list[Source] = field(default_factory=list)  # stored, not analyzed (unsupported language...)
    events_touched: list[Event] = field(default_factory=list)
    errors: list[ReadoutError] = field(default_factory=list)
    notes: list[IngestNote] = field(default_factory=list)  # duplicates in the run, replaced bytes, little text...


@dataclass(frozen=True)
class EventCodeRow:
    """A coded event with what the export needs of its document and its cross-source verdict."""

    code: EventCode
    published: dt.date | None
    language: str
    verdict: Verdict | None
    event_id: str | None


def check_actor_dictionary() -> None:
    """``UsageError`` naming the file when READOUT_ACTOR_DICTIONARY cannot be read as an actor dictionary: checked
    before any work, as the other settings are, rather than when the first document is analyzed."""
    path = settings.value("actor_dictionary")
    if path:
        load_actor_dictionary(path)


def ingest(
    inputs: Iterable[str | Path],
    errors: list[ReadoutError],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    near_duplicates: NearDuplicateIndex | None = None,
    notes: list[IngestNote] | None = None,
    roles: Mapping[str, SourceRole] | None = None,
    on_error: Callable[[ReadoutError], None] | None = None,
) -> list[Document]:
    """Documents from the inputs, each text once (a repeat is noted), near copies marked; failures are collected, not raised.

    ``roles`` maps a file or folder to the source role the user declares for what is read from it.
    """
    index = near_duplicates if near_duplicates is not None else NearDuplicateIndex()
    seen = RunDuplicates()
    sink = notes.append if notes is not None else None
    documents: list[Document] = []
    for result in read_sources(inputs, include=include, exclude=exclude, notes=sink):
        if isinstance(result, ReadoutError):
            errors.append(result)
            if on_error:
                on_error(result)  # as it happens, not after the whole run
        elif (duplicate := seen.check(result)) is not None:
            if sink:
                sink(duplicate)
        else:
            documents.append(index.check(declare_role(result, roles)))
    return documents


def declare_role(document: Document, roles: Mapping[str, SourceRole] | None) -> Document:
    """The document with the role the user declared for its URL, its file, or a folder holding it (``--role official:FILE``)."""
    if not roles or document.role:
        return document
    role = declared_role(document.source, roles)
    return document.model_copy(update={"role": role}) if role else document


def declared_role(source: str, roles: Mapping[str, SourceRole] | None) -> SourceRole | None:
    """The role declared for this URL or file, or for a folder holding it (``readout batch`` asks it of each file it splits)."""
    if not roles:
        return None
    if source in roles:
        return roles[source]
    path = _source_path(source)
    for given, role in roles.items():
        target = Path(given).resolve()
        if path == target or target in path.parents:
            return role
    return None


def _source_path(source: str) -> Path:
    """The file a document was read from: "a.jsonl:3" and "warc:a.warc.gz#2" name their file."""
    name = source.removeprefix("warc:").split("#", 1)[0]
    if not Path(name).exists() and ":" in name and name.rsplit(":", 1)[1].isdigit():
        name = name.rsplit(":", 1)[0]
    return Path(name).resolve()


def process(documents: Sequence[Document], nlp=None, progress: Progress | None = None) -> RunResult:
    """Analyze documents (batched); a document that fails is reported and the rest go on."""
    run = RunResult()
    for document, result in zip(documents, analyze_many(documents, nlp)):
        if isinstance(result, AnalyzeError):
            run.errors.append(result)
        else:
            run.sources.append(Source(document=document, analysis=result))
        if progress:
            progress(1)
    return run


# briefing documents in memory


def brief_inputs(
    inputs: Iterable[str | Path],
    *,
    as_of: dt.date | None = None,
    event_id: str | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    progress: Progress | None = None,
    nlp=None,
    roles: Mapping[str, SourceRole] | None = None,
    on_error: Callable[[ReadoutError], None] | None = None,
) -> BriefRun:
    errors: list[ReadoutError] = []
    notes: list[IngestNote] = []
    documents = ingest(inputs, errors, include=include, exclude=exclude, notes=notes, roles=roles, on_error=on_error)
    run = process(documents, nlp=nlp, progress=progress)
    for exc in run.errors if on_error else ():
        on_error(exc)
    result = brief_sources(run.sources, as_of=as_of, event_id=event_id)
    result.errors = errors + run.errors + result.errors
    result.ingest_notes = notes
    return result


def brief_sources(sources: Sequence[Source], *, as_of: dt.date | None = None, event_id: str | None = None) -> BriefRun:
    """One briefing per event the sources cover (or the one asked for)."""
    as_of = as_of or dt.date.today()
    embed_errors: list[ReadoutError] = []  # READOUT_SEMANTIC=on without the extra: said once, linked lexically
    result = link(sources, embed=semantic_embedder(embed_errors))
    run = BriefRun(events=list(result.events), link=result, sources=list(sources), errors=embed_errors)
    run.notes += [f"{s.document.source}: not analyzed: {s.analysis.skipped_reason}" for s in sources if s.analysis.skipped_reason]
    run.notes += result.notes
    by_id = {s.id: s for s in sources}
    published = {s.id: s.document.published for s in sources}
    events = _chosen(run, result.events, event_id)
    for event in events:
        scoped = result.for_event(event.id)
        rows = commitment_rows(scoped.alignments, published, as_of)
        event_sources = [by_id[d] for d in event.doc_ids]
        run.briefs.append(compose_brief(event, event_sources, scoped, rows, as_of, audit=audit_event(event.id, event_sources)))
    return run


def _chosen(run: BriefRun, events: Sequence[Event], event_id: str | None) -> list[Event]:
    if event_id is not None:
        chosen = [e for e in events if e.id == event_id]
        if not chosen:
            run.errors.append(ReadoutError(f"no event {event_id!r}; the inputs cover: " + ", ".join(f"{e.id} ({e.title})" for e in events), reason="unknown_event"))
        return chosen
    if len(events) > 1:
        if all(len(e.doc_ids) == 1 for e in events):
            run.notes.append(f"the {len(events)} inputs share no event: each is briefed on its own")
        else:
            run.notes.append(f"the inputs are about {len(events)} events; one briefing each (choose one with --event ID): "
                             + "; ".join(f"{e.id} {e.title} ({len(e.doc_ids)} documents)" for e in events))
    return list(events)


# the store


def add_to_store(
    store: Store,
    inputs: Iterable[str | Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    progress: Progress | None = None,
    on_error: Callable[[ReadoutError], None] | None = None,
    on_note: Callable[[IngestNote], None] | None = None,
    nlp=None,
    roles: Mapping[str, SourceRole] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> AddResult:
    """Store documents and their analyses as they are read, committing every few documents, then relink the events they touch.

    Inputs are streamed: memory holds one batch, not the run, and an interrupted
    run keeps every batch it committed; rerunning skips what is stored without
    analyzing it again. Errors and notes reach the callbacks as they happen;
    ``progress`` advances once per input document, whatever became of it, and
    ``on_stage`` hears when the run moves on to linking events.
    """
    index = NearDuplicateIndex()
    for doc_id, text in store.texts():
        index.add(doc_id, text)
    result = AddResult()
    seen = RunDuplicates()

    def error(exc: ReadoutError) -> None:
        result.errors.append(exc)
        if on_error:
            on_error(exc)

    def note(item: IngestNote) -> None:
        result.notes.append(item)
        if on_note:
            on_note(item)

    added: list[str] = []
    batch: list[Document] = []
    for item in read_sources(inputs, include=include, exclude=exclude, notes=note):
        if isinstance(item, ReadoutError):
            error(item)
            if progress:
                progress(1)
            continue
        duplicate = seen.check(item)
        if duplicate is not None:
            note(duplicate)
            if progress:
                progress(1)
            continue
        if store.has(item.id):
            result.already_stored += 1
            if progress:
                progress(1)
            continue
        batch.append(index.check(declare_role(item, roles)))
        if len(batch) >= STORE_BATCH:
            added += _store_batch(store, batch, result, error, progress, nlp)
            batch = []
    added += _store_batch(store, batch, result, error, progress, nlp)
    if added:
        if on_stage:
            on_stage("linking events")
        result.events_touched = relink(store, added, result.errors)
    return result


def _store_batch(store: Store, batch: list[Document], result: AddResult, error, progress: Progress | None, nlp) -> list[str]:
    """Analyze and commit one batch; the ids of the analyzed documents stored."""
    if not batch:
        return []
    run = process(batch, nlp=nlp)
    for exc in run.errors:
        error(exc)
        if progress:
            progress(1)
    added = []
    for source in run.sources:
        try:
            if store.add(source.document, source.analysis):
                result.added += 1
                if source.analysis.skipped_reason:
                    result.skipped.append(source)
                else:
                    store.save_features([document_features(source)])
                    added.append(source.id)
        except ReadoutError as exc:
            error(exc)
        if progress:
            progress(1)
    return added


def relink(store: Store, new_doc_ids: Sequence[str], errors: list[ReadoutError] | None = None) -> list[Event]:
    """Recompute the events that new documents join (and only those); look for reports of older commitments in them."""
    features = current_features(store)
    events = cluster_events(list(features.values()))
    new = set(new_doc_ids)
    touched = [e for e in events if new & set(e.doc_ids)]
    doc_ids = {d for e in touched for d in e.doc_ids}
    sources = {s.id: s for s in store.sources(doc_ids)}
    new_sources = [sources[d] for d in new_doc_ids if d in sources]
    result = align_events(touched, sources, features, embed=semantic_embedder(errors))
    stale = store.event_ids_of(doc_ids)
    store.replace_events(result, stale)
    _report_old_commitments(store, new_sources, {e.id for e in touched})
    return touched


def current_features(store: Store) -> dict[str, DocumentFeatures]:
    """Every stored document's clustering features by id, made again from its stored analysis where an older reading made them.

    A database filled before the features gained a field would otherwise link
    its old documents by the looser rule that field was added to tighten.
    """
    features = {f.doc_id: f for f in store.features()}
    stale = [doc_id for doc_id, f in features.items() if f.version < FEATURES_VERSION]
    if stale:
        fresh = [document_features(source) for source in store.sources(stale)]  # analyses read one at a time
        store.save_features(fresh)
        features.update((f.doc_id, f) for f in fresh)
    return features


def _report_old_commitments(store: Store, new_sources: Sequence[Source], skip: set[str]) -> None:
    """A new document may report done a commitment of an event it does not belong to."""
    if not new_sources:
        return
    published = store.published_dates()
    reporters = SourcesByActor(new_sources)
    bounds = ReportBounds.from_settings()
    updated: dict[str, Alignment] = {}
    for alignment in store.alignments("commitment"):
        if alignment.event_id in skip:
            continue
        reports = find_reports(alignment, published, reporters, bounds)
        if reports != alignment.reports:
            updated[alignment.id] = alignment.model_copy(update={"reports": reports})
    changed = {a.event_id for a in updated.values()}
    if changed:
        stored = store.link_result(changed)
        alignments = tuple(updated.get(a.id, a) for a in stored.alignments)
        store.replace_events(stored.model_copy(update={"alignments": alignments}), changed)


def stored_events(store: Store) -> list[Event]:
    return store.events()


def brief_from_store(store: Store, *, event_id: str | None = None, as_of: dt.date | None = None, analyst: bool = True) -> BriefRun:
    """Briefings of stored events; with the analyst layer applied (``with_analyst``) unless ``analyst`` is False."""
    as_of = as_of or dt.date.today()
    one = store.browse.event(event_id) if event_id is not None else None
    events = [one] if one is not None else store.events()  # one event asked for: the others are not read (they name themselves when it is unknown)
    run = BriefRun(events=events)
    for event in _chosen(run, events, event_id):
        scoped = store.link_result([event.id])
        published = store.published_dates({m.span.doc_id for a in scoped.alignments for m in a.members} | set(event.doc_ids))
        sources = {s.id: s for s in store.sources(event.doc_ids)}
        rows = commitment_rows(scoped.alignments, published, as_of)
        event_sources = [sources[d] for d in event.doc_ids if d in sources]
        run.briefs.append(compose_brief(event, event_sources, scoped, rows, as_of, audit=audit_event(event.id, event_sources)))
    if analyst and run.briefs:
        run.briefs = [with_analyst(store, b) for b in run.briefs]
    return run


def stored_commitments(store: Store, as_of: dt.date) -> list[CommitmentRow]:
    """Every stored commitment (its statements merged within its event) with its state as of a date."""
    return commitment_rows(store.alignments("commitment"), store.published_dates(), as_of)


def stored_event_codes(store: Store) -> list[EventCodeRow]:
    """Coded events of every stored document; an event code's verdict is that of the claim alignment holding its sentence."""
    verdicts: dict[tuple[str, int], Verdict] = {}
    event_of: dict[str, str] = {}
    for alignment in store.alignments("claim"):
        for span in alignment.spans:
            verdicts[(span.doc_id, span.start)] = alignment.verdict
    for event in store.events():
        for doc_id in event.doc_ids:
            event_of.setdefault(doc_id, event.id)
    rows = []
    for source in store.sources():
        for code in source.analysis.events:
            rows.append(EventCodeRow(code, source.document.published, source.document.language or "en",
                                     verdicts.get((source.id, code.span.start), "single_source"), event_of.get(source.id)))
    return rows


@dataclass(frozen=True)
class EventSummary:
    event: Event
    corroborated: int
    conflicting: int
    single_source: int


def stored_event_summaries(store: Store) -> list[EventSummary]:
    """Stored events with how many of their items each verdict got."""
    result = store.link_result()
    counts: dict[str, dict[str, int]] = {}
    for alignment in result.alignments:
        counts.setdefault(alignment.event_id or "", {}).setdefault(alignment.verdict, 0)
        counts[alignment.event_id or ""][alignment.verdict] += 1
    return [
        EventSummary(e, counts.get(e.id, {}).get("corroborated", 0), counts.get(e.id, {}).get("conflicting", 0), counts.get(e.id, {}).get("single_source", 0))
        for e in store.events()
    ]


def write_event_codes(store: Store, fmt: str, out) -> int:
    """``readout events``: the coded events of every stored document as PLOVER JSONL, CSV or Parquet."""
    rows = [EventRow(event=r.code, published=r.published, language=r.language, verdict=r.verdict) for r in stored_event_codes(store)]
    return write_events(rows, fmt, out)


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """The database; ``create=False`` for commands that only read (never creates or migrates a file)."""
    return Store(path, create=create)


# the web app's door (readout/web imports only this module, the model and settings)


def brief_charts(brief: Brief) -> tuple[str | None, str | None]:
    """The brief's commitments timeline and figures-by-source chart as inline SVG (None when it has nothing to draw)."""
    return commitments_timeline_svg(brief), figures_by_source_svg(brief)


def check_fetchable(url: str) -> None:
    """``IngestError`` (private_address) when the URL's host is or resolves to a loopback, link-local or private address.

    The server calls it before queueing a URL: redirects are checked by the fetch itself.
    """
    refuse_private(url, url, "the URL")


def export(store: Store, fmt: str, out, *, event_id: str | None = None, analyst: bool = True) -> int:
    """Entities or mentions as CSV, FollowTheMoney JSON Lines, or W3C Web Annotations of the stored documents' items.

    Every document, or those of one event; with the analyst layer (hidden
    entities left out, merged ones under their target, analysts' annotations
    in the W3C export) unless ``analyst`` is False: the evidence as extracted.
    """
    events = store.events() if event_id is None else [store.browse.event(event_id)]
    if events == [None]:
        raise ReadoutError(f"no event {event_id!r} in the database", reason="unknown_event", hint="readout list --events names them")
    sources = store.sources() if event_id is None else store.sources(events[0].doc_ids)
    if not analyst:
        return write_export(fmt, sources, events, out)
    annotations = store.annotations.list()
    if event_id is not None:
        docs, alignments = set(events[0].doc_ids), {a.id for a in store.link_result([event_id]).alignments}
        annotations = [a for a in annotations if (a.target_kind == "event" and a.target == event_id) or a.target_kind == "entity"
                       or (a.target_kind == "alignment" and a.target in alignments) or (a.target_kind == "document" and a.target in docs)
                       or (a.target_kind == "item" and a.target.rsplit(":", 2)[0] in docs)]
    annotated = store.browse.alignments_by_id(a.target for a in annotations if a.target_kind == "alignment")
    return write_export(fmt, sources, events, out, analyst_view(store), annotations, annotated)


def analyst_view(store: Store) -> EntityView:
    """Who analysts hid, and what they merged into what (with the stored entities merged into)."""
    hidden, merged = store.annotations.entity_view()
    targets = {t: store.browse.entity(t) for t in set(merged.values())}
    return EntityView(frozenset(hidden), merged, {t: e for t, e in targets.items() if e is not None})


def analyst_events(store: Store, events: Sequence[Event]) -> list[Event]:
    """Events with their participants as analysts see them: hidden ones left out, merged ones under their target."""
    view = analyst_view(store)
    return [apply_to_event(e, view) for e in events] if view.hidden or view.merged else list(events)


def with_analyst(store: Store, brief: Brief) -> Brief:
    """The brief as analysts see it: hidden entities left out, merged ones under their target, manual verdicts beside the extracted."""
    return apply_to_brief(brief, analyst_view(store), store.annotations.list())


# batch runs: readout.batch is imported only when asked for (its Spark engine is an optional extra)


def run_batch(inputs: Sequence[str | Path], out: str | Path, **options):
    """``readout batch``: the inputs read, analyzed and linked into Parquet tables under ``out`` (readout/batch)."""
    from readout.batch.job import run

    return run(inputs, out, **options)


def load_batch(out: str | Path, store: Store):
    """``readout load``: a batch's tables into the store."""
    from readout.batch.load import load

    return load(out, store)
