"""The learned attribution reader: cues the lexicon lacks (stances, plans, nouns), its switch, and its model file."""

from __future__ import annotations

import json

import pytest

from readout.analyze.quote_model import MODEL_PATH, AttributionModel, LinearModel, read_model
from readout.model import Document

QUOTE_ONLY = ("readout_times", "readout_quantities", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events")


def _pipeline(learned: bool):
    from readout.analyze import quotes  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_pipeline

    nlp = load_pipeline(disable=QUOTE_ONLY + ("readout_quotes",))
    nlp.add_pipe("readout_quotes", config={"learned": learned})
    return nlp


@pytest.fixture(scope="module")
def run():
    pipelines = {True: _pipeline(True), False: _pipeline(False)}

    def run(text: str, learned: bool = True):
        nlp = pipelines[learned]
        doc = nlp.make_doc(text)
        doc._.readout_document = Document(id="d1", source="test", text=text)
        quotes = nlp(doc)._.readout_quotes
        for quote in quotes:
            assert text[quote.span.start : quote.span.end] == quote.span.text
        return quotes

    return run


def test_a_cue_the_rules_miss_is_read_with_its_holder(run):
    text = "Several donors opined that the senator will run again."
    (quote,) = run(text)
    assert (quote.kind, quote.cue, quote.span.text, quote.speaker) == ("indirect", "opined", "that the senator will run again", "Several donors")
    assert run(text, learned=False) == ()
    # 'hoping' was such a word while the lemmatizer read it as 'hop'; as 'hope' the rules read it too
    text = "Several donors are hoping that the senator will run again."
    assert [(q.cue, q.span.text, q.speaker) for q in run(text, learned=False)] == [("hoping", "that the senator will run again", "Several donors")]


def test_a_noun_cue_reports_its_that_clause(run):
    text = "The governor's claim that the budget was balanced drew criticism from the auditors."
    (quote,) = run(text)
    assert (quote.cue, quote.span.text, quote.speaker_span.text) == ("claim", "that the budget was balanced", "The governor")
    assert run(text, learned=False) == (quote,)  # since 2026-12-03 the rules read nouns with a clause too (`clause_nouns`)


def test_an_act_is_not_an_attribution(run):
    assert run("The president signed a decree on Monday.") == ()


def test_the_shipped_model_says_where_it_comes_from_and_is_small():
    model = read_model(MODEL_PATH)
    assert "PolNeAR" in model.about and "train_quotes" in model.about
    assert 0.0 < model.cue.threshold < 1.0 and 0.0 < model.content.threshold < 1.0
    assert MODEL_PATH.stat().st_size < 5_000_000


def test_model_round_trips_through_json(tmp_path):
    model = AttributionModel(LinearModel(-1.5, {"l:say": 2.0}, 0.4), LinearModel(0.25, {"r:ccomp": 1.0}, 0.5), "about")
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    assert read_model(path) == model
    assert json.loads(path.read_text())["cue"]["weights"] == {"l:say": 2.0}
    with_nouns = AttributionModel(model.cue, model.content, "about", 0.8, 0.45)
    path.write_text(with_nouns.to_json(), encoding="utf-8")
    assert read_model(path) == with_nouns and json.loads(path.read_text())["cue"]["unknown_noun_threshold"] == 0.45


def test_a_noun_outside_the_lexicon_has_the_nouns_own_gate():
    doc = _pipeline(False)("The mayor backed the levy. Her dislike for the fee grew.")
    verb, noun = next(t for t in doc if t.text == "backed"), next(t for t in doc if t.text == "dislike")
    model = AttributionModel(LinearModel(0.0, {}, 0.35), LinearModel(0.0, {}, 0.4), "", 0.8, 0.45)
    assert (model.unknown_gate(verb), model.unknown_gate(noun)) == (0.8, 0.45)
    assert AttributionModel(model.cue, model.content, "", 0.8).unknown_gate(noun) == 0.8  # a model trained before the nouns' gate


def test_only_words_that_can_head_a_cue_are_scored(run):
    from readout.analyze.quote_model import possible_cues

    nlp = _pipeline(True)
    doc = nlp("The new plan drew questions about costs, and the minister said that the claim that it failed was wrong.")
    marked = {t.text for t, possible in zip(doc, possible_cues(doc)) if possible}
    assert {"questions", "said", "claim"} <= marked
    assert not {"plan", "costs", "minister", "The", "wrong"} & marked


def test_a_noun_a_there_is_clause_says_exists_is_never_scored():
    from readout.analyze.quote_model import is_existential, possible_cues

    nlp = _pipeline(True)
    doc = nlp("There are questions about the budget, and the auditors raised questions about the grants.")
    questions = [t for t in doc if t.text == "questions"]
    marked = possible_cues(doc)
    assert [bool(marked[t.i]) for t in questions] == [False, True]  # nobody raises the first; the auditors the second
    assert [is_existential(t) for t in questions] == [True, False]
    doc = nlp("There is anger among the farmers that the river was dammed.")
    anger = next(t for t in doc if t.text == "anger")
    assert is_existential(anger) and not possible_cues(doc)[anger.i]


def test_features_read_from_the_doc_arrays_name_the_cue_its_dependents_and_no_proper_name():
    from readout.analyze.quote_model import TokenTable, cue_features

    nlp = _pipeline(True)
    doc = nlp("Ana Ruiz said that the talks failed.")
    said = next(t for t in doc if t.text == "said")
    features = TokenTable(doc).cue_features(said.i)
    assert features == cue_features(said)
    assert {"l:say", "lp:say|VERB", "c:ccomp", "cm:ccomp|that", "next:that"} <= set(features)
    assert any(name.startswith("prev:<") for name in features)  # the name before the cue enters as its kind
    assert not any("ruiz" in name.lower() for name in features)


def test_scores_of_many_examples_equal_their_scores_one_by_one():
    model = LinearModel(-0.5, {"l:say": 2.0, "c:ccomp": 1.0, "l:sign": -1.0}, 0.4)
    examples = [{"l:say": 1.0, "c:ccomp": 1.0}, {"l:sign": 1.0, "d:ROOT": 1.0}, {"unknown": 1.0}]
    assert model.scores(examples).tolist() == pytest.approx([model.score(e) for e in examples])
    assert model.scores([]).tolist() == []


def test_cue_scores_from_kept_weights_equal_the_scores_of_the_feature_names_to_the_last_bit():
    # cue_scores sums weights kept across docs instead of looking every feature name up: the same sums in the same order
    from readout.analyze.quote_model import TokenTable, _cue_memo, load_model, possible_cues

    nlp = _pipeline(True)
    model = load_model(str(MODEL_PATH))
    texts = ["The auditors raised questions about the grants, and Ana Ruiz said that the talks had failed: “We tried.”",
             "Officials at the ministry denied, in a statement on Monday, that they had been warned, as critics claimed."]
    for text in texts * 2:  # the second round reads every weight from the memo
        doc = nlp(text)
        table, memo = TokenTable(doc), _cue_memo(model.cue)
        indices = possible_cues(doc).nonzero()[0].tolist()
        assert len(indices) >= 3
        for i in indices:
            assert table.cue_weights(i, memo) == [model.cue.weights.get(name, 0.0) for name in table.cue_features(i)]
        expected = model.cue.scores([table.cue_features(i) for i in indices])
        assert model.cue_scores(doc, indices).tobytes() == expected.tobytes()
    assert model.cue_scores(doc, []).tolist() == []


def test_how_long_a_cue_took_is_not_what_it_reports(run):
    # the learned reader took "for about ten minutes" as what was spoken of; a time alone is when or how long
    quotes = run("The two officers spoke for about ten minutes, and the chief spoke about the budget cuts.")
    assert [(q.cue, q.span.text) for q in quotes] == [("spoke", "the budget cuts")]


def test_a_clause_joined_to_the_cue_with_its_own_subject_is_not_what_the_cue_reports(run):
    # at the content threshold chosen for overlap F1 (0.35) the conjunct clause passed as the first cue's content
    quotes = run("The two envoys talked quietly at the gate, and the colonel talked about the ceasefire lines.")
    assert [(q.cue, q.span.text) for q in quotes] == [("talked", "the ceasefire lines")]
