"""Cutting the inputs into splits: pieces of work that one task reads on its own.

A WARC file is cut at record boundaries (the start of a gzip member, or of a
"WARC/1." header line), a plain JSONL file at line breaks, near every
``split_bytes``; any other file (HTML, text, feeds, gzipped JSONL) is one split.
Splits are numbered in input order, so the order of documents in a batch is
the order a single process would read them in.

A document's ``source`` names its split: ``FILE#record N`` when the file is
one split, ``FILE@OFFSET#record N`` (records numbered from the split's start,
at byte OFFSET) when it was cut. An input named by URL (``https://``, ``s3://``,
``hdfs://``...) is listed, cut and read through fsspec (``remote``): its FILE is
the URL, and a task copies its split's bytes from the offset before reading them,
trying again after a passing failure (``remote.retried``).
"""

from __future__ import annotations

import glob
import io
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

from readout.batch import remote
from readout.errors import IngestError
from readout.ingest.decode import max_bytes
from readout.ingest.jsonl import bounded_lines, read_jsonl
from readout.ingest.sources import read_sources, walk
from readout.ingest.warc import is_warc_name, read_warc
from readout.model import Document

SPLIT_BYTES = 64 * 1024 * 1024  # like a distributed file system's block
SplitKind = Literal["warc", "jsonl", "file"]

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_SCAN = 1 << 20


@dataclass(frozen=True)
class Split:
    """Bytes ``start`` to ``end`` of one input file (``end`` None: to the end)."""

    index: int
    kind: SplitKind
    path: str
    start: int = 0
    end: int | None = None
    role: str | None = None  # the source role declared for the file (--role), given to its documents that state none

    @property
    def label(self) -> str:
        """The name its documents' sources start with."""
        return self.path if self.start == 0 and self.end is None else f"{self.path}@{self.start}"


def plan_splits(inputs: Iterable[str | Path], split_bytes: int = SPLIT_BYTES,
                include: Sequence[str] = (), exclude: Sequence[str] = ()) -> tuple[list[Split], list[IngestError]]:
    """The splits of the inputs (folders walked as ``readout add`` walks them), and the inputs that cannot be read."""
    splits: list[Split] = []
    errors: list[IngestError] = []
    for item in inputs:
        if str(item) == "-":
            errors.append(IngestError("a batch reads files, folders and URLs, not standard input", source="-",
                                      reason="unsupported", hint="use readout add for standard input"))
            continue
        if remote.scheme(str(item)):
            listed = remote.files(str(item), include=include, exclude=exclude)
            if isinstance(listed, IngestError):
                errors.append(listed)
                continue
            for url, size in listed:
                try:
                    cuts = remote.retried(lambda url=url, size=size: _cut(_url_name(url), size, lambda: remote.open_file(url), split_bytes))
                except Exception as exc:  # noqa: BLE001 - each back end raises its own kinds
                    if not remote.no_ranges(exc):
                        errors.append(remote.unreadable(url, exc))
                        continue
                    cuts = _cut(_url_name(url), None, remote.open_file, split_bytes)  # not cut: one task reads it whole
                splits += [Split(len(splits) + n, kind, url, start, end) for n, (kind, start, end) in enumerate(cuts)]
            continue
        paths = local_paths(str(item))
        if isinstance(paths, IngestError):
            errors.append(paths)
            continue
        files = []
        for path in paths:
            files += list(walk(path, include=include, exclude=exclude)) if path.is_dir() else [path]
        for file in files:
            for kind, start, end in _cut(file.name, file.stat().st_size, lambda file=file: file.open("rb"), split_bytes):
                splits.append(Split(len(splits), kind, str(file), start, end))
    return splits, errors


def local_paths(item: str) -> list[Path] | IngestError:
    """The files and folders an input names: a path, a ``file://`` URI, or a glob of either (``CC-NEWS-*.warc.gz``)."""
    if item.partition("://")[0].lower() in ("file", "local") and "://" in item:
        item = url2pathname(urlsplit(item).path)
    if Path(item).exists():
        return [Path(item)]
    if any(c in item for c in "*?["):
        matches = sorted(glob.glob(item))
        if matches:
            return [Path(m) for m in matches]
        return IngestError("no file or folder matches the pattern", source=item, reason="not_found")
    return IngestError("no such file or folder", source=item, reason="not_found")


