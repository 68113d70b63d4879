"""The document count a progress bar's ETA rests on: exact for small inputs, sampled for large ones, cheap for bombs."""

from __future__ import annotations

import gzip
import json
import time

from readout.ingest import estimate
from readout.ingest.estimate import documents_in, estimate_documents
from .warcs import write_warc


def _jsonl(path, count: int) -> None:
    lines = "".join(json.dumps({"text": f"Story {n}: the delegations met again."}) + "\n" for n in range(count))
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(lines.encode()))
    else:
        path.write_text(lines, encoding="utf-8")


def test_a_folder_counts_its_articles_and_the_records_of_its_containers(tmp_path):
    (tmp_path / "a.txt").write_text("One story.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Another.</p>", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    _jsonl(tmp_path / "lines.jsonl", 40)
    _jsonl(tmp_path / "more.jsonl.gz", 25)
    write_warc(tmp_path / "crawl.warc.gz", 12)
    (tmp_path / "feed.rss").write_text("<rss><channel>" + "<item><title>x</title></item>" * 7 + "</channel></rss>")
    # responses only (12 pages and one image), not the warcinfo or request records
    assert documents_in(tmp_path / "crawl.warc.gz") == 13
    assert estimate_documents([tmp_path, "https://example.org/a", "-"]) == 2 + 40 + 25 + 13 + 7 + 2
    assert estimate_documents([tmp_path], exclude=["*.jsonl*"]) == 2 + 13 + 7


def test_a_large_file_is_sampled_and_extrapolated(tmp_path, monkeypatch):
    monkeypatch.setattr(estimate, "SAMPLE_BYTES", 64 * 1024)
    monkeypatch.setattr(estimate, "_CHUNK", 16 * 1024)
    _jsonl(tmp_path / "big.jsonl", 20_000)
    assert 19_000 <= documents_in(tmp_path / "big.jsonl") <= 21_000


def test_a_decompression_bomb_costs_one_sample(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb") as fh:  # 2 GiB of one endless line, a few MB on disk
        block = b"a" * (1 << 20)
        for _ in range(2048):
            fh.write(block)
    started = time.process_time()
    assert documents_in(bomb) == 1
    assert time.process_time() - started < 30  # one 16 MiB sample, not 2 GiB (a generous bound, not a benchmark)


def test_unreadable_inputs_count_as_one_and_are_left_to_ingest_to_report(tmp_path):
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 10)[:15])
    assert documents_in(tmp_path / "cut.jsonl.gz") == 1
    assert estimate_documents([tmp_path / "missing.txt"]) == 1
