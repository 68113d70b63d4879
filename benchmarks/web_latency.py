"""Latency of ``readout serve`` against datasette serving the same SQLite file, under a bounded local load.

    .venv/bin/python benchmarks/web_latency.py [--documents 10000] [--requests 300] [--db FILE]

Builds (once; ``--db`` keeps it) a readout database of ``--documents``
synthetic documents (``link_scale.synthetic_sources``: no spaCy, seeded),
stored and linked as ``readout add`` stores them. Then starts ``readout serve``
and datasette (the optional ``readout[bench]`` extra) on 127.0.0.1, each in
its own process, and sends from this process, one request at a time:

- event page: ``/events/ID`` against datasette's row page of the same event,
  ``/DB/events/ID``. Events are drawn from a fixed sample, each visited several
  times; the first visit of an event (the brief composed and its charts drawn)
  is reported apart from the repeats (served from the brief cache), and so
  are the two chart images a browser then fetches (matplotlib, drawn once per
  brief and cached).
- search: ``/api/1/search?q=WORDS`` against datasette's full-text search of
  the same FTS5 table, ``/DB/sentences.json?_search=WORDS`` (both JSON).

Prints median and 95th percentile in milliseconds and the ratio of datasette's
to readout's (above 1: readout is faster). Wall-clock times on a shared
machine: run it when the machine is quiet and read the ratios.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link_scale import VOCABULARY, synthetic_sources  # noqa: E402

from readout import pipeline  # noqa: E402
from readout.link.events import cluster_events  # noqa: E402
from readout.link.features import document_features  # noqa: E402
from readout.link.linker import align_events  # noqa: E402


def build(path: Path, documents: int) -> None:
    started = time.perf_counter()
    sources = synthetic_sources(documents)
    with pipeline.open_store(path) as store:
        for source in sources:
            store.add(source.document, source.analysis)
        features = {s.id: document_features(s) for s in sources}
        store.save_features(features.values())
        result = align_events(cluster_events(list(features.values())), {s.id: s for s in sources}, features)
        store.replace_events(result, set())
        events = len(store.events())
    print(f"built {path}: {documents:,} documents, {events:,} events in {time.perf_counter() - started:.0f} s", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command: list[str], url: str) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(600):
        try:
            if httpx.get(url, timeout=5).status_code < 500:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"{command[:4]} exited: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    process.terminate()
    raise SystemExit(f"{command[:4]} did not answer {url}")


def timed(client: httpx.Client, url: str, missing_ok: bool = False) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200 and not (missing_ok and response.status_code == 404):
        raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
    return elapsed


def summary(name: str, ms: list[float]) -> tuple[float, float]:
    ordered = sorted(ms)
    median, p95 = statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    print(f"  {name:<44} n={len(ms):>4}  median {median:8.1f} ms  p95 {p95:8.1f} ms")
    return median, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per measured page, per server")
    parser.add_argument("--events", type=int, default=60, help="distinct events visited (each visited requests/events times)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/readout-web-bench.db"))
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.documents)
    with pipeline.open_store(args.db, create=False) as store:
        rng = random.Random(11)
        events = rng.sample([e.id for e in store.events()], args.events)
    visits = [events[i % len(events)] for i in range(args.requests)]
    queries = [" ".join(rng.sample(VOCABULARY, rng.choice((1, 2)))) for _ in range(args.requests)]

    ours, theirs = free_port(), free_port()
    readout = start([sys.executable, "-c", "from readout.cli import app; app()", "serve", "--db", str(args.db), "--port", str(ours)],
                    f"http://127.0.0.1:{ours}/api/1/openapi.json")
    try:
        datasette = start([sys.executable, "-m", "datasette", "serve", str(args.db), "-p", str(theirs), "--setting", "sql_time_limit_ms", "20000"],
                          f"http://127.0.0.1:{theirs}/-/versions.json")
    except SystemExit as exc:
        readout.terminate()
        raise SystemExit(f"datasette is needed as the baseline: pip install 'readout[bench]' ({exc})") from None
    db_name = args.db.stem
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{ours}", timeout=120) as ours_client, \
             httpx.Client(base_url=f"http://127.0.0.1:{theirs}", timeout=120) as theirs_client:
            first, repeat, charts, seen = [], [], [], set()
            for event_id in visits:
                (repeat if event_id in seen else first).append(timed(ours_client, f"/events/{event_id}"))
                if event_id not in seen:  # what a browser fetches next: the two chart images, drawn on first demand
                    charts.append(sum(timed(ours_client, f"/events/{event_id}/{chart}.svg", missing_ok=True) for chart in ("timeline", "figures")))
                seen.add(event_id)
            their_rows = [timed(theirs_client, f"/{db_name}/events/{event_id}") for event_id in visits]
            our_search = [timed(ours_client, "/api/1/search?" + httpx.QueryParams(q=q, limit=20).__str__()) for q in queries]
            their_search = [timed(theirs_client, f"/{db_name}/sentences.json?" + httpx.QueryParams(_search=q, _size=20).__str__()) for q in queries]
    finally:
        readout.terminate()
        datasette.terminate()
    print(f"{args.documents:,} documents, {len(visits)} event-page and {len(queries)} search requests per server, one at a time")
    summary("readout event page, first visit of an event", first)
    summary("readout event page, repeat visits", repeat)
    all_ours = summary("readout event page, all", first + repeat)
    summary("readout event charts (2 SVG images), first visit", charts)
    theirs_rows = summary("datasette row page of the event", their_rows)
    ours_s = summary("readout /api/1/search", our_search)
    theirs_s = summary("datasette /DB/sentences.json?_search=", their_search)
    print(f"ratio datasette / readout (median): event page {theirs_rows[0] / all_ours[0]:.2f}, search {theirs_s[0] / ours_s[0]:.2f}")
    print(f"ratio datasette / readout (p95):    event page {theirs_rows[1] / all_ours[1]:.2f}, search {theirs_s[1] / ours_s[1]:.2f}")


if __name__ == "__main__":
    main()
