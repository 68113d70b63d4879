"""Fetching URLs with httpx: timeout, size cap, redirects, a descriptive user agent.

The fetched bytes are returned as they came, so the Document can keep them and
be re-analyzed without fetching again.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from readout import settings
from readout.errors import IngestError
from readout.ingest.decode import check_size, max_bytes


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    media_type: str  # "text/html", without parameters
    charset: str | None


def make_client(timeout: float | None = None) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=10,
        timeout=float(settings.get("fetch_timeout")) if timeout is None else timeout,
        headers={"User-Agent": settings.get("user_agent")},
    )


def fetch(url: str, client: httpx.Client) -> Fetched:
    """The page's bytes, or ``IngestError`` (unreachable, timeout, http_status, too_large)."""
    limit = max_bytes()
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IngestError(
                    f"the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    source=url,
                    reason="http_status",
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit():
                check_size(int(declared), url, limit)
            chunks = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                check_size(size, url, limit)
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                data=b"".join(chunks),
                media_type=content_type.split(";")[0].strip().lower(),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise IngestError("the server did not answer in time", source=url, reason="timeout",
                          hint="raise READOUT_FETCH_TIMEOUT or try later") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError("too many redirects", source=url, reason="unreachable") from exc
    except httpx.InvalidURL as exc:
        raise IngestError(f"not a valid URL ({exc})", source=url, reason="unreachable") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"the server could not be reached ({type(exc).__name__})", source=url, reason="unreachable") from exc
