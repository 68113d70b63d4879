"""Many analyses in, events and alignments out: the link stage's one entry point."""

from __future__ import annotations

from dataclasses import dataclass

from readout.link.alignments import align_claims, align_figures
from readout.link.events import cluster_events
from readout.link.inconsistencies import title_conflicts
from readout.link.sources import Source
from readout.model import Alignment, Event, Inconsistency


@dataclass(frozen=True)
class Linked:
    events: list[Event]
    figures: list[Alignment]
    claims: list[Alignment]
    inconsistencies: list[Inconsistency]


def link(sources: list[Source]) -> Linked:
    analyzed = [s for s in sources if s.analysis.skipped_reason is None]
    return Linked(
        events=cluster_events(analyzed),
        figures=align_figures(analyzed),
        claims=align_claims(analyzed),
        inconsistencies=[i for s in analyzed for i in title_conflicts(s)],
    )
