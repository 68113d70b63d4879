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
