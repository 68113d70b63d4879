"""PLACEHOLDER: replaced by the events extractor."""

from spacy.language import Language


@Language.factory("readout_events")
def make_readout_events(nlp, name):
    return lambda doc: doc

