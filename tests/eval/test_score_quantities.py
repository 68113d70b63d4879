"""The quantities scorer, and the floors on the seeds' gold (issue 4: recall >= 0.9, exact values >= 0.9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.errors import GoldFormatError
from readout.eval.gold import load_gold
from readout.eval.public import shared_eval_dir
from readout.eval.runner import EvalCorpus, evaluate
from readout.eval.score_quantities import score
from readout.model import Analysis, Document, Quantity, Span

SEEDS_GOLD = shared_eval_dir().parent / "seeds" / "gold.json"
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("**/*gold.json"))
needs_seeds = pytest.mark.skipif(not SEEDS_GOLD.is_file(), reason="../shared/seeds/gold.json is not beside the checkout")

TEXT = "Trade reached US$12 billion, up 5%, and about 40 bcm of gas."


def quantity(text, value, unit, qualifier="exact"):
    start = TEXT.index(text)
    return Quantity(span=Span(doc_id="d", start=start, end=start + len(text), text=text), value=value, unit=unit, qualifier=qualifier)


def corpus(*quantities):
    document = Document(id="d", source="a.txt", text=TEXT)
    return EvalCorpus(documents={"a.txt": document}, analyses={"a.txt": Analysis(doc_id="d", analyzer="t", quantities=quantities)})


def gold_file(tmp_path, items):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": {"a.txt": {}}, "quantities": items}), encoding="utf-8")
    return load_gold(path)


def test_found_with_the_right_value_is_a_hit_and_a_wrong_value_is_a_miss(tmp_path):
    gold = gold_file(
        tmp_path,
        [
            {"doc": "a.txt", "text": "US$12 billion", "value": 12e9, "unit": "USD"},
            {"doc": "a.txt", "text": "about 40 bcm", "value": 40e9, "unit": "m3", "qualifier": "approximately"},
            {"doc": "a.txt", "text": "5%", "value": 5, "unit": "percent"},
        ],
    )
    report = score(gold, corpus(quantity("US$12 billion", 12e9, "USD"), quantity("40 bcm", 40, "bcm", "approximately")))
    assert (report.score.tp, report.score.fp, report.score.fn) == (1, 1, 2)
    assert report.extra["span_recall"] == pytest.approx(2 / 3)
    assert report.extra["value_accuracy"] == 0.5
    assert report.extra["qualifier_accuracy"] == 1.0
    assert "a.txt: 'about 40 bcm' expected 4e+10 m3, got '40 bcm' 40 bcm" in report.misses
    assert "a.txt: '5%' not found (expected 5 percent)" in report.misses


def test_a_figure_the_gold_does_not_list_is_a_false_alarm(tmp_path):
    gold = gold_file(tmp_path, [{"doc": "a.txt", "text": "5%", "value": 5, "unit": "percent"}])
    report = score(gold, corpus(quantity("5%", 5, "percent"), quantity("US$12 billion", 12e9, "USD")))
    assert (report.score.tp, report.score.fp, report.score.fn) == (1, 1, 0)
    assert report.false_alarms == ["a.txt: 'US$12 billion' 1.2e+10 USD (measures None)"]


def test_no_section_means_no_report_and_bad_items_are_named(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": {"a.txt": {}}}), encoding="utf-8")
    assert score(load_gold(path), corpus()) is None
    gold = gold_file(tmp_path, [{"doc": "a.txt", "text": "5%"}])
    with pytest.raises(GoldFormatError, match="quantities items need 'doc', 'text', 'value' and 'unit'"):
        score(gold, corpus())


@pytest.fixture(scope="module")
def seeds_report():
    if not SEEDS_GOLD.is_file():
        pytest.skip("../shared/seeds/gold.json is not beside the checkout")
    (report,) = evaluate(load_gold(SEEDS_GOLD), sections=["quantities"])
    return report


@needs_seeds
def test_seed_floor_recall_and_exact_values(seeds_report):
    assert seeds_report.extra["span_recall"] >= 0.9, seeds_report.misses
    assert seeds_report.extra["value_accuracy"] >= 0.9, seeds_report.misses
    assert seeds_report.score.recall >= 0.9, seeds_report.misses
    assert seeds_report.extra["qualifier_accuracy"] >= 0.85


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_corpus_floor(path):
    reports = evaluate(load_gold(path), sections=["quantities"])
    if not reports:
        pytest.skip(f"{path.name} has no quantities section")
    (report,) = reports
    assert report.extra["span_recall"] >= 0.85, report.misses
    assert report.extra["value_accuracy"] >= 0.85, report.misses
