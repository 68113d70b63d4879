"""Spark's fixed and per-document cost on real-length news, against the single process on the same articles.

    PYTHONPATH=. .venv/bin/python benchmarks/spark_marginal.py [--sizes 200 800] [--widths 2] [--part-docs 100]

batch_scale.py measures whole runs on short generated articles (84 words), where
Spark's fixed cost (the JVM, Python workers loading spaCy, some fifteen jobs) is
most of the time. A CC-NEWS day spreads that cost over 100,000 articles; what
the day pays per article is Spark's marginal cost. This writes PolNeAR training
articles (about 800 words; a seeded shuffle, the smaller input a prefix of the
larger, with their metadata's publisher, title and date) as JSONL at two sizes
and runs, each in a fresh process:

- the whole job in one process (``pipeline.ingest``, ``pipeline.process``,
  ``link``), each step's CPU time apart, and what the batch job does around the
  analyzer (MinHash, table rows, Parquet writing, the pickled ``Analyzed``);
- ``readout batch --engine spark`` with ``local[W]``: wall time, and CPU time
  summed over the driver, the JVM and the Python workers, read from /proc
  every 0.2 s (a process's last 0.2 s before it ends may be missed: the
  workers and the JVM are idle then).

Marginal cost per document = (cost at the larger size - at the smaller) /
(difference in documents): the same articles on both sides. The ratio of the
single process's marginal CPU to Spark's is the efficiency a day's run sees
(fixed cost amortized). Wall times on a shared machine are noisy; CPU times are
what to trust, and the load average is printed. Needs ../shared/eval/polnear.
Linux only (/proc). Not part of the tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
TICK = os.sysconf("SC_CLK_TCK")


def write_jsonl(path: Path, count: int, seed: int) -> int:
    """The first ``count`` PolNeAR training articles of a seeded shuffle, one JSON object a line; their words."""
    meta = {}
    with open(POLNEAR / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt"))
    random.Random(seed).shuffle(paths)
    if count > len(paths):
        raise SystemExit(f"only {len(paths)} PolNeAR training articles, asked for {count}")
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for p in paths[:count]:
            text = p.read_text(encoding="utf-8")
            words += len(text.split())
            row = meta.get(p.stem, {})
            item = {"text": text, "url": f"https://example.org/polnear/{p.stem}", "title": row.get("title") or None,
                    "source": row.get("publisher") or None, "published": row.get("publication_date") or None}
            out.write(json.dumps({k: v for k, v in item.items() if v}) + "\n")
    return words


# ---- the children: one run each, in a fresh process ----

def child_single(jsonl: Path) -> dict:
    """The whole job in this process, each step's CPU time apart, and the batch job's work around the analyzer."""
    from readout import pipeline
    from readout.analyze.nlp import shared_pipeline
    from readout.batch import minhash, tables
    from readout.batch.job import Analyzed
    from readout.link.features import document_features
    from readout.link.linker import link

    cpu: dict[str, float] = {}

    def timed(name, action):
        started = time.process_time()
        value = action()
        cpu[name] = time.process_time() - started
        return value

    wall = time.perf_counter()
    documents = timed("ingest", lambda: pipeline.ingest([jsonl], []))
    timed("minhash", lambda: [minhash.signature(d.text) for d in documents])
    timed("load spaCy", shared_pipeline)
    run = timed("analyze", lambda: pipeline.process(documents))
    sources = [s for s in run.sources if not s.analysis.skipped_reason]
    rows: tables.Rows = {}
    timed("table rows", lambda: [tables.merge(rows, tables.analysis_rows(s.document, s.analysis, None)) for s in sources])
    out = Path(tempfile.mkdtemp(prefix="readout-marginal-"))
    try:
        timed("parquet write", lambda: tables.write(out, rows, "00000"))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    analyzed = timed("Analyzed (features, report keys, pickle)",
                     lambda: [Analyzed((0, n), s, document_features(s)) for n, s in enumerate(sources)])
    import pickle
    timed("pickle Analyzed", lambda: [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in analyzed])
    timed("link", lambda: link(sources))
    return {"documents": len(sources), "wall": time.perf_counter() - wall, "cpu": cpu,
            "self_cpu": _rusage_self()}


def child_spark(jsonl: Path, width: int, part_docs: int) -> dict:
    from readout.batch import job

    out = Path(tempfile.mkdtemp(prefix="readout-marginal-")) / "tables"
    try:
        wall = time.perf_counter()
        summary = job.run([jsonl], out, engine="spark", master=f"local[{width}]", part_docs=part_docs,
                          split_bytes=max(1, jsonl.stat().st_size // (4 * width)))
        wall = time.perf_counter() - wall
        driver_cpu = _rusage_self()  # before the tables are deleted: thousands of small files, seconds of system time
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)
    return {"documents": summary.documents, "wall": wall, "stages": summary.stage_seconds,
            "analysis_cpu": summary.analysis_cpu_seconds, "analysis_processes": summary.analysis_processes,
            "self_cpu": driver_cpu}


def _rusage_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---- the parent: runs the children and reads their process trees' CPU time ----

def _stat(pid: int) -> tuple[int, str, float] | None:
    """(parent pid, command name, own user+system CPU seconds) of a process, from /proc; None once it has ended."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2 :].split()
    return int(fields[1]), name, (int(fields[11]) + int(fields[12])) / TICK


