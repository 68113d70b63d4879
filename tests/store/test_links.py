"""Link results and document features: stored with their provenance, read back equal, replaced per event atomically."""

import datetime as dt

import pytest

from readout.errors import StoreError
from readout.ingest.document import document_from_text
from readout.model import (
    ActorWeight,
    AlignedItem,
    Alignment,
    Analysis,
    ArithmeticCheck,
    Commitment,
    CommitmentReport,
    DocumentFeatures,
    Event,
    Happening,
    Inconsistency,
    LinkResult,
    Sentence,
    Span,
)
from readout.store import Store

TEXTS = {
    "a": "Leaders met in Lisbon on 3 May 2026. Trade reached $12 billion. They agreed to visit Oslo.",
    "b": "The Lisbon meeting on 3 May 2026 set trade at $14 billion. A visit to Oslo was agreed.",
    "c": "Ministers met in Accra on 9 June 2026. Exports fell to $2 billion, three times lower.",
    "d": "Oslo hosted the promised visit in July 2026, a later report says.",
}


def _span(doc, phrase):
    start = doc.text.index(phrase)
    return Span(doc_id=doc.id, start=start, end=start + len(phrase), text=phrase)


def _analysis(doc):
    return Analysis(doc_id=doc.id, analyzer="test", sentences=(Sentence(index=0, span=_span(doc, doc.text.split(".")[0])),))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r.db") as store:
        yield store


@pytest.fixture
def docs(store):
    docs = {}
    for key, text in TEXTS.items():
        doc = document_from_text(text, f"{key}.txt", published=dt.date(2026, 5, 4) if key != "d" else dt.date(2026, 7, 20))
        store.add(doc, _analysis(doc))
        docs[key] = doc
    return docs


def _lisbon(docs, suffix="") -> LinkResult:
    a, b, d = docs["a"], docs["b"], docs["d"]
    event = Event(
        id="ev-lisbon", title="Leaders in Lisbon" + suffix, date=dt.date(2026, 5, 3), date_span=_span(a, "3 May 2026"),
        location="Lisbon", location_span=_span(a, "Lisbon"), participants=("country:PRT",), participant_names=("Portugal",),
        event_types=("CONSULT",), doc_ids=(a.id, b.id),
    )
    figure = Alignment(
        id="ev-lisbon:figure:trade", event_id=event.id, kind="figure", label="trade (USD)", verdict="conflicting",
        reason="$12 billion and $14 billion differ beyond rounding.", independent_sources=2,
        members=(
            AlignedItem(span=_span(a, "$12 billion"), reading="12,000,000,000 USD", origin=a.id),
            AlignedItem(span=_span(b, "$14 billion"), reading="14,000,000,000 USD", origin=b.id),
        ),
    )
    promise = Commitment(span=_span(a, "They agreed to visit Oslo"), actors=("country:PRT",), actor_names=("Portugal",),
                         action="visit", object="Oslo", due_start=dt.date(2026, 7, 1), due_end=dt.date(2026, 7, 31),
                         status_in_text="agreed")
    commitment = Alignment(
        id="ev-lisbon:commitment:visit", event_id=event.id, kind="commitment", label="visit Oslo", verdict="corroborated",
        reason="Two independent sources state it.", independent_sources=2,
        members=(
            AlignedItem(span=promise.span, reading="agreed", origin=a.id),
            AlignedItem(span=_span(b, "A visit to Oslo was agreed"), reading="agreed", origin=b.id),
        ),
        commitment=promise,
        reports=(CommitmentReport(span=_span(d, "Oslo hosted the promised visit"), published=dt.date(2026, 7, 20)),),
    )
    inconsistency = Inconsistency(doc_id=b.id, kind="figure_conflict", reason="Two values for trade.",
                                  spans=(_span(b, "$14 billion"), _span(b, "trade")))
    return LinkResult(events=(event,), alignments=(figure, commitment), inconsistencies=(inconsistency,))


