"""Fit and check parts: fixed, disjoint, and named where the benchmarks report them."""

from __future__ import annotations

import pytest

from readout.eval.newsquant import newsquant_split
from readout.eval.public import BENCHMARKS, shared_eval_dir


def test_newsquant_split_is_fixed_and_disjoint():
    fit, check = newsquant_split(295)
    assert len(check) == 98 and len(fit) == 197 and not set(fit) & set(check)
    assert newsquant_split(295) == (fit, check)


@pytest.mark.skipif(not (shared_eval_dir() / "tempeval3-train").is_dir(), reason="../shared/eval is not available")
def test_tempeval_documents_know_their_part():
    from readout.eval.tempeval import load_corpus

    parts = {d.part for d in load_corpus()}
    assert parts == {"TimeBank", "AQUAINT"}


@pytest.mark.skipif(not (shared_eval_dir() / "polnear" / "train").is_dir(), reason="../shared/eval is not available")
def test_polnear_check_articles_come_from_train_not_dev():
    from readout.eval import polnear, polnear_check

    names = polnear_check.check_names()
    assert len(names) == polnear_check.CHECK_ARTICLES
    assert names == polnear_check.check_names()
    assert not names & {a.name for a in polnear.load_articles()}
    assert "polnear-check" in BENCHMARKS
