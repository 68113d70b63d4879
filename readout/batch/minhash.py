"""Near-duplicates across partitions: MinHash signatures where the documents are, LSH bands joined elsewhere.

The signature, the threshold and the band layout are those of the ingest
stage's ``NearDuplicateIndex``, so a batch marks the same near copies as a
single process does: a document nearly copies the earliest earlier document
whose signature shares a band with its own and agrees on at least
``THRESHOLD`` of the hash values. ``near_duplicates`` does the join in one
process; the Spark job joins the same band keys in Spark.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from readout.ingest.dedupe import NearDuplicateIndex

_INDEX = NearDuplicateIndex()  # for its parameters and its signature function; nothing is added to it
THRESHOLD = _INDEX.threshold
BANDS, ROWS = _INDEX.bands
Order = tuple[int, int]  # (split, position in the split): the order a single process reads documents in


def signature(text: str) -> list[int] | None:
    """The MinHash hash values of the text (None when it is too short to compare), stored with the document."""
    found = _INDEX.signature(text)
    return None if found is None else [int(v) for v in found.hashvalues]


def band_keys(values: Sequence[int]) -> list[tuple[int, int]]:
    """(band, key) pairs: two signatures are candidates when they share one."""
    keys = []
    for band in range(BANDS):
        chunk = np.asarray(values[band * ROWS:(band + 1) * ROWS], dtype=np.uint64).tobytes()
        keys.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big", signed=True)))
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of equal hash values: the estimated Jaccard similarity (as datasketch computes it)."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / float(len(a))


def near_duplicates(items: Iterable[tuple[Order, str, Sequence[int] | None]]) -> dict[str, str]:
    """{doc id: id of the earliest earlier document it nearly copies}, joining band keys in this process."""
    signatures: dict[str, Sequence[int]] = {}
    order: dict[str, Order] = {}
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    for position, doc_id, values in items:
        if values is None:
            continue
        signatures[doc_id] = values
        order[doc_id] = position
        for key in band_keys(values):
            buckets[key].append(doc_id)
    originals: dict[str, str] = {}
    for doc_id, values in signatures.items():
        candidates = {c for key in band_keys(values) for c in buckets[key] if order[c] < order[doc_id]}
        best = min(((order[c], c) for c in candidates if similarity(signatures[c], values) >= THRESHOLD), default=None)
        if best is not None:
            originals[doc_id] = best[1]
    return originals
