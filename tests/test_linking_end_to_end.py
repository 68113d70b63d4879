"""Cross-source verdicts read as a user reads them: through the JSON briefing of real analyses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readout.cli import app

ROOT = Path(__file__).resolve().parent
FIXTURES = ROOT / "fixtures" / "linking"
EXAMPLES = ROOT.parent / "examples"


def briefs(*inputs: Path, extra: tuple[str, ...] = ()) -> tuple[list[dict], str]:
    result = CliRunner().invoke(app, ["brief", *map(str, inputs), "--format", "json", "--as-of", "2026-11-22", "-q", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def corroborated_with(brief: dict, *words: str) -> list[dict]:
    """Corroborated alignments whose members' text contains every word, stated by at least two documents."""
    found = []
    for a in brief["alignments"]:
        texts = " ".join(m["span"]["text"] for m in a["members"]).lower()
        docs = {m["span"]["doc_id"] for m in a["members"]}
        if a["verdict"] == "corroborated" and len(docs) >= 2 and all(w.lower() in texts for w in words):
            found.append(a)
    return found


@pytest.fixture(scope="module")
def seeds_brief(seeds_dir):
    [brief], _ = briefs(*sorted(seeds_dir.glob("*.txt")))
    return brief


# words that identify each corroborated item of gold.json's cross_source section in the sources' own wording
SEED_CORROBORATED = {
    "the call took place on 4 February 2026": ("February 4",),
    "Lichun": ("Lichun",),
    "official visit in the first half of 2026, accepted": ("visit China", "first half of 2026"),
    "APEC in Shenzhen in November 2026": ("APEC", "Shenzhen"),
    "2026-2027 years of education": ("Education", "2026"),
    "Venezuela, Iran and Cuba": ("Venezuela", "Cuba"),
    "15th Five-Year Plan": ("Five-Year Plan",),
    "energy as a stabilizing factor / strategic pillar": ("energy", "stabili"),
}


def test_seeds_corroborate_most_of_what_both_articles_report(seeds_brief):
    found = {item for item, words in SEED_CORROBORATED.items() if corroborated_with(seeds_brief, *words)}
    assert len(found) >= 6, sorted(set(SEED_CORROBORATED) - found)


def test_seed_single_source_items_stay_single_source(seeds_brief):
    for words in (("85-minute",), ("38.8 bcm",), ("US$200 billion",)):
        assert not corroborated_with(seeds_brief, *words), words
    figures = {f["as_written"]: f["verdict"] for f in seeds_brief["figures"]}
    assert figures["85-minute"] == "single_source"
    assert figures["38.8 bcm"] == "single_source"


def test_the_accepted_visit_is_one_commitment_with_both_sources(seeds_brief):
    visits = [c for c in seeds_brief["commitments"] if "visit" in c["action"] and c["due_end"] == "2026-06-30"]
    assert len(visits) == 1
    assert visits[0]["verdict"] == "corroborated" and visits[0]["independent_sources"] == 2
    assert {c["source_number"] for c in visits[0]["citations"]} == {1, 2}


def test_title_conflict_and_the_stated_ratio_are_reported(seeds_brief):
    assert any(i["kind"] == "title_conflict" and "former" in i["reason"] for i in seeds_brief["inconsistencies"])
    [check] = [c for c in seeds_brief["checks"] if c["stated_value"] == 3]
    assert check["computed_value"] == pytest.approx(2.70, abs=0.005)
    assert "2.70" in check["reason"]


def test_the_printed_briefing_validates_against_the_published_schema(seeds_brief):
    import jsonschema

    schema = json.loads((ROOT.parent / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(seeds_brief, schema)


def test_every_line_of_the_seed_brief_is_cited(seeds_brief):
    for section in ("summary", "participants", "takeaways", "figures", "dates", "commitments", "conflicts", "inconsistencies", "checks"):
        for item in seeds_brief[section]:
            assert item["citations"], (section, item)
    for group in seeds_brief["quotes"]:
        for quote in group["quotes"]:
            assert quote["citations"]


def test_two_meetings_briefed_together_are_two_events_each_as_alone():
    together, note = briefs(EXAMPLES / "summit", EXAMPLES / "visit")
    assert len(together) == 2 and "2 events" in note
    [summit], _ = briefs(EXAMPLES / "summit")
    [visit], _ = briefs(EXAMPLES / "visit")
    by_title = {b["title"]: b for b in together}
    for alone in (summit, visit):
        joint = by_title[alone["title"]]
        assert {s["doc_id"] for s in joint["sources"]} == {s["doc_id"] for s in alone["sources"]}
        assert [(a["kind"], a["verdict"], a["label"]) for a in joint["alignments"]] == [(a["kind"], a["verdict"], a["label"]) for a in alone["alignments"]]
        for alignment in joint["alignments"]:
            assert {m["span"]["doc_id"] for m in alignment["members"]} <= {s["doc_id"] for s in alone["sources"]}


def test_one_event_can_be_chosen():
    together, _ = briefs(EXAMPLES / "summit", EXAMPLES / "visit")
    chosen = together[1]["event"]["id"]
    [only], _ = briefs(EXAMPLES / "summit", EXAMPLES / "visit", extra=("--event", chosen))
    assert only["event"]["id"] == chosen


def test_a_near_copy_gives_no_conflict_and_no_second_source():
    [brief], _ = briefs(FIXTURES / "copy-original.txt", FIXTURES / "copy-republished.txt")
    assert [a for a in brief["alignments"] if a["verdict"] == "conflicting"] == []
    assert [a for a in brief["alignments"] if a["verdict"] == "corroborated"] == []
    assert any(s["near_duplicate_of"] for s in brief["sources"])


def test_two_outlets_carrying_one_statement_corroborate_it():
    [brief], _ = briefs(FIXTURES / "statement-coastal-post.txt", FIXTURES / "statement-nordic-daily.txt")
    assert corroborated_with(brief, "working group", "December 2026")
    assert corroborated_with(brief, "40 million kroner")
    figures = [f for f in brief["figures"] if "40 million" in f["as_written"]]
    assert figures and figures[0]["verdict"] == "corroborated"
