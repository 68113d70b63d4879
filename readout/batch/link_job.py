"""The link stage as a Spark job, with the link stage's blocking: no step compares every document with every other.

1. blocks: each document's ``events.Candidate`` (what comparing two documents
   reads of its features) keyed by the link stage's
   blocking keys (an actor and a date window); documents are compared only
   inside a block, and a block larger than ``MAX_BLOCK`` is skipped, as the
   link stage does. What comes back is the pairs about the same event.
2. events: ``cluster_events`` over every document's features (small objects,
   collected in the driver) with those pairs.
3. alignment: events that share a document are aligned together (a document's
   statements are shared out among its events), each group in one task with
   its documents.
4. reports that a commitment was done are looked for in the documents that
   name one of its actors, as ``SourcesByActor`` does: each document checks
   the commitments of the actors it names whose report window holds its date
   and whose key action it has (``CommitmentsByActor``, a broadcast of the
   commitments, so no document is copied; it reads the ``ReportKeys`` kept
   beside each analysis, so only a document that may report one has its source
   rebuilt); the driver keeps each
   commitment's earliest reports, as ``find_reports`` does (``ReportBounds``).
The result equals ``link.linker.link`` on the same documents (order aside).
"""

from __future__ import annotations

import datetime as dt
import pickle
import time

from readout import settings
from readout.link.blocking import MAX_BLOCK, UnionFind
from readout.link.commitment_status import CommitmentsByActor, ReportBounds, SourcesByActor, earliest_reports, find_reports
from readout.link.events import block_pairs as compared_pairs
from readout.link.events import blocking_keys, candidate, cluster_events, one_event
from readout.link.linker import align_events
from readout.model import Alignment, CommitmentReport, DocumentFeatures, Event, LinkResult


def block_pairs(key: tuple[str, str], members: list) -> list[tuple[str, str]]:
    """The (earlier, later) document ids of one block that are about the same event (the link stage's pairs of a block).

    ``members`` are (order, ``events.Candidate``): what the comparison reads, smaller to ship than the features.
    """
    if len(members) < 2 or len(members) > MAX_BLOCK:
        return []
    candidates = [c for _, c in sorted(members, key=lambda m: m[0])]
    return [(a.doc_id, b.doc_id) for a, b in compared_pairs(key, candidates, lambda c: c.report.date is not None) if one_event(a, b)]


def _keyed(order, features: DocumentFeatures) -> list[tuple[tuple[str, str], tuple]]:
    """The document under each of its blocking keys, as (order, candidate)."""
    member = (order, candidate(features))
    return [(key, member) for key in set(blocking_keys(features))]


def event_groups(events: list[Event]) -> list[list[Event]]:
    """Events joined by a shared document, in their order."""
    groups = UnionFind(len(events))
    first: dict[str, int] = {}
    for n, event in enumerate(events):
        for doc_id in event.doc_ids:
            groups.union(first.setdefault(doc_id, n), n)
    return [[events[n] for n in sorted(group)] for group in groups.groups()]


def _align(events: list[Event], members, bounds: ReportBounds, claim_pairs: int) -> LinkResult:
    """Align a group of events; ``members`` are (pickled source, features) pairs, shipped as the analyses keep them."""
    sources = [pickle.loads(packed) for packed, _ in members]
    features = [f for _, f in members]
    return align_events(events, {s.id: s for s in sources}, {f.doc_id: f for f in features}, bounds=bounds, claim_pairs=claim_pairs)


