"""The PLOVER gold standard records (dev half): event type and actor accuracy floors."""

from __future__ import annotations

import pytest

from readout.eval import plover


@pytest.fixture(scope="module")
def report(nlp):
    path = plover.default_path()
    if not path.is_file():
        pytest.skip("../shared/eval/plover-gsr-dev.json is not beside the project")
    return plover.run(path, nlp)


def test_event_type_accuracy_beats_the_issue_target(report):
    assert report.metrics["records"] == 161
    assert report.metrics["event_type_accuracy"] >= 0.80  # measured 0.87; target 0.65, Universal-PETRARCH 0.68


def test_actor_accuracy_floors(report):
    assert report.metrics["source_accuracy"] >= 0.62
    assert report.metrics["target_accuracy"] >= 0.55


def test_old_type_names_are_read_as_plover_2021_names():
    assert plover.OLD_TO_NEW["DEMAND"] == "REQUEST"
    assert plover.OLD_TO_NEW["DISAPPROVE"] == "ACCUSE"


def test_petrarch2_unit_records_dyads_floor(nlp):
    from readout.eval import petrarch2

    folder = petrarch2.default_path()
    if not (folder / "PETR.UnitTest.records.xml").is_file():
        pytest.skip("../shared/eval/petrarch2 is not beside the project")
    report = petrarch2.run(folder, nlp)
    assert report.metrics["codings"] == 302
    assert report.metrics["source_accuracy"] >= 0.38  # measured 0.44
    assert report.metrics["dyad_accuracy"] >= 0.24  # measured 0.29


def test_petrarch_actor_dictionary_lines_are_read(tmp_path):
    from readout.eval.petrarch2 import _dictionary_code, load_actor_dictionary

    path = tmp_path / "actors.txt"
    path.write_text("<!-- header -->\nARNOR_  [ARN]\nAUSTRALIA [AUS]\n+AUSTRALIAN\nBOROMIR  [---]\n", encoding="utf-8")
    actors = load_actor_dictionary(path)
    assert actors == {"ARNOR": "ARN", "AUSTRALIA": "AUS", "AUSTRALIAN": "AUS"}
    assert _dictionary_code("Arnor's foreign minister", actors) == "ARN"
