"""JSONL: one article per line with ``text`` or ``html``, plus optional url, title, published, source, author."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from readout.errors import IngestError
from readout.ingest.decode import max_bytes
from readout.ingest.document import parse_date
from readout.ingest.html import Extracted
from readout.ingest.pages import page_from_text
from readout.model import Document

FIELDS = ("text", "html", "url", "title", "published", "source", "author", "language")


def read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Document | IngestError]:
    """Each line as a Document or an IngestError naming ``name:LINE``; blank lines are skipped."""
    limit = max_bytes()
    for number, raw_line in enumerate(lines, start=1):
        if not raw_line.strip():
            continue
        source = f"{name}:{number}"
        try:
            if len(raw_line) > limit:
                raise IngestError(f"the line is over the size cap of {limit:,} bytes", source=source, reason="too_large")
            yield line_document(raw_line, source)
        except IngestError as exc:
            yield exc


def line_document(raw_line: bytes, source: str) -> Document:
    try:
        item = json.loads(raw_line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(f"the line is not JSON ({exc.__class__.__name__})", source=source, reason="bad_jsonl") from exc
    if not isinstance(item, dict):
        raise IngestError("the line is not a JSON object", source=source, reason="bad_jsonl")
    text, html = item.get("text"), item.get("html")
    has_text = isinstance(text, str) and text.strip()
    has_html = isinstance(html, str) and html.strip()
    if not has_text and not has_html:
        raise IngestError("the object has no non-empty 'text' or 'html' field", source=source, reason="bad_jsonl")
    stated = Extracted(
        text="",
        title=_string(item.get("title")),
        author=_author(item.get("author")),
        published=parse_date(item.get("published")),
        outlet=_string(item.get("source")),
        url=_string(item.get("url")),
        language=_string(item.get("language")),
    )
    kind = "text" if has_text else "html"
    return page_from_text(text if has_text else html, source, kind, url=stated.url, stated=stated)


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [_string(v) for v in value]
        return ", ".join(n for n in names if n) or None
    return _string(value)
