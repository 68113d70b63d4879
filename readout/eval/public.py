"""Public benchmarks that ``readout eval --benchmark NAME`` runs, by name.

Each entry names a module whose ``run(path: Path | None = None, nlp=None) -> BenchmarkReport`` is called (or, after a colon, another function of that form);
``path`` defaults to the data file under ``../shared/eval``. A benchmark that holds both a fit and a check part
(one not in ``parts.WHOLE_PART``) also takes ``part=`` ("fit", "check" or "both") and analyzes and scores only that part.
"""

from __future__ import annotations

import importlib
from pathlib import Path

BENCHMARKS: dict[str, str] = {
    "newsquant": "readout.eval.newsquant",
    "tempeval3": "readout.eval.tempeval",
    "polnear": "readout.eval.polnear",
    "polnear-check": "readout.eval.polnear_check",
    "plover": "readout.eval.plover",
    "plover-actors": "readout.eval.score_entities",
    "petrarch2": "readout.eval.petrarch2",
    "checkworthy": "readout.eval.checkworthy",
    "semeval2021": "readout.eval.semeval",
    "commitments-polnear": "readout.eval.polnear_commitments",
    "commitments-polnear-check": "readout.eval.polnear_commitments:run_check",
    "pronouns-polnear": "readout.eval.polnear_pronouns",
    "pronouns-polnear-check": "readout.eval.polnear_pronouns:run_check",
}


def shared_eval_dir() -> Path:
    """``../shared/eval`` beside the project checkout (override with READOUT_SHARED_EVAL)."""
    import os

    env = os.environ.get("READOUT_SHARED_EVAL")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "eval"


# benchmarks whose runner takes ``confusion=``: per-type lines about check records, printed only when asked for
CONFUSION: frozenset[str] = frozenset({"petrarch2"})


def run_benchmark(name: str, path: Path | None = None, nlp=None, part: str = "both", confusion: bool = False):
    """Run one benchmark; ``part`` ("fit", "check" or "both"): only that part is analyzed and scored, and only its
    figures are kept (readout.eval.parts), so ``--part fit`` does not wait for the check part. ``confusion`` adds
    the per-type confusion lines of a check benchmark that has them (``CONFUSION``), for post-session analysis."""
    from readout.eval.parts import WHOLE_PART, require_part, select_part

    require_part(name, part)
    module, _, function = BENCHMARKS[name].partition(":")
    runner = getattr(importlib.import_module(module), function or "run")
    kwargs = {"confusion": True} if confusion and name in CONFUSION else {}
    report = runner(path, nlp, **kwargs) if name in WHOLE_PART else runner(path, nlp, part=part)
    return select_part(name, report, part)
