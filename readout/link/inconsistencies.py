"""Statements inside one document that cannot both hold.

Title conflict: the same person introduced once with a "former"/"ex-" title and
elsewhere with the same title as sitting ("former President X" vs "President X").
The title words are read from the text just before each mention.
"""

from __future__ import annotations

import re

from readout.link.sources import Source
from readout.model import Inconsistency, Span

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
