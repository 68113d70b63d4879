"""Server-rendered pages (Jinja2, text always escaped), each with a JSON twin at the same path plus ``.json``.

Pages work without JavaScript: a citation is a link to the document page with
the cited characters as ``s`` and ``e``, and the page marks them and scrolls to
them through the ``#hl`` fragment.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Annotated, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from pydantic import ValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response

from readout import pipeline
from readout.model import Annotation, Brief, Citation, Span
from readout.web import api
from readout.web.app import reading, writing
from readout.web.errors import WebError, not_found
from readout.web.analyst import check_target
from readout.web.write import check_writer, queue_text, queue_url

router = APIRouter(include_in_schema=False)
KIND_WORDS = {"mention": "name", "quantity": "figure", "time": "date", "quote": "quote", "commitment": "commitment", "rhetoric": "rhetoric"}
VERDICT_MARKS = {"corroborated": ("✓", "corroborated"), "conflicting": ("✗", "conflicting"), "single_source": ("○", "single source")}


def cite_href(doc_id: str, start: int, end: int) -> str:
    return f"/documents/{quote(doc_id)}?{urlencode({'s': start, 'e': end})}#hl"


def span_href(span: Span) -> str:
    return cite_href(span.doc_id, span.start, span.end)


def citation_href(citation: Citation) -> str:
    return span_href(citation.span)


def replace_param(params, name: str, value) -> str:
    """The query string with one parameter set (for the pager's links)."""
    kept = {k: v for k, v in params.items() if k != name}
    kept[name] = value
    return urlencode(kept)


ROLE_WORDS = {"official": "official readout or statement", "news": "wire or news report", "analysis": "analysis or opinion"}
TEMPLATE_GLOBALS = {"span_href": span_href, "citation_href": citation_href, "kind_words": KIND_WORDS, "verdict_marks": VERDICT_MARKS,
                    "quote": quote, "role_words": ROLE_WORDS}


@dataclass
class CachedBrief:
    brief: Brief
    charts: tuple[str | None, str | None] | None = None


class BriefCache:
    """Briefs and their charts by (event, when it was last linked, as-of date): drawing charts is the slow part of a page."""

    SIZE = 64

    def __init__(self) -> None:
        self._items: OrderedDict[tuple, CachedBrief] = OrderedDict()
        self._lock = threading.Lock()

    def brief(self, store, event_id: str, as_of: dt.date) -> CachedBrief:
        version = store.browse.event_version(event_id)
        if version is None:
            raise not_found("event", event_id)
        key = (event_id, version, as_of)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        run = pipeline.brief_from_store(store, event_id=event_id, as_of=as_of, analyst=False)  # applied per request: annotations change
        if not run.briefs:
            raise not_found("event", event_id)
        cached = CachedBrief(run.briefs[0])
        with self._lock:
            self._items[key] = cached
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)
        return cached

    def charts(self, cached: CachedBrief) -> tuple[str | None, str | None]:
        if cached.charts is None:
            cached.charts = pipeline.brief_charts(cached.brief)
        return cached.charts


def warm(config, cache: BriefCache, event_ids: list[str]) -> None:
    """Compose the briefs of these events and draw their charts now (in the task worker), so their pages open at once."""
    store = pipeline.open_store(config.db, create=False)
    try:
        for event_id in event_ids:
            try:
                cache.charts(cache.brief(store, event_id, dt.date.today()))
            except WebError:  # the event was relinked away meanwhile
                continue
    finally:
        store.close()


def _page(request: Request, template: str, **context):
    return request.app.state.templates.TemplateResponse(request, template, context)


def _json(model) -> JSONResponse:
    return JSONResponse(model.model_dump(mode="json") if hasattr(model, "model_dump") else model)


# events


def _events(request: Request, f, paging) -> dict:
    return api.list_events(request, f, paging)


@router.get("/index.json")
def events_json(request: Request, f: api.Filters, paging: api.Pages):
    page = _events(request, f, paging)
    return JSONResponse({**page, "items": [s.model_dump(mode="json") for s in page["items"]]})


@router.get("/")
def events_page(request: Request, f: api.Filters, paging: api.Pages):
    with reading(request) as store:
        hidden, merged = store.annotations.entity_view()
    return _page(request, "events.html.j2", title="Events", page=_events(request, f, paging), filters=f, paging=paging,
                 hidden=hidden, merged=merged)


# one event


@dataclass
class MatrixRow:
    label: str
    kind: str
    verdict: str
    cells: list[list[str]]  # per source: the readings it gives (empty: the source does not say)
    hrefs: list[str | None]
    annotations: list[Annotation] = field(default_factory=list)


