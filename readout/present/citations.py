"""Citations: which source and which sentence support a line."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from readout.link.sources import Source
from readout.model import Citation, Span


@dataclass
class Citer:
    """Numbers sources in brief order and labels spans as ``[source:sentence]``."""

    sources: list[Source]

    def __post_init__(self) -> None:
        self.number = {s.id: i + 1 for i, s in enumerate(self.sources)}
        self.by_id = {s.id: s for s in self.sources}
        self._starts = {s.id: [x.span.start for x in s.analysis.sentences] for s in self.sources}

    def sentence_index(self, span: Span) -> int:
        return max(0, bisect_right(self._starts.get(span.doc_id, []), span.start) - 1)

    def sentence_span(self, span: Span) -> Span:
        sentences = self.by_id[span.doc_id].analysis.sentences
        return sentences[self.sentence_index(span)].span if sentences else span

    def cite(self, span: Span) -> Citation:
        label = f"[{self.number[span.doc_id]}:s{self.sentence_index(span) + 1}]"
        return Citation(doc_id=span.doc_id, label=label, span=span)

    def cite_all(self, spans) -> tuple[Citation, ...]:
        seen, out = set(), []
        for span in spans:
            citation = self.cite(span)
            if citation.label not in seen:
                seen.add(citation.label)
                out.append(citation)
        return tuple(out)
