"""``readout eval --part``: only the fit part's, or only the check part's, figures of a benchmark."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from readout.cli import app
from readout.eval import newsquant, semeval
from readout.eval.metrics import BenchmarkReport


def _mixed(name: str, *, weakest: list[str]) -> BenchmarkReport:
    metrics = {"value_f1": 0.9, "value_f1_fit": 0.95, "value_f1_check": 0.91, "span_f1_fit_cv": 0.3}
    return BenchmarkReport(name, "data.json", metrics, {"value_f1": 0.92}, ["a note"], weakest)


def _figures(monkeypatch, name: str, part: str, module, weakest: list[str]) -> dict:
    monkeypatch.setattr(module, "run", lambda path=None, nlp=None: _mixed(name, weakest=weakest))
    result = CliRunner().invoke(app, ["eval", "--benchmark", name, "--part", part, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["benchmarks"][0]


def test_fit_prints_no_check_figure_and_check_no_fit_figure(monkeypatch):
    fit = _figures(monkeypatch, "newsquant", "fit", newsquant, ["cardinal: value recall 80.0 (4/5)"])
    assert fit["metrics"] == {"value_f1_fit": 0.95, "span_f1_fit_cv": 0.3}
    check = _figures(monkeypatch, "newsquant", "check", newsquant, ["cardinal: value recall 80.0 (4/5)"])
    assert check["metrics"] == {"value_f1_check": 0.91}
    assert fit["weakest"] == check["weakest"] == []  # newsquant's weakest kinds span both parts
    both = _figures(monkeypatch, "newsquant", "both", newsquant, ["w"])
    assert both["metrics"] == {"value_f1": 0.9, "value_f1_fit": 0.95, "value_f1_check": 0.91, "span_f1_fit_cv": 0.3}
    assert both["weakest"] == ["w"] and both["published"] == {"value_f1": 0.92}


def test_semeval_unsuffixed_figures_are_its_check_part(monkeypatch):
    fit = _figures(monkeypatch, "semeval2021", "fit", semeval, ["loaded language: F1 0.20"])
    assert fit["metrics"] == {"value_f1_fit": 0.95, "span_f1_fit_cv": 0.3} and fit["weakest"] == []
    check = _figures(monkeypatch, "semeval2021", "check", semeval, ["loaded language: F1 0.20"])
    assert check["metrics"] == {"value_f1": 0.9, "value_f1_check": 0.91}


def test_table_output_follows_the_part(monkeypatch):
    monkeypatch.setattr(newsquant, "run", lambda path=None, nlp=None: _mixed("newsquant", weakest=[]))
    result = CliRunner().invoke(app, ["eval", "--benchmark", "newsquant", "--part", "fit"])
    assert result.exit_code == 0, result.output
    assert "value_f1_fit" in result.stdout and "_check" not in result.stdout


def test_a_benchmark_of_the_other_part_is_refused_by_name():
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "--benchmark", "polnear-check", "--part", "fit"])
    assert result.exit_code == 1
    assert "benchmark polnear-check is the check part only; --part fit does not run it" in " ".join(result.stderr.split())
    result = runner.invoke(app, ["eval", "--benchmark", "commitments-polnear", "--part", "check"])
    assert "benchmark commitments-polnear is the fit part only; --part check does not run it" in " ".join(result.stderr.split())
    assert runner.invoke(app, ["eval", "--benchmark", "newsquant", "--part", "dev"]).exit_code == 2
