"""The learned event type: the model's arithmetic and gate, the features it reads, and its place in the coder."""

from __future__ import annotations

import hashlib

import pytest

from readout.analyze.analyzer import analyze
from readout.analyze.event_model import NONE, model_from_data, predicate, predicate_features, read_model
from readout.analyze.events import EventCoder
from readout.model import Document

TINY = {
    "threshold": 0.6,
    "classes": {
        "ASSAULT": {"bias": -2.0, "weights": {"v:attack": 3.0, "o:village": 0.5}},
        "SUPPORT": {"bias": -2.0, "weights": {"v:praise": 3.0}},
        NONE: {"bias": -1.0, "weights": {"vx:31": 4.0}},
    },
    "verbs": {"shell": ["v:attack"], "laud": ["v:praise"], "ponder": ["vx:31"]},
    "nouns": {},
}


def test_the_best_class_is_taken_only_at_the_threshold_and_never_none():
    model = model_from_data(TINY)
    assert model.classes == ("ASSAULT", "SUPPORT", NONE)
    event_type, p = model.predict(["v:attack", "o:village"])
    assert event_type == "ASSAULT" and p == pytest.approx(1 / (1 + 2.718281828 ** -1.5), abs=1e-6)
    assert model.type_of(["v:attack", "o:village"]) == "ASSAULT"  # 0.82
    assert model.type_of(["v:attack", "o:village", "unknown"]) == "ASSAULT"
    assert model.type_of(["o:village"]) is None  # ASSAULT at 0.18: under the threshold
    assert model.predict(["vx:31"])[0] == NONE and model.type_of(["vx:31"]) is None


def test_the_model_file_round_trips():
    model = model_from_data(TINY)
    import json

    again = model_from_data(json.loads(model.to_json()))
    assert again == model


def test_features_read_the_verb_its_wordnet_senses_object_preposition_and_flags(nlp):
    model = model_from_data(TINY)
    doc = nlp("Norland will not shell the village on Monday.")
    token = predicate(next(doc.sents), frozenset({"say"}))
    assert token.text == "shell"
    features = predicate_features(token, model.verbs, model.nouns)
    assert features[:2] == ["l:shell", "v:attack"]
    assert {"fut", "neg", "o:village", "p:on"} <= set(features)


def test_the_predicate_of_a_reported_act_is_the_reported_clause(nlp):
    doc = nlp("Norland said Velorian troops had shelled the village.")
    assert predicate(next(doc.sents), frozenset({"say"})).text == "shelled"
    doc = nlp("Velor is a small country.")
    assert predicate(next(doc.sents), frozenset({"say"})) is None  # a copula is no act


def test_the_shipped_model_loads_with_every_plover_type_and_none():
    model = read_model()
    assert NONE in model.classes and {"ASSAULT", "CONSULT", "AID", "REQUEST"} <= set(model.classes)
    assert 0.2 <= model.threshold <= 0.9
    assert "v:" in " ".join(model.verbs.get("gas", ()))  # WordNet features travel in the file: none read at run time
    assert "train_events" in model.about


def _events(text: str, nlp):
    document = Document(id=hashlib.sha1(text.encode()).hexdigest()[:16], source="test", text=text)
    return analyze(document, nlp).events


def test_a_verb_no_pattern_lists_is_typed_by_the_model_with_the_actors_read_as_for_a_pattern(nlp):
    coder = nlp.get_pipe("readout_events")
    assert "gas" not in coder.lexicon.verbs  # the patterns do not know it: only the model can code it
    events = _events("Iraq gassed Kurdish villages.", nlp)
    assert [(e.event_type, e.source.code, e.trigger.text) for e in events] == [("ASSAULT", "IRQ", "gassed")]


def test_without_the_model_the_coder_codes_nothing_there(nlp):
    parsed = nlp("Iraq gassed Kurdish villages.")
    assert EventCoder(learned=False)(parsed)._.readout_events == ()
    assert [e.event_type for e in EventCoder()(parsed)._.readout_events] == ["ASSAULT"]


def test_no_event_without_someone_doing_it(nlp):
    assert _events("Prices stood at record highs in Iraq.", nlp) == ()
