"""Bytes that are not article text get a clear reason; text in other charsets is decoded."""

from __future__ import annotations

import gzip

import pytest

from readout.errors import IngestError
from readout.ingest.decode import decode, gunzip
from readout.ingest.sources import read_file


def reason_of(call) -> IngestError:
    with pytest.raises(IngestError) as info:
        call()
    return info.value


def test_empty_and_whitespace_only_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    for name in ("empty.txt", "blank.txt"):
        error = reason_of(lambda: read_file(tmp_path / name))
        assert error.reason == "empty"
        assert error.line() == f"{tmp_path / name}: empty: the input is empty"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or DOCX/XLSX/EPUB)"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        (b"some text\x00\x00\x01\x02 more", "binary data (NUL bytes)"),
    ],
)
def test_binary_files_given_as_text(tmp_path, data, kind):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    error = reason_of(lambda: read_file(path))
    assert error.reason == "binary"
    assert error.message == f"the input is {kind}, not text"


def test_text_in_a_legacy_charset_is_detected_before_giving_up():
    text = "Министры встретились во вторник и договорились продолжить переговоры в следующем месяце."
    assert decode(text.encode("cp1251"), "ru.txt") == text
    latin = "Les ministres se sont réunis à Genève mardi et ont convenu de reprendre les négociations."
    assert decode(latin.encode("latin-1"), "fr.txt") == latin


def test_bytes_no_charset_fits_are_undecodable():
    error = reason_of(lambda: decode(bytes(range(128, 256)) * 4, "mystery.txt"))
    assert error.reason == "undecodable"
    assert error.line() == "mystery.txt: undecodable: the bytes are not UTF-8 and no charset fits them (convert the file to UTF-8)"


def test_file_over_the_size_cap(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "1000")
    path = tmp_path / "long.txt"
    path.write_text("word " * 300)
    error = reason_of(lambda: read_file(path))
    assert error.reason == "too_large"
    assert error.line() == f"{path}: too_large: the input is 1,500 bytes, over the size cap of 1,000 bytes (raise READOUT_MAX_BYTES to accept it)"


def test_gzipped_text_file_and_a_truncated_one(tmp_path):
    body = "The delegations met for three hours and agreed to meet again before the end of the year.\n" * 20
    packed = gzip.compress(body.encode())
    (tmp_path / "a.txt.gz").write_bytes(packed)
    assert read_file(tmp_path / "a.txt.gz").text.startswith("The delegations met")
    (tmp_path / "b.txt.gz").write_bytes(packed[: len(packed) // 2])
    error = reason_of(lambda: read_file(tmp_path / "b.txt.gz"))
    assert error.reason == "truncated_gzip"
    assert error.source == str(tmp_path / "b.txt.gz")


def test_gunzip_refuses_a_bomb_over_the_cap():
    error = reason_of(lambda: gunzip(gzip.compress(b"a" * 5000), "bomb.gz", limit=1000))
    assert error.reason == "too_large"


def test_one_bad_byte_in_a_jsonl_line_is_replaced_and_reported_not_the_line_lost(tmp_path):
    from readout.ingest.sources import read_sources

    path = tmp_path / "lines.jsonl"
    path.write_bytes(b'{"text": "Jos\xc3\xa9 Mar\xc3\xada L\xc3\xb3pez met Fran\xc3\xa7ois M\xc3\xbcller in Z\xc3\xbcrich \xff '
                     b'and they agreed to continue the talks."}\n')
    notes = []
    (document,) = list(read_sources([path], notes=notes.append))
    assert document.text == ("José María López met François Müller in Zürich \ufffd and they agreed to continue the talks.")
    assert [n.line() for n in notes] == [f"{path}:1: replaced_bytes: 1 byte that is not valid UTF-8 replaced with U+FFFD "
                                         "(the first at byte 63 of the line); the rest of the line is UTF-8"]
