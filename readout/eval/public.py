"""Public benchmarks that ``readout eval --benchmark NAME`` runs, by name.

Each entry names a module whose ``run(path: Path | None = None, nlp=None) -> BenchmarkReport`` is called (or, after a colon, another function of that form);
``path`` defaults to the data file under ``../shared/eval``.
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


def run_benchmark(name: str, path: Path | None = None, nlp=None, part: str = "both"):
    """Run one benchmark; ``part`` ("fit", "check" or "both") keeps only that part's figures (readout.eval.parts)."""
    from readout.eval.parts import require_part, select_part

    require_part(name, part)
    module, _, function = BENCHMARKS[name].partition(":")
    return select_part(name, getattr(importlib.import_module(module), function or "run")(path, nlp), part)
