"""The learned event type's training command, on a small sample of the PLOVER records and patterns."""

from __future__ import annotations

import pytest

from readout.analyze.event_model import NONE, read_model
from readout.eval import plover, train_events
from readout.eval.expand_event_verbs import WORDNET_DIR

needs_data = pytest.mark.skipif(
    not plover.default_path().is_file() or not (WORDNET_DIR / "index.verb").is_file(),
    reason="the PLOVER records (../shared/eval) or WordNet (Debian wordnet-base) are missing",
)


def test_the_gate_counts_what_it_lets_through_and_how_much_is_right():
    predictions = [("ASSAULT", 0.9), ("AID", 0.5), (NONE, 0.95), ("ACCUSE", 0.25)]
    labels = ["ASSAULT", "SUPPORT", "CONSULT", "ACCUSE"]
    rows = {t: (taken, right) for t, taken, right in train_events.gate(predictions, labels)}
    assert rows[0.2] == (3, 2)  # NONE is never let through
    assert rows[0.5] == (2, 1)
    assert rows[0.9] == (1, 1)


@needs_data
def test_training_on_a_sample_writes_the_same_model_twice_and_it_loads(tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train_events.main(["--limit", "60", "--out", str(first)]) == 0
    err = capsys.readouterr().err
    assert "cross-validated type accuracy (unseen lemmas)" in err and "the coder's main event type on the records" in err
    assert train_events.main(["--limit", "60", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()  # seeded folds, zero start: no randomness
    model = read_model(first)
    assert model.threshold in train_events.THRESHOLDS
    assert model.weights and model.verbs
    assert all(f.startswith(("v:", "vx:")) for features in model.verbs.values() for f in features)


def test_a_missing_wordnet_is_named(tmp_path, capsys):
    assert train_events.main(["--wordnet", str(tmp_path), "--out", str(tmp_path / "m.json")]) == 2
    assert "no WordNet database here" in capsys.readouterr().err