def _cut(name: str, size: int | None, open_file: Callable[[], BinaryIO], split_bytes: int) -> list[tuple[SplitKind, int, int | None]]:
    """Where a file of ``size`` bytes (None: unknown, so read whole) is cut; ``open_file`` opens it for the boundary scans."""
    name = name.lower()
    if is_warc_name(name):
        kind: SplitKind = "warc"
        gzipped = name.endswith(".gz")
        find = _warc_boundary_gz if gzipped else _warc_boundary
    elif name.endswith((".jsonl", ".ndjson")):
        kind, find = "jsonl", _line_boundary
    else:
        return [("file", 0, None)]
    if size is None or size <= split_bytes:
        return [(kind, 0, None)]
    cuts = [0]
    with open_file() as fh:
        # never a scan from past the end: some file systems (pyarrow's) refuse to seek there
        while cuts[-1] + split_bytes < size and (at := find(fh, cuts[-1] + split_bytes)) is not None and at < size:
            cuts.append(at)
    return [(kind, start, end) for start, end in zip(cuts, cuts[1:] + [None])]


def _url_name(url: str) -> str:
    """The file name a URL ends with (its query left out), which says what the file holds."""
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def _scan(fh, offset: int, marker: bytes) -> Iterator[int]:
    """Offsets of ``marker`` at or after ``offset``."""
    carry, position = b"", offset
    while True:
        fh.seek(position)  # the caller may have moved the file since the last chunk (a boundary check reads ahead)
        chunk = fh.read(_SCAN)
        if not chunk:
            break
        window = carry + chunk
        found = window.find(marker)
        while found >= 0:
            yield position - len(carry) + found
            found = window.find(marker, found + 1)
        carry = window[-(len(marker) - 1):]
        position += len(chunk)


def _warc_boundary_gz(fh, offset: int) -> int | None:
    """The next gzip member at or after ``offset`` that holds a WARC header (not three bytes inside compressed data)."""
    for at in _scan(fh, offset, _GZIP_MEMBER):
        fh.seek(at)
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(fh.read(4096), 16)
        except zlib.error:
            continue
        if head.startswith(b"WARC/1."):
            return at
    return None


def _warc_boundary(fh, offset: int) -> int | None:
    for at in _scan(fh, max(offset - 1, 0), _WARC_LINE):
        return at + 1
    return None


def _line_boundary(fh, offset: int) -> int | None:
    for at in _scan(fh, max(offset - 1, 0), b"\n"):
        return at + 1
    return None


def read_split(split: Split) -> Iterator[Document | IngestError]:
    """The documents of one split, each bad record or line as an IngestError; never raises for bad input."""
    if remote.scheme(split.path):
        yield from _read_remote(split)
        return
    if split.kind == "file":
        yield from read_sources([split.path])
        return
    if split.kind == "warc" and split.start == 0 and split.end is None:
        yield from read_warc(Path(split.path))
        return
    with open(split.path, "rb") as fh:
        fh.seek(split.start)
        data = fh.read() if split.end is None else fh.read(split.end - split.start)
    if split.kind == "jsonl":
        yield from read_jsonl(bounded_lines(io.BytesIO(data), max_bytes()), split.label)
        return
    suffix = ".warc.gz" if split.path.lower().endswith(".gz") else ".warc"
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="readout-split-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        del data
        yield from read_warc(Path(name), source=split.label)
    finally:
        os.unlink(name)


def _read_remote(split: Split) -> Iterator[Document | IngestError]:
    """A split of a remote file: its bytes copied from its offset to a temporary file, read as a local one is."""
    with tempfile.TemporaryDirectory(prefix="readout-split-") as folder:
        local = Path(folder) / (_url_name(split.path) or "input")
        def copy() -> None:  # each attempt starts the copy afresh
            with local.open("wb") as out:
                remote.copy(split.path, split.start, split.end, out, limit=max_bytes() if split.kind == "file" else None)

        try:
            remote.retried(copy)
        except IngestError as exc:
            yield exc
            return
        except Exception as exc:  # noqa: BLE001 - each back end raises its own kinds (aiohttp, botocore, pyarrow)
            yield remote.unreadable(split.label, exc)
            return
        if split.kind == "warc":
            yield from read_warc(local, source=split.label)
        elif split.kind == "jsonl":
            with local.open("rb") as fh:
                yield from read_jsonl(bounded_lines(fh, max_bytes()), split.label)
        else:
            for item in read_sources([local]):
                yield _renamed(item, str(local), split.path)


def _renamed(item: Document | IngestError, local: str, url: str) -> Document | IngestError:
    """A result read from the temporary copy, named by the URL it came from."""
    source = item.source or ""
    if not source.startswith(local):
        return item
    if isinstance(item, Document):
        return item.model_copy(update={"source": url + source[len(local):]})
    item.source = url + source[len(local):]
    return item
