"""Commitments on the PolNeAR fit part (hand gold, annotated before scoring): the draw and an honest floor."""

from __future__ import annotations

import json
import random

import pytest

from readout.eval import polnear_commitments
from readout.eval.public import BENCHMARKS
from readout.eval.splits import SEED

needs_polnear = pytest.mark.skipif(
    not (polnear_commitments.text_root() / "text").is_dir(), reason="../shared/eval/polnear/train is not beside the checkout"
)


@needs_polnear
def test_the_gold_covers_exactly_the_seeded_draw_split_by_article():
    fit, check = polnear_commitments.parts()
    gold = json.loads(polnear_commitments.GOLD.read_text(encoding="utf-8"))
    assert sorted(gold["fit"]["documents"]) == fit
    assert sorted(gold["check"]["documents"]) == check
    assert len(fit) == 18 and len(check) == 19 and not set(fit) & set(check)
    assert {item["doc"] for item in gold["fit"]["commitments"]} <= set(fit)
    assert {item["doc"] for item in gold["check"]["commitments"]} <= set(check)


@needs_polnear
def test_the_second_draw_extends_the_first_without_touching_it():
    first, second = polnear_commitments.chosen_articles(), polnear_commitments.second_draw()
    assert len(first) == 16 and len(second) == 17 and not set(first) & set(second)
    # the first draw is still what drawing 16 alone gives (the articles annotated on 2026-12-03)
    eligible = polnear_commitments.eligible_articles()
    assert first == sorted(random.Random(SEED).sample(eligible, 16))
    assert sorted(first + second) == eligible


@needs_polnear
def test_the_third_draw_is_seeded_longer_articles_all_in_the_fit_part():
    third = polnear_commitments.third_draw()
    fit, check = polnear_commitments.parts()
    earlier = set(polnear_commitments.draw_order())
    assert len(third) == 4 and set(third) <= set(fit) and not set(third) & (earlier | set(check))
    longer = polnear_commitments.eligible_articles(min_chars=3500, max_chars=5000)
    assert third == sorted(random.Random(SEED).sample(longer, 4))


@needs_polnear
def test_fit_part_floor():
    report = polnear_commitments.report("fit")
    m = report.metrics
    assert m["gold_items"] == 53  # 18 of the first draw's 8 fit articles, 21 of the second draw's 6, 14 of the third's 4
    # measured on the 39 items of the first two draws' fit articles (2026-12-04, issue 10's third commitments pass): 24
    # found, 23 with the actor right, 20 with the due interval right, precision 0.857; 22, 19, 18 and 0.846 before it.
    # On the first draw's 18 alone: 15, 15, 14 and 0.88 (unchanged by the pass); 5, 3, 3 and 0.45 before issue 10.
    # After the fourth pass (2026-12-04): 25 found, 25 actor, 22 due, precision 0.926. Fifth pass (2026-12-05): the
    # scorer no longer takes an actor of the gold person's country for the person (25 -> 24 actor on the same output);
    # then 26 found, 25 actor, 24 due, precision 0.929. Sixth pass (2026-12-05), with the third draw (53 items): 32 found,
    # 30 actor, 31 due, precision 0.780 before it; 37, 32, 35 and 0.822 after it (the first two draws' 39: 26, 26, 25, 0.929)
    # (34 actor after the question-auxiliary rule of the actors). Seventh pass (2026-12-05): 38, 35, 36, 0.864; then
    # 37 actor after the actors' headline rules (a verb NER ran into a name in a Title Case line); then 39 found, 38
    # actor, 37 due, 0.867 after vague acts on named things; 40, 39, 38, 0.870 after a past date on the promising verb.
    assert m["found"] >= 40
    assert round(m["actor_accuracy"] * m["gold_items"]) >= 39
    assert round(m["due_accuracy"] * m["gold_items"]) >= 38
    assert m["precision"] >= 0.85
    assert report.weakest, "the fit part lists its misses and false alarms"


def test_both_parts_are_benchmarks():
    assert BENCHMARKS["commitments-polnear"] == "readout.eval.polnear_commitments"
    assert BENCHMARKS["commitments-polnear-check"] == "readout.eval.polnear_commitments:run_check"


@needs_polnear
def test_check_part_hides_its_errors():
    assert polnear_commitments.run_check().weakest == []