def _accra(docs, suffix="") -> LinkResult:
    c = docs["c"]
    event = Event(id="ev-accra", title="Ministers in Accra" + suffix, date=dt.date(2026, 6, 9), doc_ids=(c.id,))
    single = Alignment(
        id="ev-accra:figure:exports", event_id=event.id, kind="figure", label="exports (USD)", verdict="single_source",
        reason="Only one source gives it.", independent_sources=1,
        members=(AlignedItem(span=_span(c, "$2 billion"), reading="2,000,000,000 USD", origin=c.id),),
    )
    check = ArithmeticCheck(
        doc_id=c.id, stated=_span(c, "three times lower"), stated_value=3.0, relation="ratio",
        operands=(_span(c, "$2 billion"), _span(c, "$2 billion")), computed_value=1.0, holds=False, reason="1.00, not 3.",
    )
    return LinkResult(events=(event,), alignments=(single,), checks=(check,))


def _both(docs) -> LinkResult:
    """The two results as one, in the order the store gives them back (newest event first)."""
    accra, lisbon = _accra(docs), _lisbon(docs)
    return LinkResult(
        events=accra.events + lisbon.events,
        alignments=lisbon.alignments + accra.alignments,
        inconsistencies=lisbon.inconsistencies,
        checks=accra.checks,
    )


def _store_both(store, docs):
    store.replace_events(_lisbon(docs), set())
    store.replace_events(_accra(docs), set())


def test_a_link_result_reads_back_equal(store, docs):
    _store_both(store, docs)
    assert store.link_result() == LinkResult(
        events=_both(docs).events,
        alignments=_lisbon(docs).alignments + _accra(docs).alignments,  # in the order stored
        inconsistencies=_lisbon(docs).inconsistencies,
        checks=_accra(docs).checks,
    )
    assert store.link_result(["ev-lisbon"]) == _lisbon(docs)
    assert store.link_result({"ev-accra"}) == _accra(docs)
    commitment = store.link_result(["ev-lisbon"]).alignments[1]
    assert commitment.commitment.due_end == dt.date(2026, 7, 31) and commitment.reports[0].published == dt.date(2026, 7, 20)


def test_a_link_result_survives_reopening_the_file(tmp_path, docs, store):
    _store_both(store, docs)
    with Store(store.path) as again:
        assert again.link_result(["ev-lisbon"]) == _lisbon(docs)


def test_the_queryable_columns_carry_verdicts_and_member_spans(store, docs):
    _store_both(store, docs)
    rows = store.connection.execute(
        "SELECT a.verdict, m.doc_id, m.start, m.end, m.text, m.reading FROM alignments a"
        " JOIN alignment_members m ON m.alignment_id = a.id WHERE a.kind = 'figure' AND a.verdict = 'conflicting'"
        " ORDER BY m.position"
    ).fetchall()
    a = docs["a"]
    assert [dict(r) for r in rows][0] == {
        "verdict": "conflicting", "doc_id": a.id, "start": a.text.index("$12"), "end": a.text.index("$12") + 11,
        "text": "$12 billion", "reading": "12,000,000,000 USD",
    }
    assert len(rows) == 2
    dated = store.connection.execute("SELECT id FROM events WHERE date >= '2026-06-01'").fetchall()
    assert [r["id"] for r in dated] == ["ev-accra"]


def test_events_are_listed_newest_first_then_by_title(store, docs):
    _store_both(store, docs)
    undated = Event(id="ev-undated", title="A meeting of unknown date", doc_ids=(docs["d"].id,))
    store.replace_events(LinkResult(events=(undated,)), set())
    assert [e.id for e in store.events()] == ["ev-accra", "ev-lisbon", "ev-undated"]


def test_event_ids_of_documents(store, docs):
    _store_both(store, docs)
    assert store.event_ids_of([docs["a"].id, docs["c"].id]) == {"ev-lisbon", "ev-accra"}
    assert store.event_ids_of([docs["b"].id]) == {"ev-lisbon"}
    assert store.event_ids_of([docs["d"].id, "not-stored"]) == set()
    assert store.event_ids_of([]) == set()


def test_replacing_one_event_leaves_the_others_untouched(store, docs):
    _store_both(store, docs)
    store.replace_events(_lisbon(docs, suffix=" (relinked)"), {"ev-lisbon"})
    assert store.link_result(["ev-accra"]) == _accra(docs)
    assert store.link_result(["ev-lisbon"]) == _lisbon(docs, suffix=" (relinked)")
    counts = {t: store.connection.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
              for t in ("events", "event_documents", "alignments", "alignment_members", "inconsistencies", "arithmetic_checks")}
    assert counts == {"events": 2, "event_documents": 3, "alignments": 3, "alignment_members": 5,
                      "inconsistencies": 1, "arithmetic_checks": 1}


