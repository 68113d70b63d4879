"""Batch runs: documents per second of Spark local[1] and local[2] against the single-process pipeline, and cost growth.

    .venv/bin/python benchmarks/batch_scale.py [--docs 1000] [--scale 100 1000] [--skip-local-engine] [--original-corpus]

Input: a generated CC-NEWS-style WARC (tests/batch/corpus.py, varied: invented
meetings of the gazetteer's countries over six weeks, three outlets to an
event in several wordings, about 130 words an article, now and then a report
of an earlier promise; ``--original-corpus``: the earlier archive of eight
countries, one wording and an event every three days). The same
archive is read, analyzed and linked

- in this process, as ``readout brief`` does (``pipeline.ingest``,
  ``pipeline.process``, ``link``): the baseline;
- by ``readout batch --engine spark`` with ``local[1]`` and ``local[2]``;
- by ``readout batch --engine local`` with 1 and 2 worker processes.

Prints wall-clock documents per second (a parallel run's CPU time is spread
over processes) and the ratios to the baseline and of 2 workers to 1, and the
CPU time the analysis itself took in each (the same work whatever the engine). With
``--scale A B`` it also runs Spark local[2] on A and B documents and prints how
the time grew (linear: B/A). The load average is printed before and after: on
a shared machine other jobs take cores from a parallel run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "batch"))

import corpus  # noqa: E402


def single_process(archive: Path) -> tuple[float, int, int, float]:
    """(seconds, documents analyzed, words, CPU seconds of the analysis alone) for the whole job in this process."""
    from readout import pipeline
    from readout.link.linker import link

    started = time.perf_counter()
    documents = pipeline.ingest([archive], [])
    cpu = time.process_time()
    run = pipeline.process(documents)
    cpu = time.process_time() - cpu
    analyzed = [s for s in run.sources if not s.analysis.skipped_reason]
    link(analyzed)
    words = sum(len(s.document.text.split()) for s in analyzed)
    return time.perf_counter() - started, len(analyzed), words, cpu


def batch(archive: Path, engine: str, width: int, part_docs: int):
    from readout.batch import job

    out = Path(tempfile.mkdtemp(prefix="readout-bench-")) / "tables"
    try:
        started = time.perf_counter()
        if engine == "spark":
            summary = job.run([archive], out, engine="spark", master=f"local[{width}]", part_docs=part_docs,
                              split_bytes=max(1, archive.stat().st_size // (4 * width)))
        else:
            summary = job.run([archive], out, engine="local", workers=width, part_docs=part_docs,
                              split_bytes=max(1, archive.stat().st_size // (4 * width)))
        return time.perf_counter() - started, summary
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def stages(summary) -> str:
    """The job's steps with their wall seconds, as the summary recorded them."""
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in summary.stage_seconds.items())


def compare_engines(folder: Path, args) -> None:
    """The single process, then each engine, on the same archive of ``args.docs`` documents."""
    archive = folder / "news.warc.gz"
    corpus.write_warc(archive, args.docs, varied=not args.original_corpus)
    seconds, docs, words, analysis_cpu = single_process(archive)
    base = docs / seconds
    print(f"{docs} documents, {words / docs:.0f} words each on average", flush=True)
    print(f"single process (ingest, analyze, link): {seconds:.1f} s, {base:.2f} docs/s; analysis {analysis_cpu:.1f} s CPU", flush=True)
    rates = {}
    runs = [("spark", 1), ("spark", 2)] + ([] if args.skip_local_engine else [("local", 1), ("local", 2)])
    for engine, width in runs:
        spent, summary = batch(archive, engine, width, args.part_docs)
        count = summary.documents
        assert count == docs, (engine, width, count, docs)
        rates[(engine, width)] = count / spent
        name = f"spark local[{width}]" if engine == "spark" else f"local engine, {width} worker(s)"
        print(f"{name}: {spent:.1f} s, {count / spent:.2f} docs/s, {count / spent / base:.2f}x the single process; "
              f"analysis {summary.analysis_cpu_seconds:.1f} s CPU in {summary.analysis_processes} process(es)", flush=True)
        print(f"  steps: {stages(summary)}", flush=True)
    for engine in ("spark", "local"):
        if (engine, 2) in rates:
            print(f"{engine}: 2 workers / 1 worker = {rates[(engine, 2)] / rates[(engine, 1)]:.2f}x (goal for spark: 1.6)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--scale", type=int, nargs=2, metavar=("A", "B"))
    parser.add_argument("--part-docs", type=int, default=100)
    parser.add_argument("--skip-local-engine", action="store_true")
    parser.add_argument("--scale-only", action="store_true", help="only the --scale runs (no single-process and local[1] runs)")
    parser.add_argument("--original-corpus", action="store_true", help="the earlier generated archive (8 countries, one wording)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="readout-bench-warc-"))
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    try:
        if not args.scale_only:
            compare_engines(folder, args)
        if args.scale:
            times = []
            for size in args.scale:
                scaled = folder / f"scale-{size}.warc.gz"
                corpus.write_warc(scaled, size, varied=not args.original_corpus)
                spent, summary = batch(scaled, "spark", 2, args.part_docs)
                count = summary.documents
                times.append(spent)
                print(f"spark local[2] on {count} documents: {spent:.1f} s, {count / spent:.2f} docs/s", flush=True)
                print(f"  steps: {stages(summary)}", flush=True)
            a, b = args.scale
            print(f"growth {a} -> {b} documents: time x{times[1] / times[0]:.2f} (linear: x{b / a:.0f})", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"load average after: {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
