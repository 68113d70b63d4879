"""The tokenizer splits a figure glued after a word by a comma and a quote mark glued to the words around it
(readout.analyze.nlp.split_glued_figures), and nothing else moves: thousands separators, decimal commas, a comma
after an abbreviation, apostrophes and ordinary text."""

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
        "O'Neill's rock'n'roll band and O\u2019Neill\u2019s rivals didn\u2019t play.",
        'The "Yes" campaign said "no" to a 5\'10" banner, e.g. at 3 p.m., then left.',
        "Yahoo!News and example.com: a 16:9 screen, 3.5 cm long; the end.",
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said,"We go."', ["He", "said", ",", '"', "We", "go", ".", '"']),
        ('"We go,"she said.', ['"', "We", "go", ",", '"', "she", "said", "."]),
        ("He said,\u201cWe go.\u201d", ["He", "said", ",", "\u201c", "We", "go", ".", "\u201d"]),
        ("\u201cWe go,\u201dsaid the envoy.", ["\u201c", "We", "go", ",", "\u201d", "said", "the", "envoy", "."]),
        ("The envoy said:\u201cWe go.\u201d", ["The", "envoy", "said", ":", "\u201c", "We", "go", ".", "\u201d"]),
        ('"Why?"she asked.', ['"', "Why", "?", '"', "she", "asked", "."]),
        ('It ended in 2016."The next', ["It", "ended", "in", "2016", ".", '"', "The", "next"]),
        ("They left.\u201dThe next", ["They", "left", ".", "\u201d", "The", "next"]),
        ('the "Yes"campaign and it"a joke"', ["the", '"', "Yes", '"', "campaign", "and", "it", '"', "a", "joke", '"']),
        ("He said,\u2018We go.\u2019", ["He", "said", ",", "\u2018", "We", "go", ".", "\u2019"]),
    ],
)
def test_a_quote_mark_glued_to_a_word_is_its_own_token(tokenizers, text, expected):
    bare, corrected = tokenizers
    assert words(corrected, text) == expected
    assert words(bare, text) != expected


QUOTE_ONLY = ("readout_times", "readout_quantities", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events")


@pytest.fixture(scope="module")
def quotes_of():
    from readout.analyze.nlp import load_pipeline
    from readout.model import Document

    nlp = load_pipeline(disable=QUOTE_ONLY)

    def quotes_of(text):
        doc = nlp.make_doc(text)
        doc._.readout_document = Document(id="d1", source="test", text=text)
        doc = nlp(doc)
        assert doc.text == text
        out = []
        for quote in doc._.readout_quotes:
            for span in (quote.span, quote.speaker_span):
                assert span is not None and text[span.start : span.end] == span.text
            out.append((quote.kind, quote.span.text, quote.speaker_span.text))
        return out

    return quotes_of


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ('The harbour master said,"We will dredge the channel by spring."', "We will dredge the channel by spring.", "The harbour master"),
        ('"We will dredge the channel by spring,"the harbour master said.', "We will dredge the channel by spring", "the harbour master"),
        ("The harbour master said:\u201cWe will dredge the channel by spring.\u201d", "We will dredge the channel by spring.", "The harbour master"),
        ("\u201cWe will dredge the channel,\u201dsaid the harbour master.", "We will dredge the channel", "the harbour master"),
    ],
)
def test_a_glued_quote_gets_its_speaker(quotes_of, text, quote, speaker):
    assert quotes_of(text) == [("direct", quote, speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the rebels\u2013armed with \u201cold rifles\u201d\u2013were able", ["the", "rebels", "\u2013", "armed", "with", "\u201c", "old", "rifles", "\u201d", "\u2013", "were", "able"]),
        ("a fine plan!\u201d\u2014is dull", ["a", "fine", "plan", "!", "\u201d", "\u2014", "is", "dull"]),
        ("her record\u2014\u201cthe best ever\u201d\u2014and", ["her", "record", "\u2014", "\u201c", "the", "best", "ever", "\u201d", "\u2014", "and"]),
        ('NOW OPEN\u2014"A new shop', ["NOW", "OPEN", "\u2014", '"', "A", "new", "shop"]),
    ],
)
def test_a_quote_mark_glued_to_a_dash_and_a_word_is_its_own_token(tokenizers, text, expected):
    bare, corrected = tokenizers
    assert words(corrected, text) == expected
    assert words(bare, text) != expected  # spaCy splits a dash only between two letters


@pytest.mark.parametrize(
    "text",
    [
        "a \u201cpro-choice\u201d-style bill and the 1990\u20132000 decade",
        "the well\u2014known aide and a \u201cyes\u201d \u2014 then a \u201cno\u201d",
    ],
)
def test_a_hyphen_after_a_quote_and_spaced_dashes_tokenize_as_before(tokenizers, text):
    bare, corrected = tokenizers
    assert words(corrected, text) == words(bare, text)


def test_a_quote_glued_to_a_dash_gets_its_speaker(quotes_of):
    # 'leaders\u2014\u201cthe' was one token: the parse lost the subject of 'said'
    text = "The club\u2019s owners\u2014\u201cthe inner circle,\u201d as they call themselves\u2014said the sale was off."
    assert ("direct", "the inner circle", "The club\u2019s owners") in quotes_of(text)
