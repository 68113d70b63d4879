"""The command line: thin commands over pipeline, store and present.

Exit codes: 0 every input was processed; 1 some inputs failed (named on stderr)
and the others were processed; 2 usage error; 3 nothing could be processed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from readout import settings
from readout.errors import ReadoutError, StoreError, printable
from readout.eval.public import BENCHMARKS

class _Command(typer.core.TyperCommand):
    """Every command: a database fault is one line and exit 3, not a traceback; help as plain click writes it,
    arguments by their metavar (INPUT...), no typer type markers (<list[str]>, {inputs})."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (StoreError, sqlite3.Error) as exc:
            line = exc.line() if isinstance(exc, StoreError) else (
                f"{_db_path(ctx.params.get('db'))}: store: {printable(str(exc))} (the database could not be read or written)")
            err.print(f"error: {line}", markup=False, highlight=False)
            raise typer.Exit(EXIT_NOTHING) from None

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_shown(param) if param.required else f"[{_shown(param)}]")
        return pieces

    def format_options(self, ctx, formatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((_shown(param), record[1]))
            else:
                options.append(record)
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


def _shown(argument) -> str:
    return (argument.metavar or (argument.name or "").upper()) + ("..." if argument.nargs != 1 else "")


class _Typer(typer.Typer):
    def command(self, *args, cls=None, **kwargs):
        return super().command(*args, cls=cls or _Command, **kwargs)


app = _Typer(
    help="Audit diplomatic readouts and news coverage: a sourced record and briefing from articles about an event.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain click help: no "<bool>"/"<str>" type markers beside the options
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

Inputs = Annotated[list[str], typer.Argument(metavar="INPUT", help="Files (text, HTML, feeds, WARC, JSONL), folders (read recursively), http(s) URLs, or '-' for standard input.")]
DbOption = Annotated[Path | None, typer.Option("--db", metavar="FILE", help="SQLite database to use (default: $READOUT_DB or ~/.local/share/readout/readout.db).")]
IncludeOption = Annotated[list[str] | None, typer.Option("--include", metavar="GLOB", help="Only files matching this glob inside folders (repeatable).")]
ExcludeOption = Annotated[list[str] | None, typer.Option("--exclude", metavar="GLOB", help="Skip files matching this glob inside folders (repeatable).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; errors are still printed.")]
RoleOption = Annotated[list[str] | None, typer.Option("--role", metavar="ROLE:FILE", help="Declare what a file, folder or URL is: official:FILE (a government's own readout or statement, audited against), news:FILE or analysis:FILE (repeatable); otherwise readout decides from the outlet, the document's own labels and its writing.")]


def _roles(values: list[str] | None) -> dict[str, str]:
    """``--role official:FILE`` values as {FILE: role}; a malformed one is a usage error."""
    roles = {}
    for value in values or []:
        role, _, target = value.partition(":")
        if role not in ("official", "news", "analysis") or not target:
            err.print(f"error: --role must be official:FILE, news:FILE or analysis:FILE, not {value!r}")
            raise typer.Exit(EXIT_USAGE)
        roles[target] = role
    return roles


def _db_path(db: Path | None) -> Path:
    return db or Path(settings.get("db"))


def _report(errors: list[ReadoutError]) -> None:
    for error in errors:
        err.print(f"error: {error.line()}", markup=False, highlight=False)


def _exit_code(done: int, errors: list[ReadoutError]) -> int:
    if not errors:
        return EXIT_OK
    return EXIT_PARTIAL if done else EXIT_NOTHING


class _RateColumn(ProgressColumn):
    """Documents a second, so a user can tell how long a large run will take."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "")


class _Bar:
    """A progress bar's handle: ``bar(n)`` advances it by n documents, ``bar.stage(label)`` renames the phase.

    The total is an estimate (``pipeline.estimate_documents``); when a run turns
    out longer the total follows the count, so the ETA never goes negative.
    """

    def __init__(self, progress: Progress, task) -> None:
        self.progress, self.task = progress, task

    def __call__(self, n: int) -> None:
        self.progress.advance(self.task, n)
        task = self.progress.tasks[0]
        if task.total is not None and task.completed > task.total:
            self.progress.update(self.task, total=task.completed)

    def stage(self, label: str) -> None:
        self.progress.update(self.task, description=label)


@contextmanager
def _progress(total, label: str, quiet: bool):
    """A bar on a terminal (documents done of about how many, docs/s, elapsed, ETA); ``total`` is called only then."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    count = total() if callable(total) else total
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn() if count else TextColumn("{task.completed} docs"),
               _RateColumn(), TimeElapsedColumn()] + ([TimeRemainingColumn()] if count else [])
    with Progress(*columns, console=err, transient=True) as bar:
        yield _Bar(bar, bar.add_task(label, total=count or None))


@app.command()
def brief(
    inputs: Annotated[list[str] | None, typer.Argument(metavar="INPUT", help="Files (text, HTML, feeds, WARC, JSONL), folders (read recursively), http(s) URLs, or '-' for standard input; none with --stored.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="Output printed: md, html or json (a JSON list of briefings, one per event).")] = "md",
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", metavar="DIR", help="Also write brief.md, brief.html and brief.json into this folder (a subfolder per event when there are several).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Date (YYYY-MM-DD) at which commitments are judged; default today.")] = None,
    event: Annotated[str | None, typer.Option("--event", metavar="ID", help="Only the event with this id (named on stderr, or by `readout list --events`).")] = None,
    stored: Annotated[bool, typer.Option("--stored", help="Brief the documents already in the database instead of inputs.")] = False,
    db: DbOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    quiet: QuietOption = False,
    role: RoleOption = None,
) -> None:
    """Brief articles: one briefing per event they cover (facts, figures, dates, quotes, commitments, verdicts), each line cited."""
    from readout import pipeline

    if fmt not in pipeline.FORMATS:
        err.print(f"error: --format must be one of {', '.join(pipeline.FORMATS)}, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if bool(inputs) == stored:
        err.print("error: give inputs to brief, or --stored to brief the database (not both)")
        raise typer.Exit(EXIT_USAGE)
    as_of_date = _parse_date(as_of)
    roles = _roles(role)
    if out_dir:
        _check(lambda: settings.check_output_folder(out_dir))
    shown: list[ReadoutError] = []  # inputs that failed, named as they failed
    if stored:
        store = _open_store(db, create=False)
        run = pipeline.brief_from_store(store, event_id=event, as_of=as_of_date)
        store.close()
        done = len(run.briefs)
    else:
        def on_error(error: ReadoutError) -> None:
            _report([error])
            shown.append(error)

        with _progress(lambda: pipeline.estimate_documents(inputs, include=include or (), exclude=exclude or ()), "analyzing", quiet) as advance:
            run = pipeline.brief_inputs(inputs, as_of=as_of_date, event_id=event, include=include or (), exclude=exclude or (), progress=advance, roles=roles,
                                        on_error=on_error)
        done = len(run.sources)
    _report([e for e in run.errors if not any(e is s for s in shown)])
    _print_notes(run.ingest_notes)
    for note in run.notes:
        err.print(f"note: {note}", markup=False, highlight=False)
    if not run.briefs:
        err.print("error: nothing could be briefed")
        raise typer.Exit(EXIT_NOTHING)
    if fmt == "json":
        sys.stdout.write("[" + ",\n".join(pipeline.render(b, "json") for b in run.briefs) + "]\n")
    else:
        sys.stdout.write("\n---\n\n".join(pipeline.render(b, fmt) for b in run.briefs))
    if out_dir:
        _write_briefs(run.briefs, out_dir)
    raise typer.Exit(_exit_code(done, run.errors))


def _write_briefs(briefs, out_dir: Path) -> None:
    from readout import pipeline

    for the_brief in briefs:
        folder = out_dir if len(briefs) == 1 else out_dir / the_brief.event.id
        folder.mkdir(parents=True, exist_ok=True)
        for name in pipeline.FORMATS:
            (folder / f"brief.{name}").write_text(pipeline.render(the_brief, name), encoding="utf-8")
        err.print(f"wrote {folder / 'brief.md'}, brief.html and brief.json", highlight=False)


def _parse_date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"error: --as-of must be a date like 2026-11-22, not {value!r}")
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def add(inputs: Inputs, db: DbOption = None, include: IncludeOption = None, exclude: ExcludeOption = None, quiet: QuietOption = False,
        role: RoleOption = None) -> None:
    """Store documents, their analysis and the events they join, committing as it goes (a rerun continues where it stopped)."""
    from readout import pipeline

    roles = _roles(role)
    store = _open_store(db)
    tally = pipeline.NoteTally()

    def on_note(note) -> None:
        line = tally.add(note)
        if line:
            err.print(f"note: {line}", markup=False, highlight=False)

    with _progress(lambda: pipeline.estimate_documents(inputs, include=include or (), exclude=exclude or ()), "adding", quiet) as advance:
        result = pipeline.add_to_store(store, inputs, include=include or (), exclude=exclude or (), progress=advance,
                                       on_error=lambda e: _report([e]), on_note=on_note, roles=roles,
                                       on_stage=advance.stage if advance else None)
    for line in tally.closing():
        err.print(f"note: {line}", markup=False, highlight=False)
    for s in result.skipped:
        err.print(f"note: {s.document.source}: stored, not analyzed: {s.analysis.skipped_reason}", highlight=False)
    err.print(
        f"added {result.added} new document(s), {result.already_stored} already stored; "
        f"{len(result.events_touched)} event(s) updated; database {store.path}",
        highlight=False,
    )
    store.close()
    raise typer.Exit(_exit_code(result.added + result.already_stored, result.errors))


def _print_notes(notes) -> None:
    """Notes about single inputs, a few of each kind and a count of the rest."""
    from readout import pipeline

    tally = pipeline.NoteTally()
    for note in notes:
        line = tally.add(note)
        if line:
            err.print(f"note: {line}", markup=False, highlight=False)
    for line in tally.closing():
        err.print(f"note: {line}", markup=False, highlight=False)


def _check(check) -> None:
    """Run a check of the command line before any work: a ``UsageError`` is one line and exit 2."""
    try:
        check()
    except ReadoutError as exc:
        err.print(f"error: {exc.line()}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE) from None


@app.callback()
def main() -> None:
    """Audit diplomatic readouts and news coverage: a sourced record and briefing from articles about an event."""
    if not sys.warnoptions:  # libraries' warnings (matplotlib, warcio, setuptools) are not the user's to read;
        warnings.simplefilter("ignore")  # -W or PYTHONWARNINGS still shows them to a developer
    _check(settings.check_all)
    if settings.get("actor_dictionary").strip():  # read only when set: the import costs every other command nothing
        from readout import pipeline

        _check(pipeline.check_actor_dictionary)


def _open_store(db: Path | None, create: bool = True):
    """The database; read-only commands pass ``create=False`` so a mistyped --db is an error, not a new file."""
    from readout import pipeline

    try:
        return pipeline.open_store(_db_path(db), create=create)
    except ReadoutError as exc:
        _report([exc])
        raise typer.Exit(EXIT_NOTHING) from exc


@app.command("list")
def list_documents(
    db: DbOption = None,
    show_events: Annotated[bool, typer.Option("--events", help="List the stored events (id, date, title, documents, verdict counts) instead of documents.")] = False,
) -> None:
    """Show the stored documents or events (a table on a terminal, tab-separated lines when piped)."""
    store = _open_store(db, create=False)
    if show_events:
        from readout import pipeline

        header = ("id", "date", "title", "documents", "corroborated", "conflicting", "single source")
        rows = [
            (s.event.id, str(s.event.date or ""), s.event.title, str(len(s.event.doc_ids)), str(s.corroborated), str(s.conflicting), str(s.single_source))
            for s in pipeline.stored_event_summaries(store)
        ]
    else:
        header = ("id", "source", "title", "published", "language", "sentences", "note", "date from", "role")
        rows = [
            (d.id, d.source, d.title or "", str(d.published or ""), d.language or "", str(d.sentences),
             d.skipped_reason or (f"near copy of {d.near_duplicate_of}" if d.near_duplicate_of else ""),
             d.published_from or "", d.role or "")
            for d in store.list_documents()
        ]
    store.close()
    _print_rows(header, rows)


def _print_rows(header: tuple[str, ...], rows: list[tuple[str, ...]], title: str | None = None) -> None:
    if out.is_terminal:
        table = Table(*header, title=title)
        for row in rows:
            table.add_row(*row)
        out.print(table)
    else:  # piped: tab-separated, one row a line, for scripts
        for row in [header, *rows]:
            sys.stdout.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")


@app.command()
def search(text: Annotated[str, typer.Argument(metavar="WORDS", help="Words to find (all must occur in the sentence).")], db: DbOption = None,
           limit: Annotated[int, typer.Option(metavar="N", help="At most this many sentences.")] = 20) -> None:
    """Find stored sentences by full-text search, with their document."""
    store = _open_store(db, create=False)
    hits = store.search(text, limit=limit)
    for hit in hits:
        out.print(f"{hit.span.doc_id} s{hit.sentence_index + 1} [{hit.span.start}:{hit.span.end}] {hit.source}", highlight=False, markup=False)
        out.print(f"    {hit.span.text}", highlight=False, markup=False)
    if not hits:
        err.print(f"no sentence matches {text!r}")
    store.close()


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path] | None, typer.Argument(metavar="GOLD", help="Gold files (format: docs/gold-format.md).")] = None,
    benchmark: Annotated[list[str] | None, typer.Option("--benchmark", "-b", metavar="NAME", help="Public benchmark to run from ../shared/eval (repeatable): " + ", ".join(BENCHMARKS) + ", or 'all'.")] = None,
    section: Annotated[list[str] | None, typer.Option("--section", metavar="NAME", help="Only these gold sections (repeatable).")] = None,
    show: Annotated[int, typer.Option(metavar="N", help="Misses and false alarms listed per section.")] = 10,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, or json (the same figures as data on standard output).")] = "table",
    part: Annotated[str, typer.Option("--part", metavar="PART", help="Benchmark figures of the fit part (write rules from these), the check part (only scored), or both; only the part asked for is analyzed and scored.")] = "both",
    confusion: Annotated[bool, typer.Option("--confusion", help="petrarch2 only: also print its per-type lines about the check records (main types by expected type, weakest types); for analysis after a session, never while writing rules.")] = False,
) -> None:
    """Precision, recall and F1 per extractor against gold files and public benchmarks."""
    import json

    from readout.eval.gold import load_gold
    from readout.eval.metrics import benchmark_data, section_data
    from readout.eval.parts import PARTS, runs_part
    from readout.eval.public import run_benchmark
    from readout.eval.runner import evaluate as evaluate_gold

    if not gold and not benchmark:
        err.print("error: give gold files or --benchmark NAME")
        raise typer.Exit(EXIT_USAGE)
    if fmt not in ("table", "json"):
        err.print(f"error: unknown format {fmt!r}; choose table or json")
        raise typer.Exit(EXIT_USAGE)
    if part not in PARTS:
        err.print(f"error: unknown part {part!r}; choose from {', '.join(PARTS)}")
        raise typer.Exit(EXIT_USAGE)
    as_data: dict[str, list] = {"gold": [], "benchmarks": []}
    failures = 0
    for path in gold or []:
        try:
            reports = evaluate_gold(load_gold(path), sections=section)
        except ReadoutError as exc:
            _report([exc])
            failures += 1
            continue
        if fmt == "json":
            as_data["gold"].append({"gold": str(path), "sections": [section_data(r) for r in reports]})
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
    names = [n for n in BENCHMARKS if runs_part(n, part)] if benchmark and "all" in benchmark else (benchmark or [])
    for name in names:
        if name not in BENCHMARKS:
            err.print(f"error: unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
            failures += 1
            continue
        try:
            report = run_benchmark(name, part=part, confusion=confusion)
        except (ReadoutError, OSError) as exc:
            err.print(f"error: benchmark {name}: {exc}")
            failures += 1
            continue
        if fmt == "json":
            as_data["benchmarks"].append(benchmark_data(report))
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
    if fmt == "json":
        sys.stdout.write(json.dumps(as_data, indent=1, ensure_ascii=False) + "\n")
    raise typer.Exit(EXIT_PARTIAL if failures else EXIT_OK)


@app.command()
def commitments(
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Judge each commitment as of this date (YYYY-MM-DD); default today.")] = None,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, csv or json.")] = "table",
) -> None:
    """Promises, plans and agreements across stored documents (each stated once per event), with their state as of a date."""
    from readout import pipeline

    if fmt not in ("table", "csv", "json"):
        err.print(f"error: --format must be one of table, csv, json, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    as_of_date = _parse_date(as_of)
    store = _open_store(db, create=False)
    rows = pipeline.stored_commitments(store, as_of_date)
    sources = {d.id: d.source for d in store.list_documents()}
    store.close()
    records = [
        {
            "state": r.state,
            "actors": "; ".join(r.commitment.actor_names or r.commitment.actors),
            "action": r.commitment.action,
            "status_in_text": r.commitment.status_in_text,
            "due_start": r.commitment.due_start.isoformat() if r.commitment.due_start else "",
            "due_end": r.commitment.due_end.isoformat() if r.commitment.due_end else "",
            "reason": r.reason,
            "verdict": r.verdict,
            "independent_sources": r.independent_sources,
            "event_id": r.event_id or "",
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
        header = ("state", "actors", "action", "said", "due", "why", "sources", "source")
        _print_rows(header, [
            (r["state"].replace("_", " "), r["actors"], r["action"], r["status_in_text"],
             f"{r['due_start']} – {r['due_end']}" if r["due_start"] else "no date", r["reason"],
             f"{r['independent_sources']} ({r['verdict'].replace('_', ' ')})", f"{r['source']} [{r['start']}:{r['end']}]")
            for r in records
        ], title=f"Commitments as of {as_of_date}")
    if not records:
        err.print("no commitments stored; add documents with `readout add`")


@app.command()
def events(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="jsonl (PLOVER event records), csv or parquet (POLECAT columns first); see docs/events-format.md.")] = "jsonl",
    out_path: Annotated[Path | None, typer.Option("--out", "-o", metavar="FILE", help="Write to this file instead of standard output (required for parquet).")] = None,
    db: DbOption = None,
) -> None:
    """Export the coded political events of all stored documents, each with its source offsets, event and verdict."""
    from readout import pipeline

    if fmt not in pipeline.EVENT_FORMATS:
        err.print(f"error: --format must be one of {', '.join(pipeline.EVENT_FORMATS)}, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if fmt == "parquet" and out_path is None:
        err.print("error: parquet is binary: give a file with --out")
        raise typer.Exit(EXIT_USAGE)
    if out_path:
        _check(lambda: settings.check_output_file(out_path))
    store = _open_store(db, create=False)
    count = pipeline.write_event_codes(store, fmt, out_path if out_path else sys.stdout)
    store.close()
    err.print(f"{count} event(s) exported" + (f" to {out_path}" if out_path else ""), highlight=False)


EXPORT_FILES = {"ftm": "ftm.jsonl", "annotations": "w3c.jsonl"}


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="csv: entities.csv and mentions.csv in the --out folder; ftm: FollowTheMoney entities as JSON Lines (Aleph, OpenAleph, Datashare); annotations: every item as a W3C Web Annotation, then the analysts' own.")],
    out_path: Annotated[Path | None, typer.Option("--out", "-o", metavar="PATH", help="The folder for csv (made if missing); the file for ftm and annotations (default: standard output).")] = None,
    event: Annotated[str | None, typer.Option("--event", metavar="ID", help="Only the documents of this event (readout list --events names them).")] = None,
    as_extracted: Annotated[bool, typer.Option("--as-extracted", help="Ignore the analyst layer: entities an analyst hid or merged are exported as extracted, and no analyst annotation is added.")] = False,
    db: DbOption = None,
) -> None:
    """Export the stored entities, mentions and items for other tools, as analysts see them (hidden entities left out, merged ones under their target)."""
    from readout import pipeline

    if fmt not in ("csv", *EXPORT_FILES):
        err.print(f"error: --format must be csv, ftm or annotations, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if fmt == "csv" and out_path is None:
        err.print("error: csv is two tables (entities.csv, mentions.csv): give a folder with --out")
        raise typer.Exit(EXIT_USAGE)
    if fmt == "csv" and out_path.exists() and not out_path.is_dir():
        err.print(f"error: --out {out_path} is a file; csv needs a folder for entities.csv and mentions.csv")
        raise typer.Exit(EXIT_USAGE)
    if fmt != "csv" and out_path:
        _check(lambda: settings.check_output_file(out_path))
    store = _open_store(db, create=False)
    try:
        if event is not None and store.browse.event(event) is None:
            err.print(f"error: no event {event!r} in {_db_path(db)} (readout list --events names them)", highlight=False)
            raise typer.Exit(EXIT_USAGE)
        names = ["entities.csv", "mentions.csv"] if fmt == "csv" else [EXPORT_FILES[fmt]]
        for name in names:
            target = out_path / name if fmt == "csv" else out_path
            if target is None:
                count = pipeline.export(store, name, sys.stdout, event_id=event, analyst=not as_extracted)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="") as fh:
                    count = pipeline.export(store, name, fh, event_id=event, analyst=not as_extracted)
            err.print(f"{count} {'row(s)' if name.endswith('.csv') else 'object(s)'} of {name} exported" + (f" to {target}" if target else ""),
                      highlight=False)
    finally:
        store.close()


