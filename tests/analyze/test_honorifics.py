"""Sentences do not split inside honorifics: the Hon., Rt. Hon., Sen., Gov., Rep., Dr."""

from __future__ import annotations

import json

import pytest

from readout.analyze import honorifics  # noqa: F401  (registers the factory)
from readout.analyze.honorifics import DATA_FILE, load_honorifics
from readout.analyze.nlp import load_corrected


@pytest.fixture(scope="module")
def nlp():
    nlp = load_corrected()
    nlp.add_pipe("readout_honorifics", first=True)
    return nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The motion was moved by the Hon. Jane Okafor, who spoke first. It passed.",
            ["The motion was moved by the Hon. Jane Okafor, who spoke first.", "It passed."],
        ),
        (
            "The Rt. Hon. Mark Ellis MP said the bill would pass. Sen. Maria Lopez disagreed.",
            ["The Rt. Hon. Mark Ellis MP said the bill would pass.", "Sen. Maria Lopez disagreed."],
        ),
        (
            "Gov. Tim Walz and Rep. Ann Wagner met Dr. Paul Reyes on Friday. Lt. Gov. Ed Ruiz joined later.",
            ["Gov. Tim Walz and Rep. Ann Wagner met Dr. Paul Reyes on Friday.", "Lt. Gov. Ed Ruiz joined later."],
        ),
        (
            "Sgt. Max Ng and Supt. Al Fox, Amb. Ida Vo, Atty. Gen. Ko and the Hon. Justice Mwangi attended.",
            ["Sgt. Max Ng and Supt. Al Fox, Amb. Ida Vo, Atty. Gen. Ko and the Hon. Justice Mwangi attended."],
        ),
    ],
)
def test_no_sentence_ends_on_an_honorific_before_a_name(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_the_split_off_stop_joins_its_title_and_offsets_stay(nlp):
    text = "Praise for the Rt. Hon. Mark Ellis."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][3:6] == ["Rt.", "Hon.", "Mark"]
    hon = doc[4]
    assert text[hon.idx : hon.idx + len(hon)] == "Hon."
    assert not doc[5].is_sent_start


def test_a_title_at_a_line_end_or_before_a_common_word_is_left_alone(nlp):
    doc = nlp("The bill was tabled by the Hon.\nJane Okafor spoke next.")
    assert [t.text for t in doc][6:8] == ["Hon", "."]
    doc = nlp("They thanked the Hon. He left.")
    assert [t.text for t in doc][3:5] == ["Hon", "."]


def test_the_list_says_where_it_comes_from_and_can_be_replaced(tmp_path):
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert raw["source"] and raw["about"]
    assert {"Hon", "Rt", "Sen", "Gov", "Rep", "Dr"} <= load_honorifics()
    other = tmp_path / "titles.json"
    other.write_text(json.dumps({"abbreviations": ["Hon."]}), encoding="utf-8")
    nlp = load_corrected()
    nlp.add_pipe("readout_honorifics", first=True, config={"path": str(other)})
    assert [t.text for t in nlp.make_doc("the Hon. Jane Okafor and Sen. Ray Odo")] == ["the", "Hon", ".", "Jane", "Okafor", "and", "Sen.", "Ray", "Odo"]
    assert [t.text for t in nlp("the Hon. Jane Okafor")][:2] == ["the", "Hon."]


def test_the_analyzer_keeps_the_sentence_whole():
    from readout.analyze.analyzer import analyze
    from readout.model import Document

    text = "The motion was moved by the Hon. Jane Okafor, who spoke first.\nSen. Maria Lopez disagreed."
    analysis = analyze(Document(id="h1", source="test", text=text))
    assert [s.span.text for s in analysis.sentences] == ["The motion was moved by the Hon. Jane Okafor, who spoke first.", "Sen. Maria Lopez disagreed."]
