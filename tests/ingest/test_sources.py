"""read_sources over folders, globs, standard input and JSONL: one result per document or bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from readout.errors import IngestError
from readout.ingest.sources import read_file, read_sources, walk

BODY = "The delegations met for three hours in the capital and agreed to meet again before the end of the year."


def split(results):
    documents = [r for r in results if not isinstance(r, IngestError)]
    errors = [r for r in results if isinstance(r, IngestError)]
    return documents, errors


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(f"# Talks resume\n\n**{BODY}** See [the statement](https://example.org/s).\n")
    (tmp_path / "sub" / "draft.txt").write_text("Draft: " + BODY)
    (tmp_path / ".hidden.txt").write_text(BODY + " hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(BODY + " git")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_unknown_kinds(folder):
    names = [p.relative_to(folder).as_posix() for p in walk(folder)]
    assert names == ["a.txt", "empty.txt", "sub/b.md", "sub/draft.txt"]


def test_include_and_exclude_globs(folder):
    assert [p.name for p in walk(folder, include=["*.md"])] == ["b.md"]
    assert [p.name for p in walk(folder, exclude=["sub/draft*", "empty.txt"])] == ["a.txt", "b.md"]
    assert [p.name for p in walk(folder, include=["*.png"])] == ["picture.png"]


def test_a_bad_file_costs_only_itself(folder):
    documents, errors = split(list(read_sources([folder])))
    assert [d.source for d in documents] == [str(folder / "a.txt"), str(folder / "sub/b.md"), str(folder / "sub/draft.txt")]
    assert [e.line() for e in errors] == [f"{folder / 'empty.txt'}: empty: the input is empty"]


def test_markdown_title_and_markup(folder):
    document = read_file(folder / "sub" / "b.md")
    assert document.title == "Talks resume"
    assert document.text == f"Talks resume\n{BODY} See the statement."


def test_named_binary_file_and_missing_file_are_reported(folder):
    documents, errors = split(list(read_sources([folder / "picture.png", folder / "nope.txt", folder / "a.txt"])))
    assert len(documents) == 1
    assert [(e.source, e.reason) for e in errors] == [(str(folder / "picture.png"), "binary"), (str(folder / "nope.txt"), "not_found")]


def test_header_block_gives_stated_metadata(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(f"Title: Talks resume\nAuthor: Ana Li\nDate: 2026-03-02\nSource: Example Wire\n\n{BODY}\n")
    document = read_file(path)
    assert (document.title, document.author, str(document.published), document.outlet) == ("Talks resume", "Ana Li", "2026-03-02", "Example Wire")
    assert document.text == BODY


def test_stdin_text_and_stdin_jsonl():
    documents, errors = split(list(read_sources(["-"], stdin=io.BytesIO(BODY.encode()))))
    assert [d.source for d in documents] == ["stdin"] and documents[0].text == BODY
    lines = json.dumps({"text": BODY, "title": "T"}) + "\nnot json\n"
    documents, errors = split(list(read_sources(["-"], stdin=io.BytesIO(lines.encode()))))
    assert [d.title for d in documents] == ["T"]
    assert [(e.source, e.reason) for e in errors] == [("stdin:2", "bad_jsonl")]


def test_jsonl_lines_with_fields_and_bad_lines(tmp_path):
    page = f"<html><head><title>Page title</title></head><body><article><p>{BODY}</p></article></body></html>"
    rows = [
        json.dumps({"text": BODY, "url": "https://news.example.org/a", "title": "Talks resume", "published": "2026-03-02T08:00:00Z", "source": "Example Wire", "author": ["Ana Li", "Bo Chen"]}),
        "",
        '{"text": "cut off',
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"html": page, "url": "https://www.example.com/b"}),
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(rows) + "\n")
    documents, errors = split(list(read_sources([path])))
    first, second = documents
    assert (first.source, first.url, first.title, str(first.published), first.outlet, first.author) == (
        f"{path}:1", "https://news.example.org/a", "Talks resume", "2026-03-02", "Example Wire", "Ana Li, Bo Chen")
    assert (second.source, second.title, second.outlet, second.text) == (f"{path}:6", "Page title", "example.com", BODY)
    assert [(e.source, e.reason) for e in errors] == [(f"{path}:3", "bad_jsonl"), (f"{path}:4", "bad_jsonl"), (f"{path}:5", "bad_jsonl")]
    assert errors[1].message == "the object has no non-empty 'text' or 'html' field"


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_cut(tmp_path):
    rows = "".join(json.dumps({"text": f"{BODY} Item {i}."}) + "\n" for i in range(200))
    packed = gzip.compress(rows.encode())
    path = tmp_path / "items.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    documents, errors = split(list(read_sources([path])))
    assert 0 < len(documents) < 200
    assert [(e.source, e.reason) for e in errors] == [(str(path), "truncated_gzip")]


def test_read_file_refuses_multi_document_files(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"text": BODY}))
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert info.value.line() == f"{path}: unsupported: the file holds many documents (read it with read_sources)"
