"""The check-worthiness training command: deterministic, split by debate, writes a model readout can load."""

from __future__ import annotations

import json

import numpy as np
import pytest

from readout.analyze.claim_model import read_model
from readout.eval import train_claims
from readout.eval.checkworthy import DATA
from readout.eval.public import shared_eval_dir
from readout.eval.splits import checkworthy_split, folds, split_by_seed

HAVE_DATA = (shared_eval_dir() / DATA).is_file() and (shared_eval_dir() / train_claims.CLAIMBUSTER).is_file()


def test_the_split_is_fixed_by_the_seed_and_disjoint():
    names = [f"debate{i:02d}" for i in range(19)]
    fit, check = checkworthy_split(names)
    assert len(check) == 7 and len(fit) == 12 and not set(fit) & set(check)
    assert (fit, check) == checkworthy_split(list(reversed(names)))
    assert split_by_seed(names, 7, seed=1) != (fit, check)
    parts = folds(fit, 4)
    assert sorted(n for p in parts for n in p) == fit


def test_logistic_regression_learns_a_separable_toy_set():
    features = [{"w:rose": 1.0}, {"w:rose": 1.0, "w:percent": 1.0}, {"w:thanks": 1.0}, {"w:hello": 1.0}] * 3
    labels = [1, 1, 0, 0] * 3
    model = train_claims.train(features, labels, [1.0] * len(labels), l2=1e-4, steps=200)
    assert model.score({"w:rose": 1.0}) > 0.8 > 0.2 > model.score({"w:thanks": 1.0})
    again = train_claims.train(features, labels, [1.0] * len(labels), l2=1e-4, steps=200)
    assert again.weights == model.weights  # no randomness


def test_vocabulary_keeps_features_seen_twice():
    vocab = train_claims.vocabulary([{"a": 1.0, "b": 1.0}, {"a": 1.0}])
    assert vocab == {"a": 0}
    matrix = train_claims.to_matrix([{"a": 1.0, "b": 1.0}], vocab)
    assert matrix.n == 1 and list(matrix.cols) == [0] and np.allclose(matrix.vals, [1.0])


@pytest.mark.skipif(not HAVE_DATA, reason="../shared/eval/checkworthy is not available")
def test_training_command_on_a_small_sample(tmp_path):
    out = tmp_path / "model.json"
    assert train_claims.main(["--out", str(out), "--limit", "25", "--steps", "60"]) == 0
    model = read_model(out)
    assert model.weights and model.threshold == train_claims.THRESHOLD
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert "check debates" in raw["about"] and "ClaimBuster" in raw["about"]
