"""``readout batch`` and ``readout load`` as a user runs them, and the pieces under them: splits and near copies."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import ARTICLES
from typer.testing import CliRunner

from readout.batch import minhash, splits, tables
from readout.cli import app
from readout.ingest.dedupe import NearDuplicateIndex
from readout.ingest.sources import read_sources
from readout.store import Store

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_load_puts_the_batch_in_the_store_as_add_would(local_run, reference, tmp_path):
    out, _ = local_run
    db = tmp_path / "batch.db"
    result = _run("load", out, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert f"loaded {ARTICLES + 1} new document(s), 0 already stored; " in result.stderr
    with Store(db, create=False) as store:
        stored = {s.id: s for s in store.sources()}
        expected = {s.id: s for s in reference.sources if not s.analysis.skipped_reason}
        assert stored.keys() == expected.keys()
        for doc_id, source in expected.items():
            assert stored[doc_id].analysis == source.analysis
            assert stored[doc_id].document.text == source.document.text
            assert stored[doc_id].document.near_duplicate_of == source.document.near_duplicate_of
        assert sorted(e.model_dump_json() for e in store.events()) == sorted(e.model_dump_json() for e in reference.link.events)
        assert len(store.link_result().alignments) == len(reference.link.alignments)
    listed = _run("list", "--events", "--db", db)
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == len(reference.link.events) + 1
    again = _run("load", out, "--db", db)
    assert again.exit_code == 0 and f"loaded 0 new document(s), {ARTICLES + 1} already stored" in again.stderr


def test_event_codes_of_a_loaded_batch_export_as_the_batch_wrote_them(local_run, tmp_path):
    out, _ = local_run
    db = tmp_path / "codes.db"
    assert _run("load", out, "--db", db).exit_code == 0
    exported = _run("events", "--format", "csv", "--db", db)
    assert exported.exit_code == 0
    rows = tables.read(out, "event_codes").to_pylist()
    assert f"{len(rows)} event(s) exported" in exported.stderr
    assert {r["Event ID"] for r in rows} == {line.split(",")[0] for line in exported.stdout.splitlines()[1:]}


def test_batch_command_writes_tables_and_names_what_it_rejected(archive, tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_CLAIM_PAIRS", "1")  # every event's claim alignment is capped, and said to be
    small = tmp_path / "small.warc.gz"
    import corpus

    corpus.write_warc(small, 6, faults=False)
    (tmp_path / "broken.jsonl").write_text('{"text": "too short"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "tables"
    result = _run("batch", small, tmp_path / "broken.jsonl", "--out", out, "--workers", "1")
    assert result.exit_code == 1, result.stderr  # some inputs failed, the others were processed
    assert "6 document(s) analyzed" in result.stderr and "1 bad_jsonl" in result.stderr
    summary = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 6 and summary["engine"] == "local"
    assert len(summary["link_notes"]) == summary["events"] == 2
    for note in summary["link_notes"]:
        assert "claim alignment capped at 1 sentence pairs (READOUT_MAX_CLAIM_PAIRS)" in note
        assert f"note: {note}" in " ".join(result.stderr.split())
    rejects = tables.read(out, "rejects").to_pylist()
    assert [(r["source"], r["reason"]) for r in rejects if r["reason"] == "bad_jsonl"] == [(f"{tmp_path / 'broken.jsonl'}:2", "bad_jsonl")]


def test_batch_refuses_an_output_folder_in_use_and_master_without_spark(tmp_path):
    out = tmp_path / "used"
    out.mkdir()
    (out / "old.parquet").write_bytes(b"x")
    result = _run("batch", tmp_path, "--out", out)
    assert result.exit_code == 2
    assert "usage: the output folder exists and is not empty (give a new folder with --out" in result.stderr
    assert _run("batch", tmp_path, "--out", tmp_path / "new", "--master", "local[2]").exit_code == 2
    spark_workers = _run("batch", tmp_path, "--out", tmp_path / "new", "--engine", "spark", "--workers", "2")
    assert spark_workers.exit_code == 2 and "--workers is for --engine local" in spark_workers.stderr
    assert not (tmp_path / "new").exists()


def test_load_refuses_a_folder_without_a_finished_batch(tmp_path):
    result = _run("load", tmp_path, "--db", tmp_path / "x.db")
    assert result.exit_code == 2
    assert "the folder holds no finished batch (no batch.json)" in result.stderr


def test_spark_engine_without_java_or_pyspark_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = _run("batch", tmp_path, "--out", tmp_path / "out", "--engine", "spark")
    assert result.exit_code == 2
    assert "extra_missing: the spark engine cannot run:" in result.stderr
    assert "Java 17" in result.stderr or "pyspark is not installed" in result.stderr
    assert not (tmp_path / "out").exists()


def test_cut_archives_and_jsonl_give_the_documents_of_the_whole_file(archive, tmp_path):
    path, _ = archive
    cut, _ = splits.plan_splits([path], split_bytes=path.stat().st_size // 5)
    assert len(cut) >= 4 and cut[0].start == 0 and all(a.end == b.start for a, b in zip(cut, cut[1:]))
    whole = [d.id for d in read_sources([path]) if not isinstance(d, Exception)]
    assert [d.id for s in cut for d in splits.read_split(s) if not isinstance(d, Exception)] == whole
    lines = tmp_path / "articles.jsonl"
    lines.write_text("".join(json.dumps({"text": f"Article {n}. " + "Words of the article go on here. " * 8}) + "\n" for n in range(30)))
    cut, _ = splits.plan_splits([lines], split_bytes=2000)
    assert len(cut) > 2
    read = [d for s in cut for d in splits.read_split(s)]
    assert [d.text for d in read] == [d.text for d in read_sources([lines])]
    assert read[-1].source == f"{lines}@{cut[-1].start}:{sum(1 for d in read if d.source.startswith(cut[-1].label + ':'))}"


def test_inputs_may_be_file_uris_and_globs_and_unknown_file_systems_are_refused_by_name(tmp_path):
    folder = tmp_path / "archives"
    folder.mkdir()
    for name in ("CC-NEWS-1.jsonl", "CC-NEWS-2.jsonl", "other.jsonl"):
        (folder / name).write_text(json.dumps({"text": f"{name}: " + "Words of the article go on here. " * 8}) + "\n")
    cut, errors = splits.plan_splits([folder.as_uri() + "/CC-NEWS-1.jsonl", str(folder / "CC-NEWS-*.jsonl"), folder.as_uri()])
    assert errors == []
    assert [Path(s.path).name for s in cut] == ["CC-NEWS-1.jsonl", "CC-NEWS-1.jsonl", "CC-NEWS-2.jsonl", "CC-NEWS-1.jsonl", "CC-NEWS-2.jsonl", "other.jsonl"]
    assert [d.text.split(":")[0] for d in splits.read_split(cut[0])] == ["CC-NEWS-1.jsonl"]
    _, errors = splits.plan_splits([str(folder / "CC-NEWS-9*.jsonl"), "nosuchfs://cluster/news/CC-NEWS-1.warc.gz", "-"])
    assert [(e.source, e.reason, str(e).split(" (")[0]) for e in errors] == [
        (str(folder / "CC-NEWS-9*.jsonl"), "not_found", "no file or folder matches the pattern"),
        ("nosuchfs://cluster/news/CC-NEWS-1.warc.gz", "unsupported", "no file system reads nosuchfs:// URLs"),
        ("-", "unsupported", "a batch reads files, folders and URLs, not standard input"),
    ]


def test_band_join_finds_the_near_copies_the_index_finds():
    base = "The delegation met officials for three hours and agreed to continue the talks on trade energy and transport " * 2
    texts = {"a": base + "in the coming months.", "b": "Unrelated words about the weather and the harvest in the north " * 3,
             "c": base + "in the coming months, a statement said.", "d": base + "later.", "e": "too short"}
    index = NearDuplicateIndex()
    expected = {}
    for doc_id, text in texts.items():
        original = index.original_of(doc_id, text)
        index.add(doc_id, text)
        if original:
            expected[doc_id] = original
    items = [((0, n), doc_id, minhash.signature(text)) for n, (doc_id, text) in enumerate(texts.items())]
    assert minhash.near_duplicates(items) == expected == {"c": "a", "d": "a"}


def test_the_documented_duckdb_query_runs_on_the_tables(local_run):
    duckdb = pytest.importorskip("duckdb")
    out, _ = local_run
    doc = (Path(__file__).resolve().parents[2] / "docs" / "batch.md").read_text(encoding="utf-8")
    sql = doc.split("```sql\n", 1)[1].split("```", 1)[0].replace("DIR", str(out))
    rows = duckdb.sql(sql).fetchall()
    assert rows and sum(n for *_, n in rows) == tables.read(out, "event_codes").num_rows


def test_tables_of_an_archive_spanning_years_are_written_one_partition_a_day(tmp_path):
    """A dump of several years has more publication days than pyarrow writes by default (1,024)."""
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=n) for n in range(1100)]
    rows = [{"doc_id": f"d{n}", "start": 0, "end": 4, "text": "Oslo", "entity_id": "place:oslo", "entity_name": "Oslo",
             "entity_kind": "place", "entity_country": "NOR", "via": "gazetteer", "published": day.isoformat()}
            for n, day in enumerate(days)]
    tables.write(tmp_path, {"mentions": rows}, "0")
    assert len(list((tmp_path / "mentions").glob("published=*"))) == 1100
    assert tables.read(tmp_path, "mentions").num_rows == 1100
