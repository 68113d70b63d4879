"""HTML pages to main text and the metadata the page itself gives (trafilatura, lxml, JSON-LD).

The page is parsed once. Furniture that sits inside article bodies on real
sites (embedded social posts, newsletter boxes, trust badges, teaser lists; see
``data/boilerplate.json``) is pruned from the tree, then trafilatura extracts
the main text. When that text is much shorter than what the page's JSON-LD
``articleBody`` or its ``itemprop=articleBody`` element holds (a page that
loads its article with scripts, where only a caption is left in the markup),
the longer source is used and a note says so; a page that yields little text
gets a note too.

Metadata comes from the page's own markup, structured data first: the date is
JSON-LD ``datePublished``, then the publication meta tags, then trafilatura's
date search of the markup (never the body text, so a date in the article is
never taken for its publication date).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from readout.errors import IngestError
from readout.ingest.metadata import clean_authors, clean_outlet, clean_title, outlet_from_parts, outlet_keys, parse_page_date
from readout.ingest.notes import note
from readout.ingest.structured import PageFacts, read_facts

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_HTML_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|article|div|p)\b", re.IGNORECASE | re.DOTALL)

# A structured body replaces the extraction only when it is this long and the extraction under this share of it.
_BODY_MIN_CHARS = 400
_BODY_RATIO = 0.5
# Fewer characters than this from a page is suspicious: a paywall, a script-loaded article, a caption.
SHORT_TEXT_CHARS = 500
# An element holding more than this share of the page's text is content, whatever its class says.
_PRUNE_MAX_SHARE = 0.5


@dataclass(frozen=True)
class Extracted:
    """Main text of a page and what its markup says about it; None where it says nothing."""

    text: str
    title: str | None = None
    author: str | None = None  # one name, or several joined by ", "
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published_from: str | None = None  # which source gave ``published``: "JSON-LD datePublished", "meta NAME", ...


@dataclass(frozen=True)
class Furniture:
    tags: frozenset[str]
    names: re.Pattern[str]  # a class or id name whose dash/underscore parts contain a furniture word


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    raw = json.loads(resources.files("readout.ingest").joinpath("data/boilerplate.json").read_text(encoding="utf-8"))
    section = raw["html_furniture"]
    words = "|".join(r"[-_]+".join(re.escape(part) for part in token.lower().split("-")) for token in section["tokens"])
    return Furniture(tags=frozenset(section["tags"]), names=re.compile(rf"(?:^|[-_])(?:{words})(?:$|[-_])"))


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
        tree = load_html(html)
        if tree is None:
            raise IngestError("the HTML could not be parsed", source=source, reason="no_text")
        facts = read_facts(tree)
        prune_furniture(tree)
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        raise IngestError(f"the HTML could not be parsed ({type(exc).__name__})", source=source, reason="malformed_html") from exc
    extracted = (result.text or "") if result is not None else ""
    text = choose_body(extracted, facts, source)
    if not text.strip():
        raise IngestError("no article text found in the HTML", source=source, reason="no_text")
    if len(text.strip()) < SHORT_TEXT_CHARS:
        note(source, "short_text", f"only {len(text.strip()):,} characters of article text on the page "
             "(a paywall, an article loaded by scripts, or not an article)")
    page_url = (result.url if result is not None else None) or url
    domain = _domain(page_url) or (_clean(result.hostname) if result is not None else None)
    stated = [facts.og_site_name, facts.publisher_name, facts.website_name, domain]
    # the outlet as the page spells it in a byline or the title ("By A, The Harbour Herald"), matched on the domain
    named = outlet_from_parts([*facts.byline_texts, facts.meta_author, facts.html_title, facts.og_title], outlet_keys(stated))
    outlet = clean_outlet([facts.og_site_name, facts.publisher_name, facts.website_name, named,
                           _clean(result.sitename) if result is not None else None, domain])
    outlets = [outlet, facts.og_site_name, facts.publisher_name, facts.website_name, domain]
    published, published_from = _published(facts, result.date if result is not None else None, source)
    return Extracted(
        text=text,
        title=clean_title(facts.headline or facts.og_title or facts.html_title or (result.title if result else None),
                          [facts.h1, facts.headline, facts.og_title], outlets),
        author=_authors(facts, result.author if result is not None else None, outlets),
        published=published,
        published_from=published_from,
        outlet=outlet,
        url=page_url,
        language=facts.languages[0] if facts.languages else declared_language(html),
    )


def prune_furniture(tree: HtmlElement) -> int:
    """Remove furniture elements (by tag, class or id) in place; return how many were removed."""
    rules = furniture()
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = len("".join(root.itertext()))
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element is root:
            continue
        if element.tag in rules.tags or _furniture_class(element, rules.names):
            doomed.append(element)
    removed = 0
    for element in doomed:
        if element.getparent() is None or _holds_content(element, total):
            continue
        element.drop_tree()
        removed += 1
    return removed


def _furniture_class(element: HtmlElement, names: re.Pattern[str]) -> bool:
    """A class or id whose dash- or underscore-separated parts contain a furniture word ("c-newsletter-box")."""
    value = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(names.search(name) for name in value.split())


def _holds_content(element: HtmlElement, total: int) -> bool:
    """Never prune the headline or the bulk of the page, whatever the class name says."""
    if element.tag in ("article", "main", "body") or element.find(".//h1") is not None:
        return True
    if (element.get("itemprop") or "") == "articleBody" or element.find(".//*[@itemprop='articleBody']") is not None:
        return True
    return total > 0 and len("".join(element.itertext())) > _PRUNE_MAX_SHARE * total


def choose_body(extracted: str, facts: PageFacts, source: str) -> str:
    """The extracted text, or the page's structured body when the extraction is much shorter (with a note)."""
    length = len(extracted.strip())
    for label, body in (("the page's JSON-LD articleBody", facts.article_body),
                        ("the page's itemprop=articleBody element", facts.body_container)):
        if not body:
            continue
        if _squeeze(body) == _squeeze(extracted):
            return body  # the same text; the structured copy keeps its paragraph breaks
        if len(body) >= _BODY_MIN_CHARS and length < _BODY_RATIO * len(body):
            note(source, "body_source", f"the extracted text ({length:,} characters) is much shorter than "
                 f"{label} ({len(body):,} characters), which was used instead")
            return body
    return extracted


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _authors(facts: PageFacts, found: str | None, outlets: list[str | None]) -> str | None:
    """People's names from the best source that names any: JSON-LD persons, meta author, byline, trafilatura."""
    sources: list[list[str]] = [
        [p.name for p in facts.json_authors if p.person],
        [facts.meta_author] if facts.meta_author else [],
        *([byline] for byline in facts.byline_texts),  # one at a time: a later byline may be an appended story's
        [found] if found else [],
    ]
    for values in sources:
        names = clean_authors(values, outlets) if values else []
        if names:
            return ", ".join(names)
    return None


def _published(facts: PageFacts, found: str | None, source: str) -> tuple[dt.date | None, str | None]:
    """JSON-LD datePublished, else the publication meta tags, else trafilatura's markup search, and which one it was;
    a note when they disagree."""
    stated: list[tuple[str, dt.date]] = []
    if (date := parse_page_date(facts.json_published)) is not None:
        stated.append(("JSON-LD datePublished", date))
    for name, value in facts.meta_published:
        if (date := parse_page_date(value)) is not None:
            stated.append((f"meta {name}", date))
    modified = {parse_page_date(facts.json_modified), parse_page_date(facts.meta_modified)} - {None}
    if (date := _date(found)) is not None and date not in modified:  # htmldate falls back on the modification date
        stated.append(("the page's date markup", date))
    if not stated:
        return None, None
    used, chosen = stated[0]
    others, seen = [], {chosen}
    for name, date in stated[1:]:
        if date not in seen:
            seen.add(date)
            others.append(f"{name} says {date.isoformat()}")
    if others:
        note(source, "date_source", f"publication date {chosen.isoformat()} from {used}; " + "; ".join(others))
    return chosen, used


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
