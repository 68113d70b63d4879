"""Quote scoring: gold matching by overlap, kind and speaker; scare quotes as false alarms; floors on the seeds."""

from __future__ import annotations

from pathlib import Path

from readout.eval.gold import GoldFile, load_gold
from readout.eval.runner import EvalCorpus, evaluate
from readout.eval.score_quotes import score
from readout.model import Analysis, Document, Quote, Span

TEXT = 'Maria Costa said: “We will sign the treaty in May.” Critics call it a "Silver Road" for the region.'


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(doc_id="d", start=start, end=start + len(text), text=text)


def _corpus(*quotes: Quote) -> EvalCorpus:
    document = Document(id="d", source="a.txt", text=TEXT)
    return EvalCorpus(documents={"a.txt": document}, analyses={"a.txt": Analysis(doc_id="d", analyzer="test", quotes=quotes)})


GOLD = GoldFile(
    path=Path("gold.json"),
    raw={
        "documents": {"a.txt": {}},
        "quotes": [{"doc": "a.txt", "kind": "direct", "speaker": "Maria Costa", "text": "We will sign the treaty in May."}],
        "not_quotes": [{"doc": "a.txt", "text": '"Silver Road"'}],
    },
)


def test_right_speaker_and_kind_is_a_hit():
    report = score(GOLD, _corpus(Quote(span=_span("We will sign the treaty in May."), kind="direct", speaker="Maria Costa")))
    assert (report.score.tp, report.score.fp, report.score.fn) == (1, 0, 0)
    assert report.extra["direct_found"] == 1
    assert report.extra["not_quote_false_alarms"] == 0


def test_wrong_speaker_is_a_miss_that_says_who_was_reported():
    report = score(GOLD, _corpus(Quote(span=_span("We will sign the treaty"), kind="direct", speaker="Critics")))
    assert report.score.tp == 0 and report.score.fn == 1
    assert report.misses == ["a.txt: direct quote by 'Maria Costa' (direct by 'Critics'): 'We will sign the treaty in May.'"]
    assert report.extra["speaker_accuracy"] == 0.0


def test_a_reported_scare_quote_is_a_false_alarm():
    report = score(GOLD, _corpus(Quote(span=_span("Silver Road"), kind="direct")))
    assert report.extra["not_quote_false_alarms"] == 1
    assert report.score.fp == 1
    assert any("scare quote '\"Silver Road\"'" in alarm for alarm in report.false_alarms)


def test_no_quotes_section_means_no_report():
    gold = GoldFile(path=Path("gold.json"), raw={"documents": {"a.txt": {}}})
    assert score(gold, _corpus()) is None


def test_seed_floors(seeds_dir):
    """Every direct quote of the seeds found with the right speaker; no listed scare quote reported."""
    (report,) = evaluate(load_gold(seeds_dir / "gold.json"), sections=["quotes"])
    assert report.extra["direct_found"] == report.extra["direct_total"] == 4
    assert report.extra["not_quote_false_alarms"] == 0
    assert report.extra["indirect_found"] == report.extra["indirect_total"]
    assert report.score.fp == 0, report.false_alarms
    assert report.score.recall == 1.0, report.misses


def test_an_indirect_clause_containing_a_label_is_counted_apart():
    clause = 'Critics call it a "Silver Road" for the region'
    report = score(GOLD, _corpus(Quote(span=_span(clause), kind="indirect", speaker="Critics")))
    assert report.extra["not_quote_false_alarms"] == 0
    assert report.extra["not_quote_inside_longer_indirect"] == 1


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_example_corpora_floors():
    """The team's own example corpora (other events than the seeds): every gold quote found, no scare quote reported."""
    golds = sorted(EXAMPLES.glob("*-gold.json"))
    if not golds:
        import pytest

        pytest.skip("no example gold files")
    for path in golds:
        gold = load_gold(path)
        if not gold.has("quotes"):
            continue
        (report,) = evaluate(gold, sections=["quotes"])
        assert report.extra["not_quote_false_alarms"] == 0, (path.name, report.false_alarms)
        assert report.score.recall >= 0.8, (path.name, report.misses)
