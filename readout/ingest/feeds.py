"""RSS and Atom feeds (feedparser): each entry becomes a Document.

An entry's full content is used when the feed carries it; otherwise its link is
fetched. The feed is parsed from bytes already in hand, so feedparser never
touches the network itself.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator

import feedparser

from readout.errors import IngestError
from readout.ingest.document import parse_date
from readout.ingest.html import Extracted
from readout.ingest.metadata import clean_authors
from readout.ingest.pages import page_from_text
from readout.model import Document

FEED_MEDIA_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml"}
XML_MEDIA_TYPES = {"application/xml", "text/xml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}

# (link, source name, stated metadata) -> Document; supplied by the caller that owns the HTTP client
LinkFetcher = Callable[[str, str, Extracted], Document]


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or head.startswith((b"<rss", b"<feed"))


def read_feed(data: bytes, name: str, fetch_link: LinkFetcher | None = None) -> Iterator[Document | IngestError]:
    """Each entry as a Document or an IngestError naming ``name#entry N``."""
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        problem = f" ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo") else ""
        yield IngestError(f"the feed has no entries{problem}", source=name, reason="bad_feed")
        return
    outlet = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        source = f"{name}#entry {number}"
        try:
            yield _entry_document(entry, source, outlet, fetch_link)
        except IngestError as exc:
            yield exc


def _entry_document(entry, source: str, outlet: str | None, fetch_link: LinkFetcher | None) -> Document:
    link = _text(entry.get("link"))
    published = _entry_date(entry)
    stated = Extracted(
        text="",
        title=_text(entry.get("title")),
        author=_authors(entry, outlet),
        published=published,
        published_from="the feed entry" if published else None,
        outlet=outlet,
        url=link,
        language=None,
    )
    content = _longest_content(entry)
    if content is not None:
        value, media_type = content
        kind = "html" if "html" in media_type else "text"
        try:
            return page_from_text(_wrap(value) if kind == "html" else value, source, kind, url=link, stated=stated)
        except IngestError as exc:
            if exc.reason != "no_text" or not (link and fetch_link):
                raise
    if link and fetch_link:
        return fetch_link(link, source, stated)
    if link:
        raise IngestError("the entry has no content and links are not fetched here", source=source, reason="bad_feed_entry")
    raise IngestError("the entry has neither content nor a link", source=source, reason="bad_feed_entry")


def _authors(entry, outlet: str | None) -> str | None:
    """The entry's authors as people's names (a feed's author field is often "By NAME", a desk or the outlet)."""
    raw = _text((entry.get("author_detail") or {}).get("name")) or _text(entry.get("author"))
    names = clean_authors([raw], [outlet]) if raw else []
    return ", ".join(names) or None


def _longest_content(entry) -> tuple[str, str] | None:
    best: tuple[str, str] | None = None
    for item in entry.get("content") or []:
        value = item.get("value") or ""
        if value.strip() and (best is None or len(value) > len(best[0])):
            best = (value, item.get("type") or "text/html")
    return best


def _wrap(fragment: str) -> str:
    """A feed's HTML fragment as a page, so the extractor sees it as the article body."""
    return f"<html><body><article>{fragment}</article></body></html>"


def _entry_date(entry):
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return parse_date(time.strftime("%Y-%m-%d", value))
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