def test_an_event_sharing_a_document_with_a_new_one_is_replaced_with_its_findings(store, docs):
    _store_both(store, docs)
    a, b, c = docs["a"], docs["b"], docs["c"]
    merged = Event(id="ev-merged", title="Lisbon and Accra", date=dt.date(2026, 6, 9), doc_ids=(a.id, c.id))
    store.replace_events(LinkResult(events=(merged,)), set())  # names neither old event, shares a document with both
    assert [e.id for e in store.events()] == ["ev-merged"]
    result = store.link_result()
    assert result.alignments == () and result.checks == ()
    assert result.inconsistencies == _lisbon(docs).inconsistencies  # of document b, not in the new event
    assert store.event_ids_of([b.id]) == set()


def test_a_failing_replacement_leaves_the_previous_state(store, docs):
    _store_both(store, docs)
    before = store.link_result()
    broken = _lisbon(docs, suffix=" (relinked)")
    duplicate = broken.model_copy(update={"alignments": broken.alignments + broken.alignments[:1]})  # same id twice
    with pytest.raises(StoreError, match="cannot store the link results"):
        store.replace_events(duplicate, {"ev-lisbon", "ev-accra"})
    assert store.link_result() == before
    unknown = Event(id="ev-x", title="About a document never stored", doc_ids=("not-stored",))
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.replace_events(LinkResult(events=(unknown,)), {"ev-lisbon"})
    assert store.link_result() == before
    assert not store.connection.in_transaction


def test_features_round_trip_and_are_replaced(store, docs):
    a, c = docs["a"], docs["c"]
    happening = Happening(date=dt.date(2026, 5, 3), date_span=_span(a, "3 May 2026"), sentence=_span(a, "Leaders met in Lisbon"),
                          countries=("PRT",), event_types=("CONSULT",), location="Lisbon", location_span=_span(a, "Lisbon"))
    first = DocumentFeatures(doc_id=a.id, origin=a.id, published=dt.date(2026, 5, 4), main=happening,
                             countries=(ActorWeight(id="country:PRT", name="Portugal", mentions=2, titled=False, at_event=True),),
                             event_types=("CONSULT",), keywords=("lisbon", "trade"))
    other = DocumentFeatures(doc_id=c.id, origin=c.id, keywords=("accra",))
    store.save_features([other, first])
    assert store.features() == [first, other]  # in the order the documents were added
    changed = first.model_copy(update={"keywords": ("lisbon",)})
    store.save_features(iter([changed]))
    assert store.features() == [changed, other]


def test_features_of_a_document_not_stored_are_refused(store, docs):
    with pytest.raises(StoreError, match="cannot store document features"):
        store.save_features([DocumentFeatures(doc_id="not-stored", origin="not-stored")])
    assert store.features() == []


def test_sources_stream_analyzed_documents_in_the_order_added(store, docs, monkeypatch):
    skipped = document_from_text("Texto en otra lengua.", "es.txt")
    store.add(skipped, Analysis(doc_id=skipped.id, analyzer="test", skipped_reason="unsupported_language"))
    bare = document_from_text("Stored without analysis.", "bare.txt")
    store.add(bare, None)
    monkeypatch.setattr("readout.store.database.BATCH", 3)  # several batches
    sources = store.sources()
    first = next(sources)
    assert first.document == docs["a"] and first.analysis == _analysis(docs["a"])
    assert [s.id for s in sources] == [docs[k].id for k in "bcd"]
    assert [s.id for s in store.sources([docs["d"].id, docs["b"].id, skipped.id, "not-stored"])] == [docs["b"].id, docs["d"].id]
    assert list(store.sources([])) == []


def test_sources_allow_writing_while_iterating(store, docs, monkeypatch):
    monkeypatch.setattr("readout.store.database.BATCH", 2)
    for source in store.sources():
        store.save_features([DocumentFeatures(doc_id=source.id, origin=source.id)])
    assert [f.doc_id for f in store.features()] == [docs[k].id for k in "abcd"]


def test_published_dates(store, docs):
    undated = document_from_text("No date here.", "u.txt")
    store.add(undated, None)
    dates = store.published_dates()
    assert dates[docs["a"].id] == dt.date(2026, 5, 4) and dates[docs["d"].id] == dt.date(2026, 7, 20)
    assert dates[undated.id] is None and len(dates) == 5
