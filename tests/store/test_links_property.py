"""replace_events against a plain-Python model of what it promises, over random sequences of replacements."""

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout.model import AlignedItem, Alignment, Analysis, ArithmeticCheck, Event, Inconsistency, LinkResult, Span
from readout.store import Store
from readout.ingest.document import document_from_text

TEXTS = [f"Document number {n} says something. It is stored." for n in range(4)]
EVENT_IDS = ["ev-1", "ev-2", "ev-3", "ev-4"]

docs_st = st.sets(st.integers(0, 3), min_size=1, max_size=3).map(sorted)
event_st = st.fixed_dictionaries({"docs": docs_st, "alignments": st.lists(docs_st, max_size=2), "date": st.integers(0, 3)})
step_st = st.fixed_dictionaries({
    "events": st.dictionaries(st.sampled_from(EVENT_IDS), event_st, max_size=3),
    "loose": st.lists(docs_st, max_size=1),  # alignments without an event
    "inconsistencies": st.lists(st.integers(0, 3), max_size=2),
    "checks": st.lists(st.integers(0, 3), max_size=2),
    "replaces": st.sets(st.sampled_from(EVENT_IDS), max_size=2),
})


def _span(doc_id):
    return Span(doc_id=doc_id, start=0, end=8, text="Document")


def _build(step, ids, counter) -> LinkResult:
    def alignment(event_id, members):
        counter.append(1)
        return Alignment(
            id=f"a{len(counter)}", event_id=event_id, kind="claim", label="l", verdict="single_source", reason="r",
            independent_sources=len(members),
            members=tuple(AlignedItem(span=_span(ids[m]), reading="x", origin=ids[m]) for m in members),
        )

    events, alignments = [], []
    for event_id, spec in step["events"].items():
        events.append(Event(id=event_id, title=event_id, date=dt.date(2026, 1, 1 + spec["date"]), doc_ids=tuple(ids[d] for d in spec["docs"])))
        alignments += [alignment(event_id, [d for d in members if d in spec["docs"]] or spec["docs"]) for members in spec["alignments"]]
    alignments += [alignment(None, members) for members in step["loose"]]
    return LinkResult(
        events=tuple(events),
        alignments=tuple(alignments),
        inconsistencies=tuple(Inconsistency(doc_id=ids[d], kind="title_conflict", reason="r", spans=(_span(ids[d]),)) for d in step["inconsistencies"]),
        checks=tuple(
            ArithmeticCheck(doc_id=ids[d], stated=_span(ids[d]), stated_value=2.0, relation="ratio",
                            operands=(_span(ids[d]), _span(ids[d])), computed_value=1.0, holds=False, reason="r")
            for d in step["checks"]
        ),
    )


class Expected:
    """What the store should hold: replace_events as its docstring states it."""

    def __init__(self):
        self.events, self.alignments, self.inconsistencies, self.checks = {}, {}, [], []

    def replace(self, result: LinkResult, event_ids: set[str]) -> None:
        new_docs = {d for e in result.events for d in e.doc_ids}
        stale = event_ids | {e.id for e in result.events} | {e.id for e in self.events.values() if new_docs & set(e.doc_ids)}
        self.events = {k: e for k, e in self.events.items() if k not in stale}
        self.alignments = {
            k: a for k, a in self.alignments.items()
            if not (a.event_id in stale or (a.event_id is None and new_docs & set(a.doc_ids)))
        }
        checked = new_docs | {i.doc_id for i in result.inconsistencies} | {c.doc_id for c in result.checks}
        self.inconsistencies = [i for i in self.inconsistencies if i.doc_id not in checked] + list(result.inconsistencies)
        self.checks = [c for c in self.checks if c.doc_id not in checked] + list(result.checks)
        self.events.update((e.id, e) for e in result.events)
        self.alignments.update((a.id, a) for a in result.alignments)

    def result(self) -> LinkResult:
        events = sorted(self.events.values(), key=lambda e: (-e.date.toordinal(), e.title, e.id))
        return LinkResult(events=tuple(events), alignments=tuple(self.alignments.values()),
                          inconsistencies=tuple(self.inconsistencies), checks=tuple(self.checks))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step_st, min_size=1, max_size=5))
def test_replacements_match_the_model(steps):
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "r.db") as store:
        ids = []
        for n, text in enumerate(TEXTS):
            doc = document_from_text(text, f"{n}.txt")
            store.add(doc, Analysis(doc_id=doc.id, analyzer="test"))
            ids.append(doc.id)
        expected, counter = Expected(), []
        for step in steps:
            result = _build(step, ids, counter)
            store.replace_events(result, set(step["replaces"]))
            expected.replace(result, set(step["replaces"]))
            assert store.link_result() == expected.result()
            for event in expected.events.values():
                assert store.link_result([event.id]) == expected.result().for_event(event.id)
