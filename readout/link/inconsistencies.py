"""Statements inside one document that cannot both hold.

Title conflict: the same person introduced once with a "former"/"ex-" title and
elsewhere with the same title as sitting ("former President X" vs "President X").
The title words are read from the text just before each mention.

Figure conflict: one text gives two values that cannot both hold for the same
measure (the same stemmed words), unit and period, in different sentences
(inside one sentence two values of one measure are a comparison: "4 in A,
compared to 11 in B").
"""

from __future__ import annotations

import re

from readout.link.figures import figures_of, periods_compatible, values_agree
from readout.link.sentences import sentence_at
from readout.model import Inconsistency, Source, Span

_FORMER = re.compile(r"\b(former|ex-|then-)", re.IGNORECASE)
_TITLE = re.compile(r"\b(president|prime minister|chancellor|minister|secretary|leader|premier|king|governor)\b", re.IGNORECASE)
WINDOW = 40  # characters before a mention in which its title is read


def title_conflicts(source: Source) -> list[Inconsistency]:
    text = source.document.text
    found = []
    by_entity: dict[str, list[tuple[str, bool, Span]]] = {}
    sentence_starts = [s.span.start for s in source.analysis.sentences]
    for mention in source.analysis.mentions:
        if not mention.entity_id.startswith("person:"):
            continue
        sentence_start = max((s for s in sentence_starts if s <= mention.span.start), default=0)
        before = text[max(sentence_start, mention.span.start - WINDOW) : mention.span.start]
        titles = list(_TITLE.finditer(before))
        if not titles:
            continue
        title = titles[-1].group(1).lower()
        former = _FORMER.search(before)
        start = mention.span.start - len(before) + (former.start() if former else titles[-1].start())
        context = Span(doc_id=mention.span.doc_id, start=start, end=mention.span.end, text=text[start : mention.span.end])
        by_entity.setdefault(mention.entity_id, []).append((title, former is not None, context))
    for entity_id, readings in by_entity.items():
        for title in {t for t, _, _ in readings}:
            former = [r for r in readings if r[0] == title and r[1]]
            sitting = [r for r in readings if r[0] == title and not r[1]]
            if former and sitting:
                found.append(
                    Inconsistency(
                        doc_id=source.id,
                        kind="title_conflict",
                        reason=f"the same person is called a sitting and a former {title}",
                        spans=(sitting[0][2], former[0][2]),
                    )
                )
    return found


def figure_conflicts(source: Source) -> list[Inconsistency]:
    figures = [f for f in figures_of([source]) if len(f.measure) >= 2]
    found = []
    reported: set[frozenset[str]] = set()
    for n, a in enumerate(figures):
        for b in figures[n + 1 :]:
            qa, qb = a.quantity, b.quantity
            if a.measure != b.measure or a.measure in reported or qa.unit != qb.unit or qa.is_target != qb.is_target:
                continue
            if not periods_compatible(qa, qb) or (qa.period is None) != (qb.period is None) or values_agree(qa, qb):
                continue
            if _same_sentence(source, qa.span.start, qb.span.start):
                continue
            reported.add(a.measure)
            found.append(
                Inconsistency(
                    doc_id=source.id,
                    kind="figure_conflict",
                    reason=f"the same measure ({qa.measures}) is given as {qa.span.text!r} and as {qb.span.text!r}",
                    spans=(qa.span, qb.span),
                )
            )
    return found


def _same_sentence(source: Source, x: int, y: int) -> bool:
    sentence = sentence_at(source.analysis.sentences, x)
    return sentence is not None and sentence.start <= y < sentence.end
