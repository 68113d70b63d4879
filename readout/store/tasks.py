"""The web server's tasks (adding documents), kept in the database so that a restart does not lose them.

A task is written when it is queued and each time its state changes. When a
server starts, a task still queued or running belongs to a server that
stopped before finishing it: it is marked failed with the reason, and its
input must be given again (a text or upload was held in a temporary folder
that is gone). What a task stored is in the database either way.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from readout.errors import StoreError
from readout.store.transaction import transaction

COLUMNS = "id, kind, input, state, created_at, finished_at, added, already_stored, document_ids, event_ids, errors"
INTERRUPTED = "interrupted: the server stopped before this task finished; add the input again"


@dataclass(frozen=True)
class StoredTask:
    id: str
    kind: str  # text, upload, url
    input: str  # what the user gave
    state: str  # queued, running, done, failed
    created_at: dt.datetime
    finished_at: dt.datetime | None = None
    added: int = 0
    already_stored: int = 0
    document_ids: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default=())


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _task(row: sqlite3.Row) -> StoredTask:
    return StoredTask(id=row["id"], kind=row["kind"], input=row["input"], state=row["state"], created_at=_time(row["created_at"]),
                      finished_at=_time(row["finished_at"]), added=row["added"], already_stored=row["already_stored"],
                      document_ids=tuple(json.loads(row["document_ids"])), event_ids=tuple(json.loads(row["event_ids"])),
                      errors=tuple(json.loads(row["errors"])))


class Tasks:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def save(self, task: StoredTask, keep: int | None = None) -> None:
        """Write the task as it is now; with ``keep``, forget the oldest finished tasks beyond that many."""
        try:
            self._save(task, keep)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store task {task.id}: {exc}") from exc

    def _save(self, task: StoredTask, keep: int | None) -> None:
        with transaction(self.connection):
            self.connection.execute(
                f"INSERT OR REPLACE INTO tasks({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (task.id, task.kind, task.input, task.state, task.created_at.isoformat(),
                 task.finished_at.isoformat() if task.finished_at else None, task.added, task.already_stored,
                 json.dumps(list(task.document_ids)), json.dumps(list(task.event_ids)), json.dumps(list(task.errors))))
            if keep is not None:
                self.connection.execute(
                    "DELETE FROM tasks WHERE state IN ('done', 'failed') AND id NOT IN"
                    " (SELECT id FROM tasks ORDER BY created_at DESC, rowid DESC LIMIT ?)", (keep,))

    def get(self, task_id: str) -> StoredTask | None:
        row = self.connection.execute(f"SELECT {COLUMNS} FROM tasks WHERE id = ?", (task_id,)).fetchone()
        return _task(row) if row else None

    def recent(self, limit: int = 50) -> list[StoredTask]:
        """The latest tasks, newest first."""
        rows = self.connection.execute(f"SELECT {COLUMNS} FROM tasks ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_task(r) for r in rows]

    def interrupt(self, reason: str = INTERRUPTED) -> int:
        """Mark every queued or running task failed with ``reason`` (a server starting: no worker runs them any more)."""
        now = dt.datetime.now(dt.timezone.utc).isoformat()
        with transaction(self.connection):
            return self.connection.execute(
                "UPDATE tasks SET state = 'failed', finished_at = ?, errors = json_insert(errors, '$[#]', ?)"
                " WHERE state IN ('queued', 'running')", (now, reason)).rowcount
