"""One error shape for every error: ``{status, code, message}``, from one set of handlers (as datasette does)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from readout.errors import ReadoutError

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "too_large", 422: "invalid_input", 500: "internal"}
STATUS_OF_REASON = {"not_found": 404, "unknown_event": 404, "too_large": 413, "private_address": 403, "invalid_input": 422}


class WebError(Exception):
    """An error the server answers on purpose, with its status and code."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def not_found(what: str, ident: str) -> WebError:
    return WebError(404, f"no {what} with id {ident!r}")


def _answer(request: Request, status: int, code: str, message: str) -> JSONResponse | HTMLResponse:
    body = {"status": status, "code": code, "message": message}
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html.j2", {"error": body, "title": f"Error {status}"}, status_code=status)
    return JSONResponse(body, status_code=status)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not path.startswith("/api/") and not path.endswith(".json") and "text/html" in request.headers.get("accept", "")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(x) for x in error.get("loc", ()) if x not in ("body", "query", "path"))
        parts.append(f"{where or 'input'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


def install(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError):
        return _answer(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint at {request.url.path}"
        return _answer(request, exc.status_code, CODES.get(exc.status_code, "error"), message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return _answer(request, 422, "invalid_input", _validation_message(exc))

    @app.exception_handler(ReadoutError)
    async def readout_error(request: Request, exc: ReadoutError):
        status = STATUS_OF_REASON.get(exc.reason, 400)
        return _answer(request, status, exc.reason if status != 404 else "not_found", exc.message + (f" ({exc.hint})" if exc.hint else ""))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        return _answer(request, 500, "internal", f"internal error ({type(exc).__name__}); the server log has the details")
