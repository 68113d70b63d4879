"""Near-duplicate documents (syndicated copies, the same article with another footer): MinHash + LSH.

Exact duplicates share an id (the hash of the cleaned text) and the store keeps
them once. Near copies get a different id, so this index links each one to the
first document it resembles; later stages then count them as one source.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from readout.ingest.notes import IngestNote
from readout.model import Document

_WORD = re.compile(r"\w+")


class NearDuplicateIndex:
    """Remembers documents it has seen and says which earlier one a new document nearly copies.

    ``threshold`` is the estimated Jaccard similarity of word ``shingle``-grams
    above which two texts count as copies. One index per batch or process; it
    is not shared between workers.
    """

    def __init__(self, threshold: float = 0.7, num_perm: int = 128, shingle: int = 5, min_words: int = 20):
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.min_words = min_words
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._hashes

    @property
    def bands(self) -> tuple[int, int]:
        """The LSH layout behind ``threshold``: (number of bands, hash values per band)."""
        return self._lsh.b, self._lsh.r

    def add(self, doc_id: str, text: str) -> None:
        """Remember a document (e.g. one already in the store) without looking for its original."""
        if doc_id in self._hashes:
            return
        signature = self.signature(text)
        if signature is None:
            return
        self._hashes[doc_id] = signature
        self._order[doc_id] = len(self._order)
        self._lsh.insert(doc_id, signature)

    def original_of(self, doc_id: str, text: str) -> str | None:
        """The earliest remembered document this text nearly copies, or None."""
        signature = self.signature(text)
        if signature is None:
            return None
        best: tuple[int, str] | None = None
        for candidate in self._lsh.query(signature):
            if candidate == doc_id:
                continue
            if self._hashes[candidate].jaccard(signature) < self.threshold:
                continue
            rank = (self._order[candidate], candidate)
            if best is None or rank < best:
                best = rank
        return best[1] if best else None

    def check(self, document: Document) -> Document:
        """The document, with ``near_duplicate_of`` set when it nearly copies an earlier one; remembers it."""
        if document.id in self._hashes:
            return document
        original = self.original_of(document.id, document.text)
        self.add(document.id, document.text)
        if original is None or document.near_duplicate_of == original:
            return document
        return document.model_copy(update={"near_duplicate_of": original})

    def signature(self, text: str) -> MinHash | None:
        """The MinHash of a text's word shingles, None when it is too short to compare; public so a batch job
        can compute signatures where the documents are and join their LSH bands elsewhere."""
        words = [w.casefold() for w in _WORD.findall(text)]
        if len(words) < self.min_words:
            return None
        size = self.shingle
        shingles = {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
        signature = MinHash(num_perm=self.num_perm)
        signature.update_batch(list(shingles))
        return signature


class RunDuplicates:
    """The first source of each text seen in one run, so a later copy is reported ("x.html: same text as
    y.html, stored once") instead of silently dropped."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def check(self, document: Document) -> IngestNote | None:
        """None the first time a text is seen (it is remembered); else a "duplicate" note naming the first source."""
        first = self._first.setdefault(document.id, document.source)
        if first == document.source:
            return None
        return IngestNote(source=document.source, kind="duplicate", message=f"same text as {first}, stored once")
