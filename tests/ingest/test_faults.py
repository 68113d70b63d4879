"""Faults that must not cost work or memory: decompression bombs, one bad byte, raw bytes in messages, bad settings."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readout import settings
from readout.errors import IngestError, ReadoutError, SettingsError
from readout.ingest.notes import IngestNote
from readout.ingest.sources import read_sources

ARTICLE = ("Die Außenministerin traf am Dienstag ihren Amtskollegen in Genf; beide Seiten vereinbarten, die Gespräche "
           "über Grenzhandel im nächsten Monat fortzusetzen, teilte das Ministerium mit. Jürgen Weiß und Zoë Dubois "
           "nahmen an den Gesprächen teil.")


def split(results):
    return [r for r in results if not isinstance(r, ReadoutError)], [r for r in results if isinstance(r, ReadoutError)]


def _gzip_of_one_long_line(path: Path, size: int, then: bytes = b"") -> None:
    """A small .gz whose first line is ``size`` bytes of one repeated character: written in pieces, never held whole."""
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"text": "')
        piece = b"a" * (1 << 20)
        for _ in range(size // len(piece)):
            fh.write(piece)
        fh.write(b'"}\n' + then)


def test_jsonl_gz_bomb_is_stopped_at_the_cap_and_the_next_line_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", str(1 << 20))
    path = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"text": ARTICLE}).encode() + b"\n"
    _gzip_of_one_long_line(path, 8 << 20, then=good)
    documents, errors = split(list(read_sources([path])))
    assert [d.source for d in documents] == [f"{path}:2"]
    assert [(e.source, e.reason, e.message) for e in errors] == [
        (f"{path}:1", "too_large", "the line is more than 1,048,576 bytes, over the size cap of 1,048,576 bytes")]


def test_a_line_with_no_end_stops_the_file_in_bounded_memory(tmp_path):
    """64 MiB of one line from a file of a few hundred kilobytes, read with a 256 KiB cap in a fresh process.

    The peak is the process's own high-water mark (VmHWM): ru_maxrss would carry the test runner's over exec.
    """
    path = tmp_path / "endless.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(64):
            fh.write(b"b" * (1 << 20))
    assert path.stat().st_size < 1 << 20
    script = (
        "import resource, sys\n"
        "from readout.ingest.sources import read_sources\n"
        "results = list(read_sources([sys.argv[1]]))\n"
        "print(results[0].line())\n"
        "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) // 1024)\n"
    )
    env = {"READOUT_MAX_BYTES": str(256 * 1024), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env, check=True)
    line, peak_mib = done.stdout.strip().splitlines()
    assert line == (f"{path}:1: too_large: the line is more than 262,144 bytes, over the size cap of 262,144 bytes; "
                    "no line break in the next 2,621,440 bytes either, so the rest of the file is not read "
                    "(a decompression bomb?) (raise READOUT_MAX_BYTES to accept it)")
    assert int(peak_mib) < 120  # the interpreter and its libraries (about 60 MiB); the 64 MiB line is never held


@pytest.mark.parametrize("name", ["page.html.gz", "notes.txt.gz"])
def test_every_gzipped_single_file_is_capped_while_decompressing(tmp_path, monkeypatch, name):
    monkeypatch.setenv("READOUT_MAX_BYTES", "100000")
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"x" * 5_000_000))
    _, (error,) = split(list(read_sources([path])))
    assert (error.reason, error.message) == (
        "too_large", "the decompressed input is more than 100,000 bytes, over the size cap of 100,000 bytes")


def test_gzipped_standard_input_is_capped_too(monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "100000")
    stream = io.BytesIO(gzip.compress(b"y" * 5_000_000))
    _, (error,) = split(list(read_sources(["-"], stdin=stream)))
    assert (error.source, error.message) == (
        "stdin", "the decompressed input is more than 100,000 bytes, over the size cap of 100,000 bytes")


def test_standard_input_over_the_cap_says_more_than(monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "1000")
    _, (error,) = split(list(read_sources(["-"], stdin=io.BytesIO(b"z " * 5000))))
    assert error.message == "the input is more than 1,000 bytes, over the size cap of 1,000 bytes"


def test_one_bad_byte_in_utf8_is_replaced_and_reported_not_a_reason_for_a_legacy_code_page(tmp_path):
    data = ARTICLE.encode("utf-8")
    at = data.index(b"Genf")
    path = tmp_path / "one-bad-byte.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    notes: list[IngestNote] = []
    (document,) = list(read_sources([path], notes=notes.append))
    assert "Jürgen Weiß und Zoë Dubois" in document.text  # not "JÃ¼rgen WeiÃŸ"
    assert "in \ufffdGenf" in document.text
    assert [(n.kind, n.message) for n in notes] == [
        ("replaced_bytes", f"1 byte that is not valid UTF-8 replaced with U+FFFD (the first at byte {at:,}); the rest of the input is UTF-8")]


def test_a_file_in_a_legacy_code_page_is_still_decoded_as_such(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(ARTICLE.encode("latin-1", errors="replace"))
    (document,) = list(read_sources([path]))
    assert "Jürgen Weiß und Zoë Dubois" in document.text


def test_error_text_never_carries_raw_bytes(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b'{"text": "\x1b[2J\x07\x00 nothing", "url": 5}\n' + b'\x1b[31m\xff\xfe not json\n')
    _, errors = split(list(read_sources([path])))
    for error in errors:
        assert error.line().isprintable(), error.line()
    error = IngestError("bad \x1b[2J\x00 value \udcff", source="na\udcffme.txt")
    assert error.line() == "na\\xffme.txt: unreadable: bad \\x1b[2J\\x00 value \\xff"


def test_warc_gz_record_bomb_is_capped(tmp_path, monkeypatch):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    monkeypatch.setenv("READOUT_MAX_BYTES", "200000")
    path = tmp_path / "bomb.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(b"<html><body><p>" + b"w" * 20_000_000 + b"</p></body></html>")
        writer.write_record(writer.create_warc_record("https://a.example/", "response", payload=body, http_headers=headers))
    assert path.stat().st_size < 1_000_000
    _, (error,) = split(list(read_sources([path])))
    assert (error.reason, error.message) == ("too_large", "the record body is more than 200,000 bytes, over the size cap of 200,000 bytes")


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("READOUT_MAX_BYTES", "abc", "READOUT_MAX_BYTES='abc' is not valid: it must be a whole number of bytes, 1 or more"),
        ("READOUT_MAX_BYTES", "-5", "READOUT_MAX_BYTES='-5' is not valid: it must be a whole number of bytes, 1 or more"),
        ("READOUT_FETCH_TIMEOUT", "soon", "READOUT_FETCH_TIMEOUT='soon' is not valid: it must be a number of seconds greater than 0"),
        ("READOUT_FETCH_TIMEOUT", "nan", "READOUT_FETCH_TIMEOUT='nan' is not valid: it must be a number of seconds greater than 0"),
        ("READOUT_BATCH_SIZE", "0", "READOUT_BATCH_SIZE='0' is not valid: it must be a whole number of items, 1 or more"),
        ("READOUT_REMOTE_RETRIES", "-1", "READOUT_REMOTE_RETRIES='-1' is not valid: it must be a whole number, 0 or more"),
        ("READOUT_ALLOW_PRIVATE_ADDRESSES", "maybe", "READOUT_ALLOW_PRIVATE_ADDRESSES='maybe' is not valid: it must be 1 or 0 (also true/false, yes/no, on/off)"),
    ],
)
def test_invalid_settings_are_one_typed_error_naming_the_variable(monkeypatch, variable, value, message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as info:
        settings.check_all()
    assert info.value.message == message and info.value.source == variable and info.value.reason == "bad_setting"


def test_a_bad_setting_stops_the_run_instead_of_failing_each_input(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "abc")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    with pytest.raises(SettingsError):
        list(read_sources([tmp_path / "a.txt", tmp_path / "b.txt"]))


def test_settings_parse_to_typed_values(monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", " 2048 ")
    monkeypatch.setenv("READOUT_ALLOW_PRIVATE_ADDRESSES", "yes")
    monkeypatch.setenv("READOUT_FETCH_TIMEOUT", "2.5")
    assert settings.value("max_bytes") == 2048
    assert settings.value("allow_private_addresses") is True
    assert settings.value("fetch_timeout") == 2.5


def test_zlib_stream_corruption_is_reported_by_name(tmp_path):
    path = tmp_path / "corrupt.txt.gz"
    good = gzip.compress(ARTICLE.encode())
    path.write_bytes(good[:20] + bytes(b ^ 0x55 for b in good[20:40]) + good[40:])
    _, (error,) = split(list(read_sources([path])))
    assert error.reason == "truncated_gzip" and error.line().isprintable()


def test_bounded_lines_skips_a_long_line_and_gives_up_on_an_endless_one():
    from readout.ingest.jsonl import LongLine, bounded_lines

    assert list(bounded_lines(io.BytesIO(b"q" * 5_000 + b"\nshort\n"), 1000)) == [LongLine(gave_up=False), b"short\n"]
    assert list(bounded_lines(io.BytesIO(b"q" * 50_000 + b"\nshort\n"), 1000)) == [LongLine(gave_up=True)]
    assert list(bounded_lines(io.BytesIO(b"x" * 999 + b"\n"), 1000)) == [b"x" * 999 + b"\n"]


def test_warcio_messages_do_not_reach_the_terminal(tmp_path, capfd):
    from .warcs import write_warc

    path = tmp_path / "damaged.warc"
    write_warc(path, 3, gzip=False)
    path.write_bytes(path.read_bytes().replace(b"Content-Length: ", b"Content-Length: 1", 2))
    documents, errors = split(list(read_sources([path])))
    assert len(documents) == 3 and [e.reason for e in errors] == ["corrupt_record"]
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")


def test_a_bad_output_folder_is_a_usage_error_before_any_work(tmp_path):
    from readout.errors import UsageError

    existing = tmp_path / "brief.md"
    existing.write_text("an earlier brief")
    with pytest.raises(UsageError) as info:
        settings.check_output_folder(existing)
    assert info.value.line() == f"--out: usage: --out {existing} is an existing file, not a folder (give a folder; a missing one is created)"
    with pytest.raises(UsageError) as info:
        settings.check_output_folder(existing / "out")
    assert info.value.message == f"--out {existing / 'out'} cannot be created: {existing} is a file, not a folder"
    settings.check_output_folder(tmp_path / "new" / "deeper")  # creatable: fine, and nothing is created
    assert not (tmp_path / "new").exists()
    with pytest.raises(UsageError) as info:
        settings.check_output_file(tmp_path, "--out")
    assert info.value.message == f"--out {tmp_path} is a folder, not a file"
    settings.check_output_file(tmp_path / "events.parquet")
    assert issubclass(SettingsError, UsageError)
