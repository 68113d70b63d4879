"""A leader's week: different meetings stay different events, however the reports chain them.

A president meets one prime minister on Monday and another on Wednesday, and
a column on Thursday names only the president. One shared person within three
days used to join all of it into one event. People, places and outlets are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from readout.link.events import Report, agree, cluster_events
from readout.link.features import document_features
from readout.link.linker import link

D = dt.date.fromisoformat
MONDAY, WEDNESDAY = D("2026-03-09"), D("2026-03-11")
HOLT, MARR, PELL = "Kasimir Holt", "Edda Marr", "Joran Pell"


def _article(draft, doc_id, sentences, *, published, people, day=None, place=None, code="CONSULT"):
    """An outlet's report: ``day`` is (words, date, anchor); every person a titled leader, named by full and last name."""
    d = draft(doc_id, *sentences, published=published)
    for name in people:
        d.person(name, name.split()[-1], role="President" if name == HOLT else "Prime Minister")
    if place:
        d.place(place)
    if day:
        d.day(*day)
    if code:
        d.coded(sentences[0], code)
    return d.source()


def _week(draft):
    """Two outlets on Monday's meeting with Marr, two on Wednesday's with Pell, and Thursday's column naming only Holt."""
    return [
        _article(draft, "mon-coast", ("President Kasimir Holt met Prime Minister Edda Marr in Velmar on Monday.",
                                      "Holt and Marr talked for three hours about a new rail link.",
                                      "Marr told reporters the talks had been frank and useful."),
                 published=D("2026-03-10"), people=(HOLT, MARR), day=("on Monday", MONDAY, "publication"), place="Velmar"),
        _article(draft, "mon-valley", ("Kasimir Holt held talks with Edda Marr in Velmar on 9 March 2026.",
                                       "The rail link between the two countries was the main subject, Holt said."),
                 published=MONDAY, people=(HOLT, MARR), day=("9 March 2026", MONDAY, "absolute"), place="Velmar"),
        _article(draft, "wed-coast", ("President Kasimir Holt received Prime Minister Joran Pell in Ostra on Wednesday.",
                                      "Holt and Pell agreed to open a trade office next year."),
                 published=D("2026-03-12"), people=(HOLT, PELL), day=("on Wednesday", WEDNESDAY, "publication"), place="Ostra"),
        _article(draft, "wed-harbour", ("Kasimir Holt and Joran Pell met in Ostra on 11 March 2026.",
                                        "Pell said a trade office would open in Ostra next year."),
                 published=WEDNESDAY, people=(HOLT, PELL), day=("11 March 2026", WEDNESDAY, "absolute"), place="Ostra"),
        _article(draft, "thu-column", ("Kasimir Holt has talked with his neighbours all week, an aide said.",
                                       "Holt wants the talks to continue."),
                 published=D("2026-03-12"), people=(HOLT,)),
    ]


def _groups(events) -> list[list[str]]:
    return sorted(sorted(e.doc_ids) for e in events)


def test_a_leaders_monday_and_wednesday_meetings_are_two_events_each_with_both_outlets(draft):
    events = cluster_events([document_features(s) for s in _week(draft)])
    assert _groups(events) == [["mon-coast", "mon-valley"], ["thu-column", "wed-coast", "wed-harbour"]]
    by_date = {e.date: e for e in events}
    assert set(by_date[MONDAY].participants) == {"person:kasimir-holt", "person:edda-marr"}
    assert by_date[MONDAY].location == "Velmar"
    assert set(by_date[WEDNESDAY].participants) == {"person:kasimir-holt", "person:joran-pell"}
    assert by_date[WEDNESDAY].title.startswith(("Kasimir Holt and Joran Pell in Ostra", "Joran Pell and Kasimir Holt in Ostra"))


