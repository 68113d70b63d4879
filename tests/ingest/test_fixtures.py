"""Quality gate on the hand-written fixture pages: phrases that must and must not survive, and stated metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.ingest.sources import read_file

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = json.loads((FIXTURES / "evaldata.json").read_text(encoding="utf-8"))["pages"]


@pytest.fixture(scope="module")
def documents():
    return {name: read_file(FIXTURES / name) for name in PAGES}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_article_text_kept_and_furniture_removed(documents, name):
    text = documents[name].text
    assert [phrase for phrase in PAGES[name]["with"] if phrase not in text] == []
    assert [phrase for phrase in PAGES[name]["without"] if phrase in text] == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_metadata_is_what_the_page_states(documents, name):
    document = documents[name]
    for field in ("title", "author", "published", "outlet", "language"):
        if field in PAGES[name]:
            value = getattr(document, field)
            assert (str(value) if value is not None else None) == PAGES[name][field], field
