"""Schema through numbered migrations only, recorded in the database (never edit one that has landed).

Each migration runs in one explicit transaction together with the row that
records it: a migration that fails halfway leaves no table of it behind and is
not recorded, so the next open tries it again from a clean state.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from readout.store.transaction import transaction

Folder = Path | Traversable


def _default_folder() -> Traversable:
    return resources.files("readout.store") / "migrations"


def migration_files(folder: Folder | None = None) -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every ``NNNN_name.sql`` in ``folder``, in order."""
    found = []
    for entry in (folder or _default_folder()).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(connection: sqlite3.Connection, folder: Folder | None = None) -> list[str]:
    """Apply the migrations the database has not seen, each atomically; return their names.

    ``connection`` must be in autocommit mode (see ``transaction``). ``folder``
    defaults to the package's own migrations; tests pass another one.
    """
    connection.execute(
        "CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {number for (number,) in connection.execute("SELECT number FROM migrations")}
    applied = []
    for number, name, sql in migration_files(folder):
        if number in done:  # the common case: no write lock taken on an up-to-date database
            continue
        with transaction(connection):
            # checked inside the write lock: another process may have just applied it
            if connection.execute("SELECT 1 FROM migrations WHERE number = ?", (number,)).fetchone():
                continue
            for statement in _statements(sql):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO migrations(number, name, applied_at) VALUES (?, ?, ?)",
                (number, name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers contain semicolons inside BEGIN ... END)."""
    statements, current = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if current:
        raise sqlite3.OperationalError(f"incomplete SQL statement at the end of the migration: {' '.join(current)[:80]!r}")
    return statements
