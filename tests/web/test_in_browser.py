"""The pages of ``readout serve`` in headless Chromium (Debian's, through Playwright): citations, pasting, accessibility.

A real server (uvicorn, in a thread) serves a copy of the example database.
axe-core (from npm, installed by ./install) checks every main page for WCAG
2.1 A/AA; screenshots of the main pages are saved in ``out/screenshots/`` for
review.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from readout.web.app import WebConfig, create_app

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "out" / "screenshots"
CITED = "rgb(255, 240, 168)"  # mark.cited


@pytest.fixture(scope="module")
def server(web_db, tmp_path_factory):
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "readout.db"
    shutil.copy(web_db, path)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(WebConfig(db=path)), log_level="warning"))
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(5)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (./install installs it when run as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1100, "height": 850}, bypass_csp=True)  # bypass: axe is injected as a script
    page = context.new_page()
    page.base = server
    yield page
    context.close()


def _visit_event(page) -> str:
    page.goto(page.base + "/")
    link = page.get_by_role("link", name=re.compile("Tokyo"))
    href = link.get_attribute("href")
    link.click()
    return href


def _shown_text(locator) -> str:
    return locator.evaluate("e => { const c = e.cloneNode(true); c.querySelectorAll('.sr-only').forEach(s => s.remove()); return c.textContent; }")


def test_clicking_a_citation_opens_the_document_at_the_highlighted_span(page):
    _visit_event(page)
    cite = page.locator("#figures .cite").first
    cited = cite.get_attribute("title")
    cite.click()
    page.wait_for_url(re.compile(r"/documents/.*#hl$"))
    mark = page.locator("#hl")
    assert _shown_text(mark) == cited
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == CITED
    box = mark.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]  # scrolled to it


def test_a_pasted_document_appears_once_the_worker_has_analyzed_it(page):
    page.goto(page.base + "/add")
    page.get_by_label("Title (optional)").fill("Ferry accord")
    page.get_by_label("Text").fill("Norland and Sudmark agreed on 2 May 2031 to open a ferry line between Port Ellis and Vik by 2032.")
    page.get_by_role("button", name="Add").click()
    page.wait_for_url(re.compile(r"/tasks/\w+$"))
    page.get_by_role("heading", name="Documents").wait_for(timeout=60_000)  # the page reloads itself until the task is done
    page.locator("main ul a").first.click()
    text = " ".join(_shown_text(page.locator(".doc-text")).split())
    assert text == "Norland and Sudmark agreed on 2 May 2031 to open a ferry line between Port Ellis and Vik by 2032."  # the title is not in the text
    assert page.locator("h1").inner_text() == "Ferry accord"
    assert page.locator(".doc-text mark.k-time").first.inner_text().endswith("2 May 2031")


def _main_pages(page) -> dict[str, str]:
    event = _visit_event(page)
    page.goto(page.base + event)
    document = page.locator("#sources a").first.get_attribute("href")
    return {"events": "/", "event": event, "document": document + "?s=0&e=40", "actor": "/actors/country:JPN",
            "search": "/search?q=trade+between", "add": "/add"}


def test_every_main_page_has_no_serious_or_critical_accessibility_violation(page):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run ./install (it runs npm ci)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    found = {}
    for name, path in _main_pages(page).items():
        page.goto(page.base + path)
        page.screenshot(path=str(SCREENSHOTS / f"web-{name}.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
        bad = [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[name] = bad
        assert result["passes"], name  # axe really ran
    assert found == {}
    assert len(list(SCREENSHOTS.glob("web-*.png"))) >= 6


def test_keyboard_reaches_the_skip_link_first_and_focus_is_visible(page):
    page.goto(page.base + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
