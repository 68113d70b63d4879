"""The rated-word detector's lines chosen by cross-validation over memes: what each line keeps, the choice, the nested figure."""

from __future__ import annotations

import pytest

from readout.eval import rhetoric_valence_cv
from readout.eval.public import shared_eval_dir
from readout.eval.rhetoric_valence_cv import Rated, choose, kept, nested
from readout.eval.semeval import FIT_DATA
from readout.eval.splits import SEED, folds

HAVE_DATA = (shared_eval_dir() / FIT_DATA).is_file()
CALLING, LOADED = "Name calling/Labeling", "Loaded Language"


def test_loaded_language_needs_both_lines_name_calling_only_its_own():
    rows = [Rated("m1", CALLING, -1.6, 1.0), Rated("m1", LOADED, -1.6, 1.0), Rated("m2", LOADED, -2.1, 1.0)]
    assert kept(rows, (-1.5, -2.0)) == [rows[0], rows[2]]
    assert kept(rows, (-2.5, -2.5)) == []


def test_the_choice_keeps_markers_only_while_they_beat_the_worth():
    rows = [Rated(f"m{i}", LOADED, -2.5, 1.0) for i in range(5)] + [Rated(f"n{i}", LOADED, -1.6, 0.4) for i in range(5)]
    assert choose(rows, worth=0.5)[1] == -2.5  # the words rated -1.6 are right 0.4 of the time: below the worth
    assert choose(rows, worth=0.3)[1] == -1.5  # worth less than what they earn: kept


def test_the_held_out_fold_is_scored_with_lines_chosen_without_it():
    memes = [f"m{i:02d}" for i in range(10)]
    lucky = folds(memes, 2, SEED)[0]  # the mild words are right only on these memes
    rows = [Rated(m, LOADED, -2.5, 1.0) for m in memes]
    rows += [Rated(m, LOADED, -1.6, 1.0 if m in lucky else 0.0) for m in memes]
    assert choose(rows, worth=0.4)[1] == -1.5  # on all memes the mild words pay (0.5 > 0.4)
    report = nested(rows, memes, worth=0.4, shipped=(-1.5, -1.5), k=2)
    assert [f["lines"][1] for f in report["folds"]] == [-2.5, -1.5]  # chosen on the other fold alone
    # the lucky fold held out keeps only the strong words (5 right); the other fold takes the mild words the lucky fold
    # chose, and they are wrong there (5 right of 10): 10 of 15, below the 15 of 20 the lines chosen on all memes score
    assert report["nested"] == (pytest.approx(10 / 15), 15)
    assert report["shipped"] == (pytest.approx(15 / 20), 20)


def test_a_meme_and_its_twin_are_held_out_together():
    """Two memes of one template are the only ones whose mild words are right. Dealt to different folds, each one's
    training chooses the mild line from its twin and its own mild word scores as if unseen; in one fold (the training's
    ``meme_folds`` with their group), neither training fold sees a mild word right, and none is kept."""
    memes = [f"m{i:02d}" for i in range(10)]
    plain = folds(memes, 2, SEED)
    a, b = plain[0][0], plain[1][0]  # split by the plain folds
    rows = [Rated(m, LOADED, -2.5, 1.0) for m in memes] + [Rated(m, LOADED, -1.6, 1.0) for m in (a, b)]
    assert nested(rows, memes, worth=0.4, shipped=(-1.5, -1.5), k=2, groups={})["nested"] == (1.0, 12)
    assert nested(rows, memes, worth=0.4, shipped=(-1.5, -1.5), k=2, groups={max(a, b): min(a, b)})["nested"] == (1.0, 10)


@pytest.mark.skipif(not HAVE_DATA, reason="needs ../shared/eval/semeval2021-task6")
def test_runs_on_a_sample_of_the_fit_memes():
    report = rhetoric_valence_cv.run(limit=60, worth=0.7)
    assert report["markers_loose"] > 0 and len(report["folds"]) == 5
    assert report["shipped_lines"] == [-1.5, -2.0]
    assert 0.0 <= report["nested"][0] <= 1.0
