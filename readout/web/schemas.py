"""What the API answers, as typed models (they are the OpenAPI schema): pages, summaries, hits, tasks, errors."""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from readout.model import Alignment, Annotation, Commitment, CommitmentRow, Document, Entity, Event, RoleDecision, Span, TextRange

T = TypeVar("T")


class Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class ErrorOut(Out):
    """The one shape of every error the server answers."""

    status: int
    code: str  # not_found, invalid_input, too_large, unauthorized, forbidden_address, method_not_allowed, internal
    message: str


class PageOut(Out, Generic[T]):
    """One page of a list: ``items``, how many there are in all, and where this page starts."""

    items: list[T]
    total: int
    limit: int
    offset: int


class DocumentSummary(Out):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    added_at: str


class ItemOut(Out):
    """An extracted item of a document: its kind, the characters it covers, its filter columns, and the item itself."""

    kind: str
    span: Span
    label: str | None = None
    value: str | None = None


class DocumentOut(Out):
    """A stored document: the cleaned text, its sentences and every item extracted from it, each with its span."""

    document: Document
    role: RoleDecision | None = None  # official, news or analysis, and what showed it (declared roles say "set by the user")
    sentences: list[Span]
    items: list[ItemOut]
    events: list[str]  # ids of the events it belongs to


class VerdictCounts(Out):
    corroborated: int = 0
    conflicting: int = 0
    single_source: int = 0


class EventSummary(Out):
    event: Event
    sources: int
    counts: VerdictCounts


class ActorSummary(Out):
    entity: Entity
    documents: int
    mentions: int
    hidden: bool = False  # an analyst hid it
    merged_into: str | None = None  # an analyst merged it into this entity


class ActorOut(Out):
    entity: Entity
    documents: int
    mentions: int
    hidden: bool = False
    merged_into: str | None = None
    merged_from: list[str] = []  # entities an analyst merged into this one
    annotations: list[Annotation] = []
    quotes: list[ItemOut]
    commitments: list[Commitment]


class SearchHit(Out):
    """A sentence that matches, with the ranges (offsets inside ``span.text``) that matched."""

    span: Span
    sentence_index: int
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    matches: list[TextRange]


class TaskOut(Out):
    """Adding documents runs as a task: poll ``/api/1/tasks/{id}`` until ``state`` is done or failed."""

    id: str
    kind: Literal["text", "upload", "url"]
    input: str  # the title, file name or URL given
    state: Literal["queued", "running", "done", "failed"]
    created_at: dt.datetime
    finished_at: dt.datetime | None = None
    added: int = 0
    already_stored: int = 0
    document_ids: list[str] = []
    event_ids: list[str] = []
    errors: list[str] = []


class TextIn(BaseModel):
    """A pasted document: its text, and what is known of it."""

    text: str
    title: str | None = None


class UrlIn(BaseModel):
    url: str


__all__ = ["ActorOut", "ActorSummary", "Alignment", "CommitmentRow", "DocumentOut", "DocumentSummary", "ErrorOut", "EventSummary",
           "ItemOut", "PageOut", "SearchHit", "TaskOut", "TextIn", "UrlIn", "VerdictCounts"]
