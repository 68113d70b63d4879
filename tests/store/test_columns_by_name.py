"""The store reads columns by name, so a reordered SELECT or an added column cannot shift a field."""

import ast
import datetime as dt
from pathlib import Path

from readout.ingest.document import document_from_text
from readout.model import Analysis, Sentence, Span
from readout.store import Store

STORE = Path(__file__).resolve().parents[2] / "readout" / "store"


def _positional_reads(path: Path) -> list[str]:
    """``row[0]``, ``r[3]``, ``....fetchone()[0]``: an integer index into what a query returned."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int)):
            continue
        target = node.value
        is_row = isinstance(target, ast.Name) and target.id in {"row", "r", "record"}
        is_fetch = isinstance(target, ast.Call) and isinstance(target.func, ast.Attribute) and target.func.attr.startswith("fetch")
        if is_row or is_fetch:
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_positional_column_reads_remain():
    assert [line for path in sorted(STORE.rglob("*.py")) for line in _positional_reads(path)] == []


def test_a_reordered_select_reads_the_same_document(tmp_path, monkeypatch):
    doc = document_from_text("Columns by name. Not by place.", "a.txt", title="T", author="A", published=dt.date(2026, 1, 2), outlet="O")
    analysis = Analysis(doc_id=doc.id, analyzer="t", sentences=(Sentence(index=0, span=Span(doc_id=doc.id, start=0, end=16, text=doc.text[:16])),))
    with Store(tmp_path / "r.db") as store:
        store.add(doc, analysis)
        import readout.store.database as database

        reordered = ", ".join(reversed(database.DOCUMENT_COLUMNS.split(", ")))
        monkeypatch.setattr(database, "DOCUMENT_COLUMNS", reordered)
        assert store.document(doc.id) == doc
        assert [(s.document, s.analysis) for s in store.sources()] == [(doc, analysis)]
