"""Web archives (WARC, WARC.gz, CC-NEWS layout): one Document per HTML response record.

Records stream one at a time, so memory stays flat however large the file. A
corrupt record is reported with its number and the reader resynchronizes at
the next record boundary, so the good records around it are kept.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from readout.errors import IngestError
from readout.ingest.decode import max_bytes, too_large
from readout.ingest.pages import HTML_MEDIA_TYPES, TEXT_MEDIA_TYPES, page_document
from readout.model import Document

# warcio reports a damaged record by writing to stderr itself (raw bytes included) and logs odd
# target URIs; readout reports each bad record as an IngestError instead, so both are kept quiet.
logging.getLogger("warcio").addHandler(logging.NullHandler())


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator without its own stderr message for a record not followed by a blank line."""

    INC_RECORD = ""


_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"\nWARC/1."
_SCAN_CHUNK = 1 << 20


def is_warc_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".warc", ".warc.gz"))


def read_warc(path: Path, source: str | None = None, keep_raw: bool = False) -> Iterator[Document | IngestError]:
    """Each HTML (or plain-text) response record as a Document, each bad record as an IngestError."""
    name = source or str(path)
    gzipped = path.name.lower().endswith(".gz")
    marker = _GZIP_MEMBER if gzipped else _WARC_START
    size = path.stat().st_size
    number = 0
    # warcio reads ``fh`` through its own buffer; ``probe`` looks around without moving it
    with path.open("rb") as fh, path.open("rb") as probe:
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            iterator = _QuietArchiveIterator(fh)
            expected = start  # where the next record should begin
            # each result waits until the next record is read: warcio yields a cut-off last record as if whole
            pending: tuple[Document | IngestError | None, int, int] | None = None
            try:
                for record in iterator:
                    number += 1
                    if record.format != "warc":  # warcio falls back to the legacy ARC format on any text line
                        raise ValueError("not a WARC record")
                    result = _record_result(record, f"{name}#record {number}", keep_raw)
                    iterator.read_to_end(record)
                    offset = iterator.get_record_offset()
                    if pending is not None and pending[0] is not None:
                        yield pending[0]
                    if offset > expected and _has_data(probe, expected, offset):
                        # warcio skipped something it could not parse: that was a record too
                        yield _bad_record(probe, expected, offset, gzipped, f"{name}#record {number}", "unreadable bytes skipped")
                        number += 1
                        result = _renumber(result, f"{name}#record {number}")
                    expected = offset + iterator.get_record_length()
                    pending = (result, offset, number)
            except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds on broken archives
                if pending is not None and pending[0] is not None:
                    yield pending[0]
                number += 1
                yield _bad_record(probe, expected, size, gzipped, f"{name}#record {number}", _describe(exc))
                start = _resync(probe, expected + 1, marker, gzipped)
                continue
            start = None
            if pending is not None:
                result, offset, at = pending
                if gzipped and expected >= size and _gzip_truncated(probe, offset, size):
                    result = IngestError("the gzip data ends early (the archive ends inside this record)",
                                         source=f"{name}#record {at}", reason="truncated_gzip")
                if result is not None:
                    yield result
            if expected < size and _has_data(probe, expected, size):
                number += 1
                yield _bad_record(probe, expected, size, gzipped, f"{name}#record {number}", "the archive ends inside a record")
                start = _resync(probe, expected + 1, marker, gzipped)


def _bad_record(fh: BinaryIO, start: int, end: int, gzipped: bool, source: str, detail: str) -> IngestError:
    if gzipped and _gzip_truncated(fh, start, end):
        return IngestError(f"the gzip data ends early ({detail})", source=source, reason="truncated_gzip")
    return IngestError(f"the record cannot be read ({detail})", source=source, reason="corrupt_record")


def _renumber(result: Document | IngestError | None, source: str) -> Document | IngestError | None:
    if isinstance(result, Document):
        return result.model_copy(update={"source": source})
    if isinstance(result, IngestError):
        result.source = source
    return result


def _has_data(fh: BinaryIO, start: int, end: int) -> bool:
    """Whether the bytes between two offsets hold anything but blank lines."""
    fh.seek(start)
    remaining = end - start
    while remaining > 0:
        chunk = fh.read(min(remaining, _SCAN_CHUNK))
        if not chunk:
            return False
        if chunk.strip():
            return True
        remaining -= len(chunk)
    return False


def _gzip_truncated(fh: BinaryIO, start: int, end: int) -> bool:
    """True when the gzip member at ``start`` runs out of bytes before its end (rather than being corrupt)."""
    fh.seek(start)
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    position = start
    try:
        while position < end:
            chunk = fh.read(min(_SCAN_CHUNK, end - position))
            if not chunk:
                break
            position += len(chunk)
            decompressor.decompress(chunk, 1 << 16)
            while decompressor.unconsumed_tail:
                decompressor.decompress(decompressor.unconsumed_tail, 1 << 16)
            if decompressor.eof:
                return False
    except zlib.error:
        return False
    return not decompressor.eof


def _record_result(record, source: str, keep_raw: bool) -> Document | IngestError | None:
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response" and record.http_headers is None:
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    content_type = (headers.get_header("Content-Type") or "") if headers else ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in HTML_MEDIA_TYPES and media_type not in TEXT_MEDIA_TYPES:
        return None
    if record.rec_type == "response" and record.http_headers.get_statuscode() not in ("200", "203"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    limit = max_bytes()
    data = record.content_stream().read(limit + 1)
    try:
        if len(data) > limit:
            raise too_large(source, limit, None, "the record body")
        charset = _charset(content_type)
        kind = "html" if media_type in HTML_MEDIA_TYPES else "text"
        return page_document(data, source, kind, url=url, charset=charset, media_type=media_type, keep_raw=keep_raw)
    except IngestError as exc:
        return exc


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _resync(fh: BinaryIO, offset: int, marker: bytes, gzipped: bool) -> int | None:
    """Offset of the next record boundary at or after ``offset``, or None at the end of the file."""
    fh.seek(offset)
    carry = b""
    position = offset
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            at = position - len(carry) + found
            return at if gzipped else at + 1  # past the newline that precedes "WARC/"
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__
