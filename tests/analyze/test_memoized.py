"""The memoized attribute ruler and lemmatizer set exactly what the original components set."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

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
