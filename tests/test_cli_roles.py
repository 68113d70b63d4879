"""Source roles through the command line: --role, the JSONL field, `list` and the brief's sources."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from readout.cli import app

runner = CliRunner()
WIRE = "OSLO, May 2 (Example Wire) - The foreign ministers of Norway and Japan met in Oslo on May 2, 2026, officials said.\n"


def _run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_role_declared_on_the_command_line_is_stored_and_listed(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(WIRE.replace("Oslo on", "the capital on"), encoding="utf-8")
    db = tmp_path / "r.db"
    assert _run("add", tmp_path, "--db", db, "--quiet", "--role", f"official:{tmp_path / 'a.txt'}").exit_code == 0
    rows = [line.split("\t") for line in _run("list", "--db", db).stdout.splitlines()]
    assert rows[0][-1] == "role"
    assert sorted((r[1].rsplit("/", 1)[-1], r[-1]) for r in rows[1:]) == [("a.txt", "official"), ("b.txt", "news")]


def test_a_malformed_role_is_a_usage_error(tmp_path):
    result = _run("brief", tmp_path, "--role", "readout:x.txt")
    assert result.exit_code == 2
    assert "--role must be official:FILE, news:FILE or analysis:FILE, not 'readout:x.txt'" in result.stderr


def test_jsonl_role_field_reaches_the_brief_json_and_a_bad_one_is_named(tmp_path):
    lines = [json.dumps({"text": WIRE, "role": "official"}), json.dumps({"text": WIRE + " More.", "role": "gossip"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run("brief", tmp_path / "in.jsonl", "--format", "json", "--quiet")
    assert result.exit_code == 1
    assert "in.jsonl:2" in result.stderr and "the 'role' field is 'gossip'; it must be one of official, news, analysis" in result.stderr
    [brief] = json.loads(result.stdout)
    assert [(s["role"], s["role_reason"]) for s in brief["sources"]] == [("official", "set by the user")]


def test_batch_takes_roles_per_file_and_folder_and_load_keeps_them(tmp_path):
    from readout.batch import tables

    inputs = tmp_path / "in"
    (inputs / "opinion").mkdir(parents=True)
    (inputs / "a.txt").write_text(WIRE, encoding="utf-8")
    (inputs / "opinion" / "b.txt").write_text(WIRE.replace("Oslo on", "the capital on"), encoding="utf-8")
    lines = [json.dumps({"text": WIRE.replace("Oslo on", "Bergen on"), "role": "news"}),
             json.dumps({"text": WIRE.replace("Oslo on", "Tromsø on")})]
    (inputs / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "tables"
    result = _run("batch", inputs, "--out", out, "--workers", "1", "--role", f"official:{inputs / 'a.txt'}",
                  "--role", f"analysis:{inputs / 'opinion'}", "--role", f"official:{inputs / 'c.jsonl'}")
    assert result.exit_code == 0, result.stderr
    decided = {}
    for row in tables.read(out, "documents").to_pylist():
        role = json.loads(row["analysis"])["role"]
        decided[row["text"].split(" on ")[0].rsplit(" ", 1)[-1]] = (role["role"], role["reason"])
    assert decided == {"Oslo": ("official", "set by the user"), "capital": ("analysis", "set by the user"),
                       "Bergen": ("news", "set by the user"),  # the record's own field wins over --role, as in readout add
                       "Tromsø": ("official", "set by the user")}
    db = tmp_path / "r.db"
    assert _run("load", out, "--db", db).exit_code == 0
    rows = [line.split("\t") for line in _run("list", "--db", db).stdout.splitlines()[1:]]
    assert sorted(r[-1] for r in rows) == ["analysis", "news", "official", "official"]
    assert _run("batch", inputs, "--out", tmp_path / "t2", "--role", "wire:x").exit_code == 2
