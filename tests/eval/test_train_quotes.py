"""The attribution model's training command, on a small sample of PolNeAR's training articles."""

from __future__ import annotations

import pytest

from readout.analyze.quote_model import read_model
from readout.eval import polnear_check, train_quotes

pytestmark = pytest.mark.skipif(not polnear_check.default_path().is_dir(), reason="PolNeAR is not in ../shared/eval")


def test_training_leaves_out_the_check_articles():
    root = polnear_check.default_path()
    names = train_quotes.training_names(root)
    assert names and not names & polnear_check.check_names(root)
    assert len(names) + len(polnear_check.check_names(root)) == len(list((root / "text").glob("*.txt")))


def test_training_on_three_articles_writes_a_model_that_loads(tmp_path, capsys):
    out = tmp_path / "model.json"
    assert train_quotes.main(["--limit", "3", "--out", str(out)]) == 0
    model = read_model(out)
    assert model.cue.weights and model.content.weights
    assert "l:say" in model.cue.weights and model.cue.weights["l:say"] > 0  # "said" is the commonest cue of news
    assert "cross-validated F1" in capsys.readouterr().err
