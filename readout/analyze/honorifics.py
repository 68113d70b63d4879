"""Sentences do not end inside an honorific: "the Hon. Jane Okafor", "Rt. Hon.", "Sen.", "Gov.", "Dr.".

spaCy's English tokenizer keeps the full stop on some abbreviated titles ("Sen.",
"Gov.") and splits it off others ("Hon" + "."); the parser, which sets sentence
boundaries, then often ends a sentence on the stop. ``readout_honorifics`` runs
right after the tokenizer: an abbreviation of ``data/honorifics.json`` followed
by a capitalized word on the same line is made one token with its stop (as the
tokenizer does for "Mr."), and the word after it is marked as not starting a
sentence. The parser reads "Hon." as it reads "Mr.", and keeps the sentence
whole. The text and every character offset stay as they were.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

DATA_FILE = Path(__file__).parent / "data" / "honorifics.json"


@lru_cache(maxsize=4)
def load_honorifics(path: str | None = None) -> frozenset[str]:
    """The abbreviations of the data file, without their full stop."""
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    return frozenset(word.rstrip(".") for word in raw["abbreviations"])


class Honorifics:
    """The ``readout_honorifics`` component: see the module docstring."""

    def __init__(self, nlp: Language, name: str, path: str | None):
        self.name = name
        words = load_honorifics(path)
        self.bare = frozenset(words)  # the stop split off: "Hon" "."
        self.whole = frozenset(word + "." for word in words)  # the stop kept: "Sen."
        self.keys = frozenset(nlp.vocab.strings.add(word) for word in self.bare | self.whole)

    def __call__(self, doc: Doc) -> Doc:
        merges, names = [], []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # only the candidates become Token objects
            if orth not in self.keys:
                continue
            token = doc[i]
            text = token.text
            if text in self.whole:
                stop = token.i
            elif text in self.bare and token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_:
                stop = token.i + 1
            else:
                continue
            name = stop + 1
            if name >= len(doc) or not _starts_name(doc[name]):
                continue
            if stop > token.i:
                merges.append((token.i, stop + 1))
            names.append(name)
        if merges:
            with doc.retokenize() as retokenizer:
                for start, end in merges:
                    retokenizer.merge(doc[start:end])
        for name in names:  # indices move left by one for every merge before them
            doc[name - sum(1 for start, _ in merges if start < name)].is_sent_start = False
        return doc


def _starts_name(token) -> bool:
    """A capitalized word that is not a common one ("Jane", "Hon", not "The" or "He"), on the same line."""
    return token.text[:1].isupper() and not token.is_stop and not token.is_space


@Language.factory(
    "readout_honorifics",
    assigns=["token.is_sent_start"],
    default_config={"path": None},
)
def make_readout_honorifics(nlp: Language, name: str, path: str | None) -> Honorifics:
    """``path``: another file of abbreviations in the format of data/honorifics.json."""
    return Honorifics(nlp, name, path)
