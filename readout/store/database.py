"""The SQLite store: documents, analyses and item rows, with full-text search over sentences."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from readout.errors import StoreError
from readout.model import Analysis, Document, Paragraph, Span
from readout.store.items import item_rows
from readout.store.migrations import migrate


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


@dataclass(frozen=True)
class SearchHit:
    span: Span
    sentence_index: int
    source: str
    title: str | None


class Store:
    """One SQLite file. Every write is one transaction: a failure leaves what was stored intact."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(self.path)
            self.connection.execute("PRAGMA foreign_keys = ON")
            self.connection.execute("PRAGMA journal_mode = WAL")
            migrate(self.connection)
        except (sqlite3.Error, OSError) as exc:
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
            with self.connection:
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
            " near_duplicate_of, raw, raw_media_type, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                document.id, document.source, document.url, document.title, document.author,
                document.published.isoformat() if document.published else None, document.outlet, document.language,
                document.text, json.dumps([[p.start, p.end] for p in document.paragraphs]), near,
                document.raw, document.raw_media_type, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ),
        )

    def _insert_analysis(self, document: Document, analysis: Analysis) -> None:
        self.connection.execute(
            "INSERT INTO analyses(doc_id, analyzer, skipped_reason, body) VALUES (?,?,?,?)",
            (document.id, analysis.analyzer, analysis.skipped_reason, analysis.model_dump_json()),
        )
        self.connection.executemany(
            "INSERT INTO sentences(doc_id, idx, start, end, text) VALUES (?,?,?,?,?)",
            [(document.id, s.index, s.span.start, s.span.end, s.span.text) for s in analysis.sentences],
        )
        self.connection.executemany(
            "INSERT INTO items(doc_id, kind, start, end, text, label, value, body) VALUES (?,?,?,?,?,?,?,?)",
            [(document.id, *row) for row in item_rows(analysis)],
        )

    # reads

    def has(self, doc_id: str) -> bool:
        return self.connection.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM documents").fetchone()[0]

    def list_documents(self) -> list[StoredDocument]:
        rows = self.connection.execute(
            "SELECT d.id, d.source, d.title, d.published, d.language, d.near_duplicate_of,"
            " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id), a.skipped_reason"
            " FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id ORDER BY d.added_at, d.source"
        )
        return [
            StoredDocument(r[0], r[1], r[2], dt.date.fromisoformat(r[3]) if r[3] else None, r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def document(self, doc_id: str) -> Document:
        row = self.connection.execute(
            "SELECT id, source, url, title, author, published, outlet, language, text, paragraphs, near_duplicate_of,"
            " raw, raw_media_type FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no document with id {doc_id!r}", source=str(self.path), reason="not_found")
        return Document(
            id=row[0], source=row[1], url=row[2], title=row[3], author=row[4],
            published=dt.date.fromisoformat(row[5]) if row[5] else None, outlet=row[6], language=row[7], text=row[8],
            paragraphs=tuple(Paragraph(start=s, end=e) for s, e in json.loads(row[9])),
            near_duplicate_of=row[10], raw=row[11], raw_media_type=row[12],
        )

    def analysis(self, doc_id: str) -> Analysis | None:
        row = self.connection.execute("SELECT body FROM analyses WHERE doc_id = ?", (doc_id,)).fetchone()
        return Analysis.model_validate_json(row[0]) if row else None

    def documents_with_analyses(self) -> Iterator[tuple[Document, Analysis | None]]:
        for (doc_id,) in self.connection.execute("SELECT id FROM documents ORDER BY added_at, source").fetchall():
            yield self.document(doc_id), self.analysis(doc_id)

    def texts(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every stored document, to seed near-duplicate detection."""
        yield from self.connection.execute("SELECT id, text FROM documents")

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
        return [SearchHit(Span(doc_id=r[0], start=r[2], end=r[3], text=r[4]), r[1], r[5], r[6]) for r in rows]
