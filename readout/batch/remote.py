"""Inputs on other file systems (HTTP(S), S3, HDFS...), listed and read through fsspec.

A batch names its inputs by URL (``https://host/CC-NEWS-....warc.gz``,
``s3://bucket/crawl-data/``, ``hdfs://namenode:8020/news/*.warc.gz``); the
driver lists and cuts them, each task opens its split and seeks to its offset.
fsspec finds the file system for a URL's scheme; the packages behind the
remote ones are extras (``readout[http]``); S3 and HDFS go through pyarrow's
clients, pyarrow being a dependency already (HDFS needs Hadoop's native library). Local paths
and ``file://`` URIs are not read here (``splits`` reads them as always).

A passing failure (HTTP 429 or 5xx, a connection refused or dropped, a
timeout) is tried again: S3 by pyarrow's own retry strategy, the others by
``retried`` around each listing and split read; a 404, a 403 or a missing
file is not, and after the last attempt the input or split is a rejects row.
A timeout is a server that sends nothing for ``READOUT_REMOTE_TIMEOUT``
seconds, not a transfer that takes long.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import PurePosixPath
from typing import BinaryIO, TypeVar

import fsspec
import fsspec.config
from fsspec.core import url_to_fs

from readout import settings
from readout.errors import ExtraMissingError, IngestError, UsageError
from readout.ingest.decode import check_size
from readout.ingest.sources import selected

# the readout extra that installs each scheme's fsspec back end; schemes not named here say which package fsspec wants
EXTRAS = {"http": "http", "https": "http"}
S3_SCHEMES = ("s3", "s3a")  # read by pyarrow's S3 client, a dependency already
HDFS_HINT = ("hdfs:// is read by pyarrow, which needs a Java runtime and Hadoop's libhdfs on every machine: set JAVA_HOME, "
             "ARROW_LIBHDFS_DIR (or HADOOP_HOME) and CLASSPATH=$(hadoop classpath --glob)")
_COPY = 1 << 20
_PASSING_STATUS = (408, 425, 429)  # and every 5xx
T = TypeVar("T")


def scheme(item: str) -> str | None:
    """The scheme of a URL read through fsspec (``s3``), None for a local path or a ``file://`` URI."""
    name, sep, _ = item.partition("://")
    if not sep or name.lower() in ("file", "local") or not name.replace("+", "").replace("-", "").isalnum():
        return None
    return name.lower()


def filesystem(url: str) -> tuple[fsspec.AbstractFileSystem, str]:
    """The file system of ``url`` and the path on it; ``ExtraMissingError`` when its package is not installed."""
    name = scheme(url) or "file"
    try:
        if name in S3_SCHEMES:
            return _s3(), url.split("://", 1)[1]
        if name in ("http", "https"):
            return url_to_fs(url, client_kwargs={"timeout": _http_timeout()})
        return url_to_fs(url)
    except ImportError as exc:
        extra = EXTRAS.get(name)
        fix = f"pip install 'readout[{extra}]'" if extra else f"install the fsspec back end for {name}://"
        raise ExtraMissingError(f"reading {name}:// inputs needs a package that is not installed ({exc})", source=url, hint=fix) from exc
    except OSError as exc:
        if not str(exc).startswith("Unable to load"):  # a host that does not answer: that input's reject row
            raise
        # pyarrow's HDFS client is a JNI library: without Java and libhdfs here, no hdfs:// input can be read
        raise ExtraMissingError(f"reading {name}:// inputs needs a native library that cannot be loaded ({str(exc).splitlines()[0]})",
                                source=url, hint=HDFS_HINT) from exc
    except ValueError as exc:  # fsspec knows no file system of that name
        raise IngestError(f"no file system reads {name}:// URLs ({exc})", source=url, reason="unsupported",
                          hint="use a local path, or a scheme fsspec knows (http, https, s3, hdfs...)") from exc


def _http_timeout():
    """aiohttp's timeout for web inputs: a stall of ``READOUT_REMOTE_TIMEOUT`` seconds, never the whole transfer.

    aiohttp's default caps a whole request at 300 seconds, which cuts a gigabyte WARC fetched on a slow link; a
    server that stops sending is what should fail (and be tried again), however long the file.
    """
    import aiohttp  # the http extra; without it the caller names the extra to install

    seconds = float(settings.value("remote_timeout"))
    return aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)


