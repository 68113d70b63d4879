"""The seeds' gold "event" section: both documents code the video call as CONSULT between RUS and CHN."""

from __future__ import annotations

from readout.eval.gold import load_gold
from readout.eval.runner import evaluate


def test_both_seed_documents_code_the_call(seeds_dir, nlp):
    reports = evaluate(load_gold(seeds_dir / "gold.json"), nlp, sections=["event"])
    assert len(reports) == 1
    report = reports[0]
    assert report.name == "event"
    assert (report.score.tp, report.score.fn) == (2, 0), report.misses
    assert report.extra["type_and_mode_found"] == 1.0


def test_the_example_corpora_code_their_visit(nlp):
    import pytest

    from tests.conftest import EXAMPLES

    if not (EXAMPLES / "summit-gold.json").is_file() or not (EXAMPLES / "visit-gold.json").is_file():
        pytest.skip("example corpora not present")
    summit = evaluate(load_gold(EXAMPLES / "summit-gold.json"), nlp, sections=["event"])[0]
    assert (summit.score.tp, summit.score.fn) == (3, 0), summit.misses
    visit = evaluate(load_gold(EXAMPLES / "visit-gold.json"), nlp, sections=["event"])[0]
    assert visit.score.tp >= 4, visit.misses  # the agency story reports an agreement, never the meeting itself