def source_matrix(brief: Brief, annotations: list[Annotation] = ()) -> list[MatrixRow]:
    """Item × source: what each source says of each aligned item, with the item's verdict."""
    column = {s.doc_id: i for i, s in enumerate(brief.sources)}
    rows = []
    for alignment in brief.alignments:
        cells: list[list[str]] = [[] for _ in brief.sources]
        hrefs: list[str | None] = [None for _ in brief.sources]
        for member in alignment.members:
            i = column.get(member.span.doc_id)
            if i is not None:
                cells[i].append(member.span.text)
                hrefs[i] = hrefs[i] or span_href(member.span)
        rows.append(MatrixRow(alignment.label, alignment.kind, alignment.verdict, cells, hrefs,
                              [a for a in annotations if a.target == alignment.id]))
    return rows


@dataclass
class Analyst:
    """What analysts said about one page's evidence: shown beside it, never instead of it."""

    hidden: set[str]
    merged: dict[str, str]
    annotations: list[Annotation]


def _analyst(store, targets: dict[str, list[str]]) -> Analyst:
    hidden, merged = store.annotations.entity_view()
    found = [a for kind, ids in targets.items() for a in store.annotations.list(kind, ids)]
    return Analyst(hidden, merged, sorted(found, key=lambda a: a.id or 0))


def _event_context(request: Request, event_id: str, as_of: dt.date | None) -> tuple[api.EventSummary, CachedBrief, Analyst]:
    with reading(request) as store:
        cached = request.app.state.briefs.brief(store, event_id, as_of or dt.date.today())
        summary = api.event_summaries(store, [store.browse.event(event_id)])[0]
        analyst = _analyst(store, {"event": [event_id], "alignment": [a.id for a in cached.brief.alignments]})
        brief = pipeline.with_analyst(store, cached.brief)
    return summary, CachedBrief(brief, cached.charts), analyst


AsOf = Annotated[dt.date | None, Query(description="Date at which commitments are judged (default today).")]


@router.get("/events/{event_id}.json")
def event_json(request: Request, event_id: str, as_of: AsOf = None):
    summary, cached, analyst = _event_context(request, event_id, as_of)
    return JSONResponse({"summary": summary.model_dump(mode="json"), "brief": cached.brief.model_dump(mode="json"),
                         "annotations": [a.model_dump(mode="json") for a in analyst.annotations]})


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, as_of: AsOf = None):
    summary, cached, analyst = _event_context(request, event_id, as_of)
    brief = cached.brief
    return _page(request, "event.html.j2", title=brief.title, summary=summary, brief=brief,
                 has_timeline=any(c.due_start for c in brief.commitments), has_figures=bool(brief.figures),
                 matrix=source_matrix(brief, analyst.annotations), analyst=analyst,
                 matrix_targets=[(a.id, f"{a.label} ({a.kind}, {a.verdict.replace('_', ' ')})") for a in brief.alignments],
                 event_notes=[a for a in analyst.annotations if a.target_kind == "event"])


SVG_NAMESPACES = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '


@router.get("/events/{event_id}/{chart}.svg")
def event_chart(request: Request, event_id: str, chart: Literal["timeline", "figures"], as_of: AsOf = None):
    """A chart of the event page as an SVG image: drawn once per brief (matplotlib is the slow part), then cached."""
    with reading(request) as store:
        cached = request.app.state.briefs.brief(store, event_id, as_of or dt.date.today())
    timeline, figures = request.app.state.briefs.charts(cached)
    svg = timeline if chart == "timeline" else figures
    if svg is None:
        raise WebError(404, f"the event {event_id!r} has no {'dated commitment' if chart == 'timeline' else 'figure'} to chart")
    return Response(svg.replace("<svg ", SVG_NAMESPACES, 1), media_type="image/svg+xml",
                    headers={"Cache-Control": "private, max-age=300"})


# one document


OUTER = ("quote", "commitment", "rhetoric")  # statements: they may hold names, figures and dates
INNER = ("mention", "quantity", "time")


@dataclass
class Mark:
    kind: str
    first: bool  # the first piece of its item, where its kind is announced to screen readers


@dataclass
class Piece:
    text: str
    outer: Mark | None
    inner: Mark | None
    cited: bool


def _layer(items: list[api.ItemOut], kinds: tuple[str, ...], length: int) -> list[api.ItemOut]:
    """Items of these kinds that do not overlap (the first, then the longest, wins)."""
    chosen, end = [], -1
    for item in sorted((i for i in items if i.kind in kinds), key=lambda i: (i.span.start, -i.span.end)):
        if item.span.start >= end and item.span.end <= length:
            chosen.append(item)
            end = item.span.end
    return chosen


def _covering(layer: list[api.ItemOut], a: int) -> Mark | None:
    for item in layer:
        if item.span.start <= a < item.span.end:
            return Mark(item.kind, item.span.start == a)
    return None


