"""The attribution model's training command, on a small sample of PolNeAR's training articles."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout.analyze.quote_model import read_model
from readout.eval import polnear_check, train_quotes

needs_polnear = pytest.mark.skipif(not polnear_check.default_path().is_dir(), reason="PolNeAR is not in ../shared/eval")


def test_words_outside_the_lexicon_need_the_precision_of_the_lexicon_words():
    # lexicon words: at 0.4, 3 of 4 taken are cues (0.75); outside it, 0.5 at 0.4, 2 of 3 at 0.45 and 0.5, 2 of 2 at 0.55
    examples = train_quotes.Examples(
        features=[{}] * 10,
        labels=[1, 1, 1, 0, 0, 1, 0, 1, 0, 1],
        groups=["a"] * 10,
        known=[True] * 5 + [False] * 5,
    )
    scores = [0.9, 0.8, 0.5, 0.45, 0.1, 0.62, 0.52, 0.7, 0.42, 0.3]
    threshold, precision, target = train_quotes.unknown_threshold(examples, scores, 0.4)
    assert (threshold, target) == (0.55, 0.75)
    assert precision == 1.0


def test_nouns_outside_the_lexicon_need_the_precision_of_the_lexicon_nouns():
    # verbs: the lexicon's 2 of 2 at 0.4, outside it 2 of 3 at 0.4 and 0.45, 2 of 2 at 0.55;
    # nouns: the lexicon's 1 of 2 at 0.4, outside it 1 of 2 at 0.4 already
    examples = train_quotes.Examples(
        features=[{}] * 10,
        labels=[1, 1, 1, 0, 1, 0, 1, 0, 1, 0],
        groups=["a"] * 10,
        known=[True, True, False, False, False, True, True, False, False, False],
        pos=["VERB"] * 5 + ["NOUN"] * 5,
    )
    scores = [0.9, 0.8, 0.6, 0.5, 0.7, 0.5, 0.45, 0.6, 0.5, 0.1]
    assert train_quotes.unknown_threshold(examples, scores, 0.4, "VERB")[::2] == (0.55, 1.0)
    assert train_quotes.unknown_threshold(examples, scores, 0.4, "NOUN")[::2] == (0.4, 0.5)


@needs_polnear
def test_training_leaves_out_the_check_articles():
    root = polnear_check.default_path()
    names = train_quotes.training_names(root)
    assert names and not names & polnear_check.check_names(root)
    assert len(names) + len(polnear_check.check_names(root)) == len(list((root / "text").glob("*.txt")))


@needs_polnear
def test_training_on_three_articles_writes_a_model_that_loads(tmp_path, capsys):
    out = tmp_path / "model.json"
    assert train_quotes.main(["--limit", "3", "--out", str(out)]) == 0
    model = read_model(out)
    assert model.cue.weights and model.content.weights
    assert model.cue.threshold <= model.unknown_cue_threshold <= 0.95
    assert model.unknown_noun_threshold is not None and model.cue.threshold <= model.unknown_noun_threshold <= 0.95
    assert "l:say" in model.cue.weights and model.cue.weights["l:say"] > 0  # "said" is the commonest cue of news
    # the four gates chosen for overlap F1 of whole attributions read out of fold, starting at the example-level choices
    err = capsys.readouterr().err
    assert "cross-validated F1" in err
    tried = [line for line in err.splitlines() if line.startswith("gates ")]
    chosen = "gates chosen for overlap F1 of whole attributions: " + ", ".join(
        f"{g} {v:.2f}" for g, v in zip(train_quotes.GATES, (model.cue.threshold, model.unknown_cue_threshold,
                                                              model.unknown_noun_threshold, model.content.threshold)))
    assert len(tried) > 4 and any(line.startswith(chosen) for line in err.splitlines())
    figure = lambda line: float(line.rstrip(")").split()[-1].strip("("))
    assert figure([line for line in err.splitlines() if line.startswith(chosen)][0]) == max(figure(line) for line in tried) >= figure(tried[0])
    assert "held out at the chosen gates: overlap " in err and "seeded with 2019" in err
    # reproducible: the same command in a fresh interpreter with another string-hash seed writes the same bytes, and
    # says their size and hash
    again = tmp_path / "again.json"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(Path(train_quotes.__file__).parents[2])}
    run = subprocess.run([sys.executable, "-m", "readout.eval.train_quotes", "--limit", "3", "--out", str(again)],
                         env=env, capture_output=True, text=True, check=True)
    assert again.read_bytes() == out.read_bytes()
    assert hashlib.sha256(out.read_bytes()).hexdigest() in run.stdout
    assert f"{out.stat().st_size:,} bytes" in run.stdout


def test_gates_are_chosen_one_at_a_time_for_the_whole_figure():
    # a figure peaked at cue 0.40, verb 0.70, noun 0.45 (content flat): the ascent reaches it from the example-level
    # start, a tie keeps the value a gate has, and each setting is scored once
    calls = []

    def figure(g):
        calls.append(tuple(g[k] for k in train_quotes.GATES))
        return 1.0 - abs(g["cue"] - 0.40) - abs(g["verb"] - 0.70) - 0.5 * abs(g["noun"] - 0.45)

    lines = []
    start = {"cue": 0.35, "verb": 0.85, "noun": 0.50, "content": 0.40}
    gates, best = train_quotes.choose_gates(figure, start, log=lines.append)
    assert gates == {"cue": 0.40, "verb": 0.70, "noun": 0.45, "content": 0.40}
    assert best == pytest.approx(1.0)
    assert len(calls) == len(set(calls)) == len(lines)
    assert lines[0] == "gates cue 0.35, verb 0.85, noun 0.50, content 0.40: held-out overlap F1 77.50"
    # a rise under the least gain (a few attributions) moves no gate
    nudged = lambda g: 0.8 + (0.0004 if g["content"] == 0.45 else 0.0)
    assert train_quotes.choose_gates(nudged, start, log=lambda line: None) == (start, 0.8)


def test_a_noun_a_there_is_clause_says_exists_is_no_training_example():
    from readout.analyze.nlp import load_pipeline
    from readout.eval.polnear import Article, Attribution

    text = "There are questions about the budget. The auditors raised questions about the grants."
    gold = tuple(Attribution(content=((text.index(c), text.index(c) + len(c)),), cue=((text.index(q), text.index(q) + 9),))
                 for c, q in (("the budget", "questions"), ("the grants", "questions about the grants")))
    nlp = load_pipeline(disable=train_quotes.polnear.QUOTE_COMPONENTS_ONLY + ("readout_quotes",))
    cues, _ = train_quotes.examples_of([(Article("a", text, gold), nlp(text))])
    # both are gold cues here, but only the auditors' questions are learned from: the analyzer never scores the first
    assert [y for f, y in zip(cues.features, cues.labels) if "l:question" in f] == [1]


def test_the_cue_and_content_models_hold_out_the_same_articles():
    # article "b" has no content example: without every article's name its folds would shift the content model's,
    # and a fold model would be scored on articles it was fitted on
    names = ["a", "b", "c", "d", "e", "f"]
    contents = train_quotes.Examples(features=[{"x": 1.0}, {"y": 1.0}] * 5, labels=[1, 0] * 5, groups=["a", "a", "c", "c", "d", "d", "e", "e", "f", "f"])
    _, models = train_quotes.out_of_fold(contents, 1e-4, 3, names)
    assert [held for held, _ in models] == [frozenset(f) for f in train_quotes.folds(names, 3)]
