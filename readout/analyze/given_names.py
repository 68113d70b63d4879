"""Is the first word of a "full name" a given name, or a headline word NER glued to a surname?

In a Title Case headline or at the start of a sentence a capital says nothing, and NER reads
"Reckless Halvorsen" (an epithet before a surname) as a person's full name. Such a name must not
take a surname the document uses alone, least of all a leader's the gazetteer knows. The test is
data-backed, not a hand list: the word is an adjective in WordNet (the word index the spaCy English
lemmatizer ships, built from WordNet), and its capital carries no news: it stands in a Title Case
line, or at a sentence's start while the document writes the same word in lower case elsewhere.
Given names that are adjectives too ("Frank") keep their capital's evidence anywhere else.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze.extensions import doc_text

TITLE_CASE_SHARE = 0.6  # of a line's words longer than three letters, capitalized: a headline's casing
MIN_TITLE_WORDS = 3


def wordnet_adjectives(nlp: Language) -> frozenset[str]:
    """The adjectives of the lemmatizer's WordNet word index, or none when the pipeline has no such lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(w for w in lookups.get_table("lemma_index").get("adj", ()) if w.isalpha())


def title_case_line(text: str, char: int) -> bool:
    """Is the line holding ``char`` cased as a headline (most of its longer words capitalized)?"""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    words = [w.lstrip("\"'“‘(-") for w in text[start : len(text) if end == -1 else end].split()]
    words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= MIN_TITLE_WORDS and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def doubtful_given_name(doc: Doc, start: int, adjectives: frozenset[str]) -> bool:
    """Is token ``start``, the first word of a person's full name, more likely a capitalized adjective than a given name?"""
    token = doc[start]
    if token.lower_ not in adjectives:
        return False
    text = doc_text(doc)  # spaCy's doc.text joins every token again on each read
    if title_case_line(text, token.idx):
        return True
    # at a sentence's start, when the document also writes the word in lower case, as a common word
    return bool(token.is_sent_start) and re.search(rf"\b{re.escape(token.lower_)}\b", text) is not None
