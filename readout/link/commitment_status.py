"""What became of each commitment as of a date.

A commitment's state follows from its due interval and the as-of date
(upcoming, due, past due), unless a later document reports it done. Regimes in
force and declared years run from their start to their end instead (in force,
then expired). Pure functions over model objects, so they run anywhere the
store can feed them.

What counts as a report, and how far it is looked for (``ReportBounds``):
- a sentence that is not itself a promise or plan (the same visit announced
  again is not the visit), naming one of the commitment's actors, and sharing
  its key action: the stem of the committed verb ("sign" in "sign an agreement
  on trade"), or of the noun a light verb carries ("visit" in "pay an official
  visit"), not just any content word ("trade" alone reports nothing);
- in a document published after the promise, not before the due interval
  opens, and no later than ``window_days`` after its end (its start, or the
  promise's publication, when it has no end): a sentence years later is news of
  something else. Settings ``READOUT_REPORT_WINDOW_DAYS`` (default 180);
- at most the ``max_reports`` earliest such documents (by publication date,
  then id): the first report is what fulfils it, a few more corroborate, and
  the hundredth adds nothing. Setting ``READOUT_MAX_REPORTS`` (default 5).
The bounds keep the search to the documents naming an actor inside the window,
so it grows with the archive, not with its square; the single process
(``find_reports``) and the Spark link job apply the same bounds and give the
same reports.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from readout import settings
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
    """Stemmed content words of the action and object, without light verbs: what a restatement repeats."""
    return _content_stems(f"{commitment.action} {commitment.object or ''}")


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    """(Cached: one commitment is compared with every document naming its actors.)"""
    return frozenset(stem(w) for w in _WORD.findall(text) if _is_content(w))


def _is_content(word: str) -> bool:
    return word.lower() not in STOP_WORDS and word.lower() not in LIGHT_VERBS and len(word) > 2


def key_action(commitment: Commitment) -> str | None:
    """The stem a report must repeat: the committed verb, or the noun a light verb or a determiner leads to.

    The action is written from its head ("sign an agreement on trade", "visit Veloria", "pay an official visit
    to Veloria", "an official visit to Veloria", "meet in Oslo"): when it has an object and starts with a word
    of its own, that first word is the verb ("sign", "visit"); a light verb ("pay") hands over to the head of
    its object, and a phrase without a verb is led to its head noun, the last word of its first run of content
    words ("official visit" -> "visit").
    """
    return _key_action(commitment.action, commitment.object or "")


@lru_cache(maxsize=1 << 16)
def _key_action(action: str, obj: str) -> str | None:
    words = _WORD.findall(action)
    if not words:
        return None
    if obj and _is_content(words[0]) and words[0] not in _WORD.findall(obj):
        return stem(words[0])
    if words[0].lower() in LIGHT_VERBS and obj:
        words = _WORD.findall(obj)
    n = 0
    while n < len(words) and not _is_content(words[n]):
        n += 1
    if n == len(words):
        return None
    while n + 1 < len(words) and _is_content(words[n + 1]):
        n += 1
    return stem(words[n])


@dataclass(frozen=True)
class ReportBounds:
    """How far reports are looked for: ``window_days`` after the due interval, the ``max_reports`` earliest."""

    window_days: int = 180
    max_reports: int = 5

    @classmethod
    def from_settings(cls) -> ReportBounds:
        """READOUT_REPORT_WINDOW_DAYS and READOUT_MAX_REPORTS (read in the process that starts the linking)."""
        return cls(window_days=int(settings.value("report_window_days")), max_reports=int(settings.value("max_reports")))


def report_window(commitment: Commitment, first_published: dt.date | None, bounds: ReportBounds) -> tuple[dt.date | None, dt.date | None]:
    """(earliest, latest) publication date of a report, both included; None: no bound that way.

    Earliest: the day after the promise was first published, and not before the due interval opens. Latest:
    ``window_days`` after the due interval ends (after its start when it has no end; after the promise's
    publication when it has no date).
    """
    opens = [d for d in (first_published + dt.timedelta(days=1) if first_published else None, commitment.due_start) if d]
    anchor = commitment.due_end or commitment.due_start or first_published
    latest = None
    if anchor is not None:
        try:
            latest = anchor + dt.timedelta(days=bounds.window_days)
        except OverflowError:
            latest = None
    return (max(opens) if opens else None), latest


def _inside(day: dt.date, window: tuple[dt.date | None, dt.date | None]) -> bool:
    earliest, latest = window
    return (earliest is None or day >= earliest) and (latest is None or day <= latest)


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
                sentences: Sequence[Reportable] | None = None, bounds: ReportBounds | None = None) -> Span | None:
    """The sentence of a later document that reports the commitment done, if any (``sentences``: the document's
    ``reportable_sentences``, when already read): one naming an actor and repeating the key action, published
    inside the report window."""
    if analysis.doc_id == commitment.span.doc_id or published is None:
        return None
    if not _inside(published, report_window(commitment, source_published, bounds or ReportBounds.from_settings())):
        return None
    key = key_action(commitment)
    if key is None or not (commitment.actors or commitment.actor_names):
        return None
    for sentence in reportable_sentences(analysis) if sentences is None else sentences:
        if key in sentence.stems and _mentions_actor(commitment, analysis, sentence.span):
            return sentence.span
    return None


class SourcesByActor:
    """Dated sources indexed by the actors they name, in publication order: a report is looked for only where one
    of the commitment's actors is named, inside the report window.

    Built once per linking run, so searching reports grows with the documents that name an actor in the window,
    not with all pairs.
    """

    def __init__(self, sources: Iterable[Source]):
        self._by_actor: dict[str, list[Source]] = {}
        self._reportable: dict[str, tuple[Reportable, ...]] = {}
        self._stems: dict[str, frozenset[str]] = {}
        for source in sources:
            if source.document.published is None:
                continue  # an undated document cannot be placed after a promise
            for entity_id in {m.entity_id for m in source.analysis.mentions}:
                self._by_actor.setdefault(entity_id, []).append(source)
        for found in self._by_actor.values():
            found.sort(key=_publication_order)
        self._dates = {actor: [s.document.published for s in found] for actor, found in self._by_actor.items()}

    def reportable(self, source: Source) -> tuple[Reportable, ...]:
        """The source's ``reportable_sentences``, read the first time a commitment is checked in it."""
        found = self._reportable.get(source.id)
        if found is None:
            found = self._reportable[source.id] = reportable_sentences(source.analysis)
        return found

    def stems(self, source: Source) -> frozenset[str]:
        """Every stem of the source's reportable sentences: a source without the key action is passed at once."""
        found = self._stems.get(source.id)
        if found is None:
            found = self._stems[source.id] = frozenset().union(*(r.stems for r in self.reportable(source)))
        return found

    def naming(self, actors: Iterable[str], window: tuple[dt.date | None, dt.date | None] = (None, None)) -> list[Source]:
        """The sources naming one of the actors, published inside the window, earliest first (then by id)."""
        earliest, latest = window
        found: dict[str, Source] = {}
        for actor in actors:
            sources, dates = self._by_actor.get(actor, []), self._dates.get(actor, [])
            low = bisect.bisect_left(dates, earliest) if earliest else 0
            high = bisect.bisect_right(dates, latest) if latest else len(dates)
            for source in sources[low:high]:
                found.setdefault(source.id, source)
        return sorted(found.values(), key=_publication_order)


def _publication_order(source: Source) -> tuple[dt.date, str]:
    return source.document.published or dt.date.min, source.id


def earliest_reports(reports: Iterable[CommitmentReport], bounds: ReportBounds) -> tuple[CommitmentReport, ...]:
    """One report per document, the ``max_reports`` earliest (by publication date, then document)."""
    by_doc: dict[str, CommitmentReport] = {}
    for report in reports:
        by_doc.setdefault(report.span.doc_id, report)
    return tuple(sorted(by_doc.values(), key=lambda r: (r.published, r.span.doc_id))[: bounds.max_reports])


def find_reports(
    alignment: Alignment, published: Mapping[str, dt.date | None], sources: SourcesByActor | Iterable[Source],
    bounds: ReportBounds | None = None,
) -> tuple[CommitmentReport, ...]:
    """Sentences of later documents that report the aligned commitment done (any document, not only the event's),
    with those the alignment already holds: the ``bounds.max_reports`` earliest inside the report window."""
    commitment = alignment.commitment
    if commitment is None or commitment.status_in_text in RUNNING_STATUSES:
        return ()
    bounds = bounds or ReportBounds.from_settings()
    index = sources if isinstance(sources, SourcesByActor) else SourcesByActor(sources)
    key = key_action(commitment)
    found = list(alignment.reports)
    known = {r.span.doc_id for r in found}
    stated_in = set(alignment.doc_ids)
    first_published = min((d for d in (published.get(doc) for doc in stated_in) if d), default=None)
    new = 0
    for source in index.naming(commitment.actors, report_window(commitment, first_published, bounds)):
        if new >= bounds.max_reports:
            break  # the sources come earliest first: a later one cannot be among the earliest
        if source.id in stated_in or source.id in known or key not in index.stems(source):
            continue
        span = find_report(commitment, first_published, source.analysis, source.document.published, index.reportable(source), bounds)
        if span is not None:
            found.append(CommitmentReport(span=span, published=source.document.published))
            new += 1
    return earliest_reports(found, bounds)


class CommitmentsByActor:
    """The commitments a document may report, found from the actors it names, its date and its words.

    The Spark link job's side of ``find_reports``: each document asks for the commitments of the actors it names
    whose report window holds its date and whose key action is among its words, so a document is checked against
    a few commitments, not all of its actors'.
    """

    def __init__(self, alignments: Iterable[Alignment], published: Mapping[str, dt.date | None], bounds: ReportBounds):
        self._by_actor: dict[str, dict[str, list[tuple[dt.date | None, dt.date | None, str]]]] = {}
        for alignment in alignments:
            commitment = alignment.commitment
            key = key_action(commitment) if commitment is not None else None
            if key is None or commitment.status_in_text in RUNNING_STATUSES:
                continue
            first_published = min((d for d in (published.get(doc) for doc in alignment.doc_ids) if d), default=None)
            earliest, latest = report_window(commitment, first_published, bounds)
            if earliest is not None and latest is not None and latest < earliest:
                continue
            for actor in set(commitment.actors):
                self._by_actor.setdefault(actor, {}).setdefault(key, []).append((earliest, latest, alignment.id))

    def __bool__(self) -> bool:
        return bool(self._by_actor)

    def wanted(self, keys: ReportKeys) -> set[str]:
        """The alignment ids of the commitments a document with these keys may report (it must still be checked
        sentence by sentence)."""
        if keys.published is None:
            return set()
        found: set[str] = set()
        for actor in keys.actors:
            by_key = self._by_actor.get(actor)
            if not by_key:
                continue
            for key in keys.stems & by_key.keys():
                found.update(i for earliest, latest, i in by_key[key] if _inside(keys.published, (earliest, latest)))
        return found


@dataclass(frozen=True)
class ReportKeys:
    """What ``CommitmentsByActor.wanted`` reads of a document: its date, the actors it names, the stems of its reportable
    sentences. Small: a batch job keeps them beside each analysis, so the report search rebuilds only the
    documents that may report a commitment."""

    published: dt.date | None
    actors: frozenset[str]
    stems: frozenset[str]


def report_keys(source: Source) -> ReportKeys:
    return ReportKeys(source.document.published, frozenset(m.entity_id for m in source.analysis.mentions),
                      frozenset().union(*(r.stems for r in reportable_sentences(source.analysis))))


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
