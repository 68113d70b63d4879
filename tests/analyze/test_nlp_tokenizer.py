"""The tokenizer splits a figure glued after a word by a comma (readout.analyze.nlp.split_glued_figures), and
nothing else moves: thousands separators, decimal commas, a comma after an abbreviation and ordinary text."""

from __future__ import annotations

import pytest

from readout.analyze.nlp import load_base, load_corrected, split_glued_figures


@pytest.fixture(scope="module")
def tokenizers():
    return load_base().tokenizer, load_corrected().tokenizer


def words(tokenizer, text):
    return [t.text for t in tokenizer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry carried 52 migrants,19 of them minors.", ["The", "ferry", "carried", "52", "migrants", ",", "19", "of", "them", "minors", "."]),
        ("Sales of tractors,4 models in all, slowed.", ["Sales", "of", "tractors", ",", "4", "models", "in", "all", ",", "slowed", "."]),
    ],
)
def test_a_figure_glued_after_a_word_and_a_comma_is_its_own_token(tokenizers, text, expected):
    bare, corrected = tokenizers
    assert words(corrected, text) == expected
    assert words(bare, text) != expected  # spaCy's own infixes keep "migrants,19" as one token


@pytest.mark.parametrize(
    "text",
    [
        "The mill employs 1,300 people and 12,450,000 spindles.",
        "Le taux est de 3,5 pour cent, contre 4,25 l'an dernier.",
        "Envoys from the U.S.,15 other nations and the bloc met.",
        "In 1998,200 rail workers struck.",
        "Well, the talks, which began in May, ended; prices rose 4.5% (to $12.30) on Monday, analysts said.",
        "The mayor's aide e-mailed the draft at 9:45 a.m., then left.",
        "Room 12,a corner office, was free.",
    ],
)
def test_everything_else_tokenizes_as_before(tokenizers, text):
    bare, corrected = tokenizers
    assert words(corrected, text) == words(bare, text)


def test_the_rule_is_added_once():
    nlp = load_corrected()
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    split_glued_figures(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern
