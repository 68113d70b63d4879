"""Per-document features for event clustering, kept for every stored document.

Re-linking the events a new document touches needs the features of the
documents already stored; keeping them (they are small) spares re-reading
every full analysis.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from readout.model import DocumentFeatures
from readout.store.transaction import transaction


def save_features(connection: sqlite3.Connection, features: Iterable[DocumentFeatures]) -> None:
    """Store (or replace) the features of documents already stored, in one transaction."""
    with transaction(connection):
        connection.executemany(
            "INSERT INTO document_features(doc_id, body) VALUES (?, ?) ON CONFLICT(doc_id) DO UPDATE SET body = excluded.body",
            ((f.doc_id, f.model_dump_json()) for f in features),
        )


def features(connection: sqlite3.Connection) -> list[DocumentFeatures]:
    """The features of every stored document that has them, in the order the documents were added."""
    rows = connection.execute(
        "SELECT f.body FROM document_features f JOIN documents d ON d.id = f.doc_id ORDER BY d.rowid"
    )
    return [DocumentFeatures.model_validate_json(row["body"]) for row in rows]
