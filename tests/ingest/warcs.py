"""Writing small WARC files for tests and benchmarks (CC-NEWS layout: HTTP response records with HTML)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


WRITERS = ("Ada Brook", "Ben Carr", "Cleo Dunn", "Dev Ensor", "Eli Fox", "Fay Gill", "Gus Hale")


def page(number: int) -> bytes:
    return (
        f"<html><head><title>Report {number}</title><meta name='author' content='{WRITERS[number % 7]}'></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Report {number}</h1>"
        f"<p>Delegation {number} met officials for {number % 9 + 2} hours and agreed to continue the talks "
        f"on trade, energy and transport in the coming months, a statement said.</p>"
        f"<p>The next round, number {number}, is planned before the end of the year, according to both sides.</p>"
        f"</article><footer>Subscribe to our newsletter</footer></body></html>"
    ).encode()


def write_warc(path: Path, count: int, gzip: bool = True, with_extras: bool = True) -> list[int]:
    """A WARC of ``count`` HTML responses (plus request and non-HTML records); returns each response's offset."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "readout tests"}))
        for number in range(count):
            url = f"https://news.example.org/{number}"
            if with_extras and number % 10 == 0:
                request = writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                writer.write_record(request)
            offsets.append(fh.tell())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(page(number)), http_headers=headers))
            if with_extras and number % 10 == 5:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + ".png", "response", payload=BytesIO(b"\x89PNG"), http_headers=image))
    return offsets
