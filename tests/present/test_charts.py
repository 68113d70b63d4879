"""The charts: matplotlib's SVG, inline-ready, with nothing to fetch and document text escaped."""

from __future__ import annotations

import re
import xml.dom.minidom

from readout.present.charts import commitments_timeline_svg, figures_by_source_svg


def _parse(svg: str):
    # inline SVG drops its namespace declarations (HTML puts it in the SVG namespace); XML needs them back
    return xml.dom.minidom.parseString(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ', 1))


def test_the_timeline_draws_each_dated_commitment_and_the_brief_date(brief):
    svg = commitments_timeline_svg(brief)
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    texts = [t.firstChild.data for t in _parse(svg).getElementsByTagName("text") if t.firstChild]
    assert "as of 2031-06-01" in texts
    assert "1. sign a customs protocol" in texts and "2. open a ferry line" in texts
    assert {"past due, unconfirmed", "upcoming"} <= set(texts)


def test_the_figures_chart_has_a_column_per_source_and_the_words_of_each(brief):
    svg = figures_by_source_svg(brief)
    texts = [t.firstChild.data for t in _parse(svg).getElementsByTagName("text") if t.firstChild]
    assert {"source 1", "source 2", "source 3", "bilateral trade (USD)", "$4.2 billion", "about $5 billion"} <= set(texts)


def test_charts_fetch_nothing_and_prefix_their_ids(brief):
    for svg, prefix in ((commitments_timeline_svg(brief), "chart-commitments-"), (figures_by_source_svg(brief), "chart-figures-")):
        assert not re.search(r"https?://", svg)
        assert "<?xml" not in svg and "DOCTYPE" not in svg
        ids = re.findall(r'\bid="([^"]+)"', svg)
        assert ids and all(i.startswith(prefix) for i in ids)
        for ref in re.findall(r'href="#([^"]+)"|url\(#([^)]+)\)', svg):
            assert (ref[0] or ref[1]) in ids


def test_document_text_in_a_chart_is_escaped(sample):
    from readout.present.compose import compose_brief

    link = sample.link.model_copy(update={"alignments": tuple(
        a.model_copy(update={"label": "<script>x</script>"}) if a.kind == "figure" else a for a in sample.link.alignments)})
    brief = compose_brief(sample.event, sample.sources, link, sample.commitments, sample.as_of)
    svg = figures_by_source_svg(brief)
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_no_chart_without_anything_to_draw(brief):
    empty = brief.model_copy(update={"figures": (), "commitments": tuple(c.model_copy(update={"due_start": None, "due_end": None}) for c in brief.commitments)})
    assert figures_by_source_svg(empty) is None
    assert commitments_timeline_svg(empty) is None