def spark_link(sc, analyzed, timings: dict[str, float] | None = None,
               bounds: ReportBounds | None = None) -> tuple[LinkResult, dict[str, dt.date | None]]:
    """Events and alignments of the analyzed documents (an RDD of ``job.Analyzed``), and their publication dates.

    Documents go to the tasks that need them by broadcast maps of small ids (document to group), and
    commitments to the documents by broadcast: each step at most one shuffle. ``timings`` gets each step's wall
    seconds. ``bounds`` (default: the settings of the driver) bound the report search.
    """
    timings = {} if timings is None else timings
    bounds = bounds or ReportBounds.from_settings()
    claim_pairs = int(settings.value("max_claim_pairs"))  # read here, in the driver, as the bounds are
    since = time.perf_counter()

    def step(name: str) -> None:
        nonlocal since
        now = time.perf_counter()
        timings[name] = round(now - since, 3)
        since = now

    width = max(1, sc.defaultParallelism)
    # The features are read out of the analyses once (each pass over ``analyzed`` unpickles every whole
    # analysis, about ten times the features' size) and kept for the collect and the blocks
    ordered = analyzed.map(lambda a: (a.order, a.features)).persist()
    features = [f for _, f in sorted(ordered.collect(), key=lambda x: x[0])]
    index = {f.doc_id: n for n, f in enumerate(features)}
    published = {f.doc_id: f.published for f in features}
    keyed = ordered.flatMap(lambda of: _keyed(*of))
    pairs = set(keyed.groupByKey(width).flatMap(lambda kv: block_pairs(kv[0], list(kv[1]))).collect())
    ordered.unpersist()
    step("link: blocks")
    events = cluster_events(features, sorted((index[a], index[b]) for a, b in pairs))
    groups = event_groups(events)
    step("link: events")
    if not groups:
        return LinkResult(), published
    shared = sc.broadcast(groups)
    group_of = sc.broadcast({doc_id: g for g, evs in enumerate(groups) for e in evs for doc_id in e.doc_ids})
    parts = (analyzed.filter(lambda a: a.doc_id in group_of.value)
             .map(lambda a: (group_of.value[a.doc_id], (a.packed, a.features)))
             .groupByKey(width).map(lambda kv: _align(shared.value[kv[0]], kv[1], bounds, claim_pairs)).collect())
    alignments = [a for part in parts for a in part.alignments]
    step("link: alignment")
    commitments = {a.id: a for a in alignments if a.kind == "commitment" and a.commitment is not None}
    wanted = CommitmentsByActor(commitments.values(), published, bounds)
    if wanted:
        bare = sc.broadcast({i: a.model_copy(update={"reports": ()}) for i, a in commitments.items()})
        by_actor = sc.broadcast(wanted)
        dates = sc.broadcast(published)
        found = (analyzed.map(lambda a: (a, by_actor.value.wanted(a.report_keys))).filter(lambda aw: aw[1])
                 .flatMap(lambda aw: _reports_in(aw[0].source, aw[1], bare.value, dates.value, bounds)).collect())
        reports: dict[str, list[CommitmentReport]] = {}
        for alignment_id, report in found:
            reports.setdefault(alignment_id, []).append(report)
        alignments = [_with_reports(a, reports.get(a.id), bounds) for a in alignments]
    step("link: reports")
    result = LinkResult(
        events=tuple(events),
        alignments=tuple(alignments),
        inconsistencies=tuple(i for part in parts for i in part.inconsistencies),
        checks=tuple(c for part in parts for c in part.checks),
        notes=tuple(n for part in parts for n in part.notes),
    )
    return result, published


def _reports_in(source, ids: set[str], commitments: dict[str, Alignment], published,
                bounds: ReportBounds) -> list[tuple[str, CommitmentReport]]:
    """(alignment id, report) for each of these commitments (``ids``) this source reports done; its sentences are read
    once for all of them."""
    index = SourcesByActor([source])
    return [(i, r) for i in sorted(ids) for r in find_reports(commitments[i], published, index, bounds)]


def _with_reports(alignment: Alignment, found: list[CommitmentReport] | None, bounds: ReportBounds) -> Alignment:
    """The alignment with the reports found source by source added: the earliest, as ``find_reports`` keeps them."""
    if not found:
        return alignment
    return alignment.model_copy(update={"reports": earliest_reports([*alignment.reports, *found], bounds)})