def _s3() -> fsspec.AbstractFileSystem:
    """pyarrow's S3 client, behind fsspec's interface, with the options of ``FSSPEC_S3`` (JSON: pyarrow's argument names).

    Not s3fs: its botocore needs a python-dateutil older than readout's, so the two cannot be installed together.
    """
    from fsspec.implementations.arrow import ArrowFSWrapper
    from pyarrow.fs import AwsStandardS3RetryStrategy, S3FileSystem

    options = {**fsspec.config.conf.get("s3", {}), **fsspec.config.conf.get("s3a", {})}
    # the AWS SDK retries passing errors itself, with its own backoff; max_attempts counts the first one
    options.setdefault("retry_strategy", AwsStandardS3RetryStrategy(max_attempts=int(settings.value("remote_retries")) + 1))
    # the AWS SDK's request timeout is a socket read timeout, like aiohttp's sock_read for web inputs
    options.setdefault("connect_timeout", float(settings.value("remote_timeout")))
    options.setdefault("request_timeout", float(settings.value("remote_timeout")))
    try:
        return ArrowFSWrapper(S3FileSystem(**options))
    except TypeError as exc:
        raise UsageError(f"FSSPEC_S3 holds an option pyarrow's S3FileSystem does not take ({exc})", source="FSSPEC_S3",
                         hint='give pyarrow\'s argument names, e.g. FSSPEC_S3=\'{"anonymous": true, "endpoint_override": "http://host:9000"}\'') from exc


def check(urls: Sequence[str]) -> None:
    """``ExtraMissingError`` for the first input whose file system cannot be loaded here: said before any work."""
    for url in urls:
        if scheme(url):
            try:
                filesystem(url)
            except (ExtraMissingError, UsageError):
                raise
            except Exception:  # noqa: BLE001 - an unknown scheme or an unreachable host is that input's reject row, later
                continue


