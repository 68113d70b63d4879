"""The PETRARCH2 check report prints figures only unless ``--confusion`` asks for its per-type lines.

The records here are invented (a miniature folder in the format the loader reads), so no check record is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

RECORDS = """<Sentences>
<Sentence id="T-1" category="invented">
<EventCoding sourcecode="KEN" targetcode="UGA" eventcode="172"/>
<Text>Kenya imposed sanctions on Uganda on Monday.</Text>
</Sentence>
<Sentence id="T-2" category="invented">
<EventCoding sourcecode="PER" targetcode="CHL" eventcode="036"/>
<Text>Peru expressed its intent to meet with Chile next month.</Text>
</Sentence>
<Sentence id="T-3" category="invented">
<EventCoding sourcecode="NOR" targetcode="SWE" eventcode="057"/>
<Text>The farmers in the valley harvested their wheat early.</Text>
</Sentence>
</Sentences>
"""
TABLE = "036: CONSULT\n057: AGREE\n172: SANCTION\n"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "petrarch2"
    folder.mkdir()
    (folder / "PETR.UnitTest.records.xml").write_text(RECORDS, encoding="utf-8")
    (folder / "PETR.Validate.actors.txt").write_text("VALLEY_FARMERS [NORAGR]\n", encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(TABLE, encoding="utf-8")
    return folder


def _per_type(lines) -> list[str]:
    return [line for line in lines if line.startswith("expected ") or any(t in line for t in ("SANCTION", "CONSULT", "AGREE"))]


def test_the_default_report_has_figures_and_no_per_type_lines(folder, nlp):
    from readout.eval import petrarch2

    report = petrarch2.run(folder, nlp)
    assert report.metrics["records"] >= 2.0
    assert 0.0 <= report.metrics["main_event_type_accuracy"] <= 1.0
    assert report.weakest == []
    assert _per_type(report.notes) == []
    asked = petrarch2.run(folder, nlp, confusion=True)
    assert asked.metrics == report.metrics
    assert _per_type(asked.notes) and all(line.startswith("expected ") for line in _per_type(asked.notes))
    assert asked.weakest and all("/" in line for line in asked.weakest)


def test_the_cli_prints_per_type_lines_only_with_confusion(folder, monkeypatch, nlp):
    from readout.cli import app

    monkeypatch.setenv("READOUT_SHARED_EVAL", str(folder.parent))
    plain = CliRunner().invoke(app, ["eval", "--benchmark", "petrarch2", "--part", "check"])
    assert plain.exit_code == 0, plain.output
    assert "main_event_type_accuracy" in plain.output
    assert "weakest:" not in plain.output and "note: expected " not in plain.output
    asked = CliRunner().invoke(app, ["eval", "--benchmark", "petrarch2", "--part", "check", "--confusion"])
    assert asked.exit_code == 0, asked.output
    assert "note: expected " in asked.output and "weakest:" in asked.output
