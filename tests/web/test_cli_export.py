"""`readout export` and `readout annotations export|import`: the same exports and analyst layer as the API, through the CLI."""

from __future__ import annotations

import csv
import json
import shutil

from typer.testing import CliRunner

from readout import pipeline
from readout.cli import app
from readout.model import Annotation
from readout.web.app import WebConfig
from tests.web.conftest import client_for

runner = CliRunner()
HIDDEN, MERGED, INTO = "person:sanae-takaichi", "person:prabowo-subianto", "country:IDN"


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _annotate(db) -> None:
    with pipeline.open_store(db) as store:
        store.annotations.add([Annotation(action="hide", target_kind="entity", target=HIDDEN, author="ana"),
                               Annotation(action="merge", target_kind="entity", target=MERGED, value=INTO, author="ana"),
                               Annotation(action="note", target_kind="entity", target=INTO, value="the delegation, not the state", author="bo")])


def test_export_writes_what_the_api_serves_with_the_analyst_layer(db_copy, tmp_path):
    _annotate(db_copy)
    api = client_for(WebConfig(db=db_copy))
    result = _run("export", "--format", "csv", "--out", tmp_path / "csv", "--db", db_copy)
    assert result.exit_code == 0, result.stderr
    for name in ("entities.csv", "mentions.csv"):
        assert (tmp_path / "csv" / name).read_text(encoding="utf-8") == api.get(f"/api/1/export/{name}").text
        assert f"of {name} exported to {tmp_path / 'csv' / name}" in result.stderr
    entities = {r["entity_id"]: r for r in csv.DictReader((tmp_path / "csv" / "entities.csv").open(encoding="utf-8"))}
    assert HIDDEN not in entities and MERGED not in entities and entities[INTO]["merged_from"] == MERGED
    annotations = _run("export", "-f", "annotations", "-o", tmp_path / "w3c.jsonl", "--db", db_copy)
    assert annotations.exit_code == 0 and (tmp_path / "w3c.jsonl").read_text(encoding="utf-8") == api.get("/api/1/export/w3c.jsonl").text
    visit = next(e["event"] for e in api.get("/api/1/events").json()["items"] if "Tokyo" in e["event"]["title"])
    ftm = _run("export", "--format", "ftm", "--event", visit["id"], "--db", db_copy)
    assert ftm.exit_code == 0 and ftm.stdout == api.get("/api/1/export/ftm.jsonl", params={"event": visit["id"]}).text
    assert sum(1 for line in ftm.stdout.splitlines() if json.loads(line)["schema"] == "Article") == 5
    brief = _run("brief", "--stored", "--event", visit["id"], "--format", "json", "--db", db_copy, "--quiet")
    [stored] = json.loads(brief.stdout)
    assert [(p["entity_id"], p["merged_from"]) for p in stored["participants"]] == [(INTO, [MERGED])]
    assert stored["analyst"]["hidden"] == [HIDDEN] and stored == api.get(f"/api/1/events/{visit['id']}/brief").json()
    raw = _run("export", "--format", "csv", "--out", tmp_path / "raw", "--as-extracted", "--db", db_copy)
    assert raw.exit_code == 0
    assert HIDDEN in (tmp_path / "raw" / "entities.csv").read_text(encoding="utf-8")


def test_export_usage_errors_name_the_fix(web_db, tmp_path):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    cases = [(["--format", "xml"], "--format must be csv, ftm or annotations, not 'xml'"),
             (["--format", "csv"], "csv is two tables (entities.csv, mentions.csv): give a folder with --out"),
             (["--format", "csv", "--out", tmp_path / "file.txt"], "is a file; csv needs a folder"),
             (["--format", "ftm", "--event", "ev-nope"], "no event 'ev-nope' in")]
    for args, words in cases:
        result = _run("export", *args, "--db", web_db)
        assert result.exit_code == 2 and words in result.stderr, (args, result.stderr)


def test_annotations_move_to_another_database_all_or_none(db_copy, web_db, tmp_path):
    _annotate(db_copy)
    exported = _run("annotations", "export", "--out", tmp_path / "a.jsonl", "--db", db_copy)
    assert exported.exit_code == 0 and "3 annotation(s) exported" in exported.stderr
    other = tmp_path / "other.db"
    shutil.copy(web_db, other)
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "bad.jsonl").write_text(lines[0] + "\n{\"action\": \"hide\"}\n", encoding="utf-8")
    bad = _run("annotations", "import", tmp_path / "bad.jsonl", "--db", other)
    assert bad.exit_code == 3 and f"{tmp_path / 'bad.jsonl'}: invalid_input: line 2: Field required; nothing was imported" in bad.stderr
    unknown = json.dumps({**json.loads(lines[0]), "target": "person:nobody"})
    (tmp_path / "unknown.jsonl").write_text(lines[1] + "\n" + unknown + "\n", encoding="utf-8")
    missing = _run("annotations", "import", tmp_path / "unknown.jsonl", "--db", other)
    assert missing.exit_code == 3 and "annotation 2: no entity with id 'person:nobody'; nothing was imported" in missing.stderr
    with pipeline.open_store(other) as store:
        assert store.annotations.list() == []
    imported = _run("annotations", "import", tmp_path / "a.jsonl", "--db", other)
    assert imported.exit_code == 0 and "imported 3 annotation(s)" in imported.stderr
    with pipeline.open_store(other) as store, pipeline.open_store(db_copy) as source:
        assert [a.model_copy(update={"id": None}) for a in store.annotations.list()] == \
               [a.model_copy(update={"id": None}) for a in source.annotations.list()]
    assert _run("annotations", "export", "--db", other).stdout.splitlines() == lines
