"""Opening a database: foreign SQLite files are refused untouched; read-only opens never create or migrate."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from readout.errors import StoreError
from readout.ingest.document import document_from_text
from readout.store import Store


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO invoices(amount) VALUES (12.5)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("create", [True, False])
def test_another_programs_database_is_refused_and_left_untouched(tmp_path, create):
    path = tmp_path / "accounts.db"
    _foreign(path)
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        Store(path, create=create)
    assert info.value.reason == "foreign_database"
    assert info.value.line() == (f"{path}: foreign_database: the file is another program's SQLite database "
                                 "(tables: customers, invoices), not a readout database; it was left untouched "
                                 "(give another path with --db)")
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.db"]  # no -wal or -shm files either


def test_a_migrations_table_of_another_program_is_not_enough(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE migrations (id INTEGER PRIMARY KEY, version TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.reason == "foreign_database"


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("These are my notes, not a database.\n" * 200)
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.reason == "foreign_database"
    assert info.value.message.startswith("the file is not an SQLite database (")
    assert _digest(path) == before


def test_read_only_open_of_a_missing_file_says_so_and_creates_nothing(tmp_path):
    path = tmp_path / "typo" / "readuot.db"
    with pytest.raises(StoreError) as info:
        Store(path, create=False)
    assert info.value.line() == (f"{path}: not_found: the database does not exist (check the path given with --db "
                                 "or READOUT_DB; readout add creates a database)")
    assert list(tmp_path.iterdir()) == []


def test_read_only_open_of_an_empty_file_does_not_create_the_schema(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(StoreError) as info:
        Store(path, create=False)
    assert info.value.message == "the file is empty, not a readout database yet"
    assert path.stat().st_size == 0


def test_read_only_open_reads_what_was_stored_and_cannot_write(tmp_path):
    path = tmp_path / "r.db"
    document = document_from_text("The delegations met again. They agreed to continue.", "a.txt")
    with Store(path) as store:
        store.add(document, None)
    with Store(path, create=False) as store:
        assert [d.source for d in store.list_documents()] == ["a.txt"]
        assert store.document(document.id).text == document.text
        with pytest.raises(StoreError):
            store.add(document_from_text("Another text, never stored.", "b.txt"), None)
    with Store(path) as store:
        assert store.count() == 1


def test_read_only_open_refuses_a_database_that_needs_a_schema_update(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM migrations")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError) as info:
        Store(path, create=False)
    assert info.value.reason == "needs_migration"
    assert info.value.hint == "run readout add once (it updates the schema), then retry"
