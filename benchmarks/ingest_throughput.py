"""Ingest throughput: HTML pages per second through readout's ingest stage versus bare
``trafilatura.extract`` on the same pages in the same run, and WARC records per second
with peak memory for a generated archive of at least 5,000 records.

It also compares extractors on the hand-written fixture pages in
tests/ingest/fixtures (phrases that must and must not survive), which is how
trafilatura was chosen.

Usage: .venv/bin/python benchmarks/ingest_throughput.py [--pages 400] [--records 5000]

The pages and the archive are generated here (deterministic, seeded): news-like
pages with navigation, cookie banners, share buttons, comment sections and
footers around 4-12 paragraphs of text. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import tracemalloc
from io import BytesIO
from pathlib import Path

import justext
import trafilatura
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from readout.errors import IngestError
from readout.ingest.language import detect_language
from readout.ingest.pages import page_document
from readout.ingest.sources import read_file
from readout.ingest.warc import read_warc

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "fixtures"

WORDS = (
    "minister delegation talks agreement trade energy border statement officials capital summit cooperation "
    "economy sanctions pipeline security council vote budget reform election parliament president premier "
    "spokesman ministry treaty dialogue partnership investment growth exports imports gas oil grid port "
    "railway customs tariffs visit invitation meeting readout conference week month year quarter plan"
).split()


AUTHORS = ("Ada Brook", "Ben Carr", "Cleo Dunn", "Dev Ensor", "Eli Fox", "Fay Gill", "Gus Hale")


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(25, 70))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def make_page(number: int, rng: random.Random) -> bytes:
    paragraphs = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(4, 12)))
    comments = "".join(f"<div class='comment'><p>{paragraph(rng)}</p></div>" for _ in range(rng.randint(0, 4)))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Report {number} | Example Daily</title><meta name='author' content='{AUTHORS[number % len(AUTHORS)]}'>"
        f"<meta property='article:published_time' content='2026-0{number % 9 + 1}-1{number % 9}'>"
        "<meta property='og:site_name' content='Example Daily'></head><body>"
        "<nav><ul>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in WORDS[:12]) + "</ul></nav>"
        "<div class='cookie'>We use cookies to improve your experience. <button>Accept</button></div>"
        f"<main><article><h1>Report {number}</h1>{paragraphs}</article></main>"
        "<div class='share'><a>Share on Facebook</a><a>Share on Twitter</a></div>"
        f"<section id='comments'><h3>Comments ({number % 5})</h3>{comments}</section>"
        "<footer><p>Subscribe to our newsletter</p><p>© 2026 Example Daily</p></footer></body></html>"
    ).encode()


def bench_pages(count: int) -> None:
    rng = random.Random(7)
    pages = [make_page(n, rng) for n in range(count)]
    detect_language(paragraph(rng))  # load the language models once, outside the timing (reported below)
    for page in pages[:5]:
        trafilatura.extract(page.decode())  # warm both paths
        page_document(page, "warm.html", "html")

    # Interleaved page by page, so a load change on the machine hits both sides alike.
    bare = ours = 0.0
    bare_chars = ingest_chars = failed = 0
    for number, page in enumerate(pages):
        start = time.perf_counter()
        bare_chars += len(trafilatura.extract(page.decode()) or "")
        middle = time.perf_counter()
        try:
            ingest_chars += len(page_document(page, f"page-{number}.html", "html").text)
        except IngestError:
            failed += 1
        bare += middle - start
        ours += time.perf_counter() - middle

    print(f"HTML pages: {count} pages, {sum(map(len, pages)) / count / 1024:.1f} KiB on average")
    print(f"  bare trafilatura.extract : {count / bare:8.1f} pages/s  ({bare_chars:,} chars of text)")
    print(f"  readout ingest           : {count / ours:8.1f} pages/s  ({ingest_chars:,} chars, {failed} failed)")
    print(f"  ratio ingest / bare      : {bare / ours:8.2f}  (ingest adds metadata, text rules, language, hashing)")


def write_archive(path: Path, count: int, first: int = 0) -> None:
    rng = random.Random(11 + first)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for number in range(first, first + count):
            url = f"https://news.example.org/{number}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(make_page(number, rng)), http_headers=headers)
            writer.write_record(record)


def bare_warc(path: Path) -> int:
    done = 0
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                trafilatura.extract(record.content_stream().read().decode("utf-8"))
                done += 1
    return done


def ours_warc(path: Path) -> tuple[int, int]:
    documents = errors = 0
    for result in read_warc(path):
        if isinstance(result, IngestError):
            errors += 1
        else:
            documents += 1
    return documents, errors


def peak_memory(path: Path) -> int:
    tracemalloc.start()
    ours_warc(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def bench_warc(count: int, chunks: int = 5) -> None:
    """Bare and ingest passes alternate chunk by chunk (load changes hit both alike); memory on 1 vs all chunks."""
    per_chunk = max(count // chunks, 1)
    with tempfile.TemporaryDirectory() as folder:
        parts = [Path(folder) / f"part-{n}.warc.gz" for n in range(chunks)]
        for number, part in enumerate(parts):
            write_archive(part, per_chunk, first=number * per_chunk)
        large = Path(folder) / "all.warc.gz"
        with large.open("wb") as out:  # gzip members concatenate into one valid archive
            for part in parts:
                out.write(part.read_bytes())

        bare = ours = 0.0
        bare_done = documents = errors = 0
        for part in parts:
            start = time.perf_counter()
            bare_done += bare_warc(part)
            middle = time.perf_counter()
            done, failed = ours_warc(part)
            ours += time.perf_counter() - middle
            bare += middle - start
            documents, errors = documents + done, errors + failed

        small_peak, large_peak = peak_memory(parts[0]), peak_memory(large)
        size = large.stat().st_size / 1024 / 1024
    total = per_chunk * chunks
    print(f"WARC: {total} response records, {size:.1f} MiB gzipped")
    print(f"  bare warcio + trafilatura.extract : {bare_done / bare:8.1f} records/s")
    print(f"  readout ingest (read_warc)        : {documents / ours:8.1f} records/s  ({documents} documents, {errors} errors)")
    print(f"  ratio ingest / bare               : {bare / ours:8.2f}")
    print(f"  peak Python memory (tracemalloc)  : {small_peak / 1024 / 1024:.1f} MiB reading {per_chunk} records, "
          f"{large_peak / 1024 / 1024:.1f} MiB reading {total} records (flat: records stream)")


def _justext(html: str) -> str:
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS = {
    "trafilatura (default, no comments)": lambda path: trafilatura.extract(path.read_text(), include_comments=False) or "",
    "trafilatura fast (no fallback)": lambda path: trafilatura.extract(path.read_text(), include_comments=False, fast=True) or "",
    "jusText": lambda path: _justext(path.read_text()),
    "readout ingest (trafilatura + text rules)": lambda path: read_file(path).text,
}


METADATA_FIELDS = ("title", "author", "published", "outlet")


def _bare_metadata(path: Path) -> dict[str, str | None]:
    """What bare ``trafilatura.bare_extraction`` states, in readout's field names (authors joined by ', ')."""
    result = trafilatura.bare_extraction(path.read_text(), with_metadata=True, include_comments=False)
    author = result.author.replace("; ", ", ") if result and result.author else None
    return {"title": result.title, "author": author, "published": result.date, "outlet": result.sitename} if result else {}


