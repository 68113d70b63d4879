"""The application factory: one FastAPI app over one database, its settings fixed when it is made."""

from __future__ import annotations

import ipaddress
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

from readout import pipeline, settings
from readout.web import errors

API_VERSION = "1"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"


@dataclass(frozen=True)
class WebConfig:
    """What one running server is: its database, and whether it is exposed beyond this machine."""

    db: Path
    public: bool = False  # server mode: bound beyond loopback; writes need the token, URLs to private addresses are refused
    token: str | None = None
    max_upload: int = 10 * 1024 * 1024
    allow_private: bool = False

    @classmethod
    def from_settings(cls, db: Path, *, public: bool = False) -> WebConfig:
        return cls(db=Path(db), public=public, token=settings.get("web_token") or None,
                   max_upload=int(settings.value("upload_max_bytes")), allow_private=bool(settings.value("allow_private_addresses")))


def is_loopback(host: str) -> bool:
    """True for 127.0.0.1, ::1, localhost: the addresses only this machine reaches."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(config: WebConfig) -> FastAPI:
    """The app for one database; creates or migrates the file once, here, and never at import."""
    from readout.web import analyst, api, pages, tasks, write

    pipeline.open_store(config.db, create=True).close()
    app = FastAPI(
        title="readout",
        version=API_VERSION,
        summary="A sourced record of events in news coverage: documents, items with their spans, events, verdicts, briefs.",
        openapi_url=f"/api/{API_VERSION}/openapi.json",
        docs_url=None,  # its page loads scripts from a CDN: nothing here is fetched from elsewhere
        redoc_url=None,
        responses={404: {"model": api.ErrorOut, "description": "Unknown id or path"}, 422: {"model": api.ErrorOut, "description": "Invalid input"}},
    )
    app.state.config = config
    app.state.templates = Jinja2Templates(directory=str(resources.files("readout.web") / "templates"))
    app.state.templates.env.autoescape = True  # every template, whatever its name ends in: document text is always escaped
    app.state.templates.env.globals.update(pages.TEMPLATE_GLOBALS)
    app.state.templates.env.filters["replace_param"] = pages.replace_param
    app.state.templates.env.filters["zip"] = zip
    app.state.briefs = pages.BriefCache()
    app.state.tasks = tasks.TaskQueue(config, warm=lambda event_ids: pages.warm(config, app.state.briefs, event_ids))
    app.state.tasks.recover()  # tasks a stopped server left unfinished are reported failed, not lost
    errors.install(app)

    app.add_middleware(ProtectiveHeaders)
    app.include_router(api.router)
    app.include_router(write.router)
    app.include_router(analyst.router)
    app.include_router(pages.router)
    return app


class ProtectiveHeaders:
    """No page runs a script or loads anything from elsewhere; no answer is sniffed as another type (plain ASGI: no per-request task)."""

    HEADERS = [(b"x-content-type-options", b"nosniff"), (b"content-security-policy", CSP.encode()), (b"referrer-policy", b"no-referrer")]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


@contextmanager
def reading(request: Request):
    """The database, read-only, for the length of one request (a connection belongs to one thread)."""
    store = pipeline.open_store(request.app.state.config.db, create=False)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def writing(request: Request):
    store = pipeline.open_store(request.app.state.config.db, create=True)
    try:
        yield store
    finally:
        store.close()
