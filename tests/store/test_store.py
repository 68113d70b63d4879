import datetime as dt
import sqlite3

import pytest

from readout.errors import StoreError
from readout.ingest.document import document_from_text
from readout.model import Analysis, Quantity, Sentence, Span
from readout.store import Store


def _analysis(doc):
    first = doc.text.split(".")[0] + "."
    start = doc.text.index("trade")
    return Analysis(
        doc_id=doc.id,
        analyzer="test",
        sentences=(Sentence(index=0, span=Span(doc_id=doc.id, start=0, end=len(first), text=first)),),
        quantities=(Quantity(span=Span(doc_id=doc.id, start=start, end=start + 5, text="trade"), value=5.0, unit="percent"),),
    )


def test_store_round_trips_documents_and_analyses(tmp_path):
    doc = document_from_text("Bilateral trade grew by 5% in 2025. The leaders met.", "a.txt", title="T", published=dt.date(2026, 3, 12))
    with Store(tmp_path / "r.db") as store:
        assert store.add(doc, _analysis(doc)) is True
    with Store(tmp_path / "r.db") as store:  # reopened from the file
        again = store.document(doc.id)
        assert again.text == doc.text and again.title == "T" and again.published == dt.date(2026, 3, 12)
        assert again.paragraphs == doc.paragraphs
        assert store.analysis(doc.id) == _analysis(doc)
        rows = store.connection.execute("SELECT kind, label, value, text FROM items").fetchall()
        assert [tuple(r) for r in rows] == [("quantity", "percent", "5.0", "trade")]


def test_adding_the_same_text_twice_stores_it_once(tmp_path):
    doc = document_from_text("Same text. Twice.", "a.txt")
    copy = document_from_text("Same text. Twice.", "b.txt")
    with Store(tmp_path / "r.db") as store:
        assert store.add(doc, _analysis_plain(doc))
        assert not store.add(copy, _analysis_plain(copy))
        assert store.count() == 1
        assert [d.source for d in store.list_documents()] == ["a.txt"]


def _analysis_plain(doc):
    return Analysis(doc_id=doc.id, analyzer="test", sentences=(Sentence(index=0, span=Span(doc_id=doc.id, start=0, end=10, text=doc.text[:10])),))


def test_search_finds_sentences_with_all_words(tmp_path):
    doc = document_from_text("Bilateral trade grew by 5% in 2025. The leaders met in Brasília.", "a.txt")
    analysis = Analysis(
        doc_id=doc.id, analyzer="test",
        sentences=(
            Sentence(index=0, span=Span(doc_id=doc.id, start=0, end=35, text=doc.text[:35])),
            Sentence(index=1, span=Span(doc_id=doc.id, start=36, end=len(doc.text), text=doc.text[36:])),
        ),
    )
    with Store(tmp_path / "r.db") as store:
        store.add(doc, analysis)
        hits = store.search("leaders Brasília")
        assert [(h.sentence_index, h.span.text) for h in hits] == [(1, "The leaders met in Brasília.")]
        assert store.search('trade "grew') and store.search("nothing-here") == []


def test_migrations_are_recorded_and_not_reapplied(tmp_path):
    Store(tmp_path / "r.db").close()
    Store(tmp_path / "r.db").close()
    connection = sqlite3.connect(tmp_path / "r.db")
    assert connection.execute("SELECT number, name FROM migrations").fetchall() == [(1, "0001_initial.sql"), (2, "0002_links.sql"), (3, "0003_published_from.sql"), (4, "0004_analyst_annotations.sql"), (5, "0005_source_roles.sql"), (6, "0006_tasks.sql")]


def test_a_failed_write_leaves_earlier_rows_intact(tmp_path):
    good = document_from_text("Kept text. Here.", "good.txt")
    bad = document_from_text("Broken analysis. Here.", "bad.txt")
    with Store(tmp_path / "r.db") as store:
        store.add(good, _analysis_plain(good))
        broken = Analysis(doc_id=bad.id, analyzer="test", sentences=(
            Sentence(index=0, span=Span(doc_id=bad.id, start=0, end=5, text="Broke")),
            Sentence(index=0, span=Span(doc_id=bad.id, start=0, end=5, text="Broke")),  # duplicate index: violates UNIQUE
        ))
        with pytest.raises(StoreError, match="cannot store the document"):
            store.add(bad, broken)
        assert store.count() == 1 and not store.has(bad.id)
        assert store.document(good.id).text == "Kept text. Here."


def test_unopenable_database_names_the_path(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "dir.db")
    assert "dir.db" in info.value.line()
