"""PLACEHOLDER: replaced by the commitments extractor."""

from spacy.language import Language


@Language.factory("readout_commitments")
def make_readout_commitments(nlp, name):
    return lambda doc: doc

