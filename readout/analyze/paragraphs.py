"""Sentence boundaries never cross a paragraph break (headlines and list items have no full stop)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("readout_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws and not token.is_space:
            doc[i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc
