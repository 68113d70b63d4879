"""Shared fixtures: paths to the example corpus and the seeds beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, never wall-clock time: Hypothesis's default 200 ms deadline per example
# failed a blocking property test on a loaded machine.
settings.register_profile("readout", deadline=None)
settings.load_profile("readout")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold.json").is_file():
        pytest.skip("../shared/seeds is not beside the project")
    return SEEDS


@pytest.fixture(scope="session")
def nlp():
    from readout.analyze.nlp import shared_pipeline

    return shared_pipeline()
