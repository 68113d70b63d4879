"""``readout eval --format json``: the same figures as the table, as data."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from readout.cli import app
from readout.eval.metrics import BenchmarkReport, Score, SectionReport, benchmark_data, section_data
from readout.eval.public import shared_eval_dir


def test_reports_become_plain_data():
    section = section_data(SectionReport("quotes", Score(tp=3, fp=1, fn=1), extra={"speaker_accuracy": 2 / 3}, misses=["x"]))
    assert section == {
        "section": "quotes", "precision": 0.75, "recall": 0.75, "f1": 0.75, "tp": 3, "fp": 1, "fn": 1,
        "extra": {"speaker_accuracy": 0.6667}, "misses": ["x"], "false_alarms": [],
    }
    bench = benchmark_data(BenchmarkReport("plover", "data.json", {"event_type_accuracy": 0.88888}, {"up": 0.68}, ["n"], ["w"]))
    assert bench["metrics"] == {"event_type_accuracy": 0.8889} and bench["published"] == {"up": 0.68}
    json.dumps(bench)


def test_the_command_prints_json_and_rejects_unknown_formats():
    runner = CliRunner()
    bad = runner.invoke(app, ["eval", "--benchmark", "semeval2021", "--format", "xml"])
    assert bad.exit_code == 2
    if not (shared_eval_dir() / "semeval2021-task6").is_dir():
        pytest.skip("../shared/eval is not beside the project")
    result = runner.invoke(app, ["eval", "--benchmark", "semeval2021", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["gold"] == [] and data["benchmarks"][0]["benchmark"] == "semeval2021"
    assert "span_precision" in str(data["benchmarks"][0]["metrics"])
