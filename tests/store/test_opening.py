"""Opening a database: foreign SQLite files are refused untouched; read-only opens never create or migrate."""

from __future__ import annotations

import datetime as dt
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


def _old_database(path, tmp_path):
    """A readout database made before migration 0003 (it has 0001, 0002 and 0005), holding one dated document."""
    from importlib import resources

    from readout.store.migrations import migrate

    folder = tmp_path / "old-migrations"
    folder.mkdir()
    packaged = resources.files("readout.store") / "migrations"
    for entry in packaged.iterdir():
        if entry.name.endswith(".sql") and not entry.name.startswith("0003"):
            (folder / entry.name).write_text(entry.read_text(encoding="utf-8"), encoding="utf-8")
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, folder)
    connection.execute("INSERT INTO documents(id, source, title, published, text, paragraphs, added_at) "
                       "VALUES ('abc', 'old.txt', 'Old story', '2025-01-02', 'An old story.', '[[0, 13]]', '2025-01-02')")
    connection.close()


def test_read_only_open_upgrades_an_older_readout_database_in_place(tmp_path):
    path = tmp_path / "old.db"
    _old_database(path, tmp_path)
    with Store(path, create=False) as store:
        (document,) = store.list_documents()
        assert (document.source, document.published, document.published_from) == ("old.txt", dt.date(2025, 1, 2), None)
    connection = sqlite3.connect(path)
    assert 3 in {n for (n,) in connection.execute("SELECT number FROM migrations")}
    connection.close()


def test_an_older_database_that_cannot_be_written_is_read_through_an_upgraded_copy(tmp_path, monkeypatch):
    from readout.store import database

    path = tmp_path / "old.db"
    _old_database(path, tmp_path)
    before = _digest(path)
    real = database._connect

    def read_only_media(target, uri=False):
        if "mode=rw" in target:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, uri)

    monkeypatch.setattr(database, "_connect", read_only_media)
    with Store(path, create=False) as store:
        assert [(d.source, d.published_from) for d in store.list_documents()] == [("old.txt", None)]
        assert store.document("abc").text == "An old story."
    assert _digest(path) == before  # the file was left as it was
