"""JSONL: one article per line with ``text`` or ``html``, plus optional url, title, published, source, author, language, role."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from readout.errors import IngestError
from readout.ingest.decode import max_bytes, too_large
from readout.ingest.document import parse_date
from readout.ingest.html import Extracted
from readout.ingest.notes import note
from readout.ingest.pages import page_from_text
from readout.model import Document

FIELDS = ("text", "html", "url", "title", "published", "source", "author", "language", "role")
ROLES = ("official", "news", "analysis")  # "role": what the source is (see analyze/source_roles.py)

# How far past an over-long line the reader skips to find the next one, in multiples of the size cap;
# beyond that the rest of the file is not read (one endless line: a decompression bomb).
SKIP_FACTOR = 10
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class LongLine:
    """A line longer than the size cap; its bytes were not kept. ``gave_up``: its end was never found."""

    gave_up: bool


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | LongLine]:
    """The stream's lines, none held longer than ``limit`` bytes: memory stays bounded whatever a line's length."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line
            continue
        skipped = len(line)
        while True:
            chunk = stream.readline(min(_SKIP_CHUNK, limit))
            skipped += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
            if skipped > SKIP_FACTOR * limit:
                yield LongLine(gave_up=True)
                return
        yield LongLine(gave_up=False)


def read_jsonl(lines: Iterable[bytes | LongLine], name: str) -> Iterator[Document | IngestError]:
    """Each line as a Document or an IngestError naming ``name:LINE``; blank lines are skipped."""
    limit = max_bytes()
    for number, raw_line in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if isinstance(raw_line, LongLine):
            error = too_large(source, limit, None, "the line")
            if raw_line.gave_up:
                error = IngestError(f"{error.message}; no line break in the next {SKIP_FACTOR * limit:,} bytes either, "
                                    "so the rest of the file is not read (a decompression bomb?)",
                                    source=source, reason="too_large", hint=error.hint)
            yield error
            continue
        if not raw_line.strip():
            continue
        try:
            if len(raw_line) > limit:
                raise too_large(source, limit, len(raw_line), "the line")
            yield line_document(raw_line, source)
        except IngestError as exc:
            yield exc


def line_document(raw_line: bytes, source: str) -> Document:
    try:
        item = json.loads(_line_text(raw_line, source))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(f"the line is not JSON ({exc.__class__.__name__})", source=source, reason="bad_jsonl") from exc
    if not isinstance(item, dict):
        raise IngestError("the line is not a JSON object", source=source, reason="bad_jsonl")
    text, html = item.get("text"), item.get("html")
    has_text = isinstance(text, str) and text.strip()
    has_html = isinstance(html, str) and html.strip()
    if not has_text and not has_html:
        raise IngestError("the object has no non-empty 'text' or 'html' field", source=source, reason="bad_jsonl")
    published = parse_date(item.get("published"))
    stated = Extracted(
        text="",
        title=_string(item.get("title")),
        author=_author(item.get("author")),
        published=published,
        published_from="the JSONL 'published' field" if published else None,
        outlet=_string(item.get("source")),
        url=_string(item.get("url")),
        language=_string(item.get("language")),
    )
    role = item.get("role")
    if role is not None and role not in ROLES:
        raise IngestError(f"the 'role' field is {role!r}; it must be one of {', '.join(ROLES)}", source=source, reason="bad_jsonl")
    kind = "text" if has_text else "html"
    document = page_from_text(text if has_text else html, source, kind, url=stated.url, stated=stated)
    return document.model_copy(update={"role": role}) if role else document


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [_string(v) for v in value]
        return ", ".join(n for n in names if n) or None
    return _string(value)


def _line_text(raw_line: bytes, source: str) -> str:
    """The line as text. JSON Lines are UTF-8: a few bad bytes are replaced (with a note), never a reason to
    drop the line or to read it in a legacy code page."""
    encoding = json.detect_encoding(raw_line)
    try:
        return raw_line.decode(encoding)
    except UnicodeDecodeError as exc:
        if not encoding.startswith("utf-8"):
            raise
        text = raw_line.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - raw_line.count("\ufffd".encode("utf-8"))
        plural = "byte that is" if bad == 1 else "bytes that are"
        note(source, "replaced_bytes", f"{bad:,} {plural} not valid UTF-8 replaced with U+FFFD (the first at byte "
             f"{exc.start:,} of the line); the rest of the line is UTF-8")
        return text
