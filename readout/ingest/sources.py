"""Turning what a user names (files, folders, "-", URLs) into Documents, one result per document or bad input.

``read_sources`` never raises for a bad input: it yields an ``IngestError``
naming the input and the reason, and goes on with the rest of the batch.
``read_file`` reads one single-article file and raises ``IngestError``.
"""

from __future__ import annotations

import fnmatch
import gzip
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path, PurePath
from typing import BinaryIO

import httpx

from readout.errors import IngestError, SettingsError
from readout.ingest.decode import check_size, gunzip, is_gzip, max_bytes
from readout.ingest.feeds import FEED_MEDIA_TYPES, FEED_SUFFIXES, XML_MEDIA_TYPES, looks_like_feed, read_feed
from readout.ingest.fetch import fetch, make_client
from readout.ingest.html import Extracted
from readout.ingest.jsonl import bounded_lines, read_jsonl
from readout.ingest.notes import NoteSink, with_notes
from readout.ingest.pages import HTML_MEDIA_TYPES, PageKind, page_document
from readout.ingest.warc import is_warc_name, read_warc
from readout.model import Document

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# What a folder walk reads when no include globs are given; named files are always read.
DEFAULT_INCLUDE: tuple[str, ...] = (
    "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml",
    "*.jsonl", "*.ndjson", "*.warc", "*.warc.gz",
    "*.rss", "*.atom", "*.xml", "*.txt.gz", "*.html.gz", "*.htm.gz", "*.jsonl.gz", "*.ndjson.gz",
)  # fmt: skip


