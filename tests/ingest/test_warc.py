"""Web archives: HTML responses become Documents, a corrupt record costs only itself."""

from __future__ import annotations

from readout.errors import IngestError
from readout.ingest.sources import read_sources

from .warcs import write_warc


def split(results):
    return [r for r in results if not isinstance(r, IngestError)], [r for r in results if isinstance(r, IngestError)]


def test_html_responses_become_documents_with_their_urls(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, 12)
    documents, errors = split(list(read_sources([path])))
    assert errors == []
    assert [d.url for d in documents] == [f"https://news.example.org/{n}" for n in range(12)]
    first = documents[0]
    assert first.title == "Report 0" and first.author == "Ada Brook" and first.outlet == "news.example.org"
    assert first.source == f"{path}#record 3"  # warcinfo and request records come first
    assert "Home" not in first.text and "newsletter" not in first.text


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, 5, gzip=False)
    documents, errors = split(list(read_sources([path])))
    assert (len(documents), errors) == (5, [])


def test_a_corrupt_gzip_record_is_reported_and_the_good_ones_kept(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, 8, with_extras=False)
    data = bytearray(path.read_bytes())
    middle = (offsets[3] + offsets[4]) // 2
    data[middle : middle + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    documents, errors = split(list(read_sources([path])))
    assert [d.title for d in documents] == [f"Report {n}" for n in (0, 1, 2, 4, 5, 6, 7)]
    assert [(e.source, e.reason) for e in errors] == [(f"{path}#record 5", "corrupt_record")]


def test_a_corrupt_plain_record_header_is_skipped(tmp_path):
    path = tmp_path / "crawl.warc"
    offsets = write_warc(path, 6, gzip=False, with_extras=False)
    data = bytearray(path.read_bytes())
    data[offsets[2] : offsets[2] + 8] = b"GARBAGE!"
    path.write_bytes(bytes(data))
    documents, errors = split(list(read_sources([path])))
    assert [d.title for d in documents] == [f"Report {n}" for n in (0, 1, 3, 4, 5)]
    assert [e.reason for e in errors] == ["corrupt_record"]


def test_a_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, 6, with_extras=False)
    data = path.read_bytes()
    path.write_bytes(data[: (offsets[4] + offsets[5]) // 2])
    documents, errors = split(list(read_sources([path])))
    assert [d.title for d in documents] == [f"Report {n}" for n in range(4)]
    assert [(e.source, e.reason) for e in errors] == [(f"{path}#record 6", "truncated_gzip")]


def test_not_an_archive(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("This is not a web archive at all, just words in a file.")
    documents, errors = split(list(read_sources([path])))
    assert documents == []
    assert [e.reason for e in errors] == ["corrupt_record"]
