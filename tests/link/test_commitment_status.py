"""Commitment states as of a date, and fulfilment reported by a later document."""

from __future__ import annotations

import datetime as dt

import pytest

from readout.link.commitment_status import commitment_rows, rows_for_store, state_from_dates
from readout.model import Analysis, Commitment, Mention, Sentence, Span

D = dt.date.fromisoformat


def span(doc_id, text, start=0):
    return Span(doc_id=doc_id, start=start, end=start + len(text), text=text)


def visit(doc_id="a", status="accepted", start="2026-01-01", end="2026-06-30"):
    return Commitment(
        span=span(doc_id, "invited Vladimir Putin to pay an official visit to China in the first half of 2026"),
        actors=("person:vladimir-putin",),
        actor_names=("Vladimir Putin",),
        action="pay an official visit to China",
        due_start=D(start) if start else None,
        due_end=D(end) if end else None,
        status_in_text=status,
    )


def later(doc_id, text, entity_text="Putin", entity_id="person:vladimir-putin", commitments=()):
    at = text.find(entity_text)
    return Analysis(
        doc_id=doc_id,
        analyzer="test",
        sentences=(Sentence(index=0, span=span(doc_id, text)),),
        mentions=(Mention(span=span(doc_id, entity_text, at), entity_id=entity_id),) if at != -1 else (),
        commitments=commitments,
    )


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


def test_seed_visit_is_past_due_and_unconfirmed_on_2026_11_22():
    """Issue 5: as of 2026-11-22 the seeds' visit in the first half of 2026 is past due, unless reported."""
    seed_a, seed_b = visit("seed-a"), visit("seed-b")
    analyses = [Analysis(doc_id="seed-a", analyzer="t", commitments=(seed_a,)), Analysis(doc_id="seed-b", analyzer="t", commitments=(seed_b,))]
    rows = rows_for_store(analyses, {"seed-a": None, "seed-b": None}, D("2026-11-22"), merge=False)
    assert [(r.doc_id, r.state) for r in rows] == [("seed-a", "past_due_unconfirmed"), ("seed-b", "past_due_unconfirmed")]
    assert rows[0].reason == "was due by 2026-06-30; no later document reports it"
    assert rows[0].reported_by is None


def test_a_later_document_reporting_the_visit_fulfils_it():
    report = later("report", "Putin arrived in Beijing on May 20 for an official visit, his first trip abroad this year.")
    rows = commitment_rows([visit("seed")], {"seed": D("2026-02-05"), "report": D("2026-05-21")}, [report], D("2026-11-22"))
    assert rows[0].state == "reported_fulfilled"
    assert rows[0].reported_by.doc_id == "report"
    assert rows[0].reason == "reported in report (2026-05-21)"


@pytest.mark.parametrize(
    "text, published",
    [
        # a report published after the as-of date is not yet known
        ("Putin arrived in Beijing on May 20 for an official visit.", "2026-12-01"),
        # an earlier document cannot report it done
        ("Putin made an official visit to China in 2024.", "2025-01-10"),
        # the same plan repeated is not the visit
        ("Putin will pay an official visit to China next month.", "2026-04-01"),
        # another person's visit
        ("The Chinese premier paid an official visit to Moscow.", "2026-05-21"),
    ],
)
def test_what_does_not_count_as_a_report(text, published):
    report = later("report", text, entity_text="Putin" if "Putin" in text else "premier", entity_id="person:vladimir-putin" if "Putin" in text else "person:premier")
    rows = commitment_rows([visit("seed")], {"seed": D("2026-02-05"), "report": D(published)}, [report], D("2026-11-22"))
    assert rows[0].state == "past_due_unconfirmed"


def test_rows_are_sorted_by_due_date_with_undated_last():
    a = visit("a", start="2026-07-16", end="2026-07-16")
    b = visit("b", start=None, end=None)
    c = visit("c", start="2026-01-01", end="2026-06-30")
    rows = commitment_rows([a, b, c], {}, [], D("2026-02-04"))
    assert [(r.doc_id, r.state) for r in rows] == [("c", "due"), ("a", "upcoming"), ("b", "undated")]


def test_repeats_of_one_promise_merge_into_one_row():
    first = visit("a")
    again = visit("b").model_copy(update={"action": "visit China", "actors": ()})
    other = visit("a", start="2026-11-01", end="2026-11-30").model_copy(update={"action": "attend the summit in Lima"})
    analyses = [Analysis(doc_id="a", analyzer="t", commitments=(first, other)), Analysis(doc_id="b", analyzer="t", commitments=(again,))]
    rows = rows_for_store(analyses, {}, D("2026-11-22"))
    assert [(r.doc_id, r.commitment.action, [s.doc_id for s in r.also_in]) for r in rows] == [
        ("a", "pay an official visit to China", ["b"]),
        ("a", "attend the summit in Lima", []),
    ]