def _readout_metadata(path: Path) -> dict[str, str | None]:
    document = read_file(path)
    return {field: (str(getattr(document, field)) if getattr(document, field) is not None else None) for field in METADATA_FIELDS}


def compare_extractors() -> None:
    pages = json.loads((FIXTURES / "evaldata.json").read_text(encoding="utf-8"))["pages"]
    wanted = sum(len(spec["with"]) for spec in pages.values())
    unwanted = sum(len(spec["without"]) for spec in pages.values())
    print(f"Extractors on {len(pages)} fixture pages ({wanted} phrases to keep, {unwanted} to drop):")
    for label, extract in EXTRACTORS.items():
        kept = dropped = 0
        for name, spec in pages.items():
            text = extract(FIXTURES / name)
            kept += sum(phrase in text for phrase in spec["with"])
            dropped += sum(phrase not in text for phrase in spec["without"])
        print(f"  {label:42s}: kept {kept}/{wanted}, dropped {dropped}/{unwanted}")
    stated = sum(1 for spec in pages.values() for field in METADATA_FIELDS if field in spec)
    print(f"Metadata on the same pages ({stated} stated fields: title, author, published, outlet):")
    for label, read in (("trafilatura.bare_extraction", _bare_metadata), ("readout ingest", _readout_metadata)):
        right = 0
        for name, spec in pages.items():
            found = read(FIXTURES / name)
            right += sum(1 for field in METADATA_FIELDS if field in spec and found.get(field) == spec[field])
        print(f"  {label:42s}: {right}/{stated} right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--fixtures-only", action="store_true", help="only the extractor and metadata comparison")
    args = parser.parse_args()
    start = time.perf_counter()
    detect_language("The ministers met on Tuesday and agreed to resume the talks next month.")
    print(f"language models loaded once in {time.perf_counter() - start:.2f} s (not counted below)")
    compare_extractors()
    if args.fixtures_only:
        return
    bench_pages(args.pages)
    bench_warc(args.records)


if __name__ == "__main__":
    main()
