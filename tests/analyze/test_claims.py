"""Claim detection and check-worthiness scoring on hand-built documents."""

from __future__ import annotations

import pytest

from readout.analyze import claims, rhetoric  # noqa: F401  (registers the factories)
from readout.analyze.claims import load_cues, score_features
from readout.analyze.nlp import load_corrected
from readout.model import Document, Mention, Quantity, RhetoricProfile, Span, TimeExpr


@pytest.fixture(scope="module")
def nlp():
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    nlp.add_pipe("readout_claims")
    return nlp


def run(nlp, text: str, **extensions):
    doc = nlp.make_doc(text)
    doc._.readout_document = Document(id="d1", source="test", text=text)
    for name, value in extensions.items():
        setattr(doc._, name, value)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(doc_id="d1", start=start, end=start + len(part), text=part)


def by_sentence(doc) -> dict[str, object]:
    return {c.span.text: c for c in doc._.readout_claims}


def test_figure_sentence_is_a_claim_and_opinion_is_not(nlp):
    text = "Exports of wheat rose to 12 million tonnes in 2024, the ministry said. I think this is a wonderful moment for all of us."
    doc = run(nlp, text)
    found = by_sentence(doc)
    figure = found["Exports of wheat rose to 12 million tonnes in 2024, the ministry said."]
    assert figure.kind == "figure"
    assert figure.score >= 0.8
    assert figure.features["quantity"] == 1.0 and figure.features["time"] == 1.0
    assert "I think this is a wonderful moment for all of us." not in found
    assert figure.span.start == 0 and figure.span.doc_id == "d1"


def test_uses_extractor_outputs_when_present(nlp):
    text = "The pipeline carried forty units last winter. What a splendid sight it was."
    quantity = Quantity(span=span_of(text, "forty units"), value=40, unit="count")
    time = TimeExpr(span=span_of(text, "last winter"))
    mention = Mention(span=span_of(text, "pipeline"), entity_id="org:pipeline")
    doc = run(nlp, text, readout_quantities=(quantity,), readout_times=(time,), readout_mentions=(mention,))
    claim = by_sentence(doc)["The pipeline carried forty units last winter."]
    assert claim.features["quantity"] == 1.0 and claim.features["actor"] == 1.0 and claim.features["time"] == 1.0
    assert claim.entity_ids == ("org:pipeline",)
    assert claim.kind == "figure"


def test_empty_extractor_outputs_mean_absent_not_fallback(nlp):
    text = "Exports rose to 12 million tonnes in 2024."
    doc = run(nlp, text, readout_quantities=(), readout_times=(), readout_mentions=())
    assert doc._.readout_claims == () or all(c.features["quantity"] == 0.0 for c in doc._.readout_claims)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two governments agreed to raise gas deliveries to 44 billion cubic metres by 2030.", "commitment"),
        ("Prices fell sharply in March because of the new tariffs imposed by Washington.", "causal"),
        ("Household prices in Spain are three times higher than those in Poland this year.", "comparison"),
        ("The army seized the airport in Kandahar on Monday, officials in Kabul reported.", "quote"),
        ("Rebel forces captured the provincial capital of Idlib last week after fierce fighting.", "event"),
    ],
)
def test_kinds(nlp, sentence, kind):
    found = by_sentence(run(nlp, sentence))
    assert sentence in found, f"not a claim: {sentence}"
    assert found[sentence].kind == kind


def test_questions_and_pleasantries_score_low(nlp):
    text = "Thank you all for coming tonight. Do you really believe that? Good evening and welcome."
    assert run(nlp, text)._.readout_claims == ()


def test_scoring_function_is_the_documented_logistic():
    cues = load_cues(str(claims.CUES_PATH), load_corrected().tokenizer)
    features = {"quantity": 1.0, "question": 1.0}
    z = cues.weights["bias"] + cues.weights["quantity"] - 1.8 * 0 + cues.weights["question"]
    assert score_features(features, cues.weights) == pytest.approx(1 / (1 + 2.718281828459045 ** (-z)))
    assert score_features({"opinion": 1.0}, cues.weights) < score_features({}, cues.weights)
    assert score_features({"quantity": 1.0}, cues.weights) > score_features({}, cues.weights)


def test_claim_share_completes_the_rhetoric_profile(nlp):
    text = "Trade reached 200 billion dollars in 2023, customs data showed. What a time to be alive!"
    doc = run(nlp, text)
    profile: RhetoricProfile = doc._.readout_rhetoric_profile
    assert profile.claim_sentence_share == 0.5


def test_threshold_is_configurable():
    nlp = load_corrected()
    nlp.add_pipe("readout_claims", config={"threshold": 0.0})
    text = "Lovely weather. Nice."
    doc = run(nlp, text)
    assert [c.span.text for c in doc._.readout_claims] == ["Lovely weather.", "Nice."]
    assert all(c.kind == "evaluative" for c in doc._.readout_claims)
