"""Commitment states as of a date, and fulfilment reported by a later document.

The promise: Mira Sand invites Arno Vell to pay an official visit to Veloria in
the first half of 2026 (invented people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest

from readout.link.commitment_status import (
    CommitmentsByActor,
    ReportBounds,
    commitment_row,
    commitment_rows,
    find_reports,
    key_action,
    report_keys,
    report_window,
    state_from_dates,
)
from readout.link.commitments import align_commitments
from readout.link.linker import link
from readout.model import Commitment, Span

D = dt.date.fromisoformat
PROMISE = "Mira Sand invited Arno Vell to pay an official visit to Veloria in the first half of 2026."
PUBLISHED = D("2026-02-05")


def visit(status="accepted", start="2026-01-01", end="2026-06-30") -> Commitment:
    text = "invited Arno Vell to pay an official visit to Veloria in the first half of 2026"
    return Commitment(
        span=Span(doc_id="a", start=0, end=len(text), text=text),
        actors=("person:arno-vell",),
        actor_names=("Arno Vell",),
        action="pay an official visit to Veloria",
        due_start=D(start) if start else None,
        due_end=D(end) if end else None,
        status_in_text=status,
    )


def promise(draft, doc_id="a", published=PUBLISHED, due=("2026-01-01", "2026-06-30"), action="pay an official visit to Veloria", text=PROMISE):
    d = draft(doc_id, text, published=published)
    vell = d.person("Arno Vell", "Vell")
    d.person("Mira Sand")
    d.commitment(text.rstrip("."), (vell,), action, due=(D(due[0]), D(due[1])) if due else None, status="invited")
    return d.source()


def report(draft, text, published, doc_id="r", person="Arno Vell"):
    d = draft(doc_id, text, published=D(published))
    if person in text:
        d.person(person, person.split()[-1])
    return d.source()


def with_reports(sources, doc_id="a"):
    """The promise's alignment with the reports found among ``sources``, as the linker stores it."""
    [alignment] = align_commitments([s for s in sources if s.id == doc_id], "ev")
    published = {s.id: s.document.published for s in sources}
    return alignment.model_copy(update={"reports": find_reports(alignment, published, sources)}), published


@pytest.mark.parametrize(
    "as_of, state",
    [("2025-12-01", "upcoming"), ("2026-03-01", "due"), ("2026-06-30", "due"), ("2026-07-01", "past_due_unconfirmed")],
)
def test_state_follows_the_due_interval(as_of, state):
    assert state_from_dates(visit(), D(as_of))[0] == state


def test_undated_and_running_commitments():
    assert state_from_dates(visit(start=None, end=None), D("2026-01-01")) == ("undated", "the text gives no date")
    regime = visit(status="in_force", start="2025-09-15", end="2026-09-14")
    assert state_from_dates(regime, D("2025-09-01"))[0] == "upcoming"
    assert state_from_dates(regime, D("2026-02-04")) == ("in_force", "runs until 2026-09-14")
    assert state_from_dates(regime, D("2026-11-22")) == ("expired", "ended 2026-09-14")


def test_an_unreported_visit_is_past_due_after_its_interval(draft):
    alignment, published = with_reports([promise(draft), report(draft, "Veloria hosted a wine fair in May.", "2026-05-21")])
    row = commitment_row(alignment, published, D("2026-11-22"))
    assert (row.doc_id, row.state, row.published) == ("a", "past_due_unconfirmed", PUBLISHED)
    assert row.reason == "was due by 2026-06-30; no later document reports it" and row.reported_by is None


def test_a_later_document_reporting_the_visit_fulfils_it_only_as_of_its_publication(draft):
    sources = [promise(draft), report(draft, "Arno Vell arrived in Veloria on 20 May for an official visit, his first trip abroad this year.", "2026-05-21")]
    alignment, published = with_reports(sources)
    [found] = alignment.reports
    assert found.span.doc_id == "r" and found.published == D("2026-05-21")
    assert commitment_row(alignment, published, D("2026-05-20")).state == "due"
    for as_of in ("2026-05-21", "2026-11-22"):
        row = commitment_row(alignment, published, D(as_of))
        assert row.state == "reported_fulfilled", as_of
        assert row.reported_by.doc_id == "r" and row.reason == "reported done in a document of 2026-05-21"


