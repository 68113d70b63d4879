"""PolNeAR check part: 84 articles of the PolNeAR *train* split, drawn once with the fixed seed.

The quote rules were written while scoring the dev split (84 articles), so dev
is the fit part; these train articles, as many as dev has, are only scored.
"""

from __future__ import annotations

from pathlib import Path

from readout.eval import polnear
from readout.eval.metrics import BenchmarkReport
from readout.eval.splits import split_by_seed

CHECK_ARTICLES = 84


def default_path() -> Path:
    return polnear.default_path().parent / "train"


def check_names(path: Path | None = None) -> set[str]:
    root = Path(path) if path else default_path()
    names = sorted({p.stem for p in (root / "text").glob("*.txt")})
    return set(split_by_seed(names, min(CHECK_ARTICLES, len(names)))[1])


def run(path: Path | None = None, nlp=None) -> BenchmarkReport:
    root = Path(path) if path else default_path()
    report = polnear.run(root, nlp, names=check_names(root), name="polnear-check")
    report.notes.insert(0, f"check part: {CHECK_ARTICLES} train articles drawn with the fixed seed; the rules were written on dev")
    report.weakest = []  # the check part's errors are not read while writing rules
    return report
