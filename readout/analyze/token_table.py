"""A doc's token attributes as plain Python lists, read once per doc and shared by the components.

spaCy builds a new Token object and decodes a string on every attribute access
(``doc[i].lemma_``), and several components read the same attributes of every
token (rhetoric and claims each looked up every word and lemma; claims reads
seven attributes of every token). ``token_table(doc)`` reads them all with one
``Doc.to_array`` call when a component first asks and keeps the lists on the doc
(in ``doc.user_data``, spaCy's public storage for user data, under readout's own key: a read costs a
dictionary look-up, where a ``doc._`` extension builds an accessor object on every read), so the next
component gets the same lists; components ask for it per sentence and per event.

It is made after spaCy's own components, the only ones that set these attributes, and never refreshed.
"""

from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import DEP, HEAD, ENT_TYPE, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, LOWER, POS, TAG
from spacy.tokens import Doc, Span

USER_DATA_KEY = ("readout", "token_table")


ATTRS = (LOWER, LEMMA, TAG, POS, DEP, ENT_TYPE, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LIKE_NUM, IDX, LENGTH)
MAX_STRINGS = 500_000  # decoded strings kept across docs; past it the cache starts afresh


class _Decoded(dict):
    """A string-store hash -> its string (``lower``: lower-cased), decoded once and kept across docs: a hash names the
    same string in every vocabulary, and most of a doc's words, tags and labels were in the docs before it.
    A miss is decoded with the string store of the doc this thread is reading (``_READING.store``, set before each
    doc's columns are decoded): per thread, so that two threads reading docs of two pipelines at once each decode
    with their own vocabulary (one store shared by all threads would look one pipeline's word up in the other's)."""

    def __init__(self, lower: bool = False):
        super().__init__()
        self.lower = lower

    def __missing__(self, key: int) -> str:
        if len(self) >= MAX_STRINGS:
            self.clear()
        value = _READING.store[key]
        value = self[key] = value.lower() if self.lower else value
        return value


_READING = threading.local()  # .store: the string store of the doc the thread is decoding
_STRINGS = _Decoded()
_LOWERED = _Decoded(lower=True)


class TokenTable:
    """One list per attribute, indexed by token position."""

    def __init__(self, doc: Doc):
        self.doc_id = id(doc)  # a copy of the doc carries the table along in its user data: not its own
        self.size = len(doc)
        values = doc.to_array(list(ATTRS)) if len(doc) else np.zeros((0, len(ATTRS)), dtype=np.uint64)
        _READING.store = doc.vocab.strings
        string, lowered = _STRINGS.__getitem__, _LOWERED.__getitem__
        lower, lemma, tag, pos, dep, ent_type = values[:, :6].T.tolist()  # string-store hashes, decoded below
        self.lower: list[str] = list(map(string, lower))  # token.lower_
        self.lemma: list[str] = list(map(lowered, lemma))  # token.lemma_.lower()
        self.tag: list[str] = list(map(string, tag))
        self.pos: list[str] = list(map(string, pos))
        self.dep: list[str] = list(map(string, dep))
        self.ent_type: list[str] = list(map(string, ent_type))
        flags = values[:, 6:11].T == 1  # the flags compared in numpy, not token by token in Python
        self.is_alpha: list[bool]
        self.is_punct: list[bool]
        self.is_space: list[bool]
        self.is_stop: list[bool]
        self.like_num: list[bool]
        self.is_alpha, self.is_punct, self.is_space, self.is_stop, self.like_num = flags.tolist()
        self.idx: list[int] = values[:, 11].tolist()  # token.idx, the token's first character in the text
        self.length: list[int] = values[:, 12].tolist()  # len(token.text)
        self.is_word: list[bool] = (~(flags[2] | flags[1])).tolist()  # neither space nor punctuation
        # the parse as indices, for walks that would build a Token object per step (read apart: HEAD is a signed offset)
        heads = doc.to_array([HEAD]).reshape(len(doc)).astype(np.int64) + np.arange(len(doc)) if len(doc) else np.zeros(0, dtype=np.int64)
        self.head: list[int] = heads.tolist()
        order = np.argsort(heads, kind="stable")  # the tokens grouped by head, each group in text order
        self._order: list[int] = order.tolist()
        self._bounds: list[int] = np.searchsorted(heads[order], np.arange(len(doc) + 1)).tolist()
        self.sents: tuple[Span, ...] | None = None  # ``sentence_spans(doc)``, made when first asked
        self.ents: tuple[Span, ...] | None = None  # ``entity_spans(doc)``, made when first asked

    def __getstate__(self) -> dict:
        """A copy or a pickle of the doc carries the columns, not the spans (spaCy pickles no Span; a copy's doc gets
        a table of its own anyway)."""
        return {**self.__dict__, "sents": None, "ents": None}

    def children(self, i: int) -> list[int]:
        """The indices of ``doc[i].children``, in text order (a root is its own head, not its own child).
        A new list each call (callers may keep it); only a root's group holds the token itself, so only it is filtered."""
        kids = self._order[self._bounds[i] : self._bounds[i + 1]]
        if self.head[i] == i:
            kids.remove(i)
        return kids


_LAST: list[tuple[Doc | None, TokenTable | None]] = [(None, None)]  # the doc last asked about and its table


def token_table(doc: Doc) -> TokenTable:
    """The doc's table, made on first use and kept on the doc.

    Rule helpers ask for it about 1,500 times a doc, mostly about the doc asked about just before: that doc and its
    table are kept aside (one pair; the doc stays alive until another is asked about), and an identity test answers
    in half the time of the look-up in its user data. Threads share the pair: each replaces it whole, and a thread
    whose doc is not the one kept reads its own doc's user data."""
    last, table = _LAST[0]
    if last is doc and table.size == len(doc):
        return table
    table = doc.user_data.get(USER_DATA_KEY)
    if table is None or table.doc_id != id(doc) or table.size != len(doc):
        table = TokenTable(doc)
        doc.user_data[USER_DATA_KEY] = table
    _LAST[0] = (doc, table)
    return table


def sentence_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, made once per doc and kept on its table: a pass over ``doc.sents`` builds a Span (and three Token
    objects) per sentence, and a dozen components walk the sentences. The parser set them, before any table is made."""
    table = token_table(doc)
    if table.sents is None:
        table.sents = tuple(doc.sents)
    return table.sents


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per doc and kept on its table: each ``doc.ents`` builds a Span (and three Token objects)
    per entity, and several components read them all. For components after the recognizer, the last to set them."""
    table = token_table(doc)
    if table.ents is None:
        table.ents = doc.ents
    return table.ents
