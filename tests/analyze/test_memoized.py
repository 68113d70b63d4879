"""The memoized attribute ruler and lemmatizer set exactly what the original components set."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from readout.analyze.memoized import WordClasses, with_indexed_words
from readout.analyze.nlp import _memoize_attributes, load_base

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
TEXTS = [
    "The minister said the talks had gone well. She did not say when they would meet again.",
    "Y'all gonna love it, let's go. It ain't over, c'mon! Let's see what they've got.",
    "There is no deal.  There were  two\n\n  drafts, and it was rejected by them before I saw it.",
    "I told you that you gave it to me; but he did, and did it twice. Do they? They do.",
    "Exports rose 12% to $4.6 billion in 2025, officials in Jakarta said on Tuesday.",
]


@pytest.fixture(scope="module")
def pipelines():
    memoized = load_base()
    _memoize_attributes(memoized)
    return load_base(), memoized


def test_memoized_pipeline_replaces_the_two_components(pipelines):
    _, memoized = pipelines
    assert "readout_memoized_attributes" in memoized.pipe_names
    assert "attribute_ruler" not in memoized.pipe_names and "lemmatizer" not in memoized.pipe_names
    assert memoized.get_pipe("readout_memoized_attributes").exact


@pytest.mark.parametrize("passes", [1, 2])
def test_every_token_attribute_is_the_original_one_cold_and_warm(pipelines, passes):
    original, memoized = pipelines
    for _ in range(passes):  # the second pass reads the memo filled by the first
        for text in TEXTS:
            a, b = original(text), memoized(text)
            assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), text
    component = memoized.get_pipe("readout_memoized_attributes")
    assert len(component.memo) > 50


def test_patterns_over_two_tokens_still_apply(pipelines):
    _, memoized = pipelines
    doc = memoized("We are gonna win, let's hope.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert [t.lemma_ for t in doc if t.text == "'s"] == ["us"]
    assert [t.lemma_ for t in memoized("It's here.") if t.text == "'s"] == ["be"]


# Invented words the model has never seen, in every inflection the rule lemmatizer handles.
NEW_WORDS = [
    "The glorbish frandlers were snazzling three quobbets while the vintrels blorped.",
    "She quindled the prastonates; they had flummocked every zarvish before it trembled.",
    "Kestrovian exporters stoobled 40 traxels, and the plimmest of them glarvened faster than Ondravi's.",
    "Is there a zemble? There were two frooks, y'all, and it's gonna be snorked by the wendlers.",
]


def test_new_words_get_the_original_annotations_cold_and_warm():
    original, memoized = load_base(), load_base()
    _memoize_attributes(memoized)
    for _ in range(2):
        for text in NEW_WORDS:
            a, b = original(text), memoized(text)
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], text
            assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), text
    lemmas = {t.text: t.lemma_ for t in memoized(NEW_WORDS[0])}
    assert lemmas["frandlers"] == "frandler" and lemmas["were"] == "be"


def test_the_lemmatizer_copy_holds_sets_and_the_original_is_untouched():
    nlp = load_base()
    original = nlp.get_pipe("lemmatizer")
    indexed = with_indexed_words(original)
    assert indexed is not original and indexed.cache is not original.cache
    for pos in ("noun", "verb", "adj"):
        assert isinstance(original.lookups.get_table("lemma_index")[pos], list)
        assert isinstance(indexed.lookups.get_table("lemma_index")[pos], frozenset)
        assert set(original.lookups.get_table("lemma_index")[pos]) == indexed.lookups.get_table("lemma_index")[pos]
    doc = nlp("The wardens were freeing the hostages and the boxes were quibbling loudest.")
    for token in doc:
        assert indexed.lemmatize(token) == original.rule_lemmatize(token), token.text
    assert indexed.lemmatize.__self__ is indexed


def test_words_no_pattern_names_share_a_class():
    nlp = load_base()
    classes = WordClasses(nlp, [[{"LOWER": "gon"}, {"LOWER": "na"}], [{"LOWER": {"REGEX": "^y'?$"}}], [{"IS_SPACE": True}],
                                [{"TAG": "NN", "LOWER": {"IN": ["let", "was"]}}]])
    assert classes.usable
    doc = nlp.make_doc("Frandlers blorped , Y gon was  Was trembling")
    of = {t.text: classes.of(t.orth) for t in doc}
    assert of["Frandlers"] == of["blorped"] == of["trembling"] == of[","] == (None, False)
    assert of[" "] == (None, True)
    for named in ("Y", "gon", "was", "Was"):  # named (or found by the expression) through the word or its lower case
        assert of[named] == (nlp.vocab.strings[named],)


def test_a_pattern_on_the_word_shape_gives_every_word_its_own_class():
    nlp = load_base()
    classes = WordClasses(nlp, [[{"SHAPE": "Xxxx"}]])
    assert not classes.usable
    orth = nlp.vocab.strings.add("Frandlers")
    assert classes.of(orth) == (orth,)


def test_a_new_word_alone_with_a_known_tag_and_label_does_not_ask_the_matcher(pipelines):
    original, memoized = pipelines
    component = memoized.get_pipe("readout_memoized_attributes")
    memoized("The officials visited the farms near the river.")
    calls = []
    match = component.ruler.match
    component.ruler.match = lambda doc: calls.append(doc.text) or match(doc)
    try:
        doc = memoized("The frandlers visited the quobbets near the vintrel.")
    finally:
        del component.ruler.match
    assert calls == []
    assert len(component.longer) == sum(any(len(p) > 1 for p in entry["patterns"]) for entry in component.ruler.patterns) > 0
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in original("The frandlers visited the quobbets near the vintrel.")]
    assert [t.pos_ for t in doc][1] == "NOUN"


def test_a_full_memo_starts_afresh_and_still_annotates_every_token(monkeypatch):
    """Past the bound the memo is cleared mid-document: the tokens it knew before must be asked again."""
    import readout.analyze.memoized as memoized_module

    original, memoized = load_base(), load_base()
    _memoize_attributes(memoized)
    component = memoized.get_pipe("readout_memoized_attributes")
    memoized(TEXTS[0])
    monkeypatch.setattr(memoized_module, "MAX_ENTRIES", component.used + 2)
    text = TEXTS[0] + " The quobbets glarvened twice."  # known tokens, then new ones past the bound
    a, b = original(text), memoized(text)
    assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
    assert component.used <= len(b)


def test_only_a_token_a_longer_pattern_sets_is_keyed_with_its_neighbours_and_they_by_class(pipelines):
    """'s can be set by "let 's" and "there 's" (its left neighbour's word and label): it is keyed with the word
    class of the noun before it, and neither that noun nor the word after it holds a neighbour in its key."""
    original, memoized = pipelines
    component = memoized.get_pipe("readout_memoized_attributes")
    text = "The frandler's aides left. The quobbet's aides left. Let's go."
    doc = memoized(text)
    keys, _ = component._keys(doc)
    by_text = [(t.text, key) for t, key in zip(doc, keys)]
    assert [len(key) for word, key in by_text if word in ("frandler", "quobbet", "aides")] == [3, 3, 3, 3]
    possessive = [key for word, key in by_text if word == "'s"]
    assert len(possessive[0]) == 5 and possessive[0][4] == () and len(possessive[0][3]) == 1
    assert possessive[0] == possessive[1]  # two unseen nouns of one class: one key
    assert possessive[2] != possessive[0]  # "Let" is a word a pattern names
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in original(text)]
    assert [t.lemma_ for t in doc if t.text == "'s"] == ["'s", "'s", "us"]
