"""Many analyses in, events and alignments out: the link stage's entry points.

``link`` does the whole stage for documents in memory. The store path runs it
in two steps so that adding a document recomputes only what it touches:
``events.cluster_events`` over every stored document's small ``DocumentFeatures``, then
``align_events`` for the events whose documents changed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from readout import settings
from readout.link.blocking import Skipped
from readout.link.checks import arithmetic_checks
from readout.link.claims import Embed, align_claims, with_figure_conflicts
from readout.link.commitment_status import ReportBounds, SourcesByActor, find_reports
from readout.link.commitments import align_commitments
from readout.link.event_dates import align_event_date
from readout.link.events import cluster_events
from readout.link.features import document_features
from readout.link.figures import align_figures
from readout.link.inconsistencies import figure_conflicts, title_conflicts
from readout.link.quotes import align_quotes
from readout.link.scope import scoped
from readout.model import DocumentFeatures, Event, LinkResult, Source

log = logging.getLogger("readout.link")


def link(sources: Sequence[Source], embed: Embed | None = None) -> LinkResult:
    analyzed = [s for s in sources if s.analysis.skipped_reason is None]
    features = {s.id: document_features(s) for s in analyzed}
    events = cluster_events(list(features.values()))
    return align_events(events, {s.id: s for s in analyzed}, features, embed=embed)


def align_events(
    events: Sequence[Event],
    sources: Mapping[str, Source],
    features: Mapping[str, DocumentFeatures],
    embed: Embed | None = None,
    report_sources: Sequence[Source] | None = None,
    bounds: ReportBounds | None = None,
    claim_pairs: int | None = None,
) -> LinkResult:
    """Alignments, verdicts, inconsistencies and checks for these events (``sources`` holds their documents).

    ``report_sources`` are searched for reports that a commitment was done (default: ``sources``), within
    ``bounds`` (default: the settings'). ``claim_pairs``: the sentence pairs an event's claim alignment may
    compare (default: READOUT_MAX_CLAIM_PAIRS); an event that needs more is capped, logged and named in the notes.
    """
    bounds = bounds or ReportBounds.from_settings()
    claim_pairs = claim_pairs if claim_pairs is not None else int(settings.value("max_claim_pairs"))
    notes: list[str] = []
    events_of: dict[str, list[Event]] = {}
    for event in events:
        for doc_id in event.doc_ids:
            events_of.setdefault(doc_id, []).append(event)
    views = {doc_id: scoped(sources[doc_id], features[doc_id], evs) for doc_id, evs in events_of.items() if doc_id in sources}
    published = {s.id: s.document.published for s in sources.values()}
    reporters = SourcesByActor(report_sources if report_sources is not None else sources.values())
    alignments = []
    for event in events:
        members = [views[d][event.id] for d in event.doc_ids if d in views]
        alignments += align_event_date(event, [features[d] for d in event.doc_ids if d in features])
        figures = align_figures(members, event.id)
        alignments += figures
        for commitment in align_commitments(members, event.id):
            reports = find_reports(commitment, published, reporters, bounds)
            alignments.append(commitment.model_copy(update={"reports": reports}))
        alignments += align_quotes(members, event.id)
        skipped = Skipped()
        alignments += with_figure_conflicts(align_claims(members, event.id, embed=embed, max_pairs=claim_pairs, skipped=skipped), figures)
        if skipped.keys:
            notes.append(capped_note(event, claim_pairs, skipped, sum(len(m.analysis.sentences) for m in members)))
            log.warning(notes[-1])
    linked = [sources[d] for d in events_of if d in sources]
    return LinkResult(
        events=tuple(events),
        alignments=tuple(alignments),
        inconsistencies=tuple(i for s in linked for i in title_conflicts(s) + figure_conflicts(s)),
        checks=tuple(c for s in linked for c in arithmetic_checks(s)),
        notes=tuple(notes),
    )


def capped_note(event: Event, claim_pairs: int, skipped: Skipped, sentences: int) -> str:
    return (f"event {event.id} ({len(event.doc_ids)} documents, {event.title}): claim alignment capped at {claim_pairs:,} sentence "
            f"pairs (READOUT_MAX_CLAIM_PAIRS): {skipped.keys:,} words or actors shared by more than {skipped.bound:,} of its "
            f"{sentences:,} sentences were not used to pair them; claims sharing only those may be reported as single-source")
