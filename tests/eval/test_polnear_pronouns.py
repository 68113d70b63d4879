"""Pronouns on PolNeAR (hand gold, fit and check parts): the draw, the scoring rule and an honest floor on the fit part."""

from __future__ import annotations

import json

import pytest

from readout.eval import polnear, polnear_pronouns
from readout.eval.public import BENCHMARKS

needs_polnear = pytest.mark.skipif(not (polnear.default_path() / "text").is_dir(), reason="../shared/eval/polnear is not beside the checkout")


@needs_polnear
def test_the_gold_covers_exactly_the_seeded_draw():
    drawn = polnear_pronouns.draw()
    gold = json.loads(polnear_pronouns.GOLD.read_text(encoding="utf-8"))
    for part in ("fit", "check"):
        assert [(i["doc"], i["start"], i["end"]) for i in gold[part]] == drawn[part]
        assert len(gold[part]) == polnear_pronouns.DRAWN
        assert all(i["pronoun"].lower() in ("he", "she") for i in gold[part])
    assert not {i["doc"] for i in gold["fit"]} & {i["doc"] for i in gold["check"]}


def test_names_are_compared_on_the_gold_surname():
    assert polnear_pronouns.same_person("Ana Ruiz", "Ruiz")
    assert polnear_pronouns.same_person("Ana Ruiz", "Ana M. Ruiz")
    assert not polnear_pronouns.same_person("Ana Ruiz", "Carlos Vega")
    assert polnear_pronouns.same_person(None, None)  # no one named before: rightly no one
    assert not polnear_pronouns.same_person(None, "Carlos Vega")
    assert not polnear_pronouns.same_person("Carlos Vega", None)


@needs_polnear
def test_fit_part_floor():
    report = polnear_pronouns.report("fit")
    # measured 35 of 40 (2026-12-03); the quotes reader's policy before the one resolver: 31, the last person named
    # within 400 characters (commitments' old fallback): 22
    assert report.metrics["pronouns"] == 40
    assert report.metrics["right"] >= 34
    assert len(report.weakest) == 40 - report.metrics["right"], "the fit part lists its misses"


def test_both_parts_are_benchmarks():
    assert BENCHMARKS["pronouns-polnear"] == "readout.eval.polnear_pronouns"
    assert BENCHMARKS["pronouns-polnear-check"] == "readout.eval.polnear_pronouns:run_check"


@needs_polnear
def test_check_part_hides_its_errors():
    report = polnear_pronouns.run_check()
    assert report.weakest == [] and report.metrics["pronouns"] == 40
