"""Words and numbers as a reader reads them: values with units, dates, verdicts, states, source lines.

Shared by compose (for the few texts it writes) and by both renderers, so the
Markdown and the HTML page say the same thing in the same words.
"""

from __future__ import annotations

import datetime as dt

from readout.model import BriefCheck, BriefCommitment, BriefFigure, Reading, SourceInfo, TimeExpr

_QUALIFIER_WORDS = {
    "more_than": "more than ", "less_than": "less than ", "at_least": "at least ", "at_most": "at most ",
    "approximately": "about ", "up_to": "up to ", "exact": "", "range": "",
}
VERDICT_WORDS = {"corroborated": "corroborated", "conflicting": "CONFLICT", "single_source": "single source"}
STATE_WORDS = {
    "upcoming": "upcoming", "due": "due now", "past_due_unconfirmed": "past due, unconfirmed",
    "reported_fulfilled": "reported fulfilled", "in_force": "in force", "expired": "expired", "undated": "undated",
}


def format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure_value(figure: BriefFigure) -> str:
    """The normalized reading: qualifier, value (or range), canonical unit, target flag."""
    value = format_number(figure.value)
    if figure.value_high is not None:
        value = f"{value}–{format_number(figure.value_high)}"
    target = " (target)" if figure.is_target else ""
    return f"{_QUALIFIER_WORDS.get(figure.qualifier, '')}{value} {figure.unit}{target}"


def format_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def format_due(commitment: BriefCommitment) -> str:
    if commitment.due_start is None:
        return f"due by {commitment.due_end}" if commitment.due_end else "no date given"
    if commitment.due_end is None or commitment.due_end == commitment.due_start:
        return f"due {commitment.due_start}"
    return f"due {commitment.due_start} to {commitment.due_end}"


def date_note(t: TimeExpr) -> str:
    """What a date was resolved to and against what; or that it could not be resolved."""
    if not t.resolved or t.start is None:
        return "not resolved: nothing to anchor it on"
    anchor = {
        "publication": f", relative to the publication date {t.anchor_date}",
        "event": f", relative to the event date {t.anchor_date}",
        "reference": f", counted from the time named before it ({t.anchor_date})",
    }.get(t.anchor, "")
    if t.end is None or t.end == t.start:
        return f"{t.start}{anchor}"
    return f"{t.start} to {t.end}{anchor}"


def source_numbers(numbers: tuple[int, ...]) -> str:
    return ("sources " if len(numbers) > 1 else "source ") + ", ".join(map(str, numbers))


def all_source_numbers(readings: tuple[Reading, ...]) -> tuple[int, ...]:
    return tuple(sorted({n for r in readings for n in r.source_numbers}))


def format_readings(readings: tuple[Reading, ...]) -> str:
    """“$4.2 billion” (sources 1, 3) vs “about $5 billion” (source 2)."""
    return " vs ".join(f"“{r.as_written}” ({source_numbers(r.source_numbers)})" for r in readings)


def format_computed(check: BriefCheck) -> str:
    """What the text's own figures give, to sit beside the stated value: 9.10 / 2.50 = 3.64."""
    first, second = check.operands
    if check.relation == "ratio":
        return f"{first} / {second} = {check.computed_value:.2f}"
    return f"{first} → {second}: {check.computed_value:+.1f}%"


def opening_words(text: str, words: int = 8) -> str:
    """The first words of a text, to tell an untitled source from the others."""
    split = text.split()
    return " ".join(split[:words]) + ("…" if len(split) > words else "")


def technique_name(technique: str) -> str:
    return technique.replace("_", " ")


TIMING_WORDS = {"before": "before the event", "during": "at the time of the event", "after": "after the event"}
ROLE_WORDS = {"official": "official", "news": "news", "analysis": "analysis/opinion"}


def source_line(source: SourceInfo) -> str:
    """Outlet, author, date, title — the way a bibliography names an article; never a file path."""
    parts = [source.outlet or "outlet not given"]
    if source.author:
        parts.append(source.author)
    parts.append(str(source.published) if source.published else "date not given")
    line = ", ".join(parts)
    line += f": “{source.title}”" if source.title else f": untitled, begins “{opening_words(source.text)}”"
    if source.role:
        line = f"[{ROLE_WORDS[source.role]}] " + line
    if source.near_duplicate_of is not None:
        line += f" (near copy of source {source.near_duplicate_of}; counted once with it)"
    if source.skipped_reason:
        line += f" (not analyzed: {source.skipped_reason})"
    return line


def audience_heading(audience: str) -> str:
    """ "To Veloria", or "Audience not named" for a message the coverage addresses to no one in particular."""
    return "Audience not named" if audience == "audience not named" else f"To {audience}"


def analyst_time(created) -> str:
    return created.strftime("%Y-%m-%d %H:%M UTC") if created else "time not recorded"


def analyst_verdict_line(verdict) -> str:
    """ "label: extracted CONFLICT; analyst: corroborated (ana, 2026-12-03 07:10 UTC)": the analyst's verdict never replaces the extracted one."""
    extracted = VERDICT_WORDS[verdict.extracted_verdict] if verdict.extracted_verdict else "not aligned across sources"
    return (f"{verdict.label}: extracted {extracted}; analyst: {VERDICT_WORDS[verdict.verdict]} "
            f"({verdict.author}, {analyst_time(verdict.created_at)})")


def analyst_note_line(annotation) -> str:
    """A tag or note with what it is about, who wrote it and when."""
    return f"{annotation.action} on {annotation.target_kind} {annotation.target}: {annotation.value} ({annotation.author}, {analyst_time(annotation.created_at)})"


def merged_words(merged_from) -> str:
    return f"merged by an analyst from {', '.join(merged_from)}"
