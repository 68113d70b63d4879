"""Scores the ``quantities`` section of a gold file.

A gold item quotes its text and gives the normalized reading: ``value``, ``unit``
(canonical, e.g. "USD", "m3/year", "percent"), optionally ``value_high``,
``qualifier`` (default "exact") and ``is_target`` (default false). It is found
when a predicted quantity overlaps one of the places its text occurs; it is
correct when that quantity also has the same value and unit. The main score
counts correct items (a found item with another value is a miss and a false
alarm); ``extra`` separates finding (span_recall, span_precision) from
normalizing (value_accuracy: share of found items with exact value and unit)
and reports how often the qualifier and the target flag agree on found items,
and how often the predicted ``measures`` (and ``period``, where the gold gives
one) shares a content word with the gold's.
Gold files need not list every figure, so read precision with that in mind.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from readout.errors import GoldFormatError
from readout.eval.gold import GoldFile
from readout.eval.metrics import SectionReport, match_by_span
from readout.model import Quantity

SECTION = "quantities"


def _number(value: Any, gold: GoldFile, field: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise GoldFormatError(f"quantities: {field} {value!r} is not a number", source=str(gold.path)) from exc


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_matches(q: Quantity, value: float, unit: str, value_high: float | None = None) -> bool:
    """Equal normalized value and unit (and upper bound when the gold gives one)."""
    if q.unit != unit or not _same(q.value, value):
        return False
    return value_high is None or _same(q.value_high, value_high)


def _words(text: str | None) -> set[str]:
    return {w.strip(".,'’\"()").lower() for w in (text or "").split() if len(w.strip(".,'’\"()")) > 3}


def _period_words(text: str) -> set[str]:
    return {w.strip(".,").lower() for w in text.split() if w.strip(".,") and (w[0].isdigit() or len(w) > 3)}


def _show(q: Quantity) -> str:
    high = f"-{q.value_high:g}" if q.value_high is not None else ""
    return f"{q.value:g}{high} {q.unit}"


def score(gold: GoldFile, corpus) -> SectionReport | None:
    if not gold.has(SECTION):
        return None
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for item in gold.section(SECTION):
        if "doc" not in item or "text" not in item or "value" not in item or "unit" not in item:
            raise GoldFormatError("quantities items need 'doc', 'text', 'value' and 'unit'", source=str(gold.path))
        by_doc[item["doc"]].append(item)

    def wanted(item: dict) -> tuple[float, str, float | None]:
        return _number(item["value"], gold, "value"), str(item["unit"]), _number(item.get("value_high"), gold, "value_high")

    def expected(item: dict) -> str:
        value, unit, high = wanted(item)
        return f"{value:g}{'-' + format(high, 'g') if high is not None else ''} {unit}"

    agree = {"qualifier": 0, "target": 0, "measures": 0, "with_measures": 0, "period": 0, "with_period": 0}

    def on_found(item: dict, hits: list[Quantity], right: list[Quantity]) -> None:
        best = (right or hits)[0]
        agree["qualifier"] += best.qualifier == item.get("qualifier", "exact")
        agree["target"] += best.is_target == bool(item.get("is_target", False))
        if item.get("measures"):
            agree["with_measures"] += 1
            agree["measures"] += bool(_words(best.measures) & _words(item["measures"]))
        if item.get("period"):
            agree["with_period"] += 1
            agree["period"] += best.period is not None and bool(_period_words(best.period.span.text) & _period_words(item["period"]))

    names = [n for n in gold.document_names if n in corpus.documents]
    match = match_by_span(
        {n: corpus.documents[n].text for n in names},
        by_doc,
        {n: corpus.analyses[n].quantities for n in names},
        expected=expected,
        is_right=lambda item, q: value_matches(q, *wanted(item)),
        show=_show,
        show_alarm=lambda q: f"{_show(q)} (measures {q.measures!r})",
        on_found=on_found,
    )
    found = match.found
    extra = match.extra(sum(len(by_doc.get(n, [])) for n in names)) | {
        "qualifier_accuracy": agree["qualifier"] / found if found else 0.0,
        "target_accuracy": agree["target"] / found if found else 0.0,
        "measures_agreement": agree["measures"] / agree["with_measures"] if agree["with_measures"] else 0.0,
        "period_agreement": agree["period"] / agree["with_period"] if agree["with_period"] else 0.0,
    }
    return SectionReport(name=SECTION, score=match.score, extra=extra, misses=match.misses, false_alarms=match.false_alarms)
