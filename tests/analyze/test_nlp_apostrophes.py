"""A word written with a typographic apostrophe gets the model's features of its straight spelling
(readout.analyze.nlp.straighten_apostrophe_features): the same tags, parse, lemmas and entities, and the text,
so every span, is left as written."""

from __future__ import annotations

import pytest

from readout.analyze.nlp import load_base, load_corrected, load_pipeline, straighten_apostrophe_features

CURLY = "\u2019"

SENTENCES = [
    "The growers said they'd planned to sell the harvest abroad.",
    "Officials said they'd agreed to reopen the bridge.",
    "He's restrained and he doesn't blame the workers.",
    "The union said it's ready to sign if the mill's owners agree.",
    "She said they've hired forty nurses and they'll hire more.",
    "O'Neill didn't attend the board's meeting.",
    "The ministry said it'll pay the grant in two parts.",
]


@pytest.fixture(scope="module")
def pipelines():
    return load_base(), load_corrected()


def reading(nlp, text):
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_.replace(CURLY, "'"), str(t.morph), t.ent_iob_, t.ent_type_) for t in nlp(text)]


def curly(text):
    return text.replace("'", CURLY)


@pytest.mark.parametrize("text", SENTENCES)
def test_typographic_apostrophes_read_as_straight_ones(pipelines, text):
    _, corrected = pipelines
    assert reading(corrected, curly(text)) == reading(corrected, text)


def test_the_bare_model_reads_them_differently(pipelines):
    bare, _ = pipelines
    assert sum(reading(bare, curly(text)) != reading(bare, text) for text in SENTENCES) == len(SENTENCES)


def test_a_past_perfect_after_a_typographic_apostrophe(pipelines):
    bare, corrected = pipelines
    text = curly("The growers said they'd planned to sell the harvest abroad.")
    assert [t.tag_ for t in bare(text) if t.text == "planned"] == ["VBD"]
    doc = corrected(text)
    planned = next(t for t in doc if t.text == "planned")
    assert (planned.tag_, planned.head.text) == ("VBN", "said")
    aux = doc[planned.i - 1]
    assert (aux.text, aux.tag_, aux.dep_, aux.lemma_, aux.pos_) == ("\u2019d", "VBD", "aux", "have", "AUX")  # a past perfect, as "they'd planned"


def test_contractions_keep_their_lemmas(pipelines):
    _, corrected = pipelines
    doc = corrected(curly("It's late, we're tired, I'm out, they've gone, let's go."))
    assert [(t.text, t.lemma_, t.pos_) for t in doc if CURLY in t.text] == [
        ("\u2019s", "be", "AUX"),
        ("\u2019re", "be", "AUX"),
        ("\u2019m", "be", "AUX"),
        ("\u2019ve", "have", "AUX"),
        ("\u2019s", "us", "PRON"),
    ]


def test_a_name_with_a_typographic_apostrophe(pipelines):
    _, corrected = pipelines
    doc = corrected(curly("O'Neill didn't attend the board's meeting."))
    name = doc[0]
    assert (name.text, name.norm_, name.shape_, name.tag_, name.dep_) == ("O\u2019Neill", "o'neill", "X'Xxxxx", "NNP", "nsubj")


def test_the_text_and_spans_are_untouched():
    nlp = load_pipeline()
    text = curly("The ministry said it'll pay the grant, and O'Neill's office agreed.")
    doc = nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    assert [t.text for t in doc if CURLY in t.text] == ["\u2019ll", "O\u2019Neill", "\u2019s"]
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_set_up_once_per_pipeline():
    nlp = load_corrected()
    getters = dict(nlp.vocab.lex_attr_getters)
    patterns = nlp.get_pipe("attribute_ruler").patterns
    straighten_apostrophe_features(nlp)
    assert dict(nlp.vocab.lex_attr_getters) == getters
    assert nlp.get_pipe("attribute_ruler").patterns == patterns
