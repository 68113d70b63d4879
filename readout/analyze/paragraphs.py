"""Sentence boundaries never cross a paragraph break (headlines and list items have no full stop)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.extensions import doc_text


def paragraph_around(text: str, at: int) -> tuple[int, int]:
    """The start and end of the paragraph holding character ``at``: the line around it, the unit
    readout_paragraph_breaks keeps every sentence inside (a line break always starts a new sentence)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


@Language.component("readout_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """The token after one whose text or trailing space holds a line break starts a sentence; the line
    breaks are found in the text and each is given to the token it falls in (the tokens cover the text)."""
    text = doc_text(doc)
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = doc.to_array(IDX).tolist()
    sent_starts = doc.to_array(SENT_START)  # 1, -1 or 0 (not decided): set in one call, not token by token
    at = text.find("\n")
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i < len(doc) - 1:
            sent_starts[i + 1] = 1
        at = text.find("\n", at + 1)
    doc.from_array([SENT_START], sent_starts)
    return doc
