"""Schema through numbered migrations only, recorded in the database (never edit one that has landed)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib import resources


def _migration_files() -> list[tuple[int, str, str]]:
    folder = resources.files("readout.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(connection: sqlite3.Connection) -> list[str]:
    """Apply the migrations the database has not seen; return their names."""
    connection.execute("CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    done = {row[0] for row in connection.execute("SELECT number FROM migrations")}
    applied = []
    for number, name, sql in _migration_files():
        if number in done:
            continue
        with connection:
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
    return statements
