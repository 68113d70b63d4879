"""The CLI end to end, as a user runs it: on the example corpus, the seeds, bad inputs and the store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readout import __version__
from readout.cli import app
from readout.model import Brief

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _briefs(stdout: str) -> list[Brief]:
    """`brief --format json` prints a list of briefings, one per event."""
    return [Brief.model_validate(b) for b in json.loads(stdout)]


def _all_items(brief: Brief):
    """Every cited item a reader sees, section by section."""
    sections = (brief.participants, brief.summary, brief.takeaways, brief.figures, brief.dates, brief.commitments,
                brief.conflicts, brief.inconsistencies, brief.checks, brief.rhetoric)
    return [item for section in sections for item in section] + [q for group in brief.quotes for q in group.quotes]


@pytest.fixture(scope="module")
def summit_brief(tmp_path_factory):
    out = tmp_path_factory.mktemp("summit")
    result = _run("brief", EXAMPLES / "summit", "--out", out, "--as-of", "2026-11-22")
    assert result.exit_code == 0, result.stderr
    return result, out


def test_brief_writes_markdown_html_and_json(summit_brief):
    result, out = summit_brief
    assert result.stdout == (out / "brief.md").read_text(encoding="utf-8")
    assert (out / "brief.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    Brief.model_validate_json((out / "brief.json").read_text(encoding="utf-8"))


def test_every_brief_line_cites_the_exact_source_characters(summit_brief):
    _, out = summit_brief
    brief = Brief.model_validate_json((out / "brief.json").read_text(encoding="utf-8"))
    from readout.ingest.sources import read_sources

    texts = {d.id: d.text for d in read_sources([EXAMPLES / "summit"])}
    items = _all_items(brief)
    assert len(items) > 10
    for item in items:
        assert item.citations, item
        for c in item.citations:
            assert texts[c.doc_id][c.span.start : c.span.end] == c.span.text


def test_summit_brief_names_event_figures_quotes_and_conflict(summit_brief):
    result, _ = summit_brief
    md = result.stdout
    assert "12 March 2026" in md
    assert "Lula" in md and "Merz" in md
    assert "US$19.6 billion" in md and "€200 million" in md
    assert "conflict" in md.lower() and "about US$21 billion" in md  # the figure two sources state differently
    assert "We want to be a reliable partner for Brazil" in md
    for boilerplate in ("Share this page", "Leave a Comment", "Comments (2)", "All rights reserved"):
        assert boilerplate not in md


def test_brief_html_cites_with_hoverable_source_text(summit_brief):
    _, out = summit_brief
    html = (out / "brief.html").read_text(encoding="utf-8")
    assert '<section id="figures">' in html and 'class="cite"' in html and 'id="source-3"' in html


def test_seed_brief_names_date_leaders_figures_and_drops_boilerplate(seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    result = _run("brief", seeds_dir / "000_22986afe1b4ef312.txt", seeds_dir / "003_a7c74c352d17316b.txt", "--format", "json", "--quiet")
    assert result.exit_code == 0, result.stderr
    [brief] = _briefs(result.stdout)
    text = result.stdout
    assert brief.event is not None and brief.event.date.isoformat() == gold["event"]["date"]
    assert "4 February 2026" in brief.title
    for leader in gold["event"]["participants"]:
        assert leader in brief.event.participant_names
    cited = {c.span.text for figure in brief.figures for c in figure.citations}
    found = [q["text"] for q in gold["quantities"] if any(q["text"] in t for t in cited)]
    assert len(found) >= 0.8 * len(gold["quantities"]), found
    for doc in gold["documents"].values():
        for boilerplate in doc["boilerplate_to_drop"]:
            assert boilerplate not in text
    repeated = gold["documents"]["003_a7c74c352d17316b.txt"]["duplicated_paragraph"]
    assert text.count(repeated) <= 1


def test_bad_inputs_are_named_and_the_rest_is_briefed(tmp_path):
    folder = tmp_path / "batch"
    shutil.copytree(EXAMPLES / "summit", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = _run("brief", folder, "--quiet")
    assert result.exit_code == 1
    assert "empty.txt: empty:" in result.stderr
    assert "image.txt: binary:" in result.stderr
    assert "12 March 2026" in result.stdout


def test_nothing_readable_exits_3(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _run("brief", tmp_path / "empty.txt", "--quiet")
    assert result.exit_code == 3
    assert "nothing could be briefed" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = _run("brief", EXAMPLES / "summit", "--format", "pdf")
    assert result.exit_code == 2 and "--format must be one of md, html, json" in result.stderr


def test_add_list_search_round_trip_through_a_sqlite_file(tmp_path):
    db = tmp_path / "r.db"
    first = _run("add", EXAMPLES / "summit", "--db", db, "--quiet")
    assert first.exit_code == 0, first.stderr
    assert "added 3 new document(s), 0 already stored" in first.stderr
    again = _run("add", EXAMPLES / "summit" / "02-wire.txt", "--db", db, "--quiet")
    assert "added 0 new document(s), 1 already stored" in again.stderr
    listing = _run("list", "--db", db)
    assert "02-wire.txt" in listing.stdout and "03-analysis.txt" in listing.stdout
    found = _run("search", "Hannover Messe", "--db", db)
    assert "The chancellor also invited Lula to open the Hannover Messe" in found.stdout
    assert "03-analysis.txt" in found.stdout


def test_eval_prints_scores_per_section():
    result = _run("eval", EXAMPLES / "summit-gold.json")
    assert result.exit_code == 0, result.stderr
    assert "quantities" in result.stdout and "precision" in result.stdout


def test_commitments_as_of_a_date_across_stored_documents(tmp_path, seeds_dir):
    db = tmp_path / "r.db"
    _run("add", seeds_dir / "000_22986afe1b4ef312.txt", seeds_dir / "003_a7c74c352d17316b.txt", "--db", db, "--quiet")
    result = _run("commitments", "--as-of", "2026-11-22", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    visits = [r for r in rows if "visit" in r["action"] and r["due_end"] == "2026-06-30"]
    assert visits and all(r["state"] == "past_due_unconfirmed" for r in visits)
    earlier = json.loads(_run("commitments", "--as-of", "2026-03-01", "--db", db, "--format", "json").stdout)
    assert {r["state"] for r in earlier if "visit" in r["action"] and r["due_end"] == "2026-06-30"} == {"due"}
    for r in rows:  # every row points at its source characters
        assert r["text"] and r["end"] > r["start"]


def test_events_export_in_three_formats(tmp_path):
    db = tmp_path / "r.db"
    _run("add", EXAMPLES / "summit", "--db", db, "--quiet")
    jsonl = _run("events", "--db", db)
    assert jsonl.exit_code == 0, jsonl.stderr
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert records and all(r["textInfo"]["endChar"] > r["textInfo"]["startChar"] for r in records)
    assert any(r["event"] == "CONSULT" for r in records)
    csv_out = _run("events", "--db", db, "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("Event ID,Event Date,Event Type")
    assert "verdict" in csv_out.stdout.splitlines()[0]
    parquet = tmp_path / "events.parquet"
    assert _run("events", "--db", db, "--format", "parquet", "--out", parquet).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(records)
    assert _run("events", "--db", db, "--format", "parquet").exit_code == 2


def test_eval_runs_a_public_benchmark_and_names_unknown_ones():
    if not (Path(__file__).resolve().parents[2] / "shared" / "eval" / "semeval2021-task6").is_dir():
        pytest.skip("../shared/eval is not beside the project")
    result = _run("eval", "--benchmark", "semeval2021")
    assert result.exit_code == 0, result.stderr
    assert "span_precision" in result.stdout and "weakest:" in result.stdout
    unknown = _run("eval", "--benchmark", "nope")
    assert unknown.exit_code == 1 and "unknown benchmark 'nope'" in unknown.stderr


FRENCH = (
    "Le président brésilien a reçu le chancelier allemand au palais du Planalto jeudi. Les deux dirigeants ont "
    "parlé du commerce, du climat et de l'énergie pendant deux heures, selon un responsable brésilien. Ils ont "
    "promis de conclure un partenariat sur l'hydrogène vert avant la fin de l'année.\n"
)


def test_unsupported_language_is_stored_listed_and_not_analyzed(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    db = tmp_path / "r.db"
    added = _run("add", tmp_path / "fr.txt", "--db", db, "--quiet")
    assert added.exit_code == 0
    assert "fr.txt: stored, not analyzed: language 'fr' is not supported yet" in added.stderr
    listing = _run("list", "--db", db).stdout.splitlines()
    assert any("fr.txt" in line and "\tfr\t0\tlanguage 'fr' is not supported yet" in line for line in listing)


def test_a_syndicated_copy_is_linked_to_its_original_and_not_a_second_source(tmp_path):
    original = (EXAMPLES / "summit" / "02-wire.txt").read_text(encoding="utf-8")
    copy = original.replace("Reporting by Ana Souza; editing by Tom Reed", "Distributed by Example Syndicate. All rights reserved.")
    (tmp_path / "a.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b.txt").write_text(copy, encoding="utf-8")
    db = tmp_path / "r.db"
    _run("add", tmp_path / "a.txt", "--db", db, "--quiet")
    _run("add", tmp_path / "b.txt", "--db", db, "--quiet")
    rows = [line.split("\t") for line in _run("list", "--db", db).stdout.splitlines()[1:]]
    by_source = {Path(r[1]).name: r for r in rows}
    assert by_source["b.txt"][6] == f"near copy of {by_source['a.txt'][0]}"
    [brief] = _briefs(_run("brief", tmp_path, "--format", "json", "--quiet").stdout)
    assert brief.figures and all(f.verdict == "single_source" for f in brief.figures)  # one story, told twice, is one source
    assert all(a.verdict != "corroborated" for a in brief.alignments)


def test_a_single_article_from_standard_input_names_both_leaders():
    text = (EXAMPLES / "summit" / "02-wire.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["brief", "-", "--quiet"], input=text, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "# Briefing: Friedrich Merz and Luiz Inácio Lula da Silva, 12 March 2026"
    source_line = result.stdout.split("## Sources", 1)[1].strip().splitlines()[0]
    assert "Germany and Brazil pledge hydrogen push" in source_line  # named by what it is, not by where it was read


def test_stored_events_brief_and_commitments_agree(tmp_path):
    db = tmp_path / "r.db"
    assert _run("add", EXAMPLES / "summit", "--db", db, "--quiet").exit_code == 0
    first = _run("list", "--events", "--db", db).stdout.splitlines()
    assert first[0].split("\t")[:4] == ["id", "date", "title", "documents"]
    [summit] = [line.split("\t") for line in first[1:]]
    assert summit[1] == "2026-03-12" and summit[3] == "3"

    added = _run("add", EXAMPLES / "visit", "--db", db, "--quiet")
    assert "1 event(s) updated" in added.stderr  # the summit's event is not recomputed
    rows = [line.split("\t") for line in _run("list", "--events", "--db", db).stdout.splitlines()[1:]]
    assert sorted(r[3] for r in rows) == ["3", "5"] and summit in rows

    stored = _briefs(_run("brief", "--stored", "--db", db, "--format", "json", "--as-of", "2026-11-22").stdout)
    from_inputs = _briefs(_run("brief", EXAMPLES / "summit", EXAMPLES / "visit", "--format", "json", "--as-of", "2026-11-22", "--quiet").stdout)
    assert sorted(b.title for b in stored) == sorted(b.title for b in from_inputs)
    commitments = json.loads(_run("commitments", "--db", db, "--format", "json", "--as-of", "2026-11-22").stdout)
    assert len(commitments) == sum(len(b.commitments) for b in stored) == sum(len(b.commitments) for b in from_inputs)
    assert {(c["action"], c["state"]) for c in commitments} == {(c.action, c.state) for b in stored for c in b.commitments}

    chosen = _run("brief", "--stored", "--db", db, "--event", summit[0], "--format", "json")
    [only] = _briefs(chosen.stdout)
    assert only.event.id == summit[0]
    unknown = _run("brief", "--stored", "--db", db, "--event", "ev-none")
    assert unknown.exit_code == 3 and "no event 'ev-none'" in unknown.stderr


def test_brief_needs_inputs_or_stored_but_not_both(tmp_path):
    assert _run("brief").exit_code == 2
    both = _run("brief", EXAMPLES / "summit", "--stored", "--db", tmp_path / "r.db")
    assert both.exit_code == 2 and "not both" in both.stderr


def test_a_later_article_in_another_event_reports_a_stored_commitment_done(tmp_path, seeds_dir):
    db = tmp_path / "r.db"
    _run("add", seeds_dir / "000_22986afe1b4ef312.txt", seeds_dir / "003_a7c74c352d17316b.txt", "--db", db, "--quiet")
    report = {
        "title": "Putin arrives in Beijing",
        "published": "2026-05-20",
        "text": "BEIJING, May 20, 2026 - Russian President Vladimir Putin arrived in Beijing on Wednesday for an official visit to China. "
        "Putin and Chinese President Xi Jinping held talks at the Great Hall of the People on May 20, 2026, and signed a statement on energy.",
    }
    (tmp_path / "later.jsonl").write_text(json.dumps(report) + "\n", encoding="utf-8")
    added = _run("add", tmp_path / "later.jsonl", "--db", db, "--quiet")
    assert "added 1 new document(s)" in added.stderr
    assert len(_run("list", "--events", "--db", db).stdout.splitlines()) == 3  # header, the call, the visit
    rows = json.loads(_run("commitments", "--as-of", "2026-11-22", "--db", db, "--format", "json").stdout)
    [visit] = [r for r in rows if "visit" in r["action"] and r["due_end"] == "2026-06-30"]
    assert visit["state"] == "reported_fulfilled"
    before = json.loads(_run("commitments", "--as-of", "2026-05-01", "--db", db, "--format", "json").stdout)
    assert {r["state"] for r in before if "visit" in r["action"] and r["due_end"] == "2026-06-30"} == {"due"}


def test_python_m_readout_cli_runs_the_commands():
    """`python -m readout.cli` is how a checkout is run without installing it; it must not exit silently."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "readout.cli", "version"], cwd=root, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, __version__)