class TreeCpu:
    """The CPU time of a process and all its descendants, by kind (driver, JVM, Python workers), sampled from /proc."""

    def __init__(self, root: int):
        self.root = root
        self.seen: dict[int, tuple[str, float]] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(0.2)

    def sample(self) -> None:
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                found = _stat(int(entry))
                if found:
                    stats[int(entry)] = found
        tree = {self.root}
        grew = True
        while grew:
            grew = False
            for pid, (ppid, _, _) in stats.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree:
            if pid in stats:
                _, name, seconds = stats[pid]
                kind = "driver" if pid == self.root else ("JVM" if name == "java" else "Python workers")
                self.seen[pid] = (kind, max(seconds, self.seen.get(pid, ("", 0.0))[1]))

    def stop(self, driver_cpu: float) -> dict[str, float]:
        """CPU seconds by kind; the driver's as the child counted it itself (``driver_cpu``)."""
        self.done.set()
        self.thread.join()
        kinds: dict[str, float] = {"driver": 0.0, "JVM": 0.0, "Python workers": 0.0}
        for pid, (kind, seconds) in self.seen.items():
            kinds[kind] += seconds
        kinds["driver"] = driver_cpu  # the child's own count, to the job's end (not its clean-up)
        return kinds


def run_child(args: list[str]) -> tuple[dict, dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, env=env, text=True)
    cpu = TreeCpu(process.pid)
    output, _ = process.communicate()
    if process.returncode:
        raise SystemExit(f"child {args} failed ({process.returncode})")
    result = json.loads(output.strip().splitlines()[-1])
    return result, cpu.stop(result["self_cpu"])


