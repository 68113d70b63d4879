"""The learned check-worthiness model: its features, its file, and how the claims component uses it."""

from __future__ import annotations

import json

import pytest

from readout.analyze import claims, rhetoric  # noqa: F401  (registers the factories)
from readout.analyze.claim_model import MODEL_PATH, ClaimModel, load_model, read_model, span_features
from readout.analyze.nlp import load_corrected


@pytest.fixture(scope="module")
def nlp():
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    nlp.add_pipe("readout_claims", config={"threshold": 0.0})
    return nlp


def test_features_are_words_pairs_tags_and_named_features(nlp):
    doc = nlp("Exports rose 12 percent in 2024.")
    features = span_features(doc[:], {"quantity": 1.0, "opinion": 0.0})
    assert features["f:quantity"] == 1.0 and "f:opinion" not in features
    assert features["w:exports"] == 1.0 and features["w:<num>"] == 1.0
    assert features["b:<s> exports"] == 1.0 and features["b:<num> </s>"] == 1.0
    assert features["first:exports"] == 1.0 and "p:VBD" in features and "len:4-6" in features


def test_the_bundled_model_is_a_small_file_that_says_how_it_was_made():
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 5_000_000
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "train_claims" in raw["about"] and "check debates" in raw["about"]
    model = read_model(MODEL_PATH)
    assert model.threshold == 0.5 and len(model.weights) > 1000


def test_the_component_scores_with_the_model_and_ranks_claims_above_chatter(nlp):
    assert nlp.get_pipe("readout_claims").model is load_model(str(MODEL_PATH))
    doc = nlp("Unemployment fell to 4.1 percent last year, the lowest rate since 2000. Thank you all for being here tonight.")
    scores = {c.span.text: c.score for c in doc._.readout_claims}
    assert scores["Unemployment fell to 4.1 percent last year, the lowest rate since 2000."] > scores["Thank you all for being here tonight."]


def test_model_none_falls_back_to_the_hand_set_weights():
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    nlp.add_pipe("readout_claims", config={"model": "none"})
    assert nlp.get_pipe("readout_claims").model is None


def test_scores_stay_between_zero_and_one():
    model = ClaimModel(bias=0.0, weights={"w:a": 100.0, "w:b": -100.0})
    assert 0.0 < model.score({"w:b": 1.0}) < 1e-6 < 1 - 1e-6 < model.score({"w:a": 1.0}) < 1.0
