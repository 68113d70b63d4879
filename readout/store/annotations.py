"""The analyst layer's table: annotations added, listed, withdrawn, exported and imported as JSON Lines.

Annotations sit beside the evidence: nothing here reads or writes an
extracted row, so a re-analysis or relink never loses what an analyst said,
and what an analyst said never passes for extracted evidence.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from pydantic import ValidationError

from readout.errors import ReadoutError
from readout.model import Annotation
from readout.store.browse import Browse
from readout.store.transaction import transaction

COLUMNS = "id, action, target_kind, target, value, author, created_at"


def to_jsonl(annotations: Iterable[Annotation]) -> Iterable[str]:
    """Annotations as JSON Lines, without their ids (an import gives new ones), with author and time."""
    for a in annotations:
        yield a.model_dump_json(exclude={"id"}) + "\n"


def parse_jsonl(lines: Iterable[str], source: str) -> list[Annotation]:
    """Annotations exported as JSON Lines; the first bad line is an error naming it (the caller imports none)."""
    annotations = []
    for number, line in enumerate(lines, 1):
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
            raise ReadoutError(f"line {number}: {reason}; nothing was imported", source=source, reason="invalid_input") from None
    return annotations


def _annotation(row: sqlite3.Row) -> Annotation:
    return Annotation(id=row["id"], action=row["action"], target_kind=row["target_kind"], target=row["target"], value=row["value"],
                      author=row["author"], created_at=dt.datetime.fromisoformat(row["created_at"]))


class Annotations:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def add(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """Store annotations in one transaction; each comes back with its id and time."""
        stored = []
        with transaction(self.connection):
            for a in annotations:
                created = a.created_at or dt.datetime.now(dt.timezone.utc)
                cursor = self.connection.execute(
                    "INSERT INTO annotations(action, target_kind, target, value, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (a.action, a.target_kind, a.target, a.value, a.author, created.isoformat(timespec="seconds")))
                stored.append(a.model_copy(update={"id": cursor.lastrowid, "created_at": created.replace(microsecond=0)}))
        return stored

    def get(self, annotation_id: int) -> Annotation | None:
        row = self.connection.execute(f"SELECT {COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        return _annotation(row) if row else None

    def delete(self, annotation_id: int) -> bool:
        with transaction(self.connection):
            return self.connection.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,)).rowcount > 0

    def list(self, target_kind: str | None = None, targets: Iterable[str] | None = None, action: str | None = None) -> list[Annotation]:
        """Annotations in the order made, optionally of one kind of target, of some targets, of one action."""
        where, params = ["1"], []
        if target_kind:
            where.append("target_kind = ?")
            params.append(target_kind)
        if targets is not None:
            where.append("target IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(set(targets))))
        if action:
            where.append("action = ?")
            params.append(action)
        rows = self.connection.execute(f"SELECT {COLUMNS} FROM annotations WHERE {' AND '.join(where)} ORDER BY id", params)
        return [_annotation(r) for r in rows]

    def check(self, annotation: Annotation) -> None:
        """ReadoutError (not_found, invalid_input) unless what the annotation is about, and an entity it merges into, is stored."""
        kind, target = annotation.target_kind, annotation.target
        if kind == "item":
            doc_id, _, rest = target.partition(":")
            start, _, end = rest.partition(":")
            if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
                raise ReadoutError(f"an item is named doc_id:start:end, not {target!r}", reason="invalid_input")
            row = self.connection.execute("SELECT length(text) AS n FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise ReadoutError(f"no document with id {doc_id!r}", reason="not_found")
            if int(end) > row["n"]:
                raise ReadoutError(f"{target!r} ends after the end of its document's text", reason="invalid_input")
            return
        browse = Browse(self.connection)
        if not browse.exists(kind, target):
            raise ReadoutError(f"no {kind} with id {target!r}", reason="not_found")
        if annotation.action == "merge" and not browse.exists("entity", annotation.value):
            raise ReadoutError(f"no entity with id {annotation.value!r}", reason="not_found")

    def import_jsonl(self, lines: Iterable[str], source: str) -> list[Annotation]:
        """Annotations exported as JSON Lines, all or none: a bad line or an unknown target is named and nothing is added."""
        annotations = parse_jsonl(lines, source)
        for number, annotation in enumerate(annotations, 1):
            try:
                self.check(annotation)
            except ReadoutError as exc:
                raise ReadoutError(f"annotation {number}: {exc.message}; nothing was imported", source=source, reason=exc.reason) from None
        return self.add(annotations)

    def export_jsonl(self) -> list[str]:
        """Every annotation as a JSON line, in the order made."""
        return list(to_jsonl(self.list()))

    def entity_view(self) -> tuple[set[str], dict[str, str]]:
        """The hidden entity ids, and each merged entity's final target (merges followed through, cycles cut)."""
        hidden = {a.target for a in self.list("entity", action="hide")}
        merged = {a.target: a.value for a in self.list("entity", action="merge") if a.value}
        final = {}
        for start in merged:
            seen, current = {start}, merged[start]
            while current in merged and merged[current] not in seen:
                seen.add(current)
                current = merged[current]
            final[start] = current
        return hidden, final
