"""Audience messages, timing context and source roles: on hand-built texts and on the seeds' gold."""

from __future__ import annotations

import json

import pytest

from readout.analyze.analyzer import analyze
from readout.ingest.sources import read_file
from readout.model import Document


def _doc(text: str, **meta) -> Document:
    return Document(id="t", source="t.txt", text=text, **meta)


def _overlaps(span, text: str, gold: str) -> bool:
    start = text.find(gold)
    assert start >= 0, gold
    end = start + len(gold)
    shared = min(end, span.end) - max(start, span.start)
    return shared >= 0.8 * min(end - start, span.end - span.start)


def test_signaling_to_an_audience_names_sender_audience_and_message(nlp):
    a = analyze(_doc("The ministers are signaling to Germany that the pipeline deal will go ahead. Prices signal a recovery."), nlp)
    [m] = a.audience_messages
    assert (m.sender, m.audience, m.audience_id) == ("The ministers", "Germany", "country:DEU")
    assert m.message == "that the pipeline deal will go ahead"
    assert m.span.text == "The ministers are signaling to Germany that the pipeline deal will go ahead"


def test_a_list_of_messages_gives_one_item_per_audience(nlp):
    text = "The summit sent pointed messages to several audiences:\n- To Japan: the alliance holds.\n- To Brazil: trade will grow.\nThe end came later."
    a = analyze(_doc(text), nlp)
    assert [(m.audience, m.message, m.sender) for m in a.audience_messages] == [
        ("Japan", "the alliance holds", "The summit"), ("Brazil", "trade will grow", "The summit")]
    assert [m.audience_id for m in a.audience_messages] == ["country:JPN", "country:BRA"]


def test_a_warning_to_an_audience_and_no_message_without_one(nlp):
    a = analyze(_doc("The visit was a warning to Brussels. Her speech was a signal of resolve."), nlp)
    assert [(m.audience, m.span.text) for m in a.audience_messages] == [("Brussels", "The visit was a warning to Brussels")]


def test_timing_context_relation_and_no_invented_date(nlp):
    a = analyze(_doc("The talks came only weeks after Ottawa imposed new duties on steel. "
                     "The summit took place as farmers were protesting in the capital. "
                     "The meeting was held ahead of the vote that parliament scheduled for 12 May 2026. Prices rose after the harvest."), nlp)
    got = [(t.relation, t.happening.text, t.date) for t in a.timing]
    assert got[0] == ("before", "Ottawa imposed new duties on steel", None)
    assert got[1] == ("during", "farmers were protesting in the capital", None)
    assert got[2][0] == "after" and str(got[2][2]) == "2026-05-12"
    assert len(got) == 3  # "Prices rose after the harvest": prices are not the event


@pytest.mark.parametrize(("meta", "text", "role", "reason"), [
    ({"role": "official"}, "A wire report said so.", "official", "set by the user"),
    ({"url": "https://www.mofa.go.jp/a/b.html"}, "The two ministers met.", "official", "published at www.mofa.go.jp"),
    ({"url": "https://foreign.example.gov.xy/news"}, "Talks were held.", "official", "an official publisher"),
    ({"author": "Press Office of the Presidency"}, "The two leaders met.", "official", "signed"),
    ({"title": "Joint statement on the visit"}, "Both sides met and talked.", "official", "labels it 'joint statement'"),
    ({"title": "Opinion: the visit was hollow"}, "Both sides met and talked.", "analysis", "labels it 'opinion'"),
    ({}, "OSLO, May 2 (Example Wire) - The ministers met on Monday, officials said.", "news", "a news dateline"),
    ({}, "We think the talks failed. Our view is simple: I doubt the deal. Do you believe it will hold?", "analysis", "first-person"),
    ({}, "The ministers met on Monday, officials said. Trade was discussed, according to a spokesman.", "news", "a report"),
])
def test_source_role_and_what_showed_it(nlp, meta, text, role, reason):
    decision = analyze(_doc(text, **meta), nlp).role
    assert decision.role == role and reason in decision.reason


def test_a_label_word_inside_a_headline_is_what_it_is_about_not_what_it_is(nlp):
    decision = analyze(_doc("The two ministers met, officials said.", title="White House readout omits the tariff dispute"), nlp).role
    assert decision.role == "news"
    decision = analyze(_doc("The two ministers met, officials said.", title="Why the tariff truce will not last | Analysis"), nlp).role
    assert (decision.role, decision.reason) == ("analysis", "its title labels it 'analysis'")


def test_a_label_inside_the_prose_is_not_the_documents_label(nlp):
    text = "Trade talks\nMinisters met on Monday, officials said. From our reading of the readout, little was agreed."
    decision = analyze(_doc(text), nlp).role
    assert decision.role != "official"


def test_seed_audience_messages_and_timing_through_the_analysis_json(seeds_dir, nlp):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    analyses = {}
    for name in gold["documents"]:
        document = read_file(seeds_dir / name)
        analyses[name] = (document, json.loads(analyze(document, nlp).model_dump_json()))
    for item in gold["audience_messages"]["items"]:
        document, data = analyses[item["doc"]]
        found = [m for m in data["audience_messages"] if _overlaps(_Span(m["span"]), document.text, item["text"])]
        assert found, item["text"]
    assert sum(len(d["audience_messages"]) for _, d in analyses.values()) == len(gold["audience_messages"]["items"])
    for item in gold["timing_context"]["items"]:
        document, data = analyses[item["doc"]]
        found = [t for t in data["timing"] if _overlaps(_Span(t["span"]), document.text, item["text"])]
        assert [t["relation"] for t in found] == [item["relation"]] and found[0]["date"] is None
    assert {n: d["role"]["role"] for n, (_, d) in analyses.items()} == {n: "analysis" for n in gold["documents"]}


class _Span:
    def __init__(self, raw: dict):
        self.start, self.end = raw["start"], raw["end"]


def test_a_lone_punctuation_subtree_is_a_span_not_a_crash(nlp):
    from readout.analyze.audience import _subtree_span

    doc = nlp.make_doc("They met.")
    assert _subtree_span(doc, doc[2]) == (8, 9)


def test_likeness_and_pronoun_without_an_event_are_not_messages_or_timing(nlp):
    a = analyze(_doc("The senator reminds me of my father. It would have been better if he had spoken during the debate. "
                     "It comes across as rude."), nlp)
    assert a.audience_messages == () and a.timing == ()


def test_a_span_keeps_the_last_period_of_an_abbreviation_however_long(nlp):
    from readout.analyze.audience import _ABBREVIATION, _span

    text = "They wrote to the U.S.A.F.C.D. and to the U.S.\nThen they left A.B."
    doc = nlp(text)
    long_one = text.index("U.S.A")
    assert _span(doc, long_one, long_one + 12).text == "U.S.A.F.C.D."
    assert _span(doc, 0, long_one + 12).text == "They wrote to the U.S.A.F.C.D."
    assert _span(doc, text.index("Then"), len(text) - 5).text == "Then they left"
    # the look-up reads the last eight characters before ``end``: the same answer as reading the whole text
    for end in range(len(text) + 1):
        assert bool(_ABBREVIATION.search(text, max(0, end - 8), end)) == bool(_ABBREVIATION.search(text, 0, end)), end
