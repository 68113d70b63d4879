"""The analyst layer over HTTP: annotate (hide or merge an entity, tag, note, set a verdict), list, withdraw, export, import.

Annotations name who made them and when; they are shown beside the evidence
and never change it. Writing needs what every write needs (``write.py``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel

from readout.model import Annotation, AnnotationAction, AnnotationTarget
from readout.web.app import reading, writing
from readout.web.errors import WebError, not_found
from readout.web.schemas import ErrorOut
from readout.web.write import allowed_to_write, check_size

router = APIRouter(prefix="/api/1", tags=["analyst"], responses={404: {"model": ErrorOut, "description": "Unknown id"}})
Writer = Annotated[None, Depends(allowed_to_write)]


class ImportOut(BaseModel):
    imported: int


def check_target(store, annotation: Annotation) -> None:
    """404 unless what the annotation is about (and an entity it merges into) is stored; 422 for a malformed item."""
    store.annotations.check(annotation)


@router.post("/annotations", status_code=201, response_model=Annotation, summary="Annotate an entity, alignment, item, document or event")
def add_annotation(request: Request, annotation: Annotation, _: Writer):
    if annotation.id is not None or annotation.created_at is not None:
        raise WebError(422, "id and created_at are set by the server (an import keeps them)", "invalid_input")
    with writing(request) as store:
        check_target(store, annotation)
        return store.annotations.add([annotation])[0]


@router.get("/annotations", response_model=list[Annotation], summary="Annotations in the order made, optionally of one target or action")
def list_annotations(request: Request, target_kind: AnnotationTarget | None = None,
                     target: Annotated[str | None, Query(max_length=300)] = None, action: AnnotationAction | None = None):
    with reading(request) as store:
        return store.annotations.list(target_kind, [target] if target else None, action)


@router.delete("/annotations/{annotation_id}", status_code=204, summary="Withdraw an annotation")
def delete_annotation(request: Request, annotation_id: int, _: Writer):
    with writing(request) as store:
        if not store.annotations.delete(annotation_id):
            raise not_found("annotation", str(annotation_id))
    return Response(status_code=204)


@router.get("/annotations.jsonl", summary="Every annotation as JSON Lines, to keep or to import elsewhere",
            responses={200: {"content": {"application/x-ndjson": {}}}})
def export_annotations(request: Request) -> Response:
    with reading(request) as store:
        lines = store.annotations.export_jsonl()
    return Response("".join(lines), media_type="application/x-ndjson")


@router.post("/annotations/import", response_model=ImportOut, summary="Import annotations exported as JSON Lines (all or none)",
             openapi_extra={"requestBody": {"content": {"application/x-ndjson": {"schema": {"type": "string"}}}, "required": True}})
async def import_annotations(request: Request, _: Writer):
    body = await request.body()
    check_size(request, len(body), "the import")
    lines = body.decode("utf-8", errors="replace").splitlines()
    return ImportOut(imported=len(await run_in_threadpool(_import, request, lines)))


def _import(request: Request, lines: list[str]) -> list[Annotation]:
    with writing(request) as store:
        return store.annotations.import_jsonl(lines, "the import")
