"""The helpers that read the document a doc was made from."""

from __future__ import annotations

from readout.analyze.extensions import DOCUMENT_KEY, doc_id_of, doc_text, document_of
from readout.model import Document


def test_the_document_a_doc_was_made_from_is_read_back(nlp):
    doc = nlp.make_doc("Talks resumed.")
    assert document_of(doc) is None and doc_id_of(doc) == "" and doc_text(doc) == "Talks resumed."
    document = Document(id="d1", source="test", text="Talks resumed.")
    doc._.readout_document = document
    assert document_of(doc) is doc._.readout_document is document and doc_id_of(doc) == "d1"
    assert doc.user_data[DOCUMENT_KEY] is document  # kept under readout's own key: the helpers read it without doc._
