"""Write endpoints: add documents by pasted text, upload or URL, each as a task the client polls.

Local mode (bound to loopback) takes writes from this machine; a request whose
``Origin`` is another site is refused, so a web page cannot post into the
database. Server mode (``--public``) also needs ``Authorization: Bearer
TOKEN`` and refuses URLs that lead to loopback, link-local or private
addresses (redirects are checked by the fetch itself).
"""

from __future__ import annotations

import re
import secrets
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, File, Request, UploadFile

from readout import pipeline
from readout.web.errors import WebError, not_found
from readout.web.schemas import ErrorOut, TaskOut, TextIn, UrlIn
from readout.web.tasks import safe_name

router = APIRouter(prefix="/api/1", tags=["write"], responses={
    401: {"model": ErrorOut, "description": "Missing or wrong token (server mode)"},
    403: {"model": ErrorOut, "description": "Refused: another site's page, or a private address"},
    413: {"model": ErrorOut, "description": "Too large"},
})
CHUNK = 64 * 1024


def allowed_to_write(request: Request) -> None:
    """Refuse a cross-site request, and in server mode one without the token."""
    check_writer(request, None)


def check_writer(request: Request, form_token: str | None) -> None:
    """Same-origin, and in server mode the token: as ``Authorization: Bearer TOKEN`` or, from a page's form, its token field."""
    check_same_origin(request)
    config = request.app.state.config
    if config.public:
        given = request.headers.get("authorization", "")
        if form_token:
            given = f"Bearer {form_token}"
        if not config.token or not secrets.compare_digest(given.encode(), f"Bearer {config.token}".encode()):
            raise WebError(401, "writing needs the server's token: send Authorization: Bearer TOKEN (READOUT_WEB_TOKEN), "
                                "or fill in the form's token field")


def check_same_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise WebError(403, f"a page of {origin} may not write to this server", "forbidden")


Writer = Annotated[None, Depends(allowed_to_write)]


def check_size(request: Request, size: int, what: str) -> None:
    cap = request.app.state.config.max_upload
    if size > cap:
        raise WebError(413, f"{what} is {size:,} bytes, more than the {cap:,} allowed (READOUT_UPLOAD_MAX_BYTES)")


TITLE_MAX_CHARS = 150  # a first line longer than this is a paragraph, not a headline
HEADER_LINE = re.compile(r"^(title|author|by|date|published|source|outlet|url|language)\s*:", re.IGNORECASE)


def split_title(text: str) -> tuple[str | None, str]:
    """A pasted text's headline and body: a short first line followed by a blank line is the title, and is not repeated in the body.

    A line that ends like a sentence (full stop, comma, semicolon) is the text's
    first paragraph, not a headline; a header block (``Title: ...``) is left to
    the text reader, which takes its fields.
    """
    stripped = text.lstrip()
    first, newline, rest = stripped.replace("\r\n", "\n").partition("\n")
    first = first.strip()
    if (not newline or rest.split("\n", 1)[0].strip() or not rest.strip() or len(first) > TITLE_MAX_CHARS
            or first.endswith((".", ",", ";")) or HEADER_LINE.match(first)):
        return None, text
    return first.lstrip("#").strip() or None, rest.lstrip("\n")


def queue_text(request: Request, text: str, title: str | None) -> TaskOut:
    """Queue a pasted text; its title (given, or its first line) is the document's title, not part of its text."""
    data = text.encode("utf-8")
    check_size(request, len(data), "the text")
    if not text.strip():
        raise WebError(422, "the text is empty", "invalid_input")
    title = " ".join((title or "").split())  # one line: it becomes a header field
    first, body = split_title(text)
    if not title or (first and " ".join(first.split()).casefold() == title.casefold()):  # a headline pasted with the text: once
        title, text = title or first, body
    if title:
        text = f"Title: {title}\n" + ("" if HEADER_LINE.match(text.lstrip()) else "\n") + text.lstrip()
    name = safe_name(title, "pasted") + ".txt"
    return request.app.state.tasks.submit_file("text", title or "pasted text", name, text.encode("utf-8"))


def queue_url(request: Request, url: str) -> TaskOut:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebError(422, f"not an http(s) URL: {url[:200]!r}", "invalid_input")
    config = request.app.state.config
    if config.public and not config.allow_private:
        pipeline.check_fetchable(url.strip())
    return request.app.state.tasks.submit_url(url.strip())


@router.post("/tasks/text", status_code=202, response_model=TaskOut, summary="Add a pasted document (analyzed by the task worker)")
def add_text(request: Request, body: TextIn, _: Writer):
    return queue_text(request, body.text, body.title)


@router.post("/tasks/upload", status_code=202, response_model=TaskOut, summary="Add an uploaded file: text, HTML, feed, WARC or JSONL")
async def add_upload(request: Request, file: Annotated[UploadFile, File(description="The file to add.")], _: Writer):
    cap = request.app.state.config.max_upload
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap + CHUNK:  # more than the file plus any form overhead
        check_size(request, int(declared), "the upload")
    data = bytearray()
    while chunk := await file.read(CHUNK):
        data += chunk
        if len(data) > cap:
            check_size(request, len(data), "the upload")
    name = safe_name(file.filename, "upload.txt")
    return request.app.state.tasks.submit_file("upload", file.filename or name, name, bytes(data))


@router.post("/tasks/url", status_code=202, response_model=TaskOut, summary="Add the page at a URL (fetched by the task worker)")
def add_url(request: Request, body: UrlIn, _: Writer):
    return queue_url(request, body.url)


@router.get("/tasks/{task_id}", response_model=TaskOut, summary="A task: poll until its state is done or failed")
def get_task(request: Request, task_id: str):
    task = request.app.state.tasks.get(task_id)
    if task is None:
        raise not_found("task", task_id)
    return task


@router.get("/tasks", response_model=list[TaskOut], summary="The latest tasks, newest first")
def list_tasks(request: Request):
    return request.app.state.tasks.recent()
