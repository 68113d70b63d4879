"""Events on a generated archive: how many, how large the largest, and what linking costs, with many and with few leaders.

    .venv/bin/python benchmarks/link_events.py [--docs 1000] [--leaders 40] [--cache DIR] [--time-limit 1200]

Input: the batch benchmark's varied archive (tests/batch/corpus.py), read and
analyzed in this process once per archive (the analyses are kept under
``--cache``, so a run after a change to the link stage links the very same
analyses). Two archives of ``--docs`` documents, three outlets to a meeting:

- the baseline: leaders drawn from 27,720 names, so a leader is in few meetings;
- ``--leaders N``: leaders drawn from N names, so a leader meets several
  counterparts within days (the case where joining by one shared person
  chains different meetings into one event).

For each: the events (how many, the largest's documents, how many have more
than three), the CPU seconds of clustering and of alignment (``link`` in this
process), and notes the link stage gives (a capped claim alignment). Then the
ratio of the few-leaders archive's link time to the baseline's (about 1 when a
busy leader costs no more than a quiet one). A link that runs past
``--time-limit`` seconds is stopped and reported as not finished.
"""

from __future__ import annotations

import argparse
import pickle
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "batch"))

import corpus  # noqa: E402


def analyzed_sources(docs: int, leaders: int | None, cache: Path, seed: int = 7) -> list:
    """The archive's analyzed sources, from the cache when this archive was analyzed before."""
    name = f"{docs}-{leaders or 'many'}" + ("" if seed == 7 else f"-seed{seed}")
    path = cache / f"sources-{name}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from readout import pipeline

    archive = cache / f"news-{name}.warc.gz"
    corpus.write_warc(archive, docs, varied=True, leaders=leaders or None, seed=seed)
    started = time.process_time()
    run = pipeline.process(pipeline.ingest([archive], []))
    sources = [s for s in run.sources if not s.analysis.skipped_reason]
    print(f"  analyzed {len(sources)} documents in {time.process_time() - started:.1f} s CPU (kept in {path})", flush=True)
    path.write_bytes(pickle.dumps(sources))
    return sources


class TimeUp(Exception):
    pass


def measure(name: str, sources: list, time_limit: int) -> float | None:
    """Print the events and the link's CPU seconds; the total, or None when it did not finish in ``time_limit``."""
    from readout.link.events import cluster_events
    from readout.link.features import document_features
    from readout.link.linker import align_events

    started = time.process_time()
    features = {s.id: document_features(s) for s in sources}
    events = cluster_events(list(features.values()))
    clustered = time.process_time() - started
    sizes = sorted((len(e.doc_ids) for e in events), reverse=True)
    print(f"{name}: {len(sources)} documents, {len(events)} events, largest {sizes[0] if sizes else 0} documents, "
          f"{sum(1 for n in sizes if n > 3)} with more than 3 (sizes: {dict(sorted(Counter(sizes).items()))}); "
          f"clustering {clustered:.2f} s CPU", flush=True)

    def stop(signum, frame):
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(time_limit)
    started_wall = time.perf_counter()
    started = time.process_time()
    try:
        result = align_events(events, {s.id: s for s in sources}, features)
    except TimeUp:
        print(f"  alignment not finished: stopped after {time.perf_counter() - started_wall:.0f} s wall, "
              f"{time.process_time() - started:.1f} s CPU", flush=True)
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    aligned = time.process_time() - started
    notes = getattr(result, "notes", ())
    print(f"  alignment {aligned:.2f} s CPU ({time.perf_counter() - started_wall:.1f} s wall), {len(result.alignments)} alignments; "
          f"link {clustered + aligned:.2f} s CPU in all", flush=True)
    for note in notes:
        print(f"  note: {note}", flush=True)
    return clustered + aligned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--leaders", type=int, default=40, help="names the few-leaders archive draws its leaders from")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "readout-link-events")
    parser.add_argument("--time-limit", type=int, default=1200, help="seconds an alignment may run before it is stopped")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    base = measure("many leaders (baseline)", analyzed_sources(args.docs, None, args.cache), args.time_limit)
    few = measure(f"{args.leaders} leaders", analyzed_sources(args.docs, args.leaders, args.cache), args.time_limit)
    if base and few:
        print(f"link time, {args.leaders} leaders / many leaders: {few / base:.2f}x", flush=True)
    else:
        print(f"link time, {args.leaders} leaders / many leaders: more than {args.time_limit / (base or 1):.0f}x (not finished)", flush=True)


if __name__ == "__main__":
    main()
