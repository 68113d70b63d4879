"""Named read queries for browsing a database page by page: the web app's reads.

Every list takes a ``Filters`` (actor, country, date range, source, verdict)
and a page (``limit``, ``offset``) and returns the rows of that page with the
total, so a client can page through 10,000 documents without loading them.
Items are read back from their JSON ``body`` into model objects; the columns
of ``items`` and ``documents`` are what the filters use.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from readout.model import Alignment, Entity, Event, Span

ITEM_KINDS = ("mention", "quantity", "time", "quote", "claim", "commitment", "event", "rhetoric")
START_MARK, END_MARK = "\x02", "\x03"  # FTS5 highlight markers: control characters no sentence holds


@dataclass(frozen=True)
class Filters:
    """What a list is narrowed to; every field optional. Applied to the documents an item comes from."""

    actor: str | None = None  # an entity id: documents that mention it
    country: str | None = None  # ISO 3166-1 alpha-3: documents that mention the country
    since: dt.date | None = None  # published on or after
    until: dt.date | None = None  # published on or before
    source: str | None = None  # a substring of the document's outlet, URL or source
    verdict: str | None = None  # items inside an aligned statement with this verdict
    event: str | None = None  # documents of this event


@dataclass(frozen=True)
class DocumentRow:
    id: str
    source: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    language: str | None
    added_at: str


@dataclass(frozen=True)
class ItemRow:
    doc_id: str
    kind: str
    span: Span
    label: str | None
    value: str | None
    body: str  # the item as JSON (the model object of its kind)


@dataclass(frozen=True)
class ActorRow:
    entity: Entity
    documents: int
    mentions: int


@dataclass(frozen=True)
class Highlighted:
    """A sentence found by search, with the character ranges (within the sentence) that matched."""

    span: Span
    sentence_index: int
    doc_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    matches: tuple[tuple[int, int], ...]


@dataclass
class Page:
    rows: list = field(default_factory=list)
    total: int = 0


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _document_where(f: Filters, alias: str = "d") -> tuple[str, list]:
    """SQL conditions on documents ``alias`` for the filters, and their parameters."""
    where, params = [], []
    if f.since:
        where.append(f"{alias}.published >= ?")
        params.append(f.since.isoformat())
    if f.until:
        where.append(f"{alias}.published <= ?")
        params.append(f.until.isoformat())
    if f.source:
        where.append(f"(instr(lower(coalesce({alias}.outlet, '')), ?) OR instr(lower(coalesce({alias}.url, '')), ?)"
                     f" OR instr(lower({alias}.source), ?))")
        params += [f.source.lower()] * 3
    if f.actor:
        where.append(f"EXISTS (SELECT 1 FROM items m WHERE m.doc_id = {alias}.id AND m.kind = 'mention' AND m.label = ?)")
        params.append(f.actor)
    if f.country:
        where.append(f"EXISTS (SELECT 1 FROM items m WHERE m.doc_id = {alias}.id AND m.kind = 'mention' AND m.label = ?)")
        params.append(f"country:{f.country.upper()}")
    if f.event:
        where.append(f"{alias}.id IN (SELECT doc_id FROM event_documents WHERE event_id = ?)")
        params.append(f.event)
    return (" AND ".join(where) or "1"), params


class Browse:
    """Reads for the web app over one connection (rows by name, see ``database.py``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def documents(self, f: Filters, limit: int, offset: int) -> Page:
        where, params = _document_where(f)
        total = self.connection.execute(f"SELECT count(*) AS n FROM documents d WHERE {where}", params).fetchone()["n"]
        rows = self.connection.execute(
            f"SELECT d.id, d.source, d.title, d.outlet, d.url, d.published, d.language, d.added_at FROM documents d WHERE {where}"
            " ORDER BY d.published IS NULL, d.published DESC, d.rowid LIMIT ? OFFSET ?", params + [limit, offset])
        return Page([DocumentRow(r["id"], r["source"], r["title"], r["outlet"], r["url"], _date(r["published"]), r["language"],
                                 r["added_at"]) for r in rows], total)

    def document_ids(self, f: Filters) -> set[str]:
        """The ids of every document the filters keep (verdict aside)."""
        where, params = _document_where(f)
        return {r["id"] for r in self.connection.execute(f"SELECT d.id FROM documents d WHERE {where}", params)}

    def items(self, kind: str, f: Filters, limit: int, offset: int, doc_id: str | None = None) -> Page:
        """Items of one kind in the filtered documents, in document then text order."""
        where, params = _document_where(f)
        conditions = ["i.kind = ?", where]
        params = [kind] + params
        if doc_id:
            conditions.append("i.doc_id = ?")
            params.append(doc_id)
        if f.verdict:
            conditions.append("EXISTS (SELECT 1 FROM alignment_members am JOIN alignments a ON a.id = am.alignment_id"
                              " WHERE am.doc_id = i.doc_id AND am.start < i.end AND am.end > i.start AND a.verdict = ?)")
            params.append(f.verdict)
        sql_where = " AND ".join(conditions)
        base = f"FROM items i JOIN documents d ON d.id = i.doc_id WHERE {sql_where}"
        total = self.connection.execute(f"SELECT count(*) AS n {base}", params).fetchone()["n"]
        rows = self.connection.execute(
            f"SELECT i.doc_id, i.kind, i.start, i.end, i.text, i.label, i.value, i.body {base}"
            " ORDER BY d.rowid, i.start, i.id LIMIT ? OFFSET ?", params + [limit, offset])
        return Page([ItemRow(r["doc_id"], r["kind"], Span(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"]),
                             r["label"], r["value"], r["body"]) for r in rows], total)

    def document_items(self, doc_id: str) -> list[ItemRow]:
        """Every item of one document, in text order: what its page highlights."""
        rows = self.connection.execute(
            "SELECT doc_id, kind, start, end, text, label, value, body FROM items WHERE doc_id = ? ORDER BY start, end DESC, id", (doc_id,))
        return [ItemRow(r["doc_id"], r["kind"], Span(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"]),
                        r["label"], r["value"], r["body"]) for r in rows]

    def actors(self, f: Filters, limit: int, offset: int, kind: str | None = None, exclude: set[str] = frozenset()) -> Page:
        """Entities named in the filtered documents (less ``exclude``), most documents first, each with its counts."""
        where, params = _document_where(f)
        base = (f"FROM items i JOIN documents d ON d.id = i.doc_id WHERE i.kind = 'mention' AND {where}"
                + (" AND i.label LIKE ?" if kind else "") + " AND i.label NOT IN (SELECT value FROM json_each(?))")
        if kind:
            params = params + [f"{kind}:%"]
        params = params + [_json_list(sorted(exclude))]
        total = self.connection.execute(f"SELECT count(DISTINCT i.label) AS n {base}", params).fetchone()["n"]
        rows = self.connection.execute(
            f"SELECT i.label, count(DISTINCT i.doc_id) AS documents, count(*) AS mentions, min(i.doc_id) AS first_doc {base}"
            " GROUP BY i.label ORDER BY documents DESC, mentions DESC, i.label LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
        return Page([ActorRow(self.entity(r["label"], r["first_doc"]) or Entity(id=r["label"], name=r["label"], kind=_kind(r["label"])),
                              r["documents"], r["mentions"]) for r in rows], total)

    def mention_counts(self, entity_id: str) -> tuple[int, int]:
        """(documents, mentions) naming the entity."""
        row = self.connection.execute("SELECT count(DISTINCT doc_id) AS d, count(*) AS m FROM items WHERE kind = 'mention' AND label = ?",
                                      (entity_id,)).fetchone()
        return row["d"], row["m"]

    def entity(self, entity_id: str, doc_id: str | None = None) -> Entity | None:
        """The entity as one document that names it describes it (the first stored, or ``doc_id``)."""
        if doc_id is None:
            row = self.connection.execute("SELECT doc_id FROM items WHERE kind = 'mention' AND label = ? ORDER BY id LIMIT 1",
                                          (entity_id,)).fetchone()
            if row is None:
                return None
            doc_id = row["doc_id"]
        row = self.connection.execute(
            "SELECT e.value AS entity FROM analyses a, json_each(a.body, '$.entities') e"
            " WHERE a.doc_id = ? AND json_extract(e.value, '$.id') = ?", (doc_id, entity_id)).fetchone()
        return Entity.model_validate_json(row["entity"]) if row else None

    def exists(self, kind: str, ident: str) -> bool:
        """Whether an entity, alignment, document or event with this id is stored."""
        if kind == "entity":
            return self.connection.execute("SELECT 1 FROM items WHERE kind = 'mention' AND label = ? LIMIT 1", (ident,)).fetchone() is not None
        table = {"alignment": "alignments", "document": "documents", "event": "events"}[kind]
        return self.connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone() is not None

    def event_version(self, event_id: str) -> str | None:
        """When the event was last linked: a new value means its brief may have changed."""
        row = self.connection.execute("SELECT linked_at FROM events WHERE id = ?", (event_id,)).fetchone()
        return row["linked_at"] if row else None

    def event(self, event_id: str) -> Event | None:
        row = self.connection.execute("SELECT body FROM events WHERE id = ?", (event_id,)).fetchone()
        return Event.model_validate_json(row["body"]) if row else None

    def events_of_document(self, doc_id: str) -> list[Event]:
        rows = self.connection.execute(
            "SELECT e.body FROM events e JOIN event_documents ed ON ed.event_id = e.id WHERE ed.doc_id = ? ORDER BY e.date DESC", (doc_id,))
        return [Event.model_validate_json(r["body"]) for r in rows]

    def events(self, f: Filters, limit: int, offset: int) -> Page:
        where, params = _document_where(f)
        conditions = f"EXISTS (SELECT 1 FROM event_documents ed JOIN documents d ON d.id = ed.doc_id WHERE ed.event_id = e.id AND {where})"
        if f.since:
            conditions += " AND (e.date IS NULL OR e.date >= ?)"
            params = params + [f.since.isoformat()]
        if f.until:
            conditions += " AND (e.date IS NULL OR e.date <= ?)"
            params = params + [f.until.isoformat()]
        total = self.connection.execute(f"SELECT count(*) AS n FROM events e WHERE {conditions}", params).fetchone()["n"]
        rows = self.connection.execute(
            f"SELECT e.body FROM events e WHERE {conditions} ORDER BY e.date IS NULL, e.date DESC, e.title, e.id LIMIT ? OFFSET ?",
            params + [limit, offset])
        return Page([Event.model_validate_json(r["body"]) for r in rows], total)

    def verdict_counts(self, event_ids: list[str]) -> dict[str, dict[str, int]]:
        """For each event, how many of its alignments got each verdict."""
        rows = self.connection.execute(
            "SELECT event_id, verdict, count(*) AS n FROM alignments WHERE event_id IN (SELECT value FROM json_each(?))"
            " GROUP BY event_id, verdict", (_json_list(event_ids),))
        counts: dict[str, dict[str, int]] = {}
        for r in rows:
            counts.setdefault(r["event_id"], {})[r["verdict"]] = r["n"]
        return counts

    def alignments_by_id(self, ids: Iterable[str]) -> list[Alignment]:
        """The stored alignments with these ids (unknown ids left out), in the order stored."""
        rows = self.connection.execute("SELECT body FROM alignments WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                                       (json.dumps(sorted(set(ids))),))
        return [Alignment.model_validate_json(r["body"]) for r in rows]

    def alignments(self, f: Filters, limit: int, offset: int, kind: str | None = None) -> Page:
        conditions, params = ["1"], []
        if kind:
            conditions.append("a.kind = ?")
            params.append(kind)
        if f.verdict:
            conditions.append("a.verdict = ?")
            params.append(f.verdict)
        if f.event:
            conditions.append("a.event_id = ?")
            params.append(f.event)
        doc_where, doc_params = _document_where(Filters(actor=f.actor, country=f.country, since=f.since, until=f.until, source=f.source))
        if doc_params:
            conditions.append(f"EXISTS (SELECT 1 FROM alignment_members am JOIN documents d ON d.id = am.doc_id"
                              f" WHERE am.alignment_id = a.id AND {doc_where})")
            params += doc_params
        where = " AND ".join(conditions)
        total = self.connection.execute(f"SELECT count(*) AS n FROM alignments a WHERE {where}", params).fetchone()["n"]
        rows = self.connection.execute(f"SELECT a.body FROM alignments a WHERE {where} ORDER BY a.rowid LIMIT ? OFFSET ?",
                                       params + [limit, offset])
        return Page([Alignment.model_validate_json(r["body"]) for r in rows], total)

    def search(self, query: str, f: Filters, limit: int, offset: int) -> Page:
        """Sentences matching every word of ``query`` (FTS5, best first), each with the ranges that matched."""
        terms = [t.replace('"', '""') for t in query.replace("\x00", " ").split() if t.strip()]  # SQLite ends a string at NUL
        if not terms:
            return Page()
        match = " ".join(f'"{t}"' for t in terms)
        where, params = _document_where(f)
        base = f"FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.doc_id WHERE sentences_fts MATCH ? AND {where}"
        total = self.connection.execute(f"SELECT count(*) AS n {base}", [match] + params).fetchone()["n"]
        rows = self.connection.execute(
            f"SELECT s.doc_id, s.idx, s.start, s.end, s.text, d.title, d.outlet, d.published,"
            f" highlight(sentences_fts, 0, '{START_MARK}', '{END_MARK}') AS marked {base} ORDER BY rank LIMIT ? OFFSET ?",
            [match] + params + [limit, offset]).fetchall()
        return Page([Highlighted(Span(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"]), r["idx"], r["doc_id"],
                                 r["title"], r["outlet"], _date(r["published"]), _ranges(r["marked"])) for r in rows], total)


def _ranges(marked: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) ranges between FTS5's markers, as offsets into the unmarked text."""
    ranges, plain, start = [], 0, None
    for char in marked:
        if char == START_MARK:
            start = plain
        elif char == END_MARK and start is not None:
            ranges.append((start, plain))
            start = None
        else:
            plain += 1
    return tuple(ranges)


def _kind(entity_id: str) -> str:
    prefix = entity_id.split(":", 1)[0]
    return {"person": "PERSON", "country": "COUNTRY", "org": "ORG", "place": "PLACE", "group": "GROUP"}.get(prefix, "OTHER")


def _json_list(values: list[str]) -> str:
    return json.dumps(values)