def test_the_linker_finds_the_report_in_a_document_of_another_event(draft):
    sources = [promise(draft), report(draft, "Arno Vell arrived in Veloria on 20 May for an official visit.", "2026-05-21")]
    result = link(sources)
    published = {s.id: s.document.published for s in sources}
    [row] = commitment_rows(result.alignments, published, D("2026-11-22"))
    assert row.state == "reported_fulfilled" and row.reported_by.doc_id == "r"


@pytest.mark.parametrize(
    "text, published",
    [
        # an earlier document cannot report it done
        ("Arno Vell made an official visit to Veloria in 2024.", "2025-01-10"),
        # published before the visit was due to start
        ("Arno Vell made an official visit to Veloria.", "2025-12-20"),
        # the same plan repeated is not the visit
        ("Arno Vell will pay an official visit to Veloria next month.", "2026-04-01"),
        # another person's visit
        ("Ina Kord paid an official visit to Veloria.", "2026-05-21"),
        # the actor's name inside another word ("Vell" in "travellers") is not the actor
        ("Travellers crowded Veloria during the official visit of Ina Kord.", "2026-05-21"),
    ],
)
def test_what_does_not_count_as_a_report(draft, text, published):
    person = "Ina Kord" if "Kord" in text else "Arno Vell"
    alignment, dates = with_reports([promise(draft, published=D("2025-11-01")), report(draft, text, published, person=person)])
    assert alignment.reports == ()
    assert commitment_row(alignment, dates, D("2026-11-22")).state == "past_due_unconfirmed"


def test_a_report_published_after_the_as_of_date_is_not_yet_known(draft):
    alignment, published = with_reports([promise(draft), report(draft, "Arno Vell arrived in Veloria for an official visit.", "2026-12-01")])
    assert len(alignment.reports) == 1
    assert commitment_row(alignment, published, D("2026-11-22")).state == "past_due_unconfirmed"


def test_rows_are_sorted_by_due_date_with_undated_last(draft):
    sources = [
        promise(draft, "a", due=("2026-07-16", "2026-07-16"), action="open a consulate in Lund", text="Norland will open a consulate in Lund on 16 July 2026."),
        promise(draft, "b", due=None, action="sign a fisheries accord", text="Arno Vell and Mira Sand will sign a fisheries accord."),
        promise(draft, "c"),
    ]
    alignments = [a for s in sources for a in align_commitments([s], "ev")]
    rows = commitment_rows(alignments, {}, D("2026-02-04"))
    assert [(r.doc_id, r.state) for r in rows] == [("c", "due"), ("a", "upcoming"), ("b", "undated")]


def test_repeats_of_one_promise_make_one_row_under_its_firmest_statement(draft):
    a = promise(draft, "a")
    b = draft("b", "Arno Vell accepted an invitation to visit Veloria in the first half of 2026.", published=D("2026-02-06"))
    vell = b.person("Arno Vell")
    b.commitment("accepted an invitation to visit Veloria in the first half of 2026", (vell,), "visit", obj="Veloria",
                 due=(D("2026-01-01"), D("2026-06-30")), status="accepted")
    [row] = commitment_rows(align_commitments([a, b.source()], "ev"), {"a": PUBLISHED, "b": D("2026-02-06")}, D("2026-03-01"))
    assert (row.doc_id, row.commitment.status_in_text, row.state) == ("b", "accepted", "due")
    assert [s.doc_id for s in row.also_in] == ["a"]
    assert row.verdict == "corroborated" and row.independent_sources == 2 and row.event_id == "ev"


def test_a_report_years_after_the_due_interval_is_not_found_and_one_inside_the_window_is(draft):
    genuine = "Arno Vell arrived in Veloria on 20 May for an official visit."
    sources = [promise(draft), report(draft, genuine, "2026-05-21", doc_id="r"),
               report(draft, "Arno Vell paid an official visit to Veloria.", "2029-03-02", doc_id="late")]
    alignment, _ = with_reports(sources)
    [found] = alignment.reports
    assert (found.span.doc_id, found.span.start, found.span.end, found.span.text, found.published) == ("r", 0, len(genuine), genuine, D("2026-05-21"))
    # the window's last day is included, the next is not (due end 2026-06-30 plus 180 days)
    bounds = ReportBounds(window_days=180, max_reports=5)
    assert report_window(visit(), PUBLISHED, bounds) == (D("2026-02-06"), D("2026-12-27"))
    for day, reported in (("2026-12-27", True), ("2026-12-28", False)):
        alignment, _ = with_reports([promise(draft), report(draft, genuine, day)])
        assert bool(alignment.reports) is reported, day


