"""HTML pages to main text and the metadata the page itself gives (trafilatura).

trafilatura drops navigation, menus, share buttons, comments and footers and
reads title, author, date and site name from meta tags and JSON-LD. The date
search is kept to the page's own markup (no "extensive search" through the
body text), so an unrelated date in the article is never taken as its
publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlparse

import trafilatura

from readout.errors import IngestError

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|article|div|p)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Extracted:
    """Main text of a page and what its markup says about it; None where it says nothing."""

    text: str
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.match(text[:2000]))


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def declared_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:4096].encode("utf-8", "ignore"))
    return match.group(1).decode("ascii") if match else None


def extract_html(html: str, source: str, url: str | None = None) -> Extracted:
    """Main text and metadata, or ``IngestError`` (malformed_html / no_text)."""
    if "<" not in html:
        raise IngestError("the input has no HTML markup", source=source, reason="malformed_html")
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        raise IngestError(f"the HTML could not be parsed ({type(exc).__name__})", source=source, reason="malformed_html") from exc
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        raise IngestError("no article text found in the HTML", source=source, reason="no_text")
    page_url = result.url or url
    return Extracted(
        text=text,
        title=_clean(result.title),
        author=_clean(result.author),
        published=_date(result.date),
        outlet=_clean(result.sitename) or _domain(page_url) or _clean(result.hostname),
        url=page_url,
        language=declared_language(html),
    )


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
