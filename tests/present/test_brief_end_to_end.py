"""Briefs of the example corpus through the pipeline façade: valid JSON, cited lines, sources named, pages that open."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

from readout.pipeline import brief_inputs
from readout.present.render import render

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((ROOT / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def run():
    return brief_inputs([EXAMPLES / "summit", EXAMPLES / "visit"], as_of=dt.date(2026, 11, 22))


def test_each_event_gets_a_brief_that_validates_against_the_schema(run):
    assert len(run.briefs) >= 2
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for brief in run.briefs:
        assert list(validator.iter_errors(json.loads(render(brief, "json")))) == []


def test_every_markdown_line_is_cited_and_no_source_is_a_path(run):
    for brief in run.briefs:
        md = render(brief, "md")
        body, sources = md.split("\n## Sources\n")
        for line in body.splitlines():
            if line.startswith(("- ", "| ")) or re.match(r"\d+\. ", line):
                if line.startswith("|---") or line.startswith(("| figure |", "| source |", "| topic |")):
                    continue
                assert re.search(r"\[\d+:s\d+\]", line), line
        for text in (md, render(brief, "html"), render(brief, "json")):
            assert str(EXAMPLES) not in text and "examples/" not in text
        assert not re.search(r"\.(txt|html)\b", sources)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_every_citation_of_a_real_brief_opens_the_sentence_that_holds_it(run, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        for i, brief in enumerate(run.briefs):
            path = tmp_path / f"brief-{i}.html"
            path.write_text(render(brief, "html"), encoding="utf-8")
            page.goto(path.as_uri())
            found = page.eval_on_selector_all(
                ".cite", "links => links.map(a => [a.getAttribute('href'), a.title, document.querySelector(a.getAttribute('href'))?.textContent])"
            )
            assert found
            for href, cited, sentence in found:
                assert sentence is not None, href
                assert " ".join(cited.split())[:30] in " ".join(sentence.split()), (href, cited)
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        browser.close()
