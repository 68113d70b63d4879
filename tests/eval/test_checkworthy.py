"""CLEF 2019 CheckThat! Task 1: the ranking measure, and a floor on a subset of debates."""

from __future__ import annotations

import pytest

from readout.eval import checkworthy
from readout.eval.checkworthy import Line, average_precision, mean_average_precision
from readout.eval.public import shared_eval_dir

DATA = shared_eval_dir() / checkworthy.DATA
SUBSET = {"20181010_medicare.tsv", "20170315_nashville.tsv", "20160722_trump_acceptance.tsv"}  # three check debates
MAP_FLOOR = 0.44  # measured 0.474 with the learned model (0.325 with the hand-set weights)


def test_average_precision_by_hand():
    assert average_precision([1, 0, 1, 0]) == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert average_precision([0, 0, 1]) == pytest.approx(1 / 3)
    assert average_precision([0, 0]) == 0.0


def test_map_ranks_within_each_debate_and_breaks_ties_by_line_order():
    lines = [
        Line("a", 1, "X", "one", 1),
        Line("a", 2, "X", "two", 0),
        Line("b", 1, "Y", "three", 0),
        Line("b", 2, "Y", "four", 1),
    ]
    per_debate = mean_average_precision(lines, [0.5, 0.5, 0.9, 0.1])
    assert per_debate == {"a": 1.0, "b": 0.5}


@pytest.mark.skipif(not DATA.is_file(), reason="../shared/eval is not available")
def test_map_floor_on_three_check_debates():
    from readout.eval.splits import checkworthy_split

    assert SUBSET <= set(checkworthy_split({line.debate for line in checkworthy.read_lines(DATA)})[1])
    report = checkworthy.run(DATA, debates=SUBSET)
    assert report.metrics["debates"] == 3
    assert report.metrics["map_check"] == report.metrics["map"] and "map_fit" not in report.metrics
    assert report.metrics["map"] >= MAP_FLOOR
    assert report.metrics["mean_score_checkworthy"] > report.metrics["mean_score_other"]
    assert report.published["best_2019_map_test"] == 0.166


def test_a_pipeline_with_the_default_claim_threshold_still_ranks_every_line():
    from readout.analyze import claims, rhetoric  # noqa: F401
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    nlp.add_pipe("readout_claims")  # threshold 0.5: low-scoring lines have no Claim
    lines = [Line("a", 1, "X", "Thank you.", 0), Line("a", 2, "X", "Taxes rose by 40 percent in 2015.", 1)]
    features = checkworthy.line_features(lines, nlp)
    assert features[0]["pleasantry"] == 1.0
    assert features[1]["quantity"] == 1.0
