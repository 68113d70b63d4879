"""One page's bytes (HTML, plain text or Markdown) to a Document, whatever carried them.

Files, URLs, WARC records, feed entries and JSONL lines all end here, so a page
is cleaned the same way wherever it came from.
"""

from __future__ import annotations

from typing import Literal

from readout.errors import IngestError
from readout.ingest.assemble import finish
from readout.ingest.decode import decode
from readout.ingest.html import Extracted, declared_charset, extract_html, looks_like_html
from readout.ingest.textfile import extract_text
from readout.model import Document

PageKind = Literal["html", "text", "markdown"]

HTML_MEDIA_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_MEDIA_TYPES = {"text/plain", "text/markdown"}


def page_document(
    data: bytes,
    source: str,
    kind: PageKind,
    *,
    url: str | None = None,
    charset: str | None = None,
    media_type: str | None = None,
    keep_raw: bool = False,
    stated: Extracted | None = None,
    fallback: Extracted | None = None,
) -> Document:
    """A Document from one page's bytes.

    ``stated`` metadata (a JSONL line's fields, which the user wrote) wins over the page's;
    ``fallback`` metadata (a feed entry's) only fills what the page does not state, so a
    feed's shortened title never replaces the page's own headline.
    """
    if kind == "html" and charset is None:
        charset = declared_charset(data)
    text = decode(data, source, declared=charset)
    return page_from_text(text, source, kind, url=url, raw=data if keep_raw else None,
                          media_type=media_type, stated=stated, fallback=fallback)


def page_from_text(
    text: str,
    source: str,
    kind: PageKind,
    *,
    url: str | None = None,
    raw: bytes | None = None,
    media_type: str | None = None,
    stated: Extracted | None = None,
    fallback: Extracted | None = None,
) -> Document:
    if kind == "text" and looks_like_html(text):
        kind = "html"
    if kind == "html":
        extracted = extract_html(text, source, url=url)
    else:
        extracted = extract_text(text, markdown=kind == "markdown")
        if url and not extracted.url:
            extracted = _merge(Extracted(text=extracted.text, url=url), extracted)
    if stated is not None:
        extracted = _merge(stated, extracted)
    if fallback is not None:
        extracted = _merge(extracted, fallback, text=extracted.text)
    if raw is not None and media_type is None:
        media_type = {"html": "text/html", "text": "text/plain", "markdown": "text/markdown"}[kind]
    return finish(extracted, source, raw=raw, raw_media_type=media_type if raw is not None else None)


def _merge(first: Extracted, second: Extracted, text: str | None = None) -> Extracted:
    """``first``'s metadata where it has some, ``second``'s elsewhere; the text is ``text`` or else ``second``'s."""
    return Extracted(
        text=second.text if text is None else text,
        title=first.title or second.title,
        author=first.author or second.author,
        published=first.published or second.published,
        published_from=first.published_from if first.published else second.published_from,
        outlet=first.outlet or second.outlet,
        url=first.url or second.url,
        language=first.language or second.language,
    )


def require_text(value: object, source: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IngestError(f"{what} is missing or empty", source=source, reason="no_text")
    return value
