"""Analyzer throughput against the bare spaCy pipeline on the same texts, in the same run.

    .venv/bin/python benchmarks/throughput.py [--repeat 5] [--rounds 3] [PATH ...]

Default corpus: examples/ and, when present, ../shared/seeds. Prints documents
per second for ``nlp.pipe`` alone and for readout's analyzer (spaCy plus every
readout component plus building the Analysis objects), and their ratio.

The two are timed in alternating rounds (bare, analyzer, bare, analyzer, ...)
and by the process's CPU time, not the wall clock: on a shared machine another
job's load then slows neither side more than the other. The wall time is
printed beside it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from readout.analyze.analyzer import analyze_many
from readout.analyze.nlp import load_base, shared_pipeline
from readout.errors import ReadoutError
from readout.ingest.sources import read_sources

ROOT = Path(__file__).resolve().parents[1]


def corpus(paths: list[str]) -> list:
    inputs = paths or [str(ROOT / "examples" / "summit"), str(ROOT / "examples" / "visit")]
    seeds = ROOT.parent / "shared" / "seeds"
    if not paths and seeds.is_dir():
        inputs += [str(p) for p in sorted(seeds.glob("*.txt"))]
    return [d for d in read_sources([p for p in inputs if Path(p).exists()]) if not isinstance(d, ReadoutError)]


def timed(run) -> tuple[float, float, object]:
    """(CPU seconds, wall seconds, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = run()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5, help="pass over the corpus this many times per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of bare spaCy and the analyzer")
    args = parser.parse_args()
    documents = corpus(args.paths) * args.repeat
    words = sum(len(d.text.split()) for d in documents)
    base, full = load_base(), shared_pipeline()  # the analyzer's pipeline as the CLI and the batch workers load it
    list(base.pipe(d.text for d in documents)), list(analyze_many(documents, full))  # warm up: loaded data, memo

    def bare_pass():
        for _ in base.pipe((d.text for d in documents), batch_size=16):
            pass

    bare_cpu = bare_wall = ours_cpu = ours_wall = 0.0
    failed = 0
    for _ in range(args.rounds):
        cpu, wall, _ = timed(bare_pass)
        bare_cpu, bare_wall = bare_cpu + cpu, bare_wall + wall
        cpu, wall, results = timed(lambda: list(analyze_many(documents, full)))
        ours_cpu, ours_wall = ours_cpu + cpu, ours_wall + wall
        failed += sum(isinstance(r, ReadoutError) for r in results)

    n = len(documents) * args.rounds
    print(f"documents: {len(documents)} ({words:,} words) x {args.rounds} rounds, failed: {failed}")
    print(f"bare spaCy nlp.pipe : {n / bare_cpu:8.1f} docs/s  {words * args.rounds / bare_cpu:10,.0f} words/s (CPU; wall {n / bare_wall:.1f} docs/s)")
    print(f"readout analyzer    : {n / ours_cpu:8.1f} docs/s  {words * args.rounds / ours_cpu:10,.0f} words/s (CPU; wall {n / ours_wall:.1f} docs/s)")
    print(f"ratio (readout / bare): {bare_cpu / ours_cpu:.2f} (CPU time), {bare_wall / ours_wall:.2f} (wall)")


if __name__ == "__main__":
    main()
