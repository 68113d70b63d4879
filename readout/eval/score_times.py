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
from readout.eval.metrics import Score, SectionReport, locate, overlaps
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

    result, found, exact, predicted_total, predicted_on_gold = Score(), 0, 0, 0, 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for name in gold.document_names:
        if name not in corpus.documents:
            continue
        text = corpus.documents[name].text
        times = list(corpus.analyses[name].times)
        predicted_total += len(times)
        claimed: set[int] = set()
        for item in by_doc.get(name, []):
            want = (_date(item.get("start"), gold), _date(item.get("end"), gold))
            places = locate(item["text"], text)
            if not places:
                result.fn += 1
                misses.append(f"{name}: {item['text']!r} does not occur in the cleaned text")
                continue
            hits = [i for i, t in enumerate(times) if any(overlaps((t.span.start, t.span.end), p) for p in places)]
            claimed.update(hits)
            if not hits:
                result.fn += 1
                misses.append(f"{name}: {item['text']!r} not found (expected {want[0]}..{want[1]})")
                continue
            found += 1
            if any((times[i].start, times[i].end) == want for i in hits):
                exact += 1
                result.tp += 1
            else:
                result.fn += 1
                result.fp += 1
                got = ", ".join(f"{times[i].span.text!r} {_show(times[i])}" for i in hits)
                misses.append(f"{name}: {item['text']!r} expected {want[0]}..{want[1]}, got {got}")
        predicted_on_gold += len(claimed)
        for i, t in enumerate(times):
            if i not in claimed:
                result.fp += 1
                false_alarms.append(f"{name}: {t.span.text!r} {_show(t)} ({t.granularity}, anchor {t.anchor})")

    gold_total = sum(len(v) for k, v in by_doc.items() if k in corpus.documents)
    extra = {
        "span_recall": found / gold_total if gold_total else 0.0,
        "span_precision": predicted_on_gold / predicted_total if predicted_total else 0.0,
        "value_accuracy": exact / found if found else 0.0,
    }
    return SectionReport(name=SECTION, score=result, extra=extra, misses=misses, false_alarms=false_alarms)
