"""The HTML page as markup: one standalone document whose links all land inside it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from readout.present.render import render_html


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.refs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)
            if name in ("href", "src", "xlink:href"):
                self.refs.append(value)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_ids_are_unique_and_every_link_lands_inside_the_page(brief):
    page = _parse(render_html(brief))
    assert len(page.ids) == len(set(page.ids))
    assert page.refs and all(ref.startswith("#") and ref[1:] in page.ids for ref in page.refs)


def test_each_sentence_of_each_source_is_an_element_with_an_id(brief):
    ids = set(_parse(render_html(brief)).ids)
    for source in brief.sources:
        for n in range(1, len(source.sentences) + 1):
            assert f"s-{source.number}-{n}" in ids


def test_nothing_is_fetched_and_no_script_runs(brief):
    html = render_html(brief)
    page = _parse(html)
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(page.tags)
    assert not re.search(r"url\((?!#)", html)  # no CSS resource outside the page
    assert page.tags.count("svg") == 2


def test_document_text_is_escaped(brief):
    html = render_html(brief)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html


def test_the_same_brief_renders_the_same_page(brief):
    assert render_html(brief) == render_html(brief)  # stable chart ids, no timestamps: pages can be diffed


def test_source_text_is_cut_into_sentences_without_losing_a_character():
    from readout.model import SourceInfo, TextRange
    from readout.present.render import source_paragraphs

    text = "First one. Second runs\n\nacross a break. Tail"
    source = SourceInfo(number=1, doc_id="d", text=text,
                        paragraphs=(TextRange(start=0, end=22), TextRange(start=24, end=len(text))),
                        sentences=(TextRange(start=0, end=10), TextRange(start=11, end=39)))
    paragraphs = source_paragraphs(source)
    assert ["".join(piece for *_, piece in p) for p in paragraphs] == ["First one. Second runs", "across a break. Tail"]
    assert paragraphs[0] == [(1, True, "First one."), (None, False, " "), (2, True, "Second runs")]
    assert paragraphs[1] == [(2, False, "across a break."), (None, False, " Tail")]  # the id stays on the sentence's first piece
