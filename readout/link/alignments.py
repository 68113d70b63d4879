"""Which statements several sources share, which conflict, which rest on one source.

Figures: two quantities from different documents speak of the same thing when
they have the same canonical unit and their sentences share enough content
words (Jaccard >= FIGURE_OVERLAP, measured on the quantity's ``measures`` phrase
plus its sentence), or >= SAME_VALUE_OVERLAP when they state the very same
value, or when their measured phrases mostly coincide (MEASURE_OVERLAP). Their values agree when the difference is within what their
qualifiers allow (exact 0.5%, approximate 5%, "more than X" against anything
>= X...). Claims: sentences from different documents whose content words overlap
by >= CLAIM_OVERLAP. Near-duplicate documents never count as a second source.
"""

from __future__ import annotations

from dataclasses import dataclass

from readout.link.similarity import content_words, jaccard
from readout.link.sources import Source
from readout.model import Alignment, Quantity, Span

FIGURE_OVERLAP = 0.2
SAME_VALUE_OVERLAP = 0.05
MEASURE_OVERLAP = 0.6  # share of the shorter measured phrase's content words found in the other
CLAIM_OVERLAP = 0.35
CLAIM_MIN_SCORE = 0.3


@dataclass(frozen=True)
class _Figure:
    source: Source
    quantity: Quantity
    words: frozenset[str]


def _sentence_of(source: Source, span: Span) -> str:
    for sentence in source.analysis.sentences:
        if sentence.span.start <= span.start < sentence.span.end:
            return sentence.span.text
    return span.text


def comparable_units(a: str, b: str) -> bool:
    """Same canonical unit; an annual rate compares with an amount (trade "a year" vs trade "in 2025")."""
    return a.removesuffix("/year") == b.removesuffix("/year")


def values_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two readings of one figure can both be true."""
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    return low_a <= high_b and low_b <= high_a


def _bounds(q: Quantity) -> tuple[float, float]:
    v = q.value
    if q.qualifier == "range" and q.value_high is not None:
        return v, q.value_high
    if q.qualifier in ("more_than", "at_least"):
        return v, float("inf")
    if q.qualifier in ("less_than", "at_most", "up_to"):
        return float("-inf"), v
    tolerance = 0.05 if q.qualifier == "approximately" else 0.005
    return v - abs(v) * tolerance, v + abs(v) * tolerance


def align_figures(sources: list[Source]) -> list[Alignment]:
    figures = [
        _Figure(s, q, content_words((q.measures or "") + " " + _sentence_of(s, q.span)))
        for s in sources
        for q in s.analysis.quantities
    ]
    groups: list[list[_Figure]] = []
    for figure in figures:
        for group in groups:
            if any(_same_figure(f, figure) for f in group):
                group.append(figure)
                break
        else:
            groups.append([figure])
    return [_figure_alignment(group) for group in groups]


def _same_figure(a: _Figure, b: _Figure) -> bool:
    """Same unit and similar wording; an identical value needs only a shared content word."""
    if not comparable_units(a.quantity.unit, b.quantity.unit):
        return False
    overlap = jaccard(a.words, b.words)
    identical = _bounds(a.quantity)[0] <= b.quantity.value <= _bounds(a.quantity)[1] and a.quantity.value == b.quantity.value
    if identical:
        return overlap >= SAME_VALUE_OVERLAP
    return a.source.id != b.source.id and (overlap >= FIGURE_OVERLAP or _same_measure(a.quantity, b.quantity))


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """The measured phrases mostly coincide ("Japanese investment in X" / "Japanese investment in Y's economy")."""
    words_a, words_b = content_words(a.measures or ""), content_words(b.measures or "")
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= MEASURE_OVERLAP


def _figure_alignment(group: list[_Figure]) -> Alignment:
    docs = tuple(dict.fromkeys(f.source.id for f in group))
    independent = {f.source.id for f in group if f.source.independent}
    first = group[0].quantity
    key = f"figure: {first.measures or first.span.text} ({first.unit})"
    disagreements = [
        (a, b) for i, a in enumerate(group) for b in group[i + 1 :]
        if a.source.id != b.source.id and not values_agree(a.quantity, b.quantity)
    ]
    if disagreements:
        a, b = disagreements[0]
        reasons = tuple(
            f"{x.quantity.span.text!r} ({x.source.document.source}) vs {y.quantity.span.text!r} ({y.source.document.source})"
            for x, y in disagreements
        )
        verdict = "conflicting"
    elif len(independent) >= 2:
        verdict = "corroborated"
        reasons = (f"{len(independent)} independent sources give compatible values",)
    else:
        verdict = "single_source"
        reasons = ("no second independent source states this figure",)
    return Alignment(key=key, verdict=verdict, reasons=reasons, spans=tuple(f.quantity.span for f in group), doc_ids=docs)


def align_claims(sources: list[Source]) -> list[Alignment]:
    """Claims grouped across documents by content-word overlap; verdict by number of independent sources."""
    items = [
        (s, c.span, content_words(c.span.text))
        for s in sources
        for c in s.analysis.claims
        if c.score >= CLAIM_MIN_SCORE and c.kind != "evaluative"
    ]
    groups: list[list[tuple]] = []
    for item in items:
        for group in groups:
            if any(other[0].id != item[0].id and jaccard(other[2], item[2]) >= CLAIM_OVERLAP for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    alignments = []
    for group in groups:
        independent = {s.id for s, _, _ in group if s.independent}
        verdict = "corroborated" if len(independent) >= 2 else "single_source"
        reason = f"stated by {len(independent)} independent sources" if verdict == "corroborated" else "no second independent source says this"
        alignments.append(
            Alignment(
                key=f"claim: {group[0][1].text}",
                verdict=verdict,
                reasons=(reason,),
                spans=tuple(span for _, span, _ in group),
                doc_ids=tuple(dict.fromkeys(s.id for s, _, _ in group)),
            )
        )
    return alignments


def align_event_codes(sources: list[Source]) -> list[Alignment]:
    """Coded events that several documents report: same type, same actor codes, same date (where given)."""
    groups: dict[tuple, list[tuple[Source, Span]]] = {}
    for source in sources:
        for e in source.analysis.events:
            key = (e.event_type, e.source.code if e.source else None, e.target.code if e.target else None, e.date)
            groups.setdefault(key, []).append((source, e.span))
    alignments = []
    for (event_type, src, tgt, date), members in groups.items():
        independent = {s.id for s, _ in members if s.independent}
        verdict = "corroborated" if len(independent) >= 2 else "single_source"
        alignments.append(
            Alignment(
                key=f"event: {event_type} {src or '?'} -> {tgt or '?'} {date or ''}".strip(),
                verdict=verdict,
                reasons=(f"reported by {len(independent)} independent source(s)",),
                spans=tuple(span for _, span in members),
                doc_ids=tuple(dict.fromkeys(s.id for s, _ in members)),
            )
        )
    return alignments
