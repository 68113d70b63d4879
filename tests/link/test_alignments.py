import datetime as dt

from readout.link.alignments import align_figures, values_agree
from readout.link.events import cluster_events
from readout.link.inconsistencies import title_conflicts
from readout.link.sources import Source
from readout.model import Analysis, Document, Entity, Mention, Quantity, Sentence, Span, TimeExpr


def _doc(doc_id, text, near=None):
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, near_duplicate_of=near)


def _span(doc, needle):
    start = doc.text.index(needle)
    return Span(doc_id=doc.id, start=start, end=start + len(needle), text=needle)


def _source(doc_id, text, figure, value, qualifier="exact", near=None, people=(), date=None):
    doc = _doc(doc_id, text, near)
    q = Quantity(span=_span(doc, figure), value=value, unit="USD", qualifier=qualifier)
    mentions = tuple(Mention(span=_span(doc, name), entity_id=f"person:{name.lower()}") for name in people)
    entities = tuple(Entity(id=f"person:{n.lower()}", name=n, kind="PERSON", mention_count=2) for n in people)
    times = (TimeExpr(span=_span(doc, date[0]), start=date[1], end=date[1], granularity="day"),) if date else ()
    sentence = Sentence(index=0, span=Span(doc_id=doc.id, start=0, end=len(text), text=text))
    return Source(doc, Analysis(doc_id=doc.id, analyzer="t", sentences=(sentence,), quantities=(q,), mentions=mentions, entities=entities, times=times))


def test_same_figure_from_two_sources_is_corroborated():
    a = _source("a", "Bilateral trade reached $19.6 billion in 2025.", "$19.6 billion", 19.6e9)
    b = _source("b", "Trade between the countries reached $19.6 billion last year.", "$19.6 billion", 19.6e9)
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "corroborated"
    assert {s.doc_id for s in alignment.spans} == {"a", "b"}


def test_different_values_for_one_figure_conflict_and_say_why():
    a = _source("a", "Bilateral trade reached $19.6 billion in 2025.", "$19.6 billion", 19.6e9)
    b = _source("b", "Bilateral trade is worth about $21 billion a year.", "about $21 billion", 21e9, "approximately")
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "conflicting"
    assert "'$19.6 billion' (a.txt) vs 'about $21 billion' (b.txt)" in alignment.reasons[0]


def test_a_near_copy_is_not_a_second_source():
    a = _source("a", "Bilateral trade reached $19.6 billion in 2025.", "$19.6 billion", 19.6e9)
    b = _source("b", "Bilateral trade reached $19.6 billion in 2025!", "$19.6 billion", 19.6e9, near="a")
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "single_source"


def test_qualifiers_widen_what_agrees():
    span = Span(doc_id="d", start=0, end=1, text="x")
    more = Quantity(span=span, value=200e9, unit="USD", qualifier="more_than")
    assert values_agree(more, Quantity(span=span, value=230e9, unit="USD"))
    assert not values_agree(more, Quantity(span=span, value=150e9, unit="USD"))
    assert values_agree(Quantity(span=span, value=20, unit="USD", qualifier="approximately"), Quantity(span=span, value=20.5, unit="USD"))


def test_documents_sharing_people_and_date_form_one_event():
    day = dt.date(2026, 3, 12)
    a = _source("a", "Ana met Bo on March 12, 2026 and trade was $1 billion.", "$1 billion", 1e9, people=("Ana", "Bo"), date=("March 12, 2026", day))
    b = _source("b", "Bo and Ana talked on March 12, 2026; $1 billion.", "$1 billion", 1e9, people=("Ana", "Bo"), date=("March 12, 2026", day))
    c = _source("c", "Cy spoke on March 30, 2026 of $2 billion.", "$2 billion", 2e9, people=("Cy",), date=("March 30, 2026", dt.date(2026, 3, 30)))
    events = cluster_events([a, b, c])
    assert [sorted(e.doc_ids) for e in events] == [["a", "b"], ["c"]]
    assert events[0].date == day and set(events[0].participant_names) == {"Ana", "Bo"}
    assert events[0].title.endswith("12 March 2026")


def test_sitting_and_former_title_for_one_person_is_an_inconsistency():
    text = "U.S. President Dan Roe spoke. Later, former U.S. President Roe was quoted."
    doc = _doc("d", text)
    mentions = (
        Mention(span=_span(doc, "Dan Roe"), entity_id="person:dan-roe"),
        Mention(span=Span(doc_id="d", start=text.rindex("Roe"), end=text.rindex("Roe") + 3, text="Roe"), entity_id="person:dan-roe"),
    )
    sentences = (
        Sentence(index=0, span=Span(doc_id="d", start=0, end=29, text=text[:29])),
        Sentence(index=1, span=Span(doc_id="d", start=30, end=len(text), text=text[30:])),
    )
    source = Source(doc, Analysis(doc_id="d", analyzer="t", mentions=mentions, sentences=sentences))
    [found] = title_conflicts(source)
    assert found.kind == "title_conflict" and "president" in found.reason
    assert [s.text for s in found.spans] == ["President Dan Roe", "former U.S. President Roe"]


def test_figures_whose_measured_phrases_coincide_are_compared():
    a = _source("a", "The president said Japanese investment in the country reached $4.6 billion in 2025.", "$4.6 billion", 4.6e9)
    b = _source("b", "Japanese investment in the region's largest economy totalled about $4.1 billion last year.", "about $4.1 billion", 4.1e9, "approximately")
    a = Source(a.document, a.analysis.model_copy(update={"quantities": (a.analysis.quantities[0].model_copy(update={"measures": "Japanese investment in the country"}),)}))
    b = Source(b.document, b.analysis.model_copy(update={"quantities": (b.analysis.quantities[0].model_copy(update={"measures": "Japanese investment"}),)}))
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "conflicting"


def test_unrelated_figures_with_the_same_unit_stay_apart():
    a = _source("a", "Chinese students in the country number $56 thousand.", "$56 thousand", 56e3)
    b = _source("b", "The bridge cost about $4 billion to build.", "about $4 billion", 4e9, "approximately")
    assert len(align_figures([a, b])) == 2
