"""Precision, recall, F1 and the report objects every scorer returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SectionReport:
    """One extractor measured against one gold source."""

    name: str
    score: Score
    extra: dict[str, float] = field(default_factory=dict)  # e.g. value accuracy of matched items
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


@dataclass
class BenchmarkReport:
    """A public benchmark, with the metrics its authors report."""

    name: str
    data: str
    metrics: dict[str, float]
    published: dict[str, float] = field(default_factory=dict)  # figures to compare with
    notes: list[str] = field(default_factory=list)
    weakest: list[str] = field(default_factory=list)


def locate(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Every occurrence of a gold text in a document text (gold files quote, they do not give offsets)."""
    found, start = [], haystack.find(needle)
    while needle and start != -1:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return found


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class SpanMatch:
    """Gold items matched to predicted items: found by span overlap, right when the values agree.

    The main score counts right items (a found item with another value is a miss
    and a false alarm); unclaimed predictions are false alarms.
    """

    score: Score = field(default_factory=Score)
    found: int = 0
    right: int = 0
    predicted_total: int = 0
    predicted_on_gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def extra(self, gold_total: int) -> dict[str, float]:
        return {
            "span_recall": self.found / gold_total if gold_total else 0.0,
            "span_precision": self.predicted_on_gold / self.predicted_total if self.predicted_total else 0.0,
            "value_accuracy": self.right / self.found if self.found else 0.0,
        }


def match_by_span(documents, items_by_doc, predictions_by_doc, *, expected, is_right, show, show_alarm=None, on_found=None) -> SpanMatch:
    """Match each document's gold items to its predictions.

    ``documents`` maps names to cleaned texts; ``expected(item)`` describes the
    wanted value, ``is_right(item, prediction)`` checks it, ``show(prediction)``
    describes a prediction (``show_alarm`` one that matches nothing, default ``show``),
    ``on_found(item, hits, right)`` sees every found item.
    """
    match = SpanMatch()
    for name, text in documents.items():
        predictions = list(predictions_by_doc[name])
        match.predicted_total += len(predictions)
        claimed: set[int] = set()
        for item in items_by_doc.get(name, []):
            places = locate(item["text"], text)
            if not places:
                match.score.fn += 1
                match.misses.append(f"{name}: {item['text']!r} does not occur in the cleaned text")
                continue
            hits = [i for i, p in enumerate(predictions) if any(overlaps((p.span.start, p.span.end), place) for place in places)]
            claimed.update(hits)
            if not hits:
                match.score.fn += 1
                match.misses.append(f"{name}: {item['text']!r} not found (expected {expected(item)})")
                continue
            match.found += 1
            right = [predictions[i] for i in hits if is_right(item, predictions[i])]
            if on_found:
                on_found(item, [predictions[i] for i in hits], right)
            if right:
                match.right += 1
                match.score.tp += 1
            else:
                match.score.fn += 1
                match.score.fp += 1
                got = ", ".join(f"{predictions[i].span.text!r} {show(predictions[i])}" for i in hits)
                match.misses.append(f"{name}: {item['text']!r} expected {expected(item)}, got {got}")
        match.predicted_on_gold += len(claimed)
        for i, p in enumerate(predictions):
            if i not in claimed:
                match.score.fp += 1
                match.false_alarms.append(f"{name}: {p.span.text!r} {(show_alarm or show)(p)}")
    return match


def section_data(report: SectionReport) -> dict:
    """A gold-file section report as plain data (what ``readout eval --format json`` prints)."""
    s = report.score
    return {
        "section": report.name,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "extra": {k: round(v, 4) for k, v in report.extra.items()},
        "misses": list(report.misses),
        "false_alarms": list(report.false_alarms),
    }


def benchmark_data(report: BenchmarkReport) -> dict:
    """A public benchmark report as plain data: the same figures the table shows."""
    return {
        "benchmark": report.name,
        "data": report.data,
        "metrics": {k: round(v, 4) for k, v in report.metrics.items()},
        "published": dict(report.published),
        "notes": list(report.notes),
        "weakest": list(report.weakest),
    }
