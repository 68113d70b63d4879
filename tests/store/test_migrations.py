"""Migrations: atomic (a failing one leaves nothing applied, nothing recorded) and upgrading old databases in place."""

import shutil
import sqlite3
from importlib import resources

import pytest

from readout.store import Store
from readout.store.migrations import migrate

PACKAGED = resources.files("readout.store") / "migrations"


def _connect(path):
    return sqlite3.connect(path, isolation_level=None)


def _tables(connection) -> set[str]:
    return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}


def _folder_with_0001(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    with resources.as_file(PACKAGED / "0001_initial.sql") as initial:
        shutil.copy(initial, folder / "0001_initial.sql")
    return folder


def test_a_failing_migration_leaves_nothing_applied_and_nothing_recorded(tmp_path):
    folder = _folder_with_0001(tmp_path)
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
        "CREATE INDEX half_done_id ON half_done(id);\n"
        "INSERT INTO no_such_table VALUES (1);\n",
        encoding="utf-8",
    )
    connection = _connect(tmp_path / "r.db")
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        migrate(connection, folder)
    assert "half_done" not in _tables(connection) and "half_done_id" not in _tables(connection)
    assert connection.execute("SELECT number FROM migrations").fetchall() == [(1,)]  # the good one before it stays
    assert not connection.in_transaction

    (folder / "0002_broken.sql").write_text("CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n", encoding="utf-8")
    assert migrate(connection, folder) == ["0002_broken.sql"]  # fixed, it applies from a clean state
    assert "half_done" in _tables(connection)


def test_a_migration_ending_in_an_incomplete_statement_is_refused(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_cut.sql").write_text("CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER\n", encoding="utf-8")
    connection = _connect(tmp_path / "r.db")
    with pytest.raises(sqlite3.OperationalError, match="incomplete"):
        migrate(connection, folder)
    assert "a" not in _tables(connection)
    assert connection.execute("SELECT count(*) FROM migrations").fetchone() == (0,)


def test_migrate_needs_autocommit_mode(tmp_path):
    with pytest.raises(RuntimeError, match="autocommit"):
        migrate(sqlite3.connect(tmp_path / "r.db"))


def test_a_database_of_migration_0001_is_upgraded_with_its_documents_intact(tmp_path):
    connection = _connect(tmp_path / "r.db")
    assert migrate(connection, _folder_with_0001(tmp_path)) == ["0001_initial.sql"]
    connection.execute(
        "INSERT INTO documents(id, source, title, published, text, paragraphs, added_at)"
        " VALUES ('d1', 'old.txt', 'Old', '2025-05-01', 'Stored before the upgrade.', '[[0, 26]]', '2025-05-02T00:00:00+00:00')"
    )
    connection.execute(
        "INSERT INTO analyses(doc_id, analyzer, body) VALUES ('d1', 'old', '{\"doc_id\": \"d1\", \"analyzer\": \"old\"}')"
    )
    connection.close()

    with Store(tmp_path / "r.db") as store:
        numbers = [row["number"] for row in store.connection.execute("SELECT number FROM migrations ORDER BY number")]
        assert numbers == [1, 2, 3, 4, 5, 6]
        document = store.document("d1")
        assert (document.source, document.title, document.text, str(document.published)) == (
            "old.txt", "Old", "Stored before the upgrade.", "2025-05-01",
        )
        assert [s.id for s in store.sources()] == ["d1"]
        assert store.events() == [] and store.features() == []
        assert {"events", "alignments", "alignment_members", "inconsistencies", "arithmetic_checks"} <= _tables(store.connection)


def test_reopening_applies_nothing_and_takes_no_write_lock(tmp_path):
    Store(tmp_path / "r.db").close()
    blocker = _connect(tmp_path / "r.db")
    blocker.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        connection = sqlite3.connect(tmp_path / "r.db", isolation_level=None, timeout=0)
        assert migrate(connection) == []
    finally:
        blocker.execute("ROLLBACK")


def test_numbers_may_have_gaps_and_a_lower_number_landing_later_is_still_applied(tmp_path):
    """Migration numbers are assigned ahead of landing: 0005 may land before 0003, and an upgraded database gets 0003 next."""
    folder = _folder_with_0001(tmp_path)
    (folder / "0005_later.sql").write_text("CREATE TABLE later (id INTEGER PRIMARY KEY);\n", encoding="utf-8")
    connection = _connect(tmp_path / "r.db")
    assert migrate(connection, folder) == ["0001_initial.sql", "0005_later.sql"]
    (folder / "0003_between.sql").write_text("CREATE TABLE between_ (id INTEGER PRIMARY KEY);\n", encoding="utf-8")
    assert migrate(connection, folder) == ["0003_between.sql"]
    assert [n for (n,) in connection.execute("SELECT number FROM migrations ORDER BY number")] == [1, 3, 5]
    assert {"later", "between_"} <= _tables(connection)


def test_a_declared_role_is_stored_and_read_back_and_a_decided_one_is_listed(tmp_path):
    from readout.model import Analysis, Document, RoleDecision

    with Store(tmp_path / "r.db") as store:
        declared = Document(id="d1", source="a.txt", text="Readout text.", role="official")
        decided = Document(id="d2", source="b.txt", text="A report.")
        store.add(declared, Analysis(doc_id="d1", analyzer="t", role=RoleDecision(role="official", reason="set by the user")))
        store.add(decided, Analysis(doc_id="d2", analyzer="t", role=RoleDecision(role="analysis", reason="first-person writing")))
        assert store.document("d1").role == "official" and store.document("d2").role is None
        assert {d.id: d.role for d in store.list_documents()} == {"d1": "official", "d2": "analysis"}
