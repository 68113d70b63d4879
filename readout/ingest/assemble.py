"""From extracted text and stated metadata to a finished Document.

Every source kind ends here, so cleaning, byline reading and language
detection are the same for files, pages, feeds, archives and JSONL lines.
"""

from __future__ import annotations

from readout.errors import IngestError
from readout.ingest.clean import byline_author, clean_text, drop_bylines
from readout.ingest.document import document_from_text, normalize_text
from readout.ingest.html import Extracted
from readout.ingest.metadata import stated_author
from readout.ingest.language import detect_language
from readout.model import Document

# Fewer words than this is a page with no article (a menu, a "Home" link), not a short article.
MIN_WORDS = 5


def finish(
    extracted: Extracted,
    source: str,
    *,
    raw: bytes | None = None,
    raw_media_type: str | None = None,
) -> Document:
    signed = byline_author(normalize_text(extracted.text)) if not extracted.author else None  # before cleaning drops the credit line
    text = clean_text(extracted.text)
    signed = signed or (byline_author(text) if not extracted.author else None)
    text = drop_bylines(text)
    if not text:
        raise IngestError("no text left after removing boilerplate", source=source, reason="no_text")
    words = len(text.split())
    if words < MIN_WORDS:
        raise IngestError(f"only {words} word(s) of text, not an article", source=source, reason="no_text")
    return document_from_text(
        text,
        source,
        url=extracted.url,
        title=extracted.title,
        author=stated_author(extracted.author, [extracted.outlet]) or signed,
        published=extracted.published,
        published_from=extracted.published_from if extracted.published else None,
        outlet=extracted.outlet,
        language=detect_language(text, extracted.language),
        raw=raw,
        raw_media_type=raw_media_type,
    )

