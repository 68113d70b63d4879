"""Page metadata as people read it: headline without site suffix, authors as names, the outlet's own name, the published date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readout.ingest.metadata import clean_authors, clean_outlet, clean_title
from readout.ingest.notes import IngestNote
from readout.ingest.pages import page_document
from readout.ingest.sources import read_sources

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("title", "outlets", "expected"),
    [
        ("Talks resume in the capital | The Daily Example", ["The Daily Example"], "Talks resume in the capital"),
        ("Talks resume in the capital - The Daily Example - March 3, 2026", ["The Daily Example"], "Talks resume in the capital"),
        ("Talks resume in the capital | DAILYEXAMPLE.ORG | 14 Jul 2026", ["dailyexample.org"], "Talks resume in the capital"),
        ("Talks resume in the capital – 2026-07-14", [], "Talks resume in the capital"),
        # a dash inside the headline is not a suffix unless what follows names the outlet or a date
        ("Ceasefire holds - for now", ["The Daily Example"], "Ceasefire holds - for now"),
    ],
)
def test_title_without_site_suffix(title, outlets, expected):
    assert clean_title(title, [], outlets) == expected


def test_title_is_the_stated_headline_when_the_title_decorates_it():
    assert clean_title("Opinion | Talks resume | Example", ["Talks resume"], []) == "Talks resume"
    assert clean_title("Press release: Minister receives envoy | Ministry", ["Minister receives envoy"], []) == "Minister receives envoy"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["By Jane Roe"], ["Jane Roe"]),
        (["Author: Jane Roe"], ["Jane Roe"]),
        (["Por Lucía Ferrer"], ["Lucía Ferrer"]),
        (["Par Anne-Marie Duval"], ["Anne-Marie Duval"]),
        (["Von Hans Weber"], ["Hans Weber"]),
        (["Av Kari Nordvik"], ["Kari Nordvik"]),
        (["Автор: Ирина Соколова"], ["Ирина Соколова"]),
        (["Jane Roe, Staff Writer"], ["Jane Roe"]),
        (["By Noor Haddad and Felix Amsel | The Daily Example"], ["Noor Haddad", "Felix Amsel"]),
        (["Jane Roe in Geneva"], ["Jane Roe"]),
        (["Reporting by Ines Carvalho and Tomasz Wrona; Editing by Helen Park"], ["Ines Carvalho", "Tomasz Wrona"]),
        (["Staff and agencies"], []),
        (["Anonymous"], []),
        (["anónimo"], []),
        (["The Daily Example"], []),
        (["dailyexample.org"], []),
        (["Jane Roe", "jane roe", "Ben Carr"], ["Jane Roe", "Ben Carr"]),
        (["Bydgoszcz Daily Desk 4"], []),
    ],
)
def test_authors_are_peoples_names(values, expected):
    assert clean_authors(values, ["The Daily Example"]) == expected


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (["The Valley Courier — Independent news since 1887 | News, Sport, Weather"], "The Valley Courier"),
        (["The Northern Post - Since 1902 - News, Opinion, Sport"], "The Northern Post"),
        (["Ministry of External Affairs, 14 Harbour Road, Port Clement"], "Ministry of External Affairs"),
        (["MERIDIAN DAILY", "Meridian Daily"], "Meridian Daily"),
        (["northwind-agency.example", "Northwind Agency"], "Northwind Agency"),
        (["www.harbour.example"], "harbour.example"),
        ([None, "ABC"], "ABC"),
    ],
)
def test_outlet_is_the_name_without_slogans_or_address(candidates, expected):
    assert clean_outlet(candidates) == expected


def _page(head: str, body: str = "") -> bytes:
    paragraphs = "".join(
        f"<p>On day {n} the delegations met again and agreed to continue the talks on transit fees for lorries "
        f"and buses next month, officials from both ministries said in statement number {n}.</p>" for n in range(1, 7))
    return f"<html lang='en'><head>{head}</head><body><article><h1>Transit talks continue</h1>{paragraphs}{body}</article></body></html>".encode()


def _notes_of(path: Path) -> tuple[list, list[IngestNote]]:
    notes: list[IngestNote] = []
    results = list(read_sources([path], notes=notes.append))
    return results, notes


def test_structured_date_wins_over_meta_and_says_which_was_used(tmp_path):
    path = tmp_path / "dates.html"
    path.write_bytes(_page(
        '<meta property="article:published_time" content="2026-05-12T08:00:00Z">'
        '<meta property="article:modified_time" content="2026-05-20T08:00:00Z">'
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-11T23:30:00-04:00",'
        '"dateModified":"2026-05-19"}</script>',
        '<aside><time datetime="2026-06-01">1 June 2026</time> Other story</aside>'))
    (document,), notes = _notes_of(path)
    assert document.published == dt.date(2026, 5, 11)
    assert [(n.kind, n.message) for n in notes] == [(
        "date_source",
        "publication date 2026-05-11 from JSON-LD datePublished; meta article:published_time says 2026-05-12",
    )]


def test_modification_date_alone_is_not_a_publication_date():
    document = page_document(_page('<meta property="article:modified_time" content="2026-05-20T08:00:00Z">'), "m.html", "html")
    assert document.published is None


def test_page_whose_extraction_is_a_caption_uses_json_ld_article_body():
    notes: list[IngestNote] = []
    (document,) = list(read_sources([FIXTURES / "jsonld_caption.html"], notes=notes.append))
    assert document.text.count("\n") == 5  # the articleBody's six paragraphs, kept apart
    assert [(n.source, n.kind) for n in notes] == [(str(FIXTURES / "jsonld_caption.html"), "body_source")]
    assert notes[0].message == ("the extracted text (423 characters) is much shorter than the page's JSON-LD "
                                "articleBody (968 characters), which was used instead")


def test_a_page_with_little_text_is_reported(tmp_path):
    path = tmp_path / "short.html"
    path.write_text("<html><body><article><h1>Brief</h1><p>The talks resumed on Monday and will continue into the week.</p>"
                    "</article></body></html>")
    (document,), notes = _notes_of(path)
    assert document.text.endswith("continue into the week.")
    assert [n.line() for n in notes] == [
        f"{path}: short_text: only 66 characters of article text on the page (a paywall, an article loaded by "
        "scripts, or not an article)"]


def test_declared_language_wins_over_a_close_relative():
    text = ("<p>Utenriksministrene fra de to landene ble tirsdag enige om en ny fiskeriavtale som skal gjelde i fem år. "
            "Avtalen gir fartøyene adgang til hverandres soner.</p>")
    for declared, expected in (("nb-NO", "nb"), ("no", "nb"), ("da", "da")):
        page = f"<html lang='{declared}'><body><article>{text * 3}</article></body></html>".encode()
        assert page_document(page, "n.html", "html").language == expected
    # a page that declares an unrelated language is what its text is
    page = f"<html lang='en'><body><article>{text * 3}</article></body></html>".encode()
    assert page_document(page, "n.html", "html").language in ("nb", "da", "sv", "nn")


@pytest.mark.parametrize(
    ("head", "body", "outlet", "author"),
    [
        # no og:site_name, no JSON-LD publisher: the outlet as the byline spells it, not the bare domain, and not an author
        ("", '<p class="byline">By Maria Lopez, The Harbour Herald</p>', "The Harbour Herald", "Maria Lopez"),
        ("", '<div class="byline">Maria Lopez | Harbour Herald</div>', "Harbour Herald", "Maria Lopez"),
        ("<title>Transit talks continue - Harbour Herald</title>", "", "Harbour Herald", None),
        ('<meta property="og:site_name" content="HARBOURHERALD.COM">'
         '<meta name="author" content="Maria Lopez, Harbour Herald">', "", "Harbour Herald", "Maria Lopez"),
        # a page that spells no name keeps the domain
        ("", "", "harbourherald.com", None),
    ],
)
def test_outlet_from_the_byline_or_title_when_the_page_states_none(head, body, outlet, author):
    document = page_document(_page(head, "").replace(b"<h1>", body.encode() + b"<h1>"), "p.html", "html",
                             url="https://www.harbourherald.com/world/transit-talks")
    assert (document.outlet, document.author) == (outlet, author)


def test_a_section_between_the_headline_and_the_site_name_is_cut():
    assert clean_title("Talks resume | World News | The Daily Example", [], ["The Daily Example"]) == "Talks resume"
    assert clean_title("Talks resume | News | DAILYEXAMPLE.ORG", [], ["www.dailyexample.org"]) == "Talks resume"
    assert clean_title("Ceasefire holds - for now - The Daily Example", [], ["The Daily Example"]) == "Ceasefire holds - for now"


_STORY = "The delegations met again on Tuesday and agreed to continue the talks on transit fees next month. " * 4


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("By Ana Ruiz, Tom Berg and Lee Chan\n\n" + _STORY, "Ana Ruiz, Tom Berg, Lee Chan"),
        ("BY ANA RUIZ\n\n" + _STORY, "Ana Ruiz"),
        ("Por Ana Ruiz y Luis Gómez\n\n" + _STORY, "Ana Ruiz, Luis Gómez"),
        ("Von Klaus Meier und Eva Schmidt\n\n" + _STORY, "Klaus Meier, Eva Schmidt"),
        ("Av Kari Nordvik\n\n" + _STORY, "Kari Nordvik"),
        (_STORY + "\n\n— Reporting by Ana Ruiz and Tom Berg; Editing by Lee Chan", "Ana Ruiz, Tom Berg"),
        (_STORY + "\n\n(Reporting by Ana Ruiz in Geneva; Writing by Tom Berg; Editing by Lee Chan)", "Ana Ruiz, Tom Berg"),
        ("By Tuesday the delegations had agreed to continue the talks on transit fees.\n\n" + _STORY, None),
        ("Author: Anonymous\n\n" + _STORY, None),
        ("Author: By Ana Ruiz and Tom Berg\n\n" + _STORY, "Ana Ruiz, Tom Berg"),
        ("Author: Madonna\n\n" + _STORY, "Madonna"),  # a stated one-word name is kept as written
        ("Por Ana Ruiz y Luis Gómez, corresponsal\n\n" + _STORY, "Ana Ruiz, Luis Gómez"),
        ("By Tuesday, Ana Ruiz and Tom Berg had left the talks.\n\n" + _STORY, None),  # a sentence, not a byline
    ],
)
def test_bylines_in_the_text_name_people(text, author):
    assert page_document(text.encode(), "t.txt", "text").author == author


def test_a_byline_line_is_read_into_author_and_dropped_from_the_text_a_sentence_is_kept():
    byline = page_document(("Von Klaus Meier, Korrespondent in Brüssel\n\n" + _STORY).encode(), "t.txt", "text")
    assert byline.author == "Klaus Meier" and byline.text.startswith("The delegations met again")
    sentence = "By Tuesday, Ana Ruiz and Tom Berg had left the talks."
    kept = page_document((sentence + "\n\n" + _STORY).encode(), "t.txt", "text")
    assert kept.text.startswith(sentence)
    signed = page_document((_STORY + "\n\n— Reporting by Ana Ruiz; Editing by Lee Chan").encode(), "t.txt", "text")
    assert signed.author == "Ana Ruiz" and signed.text.endswith("transit fees next month.")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["By The Associated Press"], []),  # an organisation, whatever the byline says
        (["Ana Ruiz @anaruiz"], ["Ana Ruiz"]),
        (["By Ana Ruiz, Harbour Herald Correspondent"], ["Ana Ruiz"]),
        (["Anonymous Author"], []),
        (["By Ana de la Cruz and Jean-Luc Picard"], ["Ana de la Cruz", "Jean-Luc Picard"]),
        (["BY MARY O'NEIL"], ["Mary O'Neil"]),
    ],
)
def test_organisations_handles_roles_and_anonymous_words_are_not_people(values, expected):
    assert clean_authors(values, ["harbourherald.example"]) == expected


@pytest.mark.parametrize(
    ("title", "outlets", "expected"),
    [
        ("Harbour Herald | Port strike ends", ["harbourherald.example"], "Port strike ends"),  # the site name first
        ("Port strike ends | Harbour Herald Online", ["The Harbour Herald"], "Port strike ends"),
        ("Port strike ends - Harbour Herald, 12 May 2026", ["www.harbourherald.example"], "Port strike ends"),
        ("Herald of change: port strike ends", ["harbourherald.example"], "Herald of change: port strike ends"),
    ],
)
def test_the_site_name_is_cut_before_or_after_the_headline(title, outlets, expected):
    assert clean_title(title, [], outlets) == expected


@pytest.mark.parametrize(
    "byline",
    [
        '<p>By <a rel="author" href="/a">Ana Ruiz</a> and <a rel="author" href="/t">Tom Berg</a></p>',
        '<div class="meta"><span itemprop="author">Ana Ruiz</span>, <span itemprop="author">Tom Berg</span></div>',
    ],
)
def test_several_author_links_in_one_byline_are_all_authors_an_appended_storys_is_not(byline):
    page = _page("", "<article><p class='byline'>By Zed Quinn</p><p>Another story.</p></article>")
    page = page.replace(b"<h1>Transit talks continue</h1>", b"<h1>Transit talks continue</h1>" + byline.encode())
    assert page_document(page, "p.html", "html").author == "Ana Ruiz, Tom Berg"


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("2026-05-11T23:30:00-04:00", dt.date(2026, 5, 11)),  # the date as the publisher wrote it, not in UTC
        ("2026/05/11", dt.date(2026, 5, 11)),
        ("Mon, 11 May 2026 09:30:00 GMT", dt.date(2026, 5, 11)),
        ("11 May 2026", dt.date(2026, 5, 11)),
        ("May 11, 2026", dt.date(2026, 5, 11)),
        ("11.05.2026", None),  # day or month first? not guessed
        ("last Tuesday", None),
    ],
)
def test_json_ld_date_published_in_the_forms_sites_write_it(stated, expected):
    page = _page(f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{stated}"}}</script>')
    document = page_document(page, "d.html", "html")
    assert document.published == expected
    assert document.published_from == ("JSON-LD datePublished" if expected else None)


def test_a_headline_that_names_the_outlet_keeps_its_words():
    assert clean_title("Herald reporter detained - Iran | Harbour Herald", [], ["harbourherald.example"]) == \
        "Herald reporter detained - Iran"
    assert clean_title("Harbour Herald reporter detained - Iran | Harbour Herald", [], ["harbourherald.example"]) == \
        "Harbour Herald reporter detained - Iran"
