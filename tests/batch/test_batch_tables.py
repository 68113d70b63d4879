"""The batch's tables against the single-process pipeline on the same archive, under both engines."""

from __future__ import annotations

import json
import re

from conftest import ARTICLES, canonical

from readout.batch import minhash, tables

SPAN_TABLES = ("mentions", "quantities", "times", "quotes", "claims", "commitments", "rhetoric")


def _reference_rows(reference) -> tables.Rows:
    rows: tables.Rows = {}
    for source in reference.sources:
        if not source.analysis.skipped_reason:
            tables.merge(rows, tables.analysis_rows(source.document, source.analysis, minhash.signature(source.document.text)))
    return rows


def test_analysis_tables_hold_the_rows_of_the_single_process_analyzer(engine_run, reference):
    out, _ = engine_run
    expected = _reference_rows(reference)
    assert len(expected["documents"]) == ARTICLES + 1  # the near copy is a document of its own; the exact copy is not
    for name in tables.ANALYSIS_TABLES:
        # a document's source names the split it was read in (FILE@OFFSET#record N), so it is left out here
        drop = ("source",) if name == "documents" else ()
        got = canonical(tables.read(out, name).to_pylist(), drop)
        assert got == canonical(expected[name], drop), name
        assert got or name == "rhetoric", name


def test_link_tables_hold_the_events_and_alignments_of_the_link_stage(engine_run, reference):
    out, summary = engine_run
    published = {s.id: s.document.published for s in reference.sources}
    expected = tables.link_rows(reference.link, published)
    assert summary.events == len(reference.link.events) and summary.events < ARTICLES  # articles were grouped
    assert any(len(e.doc_ids) >= 3 for e in reference.link.events)
    assert any(a.reports for a in reference.link.alignments)  # a later article reports an earlier promise done
    for name in tables.LINK_TABLES:
        assert canonical(tables.read(out, name).to_pylist()) == canonical(expected[name]), name


def test_every_row_rests_on_the_characters_of_its_document(engine_run):
    out, _ = engine_run
    texts = {r["doc_id"]: r["text"] for r in tables.read(out, "documents").select(["doc_id", "text"]).to_pylist()}
    checked = 0
    for name in SPAN_TABLES + ("alignments",):
        for row in tables.read(out, name).to_pylist():
            assert texts[row["doc_id"]][row["start"]:row["end"]] == row["text"], (name, row)
            checked += 1
    topics = [r for r in tables.read(out, "quantities").to_pylist() if r["topic"] is not None]
    for row in topics:  # a figure's topic (the measured phrase with its conjuncts) rests on characters of its document too
        assert texts[row["doc_id"]][row["topic_start"]:row["topic_end"]] == row["topic"], row
    assert topics
    for row in tables.read(out, "event_codes").to_pylist():
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["sentence"]
        assert row["Event Type"] and row["Event ID"].startswith(row["doc_id"])
    assert checked > 1000


def test_bad_records_a_french_page_and_a_huge_page_are_rejected_with_reasons(engine_run, archive):
    out, summary = engine_run
    rejects = tables.read(out, "rejects").to_pylist()
    reasons = {r["reason"] for r in rejects}
    assert reasons == {"corrupt_record", "too_large", "not_analyzed", "duplicate"}
    huge = [r for r in rejects if r["reason"] == "too_large"]
    assert len(huge) == 1 and "over the size cap of 20,971,520 bytes" in huge[0]["message"]
    assert re.fullmatch(rf"{re.escape(str(archive[0]))}@\d+#record \d+", huge[0]["source"])
    french = [r for r in rejects if r["reason"] == "not_analyzed"]
    assert len(french) == 1 and "language 'fr' is not supported" in french[0]["message"] and french[0]["doc_id"]
    assert [r["stage"] for r in rejects if r["reason"] == "corrupt_record"] == ["ingest"]
    copy = [r for r in rejects if r["reason"] == "duplicate"]
    assert len(copy) == 1 and copy[0]["message"].startswith("same text as ")
    assert summary.rejects == {"corrupt_record": 1, "duplicate": 1, "not_analyzed": 1, "too_large": 1}
    assert summary.documents == ARTICLES + 1


def test_the_near_copy_points_at_its_original_across_splits(engine_run, reference):
    out, summary = engine_run
    documents = tables.read(out, "documents").select(["doc_id", "near_duplicate_of", "minhash"]).to_pylist()
    copies = [d for d in documents if d["near_duplicate_of"]]
    expected = [(s.id, s.document.near_duplicate_of) for s in reference.sources if s.document.near_duplicate_of]
    assert [(d["doc_id"], d["near_duplicate_of"]) for d in copies] == expected and len(expected) == 1
    assert summary.near_duplicates == 1
    assert all(len(d["minhash"]) == 128 for d in documents)


def test_tables_are_partitioned_by_publication_date(engine_run):
    out, _ = engine_run
    days = {p.name for p in (out / "documents").iterdir()}
    assert days and all(re.fullmatch(r"published=2026-\d\d-\d\d", d) for d in days)
    for row in tables.read(out, "documents").select(["published", "published_date"]).to_pylist():
        assert row["published"] == row["published_date"].isoformat()
    assert {p.name for p in (out / "rejects").iterdir()} >= {"published=unknown"}


def test_worker_processes_are_reused_so_each_loads_the_spacy_pipeline_once(engine_run):
    _, summary = engine_run
    # six parts, two workers: a process analyzes several parts with the one pipeline it loaded
    assert summary.parts == 6 and 1 <= summary.analysis_processes <= 2
    assert summary.analysis_cpu_seconds > 0


def test_the_manifest_says_how_long_each_step_took(engine_run):
    out, summary = engine_run
    steps = list(summary.stage_seconds)
    expected = {"local": ["ingest", "copies", "analyze and write", "link", "write link tables"],
                "spark": ["ingest", "copies", "near copies (band join)", "analyze and write", "link: blocks", "link: events",
                          "link: alignment", "link: reports", "link", "write link tables"]}[summary.engine]
    assert steps == expected
    assert all(seconds >= 0 for seconds in summary.stage_seconds.values())
    assert json.loads((out / "batch.json").read_text(encoding="utf-8"))["stage_seconds"] == summary.stage_seconds
