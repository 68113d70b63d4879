"""Scores the ``time_expressions`` section of a gold file.

A gold item quotes its text and gives ISO start and end dates. It is found when
a predicted time expression overlaps one of the places its text occurs; it is
correct when that expression also has the same start and end. The main score
counts correct items (a found item with other dates is a miss and a false
alarm); ``extra`` separates finding (span_recall, span_precision) from
normalizing (value_accuracy: share of found items with exact dates).
Predicted expressions that overlap no gold item are false alarms; gold files
need not list every date, so read precision with that in mind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from readout.errors import GoldFormatError
from readout.eval.gold import GoldFile
from readout.eval.metrics import SectionReport, locate, match_by_span, overlaps
from readout.model import TimeExpr

SECTION = "time_expressions"


def _date(value: Any, gold: GoldFile) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldFormatError(f"time_expressions: {value!r} is not an ISO date (YYYY-MM-DD)", source=str(gold.path)) from exc


def _show(t: TimeExpr) -> str:
    return f"{t.start}..{t.end}"


def score(gold: GoldFile, corpus) -> SectionReport | None:
    if not gold.has(SECTION):
        return None
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for item in gold.section(SECTION):
        if "doc" not in item or "text" not in item:
            raise GoldFormatError("time_expressions items need 'doc' and 'text'", source=str(gold.path))
        by_doc[item["doc"]].append(item)

    def wanted(item: dict) -> tuple[dt.date | None, dt.date | None]:
        return _date(item.get("start"), gold), _date(item.get("end"), gold)

    names = [n for n in gold.document_names if n in corpus.documents]
    match = match_by_span(
        {n: corpus.documents[n].text for n in names},
        by_doc,
        {n: corpus.analyses[n].times for n in names},
        expected=lambda item: "{}..{}".format(*wanted(item)),
        is_right=lambda item, t: (t.start, t.end) == wanted(item),
        show=_show,
        show_alarm=lambda t: f"{_show(t)} ({t.granularity}, anchor {t.anchor})",
    )
    gold_total = sum(len(by_doc.get(n, [])) for n in names)
    repeats = sum(_repeats(corpus.documents[n].text, by_doc.get(n, []), corpus.analyses[n].times, wanted) for n in names)
    s = match.score
    extra = match.extra(gold_total) | {
        "repeats_of_listed_dates": float(repeats),
        "precision_repeats_as_found": s.tp / (s.tp + s.fp - repeats) if s.tp + s.fp - repeats else 0.0,
    }
    return SectionReport(name=SECTION, score=s, extra=extra, misses=match.misses, false_alarms=match.false_alarms)


def _repeats(text: str, items: list[dict], predicted, wanted) -> int:
    """Predictions on no gold item's text whose dates are those of a gold item of this document: the same date
    written again, which the gold lists once (not "now" or "currently", whose day is the anchor's by chance)."""
    places = [place for item in items for place in locate(item["text"], text)]
    listed = {wanted(item) for item in items}
    return sum(
        1 for t in predicted
        if t.granularity != "unknown" and (t.start, t.end) in listed and not any(overlaps((t.span.start, t.span.end), place) for place in places)
    )
