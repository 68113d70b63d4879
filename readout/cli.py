"""The command line: thin commands over pipeline, store and present.

Exit codes: 0 every input was processed; 1 some inputs failed (named on stderr)
and the others were processed; 2 usage error; 3 nothing could be processed.
"""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from readout import settings
from readout.errors import ReadoutError
from readout.eval.public import BENCHMARKS

app = typer.Typer(
    help="Audit diplomatic readouts and news coverage: a sourced record and briefing from articles about an event.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

Inputs = Annotated[list[str], typer.Argument(help="Files (text, HTML, feeds, WARC, JSONL), folders (read recursively), http(s) URLs, or '-' for standard input.")]
DbOption = Annotated[Path | None, typer.Option("--db", help="SQLite database to use (default: $READOUT_DB or ~/.local/share/readout/readout.db).")]
IncludeOption = Annotated[list[str] | None, typer.Option("--include", help="Only files matching this glob inside folders (repeatable).")]
ExcludeOption = Annotated[list[str] | None, typer.Option("--exclude", help="Skip files matching this glob inside folders (repeatable).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; errors are still printed.")]


def _db_path(db: Path | None) -> Path:
    return db or Path(settings.get("db"))


def _report(errors: list[ReadoutError]) -> None:
    for error in errors:
        err.print(f"error: {error.line()}", markup=False, highlight=False)


def _exit_code(done: int, errors: list[ReadoutError]) -> int:
    if not errors:
        return EXIT_OK
    return EXIT_PARTIAL if done else EXIT_NOTHING


@contextmanager
def _progress(total: int, label: str, quiet: bool):
    if quiet or not sys.stderr.isatty():
        yield None
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def _analyze(inputs: list[str], quiet: bool, include=None, exclude=None, near_duplicates=None):
    from readout import pipeline

    errors: list[ReadoutError] = []
    documents = pipeline.ingest(inputs, errors, include=include or (), exclude=exclude or (), near_duplicates=near_duplicates)
    try:
        with _progress(len(documents), "analyzing", quiet) as advance:
            run = pipeline.process(documents, progress=advance)
    except ReadoutError as exc:
        _report(errors + [exc])
        raise typer.Exit(EXIT_NOTHING) from exc
    run.errors = errors + run.errors
    return run


@app.command()
def brief(
    inputs: Inputs,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output printed: md, html or json.")] = "md",
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", help="Also write brief.md, brief.html and brief.json into this folder.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date (YYYY-MM-DD) at which commitments are judged; default today.")] = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    quiet: QuietOption = False,
) -> None:
    """Brief articles about an event: facts, figures, dates, quotes, commitments, each line cited."""
    from readout import pipeline
    from readout.present.render import FORMATS, render

    if fmt not in FORMATS:
        err.print(f"error: --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    as_of_date = _parse_date(as_of)
    run = _analyze(inputs, quiet, include, exclude)
    _report(run.errors)
    if not run.sources:
        err.print("error: no input could be briefed")
        raise typer.Exit(EXIT_NOTHING)
    the_brief, _ = pipeline.brief_of(run.sources, as_of=as_of_date)
    sys.stdout.write(render(the_brief, fmt))
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in FORMATS:
            (out_dir / f"brief.{name}").write_text(render(the_brief, name), encoding="utf-8")
        err.print(f"wrote {out_dir / 'brief.md'}, brief.html and brief.json", highlight=False)
    raise typer.Exit(_exit_code(len(run.sources), run.errors))


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"error: --as-of must be a date like 2026-11-22, not {value!r}")
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def add(inputs: Inputs, db: DbOption = None, include: IncludeOption = None, exclude: ExcludeOption = None, quiet: QuietOption = False) -> None:
    """Store documents and their analysis (the same text is stored once; near copies are linked to their original)."""
    from readout.ingest.dedupe import NearDuplicateIndex

    store = _open_store(db)
    index = NearDuplicateIndex()
    for doc_id, text in store.texts():
        index.add(doc_id, text)
    run = _analyze(inputs, quiet, include, exclude, near_duplicates=index)
    added = 0
    for source in run.sources:
        try:
            added += store.add(source.document, source.analysis)
        except ReadoutError as exc:
            run.errors.append(exc)
    _report(run.errors)
    skipped = [s for s in run.sources if s.analysis.skipped_reason]
    for s in skipped:
        err.print(f"note: {s.document.source}: stored, not analyzed: {s.analysis.skipped_reason}", highlight=False)
    err.print(f"added {added} new document(s), {len(run.sources) - added} already stored; database {store.path}", highlight=False)
    store.close()
    raise typer.Exit(_exit_code(len(run.sources), run.errors))


def _open_store(db: Path | None):
    from readout.store import Store

    try:
        return Store(_db_path(db))
    except ReadoutError as exc:
        _report([exc])
        raise typer.Exit(EXIT_NOTHING) from exc


@app.command("list")
def list_documents(db: DbOption = None) -> None:
    """Show the stored documents (a table on a terminal, tab-separated lines when piped)."""
    store = _open_store(db)
    header = ("id", "source", "title", "published", "language", "sentences", "note")
    rows = [
        (d.id, d.source, d.title or "", str(d.published or ""), d.language or "", str(d.sentences),
         d.skipped_reason or (f"near copy of {d.near_duplicate_of}" if d.near_duplicate_of else ""))
        for d in store.list_documents()
    ]
    store.close()
    if out.is_terminal:
        table = Table(*header)
        for row in rows:
            table.add_row(*row)
        out.print(table)
    else:  # piped: tab-separated, one document a line, for scripts
        for row in [header, *rows]:
            sys.stdout.write("\t".join(row) + "\n")


@app.command()
def search(text: Annotated[str, typer.Argument(help="Words to find (all must occur in the sentence).")], db: DbOption = None,
           limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 20) -> None:
    """Find stored sentences by full-text search, with their document."""
    store = _open_store(db)
    hits = store.search(text, limit=limit)
    for hit in hits:
        out.print(f"{hit.span.doc_id} s{hit.sentence_index + 1} [{hit.span.start}:{hit.span.end}] {hit.source}", highlight=False, markup=False)
        out.print(f"    {hit.span.text}", highlight=False, markup=False)
    if not hits:
        err.print(f"no sentence matches {text!r}")
    store.close()


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path] | None, typer.Argument(help="Gold files (format: docs/gold-format.md).")] = None,
    benchmark: Annotated[list[str] | None, typer.Option("--benchmark", "-b", help="Public benchmark to run from ../shared/eval (repeatable): " + ", ".join(BENCHMARKS) + ", or 'all'.")] = None,
    section: Annotated[list[str] | None, typer.Option("--section", help="Only these gold sections (repeatable).")] = None,
    show: Annotated[int, typer.Option(help="Misses and false alarms listed per section.")] = 10,
) -> None:
    """Precision, recall and F1 per extractor against gold files and public benchmarks."""
    from readout.eval.gold import load_gold
    from readout.eval.public import run_benchmark
    from readout.eval.runner import evaluate as evaluate_gold

    if not gold and not benchmark:
        err.print("error: give gold files or --benchmark NAME")
        raise typer.Exit(EXIT_USAGE)
    failures = 0
    for path in gold or []:
        try:
            reports = evaluate_gold(load_gold(path), sections=section)
        except ReadoutError as exc:
            _report([exc])
            failures += 1
            continue
        table = Table("section", "precision", "recall", "F1", "tp", "fp", "fn", title=str(path))
        for r in reports:
            table.add_row(r.name, f"{r.score.precision:.3f}", f"{r.score.recall:.3f}", f"{r.score.f1:.3f}", str(r.score.tp), str(r.score.fp), str(r.score.fn))
        out.print(table)
        for r in reports:
            if r.extra:
                out.print(f"  {r.name}: " + ", ".join(f"{k}={v:.3f}" for k, v in r.extra.items()), highlight=False, markup=False)
        for r in reports:
            for label, items in (("missed", r.misses), ("false alarm", r.false_alarms)):
                for item in items[:show]:
                    out.print(f"  {r.name} {label}: {item}", highlight=False, markup=False)
    names = list(BENCHMARKS) if benchmark and "all" in benchmark else (benchmark or [])
    for name in names:
        if name not in BENCHMARKS:
            err.print(f"error: unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
            failures += 1
            continue
        try:
            report = run_benchmark(name)
        except (ReadoutError, OSError) as exc:
            err.print(f"error: benchmark {name}: {exc}")
            failures += 1
            continue
        table = Table("metric", "readout", "published", title=f"{report.name} ({report.data})")
        for key, value in report.metrics.items():
            table.add_row(key, f"{value:.3f}", f"{report.published[key]:.3f}" if key in report.published else "")
        for key, value in report.published.items():
            if key not in report.metrics:
                table.add_row(key, "", f"{value:.3f}")
        out.print(table)
        for note in report.notes:
            out.print(f"  note: {note}", highlight=False, markup=False)
        for weak in report.weakest:
            out.print(f"  weakest: {weak}", highlight=False, markup=False)
    raise typer.Exit(EXIT_PARTIAL if failures else EXIT_OK)


@app.command()
def commitments(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Judge each commitment as of this date (YYYY-MM-DD); default today.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Promises, plans and agreements across stored documents, with their state as of a date."""
    from readout.link.commitment_status import rows_for_store

    if fmt not in ("table", "csv", "json"):
        err.print(f"error: --format must be one of table, csv, json, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    as_of_date = _parse_date(as_of)
    store = _open_store(db)
    pairs = list(store.documents_with_analyses())
    store.close()
    published = {d.id: d.published for d, _ in pairs}
    sources = {d.id: d.source for d, _ in pairs}
    rows = rows_for_store([a for _, a in pairs if a is not None], published, as_of_date)
    records = [
        {
            "state": r.state,
            "actors": "; ".join(r.commitment.actor_names or r.commitment.actors),
            "action": r.commitment.action,
            "status_in_text": r.commitment.status_in_text,
            "due_start": r.commitment.due_start.isoformat() if r.commitment.due_start else "",
            "due_end": r.commitment.due_end.isoformat() if r.commitment.due_end else "",
            "reason": r.reason,
            "source": sources.get(r.doc_id, r.doc_id),
            "doc_id": r.doc_id,
            "start": r.commitment.span.start,
            "end": r.commitment.span.end,
            "text": r.commitment.span.text,
        }
        for r in rows
    ]
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["state"])
        writer.writeheader()
        writer.writerows(records)
    else:
        table = Table("state", "actors", "action", "said", "due", "why", "source", title=f"Commitments as of {as_of_date}")
        for r in records:
            due = f"{r['due_start']} – {r['due_end']}" if r["due_start"] else "no date"
            table.add_row(r["state"].replace("_", " "), r["actors"], r["action"], r["status_in_text"], due, r["reason"], f"{r['source']} [{r['start']}:{r['end']}]")
        out.print(table)
    if not records:
        err.print("no commitments stored; add documents with `readout add`")


@app.command()
def events(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (PLOVER event records), csv or parquet (POLECAT columns first); see docs/events-format.md.")] = "jsonl",
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of standard output (required for parquet).")] = None,
    db: DbOption = None,
) -> None:
    """Export the coded political events of all stored documents, each with its source offsets and verdict."""
    from readout.link.alignments import align_event_codes
    from readout.link.sources import Source
    from readout.present.events_export import FORMATS, EventRow, write_events

    if fmt not in FORMATS:
        err.print(f"error: --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if fmt == "parquet" and out_path is None:
        err.print("error: parquet is binary: give a file with --out")
        raise typer.Exit(EXIT_USAGE)
    store = _open_store(db)
    sources = [Source(d, a) for d, a in store.documents_with_analyses() if a is not None]
    store.close()
    verdicts = {(span.doc_id, span.start): a.verdict for a in align_event_codes(sources) for span in a.spans}
    rows = [
        EventRow(event=e, published=s.document.published, language=s.document.language or "en", verdict=verdicts.get((s.id, e.span.start)))
        for s in sources
        for e in s.analysis.events
    ]
    count = write_events(rows, fmt, out_path if out_path else sys.stdout)
    err.print(f"{count} event(s) exported" + (f" to {out_path}" if out_path else ""), highlight=False)


@app.command()
def version() -> None:
    """Print readout's version."""
    from readout import __version__

    out.print(__version__)
