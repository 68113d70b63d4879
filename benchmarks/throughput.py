"""Analyzer throughput against the bare spaCy pipeline on the same texts, in the same run.

    .venv/bin/python benchmarks/throughput.py [--repeat 5] [PATH ...]

Default corpus: examples/ and, when present, ../shared/seeds. Prints documents
per second for ``nlp.pipe`` alone and for readout's analyzer (spaCy plus every
readout component plus building the Analysis objects), and their ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from readout.analyze.analyzer import analyze_many
from readout.analyze.nlp import load_base, load_pipeline
from readout.errors import ReadoutError
from readout.ingest.sources import read_sources

ROOT = Path(__file__).resolve().parents[1]


def corpus(paths: list[str]) -> list:
    inputs = paths or [str(ROOT / "examples" / "summit"), str(ROOT / "examples" / "visit")]
    seeds = ROOT.parent / "shared" / "seeds"
    if not paths and seeds.is_dir():
        inputs += [str(p) for p in sorted(seeds.glob("*.txt"))]
    return [d for d in read_sources([p for p in inputs if Path(p).exists()]) if not isinstance(d, ReadoutError)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5, help="pass over the corpus this many times")
    args = parser.parse_args()
    documents = corpus(args.paths) * args.repeat
    words = sum(len(d.text.split()) for d in documents)
    base, full = load_base(), load_pipeline()
    list(base.pipe(["warm up"])), list(analyze_many(documents[:1], full))

    start = time.perf_counter()
    for _ in base.pipe((d.text for d in documents), batch_size=16):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    results = list(analyze_many(documents, full))
    ours = time.perf_counter() - start
    failed = sum(isinstance(r, ReadoutError) for r in results)

    print(f"documents: {len(documents)} ({words:,} words), failed: {failed}")
    print(f"bare spaCy nlp.pipe : {len(documents) / bare:8.1f} docs/s  {words / bare:10,.0f} words/s")
    print(f"readout analyzer    : {len(documents) / ours:8.1f} docs/s  {words / ours:10,.0f} words/s")
    print(f"ratio (readout / bare): {bare / ours:.2f}")


if __name__ == "__main__":
    main()
