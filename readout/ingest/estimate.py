"""About how many documents the inputs hold, before reading them: the total a progress bar's ETA needs.

A plain file is one document. A JSONL file, a web archive or a feed holds
many: their records are counted in the first ``SAMPLE_BYTES`` of (inflated)
data and, for a larger file, the count is extrapolated from how much of the
file that sample covered. Counting reads far less than ingest does and never
parses, so it costs a fraction of a second even for a large archive; a
decompression bomb costs one sample, not its inflated size. The figure is an
estimate: the progress bar grows its total when a run turns out longer.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from readout.ingest.sources import container_kind, walk

SAMPLE_BYTES = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
_MARKERS = {
    "jsonl": (b"\n",),
    "warc": (b"WARC-Type: response", b"WARC-Type: resource"),
    "feed": (b"<item", b"<entry"),
}


def estimate_documents(inputs: Iterable[str | Path], *, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> int:
    """The number of documents the inputs probably hold (a URL or standard input counts as one)."""
    total = 0
    for item in inputs:
        name = str(item)
        if name == "-" or name.startswith(("http://", "https://")):
            total += 1
            continue
        path = Path(item)
        try:
            files = list(walk(path, include=include, exclude=exclude)) if path.is_dir() else [path]
        except OSError:
            continue  # reading it will report the error
        total += sum(documents_in(f) for f in files)
    return total


def documents_in(path: Path) -> int:
    """1 for a single-article file; the (estimated) record count of a JSONL file, a web archive or a feed."""
    kind = container_kind(path.name)
    if kind is None:
        return 1
    try:
        return max(1, _count(path, _MARKERS[kind]))
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error):
        return 1  # reading it will report what is wrong


def _count(path: Path, markers: tuple[bytes, ...]) -> int:
    size = path.stat().st_size
    with open(path, "rb") as raw:
        stream = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw
        found = read = 0
        tail = b""
        while read < SAMPLE_BYTES:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return found  # the whole file was read: an exact count
            read += len(chunk)
            window = tail + chunk  # a marker cut by a chunk boundary is counted once
            found += sum(window.count(m) for m in markers) - sum(tail.count(m) for m in markers)
            tail = chunk[-32:]
        covered = raw.tell()  # bytes of the file the sample came from (compressed bytes for .gz)
    return round(found * size / covered) if covered else found
