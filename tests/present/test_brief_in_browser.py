"""The HTML brief opened in headless Chromium (Debian's), as a reader sees it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readout.link.linker import link
from readout.pipeline import ingest, process
from readout.present.compose import compose_brief
from readout.present.render import render_html

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (./install installs it when run as root)")
    from playwright.sync_api import sync_playwright

    errors = []
    run = process(ingest([EXAMPLES / "summit"], errors))
    html = render_html(compose_brief(run.sources, link(run.sources)))
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    path.write_text(html, encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        page = browser.new_page()
        page.goto(path.as_uri())
        yield page
        browser.close()


def test_sections_render_with_their_headings(page):
    headings = page.locator("h2").all_inner_texts()
    assert headings[0] == "Event"
    assert {"Summary", "Figures", "Quotes", "Sources"} <= set(headings)


def test_each_citation_shows_its_source_text_and_links_to_the_source(page):
    cite = page.locator("#figures .cite").first
    assert cite.get_attribute("title")  # the exact cited text, shown on hover
    target = cite.get_attribute("href")
    cite.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(target).is_visible()


def test_figures_are_a_table_and_the_conflict_is_visible(page):
    assert page.locator("#figures th").all_inner_texts() == ["as written", "value", "measures", "period", "across sources", "sources"]
    rows = page.locator("#figures tbody tr").all_inner_texts()
    assert any("CONFLICT" in row and "US$21 billion" in row for row in rows)
