"""Peak memory of ingest (and optionally of ``readout add``) on 200 and 1,000 generated pages: it must not grow with the count.

Usage:
    .venv/bin/python benchmarks/ingest_memory.py [--counts 200 1000] [--add]

Each measurement runs in a fresh Python process (so one run's heap never
counts for the next) and reports the process's peak resident set size
(``VmHWM``; ``ru_maxrss`` would carry this process's over exec), plus, for ingest, the peak of Python allocations
(tracemalloc) while reading. The pages are generated here (seeded), written
to a temporary folder, and read as a folder, the way a user runs a bulk job.
``--add`` also runs ``readout add`` over the same folder into a fresh database
(it analyzes every page with spaCy: minutes for 1,000 pages on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingest_throughput import make_page  # noqa: E402 - the same generated pages as the throughput benchmark

INGEST = """
import json, sys, tracemalloc
from readout.ingest.sources import read_sources
from readout.ingest.language import detector
detector()  # models loaded before measuring Python allocations
tracemalloc.start()
documents = errors = chars = 0
for result in read_sources([sys.argv[1]]):
    if hasattr(result, "text"):
        documents += 1
        chars += len(result.text)
    else:
        errors += 1
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"documents": documents, "errors": errors, "chars": chars, "python_peak": peak,
                  "rss_peak": next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) * 1024}))
"""


def write_pages(folder: Path, count: int) -> None:
    rng = random.Random(5)
    for number in range(count):
        (folder / f"page-{number:05d}.html").write_bytes(make_page(number, rng))


def measure_ingest(folder: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", INGEST, str(folder)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# A small wrapper runs the command, so RUSAGE_CHILDREN holds that one command's peak alone (ru_maxrss
# survives exec, so it must not be measured from this process, which holds the generated pages' libraries).
WRAPPER = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); " \
          "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)"


def measure_add(folder: Path, db: Path) -> int:
    """Peak RSS in bytes of one ``readout add`` process (its exit code may be 1 if some pages fail)."""
    command = [str(ROOT / ".venv" / "bin" / "readout"), "add", str(folder), "--db", str(db), "--quiet"]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--add", action="store_true", help="also measure readout add (runs the analyzer)")
    args = parser.parse_args()
    mib = 1024 * 1024
    print("| pages | documents | process peak RSS, ingest | Python peak while reading | process peak RSS, add |")
    print("|---|---|---|---|---|")
    for count in sorted(args.counts):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name) / "pages"
            folder.mkdir()
            write_pages(folder, count)
            ingest = measure_ingest(folder)
            add = f"{measure_add(folder, Path(name) / 'r.db') / mib:.0f} MiB" if args.add else "not run"
        print(f"| {count:,} | {ingest['documents']:,} ({ingest['errors']} failed) | {ingest['rss_peak'] / mib:.0f} MiB "
              f"| {ingest['python_peak'] / mib:.1f} MiB | {add} |")


if __name__ == "__main__":
    main()
