"""HTML pages: main text without page furniture, metadata only from what the page says."""

from __future__ import annotations

import pytest

from readout.errors import IngestError
from readout.ingest.pages import page_document
from readout.ingest.sources import read_file

from .pages import NEWS_PAGE, UNDATED_PAGE


@pytest.fixture(scope="module")
def news():
    return page_document(NEWS_PAGE.encode("utf-8"), "news.html", "html")


def test_main_text_keeps_the_article_and_its_typography(news):
    assert news.text.split("\n")[0] == "Ministers agree to resume talks"
    assert "The two foreign ministers met in Geneva on Tuesday" in news.text
    assert "“We have made real progress,” the first minister told reporters — adding" in news.text
    assert news.text.endswith("neither side took questions on the disputed crossings.")


@pytest.mark.parametrize(
    "furniture",
    ["Home", "Sport", "cookies", "Русский", "Share on", "newsletter", "Comments", "Great article", "All rights reserved", "jane.roe@example.org"],
)
def test_page_furniture_is_removed(news, furniture):
    assert furniture not in news.text


def test_metadata_from_meta_tags_and_json_ld(news):
    assert news.title == "Ministers agree to resume talks"
    assert news.author == "Jane Roe"
    assert str(news.published) == "2026-02-05"
    assert news.outlet == "The Daily Example"
    assert news.language == "en"


def test_paragraphs_have_offsets_into_the_text(news):
    starts = [news.text[p.start : p.end][:20] for p in news.paragraphs]
    assert starts == ["Ministers agree to r", "The two foreign mini", "“We have made real p", "Officials said a fur"]


def test_a_date_in_the_body_is_not_taken_as_the_publication_date():
    document = page_document(UNDATED_PAGE.encode(), "undated.html", "html")
    assert document.published is None
    assert document.author is None
    assert document.outlet is None


def test_html_given_in_a_txt_file_is_recognised(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    assert read_file(path).title == "Ministers agree to resume talks"


def test_charset_declared_in_the_page_is_used():
    page = NEWS_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1251">').replace("Русский", "").replace("Français", "")
    page = page.replace("Geneva", "Женеве")
    document = page_document(page.encode("cp1251"), "cp1251.html", "html")
    assert "met in Женеве on Tuesday" in document.text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no_text"),
        ("<<<>>><p<<p>>", "no_text"),
        ("just words, no markup at all", "malformed_html"),
    ],
)
def test_pages_without_article_text(tmp_path, html, reason):
    path = tmp_path / "page.html"
    path.write_text(html)
    with pytest.raises(IngestError) as info:
        read_file(path)
    assert info.value.reason == reason
    assert info.value.source == str(path)


def test_truncated_html_still_gives_its_text():
    cut = NEWS_PAGE[: NEWS_PAGE.index("Officials said")]
    document = page_document(cut.encode(), "cut.html", "html")
    assert "The two foreign ministers met in Geneva" in document.text


def test_furniture_words_never_remove_the_article_itself():
    """A whole page inside one <form> (ASP.NET sites) and an article inside a 'share-wrapper' are content, not furniture."""
    body = "".join(f"<p>Paragraph {n}: the delegations agreed on Monday to extend the river transit accord by five years, "
                   f"officials said after the talks.</p>" for n in range(1, 6))
    page = (f"<html><body><form id='aspnetForm'><div class='share-wrapper'><article><h1>Accord extended</h1>"
            f"<p class='standfirst'>Transit accord extended by five years.</p>{body}</article></div>"
            f"<div class='newsletter'><p>Sign up for alerts from our newsroom every morning.</p></div></form></body></html>")
    document = page_document(page.encode(), "form.html", "html")
    assert "Transit accord extended by five years." in document.text
    assert "Paragraph 5: the delegations agreed" in document.text
    assert "Sign up for alerts" not in document.text
