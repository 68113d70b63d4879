"""What became of each commitment as of a date.

A commitment's state follows from its due interval and the as-of date
(upcoming, due, past due), unless a later document reports it done: a sentence
published after the promise (and not before the due interval opens) that names
one of its actors and its key action word, and is not itself a promise or plan
(the same visit announced again is not the visit). Regimes in force and declared
years run from their start to their end instead (in force, then expired).
Pure functions over model objects, so they run anywhere the store can feed them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from readout.link.similarity import stem
from readout.model import Alignment, Analysis, Commitment, CommitmentReport, CommitmentRow, CommitmentState, Source, Span

RUNNING_STATUSES = {"in_force", "declared"}  # true over an interval rather than done once
# verbs that carry no meaning of their own in an action ("pay a visit", "hold talks")
LIGHT_VERBS = {"pay", "hold", "make", "take", "give", "have", "do", "be", "get", "go", "mark", "attend", "allow", "enable"}
FUTURE_CUES = re.compile(r"\b(will|would|shall|plans?|planned|planning|invit\w*|expected|scheduled|set to|to be|intends?|ready|readiness|agreed to)\b", re.I)
# which statement of a repeated promise speaks for it: the firmest
STATUS_RANK = ("in_force", "accepted", "agreed", "declared", "target", "planned", "invited", "speculative")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


def state_from_dates(commitment: Commitment, as_of: dt.date) -> tuple[CommitmentState, str]:
    """The state that the due interval alone gives."""
    start, end = commitment.due_start, commitment.due_end
    if start is None and end is None:
        return "undated", "the text gives no date"
    if commitment.status_in_text in RUNNING_STATUSES:
        if start is not None and as_of < start:
            return "upcoming", f"starts {start.isoformat()}"
        if end is not None and as_of > end:
            return "expired", f"ended {end.isoformat()}"
        return "in_force", f"runs until {end.isoformat()}" if end else "no end date given"
    if start is not None and as_of < start:
        return "upcoming", f"due from {start.isoformat()}"
    if end is not None and as_of > end:
        return "past_due_unconfirmed", f"was due by {end.isoformat()}; no later document reports it"
    return "due", f"due by {end.isoformat()}" if end else "due now"


def key_stems(commitment: Commitment) -> frozenset[str]:
    """Stemmed content words of the action and object, without light verbs: what a restatement or a report repeats."""
    return _content_stems(f"{commitment.action} {commitment.object or ''}")


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    """(Cached: one commitment is compared with every document naming its actors.)"""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS and w.lower() not in LIGHT_VERBS and len(w) > 2)


@dataclass(frozen=True)
class Reportable:
    """A sentence that may report a commitment done (it is no promise and has no future cue), with its stemmed words."""

    span: Span
    stems: frozenset[str]


def reportable_sentences(analysis: Analysis) -> tuple[Reportable, ...]:
    """The sentences of a document that ``find_report`` reads, read once however many commitments it is checked for."""
    promises = [c.span for c in analysis.commitments]
    found = []
    for sentence in analysis.sentences:
        span = sentence.span
        if any(p.start < span.end and span.start < p.end for p in promises) or FUTURE_CUES.search(span.text):
            continue
        found.append(Reportable(span, frozenset(stem(w) for w in _WORD.findall(span.text))))
    return tuple(found)


def _mentions_actor(commitment: Commitment, analysis: Analysis, span: Span) -> bool:
    for m in analysis.mentions:
        if m.entity_id in commitment.actors and span.start <= m.span.start and m.span.end <= span.end:
            return True
    text = span.text.lower()
    return any(re.search(rf"\b(?:{re.escape(name.lower())}|{re.escape(name.split()[-1].lower())})\b", text) for name in commitment.actor_names if name)


def find_report(commitment: Commitment, source_published: dt.date | None, analysis: Analysis, published: dt.date | None,
                sentences: Sequence[Reportable] | None = None) -> Span | None:
    """The sentence of a later document that reports the commitment done, if any (``sentences``: the document's
    ``reportable_sentences``, when already read)."""
    if analysis.doc_id == commitment.span.doc_id or published is None:
        return None
    if source_published is not None and published <= source_published:
        return None
    if commitment.due_start is not None and published < commitment.due_start:
        return None
    stems = key_stems(commitment)
    if not stems or not (commitment.actors or commitment.actor_names):
        return None
    for sentence in reportable_sentences(analysis) if sentences is None else sentences:
        if stems & sentence.stems and _mentions_actor(commitment, analysis, sentence.span):
            return sentence.span
    return None


class SourcesByActor:
    """Sources indexed by the actors they name: a report is looked for only where one of the commitment's actors is named.

    Built once per linking run, so searching reports grows with the documents that name an actor, not with all pairs.
    """

    def __init__(self, sources: Iterable[Source]):
        self._by_actor: dict[str, list[Source]] = {}
        self._reportable: dict[str, tuple[Reportable, ...]] = {}
        for source in sources:
            for entity_id in {m.entity_id for m in source.analysis.mentions}:
                self._by_actor.setdefault(entity_id, []).append(source)

    def reportable(self, source: Source) -> tuple[Reportable, ...]:
        """The source's ``reportable_sentences``, read the first time a commitment is checked in it."""
        found = self._reportable.get(source.id)
        if found is None:
            found = self._reportable[source.id] = reportable_sentences(source.analysis)
        return found

    def naming(self, actors: Iterable[str]) -> list[Source]:
        found: dict[str, Source] = {}
        for actor in actors:
            for source in self._by_actor.get(actor, ()):
                found.setdefault(source.id, source)
        return list(found.values())


