"""The JSON Schema of the brief, generated from the model so the two cannot drift.

``docs/brief.schema.json`` is this function's output, committed so that other
tools can validate a brief without Python; a test checks that the committed
file equals what the model generates now. After changing the brief classes in
``readout/model.py``, bump ``BRIEF_SCHEMA_VERSION`` and regenerate it:

    .venv/bin/python -m readout.present.schema > docs/brief.schema.json
"""

from __future__ import annotations

import json

from readout.model import BRIEF_SCHEMA_VERSION, Brief

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def brief_json_schema() -> dict:
    schema = Brief.model_json_schema(mode="serialization")
    return {
        "$schema": DIALECT,
        "title": "readout brief",
        "description": f"A readout briefing of one event, schema version {BRIEF_SCHEMA_VERSION}: every item carries its citations.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def brief_json_schema_text() -> str:
    return json.dumps(brief_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(brief_json_schema_text(), end="")
