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
from readout.eval.metrics import Score, SectionReport, locate, overlaps
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

    result, found, exact = Score(), 0, 0
    qualifier_ok, target_ok, measures_ok, with_measures, predicted_total, predicted_on_gold = 0, 0, 0, 0, 0, 0
    period_ok, with_period = 0, 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for name in gold.document_names:
        if name not in corpus.documents:
            continue
        text = corpus.documents[name].text
        quantities = list(corpus.analyses[name].quantities)
        predicted_total += len(quantities)
        claimed: set[int] = set()
        for item in by_doc.get(name, []):
            value = _number(item["value"], gold, "value")
            high = _number(item.get("value_high"), gold, "value_high")
            unit = str(item["unit"])
            want = f"{value:g}{'-' + format(high, 'g') if high is not None else ''} {unit}"
            places = locate(item["text"], text)
            if not places:
                result.fn += 1
                misses.append(f"{name}: {item['text']!r} does not occur in the cleaned text")
                continue
            hits = [i for i, q in enumerate(quantities) if any(overlaps((q.span.start, q.span.end), p) for p in places)]
            claimed.update(hits)
            if not hits:
                result.fn += 1
                misses.append(f"{name}: {item['text']!r} not found (expected {want})")
                continue
            found += 1
            right = [i for i in hits if value_matches(quantities[i], value, unit, high)]
            best = quantities[right[0] if right else hits[0]]
            qualifier_ok += best.qualifier == item.get("qualifier", "exact")
            target_ok += best.is_target == bool(item.get("is_target", False))
            if item.get("measures"):
                with_measures += 1
                measures_ok += bool(_words(best.measures) & _words(item["measures"]))
            if item.get("period"):
                with_period += 1
                period_ok += best.period is not None and bool(_period_words(best.period.span.text) & _period_words(item["period"]))
            if right:
                exact += 1
                result.tp += 1
            else:
                result.fn += 1
                result.fp += 1
                got = ", ".join(f"{quantities[i].span.text!r} {_show(quantities[i])}" for i in hits)
                misses.append(f"{name}: {item['text']!r} expected {want}, got {got}")
        predicted_on_gold += len(claimed)
        for i, q in enumerate(quantities):
            if i not in claimed:
                result.fp += 1
                false_alarms.append(f"{name}: {q.span.text!r} {_show(q)} (measures {q.measures!r})")

    gold_total = sum(len(v) for k, v in by_doc.items() if k in corpus.documents)
    extra = {
        "span_recall": found / gold_total if gold_total else 0.0,
        "span_precision": predicted_on_gold / predicted_total if predicted_total else 0.0,
        "value_accuracy": exact / found if found else 0.0,
        "qualifier_accuracy": qualifier_ok / found if found else 0.0,
        "target_accuracy": target_ok / found if found else 0.0,
        "measures_agreement": measures_ok / with_measures if with_measures else 0.0,
        "period_agreement": period_ok / with_period if with_period else 0.0,
    }
    return SectionReport(name=SECTION, score=result, extra=extra, misses=misses, false_alarms=false_alarms)
