"""The JSON brief: structured records, valid against the committed JSON Schema, which the model generates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from readout.model import BRIEF_SCHEMA_VERSION, Brief
from readout.present.render import render
from readout.present.schema import brief_json_schema, brief_json_schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "brief.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_the_committed_schema_is_the_one_the_model_generates():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == brief_json_schema_text(), (
        "docs/brief.schema.json is stale: run .venv/bin/python -m readout.present.schema > docs/brief.schema.json"
    )
    assert brief_json_schema()["properties"]["schema_version"]["const"] == BRIEF_SCHEMA_VERSION


def test_the_json_brief_validates_against_the_schema(brief, validator):
    data = json.loads(render(brief, "json"))
    assert sorted(validator.iter_errors(data), key=str) == []
    assert Brief.model_validate_json(render(brief, "json")) == brief  # and reads back as the same brief


def test_verdicts_figures_and_commitments_are_data_not_prose(brief):
    data = json.loads(render(brief, "json"))
    assert data["schema_version"] == BRIEF_SCHEMA_VERSION
    trade = data["figures"][0]
    assert (trade["verdict"], trade["value"], trade["unit"]) == ("conflicting", 4.2e9, "USD")
    assert [r["source_numbers"] for r in trade["readings"]] == [[1, 3], [2]]
    assert trade["citations"][0]["span"] == {"doc_id": brief.sources[0].doc_id, "start": trade["citations"][0]["span"]["start"],
                                            "end": trade["citations"][0]["span"]["end"], "text": "$4.2 billion"}
    assert [(c["state"], c["due_end"]) for c in data["commitments"]] == [("past_due_unconfirmed", "2031-05-31"), ("upcoming", "2031-12-31")]
    assert data["event"]["id"] == "event-1"
    assert {a["verdict"] for a in data["alignments"]} == {"corroborated", "conflicting", "single_source"}
    assert all(a["members"] for a in data["alignments"])


def test_the_schema_rejects_an_item_without_a_citation(brief, validator):
    data = json.loads(render(brief, "json"))
    data["takeaways"][0]["citations"] = []
    with pytest.raises(jsonschema.ValidationError, match="should be non-empty|is too short"):
        validator.validate(data)


def test_the_schema_rejects_unknown_fields_and_verdicts(brief, validator):
    data = json.loads(render(brief, "json"))
    data["figures"][0]["verdict"] = "probably"
    assert not validator.is_valid(data)
    data = json.loads(render(brief, "json"))
    data["summary"][0]["extra"] = 1
    assert not validator.is_valid(data)
