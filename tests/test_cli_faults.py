"""Faults that must not cost a user work: bad options caught before work, interrupted runs, read-only commands."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from readout.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def _run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, env=env)


def test_a_bad_out_is_one_line_and_exit_2_before_any_work(tmp_path):
    existing = tmp_path / "taken"
    existing.write_text("x", encoding="utf-8")
    result = _run("brief", EXAMPLES / "summit", "--out", existing)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: --out: usage: --out {existing} is an existing file, not a folder (give a folder; a missing one is created)"]
    assert result.stdout == ""  # nothing was analyzed or printed
    under = _run("events", "--out", existing / "events.csv", "--format", "csv", "--db", tmp_path / "r.db")
    assert under.exit_code == 2 and "Traceback" not in under.stderr


def test_an_invalid_setting_is_a_usage_error_naming_it(tmp_path):
    result = _run("add", EXAMPLES / "summit", "--db", tmp_path / "r.db", env={"READOUT_MAX_BYTES": "abc"})
    assert result.exit_code == 2
    assert "READOUT_MAX_BYTES" in result.stderr and "'abc'" in result.stderr
    assert not (tmp_path / "r.db").exists()


def test_an_actor_dictionary_missing_or_unreadable_is_exit_2_before_any_work(tmp_path):
    missing = _run("add", EXAMPLES / "summit", "--db", tmp_path / "r.db", env={"READOUT_ACTOR_DICTIONARY": str(tmp_path / "none.txt")})
    assert missing.exit_code == 2 and "READOUT_ACTOR_DICTIONARY" in missing.stderr and "existing file" in missing.stderr
    bad = tmp_path / "actors.txt"
    bad.write_text("ZEMBLA [ZMB]\n\t[ZMBGOV someday]\n", encoding="utf-8")
    result = _run("add", EXAMPLES / "summit", "--db", tmp_path / "r.db", env={"READOUT_ACTOR_DICTIONARY": str(bad)})
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: {bad}: usage: the date restriction [ZMBGOV someday] is not <DATE, >DATE or DATE-DATE (dates are YYYYMMDD or YYMMDD)"]
    assert not (tmp_path / "r.db").exists()


def test_read_only_commands_never_create_a_database(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (("list",), ("list", "--events"), ("search", "trade"), ("commitments",), ("events",), ("brief", "--stored")):
        result = _run(*args, "--db", missing)
        assert result.exit_code == 3, args
        assert "the database does not exist" in result.stderr, args
        assert not missing.exists(), args


def test_the_same_text_twice_in_one_run_is_reported_and_stored_once(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    text = (EXAMPLES / "summit" / "02-wire.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    result = _run("add", folder, "--db", tmp_path / "r.db", "--quiet")
    assert result.exit_code == 0
    assert f"{folder / 'b.txt'}: duplicate: same text as {folder / 'a.txt'}, stored once" in result.stderr
    assert "added 1 new document(s)" in result.stderr


def test_help_shows_no_type_markers_beside_options_or_arguments():
    for command in ("brief", "add", "list", "search", "eval", "commitments", "events", "version"):
        text = _run(command, "--help").stdout
        assert "<" not in text and "{" not in text, (command, text)
    add = _run("add", "--help").stdout
    assert add.startswith("Usage: root add [OPTIONS] INPUT...\n")  # the runner names the program "root"
    assert "\nArguments:\n  INPUT...  Files (text, HTML" in add
    assert _run("search", "--help").stdout.startswith("Usage: root search [OPTIONS] WORDS\n")
    assert "  --show N " in _run("eval", "--help").stdout


def test_an_out_file_in_a_missing_or_unwritable_folder_is_exit_2_before_any_work(tmp_path):
    missing = tmp_path / "no-such-folder" / "events.csv"
    result = _run("events", "--out", missing, "--format", "csv", "--db", tmp_path / "r.db")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --out: usage: --out {missing} cannot be written: the folder {missing.parent} does not exist "
        "(create the folder first or give another path)"]
    assert not (tmp_path / "r.db").exists()  # checked before the database was even opened
    unwritable = _run("events", "--out", "/proc/readout-events.csv", "--format", "csv", "--db", tmp_path / "r.db")
    assert unwritable.exit_code == 2 and len(unwritable.stderr.strip().splitlines()) == 1
    assert "cannot be written: /proc is not writable" in unwritable.stderr
    folder = _run("brief", EXAMPLES / "summit", "--out", "/proc/readout-briefs")
    assert folder.exit_code == 2 and folder.stdout == ""
    assert "/proc is not writable" in folder.stderr


def test_a_damaged_database_is_one_line_and_exit_3(tmp_path):
    from readout.ingest.document import document_from_text
    from readout.store import Store

    path = tmp_path / "r.db"
    with Store(path) as store:
        for n in range(300):
            store.add(document_from_text(f"Document {n}. " + "The ministers met and talked. " * 60, f"d{n}.txt"), None)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # the schema on the first pages stays readable; the rows half-way are garbage
        fh.seek(size // 2)
        fh.write(b"\xff" * 40960)
    for args in (("list",), ("commitments",)):
        result = _run(*args, "--db", path)
        assert result.exit_code == 3, (args, result.stderr)
        assert result.stderr.strip().splitlines()[-1] == (
            f"error: {path}: store: database disk image is malformed (the database could not be read or written)")
        assert "Traceback" not in result.stderr


def _article(n: int) -> str:
    return (
        f"Trade ministers of Norland and Sudria met in Port Adela on {n % 27 + 1} March 2026 and agreed to cut tariffs "
        f"on {n * 37 % 900 + 100} goods. Minister Arno Vell said the talks, number {n}, had been frank. "
        f"Exports reached ${n + 10} million last year, the ministry said.\n"
    )


ARTICLES_TO_INTERRUPT = 120


def test_an_interrupted_add_keeps_what_it_finished_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    # many more than a committed batch (pipeline.STORE_BATCH), so the run is still going when the first are stored, however fast the analyzer
    for n in range(ARTICLES_TO_INTERRUPT):
        (folder / f"{n:03}.txt").write_text(_article(n), encoding="utf-8")
    db = tmp_path / "r.db"
    command = [str(Path(sys.executable).parent / "readout"), "add", str(folder), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 300
    while stored < 8 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        if db.exists():
            try:
                with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as connection:
                    stored = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                stored = 0
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        analyses = connection.execute("SELECT count(*) FROM analyses").fetchone()[0]
    assert 8 <= kept < ARTICLES_TO_INTERRUPT and analyses == kept  # every stored document has its analysis: batches commit whole
    rerun = _run("add", folder, "--db", db, "--quiet")
    assert rerun.exit_code == 0, rerun.stderr
    assert f"added {ARTICLES_TO_INTERRUPT - kept} new document(s), {kept} already stored" in rerun.stderr


def test_the_source_of_the_publication_date_is_stored_listed_and_in_the_brief_json(tmp_path):
    import json

    paragraphs = "".join(f"<p>{_article(n)}</p>" for n in range(4))
    (tmp_path / "page.html").write_text(
        "<html lang='en'><head><meta property='article:published_time' content='2026-03-05T08:00:00Z'>"
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-04T10:00:00Z"}</script>'
        f"</head><body><article><h1>Ministers cut tariffs</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Title: Talks\nDate: 2026-03-06\n\n" + _article(7), encoding="utf-8")
    db = tmp_path / "r.db"
    added = _run("add", tmp_path, "--db", db, "--quiet")
    assert added.exit_code == 0, added.stderr
    assert (f"note: {tmp_path / 'page.html'}: date_source: publication date 2026-03-04 from JSON-LD datePublished; "
            "meta article:published_time says 2026-03-05") in added.stderr
    lines = _run("list", "--db", db).stdout.splitlines()
    header = lines[0].split("\t")
    rows = {Path(r[1]).name: dict(zip(header, r)) for r in (line.split("\t") for line in lines[1:])}
    assert (rows["page.html"]["published"], rows["page.html"]["date from"]) == ("2026-03-04", "JSON-LD datePublished")
    assert (rows["notes.txt"]["published"], rows["notes.txt"]["date from"]) == ("2026-03-06", "the file's header")
    briefs = json.loads(_run("brief", tmp_path / "page.html", "--format", "json", "--quiet").stdout)
    assert [(s["published"], s["published_from"]) for s in briefs[0]["sources"]] == [("2026-03-04", "JSON-LD datePublished")]


def _in_a_terminal(command: list[str]) -> str:
    """What a command writes to a pseudo-terminal (so its progress bar is drawn), control sequences included."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower,
                               env={**os.environ, "COLUMNS": "160", "TERM": "xterm"})
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the command ended and closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_the_progress_bar_counts_documents_of_an_estimated_total_with_rate_and_eta(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02 binary \x00\x00")
    for n in range(11):
        (folder / f"d{n:02}.txt").write_text(_article(n), encoding="utf-8")
    screen = _in_a_terminal([str(Path(sys.executable).parent / "readout"), "add", str(folder), "--db", str(tmp_path / "r.db")])
    assert "adding" in screen and "12/12" in screen and "docs/s" in screen  # every input counted, bad ones too
    assert re.search(r"\d+/12\b.*?docs/s.*?\d:\d\d:\d\d.*?\d:\d\d:\d\d", screen)  # rate, elapsed and time remaining
    error = screen.index(f"error: {folder / 'bad.txt'}")
    assert error < screen.index("linking events") < screen.index("added 11 new document(s)")  # the error while running


def test_re_adding_stored_documents_does_not_analyze_them_again(tmp_path, monkeypatch):
    from readout import pipeline

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    db = tmp_path / "r.db"
    assert _run("add", folder, "--db", db, "--quiet").exit_code == 0
    analyzed = []
    real = pipeline.analyze_many

    def counting(documents, nlp=None):
        analyzed.extend(d.source for d in documents)
        return real(documents, nlp)

    monkeypatch.setattr(pipeline, "analyze_many", counting)
    (folder / "new.txt").write_text(_article(99), encoding="utf-8")
    again = _run("add", folder, "--db", db, "--quiet")
    assert "added 1 new document(s), 5 already stored" in again.stderr
    assert analyzed == [str(folder / "new.txt")]


def test_library_warnings_do_not_reach_the_users_terminal():
    """matplotlib warns about the date axis of a short timeline; the user sees the brief, not the warning."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    command = [str(Path(sys.executable).parent / "readout"), "brief", str(EXAMPLES / "readout-audit"), "--format", "html", "--quiet"]
    quiet = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert quiet.returncode == 0 and quiet.stdout.startswith("<!DOCTYPE html>")
    assert "Warning" not in quiet.stderr, quiet.stderr  # (with PYTHONWARNINGS=default it is shown, as of 2026-12)


def test_brief_names_a_failed_input_as_it_fails_once_and_exits_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_article(1), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00")
    result = _run("brief", folder, "--quiet")
    assert result.exit_code == 1
    line = f"error: {folder / 'b.txt'}: binary: the input is binary data (NUL bytes), not text"
    assert result.stderr.splitlines().count(line) == 1
    assert result.stdout.startswith("#")  # the good input was briefed
