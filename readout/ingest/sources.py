"""Turning what a user names (files, folders) into Documents, one error per bad input.

FIRST CUT: plain text and HTML files and folders. Deepened by the ingest issue.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import trafilatura

from readout.errors import IngestError
from readout.ingest.document import document_from_text
from readout.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_sources(inputs: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield _read_file_or_error(child)
        else:
            yield _read_file_or_error(path)


def _read_file_or_error(path: Path) -> Document | IngestError:
    try:
        return read_file(path)
    except IngestError as exc:
        return exc


def read_file(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(exc.strerror or exc), source=str(path), reason="unreadable") from exc
    if not data.strip():
        raise IngestError("the file is empty", source=str(path), reason="empty")
    if b"\x00" in data[:4096]:
        raise IngestError("the file is binary, not text", source=str(path), reason="binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError("the bytes are not valid UTF-8", source=str(path), reason="undecodable") from exc
    if path.suffix.lower() in HTML_SUFFIXES:
        extracted = trafilatura.extract(text, include_comments=False) or ""
        if not extracted.strip():
            raise IngestError("no article text found in the HTML", source=str(path), reason="no_text")
        return document_from_text(extracted, str(path))
    return document_from_text(text, str(path))
