"""Plain-text and Markdown inputs: the text, and only the metadata the file states itself.

A leading block of ``Title:`` / ``Author:`` / ``Date:`` / ``Source:`` / ``URL:``
lines, or a Markdown ``# heading`` on the first line, gives metadata. Nothing
else does: a first sentence is never promoted to a title.
"""

from __future__ import annotations

import re

from readout.ingest.document import parse_date
from readout.ingest.html import Extracted

_HEADER = re.compile(r"^(title|author|by|date|published|source|outlet|url|language)\s*:\s*(.+)$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def extract_text(text: str, markdown: bool = False) -> Extracted:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fields, body_start = _header_block(lines)
    lines = lines[body_start:]
    title = fields.get("title")
    if markdown:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is not None and title is None:
            heading = _MD_HEADING.match(lines[first])
            if heading and lines[first].startswith("# "):
                title = heading.group(1)
        lines = [_unmark(line) for line in lines]
    published = parse_date(fields.get("date") or fields.get("published"))
    return Extracted(
        text="\n".join(lines),
        title=title,
        author=fields.get("author") or fields.get("by"),
        published=published,
        published_from="the file's header" if published else None,
        outlet=fields.get("source") or fields.get("outlet"),
        url=fields.get("url"),
        language=fields.get("language"),
    )


def _header_block(lines: list[str]) -> tuple[dict[str, str], int]:
    """``Key: value`` lines at the very top, ended by a blank line; none unless all of them match."""
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return (fields, index + 1) if fields else ({}, 0)
        match = _HEADER.match(line.strip())
        if not match or index >= 8:
            return {}, 0
        fields[match.group(1).lower()] = match.group(2).strip()
    return {}, 0


def _unmark(line: str) -> str:
    if _MD_RULE.match(line):
        return ""
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)