def read_sources(
    inputs: Iterable[str | Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin: BinaryIO | None = None,
    client: httpx.Client | None = None,
    notes: NoteSink | None = None,
) -> Iterator[Document | IngestError]:
    """Documents from paths, folders (recursive, globs), "-" (standard input) and http(s) URLs.

    ``include``/``exclude`` are shell globs matched against a file's path
    relative to the folder being walked and against its name; hidden files
    and folders are skipped. ``notes`` receives an ``IngestNote`` for each
    thing done to an input that its user should hear about (a body taken from
    structured data, little text, replaced bytes, disagreeing dates).
    """
    yield from with_notes(_read_all(inputs, include, exclude, stdin, client), notes)


def _read_all(inputs, include, exclude, stdin, client) -> Iterator[Document | IngestError]:
    with ExitStack() as stack:
        owned_client: list[httpx.Client] = [client] if client is not None else []

        def http() -> httpx.Client:
            if not owned_client:
                owned_client.append(stack.enter_context(make_client()))
            return owned_client[0]

        for item in inputs:
            name = str(item)
            if name == "-":
                yield from _guard(lambda: _read_stream(stdin or sys.stdin.buffer, "stdin"), "stdin")
            elif name.startswith(("http://", "https://")):
                yield from _guard(lambda: read_url(name, http()), name)
            else:
                path = Path(item)
                if path.is_dir():
                    try:
                        children = list(walk(path, include=include, exclude=exclude))
                    except OSError as exc:
                        yield IngestError(f"the folder cannot be listed ({exc.strerror or exc})", source=name, reason="unreadable")
                        continue
                    for child in children:
                        yield from _guard(lambda: _read_path(child, http), str(child))
                else:
                    yield from _guard(lambda: _read_path(path, http), name)


def walk(folder: Path, *, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[Path]:
    """Files under ``folder`` in a stable order, hidden ones skipped, globs applied."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if selected(relative, include, exclude):
            yield path


def selected(relative: PurePath, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> bool:
    """Whether a folder walk reads the file at ``relative`` (``readout batch`` applies it to remote folders too)."""
    return _matches(relative, tuple(include) or DEFAULT_INCLUDE) and not _matches(relative, exclude)


def read_file(path: str | Path) -> Document:
    """One single-article file (text, Markdown, HTML, optionally gzipped) as a Document."""
    path = Path(path)
    if container_kind(path.name) is not None:
        raise IngestError("the file holds many documents", source=str(path), reason="unsupported",
                          hint="read it with read_sources")
    data = _read_bytes(path)
    name = path.name
    if name.lower().endswith(".gz"):
        data = gunzip(data, str(path))
        name = name[:-3]
    return page_document(data, str(path), _page_kind(name))


def read_url(url: str, client: httpx.Client) -> Iterator[Document | IngestError]:
    """A fetched page (HTML or plain text) or feed; the fetched bytes stay on the Document."""
    fetched = fetch(url, client)
    media = fetched.media_type
    if media in FEED_MEDIA_TYPES or (media in XML_MEDIA_TYPES and looks_like_feed(fetched.data)):
        yield from read_feed(fetched.data, url, _link_fetcher(client))
        return
    if media in HTML_MEDIA_TYPES or media in ("text/plain", "text/markdown") or (not media and fetched.data):
        kind: PageKind = "html" if media in HTML_MEDIA_TYPES or not media else ("markdown" if media == "text/markdown" else "text")
        yield page_document(fetched.data, url, kind, url=fetched.url, charset=fetched.charset,
                            media_type=media or "text/html", keep_raw=True)
        return
    raise IngestError(f"the server sent {media}, not an HTML page, text or feed", source=url, reason="content_type")


def _link_fetcher(client: httpx.Client):
    def fetch_link(link: str, source: str, stated: Extracted) -> Document:
        try:
            fetched = fetch(link, client, check_address=True)
        except IngestError as exc:
            raise IngestError(f"{exc.message} (fetching {link})", source=source, reason=exc.reason, hint=exc.hint) from exc
        if fetched.media_type not in HTML_MEDIA_TYPES and fetched.media_type != "text/plain":
            raise IngestError(f"the entry's link sent {fetched.media_type}, not an HTML page",
                              source=source, reason="content_type")
        kind: PageKind = "html" if fetched.media_type in HTML_MEDIA_TYPES else "text"
        return page_document(fetched.data, source, kind, url=fetched.url, charset=fetched.charset,
                             media_type=fetched.media_type, keep_raw=True, fallback=stated)

    return fetch_link


def _guard(produce, source: str) -> Iterator[Document | IngestError]:
    """Run one input's reader; whatever it raises becomes that input's IngestError."""
    try:
        result = produce()
        if isinstance(result, Document):
            yield result
        else:
            yield from result
    except IngestError as exc:
        yield exc
    except SettingsError:
        raise  # a bad READOUT_ setting is the run's usage error, not this input's failure
    except Exception as exc:  # noqa: BLE001 - one unforeseen failure must not cost the rest of the batch
        yield IngestError(f"unexpected failure ({type(exc).__name__}: {exc})", source=source, reason="unreadable")


def _read_path(path: Path, http) -> Iterator[Document | IngestError] | Document:
    if not path.is_file():
        _read_bytes(path)  # raises not_found / unreadable
    kind = container_kind(path.name)
    if kind == "warc":
        return read_warc(path)
    if kind == "jsonl":
        return _read_jsonl_file(path)
    if kind == "feed":
        return read_feed(_read_bytes(path), str(path), _link_fetcher(http()))
    return read_file(path)


def _read_jsonl_file(path: Path) -> Iterator[Document | IngestError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        try:
            yield from read_jsonl(bounded_lines(fh, max_bytes()), str(path))
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield IngestError(f"the gzip stream ends early or is corrupt ({type(exc).__name__})",
                              source=str(path), reason="truncated_gzip")


def _read_stream(stream: BinaryIO, source: str) -> Iterator[Document | IngestError] | Document:
    data = stream.read(max_bytes() + 1)
    check_size(len(data), source, exact=False)
    if is_gzip(data):
        data = gunzip(data, source)
    if looks_like_feed(data):
        return read_feed(data, source)
    first = data.lstrip()[:1]
    if first == b"{":
        return read_jsonl(data.splitlines(), source)
    return page_document(data, source, "text")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise IngestError("no such file or folder", source=str(path), reason="not_found") from exc
    except OSError as exc:
        raise IngestError(str(exc.strerror or exc), source=str(path), reason="unreadable") from exc
    check_size(size, str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(str(exc.strerror or exc), source=str(path), reason="unreadable") from exc


def container_kind(name: str) -> str | None:
    lower = name.lower().removesuffix(".gz")
    if is_warc_name(name):
        return "warc"
    if Path(lower).suffix in JSONL_SUFFIXES:
        return "jsonl"
    if Path(lower).suffix in FEED_SUFFIXES and not name.lower().endswith(".gz"):
        return "feed"
    return None


def _page_kind(name: str) -> PageKind:
    suffix = Path(name.lower()).suffix
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    text = relative.as_posix()
    return any(fnmatch.fnmatch(text, p) or fnmatch.fnmatch(relative.name, p) for p in patterns)
