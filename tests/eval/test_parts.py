"""``readout eval --part``: only the fit part's, or only the check part's, figures of a benchmark, and only that
part analyzed and scored by the runner."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from readout.cli import app
from readout.eval import checkworthy, newsquant, semeval, tempeval
from readout.eval.metrics import BenchmarkReport
from readout.eval.public import run_benchmark
from readout.eval.splits import checkworthy_split


def _mixed(name: str, *, weakest: list[str]) -> BenchmarkReport:
    metrics = {"value_f1": 0.9, "value_f1_fit": 0.95, "value_f1_check": 0.91, "span_f1_fit_cv": 0.3}
    return BenchmarkReport(name, "data.json", metrics, {"value_f1": 0.92}, ["a note"], weakest)


def _figures(monkeypatch, name: str, part: str, module, weakest: list[str]) -> dict:
    asked: list[str] = []

    def run(path=None, nlp=None, part="both"):
        asked.append(part)
        return _mixed(name, weakest=weakest)

    monkeypatch.setattr(module, "run", run)
    result = CliRunner().invoke(app, ["eval", "--benchmark", name, "--part", part, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert asked == [part]  # the runner is told which part to score
    return json.loads(result.stdout)["benchmarks"][0]


def test_fit_prints_no_check_figure_and_check_no_fit_figure(monkeypatch):
    fit = _figures(monkeypatch, "newsquant", "fit", newsquant, ["cardinal: value recall 80.0 (4/5)"])
    assert fit["metrics"] == {"value_f1_fit": 0.95, "span_f1_fit_cv": 0.3}
    check = _figures(monkeypatch, "newsquant", "check", newsquant, ["cardinal: value recall 80.0 (4/5)"])
    assert check["metrics"] == {"value_f1_check": 0.91}
    assert fit["weakest"] == ["cardinal: value recall 80.0 (4/5)"]  # the runner scored the fit part alone
    assert check["weakest"] == []  # a check part's weakest kinds are not printed
    both = _figures(monkeypatch, "newsquant", "both", newsquant, ["w"])
    assert both["metrics"] == {"value_f1": 0.9, "value_f1_fit": 0.95, "value_f1_check": 0.91, "span_f1_fit_cv": 0.3}
    assert both["weakest"] == ["w"] and both["published"] == {"value_f1": 0.92}


def test_semeval_unsuffixed_figures_are_its_check_part(monkeypatch):
    fit = _figures(monkeypatch, "semeval2021", "fit", semeval, ["loaded language: F1 0.20"])
    assert fit["metrics"] == {"value_f1_fit": 0.95, "span_f1_fit_cv": 0.3}
    check = _figures(monkeypatch, "semeval2021", "check", semeval, ["loaded language: F1 0.20"])
    assert check["metrics"] == {"value_f1": 0.9, "value_f1_check": 0.91}
    assert check["weakest"] == ["loaded language: F1 0.20"]  # the dev set's weakest techniques, printed as always


def test_table_output_follows_the_part(monkeypatch):
    monkeypatch.setattr(newsquant, "run", lambda path=None, nlp=None, part="both": _mixed("newsquant", weakest=[]))
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


# The runners score only the part asked for: fewer texts analyzed, the same figures as a run over both parts.


def _same_part_figures(both: BenchmarkReport, alone: BenchmarkReport, part: str) -> None:
    suffixed = {k: v for k, v in both.metrics.items() if k.endswith(f"_{part}")}
    assert suffixed and {k: v for k, v in alone.metrics.items() if k in suffixed} == suffixed


def test_newsquant_fit_analyzes_only_the_fit_sentences(monkeypatch, tmp_path):
    items = [{"text": f"sentence {i}", "quantities": [{"value": str(i), "normalized_unit": "dollar"}]} for i in range(12)]
    path = tmp_path / "newsquant.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    analyzed: list[str] = []

    def predict(sentences, nlp=None):  # every third sentence found, every second with its unit
        analyzed.extend(sentences)
        return [[(float(s.split()[1]), "dollar" if int(s.split()[1]) % 2 else "euro")] if int(s.split()[1]) % 3 else [] for s in sentences]

    monkeypatch.setattr(newsquant, "predict", predict)
    both = run_benchmark("newsquant", path, part="both")
    assert len(analyzed) == 12
    fit, check = newsquant.newsquant_split(12)
    for part, chosen in (("fit", fit), ("check", check)):
        analyzed.clear()
        alone = run_benchmark("newsquant", path, part=part)
        assert analyzed == [items[i]["text"] for i in chosen]
        _same_part_figures(both, alone, part)
        assert set(alone.metrics) == {"value_f1_" + part, "value_unit_f1_" + part}


def test_tempeval_fit_analyzes_only_timebank(monkeypatch):
    docs = [tempeval.TimeMLDoc(name=f"{folder}-{i}", text="x", dct=None, timexes=[tempeval.Timex(0, 1, "x", "DATE", "2001")], part=folder)
            for folder in ("AQUAINT", "TimeBank") for i in range(2)]
    monkeypatch.setattr(tempeval, "load_corpus", lambda path=None, limit=None: list(docs))
    analyzed: list[str] = []

    def predict(chosen, nlp):
        analyzed.extend(d.name for d in chosen)
        return [[] for _ in chosen]

    monkeypatch.setattr(tempeval, "predict", predict)
    both = run_benchmark("tempeval3", nlp=object(), part="both")
    analyzed.clear()
    fit = run_benchmark("tempeval3", nlp=object(), part="fit")
    assert analyzed == ["TimeBank-0", "TimeBank-1"]
    _same_part_figures(both, fit, "fit")
    assert not any(k.endswith("_check") for k in fit.metrics)


def test_checkworthy_fit_scores_only_the_fit_debates(monkeypatch, tmp_path):
    path = tmp_path / "ct19.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        columns = ["line_number", "speaker", "text",  # the columns checkworthy.read_lines reads
                   "label", "file_name"]
        writer.writerow(columns)
        for d in range(10):
            for n in range(3):
                writer.writerow([n + 1, "A", f"line {d} {n}", int(n == d % 3), f"debate{d}.tsv"])
    scored: list[str] = []

    def line_scores(lines, nlp=None, batch_size=256):
        scored.extend(line.debate for line in lines)
        return [1.0 / (1 + line.number) for line in lines]

    class Claims:
        model = None

    class Pipeline:
        def get_pipe(self, name):
            return Claims()

    monkeypatch.setattr(checkworthy, "line_scores", line_scores)
    both = run_benchmark("checkworthy", path, Pipeline(), part="both")
    fit, check = checkworthy_split({f"debate{d}.tsv" for d in range(10)})
    for part, chosen in (("fit", fit), ("check", check)):
        scored.clear()
        alone = run_benchmark("checkworthy", path, Pipeline(), part=part)
        assert sorted(set(scored)) == chosen
        _same_part_figures(both, alone, part)
        assert alone.notes[-1] == f"only the {part} part's debates analyzed and scored"


def test_semeval_fit_analyzes_only_the_training_memes(monkeypatch, tmp_path):
    for name, ids in ((semeval.DATA, range(3)), (semeval.FIT_DATA, range(10, 14))):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        memes = [{"id": i, "text": "Vote now or regret it forever", "labels": [{"start": 0, "end": 8, "technique": "Slogans"}]} for i in ids]
        (tmp_path / name).write_text(json.dumps(memes), encoding="utf-8")
    monkeypatch.setattr(semeval, "shared_eval_dir", lambda: tmp_path)
    analyzed: list[int] = []

    def predict(items, nlp):
        analyzed.extend(i["id"] for i in items)
        return [(str(i["id"]), 0, 4, "Slogans") for i in items if i["id"] % 2]

    monkeypatch.setattr(semeval, "predict", predict)
    both = run_benchmark("semeval2021", nlp=object(), part="both")
    analyzed.clear()
    fit = run_benchmark("semeval2021", nlp=object(), part="fit")
    assert analyzed == [10, 11, 12, 13]
    _same_part_figures(both, fit, "fit")
    analyzed.clear()
    check = run_benchmark("semeval2021", nlp=object(), part="check")
    assert analyzed == [0, 1, 2]
    assert check.metrics == {k: v for k, v in both.metrics.items() if not k.endswith(("_fit", "_fit_cv"))}
