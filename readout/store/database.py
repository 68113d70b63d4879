"""The SQLite store: documents, analyses and item rows, with full-text search over sentences.

The connection runs in autocommit mode and every write is one explicit
transaction (``transaction.py``); rows are read by column name
(``sqlite3.Row``), so a reordered SELECT or a new column cannot shift a field.
Link results and document features live in ``links.py`` and ``features.py``;
``Store`` is the one door to all of them.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from readout.errors import StoreError
from readout.model import Alignment, Analysis, Document, DocumentFeatures, Event, LinkResult, Paragraph, Source, Span
from readout.store import features as features_table
from readout.store import links
from readout.store.annotations import Annotations
from readout.store.tasks import Tasks
from readout.store.browse import Browse
from readout.store.items import item_rows
from readout.store.migrations import migrate, migration_files
from readout.store.transaction import transaction

DOCUMENT_COLUMNS = (
    "d.id, d.source, d.url, d.title, d.author, d.published, d.outlet, d.language, d.text, d.paragraphs,"
    " d.near_duplicate_of, d.raw, d.raw_media_type, d.role, d.role_declared, d.published_from"
)
BATCH = 100  # documents read per query when streaming sources


@dataclass(frozen=True)
class StoredDocument:
    """What ``readout list`` shows of a document."""

    id: str
    source: str
    title: str | None
    published: dt.date | None
    language: str | None
    near_duplicate_of: str | None
    sentences: int
    skipped_reason: str | None
    role: str | None = None  # official, news, analysis
    published_from: str | None = None  # which source stated the date


@dataclass(frozen=True)
class SearchHit:
    span: Span
    sentence_index: int
    source: str
    title: str | None


_MIGRATION_COLUMNS = {"number", "name", "applied_at"}


def _refuse_foreign(connection: sqlite3.Connection, source: str) -> None:
    """``StoreError`` (foreign_database) unless the file is empty or has readout's migrations table; reads only."""
    try:
        tables = sorted(row["name"] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the file is not an SQLite database ({exc}); it was left untouched", source=source,
                         reason="foreign_database", hint="give another path with --db") from exc
    if not tables:
        return
    columns = {row["name"] for row in connection.execute("PRAGMA table_info(migrations)")} if "migrations" in tables else set()
    if columns != _MIGRATION_COLUMNS:
        shown = ", ".join(tables[:8]) + (", ..." if len(tables) > 8 else "")
        raise StoreError(f"the file is another program's SQLite database (tables: {shown}), not a readout database; "
                         "it was left untouched", source=source, reason="foreign_database", hint="give another path with --db")


