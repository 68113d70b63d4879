"""Rhetoric markers scored against gold files: the scorer on hand-made analyses, and floors on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.eval.gold import load_gold
from readout.eval.runner import SECTIONS, EvalCorpus, build_corpus
from readout.eval.score_rhetoric import gold_techniques, score
from readout.model import Analysis, Document, RhetoricMarker, Span

SEEDS_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "gold.json"


def test_loose_gold_labels_map_to_techniques():
    assert gold_techniques("loaded language / name calling") == {"loaded_language", "name_calling_labeling"}
    assert gold_techniques("assertion without support / thought-terminating") == {"thought_terminating_cliche"}
    assert gold_techniques("Black-and-white fallacy") == {"black_and_white_fallacy"}
    assert gold_techniques("assertion") == set()


def marker(text: str, part: str, technique: str) -> RhetoricMarker:
    start = text.index(part)
    return RhetoricMarker(span=Span(doc_id="d", start=start, end=start + len(part), text=part), technique=technique, confidence=0.5)


def test_scorer_matches_by_overlap_and_reports_technique_agreement(tmp_path):
    text = "They slammed the door. The plain truth is plain. Nothing else."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold_items = [
        {"doc": "a.txt", "text": "slammed the door", "technique": "loaded language"},
        {"doc": "a.txt", "text": "The plain truth is", "technique": "slogans"},
        {"doc": "a.txt", "text": "Nothing else", "technique": "doubt"},
        {"doc": "a.txt", "text": "not in the text", "technique": "doubt"},
    ]
    (tmp_path / "gold.json").write_text(json.dumps({"documents": {"a.txt": {}}, "rhetoric": gold_items}), encoding="utf-8")
    gold = load_gold(tmp_path / "gold.json")
    analysis = Analysis(
        doc_id="d",
        analyzer="test",
        rhetoric=(
            marker(text, "slammed", "loaded_language"),
            marker(text, "plain truth is", "thought_terminating_cliche"),
            marker(text, "They", "flag_waving"),
        ),
    )
    corpus = EvalCorpus(documents={"a.txt": Document(id="d", source="a.txt", text=text)}, analyses={"a.txt": analysis})
    report = score(gold, corpus)
    assert (report.score.tp, report.score.fn, report.score.fp) == (2, 2, 1)
    assert report.extra["technique_agreement"] == 0.5
    assert any("not in the cleaned text" in miss for miss in report.misses)
    assert report.false_alarms == ["a.txt: flag_waving 'They'"]


def test_no_section_no_report(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"documents": {"a.txt": {}}}), encoding="utf-8")
    corpus = EvalCorpus(documents={}, analyses={})
    assert score(load_gold(tmp_path / "gold.json"), corpus) is None


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS_GOLD.is_file():
        pytest.skip("../shared/seeds is not available")
    gold = load_gold(SEEDS_GOLD)
    corpus = build_corpus(gold)
    return gold, corpus, score(gold, corpus)


def test_seeds_floor_every_gold_passage_has_a_marker(seeds):
    _, _, report = seeds
    assert report.score.tp >= 6, report.misses  # measured 7 of 7
    assert report.extra["technique_agreement"] >= 0.7  # measured 0.857


def test_both_seed_articles_show_checkable_markers(seeds):
    _, corpus, _ = seeds
    for name, document in corpus.documents.items():
        markers = corpus.analyses[name].rhetoric
        assert len(markers) >= 8, name  # 10 before doubt went off on news (eighth pass): both doubt markers lay outside the gold passages; 9 before a predicate denied by "no longer" (seventeenth pass, outside the gold too)
        assert all(document.text[m.span.start : m.span.end] == m.span.text for m in markers)
        profile = corpus.analyses[name].rhetoric_profile
        assert profile.words > 500 and sum(profile.per_thousand_words.values()) > 5
        assert 0 < profile.claim_sentence_share < 1


def test_runner_routes_the_rhetoric_section_here():
    assert SECTIONS["rhetoric"] == "readout.eval.score_rhetoric"


def test_false_alarms_are_listed_by_document_then_offset(tmp_path):
    """The list reads the same on every run: documents by name, markers by where they start (not by the order
    of a set of names, which follows the hash seed, nor by the order the analysis holds them in)."""
    texts = {"b.txt": "Cruel plans. Vile talk here.", "a.txt": "A shameful deal and a wicked one."}
    gold_items = [{"doc": "b.txt", "text": "here", "technique": "doubt"}, {"doc": "a.txt", "text": "deal", "technique": "doubt"}]
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"documents": {n: {} for n in texts}, "rhetoric": gold_items}), encoding="utf-8")
    analyses = {
        "b.txt": Analysis(doc_id="d", analyzer="test", rhetoric=(marker(texts["b.txt"], "Vile", "loaded_language"), marker(texts["b.txt"], "Cruel", "loaded_language"))),
        "a.txt": Analysis(doc_id="d", analyzer="test", rhetoric=(marker(texts["a.txt"], "wicked", "loaded_language"), marker(texts["a.txt"], "shameful", "loaded_language"))),
    }
    corpus = EvalCorpus(documents={n: Document(id="d", source=n, text=t) for n, t in texts.items()}, analyses=analyses)
    report = score(load_gold(tmp_path / "gold.json"), corpus)
    assert report.false_alarms == [
        "a.txt: loaded_language 'shameful'",
        "a.txt: loaded_language 'wicked'",
        "b.txt: loaded_language 'Cruel'",
        "b.txt: loaded_language 'Vile'",
    ]
