"""Verb forms spaCy's rule lemmatizer reads as another verb get their own lemma (readout.analyze.nlp.correct_lemmas)."""

from __future__ import annotations

import pytest

from readout.analyze.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(disable=("readout_times", "readout_quantities", "readout_quotes", "readout_rhetoric", "readout_claims",
                                  "readout_commitments", "readout_events", "readout_audience_messages", "readout_timing",
                                  "readout_source_role"))


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("The growers hated the new water rules.", "hated", "hate"),
        ("The growers are hating every minute of the drought.", "hating", "hate"),
        ("She hates the new parking rules downtown.", "hates", "hate"),
        ("Critics rated the new ferry timetable poorly.", "rated", "rate"),
        ("The inspectors are rating every bridge in the county.", "rating", "rate"),
        ("The survey rates every bridge in the county.", "rates", "rate"),
        ("The growers are hoping for an early spring.", "hoping", "hope"),
        ("The growers hoped the rain would hold off.", "hoped", "hope"),
        ("She hopes the ferry will run again by May.", "hopes", "hope"),
        ("The critics extolled the new opera house.", "extolled", "extol"),
        ("The critics are extolling the new opera house.", "extolling", "extol"),
        ("The ferry vote was slated for the spring session.", "slated", "slate"),
        ("The council is slating two hearings for the autumn.", "slating", "slate"),
    ],
)
def test_a_misread_verb_form_gets_its_own_lemma(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("The budget talks deadlocked in the spring.", "deadlocked", "deadlock"),
        ("The dispute is deadlocking the harbour board.", "deadlocking", "deadlock"),
        ("The ferry board was gridlocked for a month.", "gridlocked", "gridlock"),
        ("She bookmarked every page of the harbour plan.", "bookmarked", "bookmark"),
        ("The winger juked past two defenders.", "juked", "juke"),  # a vowel before the k: the -e stays
        ("The inspectors nuked the old ferry timetable.", "nuked", "nuke"),
        ("The rebels panicked and fled the harbour.", "panicked", "panic"),  # the model's own exception still first
        ("The hackers hijacked the harbour website.", "hijacked", "hijack"),
    ],
)
def test_a_k_verb_the_model_does_not_know_keeps_its_k(nlp, text, word, lemma):
    """'-cked', '-rked' ... forms are of a verb ending in -k: no 'deadlocke' (data/lemma_exceptions.json, suffix_rules)."""
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)


def test_the_suffix_rules_are_added_once():
    from readout.analyze.nlp import correct_lemmas, load_corrected

    nlp = load_corrected()
    rules = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_rules")["verb"]
    correct_lemmas(nlp)
    assert nlp.get_pipe("lemmatizer").lookups.get_table("lemma_rules")["verb"] == rules
    assert rules[0] == ["cked", "ck"] and ["ed", "e"] in rules


def test_the_same_word_as_a_noun_and_the_other_verb_keep_theirs(nlp):
    doc = nlp("Their hopes rose as the rabbit hopped across the ratings table.")
    assert {t.text: t.lemma_ for t in doc if t.text in ("hopes", "hopped", "ratings")} == {"hopes": "hope", "hopped": "hop", "ratings": "rating"}
    doc = nlp("The rabbit is hopping across the rates table.")
    assert {t.text: t.lemma_ for t in doc if t.text in ("hopping", "rates")} == {"hopping": "hop", "rates": "rate"}


def test_the_memoized_attributes_give_the_same_lemmas(nlp):
    plain = load_pipeline(disable=("readout_memoized_attributes", "readout_memoized_embeddings", "readout_times", "readout_quantities",
                                   "readout_quotes", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events",
                                   "readout_audience_messages", "readout_timing", "readout_source_role"))
    text = "The growers hoped for rain; she hates the rules and they are rating every bridge."
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in plain(text)]


@pytest.mark.parametrize(
    "module, builder",
    [
        ("readout.eval.tempeval", "benchmark_pipeline"),
        ("readout.eval.semeval", "rhetoric_pipeline"),
        ("readout.eval.checkworthy", "claim_pipeline"),
        ("readout.eval.train_claims", "feature_pipeline"),
        ("readout.eval.train_rhetoric", "calibration_pipeline"),
    ],
)
def test_benchmark_and_training_pipelines_read_the_corrected_lemmas(module, builder):
    """A benchmark scores, and a trainer learns from, the lemmas `readout analyze` gives, not the bare pipeline's."""
    import importlib

    pipeline = getattr(importlib.import_module(module), builder)()
    token = next(t for t in pipeline("Critics rated the new ferry timetable poorly.") if t.text == "rated")
    assert token.lemma_ == "rate"
