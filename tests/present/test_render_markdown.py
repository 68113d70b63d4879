"""The Markdown brief as a reader sees it: sections, tables, marks and citations on every line."""

from __future__ import annotations

import re

from readout.present.compose import compose_brief
from readout.present.render import render, render_markdown

CITATION = re.compile(r"\[\d+:s\d+\]")


def _section(md: str, title: str) -> list[str]:
    lines = md.splitlines()
    start = lines.index(f"## {title}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return [line for line in lines[start + 1 : end] if line.strip()]


def _cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def test_sections_in_reading_order(brief):
    headings = [line[3:] for line in render_markdown(brief).splitlines() if line.startswith("## ")]
    assert headings == [
        "Event", "Summary", "Key takeaways", "Figures", "Dates", "Commitments as of 2031-06-01", "Conflicts between sources",
        "Inconsistencies within a source", "Arithmetic checks", "Quotes by speaker", "Rhetoric by source", "Sources",
    ]


def test_every_line_but_the_source_list_carries_a_citation(brief):
    md = render_markdown(brief)
    for title in ("Event", "Summary", "Key takeaways", "Dates", "Commitments as of 2031-06-01", "Conflicts between sources",
                  "Inconsistencies within a source", "Quotes by speaker", "Rhetoric by source"):
        for line in _section(md, title):
            if not line.startswith("### "):
                assert CITATION.search(line), (title, line)


def test_the_figures_table_has_one_row_per_figure_with_the_conflict_readings(brief):
    rows = _section(render_markdown(brief), "Figures")
    header, rule, *body = rows
    assert _cells(header) == ["figure", "as written", "value", "period", "across sources", "sources"]
    assert set(_cells(rule)) == {"---"}
    assert len(body) == len(brief.figures)
    assert all(len(_cells(row)) == 6 for row in body)
    trade = _cells(body[0])
    assert trade[:4] == ["bilateral trade (USD)", "“$4.2 billion”", "4,200,000,000 USD", "2030"]
    assert trade[4] == "CONFLICT: “$4.2 billion” (sources 1, 3) vs “about $5 billion” (source 2)"
    assert trade[5] == "[1:s2] [2:s2] [3:s2]"
    assert _cells(body[1])[4] == "single source"


def test_the_arithmetic_check_shows_the_stated_value_beside_the_computed_one(brief):
    header, _, row = _section(render_markdown(brief), "Arithmetic checks")
    assert _cells(row)[1:4] == ["“nearly three times more” (3)", "9.30 / 3.00 = 3.10", "yes"]


def test_single_source_takeaways_are_marked(brief):
    items = _section(render_markdown(brief), "Key takeaways")
    assert items[0].startswith("1. **corroborated by 2 sources**: The leaders agreed")
    assert items[-1].startswith(f"{len(items)}. **single source (no second source)**: Fuel in Sudmark")
    assert any("**CONFLICT**: Sources disagree on bilateral trade (USD): “$4.2 billion” (sources 1, 3)" in i for i in items)


def test_sources_by_outlet_author_date_title_never_a_path(brief):
    assert _section(render_markdown(brief), "Sources") == [
        "1. Harbour Times, Ines Varga, 2031-05-10: “Leaders agree port deal” <https://www.harbourtimes.example/news/port-deal>",
        "2. Sudmark Daily, 2031-05-11: “Lund hosts Arneson”",
        "3. outlet not given, date not given: untitled, begins “Norland President Tove Arneson and Sudmark Prime Minister…” (near copy of source 1; counted once with it)",
    ]
    assert "/home/analyst" not in render_markdown(brief)


def test_document_text_cannot_inject_markup_or_break_a_table(sample):
    figure = next(a for a in sample.link.alignments if a.id == "figure-fuel")
    link = sample.link.model_copy(update={"alignments": tuple(
        a.model_copy(update={"label": "fuel | price <b>"}) if a is figure else a for a in sample.link.alignments)})
    brief = compose_brief(sample.event, sample.sources, link, sample.commitments, sample.as_of)
    md = render_markdown(brief)
    assert not re.search(r"(?<!\\)<(?!https://)[a-z/]", md)  # no tag left for a Markdown viewer to run
    row = next(r for r in _section(md, "Figures") if "fuel" in r)
    assert len(_cells(row)) == 6 and _cells(row)[0] == "fuel \\| price \\<b>"


def test_render_names_the_formats():
    import pytest

    with pytest.raises(ValueError, match="md, html, json"):
        render(None, "pdf")
