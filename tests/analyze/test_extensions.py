"""The helpers that read the document a doc was made from."""

from __future__ import annotations

from readout.analyze.extensions import doc_id_of, doc_text, document_of
from readout.model import Document


def test_the_document_is_read_from_where_spacy_keeps_the_extension(nlp):
    doc = nlp.make_doc("Talks resumed.")
    assert document_of(doc) is None and doc_id_of(doc) == "" and doc_text(doc) == "Talks resumed."
    document = Document(id="d1", source="test", text="Talks resumed.")
    doc._.readout_document = document
    assert document_of(doc) is doc._.readout_document is document and doc_id_of(doc) == "d1"
