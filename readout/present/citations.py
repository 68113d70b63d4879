"""Citations: which source and which sentence support an item, labelled ``[source:sentence]``.

Sources are numbered in brief order, sentences from 1 in their document, so a
reader of the Markdown can find "[2:s14]" by counting, and the HTML page can
open document 2 at its sentence 14. A span of a document that is not in the
brief cannot be cited; callers drop it, and an item left with no citation is
not reported (provenance or silence).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from readout.model import Citation, Source, Span


class Citer:
    """Numbers the sources and turns spans into citations."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = list(sources)
        self.number = {s.id: i + 1 for i, s in enumerate(self.sources)}
        self.by_id = {s.id: s for s in self.sources}
        self._starts = {s.id: [x.span.start for x in s.analysis.sentences] for s in self.sources}

    def knows(self, span: Span) -> bool:
        return span.doc_id in self.number

    def sentence_index(self, span: Span) -> int:
        """0-based index of the sentence the span starts in (0 when the document has no sentences)."""
        return max(0, bisect_right(self._starts.get(span.doc_id, []), span.start) - 1)

    def sentence_span(self, span: Span) -> Span:
        """The whole sentence a span starts in; the span itself when the document has no sentences."""
        sentences = self.by_id[span.doc_id].analysis.sentences
        return sentences[self.sentence_index(span)].span if sentences else span

    def cite(self, span: Span) -> Citation:
        number = self.number[span.doc_id]
        sentence = self.sentence_index(span) + 1
        return Citation(label=f"[{number}:s{sentence}]", source_number=number, sentence=sentence, doc_id=span.doc_id, span=span)

    def cite_all(self, spans: Iterable[Span | None]) -> tuple[Citation, ...]:
        """Citations of the known spans, one per sentence, in source then sentence order."""
        seen: dict[str, Citation] = {}
        for span in spans:
            if span is not None and self.knows(span):
                citation = self.cite(span)
                seen.setdefault(citation.label, citation)
        return tuple(sorted(seen.values(), key=lambda c: (c.source_number, c.sentence)))
