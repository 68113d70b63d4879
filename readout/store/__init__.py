"""Persistence: SQLite by default (plain SQL schema, FTS5 for search)."""

from readout.store.database import SearchHit, Store, StoredDocument

__all__ = ["SearchHit", "Store", "StoredDocument"]
