"""Read endpoints under ``/api/1/``: every list paged and filtered the same way, every answer a typed model."""

from __future__ import annotations

import datetime as dt
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from readout import pipeline
from readout.model import Alignment, AlignmentKind, Brief, Commitment, CommitmentRow, EventCode, Quantity, Quote, RoleDecision, TextRange, Verdict
from readout.web.app import reading
from readout.web.errors import not_found
from readout.web.schemas import (
    ActorOut,
    ActorSummary,
    DocumentOut,
    DocumentSummary,
    ErrorOut,
    EventSummary,
    ItemOut,
    PageOut,
    SearchHit,
    VerdictCounts,
)

router = APIRouter(prefix="/api/1", tags=["read"], responses={404: {"model": ErrorOut, "description": "Unknown id"}})
MAX_LIMIT = 500


def filters(
    actor: Annotated[str | None, Query(max_length=200, description="An entity id (e.g. person:kai-lund, country:NOR): documents that name it.")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code: documents that name the country.")] = None,
    since: Annotated[dt.date | None, Query(description="Published on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Published on or before this date (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Part of the outlet, URL or source name.")] = None,
    verdict: Annotated[Verdict | None, Query(description="Only items aligned across sources with this verdict.")] = None,
    event: Annotated[str | None, Query(max_length=100, description="Only the documents of this event.")] = None,
) -> pipeline.Filters:
    return pipeline.Filters(actor=actor, country=country, since=since, until=until, source=source, verdict=verdict, event=event)


class Paging:
    def __init__(self, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
                 offset: Annotated[int, Query(ge=0, le=10**9, description="Items to skip.")] = 0) -> None:
        self.limit = limit
        self.offset = offset

    def page(self, items: list, total: int) -> dict:
        return {"items": items, "total": total, "limit": self.limit, "offset": self.offset}


Filters = Annotated[pipeline.Filters, Depends(filters)]
Pages = Annotated[Paging, Depends(Paging)]


# events


def event_summaries(store, events) -> list[EventSummary]:
    """Events with their verdict counts, participants as analysts see them (hidden left out, merged under their target)."""
    counts = store.browse.verdict_counts([e.id for e in events])
    events = pipeline.analyst_events(store, events)
    return [EventSummary(event=e, sources=len(e.doc_ids), counts=VerdictCounts(**counts.get(e.id, {}))) for e in events]


@router.get("/events", response_model=PageOut[EventSummary], summary="Events, newest first, with their verdict counts")
def list_events(request: Request, f: Filters, paging: Pages):
    with reading(request) as store:
        page = store.browse.events(f, paging.limit, paging.offset)
        return paging.page(event_summaries(store, page.rows), page.total)


@router.get("/events/{event_id}", response_model=EventSummary, summary="One event")
def get_event(request: Request, event_id: str):
    with reading(request) as store:
        event = store.browse.event(event_id)
        if event is None:
            raise not_found("event", event_id)
        return event_summaries(store, [event])[0]


@router.get("/events/{event_id}/brief", summary="The event's briefing as JSON, Markdown or HTML",
            responses={200: {"content": {"application/json": {}, "text/markdown": {}, "text/html": {}}}})
def get_brief(request: Request, event_id: str, format: Literal["json", "md", "html"] = "json",
              as_of: Annotated[dt.date | None, Query(description="Date at which commitments are judged (default today).")] = None) -> Response:
    brief = brief_of(request, event_id, as_of)
    if format == "json":
        return Response(pipeline.render(brief, "json"), media_type="application/json")
    if format == "md":
        return PlainTextResponse(pipeline.render(brief, "md"), media_type="text/markdown; charset=utf-8")
    return HTMLResponse(pipeline.render(brief, "html"))


def brief_of(request: Request, event_id: str, as_of: dt.date | None) -> Brief:
    with reading(request) as store:
        return pipeline.with_analyst(store, request.app.state.briefs.brief(store, event_id, as_of or dt.date.today()).brief)


# documents


@router.get("/documents", response_model=PageOut[DocumentSummary], summary="Stored documents, newest first")
def list_documents(request: Request, f: Filters, paging: Pages):
    with reading(request) as store:
        page = store.browse.documents(f, paging.limit, paging.offset)
        rows = [DocumentSummary(id=r.id, title=r.title, outlet=r.outlet, url=r.url, published=r.published, language=r.language,
                                added_at=r.added_at) for r in page.rows]
        return paging.page(rows, page.total)


@router.get("/documents/{doc_id}", response_model=DocumentOut, summary="A document: cleaned text, sentences and items with spans")
def get_document(request: Request, doc_id: str):
    with reading(request) as store:
        return document_out(store, doc_id)


def document_out(store, doc_id: str) -> DocumentOut:
    if not store.has(doc_id):
        raise not_found("document", doc_id)
    document = store.document(doc_id)
    analysis = store.analysis(doc_id)
    items = [ItemOut(kind=r.kind, span=r.span, label=r.label, value=r.value) for r in store.browse.document_items(doc_id)]
    role = analysis.role if analysis and analysis.role else RoleDecision(role=document.role, reason="set by the user") if document.role else None
    return DocumentOut(document=document, role=role, sentences=[s.span for s in analysis.sentences] if analysis else [], items=items,
                       events=[e.id for e in store.browse.events_of_document(doc_id)])


# actors


@router.get("/actors", response_model=PageOut[ActorSummary], summary="Entities named in the documents, most documents first")
def list_actors(request: Request, f: Filters, paging: Pages,
                kind: Annotated[Literal["person", "country", "org", "place"] | None, Query(description="Only entities of this kind.")] = None,
                include_hidden: Annotated[bool, Query(description="Also the entities an analyst hid.")] = False):
    with reading(request) as store:
        hidden, merged = store.annotations.entity_view()
        page = store.browse.actors(f, paging.limit, paging.offset, kind, exclude=set() if include_hidden else hidden)
        return paging.page([ActorSummary(entity=r.entity, documents=r.documents, mentions=r.mentions, hidden=r.entity.id in hidden,
                                         merged_into=merged.get(r.entity.id)) for r in page.rows], page.total)


@router.get("/actors/{entity_id}", response_model=ActorOut, summary="An entity: its counts, its quotes and the commitments it is party to")
def get_actor(request: Request, entity_id: str):
    with reading(request) as store:
        return actor_out(store, entity_id)


def actor_out(store, entity_id: str, limit: int = 200) -> ActorOut:
    """The entity as stored, how often it is named, its quotes and the commitments it is party to (first ``limit`` of each)."""
    entity = store.browse.entity(entity_id)
    if entity is None:
        raise not_found("actor", entity_id)
    f = pipeline.Filters(actor=entity_id)
    documents, mentions = store.browse.mention_counts(entity_id)
    quotes = [r for r in store.browse.items("quote", f, limit, 0).rows if r.label == entity_id]
    commitments = [c for c in (Commitment.model_validate_json(r.body) for r in store.browse.items("commitment", f, limit, 0).rows)
                   if entity_id in c.actors]
    hidden, merged = store.annotations.entity_view()
    return ActorOut(entity=entity, documents=documents, mentions=mentions, hidden=entity_id in hidden, merged_into=merged.get(entity_id),
                    merged_from=sorted(k for k, v in merged.items() if v == entity_id),
                    annotations=store.annotations.list("entity", [entity_id]),
                    quotes=[ItemOut(kind=r.kind, span=r.span, label=r.label, value=r.value) for r in quotes], commitments=commitments)


# items


def _items(request: Request, kind: str, model, f, paging: Paging) -> dict:
    with reading(request) as store:
        page = store.browse.items(kind, f, paging.limit, paging.offset)
        return paging.page([model.model_validate_json(r.body) for r in page.rows], page.total)


@router.get("/figures", response_model=PageOut[Quantity], summary="Figures (quantities) with unit, qualifier, period and span")
def list_figures(request: Request, f: Filters, paging: Pages):
    return _items(request, "quantity", Quantity, f, paging)


@router.get("/quotes", response_model=PageOut[Quote], summary="Direct and indirect quotes with their speakers")
def list_quotes(request: Request, f: Filters, paging: Pages):
    return _items(request, "quote", Quote, f, paging)


@router.get("/event-codes", response_model=PageOut[EventCode], summary="PLOVER-style coded events")
def list_event_codes(request: Request, f: Filters, paging: Pages):
    return _items(request, "event", EventCode, f, paging)


@router.get("/commitments", response_model=PageOut[CommitmentRow], summary="Commitments (merged within their event) with their state as of a date")
def list_commitments(request: Request, f: Filters, paging: Pages,
                     as_of: Annotated[dt.date | None, Query(description="Date at which commitments are judged (default today).")] = None):
    with reading(request) as store:
        rows = pipeline.stored_commitments(store, as_of or dt.date.today())
        if f.actor or f.country or f.since or f.until or f.source or f.event:
            keep = store.browse.document_ids(f)
            rows = [r for r in rows if r.doc_id in keep]
        if f.actor:
            rows = [r for r in rows if f.actor in r.commitment.actors]
        if f.verdict:
            rows = [r for r in rows if r.verdict == f.verdict]
        return paging.page(rows[paging.offset : paging.offset + paging.limit], len(rows))


@router.get("/alignments", response_model=PageOut[Alignment], summary="Statements aligned across sources, with verdicts and reasons")
def list_alignments(request: Request, f: Filters, paging: Pages,
                    kind: Annotated[AlignmentKind | None, Query(description="Only alignments of this kind.")] = None):
    with reading(request) as store:
        page = store.browse.alignments(f, paging.limit, paging.offset, kind)
        return paging.page(page.rows, page.total)


# search


@router.get("/search", response_model=PageOut[SearchHit], summary="Sentences matching every word (FTS5), best first, matches highlighted")
def search(request: Request, f: Filters, paging: Pages,
           q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (all of them).")]):
    with reading(request) as store:
        page = store.browse.search(q, f, paging.limit, paging.offset)
        hits = [SearchHit(span=h.span, sentence_index=h.sentence_index, title=h.title, outlet=h.outlet, published=h.published,
                          matches=[TextRange(start=s, end=e) for s, e in h.matches]) for h in page.rows]
        return paging.page(hits, page.total)


# exports

EXPORT_TYPES = {"entities.csv": "text/csv; charset=utf-8", "mentions.csv": "text/csv; charset=utf-8",
                "ftm.jsonl": "application/x-ndjson", "w3c.jsonl": "application/x-ndjson"}


@router.get("/export/{name}", summary="Entities or mentions as CSV, FollowTheMoney JSON Lines, or W3C Web Annotations, as analysts see them",
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def export(request: Request, name: Literal["entities.csv", "mentions.csv", "ftm.jsonl", "w3c.jsonl"],
           event: Annotated[str | None, Query(max_length=100, description="Only the documents of this event.")] = None,
           as_extracted: Annotated[bool, Query(description="Leave out the analyst layer: hidden and merged entities as extracted, "
                                                           "no analyst annotations.")] = False) -> Response:
    out = io.StringIO()
    with reading(request) as store:
        if event is not None and store.browse.event(event) is None:
            raise not_found("event", event)
        pipeline.export(store, name, out, event_id=event, analyst=not as_extracted)
    return Response(out.getvalue(), media_type=EXPORT_TYPES[name], headers={"Content-Disposition": f'attachment; filename="readout-{name}"'})