def load() -> str:
    return "/".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[200, 800], metavar=("A", "B"))
    parser.add_argument("--widths", type=int, nargs="+", default=[2], help="Spark local[W] runs")
    parser.add_argument("--part-docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--skip-single", action="store_true")
    parser.add_argument("--child", choices=["single", "spark"], help=argparse.SUPPRESS)
    parser.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--width", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "single":
        print(json.dumps(child_single(args.jsonl)))
        return
    if args.child == "spark":
        print(json.dumps(child_spark(args.jsonl, args.width, args.part_docs)))
        return

    folder = Path(tempfile.mkdtemp(prefix="readout-marginal-in-"))
    a, b = args.sizes
    print(f"load average (1/5/15 min) before: {load()} on {os.cpu_count()} cores", flush=True)
    try:
        inputs = {}
        for size in (a, b):
            inputs[size] = folder / f"polnear-{size}.jsonl"
            words = write_jsonl(inputs[size], size, args.seed)
            print(f"{size} articles, {words:,} words ({words / size:.0f} a document)", flush=True)
        results: dict[str, dict[int, tuple[dict, dict[str, float]]]] = {}
        runs = ([] if args.skip_single else [("single", 0)]) + [("spark", w) for w in args.widths]
        for kind, width in runs:
            name = "single process" if kind == "single" else f"spark local[{width}]"
            results[name] = {}
            for size in (a, b):
                extra = ["--width", str(width), "--part-docs", str(args.part_docs)] if kind == "spark" else []
                result, cpu = run_child(["--child", kind, "--jsonl", str(inputs[size]), *extra])
                assert result["documents"] >= size - 5, (name, size, result["documents"])  # a page or two may be rejected (language, copy)
                results[name][size] = (result, cpu)
                total = sum(cpu.values())
                detail = ", ".join(f"{k} {v:.1f}" for k, v in cpu.items() if v)
                print(f"{name}, {size} articles ({result['documents']} analyzed): {result['wall']:.1f} s wall, {total:.1f} s CPU ({detail}); load {load()}", flush=True)
                if kind == "single":
                    print("  CPU: " + ", ".join(f"{k} {v:.2f} s" for k, v in result["cpu"].items()), flush=True)
                else:
                    print("  steps (wall): " + ", ".join(f"{k} {v:.1f} s" for k, v in result["stages"].items()), flush=True)
                    print(f"  analyze_part CPU in the workers: {result['analysis_cpu']:.1f} s in {result['analysis_processes']} process(es)",
                          flush=True)
        marginal(results, a, b)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"load average after: {load()}", flush=True)


def marginal(results, a: int, b: int) -> None:
    """Per-document marginal costs and the efficiencies they give."""
    print(f"\nmarginal cost per document ({a} -> {b} articles; per document analyzed):")
    single = results.get("single process")
    if single:
        (ra, _), (rb, _) = single[a], single[b]
        n = rb["documents"] - ra["documents"]
        steps = {k: (rb["cpu"][k] - ra["cpu"][k]) / n for k in rb["cpu"]}
        for k, v in steps.items():
            print(f"  single process, {k}: {v * 1000:.1f} ms CPU")
        job_cpu = steps["ingest"] + steps["analyze"] + steps["link"]
        around = steps["minhash"] + steps["table rows"] + steps["parquet write"] + steps["Analyzed (features, report keys, pickle)"]
        wall = (rb["wall"] - ra["wall"]) / n
        print(f"  single process, whole job (ingest, analyze, link): {job_cpu * 1000:.1f} ms CPU, {wall * 1000:.1f} ms wall; "
              f"batch work around the analyzer {around * 1000:.1f} ms CPU ({around / steps['analyze']:.1%} of the analyzer)")
    for name, runs in results.items():
        if name == "single process":
            continue
        (ra, ca), (rb, cb) = runs[a], runs[b]
        n = rb["documents"] - ra["documents"]
        cpu = (sum(cb.values()) - sum(ca.values())) / n
        wall = (rb["wall"] - ra["wall"]) / n
        analysis = (rb["analysis_cpu"] - ra["analysis_cpu"]) / n
        kinds = ", ".join(f"{k} {(cb[k] - ca[k]) / n * 1000:.1f}" for k in cb)
        fixed_wall = ra["wall"] - ra["documents"] * wall
        fixed_cpu = sum(ca.values()) - ra["documents"] * cpu
        print(f"  {name}: {cpu * 1000:.1f} ms CPU ({kinds}), of which analyze_part {analysis * 1000:.1f}; {wall * 1000:.1f} ms wall; "
              f"fixed cost {fixed_wall:.1f} s wall, {fixed_cpu:.1f} s CPU")
        if single:
            print(f"    efficiency (single process marginal CPU / Spark's): whole job {job_cpu / cpu:.2f}, "
                  f"analyzer alone {steps['analyze'] / cpu:.2f}; analyze_part against the single analyzer {analysis / steps['analyze']:.2f}")
            width = int(name.split("[")[1].rstrip("]"))
            single_wall = (single[b][0]["wall"] - single[a][0]["wall"]) / (single[b][0]["documents"] - single[a][0]["documents"])
            print(f"    wall: single process marginal / ({width} x Spark's marginal) = {single_wall / (width * wall):.2f}")


if __name__ == "__main__":
    main()
