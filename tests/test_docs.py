"""Docs that cannot drift: the CLI reference is generated, and every command is in the README."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import typer

from readout.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _reference() -> str:
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "docs" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.reference()


def test_cli_reference_is_up_to_date():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == _reference(), "run: .venv/bin/python docs/cli_reference.py > docs/cli.md"


def test_every_command_appears_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in typer.main.get_command(app).commands:
        if name != "version":
            assert f"readout {name}" in readme, name
