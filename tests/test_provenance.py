"""The project holds only sentences its authors wrote: no benchmark sentence copied into code, tests, data or docs.

Rules are written from the benchmarks' fit parts, and a test or comment that reuses a benchmark's own sentence
(names swapped or not) both copies text the project did not write and hides a rule fitted to that one sentence.
This scans the repository for any run of seven words that a public benchmark text under ``../shared/eval`` also
has. Needs ``../shared`` beside the checkout (CI has it); skipped without it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "eval"
RUN = 7  # words: shorter runs are mostly ordinary phrases ("by the end of the month")
TEXT_SUFFIXES = {".txt", ".json", ".xml", ".tml", ".csv"}
SCANNED = ("readout", "tests", "docs", "benchmarks", "examples", "README.md")
# hand gold that must name the benchmark documents' own words to be scored, and samples of the benchmarks' formats
NOT_SCANNED = {"readout/eval/data/commitments_polnear.json", "readout/eval/data/pronouns_polnear.json",
               "tests/eval/test_tempeval.py", "tests/eval/test_polnear.py", "tests/test_provenance.py"}
# names of bodies and offices (facts) and ordinary phrases anyone writes
ALLOWED = {"democratic people s republic of korea dprk", "secretary of state of the united states",
           "organization for security and co operation in", "for security and co operation in europe",
           "security and co operation in europe osce",
           "organization for security and cooperation in europe", "the united nations high commissioner for refugees",
           "united nations educational scientific and cultural organization", "15 per cent to 20 per cent",
           "and i will continue to do so", "by the end of the month the"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.fixture(scope="module")
def benchmark_runs() -> set[int]:
    if not BENCHMARKS.is_dir():
        pytest.skip("../shared/eval is not beside the checkout")
    runs: set[int] = set()
    for path in BENCHMARKS.rglob("*"):
        if path.is_file() and (path.suffix in TEXT_SUFFIXES or path.suffix == ".ann") and "Validate" not in path.name and "CAMEO2PLOVER" not in path.name:
            runs.update(hash(run) for run in _runs(_words(path.read_text(encoding="utf-8", errors="ignore"))))
    return runs


def _project_files() -> list[Path]:
    files = []
    for name in SCANNED:
        top = ROOT / name
        for path in [top] if top.is_file() else top.rglob("*"):
            relative = path.relative_to(ROOT).as_posix()
            if path.is_file() and path.suffix in {".py", ".json", ".md", ".tsv", ".txt", ".html"} and relative not in NOT_SCANNED:
                files.append(path)
    return files


def test_no_line_of_the_project_repeats_seven_words_of_a_benchmark_text(benchmark_runs):
    copied = []
    for path in _project_files():
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            fields = line.split("\t") if path.suffix == ".tsv" else [line]  # a table's cells are read apart
            shared = [" ".join(run) for cell in fields for run in _runs(_words(cell)) if hash(run) in benchmark_runs]
            if [run for run in shared if run not in ALLOWED]:
                copied.append(f"{path.relative_to(ROOT)}:{number}: {sorted(set(shared) - ALLOWED)[0]}")
    assert not copied, "benchmark wording in the project (write an example of the same kind instead):\n" + "\n".join(copied)


def test_the_scan_finds_a_copied_sentence(benchmark_runs):
    """The check can fail: a line of a benchmark's own text is found."""
    text = next(p for p in sorted((BENCHMARKS / "polnear" / "dev" / "text").glob("*.txt"))).read_text(encoding="utf-8")
    line = max(text.splitlines(), key=len)
    assert any(hash(run) in benchmark_runs for run in _runs(_words(line)))
