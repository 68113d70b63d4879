"""The link stage over the benchmarks' synthetic corpus (no spaCy): what the store needs of its result holds."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from link_scale import synthetic_sources  # noqa: E402

from readout.link.linker import link  # noqa: E402


def test_alignment_ids_are_distinct_and_every_member_points_into_its_events_documents():
    sources = synthetic_sources(400)
    result = link(sources)
    assert len({a.id for a in result.alignments}) == len(result.alignments)  # the store's primary key
    docs_of = {e.id: set(e.doc_ids) for e in result.events}
    assert all(m.span.doc_id in docs_of[a.event_id] for a in result.alignments for m in a.members)
    copies = [s for s in sources if s.document.near_duplicate_of]
    assert copies and all({x.span.doc_id for x in s.analysis.sentences} == {s.id} for s in copies)
