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
