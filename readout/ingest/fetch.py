"""Fetching URLs with httpx: one total deadline, a size cap, checked redirects, a descriptive user agent.

Redirects are followed here, one hop at a time, so each target is checked: only
http and https are followed, and a feed link or a redirect that leads to a
loopback, link-local or private address is refused unless
READOUT_ALLOW_PRIVATE_ADDRESSES is set (a feed must not make readout probe the
user's own network). The timeout is a deadline for the whole fetch, checked
between reads, so a server that sends a byte a second cannot keep it busy.

The fetched bytes are returned as they came, so the Document can keep them and
be re-analyzed without fetching again.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from readout import settings
from readout.errors import IngestError
from readout.ingest.decode import check_size, max_bytes

MAX_REDIRECTS = 10
_REDIRECTS = {301, 302, 303, 307, 308}
_TIMEOUT_HINT = "raise READOUT_FETCH_TIMEOUT or try later"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    media_type: str  # "text/html", without parameters
    charset: str | None


def make_client(timeout: float | None = None) -> httpx.Client:
    """A client that does not follow redirects itself (``fetch`` checks each hop)."""
    total = float(settings.value("fetch_timeout")) if timeout is None else timeout
    return httpx.Client(
        follow_redirects=False,
        timeout=total,
        headers={"User-Agent": str(settings.value("user_agent")), "Accept-Encoding": "gzip, deflate"},
    )


def fetch(url: str, client: httpx.Client, *, timeout: float | None = None, check_address: bool = False) -> Fetched:
    """The page's bytes, or ``IngestError`` (unreachable, timeout, http_status, too_large, bad_redirect, private_address).

    ``check_address``: refuse a private address for ``url`` itself too (feed links);
    redirect targets are always checked.
    """
    total = float(settings.value("fetch_timeout")) if timeout is None else timeout
    deadline = time.monotonic() + total
    limit = max_bytes()
    current = url
    if check_address:
        refuse_private(current, url, "the link")
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            remaining = _remaining(deadline, url, total)
            with client.stream("GET", current, timeout=remaining, follow_redirects=False) as response:
                if response.status_code in _REDIRECTS and response.headers.get("location"):
                    current = _redirect_target(current, response.headers["location"], url)
                    continue
                if response.status_code >= 400:
                    raise IngestError(
                        f"the server answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        source=url,
                        reason="http_status",
                    )
                declared = response.headers.get("content-length")
                if declared and declared.isdigit():
                    check_size(int(declared), url, limit, what="the page")
                chunks = []
                size = 0
                decoder = _Decoder(response.headers.get("content-encoding", ""), url)
                for raw in response.iter_raw():
                    for chunk in decoder.feed(raw, limit + 1 - size):
                        size += len(chunk)
                        check_size(size, url, limit, exact=False, what="the page")
                        chunks.append(chunk)
                    _remaining(deadline, url, total)
                decoder.finish()
                content_type = response.headers.get("content-type", "")
                return Fetched(
                    url=str(response.url),
                    data=b"".join(chunks),
                    media_type=content_type.split(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                )
        raise IngestError(f"more than {MAX_REDIRECTS} redirects", source=url, reason="unreachable")
    except httpx.TimeoutException as exc:
        raise IngestError(f"the fetch did not finish within {total:g} s", source=url, reason="timeout", hint=_TIMEOUT_HINT) from exc
    except httpx.InvalidURL as exc:
        raise IngestError(f"not a valid URL ({exc})", source=url, reason="unreachable") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"the server could not be reached ({type(exc).__name__})", source=url, reason="unreachable") from exc


class _Decoder:
    """Content-Encoding undone here, with a bound on each step's output, so a compressed bomb is
    stopped at the size cap instead of being inflated whole (httpx inflates each chunk at once)."""

    def __init__(self, encoding: str, source: str) -> None:
        self.source = source
        names = [e.strip().lower() for e in encoding.split(",") if e.strip() and e.strip().lower() != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise IngestError(f"the server sent the page encoded as {encoding!r}, which is not read",
                              source=source, reason="content_type")
        self.name = names[0] if names else None
        self.inflater = None if self.name is None else zlib.decompressobj(
            zlib.MAX_WBITS | 16 if self.name in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int):
        """The decoded bytes of ``data`` in pieces of at most ``room`` bytes (at least 1)."""
        if self.inflater is None:
            yield data
            return
        room = max(room, 1)
        try:
            out = self.inflater.decompress(data, room)
            while out:
                yield out
                tail = self.inflater.unconsumed_tail
                if not tail:
                    break
                out = self.inflater.decompress(tail, room)
        except zlib.error as exc:
            raise IngestError(f"the page's {self.name} data is corrupt ({exc})", source=self.source, reason="unreachable") from exc

    def finish(self) -> None:
        if self.inflater is not None and not self.inflater.eof:
            raise IngestError(f"the page's {self.name} data ends early", source=self.source, reason="unreachable")


def _remaining(deadline: float, url: str, total: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise IngestError(f"the fetch did not finish within {total:g} s", source=url, reason="timeout", hint=_TIMEOUT_HINT)
    return left


def _redirect_target(current: str, location: str, source: str) -> str:
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise IngestError(f"the server redirected to a {scheme or 'schemeless'} URL ({target[:200]}); only http and https "
                          "redirects are followed", source=source, reason="bad_redirect")
    refuse_private(target, source, "the redirect")
    return target


def refuse_private(url: str, source: str, what: str) -> None:
    """``IngestError`` (private_address) when ``url``'s host is or resolves to a loopback, link-local or private address."""
    if settings.value("allow_private_addresses"):
        return
    host = urlsplit(url).hostname
    if not host:
        return
    for address in _addresses(host):
        if address.is_loopback or address.is_link_local or address.is_private or address.is_reserved \
                or address.is_multicast or address.is_unspecified:
            shown = host if host == str(address) else f"{host} ({address})"
            raise IngestError(
                f"{what} leads to {shown}, a loopback, link-local or private address, which is not fetched",
                source=source,
                reason="private_address",
                hint="set READOUT_ALLOW_PRIVATE_ADDRESSES=1 to allow it",
            )


def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError, OSError):
        return []  # unresolvable: the fetch itself will say the server cannot be reached
    found = []
    for info in infos:
        try:
            found.append(ipaddress.ip_address(info[4][0].split("%")[0]))
        except ValueError:
            continue
    return found
