"""TempEval-3 reading and scoring: TimeML offsets on a tiny file, and a floor on a spread of the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from readout.eval import tempeval
from readout.eval.public import shared_eval_dir

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> of talks and will meet <TIMEX3 tid="t3" type="DATE" value="1999">next year</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tiny(tmp_path):
    path = tmp_path / "X1.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return path


def test_read_timeml_offsets_and_dct(tiny):
    doc = tempeval.read_timeml(tiny)
    assert doc.dct == dt.date(1998, 2, 13)
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-02-13"),
        ("three days", "DURATION", "P3D"),
        ("next year", "DATE", "1999"),
    ]


def test_run_on_a_tiny_file_scores_all_three(tiny):
    report = tempeval.run(tiny)
    assert report.metrics["strict_f1"] == 1.0
    assert report.metrics["value_f1"] == 1.0
    assert report.metrics["type_f1"] == 1.0  # DATE, DURATION, DATE implied by the values


def test_the_timex3_type_readout_implies():
    from readout.model import Span, TimeExpr

    def typed(timex, granularity="day", recurrence=None):
        span = Span(doc_id="x", start=0, end=4, text="then")
        return tempeval.timex_type(TimeExpr(span=span, granularity=granularity, timex=timex, recurrence=recurrence))

    assert typed("1998-02-13") == "DATE"
    assert typed("1998-02-13TEV") == "TIME"
    assert typed("1998-02-13T09:00") == "TIME"
    assert typed("P3D", "duration") == "DURATION"
    assert typed("PAST_REF", "unknown") == "DATE"
    assert typed("XXXX-WXX-2", "recurrence", "P1W") == "SET"
    assert typed("1998-W07", "week") == "DATE"


def test_tempeval3_value_f1_floor():
    if not (shared_eval_dir() / "tempeval3-train").is_dir():
        pytest.skip("../shared/eval/tempeval3-train is not beside the project")
    report = tempeval.run(limit=40)
    assert report.metrics["relaxed_f1"] >= 0.87
    assert report.metrics["value_f1"] >= 0.74
    assert report.published["HeidelTime value F1 (TE-3 platinum test)"] == 77.61


def test_a_range_is_scored_as_its_two_ends_as_timeml_annotates_it():
    from readout.model import Span, TimeExpr

    years = TimeExpr(span=Span(doc_id="x", start=10, end=31, text="between 1985 and 1987"), start=dt.date(1985, 1, 1), end=dt.date(1987, 12, 31), granularity="range")
    assert [(e.span.start, e.span.text, e.timex) for e in tempeval.range_ends(years)] == [(18, "1985", "1985"), (27, "1987", "1987")]
    days = TimeExpr(span=Span(doc_id="x", start=0, end=23, text="Dec. 15 to Jan. 5, 2026"), start=dt.date(2025, 12, 15), end=dt.date(2026, 1, 5), granularity="range")
    assert [(e.span.text, e.timex) for e in tempeval.range_ends(days)] == [("Dec. 15", "2025-12-15"), ("Jan. 5, 2026", "2026-01-05")]
    year = TimeExpr(span=Span(doc_id="x", start=0, end=4, text="1998"), start=dt.date(1998, 1, 1), end=dt.date(1998, 12, 31), granularity="year", timex="1998")
    assert tempeval.range_ends(year) == [year]