def find_reports(
    alignment: Alignment, published: Mapping[str, dt.date | None], sources: SourcesByActor | Iterable[Source]
) -> tuple[CommitmentReport, ...]:
    """Sentences of later documents that report the aligned commitment done (any document, not only the event's)."""
    commitment = alignment.commitment
    if commitment is None or commitment.status_in_text in RUNNING_STATUSES:
        return ()
    index = sources if isinstance(sources, SourcesByActor) else SourcesByActor(sources)
    sources = index.naming(commitment.actors)
    found = list(alignment.reports)
    known = {r.span.doc_id for r in found}
    stated_in = set(alignment.doc_ids)
    first_published = min((d for d in (published.get(doc) for doc in stated_in) if d), default=None)
    for source in sources:
        when = source.document.published
        if source.id in stated_in or source.id in known or when is None:
            continue
        span = find_report(commitment, first_published, source.analysis, when, index.reportable(source))
        if span is not None:
            found.append(CommitmentReport(span=span, published=when))
    return tuple(sorted(found, key=lambda r: (r.published, r.span.doc_id)))


def commitment_row(alignment: Alignment, published: Mapping[str, dt.date | None], as_of: dt.date) -> CommitmentRow:
    """The commitment's state as of a date: reported done by a report published by then, else what its dates give."""
    commitment = alignment.commitment
    assert commitment is not None, "only commitment alignments have a state"
    reports = [r for r in alignment.reports if r.published <= as_of]
    if reports:
        state, reason = "reported_fulfilled", f"reported done in a document of {reports[0].published}"
    else:
        state, reason = state_from_dates(commitment, as_of)
    return CommitmentRow(
        commitment=commitment,
        doc_id=commitment.span.doc_id,
        published=published.get(commitment.span.doc_id),
        as_of=as_of,
        state=state,
        reason=reason,
        reported_by=reports[0].span if reports else None,
        also_in=tuple(s for s in alignment.spans if s != commitment.span),
        verdict=alignment.verdict,
        independent_sources=alignment.independent_sources,
        event_id=alignment.event_id,
    )


def commitment_rows(alignments: Sequence[Alignment], published: Mapping[str, dt.date | None], as_of: dt.date) -> list[CommitmentRow]:
    """One row per commitment, sorted by due date (undated last), then document and offset."""
    rows = [commitment_row(a, published, as_of) for a in alignments if a.kind == "commitment"]
    far = dt.date.max
    rows.sort(key=lambda r: (r.commitment.due_end or r.commitment.due_start or far, r.doc_id, r.commitment.span.start))
    return rows
