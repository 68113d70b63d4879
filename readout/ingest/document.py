"""Building a Document from cleaned text: normalization, paragraphs, content-hash id."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from email.utils import parsedate_to_datetime

from readout.model import Document, Paragraph

_BLANK_LINES = re.compile(r"\n{2,}")


def normalize_text(text: str) -> str:
    """NFC, tidy whitespace, one paragraph per line; typographic quotes and dashes kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]  # any run of Unicode spaces -> one space
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def paragraphs_of(text: str) -> tuple[Paragraph, ...]:
    paragraphs = []
    offset = 0
    for line in text.split("\n"):
        if line:
            paragraphs.append(Paragraph(start=offset, end=offset + len(line)))
        offset += len(line) + 1
    return tuple(paragraphs)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def document_from_text(
    text: str,
    source: str,
    *,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published: dt.date | None = None,
    published_from: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    raw: bytes | None = None,
    raw_media_type: str | None = None,
) -> Document:
    """A Document from already-extracted text (cleaning rules are applied by the caller)."""
    clean = normalize_text(text)
    return Document(
        id=content_id(clean),
        source=source,
        text=clean,
        paragraphs=paragraphs_of(clean),
        url=url,
        title=title,
        author=author,
        published=published,
        published_from=published_from,
        outlet=outlet,
        language=language,
        raw=raw,
        raw_media_type=raw_media_type,
    )


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string, a datetime or a date; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            return None
    return None
