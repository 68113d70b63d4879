"""Scoring actors against gold: the matching rules on a hand-built corpus, and the floor on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.analyze.nlp import COMPONENTS, load_pipeline
from readout.eval import score_entities
from readout.eval.gold import GoldFile, load_gold
from readout.eval.runner import EvalCorpus, evaluate
from readout.model import Analysis, Document, Entity, Mention, Span

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT.parent / "shared" / "seeds" / "gold.json"
ACTOR_COMPONENTS = ("readout_gazetteer", "readout_actors")


def _corpus(text: str, entities: list[Entity], mentions: list[tuple[str, str]]) -> EvalCorpus:
    document = Document(id="d1", source="a.txt", text=text)
    spans = []
    for surface, entity_id in mentions:
        start = text.index(surface)
        spans.append(Mention(span=Span(doc_id="d1", start=start, end=start + len(surface), text=surface), entity_id=entity_id))
    analysis = Analysis(doc_id="d1", analyzer="test", entities=tuple(entities), mentions=tuple(spans))
    return EvalCorpus(documents={"a.txt": document}, analyses={"a.txt": analysis})


def _gold(items: list[dict], tmp_path: Path) -> GoldFile:
    return GoldFile(path=tmp_path / "gold.json", raw={"documents": {"a.txt": {}}, "entities": items})


def test_found_missed_and_false_alarms(tmp_path):
    text = "Jane Doe met Paris officials. Doe said Acme Corp would help."
    corpus = _corpus(
        text,
        [
            Entity(id="person:jane-doe", name="Jane Doe", kind="PERSON", country="FRA", aliases=("Jane Doe", "Doe")),
            Entity(id="org:acme-corp", name="Acme Corp", kind="ORG"),
        ],
        [("Jane Doe", "person:jane-doe"), ("Doe said", "person:jane-doe"), ("Acme Corp", "org:acme-corp")],
    )
    gold = _gold(
        [
            {"canonical": "Jane Doe", "kind": "PERSON", "country": "FRA", "aliases_seen": ["Jane Doe", "Doe"]},
            {"canonical": "France", "kind": "COUNTRY", "iso3": "FRA", "aliases_seen": ["Paris"]},
        ],
        tmp_path,
    )
    report = score_entities.score(gold, corpus)
    assert (report.score.tp, report.score.fn, report.score.fp) == (1, 1, 1)
    assert report.misses == ["France (COUNTRY)"]
    assert report.false_alarms == ["Acme Corp (ORG, org:acme-corp)"]
    assert report.extra["country_accuracy"] == 1.0
    assert report.extra["alias_recall"] == pytest.approx(2 / 3)


def test_a_name_without_a_mention_where_the_gold_text_is_does_not_count(tmp_path):
    text = "Jane Doe spoke."
    corpus = _corpus(text, [Entity(id="person:jane-doe", name="Jane Doe", kind="PERSON")], [("spoke", "person:jane-doe")])
    report = score_entities.score(_gold([{"canonical": "Jane Doe", "kind": "PERSON"}], tmp_path), corpus)
    assert report.score.tp == 0 and report.score.fn == 1


def test_no_entities_section_means_no_report(tmp_path):
    gold = GoldFile(path=tmp_path / "gold.json", raw={"documents": {}})
    assert score_entities.score(gold, EvalCorpus(documents={}, analyses={})) is None


@pytest.fixture(scope="module")
def actors_nlp():
    return load_pipeline(disable=tuple(name for _, name, _ in COMPONENTS if name not in ACTOR_COMPONENTS))


def test_floor_on_the_seed_gold(actors_nlp):
    if not SEED_GOLD.is_file():
        pytest.skip("../shared/seeds is not beside the project")
    (report,) = evaluate(load_gold(SEED_GOLD), nlp=actors_nlp, sections=["entities"])
    assert report.score.recall >= 0.9, report.misses
    assert report.extra["kind_accuracy"] >= 0.95
    assert report.extra["country_accuracy"] >= 0.9
    assert report.extra["alias_recall"] >= 0.85


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "examples").glob("*gold.json")))
def test_floor_on_the_example_corpora(actors_nlp, name):
    gold = load_gold(ROOT / "examples" / name)
    if not json.loads((ROOT / "examples" / name).read_text(encoding="utf-8")).get("entities"):
        pytest.skip(f"{name} has no entities section")
    (report,) = evaluate(gold, nlp=actors_nlp, sections=["entities"])
    assert report.score.recall >= 0.9, report.misses


def test_actor_codes_on_the_plover_records(actors_nlp):
    from readout.eval.plover import default_path

    if not default_path().is_file():
        pytest.skip("../shared/eval is not beside the project")
    report = score_entities.plover_actor_codes(nlp=actors_nlp)
    assert report.metrics["actors"] >= 300
    assert report.metrics["country_code_accuracy"] >= 0.75
    assert report.metrics["full_code_accuracy"] >= 0.42