annotations_app = _Typer(help="The analyst layer (hide, merge, tag, note, verdict) as JSON Lines: keep it, or move it to another database.",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(annotations_app, name="annotations")


@annotations_app.command("export")
def annotations_export(
    out_path: Annotated[Path | None, typer.Option("--out", "-o", metavar="FILE", help="Write to this file instead of standard output.")] = None,
    db: DbOption = None,
) -> None:
    """Write every annotation, with its author and time, as JSON Lines (what readout annotations import and POST /api/1/annotations/import read)."""
    if out_path:
        _check(lambda: settings.check_output_file(out_path))
    store = _open_store(db, create=False)
    lines = store.annotations.export_jsonl()
    store.close()
    if out_path:
        out_path.write_text("".join(lines), encoding="utf-8")
    else:
        sys.stdout.write("".join(lines))
    err.print(f"{len(lines)} annotation(s) exported" + (f" to {out_path}" if out_path else ""), highlight=False)


@annotations_app.command("import")
def annotations_import(
    file: Annotated[str, typer.Argument(metavar="FILE", help="JSON Lines written by readout annotations export, or '-' for standard input.")],
    db: DbOption = None,
) -> None:
    """Add exported annotations to the database, all or none: each names a stored entity, alignment, document, event or item."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        err.print(f"error: {file}: {exc.strerror or exc}", markup=False, highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    _open_store(db, create=False).close()  # a mistyped --db is an error, not a new database
    store = _open_store(db)
    try:
        imported = store.annotations.import_jsonl(text.splitlines(), "stdin" if file == "-" else file)
    except ReadoutError as exc:
        _report([exc])
        raise typer.Exit(EXIT_NOTHING) from None
    finally:
        store.close()
    err.print(f"imported {len(imported)} annotation(s) into {_db_path(db)}", highlight=False)


@app.command("batch")
def batch_run(
    inputs: Annotated[list[str], typer.Argument(help="WARC/WARC.gz, JSONL and other files, folders (read recursively) or globs: paths every worker can read, or URLs (https://, s3://, hdfs://; docs/batch.md).")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="New or empty folder for the Parquet tables (one subfolder per table, partitioned by publication date).")],
    engine: Annotated[str, typer.Option("--engine", metavar="ENGINE", help="local: a process pool on this machine; spark: a Spark job (needs the readout[spark] extra and Java 17).")] = "local",
    master: Annotated[str | None, typer.Option("--master", metavar="URL", help="Spark master (default local[*]: every core of this machine); only with --engine spark.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", metavar="N", help="Processes of the local engine (default: one per core).")] = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    role: RoleOption = None,
) -> None:
    """Read, analyze and link many articles into Parquet tables (documents, mentions, quantities, times, quotes, claims, commitments, event codes, rhetoric, rejects, events, alignments)."""
    from readout import pipeline

    roles = _roles(role)
    if master and engine != "spark":
        err.print("error: --master needs --engine spark")
        raise typer.Exit(EXIT_USAGE)
    if workers and engine == "spark":
        err.print("error: --workers is for --engine local; Spark's workers are set by --master (local[N] or the cluster)")
        raise typer.Exit(EXIT_USAGE)
    try:
        summary = pipeline.run_batch(inputs, out_dir, engine=engine, master=master, workers=workers, include=include or (), exclude=exclude or (),
                                     roles=roles)
    except ReadoutError as exc:
        _report([exc])
        raise typer.Exit(EXIT_USAGE if exc.reason in ("usage", "extra_missing") else EXIT_NOTHING) from None
    rejected = ", ".join(f"{n} {reason}" for reason, n in summary.rejects.items()) or "none"
    err.print(f"{summary.documents} document(s) analyzed, {summary.near_duplicates} near copies marked; rejected: {rejected} "
              f"(rows of the rejects table); {summary.events} event(s), {summary.alignments} alignment(s); "
              f"{summary.seconds:.1f} s; tables in {out_dir}", highlight=False)
    for note in summary.link_notes:
        err.print(f"note: {note}", highlight=False)
    failed = sum(n for reason, n in summary.rejects.items() if reason not in ("duplicate", "not_analyzed"))
    raise typer.Exit(EXIT_OK if not failed else EXIT_PARTIAL if summary.documents else EXIT_NOTHING)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The --out folder of a finished readout batch.")],
    db: DbOption = None,
) -> None:
    """Import a batch's Parquet tables into the database, so list, search, brief --stored, commitments and events read them."""
    from readout import pipeline

    store = _open_store(db)
    try:
        summary = pipeline.load_batch(folder, store)
    except ReadoutError as exc:
        store.close()
        _report([exc])
        raise typer.Exit(EXIT_USAGE if exc.reason == "usage" else EXIT_NOTHING) from None
    store.close()
    _report(summary.errors)
    how = "linked again with the stored documents" if summary.relinked else "as the batch linked them"
    err.print(f"loaded {summary.added} new document(s), {summary.already_stored} already stored; "
              f"{summary.events} event(s) {how}; database {_db_path(db)}", highlight=False)
    raise typer.Exit(_exit_code(summary.added + summary.already_stored, summary.errors))


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", metavar="ADDRESS", help="Address to listen on; anything but loopback (127.0.0.1, ::1, localhost) needs --public.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="PORT", min=1, max=65535, help="Port to listen on.")] = 8765,
    public: Annotated[bool, typer.Option("--public", help="Server mode: allow a non-loopback --host; writes then need READOUT_WEB_TOKEN and URLs to private addresses are refused.")] = False,
    db: DbOption = None,
) -> None:
    """Serve the web pages and the HTTP API (/api/1/) over the database, until interrupted."""
    from readout.web.app import WebConfig, create_app, is_loopback

    if not is_loopback(host) and not public:
        err.print(f"error: --host {host} is reachable from other machines; add --public to serve beyond this machine (writes then need READOUT_WEB_TOKEN)")
        raise typer.Exit(EXIT_USAGE)
    _check(settings.check_all)
    if public and not settings.get("web_token"):
        err.print("error: --public needs a token for write endpoints: set READOUT_WEB_TOKEN to a long random string")
        raise typer.Exit(EXIT_USAGE)
    try:
        application = create_app(WebConfig.from_settings(_db_path(db), public=public))
    except ReadoutError as exc:
        err.print(f"error: {exc.line()}", markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING) from None
    import uvicorn

    err.print(f"serving {_db_path(db)} on http://{host}:{port}/ (API: /api/1/, schema: /api/1/openapi.json); Ctrl-C stops", markup=False, highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def version() -> None:
    """Print readout's version."""
    from readout import __version__

    out.print(__version__)


if __name__ == "__main__":  # `python -m readout.cli ...` runs the same commands as the `readout` script
    app(prog_name="readout")
