"""Web archives (WARC, WARC.gz, CC-NEWS layout): one Document per HTML response record.

Records stream one at a time, so memory stays flat however large the file. A
corrupt record is reported with its number and the reader resynchronizes at
the next record boundary, so the good records around it are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from readout.errors import IngestError
from readout.ingest.decode import max_bytes
from readout.ingest.pages import HTML_MEDIA_TYPES, TEXT_MEDIA_TYPES, page_document
from readout.model import Document

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"\nWARC/1."
_SCAN_CHUNK = 1 << 20


def is_warc_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def read_warc(path: Path, source: str | None = None, keep_raw: bool = False) -> Iterator[Document | IngestError]:
    """Each HTML (or plain-text) response record as a Document, each bad record as an IngestError."""
    name = source or str(path)
    gzipped = path.name.lower().endswith(".gz")
    with path.open("rb") as fh:
        number = 0
        start = 0
        while start is not None:
            fh.seek(start)
            iterator = ArchiveIterator(fh, arc2warc=True)
            next_start: int | None = None
            try:
                for record in iterator:
                    number += 1
                    result = _record_result(record, f"{name}#record {number}", keep_raw)
                    iterator.read_to_end(record)
                    next_start = iterator.get_record_offset() + iterator.get_record_length()
                    if result is not None:
                        yield result
                start = None
            except Exception as exc:  # noqa: BLE001 - warcio and zlib raise many kinds on broken archives
                number += 1
                reason = "truncated_gzip" if gzipped and _at_end(fh, path) else "corrupt_record"
                yield IngestError(f"the record cannot be read ({_describe(exc)})", source=f"{name}#record {number}", reason=reason)
                failed_at = next_start if next_start is not None else start
                start = _resync(fh, failed_at + 1, _GZIP_MEMBER if gzipped else _WARC_START)
                if start is not None and not gzipped:
                    start += 1  # past the newline that precedes "WARC/"


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
            raise IngestError(f"the record body is over the size cap of {limit:,} bytes", source=source, reason="too_large")
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


def _resync(fh: BinaryIO, offset: int, marker: bytes) -> int | None:
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
            return position - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)


def _at_end(fh: BinaryIO, path: Path) -> bool:
    try:
        return fh.tell() >= path.stat().st_size
    except (OSError, ValueError):
        return False


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__
