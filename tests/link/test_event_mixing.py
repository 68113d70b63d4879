"""Meetings that share people, a place or a day stay apart; one meeting told differently stays one.

Two reports of the same two leaders on one day in two capitals are two meetings;
so are "A met B" and "A met C" in one capital on one day. A gathering whose
reports name different attendees, a place named as a city by one outlet and as
its region by another, and a visit of two days are one event each. People,
places and outlets are invented; the places' states are made-up codes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from readout.link.events import Report, agree, cluster_events
from readout.link.features import document_features
from readout.link.linker import link

D = dt.date.fromisoformat
DAY = D("2026-05-12")
ORLO, VENN, TASK, BRAM = "Ilse Orlo", "Aurel Venn", "Mado Task", "Pieter Bram"


STATES = {"XKA": "Velandia", "XMO": "Tarsia"}


def _report(draft, doc_id, sentence, *, people, met=None, place=None, state=None, day=DAY, words=None, published=None):
    """An outlet's one-sentence report: ``met`` (source, target) is coded as a meeting; ``place`` lies in ``state``
    (a code of ``STATES``: the report names the state when the sentence holds its name)."""
    d = draft(doc_id, sentence, published=published or day)
    for name in people:
        d.person(name, role="President")
    if place:
        d.actor(f"place:{place.lower().replace(' ', '-')}", place, "PLACE", country=state)
    if state:
        d.country(STATES[state], state)
    d.day(words or f"{day.day} May 2026", day)
    source, target = met or (None, None)
    d.coded(sentence, "CONSULT", source=f"person:{source.lower().replace(' ', '-')}" if source else None,
            target=f"person:{target.lower().replace(' ', '-')}" if target else None)
    return d.source()


def _groups(sources) -> list[list[str]]:
    return sorted(sorted(e.doc_ids) for e in cluster_events([document_features(s) for s in sources]))


def _two_capitals(draft):
    return [
        _report(draft, "north-a", "Ilse Orlo met Aurel Venn in Kastel, Velandia, on 12 May 2026.", people=(ORLO, VENN),
                met=(ORLO, VENN), place="Kastel", state="XKA"),
        _report(draft, "north-b", "Aurel Venn received Ilse Orlo in Kastel on 12 May 2026, a first for Velandia.",
                people=(VENN, ORLO), met=(VENN, ORLO), place="Kastel", state="XKA"),
        _report(draft, "south-a", "Ilse Orlo held talks with Aurel Venn in Morra, Tarsia, on 12 May 2026.", people=(ORLO, VENN),
                met=(ORLO, VENN), place="Morra", state="XMO"),
        _report(draft, "south-b", "Aurel Venn and Ilse Orlo met in Tarsia's capital Morra on 12 May 2026.", people=(VENN, ORLO),
                place="Morra", state="XMO"),
    ]


def test_the_same_two_leaders_in_two_capitals_of_two_states_on_one_day_are_two_events(draft):
    assert _groups(_two_capitals(draft)) == [["north-a", "north-b"], ["south-a", "south-b"]]


def test_a_place_in_a_state_the_report_does_not_name_is_no_evidence_of_a_second_meeting(draft):
    # the gazetteer puts the name in another state (a name several places share); the report names neither state
    sources = [
        _report(draft, "here", "Ilse Orlo met Aurel Venn in Kastel, Velandia, on 12 May 2026.", people=(ORLO, VENN),
                met=(ORLO, VENN), place="Kastel", state="XKA"),
        _report(draft, "there", "Ilse Orlo met Aurel Venn at Morra on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Morra", state="XMO"),
    ]
    assert [f.main.location_country for f in map(document_features, sources)] == ["XKA", None]
    assert _groups(sources) == [["here", "there"]]


def test_one_leader_meeting_two_counterparts_in_one_capital_on_one_day_is_two_events(draft):
    sources = [
        _report(draft, "venn-a", "Ilse Orlo met Aurel Venn in Kastel on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA"),
        _report(draft, "venn-b", "Aurel Venn held talks with Ilse Orlo in Kastel on 12 May 2026.", people=(VENN, ORLO),
                met=(VENN, ORLO), place="Kastel", state="XKA"),
        _report(draft, "task-a", "Ilse Orlo met Mado Task in Kastel on 12 May 2026.", people=(ORLO, TASK), met=(ORLO, TASK),
                place="Kastel", state="XKA"),
        _report(draft, "task-b", "Mado Task received Ilse Orlo in Kastel on 12 May 2026.", people=(TASK, ORLO), met=(TASK, ORLO),
                place="Kastel", state="XKA"),
        # names only the host: it may be either meeting, and joins one of them, not both into one
        _report(draft, "orlo-only", "Ilse Orlo was in Kastel on 12 May 2026.", people=(ORLO,), place="Kastel", state="XKA"),
    ]
    groups = _groups(sources)
    assert len(groups) == 2
    assert ["task-a", "task-b"] in [[d for d in g if d != "orlo-only"] for g in groups]
    assert ["venn-a", "venn-b"] in [[d for d in g if d != "orlo-only"] for g in groups]
    assert sum("orlo-only" in g for g in groups) == 1


def test_a_report_naming_only_the_leader_joins_the_meeting_at_the_place_it_names(draft):
    sources = [
        # Orlo and Venn on 12 May, no place read
        _report(draft, "a-venn-1", "Ilse Orlo met Aurel Venn on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN)),
        _report(draft, "a-venn-2", "Aurel Venn held talks with Ilse Orlo on 12 May 2026.", people=(VENN, ORLO), met=(VENN, ORLO)),
        # Orlo and Bram in Morra the same day; two outlets name only Orlo there
        _report(draft, "z-bram-1", "Ilse Orlo met Pieter Bram in Morra on 12 May 2026.", people=(ORLO, BRAM), met=(ORLO, BRAM),
                place="Morra", state="XMO"),
        _report(draft, "m-orlo-1", "Ilse Orlo was received in Morra on 12 May 2026.", people=(ORLO,), place="Morra", state="XMO"),
        _report(draft, "m-orlo-2", "Ilse Orlo arrived in Morra on 12 May 2026.", people=(ORLO,), place="Morra", state="XMO"),
    ]
    assert _groups(sources) == [["a-venn-1", "a-venn-2"], ["m-orlo-1", "m-orlo-2", "z-bram-1"]]


def test_a_gathering_reported_by_who_attended_is_one_event(draft):
    sources = [
        _report(draft, "forum-a", "Ilse Orlo and Aurel Venn attended the river forum in Kastel on 12 May 2026.", people=(ORLO, VENN),
                place="Kastel", state="XKA"),
        _report(draft, "forum-b", "Ilse Orlo and Mado Task attended the river forum in Kastel on 12 May 2026.", people=(ORLO, TASK),
                place="Kastel", state="XKA"),
    ]
    assert _groups(sources) == [["forum-a", "forum-b"]]


def test_three_leaders_met_by_subsets_are_one_event_when_one_report_names_all_of_them(draft):
    sources = [
        _report(draft, "three-a", "Ilse Orlo met Aurel Venn in Kastel on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA"),
        _report(draft, "three-b", "Ilse Orlo met Mado Task in Kastel on 12 May 2026.", people=(ORLO, TASK), met=(ORLO, TASK),
                place="Kastel", state="XKA"),
        _report(draft, "three-c", "Ilse Orlo met Aurel Venn and Mado Task in Kastel on 12 May 2026.", people=(ORLO, VENN, TASK),
                met=(ORLO, VENN), place="Kastel", state="XKA"),
    ]
    assert _groups(sources) == [["three-a", "three-b", "three-c"]]
    # without the report naming all three, nothing says the two meetings were one
    assert _groups(sources[:2]) == [["three-a"], ["three-b"]]


def test_a_city_and_its_region_or_its_country_name_one_meeting(draft):
    sources = [
        _report(draft, "city", "Ilse Orlo met Aurel Venn in Kastel on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA"),
        _report(draft, "region", "Ilse Orlo held talks with Aurel Venn in Upper Kastelland on 12 May 2026.", people=(ORLO, VENN),
                met=(ORLO, VENN), place="Upper Kastelland", state="XKA"),
        _report(draft, "unknown-place", "Ilse Orlo met Aurel Venn at Lindhof on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Lindhof"),
        _report(draft, "no-place", "Ilse Orlo met Aurel Venn on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN)),
    ]
    assert _groups(sources) == [["city", "no-place", "region", "unknown-place"]]


def test_stated_days_far_apart_are_two_meetings_unless_they_name_the_same_place(draft):
    later = D("2026-05-15")
    sources = [
        _report(draft, "tue", "Ilse Orlo met Aurel Venn on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN)),
        _report(draft, "fri", "Ilse Orlo met Aurel Venn in Kastel on 15 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA", day=later, words="15 May 2026"),
        # a day apart with no place: time zones, talks past midnight
        _report(draft, "wed", "Ilse Orlo met Aurel Venn on Wednesday.", people=(ORLO, VENN), met=(ORLO, VENN),
                day=D("2026-05-13"), words="on Wednesday"),
    ]
    assert _groups(sources) == [["fri"], ["tue", "wed"]]
    summit = [
        _report(draft, "summit-1", "Ilse Orlo met Aurel Venn in Kastel on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA"),
        _report(draft, "summit-3", "Ilse Orlo met Aurel Venn in Kastel on 14 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                place="Kastel", state="XKA", day=D("2026-05-14"), words="14 May 2026"),
    ]
    assert _groups(summit) == [["summit-1", "summit-3"]]


def test_a_report_with_no_stated_day_still_joins_by_its_publication_date(draft):
    dated = _report(draft, "dated", "Ilse Orlo met Aurel Venn in Kastel on 12 May 2026.", people=(ORLO, VENN), met=(ORLO, VENN),
                    place="Kastel", state="XKA")
    column = draft("column", "Ilse Orlo and Aurel Venn want the talks to continue.", published=D("2026-05-15"))
    column.person(ORLO, role="President")
    column.person(VENN, role="President")
    column.coded("want the talks", "CONSULT")
    assert _groups([dated, column.source()]) == [["column", "dated"]]


A, B, C = "person:a", "person:b", "person:c"


@pytest.mark.parametrize(("a", "b", "same"), [
    # places in two states: two meetings, whatever the day
    (Report(frozenset({A, B}), "Kastel", DAY, place_country="XKA", stated=True),
     Report(frozenset({A, B}), "Morra", DAY, place_country="XMO", stated=True), False),
    # two places in one state, or a state unknown, on one day: a place named differently
    (Report(frozenset({A, B}), "Kastel", DAY, place_country="XKA", stated=True),
     Report(frozenset({A, B}), "Upper Kastelland", DAY, place_country="XKA", stated=True), True),
    (Report(frozenset({A, B}), "Kastel", DAY, place_country="XKA", stated=True),
     Report(frozenset({A, B}), "Lindhof", DAY, stated=True), True),
    # one place, one day: each names a meeting with a counterpart the other does not name
    (Report(frozenset({A, B}), "Kastel", DAY, frozenset({A, B}), stated=True),
     Report(frozenset({A, C}), "Kastel", DAY, frozenset({A, C}), stated=True), False),
    # one of them names who attended, not who met whom
    (Report(frozenset({A, B}), "Kastel", DAY, frozenset({A, B}), stated=True),
     Report(frozenset({A, C}), "Kastel", DAY, stated=True), True),
    # stated days three apart, no place in common
    (Report(frozenset({A, B}), None, DAY, stated=True), Report(frozenset({A, B}), "Kastel", DAY + dt.timedelta(days=3), stated=True), False),
    # the same, but one date is only the publication date
    (Report(frozenset({A, B}), None, DAY), Report(frozenset({A, B}), "Kastel", DAY + dt.timedelta(days=3), stated=True), True),
    # stated days two apart at the same place: a summit over days
    (Report(frozenset({A, B}), "Kastel", DAY, stated=True), Report(frozenset({A, B}), "Kastel", DAY + dt.timedelta(days=2), stated=True), True),
])
def test_which_reports_place_a_meeting_apart(a, b, same):
    assert agree(a, b) is same and agree(b, a) is same


def test_the_spark_link_job_separates_the_meetings_as_the_link_stage_does(draft):
    from readout.batch.spark import missing

    reason = missing()
    if reason:
        pytest.skip(reason)
    from readout.batch.job import Analyzed
    from readout.batch.link_job import spark_link
    from readout.batch.spark import session

    sources = _two_capitals(draft)
    analyzed = [Analyzed(order=(0, n), source=s, features=document_features(s)) for n, s in enumerate(sources)]
    sc = session("local[2]").sparkContext
    result, _ = spark_link(sc, sc.parallelize(analyzed, 2))
    expected = link(sources)
    assert sorted(sorted(e.doc_ids) for e in result.events) == [["north-a", "north-b"], ["south-a", "south-b"]]
    assert sorted(result.events, key=lambda e: e.id) == sorted(expected.events, key=lambda e: e.id)
