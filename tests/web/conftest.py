"""A database of the example corpus plus one document carrying markup, and apps over it."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from readout import pipeline
from readout.web.app import WebConfig, create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MARKUP = ("Harbour Gazette\n\nOfficials of Norland and Sudmark met in Port Ellis on 3 March 2031. "
          "Critics called the accord <script>alert(1)</script> a betrayal of the fishermen. "
          "Trade between the two countries reached $4.2 billion in 2030, officials said.\n")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, nlp) -> Path:
    folder = tmp_path_factory.mktemp("web")
    (folder / "inputs").mkdir()
    (folder / "inputs" / "markup.txt").write_text(MARKUP, encoding="utf-8")
    path = folder / "readout.db"
    with pipeline.open_store(path) as store:
        result = pipeline.add_to_store(store, [EXAMPLES / "summit", EXAMPLES / "visit", folder / "inputs"], nlp=nlp)
    assert result.added == 9 and not result.errors
    return path


@pytest.fixture()
def db_copy(web_db, tmp_path) -> Path:
    """A copy to write to, so the shared database stays as built."""
    path = tmp_path / "copy.db"
    shutil.copy(web_db, path)
    return path


def client_for(config: WebConfig):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    return TestClient(create_app(config))


@pytest.fixture(scope="session")
def client(web_db):
    return client_for(WebConfig(db=web_db))
