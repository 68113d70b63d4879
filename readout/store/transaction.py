"""One explicit transaction: everything inside commits together or not at all.

Python's sqlite3 opens transactions implicitly only before INSERT, UPDATE and
DELETE, never before CREATE or ALTER, so a migration wrapped in ``with
connection:`` can leave half a schema behind. The store therefore keeps its
connection in autocommit mode (``isolation_level=None``) and brackets every
write with an explicit ``BEGIN`` ... ``COMMIT``, or ``ROLLBACK`` on any error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; ``ROLLBACK`` and re-raise on any exception.

    IMMEDIATE takes the write lock at the start, so two processes writing the
    same file wait for each other (busy timeout) instead of failing halfway.
    Transactions do not nest: a second one inside the first is a programming error.
    """
    if connection.isolation_level is not None:
        raise RuntimeError("explicit transactions need a connection in autocommit mode (isolation_level=None)")
    if connection.in_transaction:
        raise RuntimeError("a transaction is already open on this connection")
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
