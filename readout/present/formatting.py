"""Human-readable values: figures with their units, date intervals."""

from __future__ import annotations

from readout.model import Quantity, TimeExpr

_QUALIFIER_WORDS = {
    "more_than": "more than ", "less_than": "less than ", "at_least": "at least ", "at_most": "at most ",
    "approximately": "about ", "up_to": "up to ", "exact": "", "range": "",
}


def format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(q: Quantity) -> str:
    """The normalized reading: qualifier, value (or range), canonical unit, target flag."""
    value = format_number(q.value)
    if q.qualifier == "range" and q.value_high is not None:
        value = f"{value}–{format_number(q.value_high)}"
    target = " (target)" if q.is_target else ""
    return f"{_QUALIFIER_WORDS.get(q.qualifier, '')}{value} {q.unit}{target}"


def format_quantity(q: Quantity) -> str:
    return f"{format_value(q)} (“{q.span.text}”)"


def format_interval(t: TimeExpr) -> str:
    if not t.resolved or t.start is None:
        return "date not resolved (no anchor)"
    anchor = {
        "publication": f", relative to the publication date {t.anchor_date}",
        "event": f", relative to the event date {t.anchor_date}",
        "reference": f", counted from the time named before it ({t.anchor_date})",
    }.get(t.anchor, "")
    if t.end is None or t.end == t.start:
        return f"{t.start}{anchor}"
    return f"{t.start} to {t.end}{anchor}"
