"""Custom attributes on spaCy's Doc through which readout's components hand results on.

Each component reads what earlier ones set (quotes read actors, commitments read
times) and sets its own. Values are tuples of model objects with spans.
"""

from __future__ import annotations

from spacy.tokens import Doc

from readout.model import Document, Span

EXTENSIONS = (
    "readout_entities",
    "readout_mentions",
    "readout_times",
    "readout_quantities",
    "readout_quotes",
    "readout_claims",
    "readout_commitments",
    "readout_events",
    "readout_rhetoric",
    "readout_rhetoric_profile",
    "readout_role",
    "readout_audience_messages",
    "readout_timing",
)

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# The document a doc was made from is read some 250 times per document (every span a component makes
# reads its text and id); a ``doc._`` read builds an accessor object each time (about 3 us). So
# ``doc._.readout_document`` keeps its value in ``doc.user_data`` (spaCy's public storage for user data)
# under readout's own key, and the functions below read that key directly (0.1 us).
DOCUMENT_KEY = ("readout", "document")
# A doc made from a bare string (the evaluations code PLOVER and PETRARCH sentences so) has no document:
# its text is joined from the tokens once and kept here, with the doc's id (a copy carries user data along).
TEXT_KEY = ("readout", "text")


def _get_document(doc: Doc) -> Document | None:
    return doc.user_data.get(DOCUMENT_KEY)


def _set_document(doc: Doc, document: Document | None) -> None:
    doc.user_data[DOCUMENT_KEY] = document


if not Doc.has_extension("readout_document"):
    Doc.set_extension("readout_document", getter=_get_document, setter=_set_document)


def doc_id_of(doc: Doc) -> str:
    document = doc.user_data.get(DOCUMENT_KEY)
    return document.id if document is not None else ""


def document_of(doc: Doc) -> Document | None:
    return doc.user_data.get(DOCUMENT_KEY)


def _joined_text(doc: Doc) -> str:
    """``doc.text`` of a doc without a document, joined once per doc (a doc's text never changes)."""
    kept = doc.user_data.get(TEXT_KEY)
    if kept is None or kept[0] != id(doc):
        kept = (id(doc), doc.text)
        doc.user_data[TEXT_KEY] = kept
    return kept[1]


def doc_text(doc: Doc) -> str:
    """The doc's text without rebuilding it (spaCy joins every token on each ``doc.text``)."""
    document = doc.user_data.get(DOCUMENT_KEY)
    return document.text if document is not None else _joined_text(doc)


def _text_and_id(doc: Doc) -> tuple[str, str]:
    """``doc_text`` and ``doc_id_of`` with one read of the document."""
    document = doc.user_data.get(DOCUMENT_KEY)
    return (document.text, document.id) if document is not None else (_joined_text(doc), "")


def char_span(doc: Doc, start: int, end: int) -> Span:
    """A model Span over characters ``start:end`` of the doc's text."""
    text, doc_id = _text_and_id(doc)
    return Span(doc_id=doc_id, start=start, end=end, text=text[start:end])


def token_span(doc: Doc, span) -> Span:
    """A model Span from a spaCy Span (or Token), without surrounding whitespace (sentences end in newlines)."""
    if hasattr(span, "start_char"):
        start, end = span.start_char, span.end_char
    else:
        start, end = span.idx, span.idx + len(span.text)
    whole, doc_id = _text_and_id(doc)
    text = whole[start:end]
    start, end = start + len(text) - len(text.lstrip()), start + len(text.rstrip())
    return Span(doc_id=doc_id, start=start, end=end, text=whole[start:end])
