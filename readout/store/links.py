"""Persistence of the link stage's results: events, alignments, inconsistencies and arithmetic checks.

Every object is stored twice over: the columns people filter on (date,
verdict, kind, doc_id, the member spans) and the model object as JSON in
``body``. The body is what is read back, so a reload gives objects equal to
those stored; the columns are for queries and for servers that follow the
plain SQL schema.

Sets of ids go to SQLite as one JSON array parameter (``json_each``), so a
query has no limit on how many ids it takes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from readout.model import Alignment, ArithmeticCheck, Event, Inconsistency, LinkResult
from readout.store.transaction import transaction

IN_IDS = "IN (SELECT value FROM json_each(?))"
EVENT_ORDER = "ORDER BY date IS NULL, date DESC, title, id"  # newest first, undated last


def ids_param(ids: Iterable[str]) -> str:
    """A set of ids as the one parameter ``IN_IDS`` reads."""
    return json.dumps(sorted(set(ids)))


def replace_events(connection: sqlite3.Connection, result: LinkResult, event_ids: Iterable[str]) -> None:
    """Swap the stored events ``event_ids`` (and any sharing a document with ``result``) for ``result``, atomically.

    Linking is redone only for the events a new document touches; the caller
    passes the ids it recomputed. A stored event that shares a document with a
    new event, or has the id of one, is replaced too, since a document's
    statements belong to one current set of events. The inconsistencies and
    checks of the documents involved are replaced as well. Any failure rolls
    everything back.
    """
    new_docs = {doc_id for event in result.events for doc_id in event.doc_ids}
    checked_docs = new_docs | {i.doc_id for i in result.inconsistencies} | {c.doc_id for c in result.checks}
    with transaction(connection):
        stale = set(event_ids) | {event.id for event in result.events} | {
            row["event_id"]
            for row in connection.execute(f"SELECT DISTINCT event_id FROM event_documents WHERE doc_id {IN_IDS}", (ids_param(new_docs),))
        }
        _delete_events(connection, stale, new_docs)
        connection.execute(f"DELETE FROM inconsistencies WHERE doc_id {IN_IDS}", (ids_param(checked_docs),))
        connection.execute(f"DELETE FROM arithmetic_checks WHERE doc_id {IN_IDS}", (ids_param(checked_docs),))
        linked_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        for event in result.events:
            _insert_event(connection, event, linked_at)
        for alignment in result.alignments:
            _insert_alignment(connection, alignment)
        connection.executemany(
            "INSERT INTO inconsistencies(doc_id, kind, body) VALUES (?, ?, ?)",
            [(i.doc_id, i.kind, i.model_dump_json()) for i in result.inconsistencies],
        )
        connection.executemany(
            "INSERT INTO arithmetic_checks(doc_id, kind, holds, body) VALUES (?, ?, ?, ?)",
            [(c.doc_id, c.relation, int(c.holds), c.model_dump_json()) for c in result.checks],
        )


def _delete_events(connection: sqlite3.Connection, event_ids: set[str], doc_ids: set[str]) -> None:
    """Delete events with their document links, alignments and members (explicitly, not through cascades).

    Alignments without an event are deleted when one of their members is in ``doc_ids``.
    """
    events = ids_param(event_ids)
    doomed = ids_param(
        row["id"]
        for row in connection.execute(
            f"SELECT id FROM alignments WHERE event_id {IN_IDS}"
            f" UNION SELECT a.id FROM alignments a JOIN alignment_members m ON m.alignment_id = a.id"
            f" WHERE a.event_id IS NULL AND m.doc_id {IN_IDS}",
            (events, ids_param(doc_ids)),
        )
    )
    connection.execute(f"DELETE FROM alignment_members WHERE alignment_id {IN_IDS}", (doomed,))
    connection.execute(f"DELETE FROM alignments WHERE id {IN_IDS}", (doomed,))
    connection.execute(f"DELETE FROM event_documents WHERE event_id {IN_IDS}", (events,))
    connection.execute(f"DELETE FROM events WHERE id {IN_IDS}", (events,))


def _insert_event(connection: sqlite3.Connection, event: Event, linked_at: str) -> None:
    connection.execute(
        "INSERT INTO events(id, title, date, location, linked_at, body) VALUES (?, ?, ?, ?, ?, ?)",
        (event.id, event.title, event.date.isoformat() if event.date else None, event.location, linked_at, event.model_dump_json()),
    )
    connection.executemany(
        "INSERT INTO event_documents(event_id, doc_id) VALUES (?, ?)",
        [(event.id, doc_id) for doc_id in dict.fromkeys(event.doc_ids)],
    )


def _insert_alignment(connection: sqlite3.Connection, alignment: Alignment) -> None:
    connection.execute(
        "INSERT INTO alignments(id, event_id, kind, verdict, label, independent_sources, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            alignment.id, alignment.event_id, alignment.kind, alignment.verdict, alignment.label,
            alignment.independent_sources, alignment.model_dump_json(),
        ),
    )
    connection.executemany(
        "INSERT INTO alignment_members(alignment_id, position, doc_id, start, end, text, reading, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (alignment.id, position, m.span.doc_id, m.span.start, m.span.end, m.span.text, m.reading, m.origin)
            for position, m in enumerate(alignment.members)
        ],
    )


def link_result(connection: sqlite3.Connection, event_ids: Iterable[str] | None = None) -> LinkResult:
    """The stored result: everything, or the events ``event_ids`` with their alignments and their documents' findings.

    Events come newest first (undated last, then by title); alignments,
    inconsistencies and checks in the order they were stored.
    """
    if event_ids is None:
        return LinkResult(
            events=tuple(events(connection)),
            alignments=_bodies(connection, Alignment, "SELECT body FROM alignments ORDER BY rowid"),
            inconsistencies=_bodies(connection, Inconsistency, "SELECT body FROM inconsistencies ORDER BY id"),
            checks=_bodies(connection, ArithmeticCheck, "SELECT body FROM arithmetic_checks ORDER BY id"),
        )
    events_param = ids_param(event_ids)
    docs = f"(SELECT doc_id FROM event_documents WHERE event_id {IN_IDS})"
    return LinkResult(
        events=_bodies(connection, Event, f"SELECT body FROM events WHERE id {IN_IDS} {EVENT_ORDER}", events_param),
        alignments=_bodies(connection, Alignment, f"SELECT body FROM alignments WHERE event_id {IN_IDS} ORDER BY rowid", events_param),
        inconsistencies=_bodies(connection, Inconsistency, f"SELECT body FROM inconsistencies WHERE doc_id IN {docs} ORDER BY id", events_param),
        checks=_bodies(connection, ArithmeticCheck, f"SELECT body FROM arithmetic_checks WHERE doc_id IN {docs} ORDER BY id", events_param),
    )


def events(connection: sqlite3.Connection) -> list[Event]:
    """Every stored event, newest first (undated last, then by title)."""
    return list(_bodies(connection, Event, f"SELECT body FROM events {EVENT_ORDER}"))


def alignments(connection: sqlite3.Connection, kind: str) -> list[Alignment]:
    """Every stored alignment of one kind (commitments for ``readout commitments``), without loading the rest."""
    return list(_bodies(connection, Alignment, "SELECT body FROM alignments WHERE kind = ? ORDER BY rowid", kind))


def event_ids_of(connection: sqlite3.Connection, doc_ids: Iterable[str]) -> set[str]:
    """The stored events that group any of ``doc_ids``: what a newly added document makes stale."""
    rows = connection.execute(f"SELECT DISTINCT event_id FROM event_documents WHERE doc_id {IN_IDS}", (ids_param(doc_ids),))
    return {row["event_id"] for row in rows}


def _bodies(connection: sqlite3.Connection, model, sql: str, *params) -> tuple:
    return tuple(model.model_validate_json(row["body"]) for row in connection.execute(sql, params))
