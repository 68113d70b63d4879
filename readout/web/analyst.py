"""The analyst layer over HTTP: annotate (hide or merge an entity, tag, note, set a verdict), list, withdraw, export, import.

Annotations name who made them and when; they are shown beside the evidence
and never change it. Writing needs what every write needs (``write.py``).
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel, ValidationError

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
    """404 unless what the annotation is about (and an entity it merges into) is stored."""
    kind, target = annotation.target_kind, annotation.target
    if kind == "item":
        doc_id, _, rest = target.partition(":")
        start, _, end = rest.partition(":")
        if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
            raise WebError(422, f"an item is named doc_id:start:end, not {target!r}", "invalid_input")
        if not store.has(doc_id):
            raise not_found("document", doc_id)
        if int(end) > len(store.document(doc_id).text):
            raise WebError(422, f"{target!r} ends after the end of its document's text", "invalid_input")
        return
    if not store.browse.exists(kind, target):
        raise not_found(kind, target)
    if annotation.action == "merge" and not store.browse.exists("entity", annotation.value):
        raise not_found("entity", annotation.value)


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
        lines = [a.model_dump_json(exclude={"id"}) for a in store.annotations.list()]
    return Response("".join(line + "\n" for line in lines), media_type="application/x-ndjson")


@router.post("/annotations/import", response_model=ImportOut, summary="Import annotations exported as JSON Lines (all or none)",
             openapi_extra={"requestBody": {"content": {"application/x-ndjson": {"schema": {"type": "string"}}}, "required": True}})
async def import_annotations(request: Request, _: Writer):
    body = await request.body()
    check_size(request, len(body), "the import")
    annotations = []
    for number, line in enumerate(body.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            data.pop("id", None)
            annotations.append(Annotation.model_validate(data))
        except (ValueError, ValidationError) as exc:
            reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            raise WebError(422, f"line {number}: {reason}; nothing was imported", "invalid_input") from None
    return ImportOut(imported=len(await run_in_threadpool(_import, request, annotations)))


def _import(request: Request, annotations: list[Annotation]) -> list[Annotation]:
    with writing(request) as store:
        for annotation in annotations:
            check_target(store, annotation)
        return store.annotations.add(annotations)
