"""Scoring the time_expressions section: the gold floors on the seeds and the scorer's own rules."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from readout.analyze import times  # noqa: F401  (registers the factory)
from readout.analyze.nlp import load_corrected
from readout.eval import score_times
from readout.eval.gold import load_gold
from readout.eval.runner import EvalCorpus, evaluate
from readout.model import Analysis, Document, Span, TimeExpr

from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def times_nlp():
    """spaCy plus the times component only: the floors measure this extractor, not its neighbours."""
    nlp = load_corrected()
    nlp.add_pipe("readout_times")
    return nlp


def test_seed_floors(seeds_dir, times_nlp):
    (report,) = evaluate(load_gold(seeds_dir / "gold.json"), nlp=times_nlp, sections=["time_expressions"])
    assert report.extra["span_recall"] >= 0.9, report.misses
    assert report.extra["value_accuracy"] >= 0.9, report.misses
    assert report.score.recall >= 0.9


@pytest.mark.parametrize("name", ["summit-gold.json", "visit-gold.json"])
def test_example_corpus_floors(name, times_nlp):
    path = EXAMPLES / name
    if not path.is_file():
        pytest.skip(f"{name} not present")
    reports = evaluate(load_gold(path), nlp=times_nlp, sections=["time_expressions"])
    if not reports:
        pytest.skip(f"{name} has no time_expressions section")
    assert reports[0].extra["span_recall"] >= 0.9, reports[0].misses
    assert reports[0].extra["value_accuracy"] >= 0.85, reports[0].misses


def _corpus(tmp_path, items, predicted):
    text = "Talks were held on March 12, 2026, and resume in the first half of 2027."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"documents": {"a.txt": {}}, "time_expressions": items}), encoding="utf-8")
    document = Document(id="a", source="a.txt", text=text)
    exprs = []
    for phrase, start, end in predicted:
        at = text.index(phrase)
        exprs.append(TimeExpr(span=Span(doc_id="a", start=at, end=at + len(phrase), text=phrase), start=start, end=end))
    corpus = EvalCorpus(documents={"a.txt": document}, analyses={"a.txt": Analysis(doc_id="a", analyzer="test", times=tuple(exprs))})
    return load_gold(gold_path), corpus


def test_scorer_counts_found_and_exact_separately(tmp_path):
    items = [
        {"doc": "a.txt", "text": "March 12, 2026", "start": "2026-03-12", "end": "2026-03-12"},
        {"doc": "a.txt", "text": "first half of 2027", "start": "2027-01-01", "end": "2027-06-30"},
    ]
    predicted = [("March 12, 2026", dt.date(2026, 3, 12), dt.date(2026, 3, 12)), ("the first half of 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31))]
    gold, corpus = _corpus(tmp_path, items, predicted)
    report = score_times.score(gold, corpus)
    assert (report.score.tp, report.score.fp, report.score.fn) == (1, 1, 1)
    assert report.extra == {"span_recall": 1.0, "span_precision": 1.0, "value_accuracy": 0.5, "repeats_of_listed_dates": 0.0,
                            "precision_repeats_as_found": 0.5}
    assert report.misses == ["a.txt: 'first half of 2027' expected 2027-01-01..2027-06-30, got 'the first half of 2027' 2027-01-01..2027-12-31"]


def test_scorer_reports_misses_and_false_alarms(tmp_path):
    items = [{"doc": "a.txt", "text": "first half of 2027", "start": "2027-01-01", "end": "2027-06-30"}]
    gold, corpus = _corpus(tmp_path, items, [("March 12, 2026", dt.date(2026, 3, 12), dt.date(2026, 3, 12))])
    report = score_times.score(gold, corpus)
    assert (report.score.tp, report.score.fp, report.score.fn) == (0, 1, 1)
    assert report.misses == ["a.txt: 'first half of 2027' not found (expected 2027-01-01..2027-06-30)"]
    assert report.false_alarms == ["a.txt: 'March 12, 2026' 2026-03-12..2026-03-12 (unknown, anchor absolute)"]


def test_a_listed_date_written_again_is_counted_apart(tmp_path):
    text = "Talks were held on March 12, 2026. On March 12 the ministers also met, and on May 3 they signed."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"documents": {"a.txt": {}}, "time_expressions": [
        {"doc": "a.txt", "text": "March 12, 2026", "start": "2026-03-12", "end": "2026-03-12"}]}), encoding="utf-8")
    exprs = []
    for phrase, day in (("March 12, 2026", dt.date(2026, 3, 12)), ("On March 12", dt.date(2026, 3, 12)), ("May 3", dt.date(2026, 5, 3))):
        at = text.index(phrase)
        exprs.append(TimeExpr(span=Span(doc_id="a", start=at, end=at + len(phrase), text=phrase), start=day, end=day, granularity="day"))
    corpus = EvalCorpus(documents={"a.txt": Document(id="a", source="a.txt", text=text)},
                        analyses={"a.txt": Analysis(doc_id="a", analyzer="test", times=tuple(exprs))})
    report = score_times.score(load_gold(tmp_path / "gold.json"), corpus)
    assert (report.score.tp, report.score.fp) == (1, 2)  # the main precision counts every mention
    assert report.extra["repeats_of_listed_dates"] == 1.0  # "On March 12": the listed date again; "May 3" is not
    assert report.extra["precision_repeats_as_found"] == 0.5


def test_scorer_returns_none_without_the_section(tmp_path):
    gold, corpus = _corpus(tmp_path, [], [])
    raw = dict(gold.raw)
    del raw["time_expressions"]
    assert score_times.score(type(gold)(path=gold.path, raw=raw), corpus) is None


def test_bad_gold_date_is_a_gold_format_error(tmp_path):
    from readout.errors import GoldFormatError

    gold, corpus = _corpus(tmp_path, [{"doc": "a.txt", "text": "March 12, 2026", "start": "12/03/2026", "end": None}], [])
    with pytest.raises(GoldFormatError, match="'12/03/2026' is not an ISO date"):
        score_times.score(gold, corpus)
