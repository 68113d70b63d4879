"""Figures that sources of one event give for the same measure and period.

Two quantities are candidates when they share a canonical unit and a word of
what they measure, or state the same value. They are the same figure when
they state the same value and their sentences share a content word, or when
their measured phrases mostly coincide (or their sentences overlap by
``SENTENCE_OVERLAP``) and their periods do not exclude each other. Pairs join
best first, and a group never holds two different values from one document:
a text that gives two prices of one measure (one per country) keeps them
apart, and so does its near copy. Values agree within what rounding and
qualifiers allow (exact 0.5%, approximate 5%, "more than X" against anything
above X...).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readout.link.blocking import UnionFind, candidate_pairs
from readout.link.sentences import sentence_at
from readout.link.similarity import containment, content_words, jaccard
from readout.link.verdicts import aligned, make_alignment
from readout.model import Alignment, Quantity, Source

SENTENCE_OVERLAP = 0.2
SAME_VALUE_OVERLAP = 0.05
MEASURE_OVERLAP = 0.6


@dataclass(frozen=True)
class Figure:
    source: Source
    quantity: Quantity
    measure: frozenset[str]
    words: frozenset[str]


def is_figure(quantity: Quantity) -> bool:
    """A bare number word ("two leaders") is not a figure a reader needs; ranks and ratios are."""
    text = quantity.span.text
    return any(ch.isdigit() for ch in text) or len(text.split()) > 1 or quantity.unit in ("rank", "ratio")


def comparable_units(a: str, b: str) -> bool:
    """Same canonical unit; an annual rate compares with an amount (trade "a year" vs trade "in 2025")."""
    return a.removesuffix("/year") == b.removesuffix("/year")


def bounds(q: Quantity) -> tuple[float, float]:
    v = q.value
    if q.qualifier == "range" and q.value_high is not None:
        return v, q.value_high
    if q.qualifier in ("more_than", "at_least"):
        return v, float("inf")
    if q.qualifier in ("less_than", "at_most", "up_to"):
        return float("-inf"), v
    tolerance = 0.05 if q.qualifier == "approximately" else 0.005
    return v - abs(v) * tolerance, v + abs(v) * tolerance


def values_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two readings of one figure can both be true."""
    low_a, high_a = bounds(a)
    low_b, high_b = bounds(b)
    return low_a <= high_b and low_b <= high_a


def reading(q: Quantity) -> str:
    value = f"{q.value:g}" + (f"–{q.value_high:g}" if q.value_high is not None else "")
    qualifier = "" if q.qualifier in ("exact", "range") else f"{q.qualifier.replace('_', ' ')} "
    return f"{qualifier}{value} {q.unit}" + (" (target)" if q.is_target else "")


def _sentence_text(source: Source, offset: int) -> str:
    sentence = sentence_at(source.analysis.sentences, offset)
    return sentence.text if sentence else ""


def figures_of(sources: Sequence[Source]) -> list[Figure]:
    return [
        Figure(s, q, content_words(q.measures or ""), content_words((q.measures or "") + " " + _sentence_text(s, q.span.start)))
        for s in sources
        for q in s.analysis.quantities
        if is_figure(q)
    ]


def topic(q: Quantity) -> str | None:
    """What a figure measures, as a reader names it: the analyzer's topic span (the measured phrase with its
    conjuncts, "bilateral trade between Brazil and Germany"), else its measured phrase (an analysis stored
    before topics were read)."""
    return q.topic.text if q.topic is not None else q.measures


def periods_compatible(a: Quantity, b: Quantity) -> bool:
    pa, pb = a.period, b.period
    if pa is None or pb is None or pa.start is None or pb.start is None:
        return True
    return pa.start <= (pb.end or pb.start) and pb.start <= (pa.end or pa.start)


def _score(a: Figure, b: Figure) -> float:
    """How surely two figures are one; 0 when they are not."""
    qa, qb = a.quantity, b.quantity
    if not comparable_units(qa.unit, qb.unit) or qa.is_target != qb.is_target or not periods_compatible(qa, qb):
        return 0.0
    overlap = jaccard(a.words, b.words)
    if qa.value == qb.value and (qa.value_high == qb.value_high):
        return 2 + overlap if overlap >= SAME_VALUE_OVERLAP else 0.0
    if a.source.id == b.source.id:
        return 0.0  # one text's different values are read by the inconsistency check, not aligned
    measured = containment(a.measure, b.measure) >= MEASURE_OVERLAP
    return 1 + overlap if measured or overlap >= SENTENCE_OVERLAP else 0.0


def _keys(figure: Figure):
    unit = figure.quantity.unit.removesuffix("/year")
    yield (unit, "value", figure.quantity.value)
    for word in figure.measure or figure.words:
        yield (unit, word)


def align_figures(sources: Sequence[Source], event_id: str | None = None) -> list[Alignment]:
    figures = figures_of(sources)
    scored = sorted(
        ((score, i, j) for i, j in candidate_pairs(figures, _keys) if (score := _score(figures[i], figures[j])) > 0),
        reverse=True,
    )
    groups = UnionFind(len(figures))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for _, i, j in scored:
        root_i, root_j = groups.find(i), groups.find(j)
        if root_i == root_j or not _may_join(figures, members[root_i], members[root_j]):
            continue
        members[groups.union(i, j)] = members.pop(root_i) + members.pop(root_j)
    return [_alignment([figures[i] for i in sorted(group)], event_id) for group in members.values()]


def _may_join(figures: list[Figure], a: list[int], b: list[int]) -> bool:
    """No document may give two different values inside one group."""
    for i in a:
        for j in b:
            fi, fj = figures[i], figures[j]
            if fi.source.id == fj.source.id and not values_agree(fi.quantity, fj.quantity):
                return False
    return True


def _alignment(group: list[Figure], event_id: str | None) -> Alignment:
    first = group[0].quantity
    label = f"{topic(first) or first.span.text} ({first.unit})"
    clashes = [
        (a, b) for n, a in enumerate(group) for b in group[n + 1 :]
        if a.source.origin != b.source.origin and not values_agree(a.quantity, b.quantity)
    ]
    conflict = None
    if clashes:
        a, b = clashes[0]
        conflict = (
            f"sources give {a.quantity.span.text!r} and {b.quantity.span.text!r} for the same measure and period, "
            "more apart than rounding and their qualifiers allow"
        )
    members = [aligned(f.quantity.span, reading(f.quantity), f.source.origin) for f in group]
    return make_alignment("figure", event_id, label, members, what="this figure", conflict=conflict)