def _pending(connection: sqlite3.Connection, source: str) -> list[str]:
    """The migrations a readout database has not had; an empty file is refused (a read-only open never creates one)."""
    tables = {row["name"] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "migrations" not in tables:
        raise StoreError("the file is empty, not a readout database yet", source=source, reason="not_found",
                         hint="readout add creates the database")
    done = {row["number"] for row in connection.execute("SELECT number FROM migrations")}
    return [name for number, name, _ in migration_files() if number not in done]


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(target, uri=uri)
    connection.isolation_level = None  # autocommit: writes use explicit transactions
    connection.row_factory = sqlite3.Row  # columns are read by name
    return connection


def _upgraded(path: Path, reader: sqlite3.Connection) -> sqlite3.Connection:
    """A read-only connection to an older readout database brought up to the current schema.

    The file is upgraded in place when it can be written (each migration is
    atomic and only adds); when it cannot (read-only media, another user's
    file), the schema update is made on a copy in memory and the file is left
    untouched. Either way a user of an older database need not run ``add`` first.
    """
    uri = path.resolve().as_uri()
    try:
        writer = _connect(f"{uri}?mode=rw", uri=True)
        try:
            migrate(writer)
        finally:
            writer.close()
    except sqlite3.OperationalError:
        memory = _connect(":memory:")
        reader.backup(memory)
        migrate(memory)
        reader.close()
        return memory
    reader.close()
    return _connect(f"{uri}?mode=ro", uri=True)


class Store:
    """One SQLite file. Every write is one transaction: a failure leaves what was stored intact."""

    def __init__(self, path: str | Path, *, create: bool = True):
        """Open (and with ``create``, create or migrate) the database at ``path``.

        ``create=False`` is for commands that only read: the file must exist
        (never created) and is opened read-only; an older readout database is
        brought up to the current schema first (``_upgraded``). Either way a file that is
        not a readout database (another program's SQLite tables, or not SQLite
        at all) is refused before anything is written to it.
        """
        self.path = Path(path)
        if not create and not self.path.is_file():
            what = "is a folder, not a database file" if self.path.is_dir() else "does not exist"
            raise StoreError(f"the database {what}", source=str(path), reason="not_found",
                             hint="check the path given with --db or READOUT_DB; readout add creates a database")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.connection = _connect(str(self.path))
            else:
                self.connection = _connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the database: {exc}", source=str(path), hint="check the path given with --db") from exc
        try:
            _refuse_foreign(self.connection, str(path))
            self.connection.execute("PRAGMA foreign_keys = ON")
            if create:
                self.connection.execute("PRAGMA journal_mode = WAL")
                migrate(self.connection)
            elif _pending(self.connection, str(path)):
                self.connection = _upgraded(self.path, self.connection)
                self.connection.execute("PRAGMA foreign_keys = ON")
        except StoreError:
            self.connection.close()
            raise
        except (sqlite3.Error, OSError) as exc:
            self.connection.close()
            raise StoreError(f"cannot open the database: {exc}", source=str(path), hint="check the path given with --db") from exc

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # writes

    def add(self, document: Document, analysis: Analysis | None) -> bool:
        """Store a document and its analysis; False when the same text was stored before."""
        if self.has(document.id):
            return False
        try:
            with transaction(self.connection):
                self._insert_document(document)
                if analysis is not None:
                    self._insert_analysis(document, analysis)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store the document: {exc}", source=document.source) from exc
        return True

    def _insert_document(self, document: Document) -> None:
        near = document.near_duplicate_of if document.near_duplicate_of and self.has(document.near_duplicate_of) else None
        self.connection.execute(
            "INSERT INTO documents(id, source, url, title, author, published, outlet, language, text, paragraphs,"
            " near_duplicate_of, raw, raw_media_type, added_at, role, role_declared, published_from)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                document.id, document.source, document.url, document.title, document.author,
                document.published.isoformat() if document.published else None, document.outlet, document.language,
                document.text, json.dumps([[p.start, p.end] for p in document.paragraphs]), near,
                document.raw, document.raw_media_type, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                document.role, int(document.role is not None), document.published_from,
            ),
        )

    def _insert_analysis(self, document: Document, analysis: Analysis) -> None:
        self.connection.execute(
            "INSERT INTO analyses(doc_id, analyzer, skipped_reason, body) VALUES (?,?,?,?)",
            (document.id, analysis.analyzer, analysis.skipped_reason, analysis.model_dump_json()),
        )
        if analysis.role is not None and document.role is None:  # the analyzer decided it
            self.connection.execute("UPDATE documents SET role = ? WHERE id = ?", (analysis.role.role, document.id))
        self.connection.executemany(
            "INSERT INTO sentences(doc_id, idx, start, end, text) VALUES (?,?,?,?,?)",
            [(document.id, s.index, s.span.start, s.span.end, s.span.text) for s in analysis.sentences],
        )
        self.connection.executemany(
            "INSERT INTO items(doc_id, kind, start, end, text, label, value, body) VALUES (?,?,?,?,?,?,?,?)",
            [(document.id, *row) for row in item_rows(analysis)],
        )

    def save_features(self, features: Iterable[DocumentFeatures]) -> None:
        """Store the clustering features of stored documents (replacing earlier ones), in one transaction."""
        self._write("cannot store document features", features_table.save_features, features)

    def replace_events(self, result: LinkResult, event_ids: set[str]) -> None:
        """Replace the stored events ``event_ids``, and any sharing a document with ``result``, by ``result``.

        One transaction: their alignments, members, and the inconsistencies and
        checks of the documents involved go with them; a failure keeps the previous state.
        """
        self._write("cannot store the link results", links.replace_events, result, event_ids)

    def _write(self, what: str, write, *args) -> None:
        try:
            write(self.connection, *args)
        except sqlite3.Error as exc:
            raise StoreError(f"{what}: {exc}", source=str(self.path)) from exc

    # reads

    @property
    def browse(self) -> Browse:
        """Paged, filtered reads for the web app (``browse.py``)."""
        return Browse(self.connection)

    @property
    def annotations(self) -> Annotations:
        """The analyst layer (``annotations.py``): kept apart from the extracted rows."""
        return Annotations(self.connection)

    @property
    def tasks(self) -> Tasks:
        """The web server's tasks (``tasks.py``), kept across restarts."""
        return Tasks(self.connection)

    def has(self, doc_id: str) -> bool:
        return self.connection.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def count(self) -> int:
        return self.connection.execute("SELECT count(*) AS n FROM documents").fetchone()["n"]

    def list_documents(self) -> list[StoredDocument]:
        rows = self.connection.execute(
            "SELECT d.id, d.source, d.title, d.published, d.published_from, d.language, d.near_duplicate_of, d.role,"
            " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences, a.skipped_reason"
            " FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id ORDER BY d.added_at, d.source"
        )
        return [
            StoredDocument(
                id=r["id"], source=r["source"], title=r["title"], published=_date(r["published"]),
                language=r["language"], near_duplicate_of=r["near_duplicate_of"], sentences=r["sentences"],
                skipped_reason=r["skipped_reason"], role=r["role"], published_from=r["published_from"],
            )
            for r in rows
        ]

    def document(self, doc_id: str) -> Document:
        row = self.connection.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()
        if row is None:
            raise StoreError(f"no document with id {doc_id!r}", source=str(self.path), reason="not_found")
        return _document(row)

    def analysis(self, doc_id: str) -> Analysis | None:
        row = self.connection.execute("SELECT body FROM analyses WHERE doc_id = ?", (doc_id,)).fetchone()
        return Analysis.model_validate_json(row["body"]) if row else None

    def documents_with_analyses(self) -> Iterator[tuple[Document, Analysis | None]]:
        for row in self.connection.execute("SELECT id FROM documents ORDER BY added_at, source").fetchall():
            yield self.document(row["id"]), self.analysis(row["id"])

    def sources(self, doc_ids: Iterable[str] | None = None) -> Iterator[Source]:
        """Each analyzed document (skipped ones left out) with its analysis, in the order added, one at a time.

        Read in batches of ``BATCH`` rows, with no cursor held open between
        yields, so memory stays flat over any number of documents and the
        caller may write to the store while iterating. ``doc_ids`` restricts
        the documents (those not stored or not analyzed are left out).
        """
        select = (
            f"SELECT d.rowid AS position, {DOCUMENT_COLUMNS}, a.body AS analysis FROM documents d"
            " JOIN analyses a ON a.doc_id = d.id WHERE a.skipped_reason IS NULL"
        )
        if doc_ids is None:
            last = -1
            while rows := self.connection.execute(
                f"{select} AND d.rowid > ? ORDER BY d.rowid LIMIT ?", (last, BATCH)
            ).fetchall():
                yield from (_source(row) for row in rows)
                last = rows[-1]["position"]
            return
        for chunk in _chunks(doc_ids, BATCH):
            rows = self.connection.execute(f"{select} AND d.id {links.IN_IDS} ORDER BY d.rowid", (links.ids_param(chunk),))
            yield from (_source(row) for row in rows.fetchall())

    def published_dates(self, doc_ids: Iterable[str] | None = None) -> dict[str, dt.date | None]:
        """The publication date of every stored document, or of ``doc_ids`` (None when unknown), by id."""
        if doc_ids is None:
            rows = self.connection.execute("SELECT id, published FROM documents")
        else:
            rows = self.connection.execute(f"SELECT id, published FROM documents WHERE id {links.IN_IDS}", (links.ids_param(doc_ids),))
        return {row["id"]: _date(row["published"]) for row in rows}

    def features(self) -> list[DocumentFeatures]:
        """The clustering features of every stored document that has them, in the order added."""
        return features_table.features(self.connection)

    def link_result(self, event_ids: Iterable[str] | None = None) -> LinkResult:
        """The stored link results: all of them, or those of the events ``event_ids``."""
        return links.link_result(self.connection, event_ids)

    def alignments(self, kind: str) -> list[Alignment]:
        """The stored alignments of one kind ("commitment", "claim", ...), across all events."""
        return links.alignments(self.connection, kind)

    def events(self) -> list[Event]:
        """Every stored event, newest first (undated last), then by title."""
        return links.events(self.connection)

    def event_ids_of(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids of the stored events that group any of ``doc_ids``."""
        return links.event_ids_of(self.connection, doc_ids)

    def texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every stored document, to seed near-duplicate detection."""
        for row in self.connection.execute("SELECT id, text FROM documents"):
            yield row["id"], row["text"]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Sentences matching every word of ``query`` (FTS5, best match first)."""
        terms = [t.replace('"', '""') for t in query.split() if t.strip()]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        rows = self.connection.execute(
            "SELECT s.doc_id, s.idx, s.start, s.end, s.text, d.source, d.title FROM sentences_fts f"
            " JOIN sentences s ON s.id = f.rowid JOIN documents d ON d.id = s.doc_id"
            " WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [
            SearchHit(
                span=Span(doc_id=r["doc_id"], start=r["start"], end=r["end"], text=r["text"]),
                sentence_index=r["idx"], source=r["source"], title=r["title"],
            )
            for r in rows
        ]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], source=row["source"], url=row["url"], title=row["title"], author=row["author"],
        published=_date(row["published"]), published_from=row["published_from"], outlet=row["outlet"], language=row["language"], text=row["text"],
        paragraphs=tuple(Paragraph(start=start, end=end) for start, end in json.loads(row["paragraphs"])),
        near_duplicate_of=row["near_duplicate_of"], raw=row["raw"], raw_media_type=row["raw_media_type"],
        role=row["role"] if row["role_declared"] else None,  # a declared role is kept for a re-analysis
    )


def _source(row: sqlite3.Row) -> Source:
    return Source(document=_document(row), analysis=Analysis.model_validate_json(row["analysis"]))


def _chunks(values: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
