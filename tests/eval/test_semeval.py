"""SemEval-2021 Task 6 span scoring, and a run of the rhetoric markers on the dev texts."""

from __future__ import annotations

import pytest

from readout.eval import semeval
from readout.eval.public import shared_eval_dir
from readout.eval.semeval import span_prf

DATA = shared_eval_dir() / semeval.DATA


def test_partial_overlap_credit():
    gold = [("1", 0, 10, "Slogans")]
    predicted = [("1", 5, 10, "Slogans"), ("1", 20, 30, "Slogans")]
    p, r, f = span_prf(predicted, gold)
    assert p == pytest.approx((1.0 + 0.0) / 2)
    assert r == pytest.approx(0.5)
    assert span_prf([("1", 5, 10, "Doubt")], gold) == (0.0, 0.0, 0.0)
    assert span_prf([("1", 5, 10, "Doubt")], gold, same_technique=False)[0] == 1.0
    assert span_prf([("2", 0, 10, "Slogans")], gold)[0] == 0.0  # another text


@pytest.mark.skipif(not DATA.is_file(), reason="../shared/eval is not available")
def test_dev_run_reports_span_metrics():
    report = semeval.run(DATA)
    assert report.metrics["texts"] == 63
    assert report.metrics["gold_spans"] > 100
    assert report.metrics["predicted_spans"] > 0
    assert report.metrics["span_precision_any_technique"] >= 0.4  # a precision check; no floor on F1 (memes, not news)
    # same technique: 0.583 before the learned confidences of 2026-12-03, 0.651 after (readout.eval.train_rhetoric), 0.707 after the fifth pass
    assert report.metrics["span_precision"] >= 0.6
    # the fit part is scored twice: in-sample, and with the learned confidences held out (5 folds of memes)
    assert 0.0 < report.metrics["span_precision_fit_cv"] < report.metrics["span_precision_fit"]
