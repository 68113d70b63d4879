"""The HTML brief opened in headless Chromium (Debian's), as a reader sees it: on screen, on a phone, on paper."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readout.present.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
MARK = "rgb(255, 240, 168)"  # the :target highlight of a cited sentence


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (./install installs it when run as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, brief):
    html = render_html(brief)
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    path.write_text(html, encoding="utf-8")
    return path


def _open(browser, path: Path, **context):
    """A fresh page that records every request it makes."""
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    page.requests = []

    def route(r):
        page.requests.append(r.request.url)
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    return page


@pytest.fixture()
def page(browser, page_file):
    page = _open(browser, page_file, viewport={"width": 1000, "height": 800})
    yield page
    page.context.close()


def test_sections_render_with_their_headings(page):
    assert page.locator("h1").inner_text() == "Briefing: Tove Arneson and Kai Lund, 9 May 2031"
    headings = page.locator("main h2").all_inner_texts()
    assert headings[:4] == ["Event", "Summary", "Key takeaways", "Figures"]
    assert {"Commitments as of 2031-06-01", "Quotes by speaker", "Rhetoric by source", "Sources", "Source texts"} <= set(headings)


def test_clicking_a_citation_opens_its_document_at_the_sentence_highlighted(page):
    cite = page.locator("#figures .cite", has_text="[2:s2]").first
    assert cite.get_attribute("title") == "about $5 billion"  # the exact cited characters, on hover
    cite.click()
    assert page.evaluate("location.hash") == "#s-2-2"
    sentence = page.locator("#s-2-2")
    assert sentence.inner_text() == "Bilateral trade stood at about $5 billion last year."
    assert sentence.evaluate("e => getComputedStyle(e).backgroundColor") == MARK
    assert sentence.evaluate("e => e.closest('article').id") == "source-2"
    box = sentence.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]  # scrolled into view
    other = page.locator("#s-1-2")
    assert other.evaluate("e => getComputedStyle(e).backgroundColor") != MARK


def test_every_citation_leads_to_a_sentence_that_holds_its_text(page):
    pairs = page.eval_on_selector_all(
        ".cite", "links => links.map(a => [a.getAttribute('href'), a.title, document.querySelector(a.getAttribute('href'))?.textContent])"
    )
    assert len(pairs) > 30
    for href, cited, sentence in pairs:
        assert sentence is not None, href
        assert cited in sentence, (href, cited)


def test_charts_are_inline_svg(page):
    for chart in ("#chart-figures", "#chart-commitments"):
        assert page.locator(f"{chart} .chart-scroll > svg").count() == 1
        assert page.locator(f"{chart} svg text").count() > 3
    assert page.locator("img, object, embed, iframe, link, script").count() == 0


def test_no_request_leaves_the_page(browser, page_file):
    page = _open(browser, page_file)
    page.locator("#takeaways .cite").first.click()
    page.reload()
    assert page.requests and all(url.startswith("file://") for url in page.requests), page.requests
    external = page.eval_on_selector_all(
        "[href], [src], [xlink\\:href]", "els => els.map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('xlink:href'))"
    )
    assert all(x.startswith("#") for x in external), [x for x in external if not x.startswith("#")]
    page.context.close()


def test_document_text_is_escaped(page):
    sentence = page.locator("#s-1-6")
    assert "<script>alert(1)</script>" in sentence.inner_text()
    assert page.locator("script").count() == 0


def test_single_source_items_are_visibly_marked(page):
    last = page.locator("#takeaways li").last
    assert "single_source" in last.get_attribute("class")
    assert last.locator(".badge").inner_text() == "single source (no second source)"
    assert page.locator("#takeaways li").first.locator(".badge").inner_text() == "corroborated by 2 sources"
    conflict = page.locator("#figures tbody tr.conflicting").inner_text()
    assert "“$4.2 billion” (sources 1, 3) vs “about $5 billion” (source 2)" in conflict


def test_sources_are_listed_by_outlet_and_never_by_path(page):
    items = page.locator("#sources li").all_inner_texts()
    assert items[0].startswith("Harbour Times, Ines Varga, 2031-05-10: “Leaders agree port deal”")
    assert items[1] == "Sudmark Daily, 2031-05-11: “Lund hosts Arneson”"
    assert "/home/analyst" not in page.content()


def _contrast(page, selector: str) -> float:
    return page.locator(selector).first.evaluate(
        """e => {
        const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
        const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                           return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        let bg = e, color = rgb(getComputedStyle(e).color);
        while (bg && getComputedStyle(bg).backgroundColor.match(/rgba\\(.*, 0\\)|transparent/)) bg = bg.parentElement;
        const back = bg ? rgb(getComputedStyle(bg).backgroundColor) : [255, 255, 255];
        const [a, b] = [lum(color), lum(back)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
    }"""
    )


def test_text_meets_wcag_aa_contrast(page):
    for selector in ("body", ".cite", ".reason", ".badge.corroborated", ".badge.conflicting", ".badge.single_source", "figcaption", "th", ".asof"):
        assert _contrast(page, selector) >= 4.5, selector
    page.locator(".cite").first.click()
    assert _contrast(page, ".s:target") >= 4.5


def test_readable_at_phone_width_without_horizontal_scroll(browser, page_file):
    page = _open(browser, page_file, viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, width
    assert page.evaluate("document.body.scrollWidth") <= 375
    assert page.locator("h1").bounding_box()["width"] <= 375
    for box in page.locator(".chart-scroll").all():
        assert box.bounding_box()["width"] <= 375  # a chart scrolls inside its own box ...
        heights = box.locator("text").evaluate_all("ts => ts.map(t => t.getBoundingClientRect().height)")
        assert min(heights) >= 8, heights  # ... so that its words stay legible
    row = page.locator("#figures tbody tr.conflicting")
    assert row.bounding_box()["width"] <= 375  # a table row is a card of labelled cells
    assert row.locator("td").first.evaluate("td => getComputedStyle(td, '::before').content") == '"figure: "'
    page.context.close()


def test_print_turns_citations_into_footnotes(page):
    page.emulate_media(media="print")
    cite = page.locator("#summary .cite").first
    assert not cite.locator(".label").is_visible()
    number = cite.locator(".fn").inner_text()
    assert cite.locator(".fn").is_visible() and number == "1"  # numbered from the first citation in the page
    notes = page.locator("#notes")
    assert notes.is_visible()
    first = notes.locator("li").first.inner_text()
    assert first.startswith("[1:s1] source 1, sentence 1: “Norland President Tove Arneson")
    assert not page.locator("#source-texts").is_visible()
    assert not page.locator("nav").is_visible()
    assert page.locator(".print-only").is_visible() and not page.locator(".screen-only").is_visible()
    page.emulate_media(media="screen")
    assert not notes.is_visible() and cite.locator(".label").is_visible()
