"""What became of each commitment as of a date, across stored documents.

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
from collections.abc import Iterable, Mapping

from readout.model import Analysis, Commitment, CommitmentState, Frozen, Span

RUNNING_STATUSES = {"in_force", "declared"}  # true over an interval rather than done once
# verbs that carry no meaning of their own in an action ("pay a visit", "hold talks")
LIGHT_VERBS = {"pay", "hold", "make", "take", "give", "have", "do", "be", "get", "go", "mark", "attend", "allow", "enable"}
FUTURE_CUES = re.compile(r"\b(will|would|shall|plans?|planned|planning|invit\w*|expected|scheduled|set to|to be|intends?|ready|readiness|agreed to)\b", re.I)
# which statement of a repeated promise speaks for it: the firmest
STATUS_RANK = ("in_force", "accepted", "agreed", "declared", "target", "planned", "invited", "speculative")
STOP = {"a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "and", "with", "from", "as", "its", "their", "this", "that"}


class CommitmentRow(Frozen):
    """One commitment with its state as of a date and the evidence for that state."""

    commitment: Commitment
    doc_id: str
    published: dt.date | None = None
    as_of: dt.date
    state: CommitmentState
    reason: str
    reported_by: Span | None = None  # the later sentence that reports it done
    also_in: tuple[Span, ...] = ()  # the same commitment stated again, in this or other documents


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


def key_words(commitment: Commitment) -> set[str]:
    """The content words of the action that a report of it must repeat ("visit", "summit")."""
    found = set()
    for word in re.findall(r"[a-z][a-z-]+", commitment.action.lower()):
        if word not in STOP and word not in LIGHT_VERBS and len(word) > 2:
            found.add(word)
    return found


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _mentions_actor(commitment: Commitment, analysis: Analysis, span: Span) -> bool:
    for m in analysis.mentions:
        if m.entity_id in commitment.actors and span.start <= m.span.start and m.span.end <= span.end:
            return True
    text = span.text.lower()
    return any(name.lower() in text or name.split()[-1].lower() in text for name in commitment.actor_names if name)


def find_report(commitment: Commitment, source_published: dt.date | None, analysis: Analysis, published: dt.date | None) -> Span | None:
    """The sentence of a later document that reports the commitment done, if any."""
    if analysis.doc_id == commitment.span.doc_id or published is None:
        return None
    if source_published is not None and published <= source_published:
        return None
    if commitment.due_start is not None and published < commitment.due_start:
        return None
    stems = {_stem(w) for w in key_words(commitment)}
    if not stems or not (commitment.actors or commitment.actor_names):
        return None
    promises = [c.span for c in analysis.commitments]
    for sentence in analysis.sentences:
        span = sentence.span
        if any(p.start < span.end and span.start < p.end for p in promises) or FUTURE_CUES.search(span.text):
            continue
        words = {_stem(w) for w in re.findall(r"[a-z][a-z-]+", span.text.lower())}
        if stems & words and _mentions_actor(commitment, analysis, span):
            return span
    return None


def commitment_rows(
    commitments: Iterable[Commitment],
    published: Mapping[str, dt.date | None],
    analyses: Iterable[Analysis],
    as_of: dt.date,
) -> list[CommitmentRow]:
    """Each commitment's state as of ``as_of``, looking for reports of it in every other stored analysis.

    ``published`` maps document ids to publication dates (None when unknown).
    Rows come sorted by due date (undated last), then by document and offset.
    """
    analyses = list(analyses)
    rows = []
    for commitment in commitments:
        doc_id = commitment.span.doc_id
        source_published = published.get(doc_id)
        report = None
        if commitment.status_in_text not in RUNNING_STATUSES:
            for analysis in analyses:
                report = find_report(commitment, source_published, analysis, published.get(analysis.doc_id))
                if report is not None and (published.get(analysis.doc_id) or as_of) <= as_of:
                    break
                report = None
        if report is not None:
            state, reason = "reported_fulfilled", f"reported in {report.doc_id} ({published.get(report.doc_id)})"
        else:
            state, reason = state_from_dates(commitment, as_of)
        rows.append(
            CommitmentRow(
                commitment=commitment,
                doc_id=doc_id,
                published=source_published,
                as_of=as_of,
                state=state,
                reason=reason,
                reported_by=report,
            )
        )
    far = dt.date.max
    rows.sort(key=lambda r: (r.commitment.due_end or r.commitment.due_start or far, r.doc_id, r.commitment.span.start))
    return rows


def same_commitment(a: Commitment, b: Commitment) -> bool:
    """Two statements of one promise: the same due dates and the same key words (and actors, when few words are shared)."""
    if (a.due_start, a.due_end) != (b.due_start, b.due_end):
        return False
    shared = {_stem(w) for w in key_words(a)} & {_stem(w) for w in key_words(b)}
    if len(shared) >= 2:
        return True
    actors_agree = not a.actors or not b.actors or bool(set(a.actors) & set(b.actors))
    return len(shared) == 1 and actors_agree


def merge_repeats(rows: list[CommitmentRow]) -> list[CommitmentRow]:
    """One row per promise: the firmest statement speaks for it, the others go into ``also_in``.

    A group counts as reported done when any of its statements is.
    """
    merged: list[CommitmentRow] = []
    for row in rows:
        for n, kept in enumerate(merged):
            if same_commitment(kept.commitment, row.commitment):
                if _rank(row) < _rank(kept):
                    kept, row = row.model_copy(update={"also_in": kept.also_in}), kept
                update: dict = {"also_in": (*kept.also_in, row.commitment.span)}
                if row.state == "reported_fulfilled" and kept.state != "reported_fulfilled":
                    update.update(state=row.state, reason=row.reason, reported_by=row.reported_by)
                merged[n] = kept.model_copy(update=update)
                break
        else:
            merged.append(row)
    return merged


def _rank(row: CommitmentRow) -> int:
    status = row.commitment.status_in_text
    return STATUS_RANK.index(status) if status in STATUS_RANK else len(STATUS_RANK)


def rows_for_store(
    analyses: Iterable[Analysis], published: Mapping[str, dt.date | None], as_of: dt.date, merge: bool = True
) -> list[CommitmentRow]:
    """``readout commitments --as-of DATE``: every stored commitment with its state, repeats merged."""
    analyses = list(analyses)
    commitments = [c for a in analyses for c in a.commitments]
    rows = commitment_rows(commitments, published, analyses, as_of)
    return merge_repeats(rows) if merge else rows
