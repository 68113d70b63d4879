"""A promise due "by the end of 2026" is kept on time by a report from June: real analyses, invented names."""

from __future__ import annotations

import datetime as dt

from readout import pipeline
from readout.link.commitment_status import commitment_rows
from readout.link.linker import link
from readout.model import Document

D = dt.date.fromisoformat
PROMISE = ("Trade minister Kasimir Holt will sign an agreement on fishing quotas with Sudria by the end of 2026, his office said "
           "on Tuesday. Holt said the talks in Velmar had been useful.")
REPORT = "Kasimir Holt signed the agreement on fishing quotas with Sudria in Velmar on Monday. The deal sets catch limits for five years."


def test_a_deadline_runs_from_the_promise_to_the_end_of_its_period_and_an_earlier_report_fulfils_it():
    documents = [Document(id="promise", source="promise.txt", text=PROMISE, published=D("2026-03-10")),
                 Document(id="report", source="report.txt", text=REPORT, published=D("2026-06-15"))]
    sources = pipeline.process(documents).sources
    [commitment] = sources[0].analysis.commitments
    assert commitment.action == "sign an agreement on fishing quotas with Sudria"
    assert (commitment.due_start, commitment.due_end) == (D("2026-03-10"), D("2026-12-31"))
    assert commitment.due_span.text == "the end of 2026"
    published = {s.id: s.document.published for s in sources}
    [row] = commitment_rows(link(sources).alignments, published, D("2026-11-22"))
    assert (row.state, row.reported_by.doc_id) == ("reported_fulfilled", "report")
    assert row.reason == "reported done in a document of 2026-06-15"
    [before] = commitment_rows(link(sources[:1]).alignments, published, D("2026-11-22"))
    assert (before.state, before.reason) == ("due", "due by 2026-12-31")