def pieces(text: str, items: list[api.ItemOut], cited: tuple[int, int] | None) -> list[Piece]:
    """The text cut where statements, names, figures, dates and the cited range begin and end."""
    outer, inner = _layer(items, OUTER, len(text)), _layer(items, INNER, len(text))
    cuts = {0, len(text)} | {i.span.start for i in outer + inner} | {i.span.end for i in outer + inner}
    if cited:
        cuts |= {max(0, min(len(text), cited[0])), max(0, min(len(text), cited[1]))}
    cuts = sorted(cuts)
    return [Piece(text[a:b], _covering(outer, a), _covering(inner, a), bool(cited and cited[0] <= a and b <= cited[1]))
            for a, b in zip(cuts, cuts[1:])]


Cited = Annotated[int | None, Query(ge=0, le=10**9, description="Start of the cited characters.")]
CitedEnd = Annotated[int | None, Query(ge=0, le=10**9, description="End of the cited characters.")]


@router.get("/documents/{doc_id}.json")
def document_json(request: Request, doc_id: str):
    return api.get_document(request, doc_id)


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str, s: Cited = None, e: CitedEnd = None):
    with reading(request) as store:
        out = api.document_out(store, doc_id)
        events = store.browse.events_of_document(doc_id)
        analyst = _analyst(store, {"document": [doc_id]})
        analyst.annotations += [a for a in store.annotations.list("item") if a.target.startswith(doc_id + ":")]
    cited = (s, e) if s is not None and e is not None and s < e else None
    return _page(request, "document.html.j2", title=out.document.title or doc_id, doc=out, events=events, analyst=analyst,
                 pieces=pieces(out.document.text, out.items, cited), cited=cited)


# one actor


@router.get("/actors/{entity_id}.json")
def actor_json(request: Request, entity_id: str):
    return api.get_actor(request, entity_id)


@router.get("/actors/{entity_id}")
def actor_page(request: Request, entity_id: str):
    with reading(request) as store:
        actor = api.actor_out(store, entity_id)
        documents = store.browse.documents(pipeline.Filters(actor=entity_id), 100, 0)
    return _page(request, "actor.html.j2", title=actor.entity.name, actor=actor, documents=documents)


# search


def _search(request: Request, q: str | None, f, paging) -> dict | None:
    return api.search(request, f, paging, q) if q and q.strip() else None


Q = Annotated[str | None, Query(max_length=500, description="Words to find (all of them).")]


@router.get("/search.json")
def search_json(request: Request, f: api.Filters, paging: api.Pages, q: Q = None):
    page = _search(request, q, f, paging) or paging.page([], 0)
    return JSONResponse({**page, "items": [h.model_dump(mode="json") for h in page["items"]]})


@router.get("/search")
def search_page(request: Request, f: api.Filters, paging: api.Pages, q: Q = None):
    return _page(request, "search.html.j2", title="Search", q=q or "", page=_search(request, q, f, paging), filters=f, paging=paging)


# adding documents


@router.get("/add")
def add_page(request: Request):
    return _page(request, "add.html.j2", title="Add a document", tasks=request.app.state.tasks.recent(10))


@router.post("/add")
def add_form(request: Request, text: Annotated[str, Form(max_length=50_000_000)] = "", title: Annotated[str, Form(max_length=500)] = "",
             url: Annotated[str, Form(max_length=2000)] = "", token: Annotated[str, Form(max_length=500)] = ""):
    check_writer(request, token or None)
    if url.strip():
        task = queue_url(request, url)
    elif text.strip():
        task = queue_text(request, text, title or None)
    else:
        raise WebError(422, "give a text to paste or a URL", "invalid_input")
    return RedirectResponse(f"/tasks/{task.id}", status_code=303)


@router.get("/tasks/{task_id}.json")
def task_json(request: Request, task_id: str):
    task = request.app.state.tasks.get(task_id)
    if task is None:
        raise not_found("task", task_id)
    return task


@router.get("/tasks/{task_id}")
def task_page(request: Request, task_id: str):
    task = request.app.state.tasks.get(task_id)
    if task is None:
        raise not_found("task", task_id)
    return _page(request, "task.html.j2", title="Adding a document", task=task)


# annotating from the pages


@router.post("/annotate")
def annotate_form(request: Request, action: Annotated[str, Form(max_length=20)], target_kind: Annotated[str, Form(max_length=20)],
                  target: Annotated[str, Form(max_length=300)], author: Annotated[str, Form(max_length=200)] = "",
                  value: Annotated[str, Form(max_length=20_000)] = "", back: Annotated[str, Form(max_length=2000)] = "/",
                  token: Annotated[str, Form(max_length=500)] = ""):
    """The pages' annotation forms: the same checks as ``POST /api/1/annotations``, then back to the page."""
    check_writer(request, token or None)
    try:
        annotation = Annotation(action=action, target_kind=target_kind, target=target, value=value.strip() or None, author=author.strip())
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(x) for x in error.get("loc", ()))
        raise WebError(422, f"{where + ': ' if where else ''}{error['msg']}", "invalid_input") from None
    with writing(request) as store:
        check_target(store, annotation)
        store.annotations.add([annotation])
    safe_back = back if back.startswith("/") and not back.startswith("//") else "/"
    return RedirectResponse(safe_back, status_code=303)
