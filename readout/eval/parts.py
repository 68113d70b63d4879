"""Which part of a benchmark, fit or check, each printed figure belongs to (``readout eval --part``).

Rules are written from the fit part only; the check part is scored, not read.
``--part fit`` lets a person writing rules run a benchmark without the check
figures beside the fit ones, and without waiting for the check part to be
analyzed: the runner scores only the part asked for (``readout.eval.public.run_benchmark``
passes it on), and its notes and weakest lines are that part's. ``--part check``
prints only the check figures, for the one scoring after a change. The figures
themselves do not change.

A benchmark is either one part as a whole (``polnear`` is fit, ``polnear-check``
is check) or holds both in one run: there ``*_fit`` / ``*_fit_cv`` figures are
fit, ``*_check`` figures are check, and the other figures are over the whole
data (both parts mixed, printed only with ``both``), except in SemEval-2021,
whose unsuffixed figures are the dev set, its check part.
"""

from __future__ import annotations

from dataclasses import replace

from readout.errors import ReadoutError
from readout.eval.metrics import BenchmarkReport

PARTS = ("fit", "check", "both")

WHOLE_PART: dict[str, str] = {  # benchmarks that are one part as a whole (docs/evaluation.md, "Fit and check parts")
    "polnear": "fit",
    "polnear-check": "check",
    "plover": "fit",
    "plover-actors": "fit",
    "petrarch2": "check",
    "commitments-polnear": "fit",
    "commitments-polnear-check": "check",
    "pronouns-polnear": "fit",
    "pronouns-polnear-check": "check",
}
UNSUFFIXED_PART: dict[str, str] = {"semeval2021": "check"}  # elsewhere unsuffixed figures mix both parts
# A check part's weakest lines are printed only where they always were (SemEval's dev set); a fit part's are printed.
CHECK_WEAKEST: frozenset[str] = frozenset({"semeval2021"})


def metric_part(benchmark: str, key: str) -> str:
    """"fit", "check" or "both" (over both parts) for one figure of a benchmark's report."""
    if benchmark in WHOLE_PART:
        return WHOLE_PART[benchmark]
    if key.endswith("_check"):
        return "check"
    if key.endswith(("_fit", "_fit_cv")):
        return "fit"
    return UNSUFFIXED_PART.get(benchmark, "both")


def runs_part(benchmark: str, part: str) -> bool:
    """Whether a benchmark has figures of that part (a check-only benchmark has none for ``fit``)."""
    return part == "both" or WHOLE_PART.get(benchmark, part) == part


def require_part(benchmark: str, part: str) -> None:
    """Refuse a benchmark that is wholly the other part, or an unknown part, with a message naming both."""
    if part not in PARTS:
        raise ReadoutError(f"unknown part {part!r}; choose from {', '.join(PARTS)}")
    if not runs_part(benchmark, part):
        raise ReadoutError(f"benchmark {benchmark} is the {WHOLE_PART[benchmark]} part only; --part {part} does not run it")


def select_part(benchmark: str, report: BenchmarkReport, part: str) -> BenchmarkReport:
    """The report of a run of ``part`` alone with only that part's figures; ``both`` returns it unchanged.

    The run scored only ``part``, so its weakest lines are that part's: kept for the fit part (read while
    writing rules), dropped for a check part save where they always were printed (``CHECK_WEAKEST``)."""
    if part == "both":
        return report
    metrics = {k: v for k, v in report.metrics.items() if metric_part(benchmark, k) == part}
    keep_weakest = benchmark in WHOLE_PART or part == "fit" or benchmark in CHECK_WEAKEST
    return replace(report, metrics=metrics, weakest=list(report.weakest) if keep_weakest else [])
