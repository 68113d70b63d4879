"""A store filled by an older reading of documents' clustering features links by the current one once new documents arrive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout import pipeline
from readout.link.features import FEATURES_VERSION, document_features
from readout.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ADDED_IN_VERSION_2 = ("location_country", "met")  # fields of a happening that older stores lack


def _as_written_before_versions(body: str) -> str:
    """A features row as a store written before FEATURES_VERSION 2 holds it."""
    data = json.loads(body)
    data.pop("version")
    for happening in [data["main"], *data["others"]] if data["main"] else data["others"]:
        for name in ADDED_IN_VERSION_2:
            happening.pop(name)
    return json.dumps(data)


@pytest.fixture
def old_store(tmp_path, nlp):
    store = Store(tmp_path / "old.db")
    pipeline.add_to_store(store, [EXAMPLES / "summit"], nlp=nlp)
    rows = store.connection.execute("SELECT doc_id, body FROM document_features").fetchall()
    store.connection.executemany(
        "UPDATE document_features SET body = ? WHERE doc_id = ?", [(_as_written_before_versions(body), doc_id) for doc_id, body in rows]
    )
    yield store
    store.close()


def test_features_of_an_older_reading_are_made_again_and_stored(old_store):
    before = old_store.features()
    assert before and {f.version for f in before} == {1}
    assert all(h.location_country is None and h.met == () for f in before for h in ([f.main] if f.main else []) + list(f.others))

    current = pipeline.current_features(old_store)

    expected = {s.id: document_features(s) for s in old_store.sources()}
    assert current == expected
    assert {f.doc_id: f for f in old_store.features()} == expected
    assert {f.version for f in old_store.features()} == {FEATURES_VERSION}
    # the refreshed rows carry what the old ones lacked (the example meeting has a place in a known state)
    assert any(f.main and f.main.location_country for f in expected.values())


def test_adding_documents_to_an_older_store_brings_its_features_up_to_date(old_store, nlp):
    result = pipeline.add_to_store(old_store, [EXAMPLES / "visit"], nlp=nlp)

    assert result.added and not result.errors
    assert {f.version for f in old_store.features()} == {FEATURES_VERSION}


def test_current_features_read_again_nothing_already_current(tmp_path, nlp, monkeypatch):
    store = Store(tmp_path / "new.db")
    pipeline.add_to_store(store, [EXAMPLES / "summit"], nlp=nlp)
    made_again = []
    monkeypatch.setattr(pipeline, "document_features", lambda source: made_again.append(source.id))

    current = pipeline.current_features(store)

    assert made_again == []
    assert list(current.values()) == store.features()
    store.close()
