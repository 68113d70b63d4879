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