def test_the_window_is_a_setting(draft, monkeypatch):
    sources = [promise(draft), report(draft, "Arno Vell arrived in Veloria for an official visit.", "2027-03-02")]
    assert with_reports(sources)[0].reports == ()
    monkeypatch.setenv("READOUT_REPORT_WINDOW_DAYS", "400")
    assert [r.span.doc_id for r in with_reports(sources)[0].reports] == ["r"]


def test_a_report_must_repeat_the_key_action_not_just_a_content_word(draft):
    text = "Norland and Ostia will sign an agreement on bilateral trade."
    d = draft("a", text, published=PUBLISHED)
    norland = d.country("Norland", "NRL")
    d.commitment(text.rstrip("."), (norland,), "sign an agreement on bilateral trade", obj="an agreement on bilateral trade", status="agreed")
    later = []
    for doc_id, sentence in (("talk", "Norland talked about bilateral trade with its neighbours."),
                             ("signed", "Norland signed the agreement in March.")):
        r = draft(doc_id, sentence, published=D("2026-03-10"))
        r.country("Norland", "NRL")
        later.append(r.source())
    alignment, _ = with_reports([d.source(), *later])
    assert [r.span.text for r in alignment.reports] == ["Norland signed the agreement in March."]


@pytest.mark.parametrize(
    "action, obj, key",
    [("sign an agreement on bilateral trade", "an agreement on bilateral trade", "sign"), ("visit", "Veloria", "visit"),
     ("pay an official visit to Veloria", None, "visit"), ("pay an official visit to Veloria", "an official visit to Veloria", "visit"),
     ("an official visit to Veloria", None, "visit"), ("meet in Oslo", None, "meet"), ("be completed by 2027", None, "complet"),
     ("the", None, None)],
)
def test_the_key_action_is_the_verb_or_the_noun_a_light_verb_carries(action, obj, key):
    assert key_action(visit().model_copy(update={"action": action, "object": obj})) == key


def test_only_the_earliest_reports_are_kept(draft, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_REPORTS", "2")
    days = ["2026-05-03", "2026-04-01", "2026-05-01", "2026-04-01"]
    sources = [promise(draft)] + [report(draft, "Arno Vell arrived in Veloria for an official visit.", day, doc_id=f"r{n}") for n, day in enumerate(days)]
    alignment, _ = with_reports(sources)
    assert [(r.span.doc_id, r.published) for r in alignment.reports] == [("r1", D("2026-04-01")), ("r3", D("2026-04-01"))]
    # a report found later that is earlier than those kept takes the place of the latest
    earlier = report(draft, "Arno Vell arrived in Veloria for an official visit.", "2026-03-01", doc_id="r9")
    again = find_reports(alignment, {s.id: s.document.published for s in sources + [earlier]}, [earlier])
    assert [r.span.doc_id for r in again] == ["r9", "r1"]


def test_the_batch_side_index_asks_each_document_for_the_commitments_find_reports_finds(draft):
    """``CommitmentsByActor`` (the Spark job's) wants a document for a commitment exactly when ``find_reports`` could find a report in it."""
    [alignment] = align_commitments([promise(draft)], "ev")
    published = {"a": PUBLISHED}
    texts = [("in", "Arno Vell arrived in Veloria for an official visit.", "2026-05-21"),
             ("late", "Arno Vell arrived in Veloria for an official visit.", "2027-05-21"),
             ("early", "Arno Vell arrived in Veloria for an official visit.", "2025-12-30"),
             ("other", "Arno Vell opened a bridge in Veloria.", "2026-05-21")]
    bounds = ReportBounds()
    index = CommitmentsByActor([alignment], published | {d: D(day) for d, _, day in texts}, bounds)
    for doc_id, text, day in texts:
        source = report(draft, text, day, doc_id=doc_id)
        wanted = index.wanted(report_keys(source)) == {alignment.id}
        assert wanted is bool(find_reports(alignment, published | {doc_id: D(day)}, [source], bounds)), doc_id
        assert wanted is (doc_id == "in")
