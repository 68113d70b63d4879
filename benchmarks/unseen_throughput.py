"""Analyzer throughput on text neither side has seen, against the bare spaCy pipeline, in the same run.

    .venv/bin/python benchmarks/unseen_throughput.py [--articles 480] [--batch 40] [--skip 0]

throughput.py passes over the same 30 documents again and again, so the
analyzer's memos (attributes, token embeddings) answer almost every token from
memory there. A firehose (a CC-NEWS day) brings new words all day. This starts
both pipelines cold, in a fresh process (as a batch worker starts), and gives
them PolNeAR training articles (``--skip`` first ones left out) batch by batch:
bare ``nlp.pipe`` on a batch, then the analyzer on the same batch, each
article read once by each side. Timed by process CPU time (the machine is
shared), with the wall time beside it. Prints per batch and overall the words
per CPU second of each side and their ratio: the per-core rate that
docs/benchmarks.md's CC-NEWS-day arithmetic starts from. Needs ../shared/eval/polnear.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=480)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument("--skip", type=int, default=0, help="leave out the first articles (to read others than a previous run)")
    args = parser.parse_args()
    paths = sorted((ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text").glob("*.txt"))[args.skip : args.skip + args.articles]
    documents = [d for d in read_sources([str(p) for p in paths]) if not isinstance(d, ReadoutError)]
    base, full = load_base(), shared_pipeline()
    print(f"{'articles':>10} {'words':>7} {'bare w/s':>9} {'readout w/s':>12} {'ratio':>6}")
    totals = {"bare": 0.0, "ours": 0.0, "bare wall": 0.0, "ours wall": 0.0}
    words_all = 0
    for at in range(0, len(documents), args.batch):
        batch = documents[at : at + args.batch]
        words = sum(len(d.text.split()) for d in batch)
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in base.pipe((d.text for d in batch), batch_size=16):
            pass
        bare, bare_wall = time.process_time() - cpu, time.perf_counter() - wall
        cpu, wall = time.process_time(), time.perf_counter()
        failed = sum(isinstance(r, ReadoutError) for r in analyze_many(batch, full))
        ours, ours_wall = time.process_time() - cpu, time.perf_counter() - wall
        for key, value in (("bare", bare), ("ours", ours), ("bare wall", bare_wall), ("ours wall", ours_wall)):
            totals[key] += value
        words_all += words
        print(f"{at + 1:>4}-{at + len(batch):<5} {words:7} {words / bare:9,.0f} {words / ours:12,.0f} {bare / ours:6.2f}"
              + (f"  {failed} failed" if failed else ""))
    print(f"all: {len(documents)} articles, {words_all:,} words ({words_all / len(documents):.0f} a document)")
    print(f"bare spaCy nlp.pipe : {words_all / totals['bare']:8,.0f} words/s CPU (wall {words_all / totals['bare wall']:,.0f})")
    print(f"readout analyzer    : {words_all / totals['ours']:8,.0f} words/s CPU (wall {words_all / totals['ours wall']:,.0f})")
    print(f"ratio (readout / bare): {totals['bare'] / totals['ours']:.3f} (CPU time), {totals['bare wall'] / totals['ours wall']:.3f} (wall)")


if __name__ == "__main__":
    main()