def files(url: str, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[tuple[str, int | None]] | IngestError:
    """The files an input URL names, with their sizes: a file, a folder (walked as ``readout add`` walks one) or a glob."""
    try:
        return retried(lambda: _files(url, include, exclude))
    except (ExtraMissingError, UsageError):
        raise
    except IngestError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - each back end raises its own kinds (aiohttp, botocore, pyarrow)
        return unreadable(url, exc)


def _files(url: str, include: Sequence[str], exclude: Sequence[str]) -> list[tuple[str, int | None]]:
    fs, path = filesystem(url)
    if scheme(url) in ("http", "https"):  # a web server lists no folders: the URL is one file (a '?' is its query)
        return [(url, fs.info(path).get("size"))]
    if any(c in path for c in "*?["):
        base = url[: url.rfind("/", 0, min(url.find(c) for c in "*?[" if c in url)) + 1]
        found = fs.glob(path, detail=True)
        if not found:
            raise IngestError("no file or folder matches the pattern", source=url, reason="not_found")
        root = filesystem(base)[1].rstrip("/")
        return [(_url(name, base, root, fs), info.get("size")) for name, info in sorted(found.items()) if info.get("type") != "directory"]
    info = fs.info(path)
    if info.get("type") != "directory":
        return [(url, info.get("size"))]
    root = path.rstrip("/")
    found = fs.find(path, detail=True)
    return [(_url(name, url, root, fs), info.get("size")) for name, info in sorted(found.items())
            if name.startswith(root + "/") and _wanted(name[len(root) + 1:], include, exclude)]


def _wanted(relative: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    parts = PurePosixPath(relative)
    return not any(part.startswith(".") for part in parts.parts) and selected(parts, include, exclude)


def _url(name: str, base: str, root: str, fs: fsspec.AbstractFileSystem) -> str:
    """The URL of a file listed under ``root`` (the path of URL ``base`` on ``fs``), with the scheme and host ``base`` was given with."""
    if "://" in name:
        return name
    if name.startswith(root):
        return base.rstrip("/") + name[len(root):]
    return fs.unstrip_protocol(name)


def copy(url: str, start: int, end: int | None, out: BinaryIO, limit: int | None = None) -> None:
    """Bytes ``start`` to ``end`` (None: to the end) of a remote file, written to ``out`` a chunk at a time.

    Over ``limit`` bytes it stops with the size cap's ``too_large`` error, so a huge file is not fetched whole.
    """
    fs, path = filesystem(url)
    # a whole file over HTTP is one plain GET (fsspec's streamed file): a server that answers no byte ranges serves it too
    whole_over_http = start == 0 and end is None and scheme(url) in ("http", "https")
    with fs.open(path, "rb", block_size=0) if whole_over_http else fs.open(path, "rb") as fh:
        if start:
            fh.seek(start)
        remaining = None if end is None else end - start
        written = 0
        while remaining is None or remaining > 0:
            chunk = fh.read(_COPY if remaining is None else min(_COPY, remaining))
            if not chunk:
                break
            out.write(chunk)
            written += len(chunk)
            if limit is not None:
                check_size(written, url, limit, exact=False)
            if remaining is not None:
                remaining -= len(chunk)


def open_file(url: str) -> BinaryIO:
    """A remote file opened for reading (seekable when its size is known)."""
    fs, path = filesystem(url)
    return fs.open(path, "rb")


def no_ranges(exc: BaseException) -> bool:
    """Whether reading failed because the web server answers no byte ranges (fsspec reads only from the start then)."""
    return isinstance(exc, ValueError) and "support range requests" in str(exc)


def retried(action: Callable[[], T]) -> T:
    """``action()``, tried again after a passing failure up to ``READOUT_REMOTE_RETRIES`` times, each wait twice the last.

    Not for S3: pyarrow's client retries by itself (``_s3``), and its errors are not counted as passing here.
    """
    retries, wait = int(settings.value("remote_retries")), float(settings.value("remote_backoff"))
    for attempt in range(retries + 1):
        try:
            return action()
        except Exception as exc:
            if attempt == retries or not passing(exc):
                raise
            time.sleep(wait * 2 ** attempt)
    raise AssertionError("unreachable")  # the loop returns or raises


def passing(exc: BaseException) -> bool:
    """Whether a failure may pass if tried again: HTTP 408, 425, 429 or 5xx, a connection refused or dropped, a timeout."""
    status = _status(exc)
    if status is not None:
        return status in _PASSING_STATUS or status >= 500
    while exc is not None:
        if isinstance(exc, (ConnectionError, TimeoutError, asyncio.TimeoutError, *_aiohttp_passing())):
            return True
        exc = exc.__cause__
    return False


def _aiohttp_passing() -> tuple[type[BaseException], ...]:
    """aiohttp's errors of a connection refused, dropped or cut short (none when the http extra is not installed)."""
    try:
        import aiohttp
    except ImportError:
        return ()
    return (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError)


def unreadable(url: str, exc: BaseException) -> IngestError:
    """The IngestError of an input that could not be listed or read: not found, an HTTP status, or unreachable."""
    status = _status(exc)
    retries = int(settings.value("remote_retries"))
    tries = f" (tried {retries + 1} times)" if retries and passing(exc) else ""  # retried: S3's errors never count as passing
    if status is not None:
        return IngestError(f"the server answered HTTP {status}{tries}", source=url,
                           reason="not_found" if status in (404, 410) else "http_status")
    if isinstance(exc, FileNotFoundError) and exc.__cause__ is None:
        return IngestError("no such file or folder", source=url, reason="not_found")
    cause = exc.__cause__ if isinstance(exc, FileNotFoundError) and exc.__cause__ is not None else exc
    detail = (str(cause).splitlines() or [""])[0]
    return IngestError(f"the input cannot be reached ({type(cause).__name__}: {detail}){tries}", source=url, reason="unreachable")


def _status(exc: BaseException | None) -> int | None:
    """The HTTP status behind an error (aiohttp's ClientResponseError, raised under fsspec's FileNotFoundError)."""
    while exc is not None:
        status = getattr(exc, "status", None)
        if isinstance(status, int):
            return status
        exc = exc.__cause__
    return None