def test_the_events_do_not_depend_on_the_order_the_documents_come_in(draft):
    features = [document_features(s) for s in _week(draft)]
    forward = cluster_events(features)
    backward = cluster_events(features[::-1])
    assert [(e.id, sorted(e.doc_ids)) for e in forward] == [(e.id, sorted(e.doc_ids)) for e in backward]


def test_the_same_meeting_from_two_outlets_is_one_event_and_its_claims_align(draft):
    sources = _week(draft)[:2]
    result = link(sources)
    [event] = result.events
    assert sorted(event.doc_ids) == ["mon-coast", "mon-valley"]
    [date] = [a for a in result.alignments if a.kind == "date"]
    assert date.verdict == "corroborated" and date.label == "date of the event: 2026-03-09"


def test_reports_of_a_summit_naming_different_leaders_are_one_event_when_they_name_the_same_place_and_day(draft):
    day = ("on 9 March 2026", MONDAY, "absolute")
    sources = [
        _article(draft, "summit-a", ("Kasimir Holt and Edda Marr attended the coastal states summit in Velmar on 9 March 2026.",),
                 published=MONDAY, people=(HOLT, MARR), day=day, place="Velmar"),
        _article(draft, "summit-b", ("Kasimir Holt and Joran Pell attended the coastal states summit in Velmar on 9 March 2026.",),
                 published=MONDAY, people=(HOLT, PELL), day=day, place="Velmar"),
    ]
    assert _groups(cluster_events([document_features(s) for s in sources])) == [["summit-a", "summit-b"]]


@pytest.mark.parametrize(("a", "b", "same"), [
    (Report(frozenset("AB")), Report(frozenset("AB")), True),
    (Report(frozenset("A")), Report(frozenset("AB")), True),  # one names nobody the other does not
    (Report(frozenset("ABC")), Report(frozenset("ABD")), True),  # two people in common
    (Report(frozenset("AB")), Report(frozenset("AC")), False),  # the other side differs
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AC"), "Velmar", MONDAY), True),
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AC"), "Velmar", WEDNESDAY), False),
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AC"), "Ostra", MONDAY), False),
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AB"), "Ostra", WEDNESDAY), False),  # a tour: two cities, two days
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AB"), "Ostra", MONDAY), True),  # one day: a place misread
    (Report(frozenset("AB"), "Velmar", MONDAY), Report(frozenset("AB"), None, WEDNESDAY), True),
])
def test_which_reports_agree_on_a_meeting(a, b, same):
    assert agree(a, b) is same and agree(b, a) is same


def test_the_spark_link_job_gives_the_same_events_as_the_link_stage(draft, monkeypatch):
    from readout.batch.spark import missing

    reason = missing()
    if reason:
        pytest.skip(reason)
    from readout.batch.job import Analyzed
    from readout.batch.link_job import spark_link
    from readout.batch.spark import session

    sources = _week(draft)
    analyzed = [Analyzed(order=(0, n), source=s, features=document_features(s)) for n, s in enumerate(sources)]
    sc = session("local[2]").sparkContext
    result, _ = spark_link(sc, sc.parallelize(analyzed, 2))
    expected = link(sources)
    assert _groups(result.events) == _groups(expected.events) == [["mon-coast", "mon-valley"], ["thu-column", "wed-coast", "wed-harbour"]]
    assert sorted(result.events, key=lambda e: e.id) == sorted(expected.events, key=lambda e: e.id)
    assert sorted(a.id for a in result.alignments) == sorted(a.id for a in expected.alignments)
    # a capped claim alignment is said by both, the same way (the driver reads the setting and hands it on)
    monkeypatch.setenv("READOUT_MAX_CLAIM_PAIRS", "2")
    capped, _ = spark_link(sc, sc.parallelize(analyzed, 2))
    expected = link(sources)
    assert len(expected.notes) == 2 and sorted(capped.notes) == sorted(expected.notes)
    assert sorted(a.id for a in capped.alignments) == sorted(a.id for a in expected.alignments)
