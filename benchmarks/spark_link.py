"""The Spark link job alone, step by step, against the link stage in one process on the same analyses.

    .venv/bin/python benchmarks/spark_link.py [--docs 4000] [--rounds 3] [--master local[2]] [--cache DIR]

Input: the batch benchmark's varied archive (tests/batch/corpus.py), analyzed
once in this process and kept under ``--cache`` (as link_events.py does), so a
run before and a run after a change to the link job link the very same
analyses. The analyses go into Spark as the batch job leaves them (an RDD of
``job.Analyzed``, persisted to memory and disk, counted before the clock
starts), and ``spark_link`` runs ``--rounds`` times; each step's wall seconds
(``link: blocks``, ``link: events``, ``link: alignment``, ``link: reports``) are
printed per round, with their least over the rounds (the machine is shared:
another job only ever adds time). The baseline, in the same run: ``link`` in
this process on the same sources, by CPU time. The Spark result is checked
against it: the same events and the same alignments (the models compared, order aside).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from link_events import analyzed_sources  # noqa: E402

STEPS = ("link: blocks", "link: events", "link: alignment", "link: reports")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "readout-link-events")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    sources = analyzed_sources(args.docs, None, args.cache)

    from pyspark import StorageLevel

    from readout.batch.job import Analyzed
    from readout.batch.link_job import spark_link
    from readout.batch.spark import session
    from readout.link.features import document_features
    from readout.link.linker import link

    started = time.process_time()
    expected = link(sources)
    local_cpu = time.process_time() - started
    print(f"{len(sources)} documents; link in this process: {local_cpu:.2f} s CPU, {len(expected.events)} events, "
          f"{len(expected.alignments)} alignments", flush=True)

    sc = session(args.master).sparkContext
    analyzed = [Analyzed(order=(0, n), source=s, features=document_features(s)) for n, s in enumerate(sources)]
    rdd = sc.parallelize(analyzed, max(2, len(analyzed) // 256)).persist(StorageLevel.MEMORY_AND_DISK)
    rdd.count()
    least: dict[str, float] = {}
    print(f"{'round':>5} " + " ".join(f"{s:>16}" for s in STEPS) + f" {'all':>8} {'driver CPU':>11}", flush=True)
    for n in range(args.rounds):
        timings: dict[str, float] = {}
        cpu, wall = time.process_time(), time.perf_counter()
        result, _ = spark_link(sc, rdd, timings)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        for step in (*STEPS, "all"):
            least[step] = min(least.get(step, float("inf")), timings.get(step, wall))
        print(f"{n + 1:>5} " + " ".join(f"{timings.get(s, 0.0):16.2f}" for s in STEPS) + f" {wall:8.2f} {cpu:11.2f}", flush=True)
        same = (sorted(result.events, key=lambda e: e.id) == sorted(expected.events, key=lambda e: e.id)
                and sorted(result.alignments, key=lambda a: a.id) == sorted(expected.alignments, key=lambda a: a.id))
        if not same:
            print("  DIFFERENT from the link stage's events or alignments", flush=True)
    print(f"{'least':>5} " + " ".join(f"{least[s]:16.2f}" for s in STEPS) + f" {least['all']:8.2f}")
    print(f"Spark link (least wall, {args.master}) / link in one process (CPU): {least['all'] / local_cpu:.2f}")


if __name__ == "__main__":
    main()
