"""What a page's own markup states about it: JSON-LD, meta tags, the title, the byline element.

Read once from the parsed tree, before any cleaning, so ``html.py`` can compare
the extracted text with the page's structured data and choose metadata by
source (structured data first). Nothing here guesses from the body text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

# schema.org types that describe the article itself (not the site, the breadcrumb or an image).
_ARTICLE_TYPES = ("Article", "Posting", "Report", "NewsArticle")
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publishdate",
    "publish-date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dcterms.modified", "datemodified", "last-modified")
_BYLINE_CLASSES = {"byline", "by-line", "author", "author-name", "article-author", "byline__name", "authors", "entry-author"}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True)
class Person:
    """An author as structured data gives it; ``person`` is False for organisations."""

    name: str
    person: bool


@dataclass(frozen=True)
class PageFacts:
    """Metadata as each source on the page states it (None or empty where it states nothing)."""

    html_title: str | None = None
    og_title: str | None = None
    h1: str | None = None
    headline: str | None = None  # JSON-LD headline of the article object
    article_body: str | None = None  # JSON-LD articleBody
    body_container: str | None = None  # paragraphs of the element marked itemprop=articleBody
    json_published: str | None = None
    json_modified: str | None = None
    meta_published: tuple[tuple[str, str], ...] = ()  # (meta name, value)
    meta_modified: str | None = None
    json_authors: tuple[Person, ...] = ()
    meta_author: str | None = None
    byline_texts: tuple[str, ...] = ()
    og_site_name: str | None = None
    publisher_name: str | None = None
    website_name: str | None = None
    languages: tuple[str, ...] = field(default_factory=tuple)  # declared: html lang, inLanguage, og:locale


def read_facts(tree: HtmlElement) -> PageFacts:
    """Everything the page's markup says about it."""
    metas = _metas(tree)
    article, website = _json_ld(tree)
    languages = [v for v in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                             _string(article.get("inLanguage")), metas.get("og:locale"),
                             metas.get("content-language"), metas.get("language")) if v and _LANGUAGE.match(v.strip())]
    publisher = article.get("publisher")
    return PageFacts(
        html_title=_text_of(tree.find(".//title")),
        og_title=metas.get("og:title") or metas.get("twitter:title"),
        h1=_text_of(next(iter(tree.iter("h1")), None)),
        headline=_string(article.get("headline")) or _string(article.get("name")),
        article_body=_body_string(article.get("articleBody")),
        body_container=_container_text(tree),
        json_published=_string(article.get("datePublished")) or _string(article.get("dateCreated")),
        json_modified=_string(article.get("dateModified")),
        meta_published=tuple((name, metas[name]) for name in _PUBLISHED_META if metas.get(name))
        + _itemprop_dates(tree),
        meta_modified=next((metas[n] for n in _MODIFIED_META if metas.get(n)), None),
        json_authors=tuple(_people(article.get("author"))),
        meta_author=metas.get("author") or metas.get("article:author") or metas.get("dc.creator") or metas.get("byl"),
        byline_texts=tuple(_bylines(tree)),
        og_site_name=metas.get("og:site_name") or metas.get("application-name"),
        publisher_name=_name_of(publisher) or _name_of(website.get("publisher")),
        website_name=_string(website.get("name")),
        languages=tuple(v.strip() for v in languages),
    )


def _metas(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(tree: HtmlElement) -> tuple[dict, dict]:
    """The article object and the website object of the page's JSON-LD ({} where absent)."""
    article: dict = {}
    fallback: dict = {}
    website: dict = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (json.JSONDecodeError, RecursionError):
            continue
        for item in _objects(data):
            kinds = _types(item)
            if not article and any(k.endswith(_ARTICLE_TYPES) for k in kinds):
                article = item
            elif not fallback and "WebPage" in kinds:
                fallback = item
            elif not website and "WebSite" in kinds:
                website = item
    return article or fallback, website


def _objects(data: object, depth: int = 0):
    """Every JSON object at the top of a JSON-LD block, inside lists and ``@graph``."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _types(item: dict) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _people(value: object) -> list[Person]:
    items = value if isinstance(value, list) else [value]
    people = []
    for item in items:
        if isinstance(item, str) and item.strip():
            people.append(Person(" ".join(item.split()), person=True))
        elif isinstance(item, dict):
            name = _string(item.get("name"))
            if name:
                people.append(Person(name, person="Organization" not in " ".join(_types(item))))
    return people


def _name_of(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _string(value.get("name"))
    return _string(value)


def _string(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _body_string(value: object) -> str | None:
    """articleBody keeps its paragraph breaks; some sites put HTML in it, which is reduced to text."""
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value and ">" in value:
        try:
            fragment = etree.fromstring(f"<div>{value}</div>", etree.HTMLParser())
            blocks = [" ".join(p.itertext()).strip() for p in fragment.iter("p")]
            value = "\n\n".join(b for b in blocks if b) or " ".join(fragment.itertext())
        except (etree.ParserError, ValueError):
            pass
    return value.strip()


def _container_text(tree: HtmlElement) -> str | None:
    for element in tree.iter():
        if isinstance(element.tag, str) and (element.get("itemprop") or "").strip() == "articleBody":
            blocks = [" ".join(" ".join(p.itertext()).split()) for p in element.iter("p", "h2", "h3", "li")]
            text = "\n".join(b for b in blocks if b)
            return text or None
    return None


def _itemprop_dates(tree: HtmlElement) -> tuple[tuple[str, str], ...]:
    for element in tree.iter("time", "span", "div"):
        if (element.get("itemprop") or "") == "datePublished":
            value = element.get("datetime") or element.get("content") or _text_of(element)
            if value:
                return (("itemprop datePublished", value),)
    return ()


def _bylines(tree: HtmlElement) -> list[str]:
    """Texts of byline elements, in page order. Per-person markers (``rel=author``, ``itemprop=author``) under
    one parent are one byline ("Ana Ruiz, Tom Berg"); a byline elsewhere (an appended story's) stays apart."""
    found: list[str] = []
    people_of: dict[HtmlElement, int] = {}  # parent element -> index in found of its per-person byline
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "style", "body", "html"):
            continue
        classes = set((element.get("class") or "").lower().split())
        person = element.get("rel") == "author" or element.get("itemprop") == "author"
        if not person and not classes & _BYLINE_CLASSES:
            continue
        text = _text_of(element)
        if not text or len(text) > 200:
            continue
        parent = element.getparent()
        if person and not classes & _BYLINE_CLASSES and parent is not None and parent in people_of:
            at = people_of[parent]
            if text not in found[at]:
                found[at] = f"{found[at]}, {text}"
            continue
        if text not in found:
            found.append(text)
            if person and parent is not None:
                people_of[parent] = len(found) - 1
    return found


def _text_of(element: HtmlElement | None) -> str | None:
    if element is None:
        return None
    return " ".join(" ".join(element.itertext()).split()) or None
