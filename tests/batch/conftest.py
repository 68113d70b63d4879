"""One generated archive, its single-process reading, and one run of each engine, shared by every batch test.

Batch runs are slow (a Spark session, spaCy loaded in each worker), so each
engine runs once per session and the tests read its tables.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402

ARTICLES = 200
HUGE = 21 * 1024 * 1024  # over the default size cap of 20 MiB
# a refused or failing URL is tried again: a tiny wait keeps the tests fast (set here, before any Spark worker starts)
os.environ.setdefault("READOUT_REMOTE_BACKOFF", "0.01")


@dataclass
class Reference:
    """The same archive read, analyzed and linked in one process, as ``readout brief`` does."""

    sources: list
    errors: list
    notes: list
    link: object


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("archive") / "news.warc.gz"
    info = corpus.write_warc(path, ARTICLES, faults=True, huge_bytes=HUGE, varied=True)
    return path, info


@pytest.fixture(scope="session")
def reference(archive) -> Reference:
    from readout import pipeline
    from readout.link.linker import link

    errors, notes = [], []
    documents = pipeline.ingest([archive[0]], errors, notes=notes)
    run = pipeline.process(documents)
    analyzed = [s for s in run.sources if not s.analysis.skipped_reason]
    return Reference(sources=run.sources, errors=errors + run.errors, notes=notes, link=link(analyzed))


def split_bytes(archive) -> int:
    """About four splits of the archive, so both workers get several."""
    return archive[0].stat().st_size // 4


@pytest.fixture(scope="session")
def local_run(archive, tmp_path_factory):
    from readout.batch import job

    out = tmp_path_factory.mktemp("local") / "tables"
    summary = job.run([archive[0]], out, engine="local", workers=2, split_bytes=split_bytes(archive), part_docs=40)
    return out, summary


def spark_missing() -> str | None:
    from readout.batch.spark import missing

    return missing()


@pytest.fixture(scope="session")
def spark_run(archive, tmp_path_factory):
    reason = spark_missing()
    if reason:
        pytest.skip(reason)
    from readout.batch import job

    out = tmp_path_factory.mktemp("spark") / "tables"
    summary = job.run([archive[0]], out, engine="spark", master="local[2]", split_bytes=split_bytes(archive), part_docs=40)
    return out, summary


@pytest.fixture(scope="session", params=["local", "spark"])
def engine_run(request):
    return request.getfixturevalue(f"{request.param}_run")


def canonical(rows: list[dict], drop: tuple[str, ...] = ()) -> list[str]:
    """Rows as sorted JSON lines, so two tables compare whatever their files' order."""
    return sorted(json.dumps({k: v for k, v in row.items() if k not in drop}, sort_keys=True, default=str) for row in rows)
