"""A web server on 127.0.0.1 for the tests that read a batch's inputs over HTTP: files of one folder, byte ranges served.

The standard library's SimpleHTTPRequestHandler ignores ``Range``; fsspec reads a
remote file in ranges (the boundary scans, a split from its offset), so this one
answers them, and counts the requests that asked for one.
"""

from __future__ import annotations

import http.server
import io
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    ranges: list[str] = []  # the Range headers received, in order
    answers_ranges = True

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404, "File not found")
            return None
        data = Path(path).read_bytes()
        wanted = self.headers.get("Range")
        if wanted and wanted.startswith("bytes=") and self.answers_ranges:
            type(self).ranges.append(wanted)
            first, _, last = wanted.removeprefix("bytes=").partition("-")
            start = int(first) if first else max(len(data) - int(last), 0)
            end = min(int(last), len(data) - 1) if first and last else len(data) - 1
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
            data = data[start:end + 1]
        else:
            self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return io.BytesIO(data)


class WholeHandler(RangeHandler):
    """A server that answers every request with the whole file, as many simple web servers do."""

    answers_ranges = False


class FlakyHandler(RangeHandler):
    """A busy server: under ``/flaky/`` the first request for each byte range (and the first HEAD, the first plain GET)
    fails, a 503 and a dropped connection in turn, and the second is served; under ``/down/`` every request gets a 503.

    ``requests`` holds every request's path, so a test counts what a client asked.
    """

    requests: list[str] = []
    failed: set[str] = set()

    def send_head(self):
        type(self).requests.append(self.path)
        first = self.path.lstrip("/").partition("/")[0]
        if first == "down":
            self.send_error(503, "Service Unavailable")
            return None
        if first == "flaky":
            asked = f"{self.command} {self.headers.get('Range', '')}"
            if asked not in self.failed:
                self.failed.add(asked)
                if len(self.failed) % 2:
                    self.send_error(503, "Service Unavailable")
                else:
                    self.close_connection = True  # no answer at all: the client sees the connection dropped
                return None
        return super().send_head()


class SlowHandler(RangeHandler):
    """A slow server: under ``/trickle/`` the body comes a few bytes at a time, ``pause`` seconds apart; under
    ``/stall/`` the first GET of each path sends its headers and then nothing for ``stall`` seconds before the body.

    ``requests`` holds every GET's path, so a test counts what a client asked.
    """

    pause = 0.2
    stall = 20.0
    requests: list[str] = []

    def copyfile(self, source, outputfile) -> None:
        type(self).requests.append(self.path)
        first = self.path.lstrip("/").partition("/")[0]
        if first == "stall" and type(self).requests.count(self.path) == 1:
            time.sleep(self.stall)
        if first == "trickle":
            while chunk := source.read(40):
                outputfile.write(chunk)
                outputfile.flush()
                time.sleep(self.pause)
            return
        try:
            super().copyfile(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
            pass


@contextmanager
def serving(folder: Path, handler: type[RangeHandler] = RangeHandler) -> Iterator[str]:
    """``http://127.0.0.1:PORT`` serving ``folder`` until the block ends."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
