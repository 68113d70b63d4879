"""Text rules: boilerplate lines, contact lines, repeated paragraphs, bylines; and the seeds come out clean."""

from __future__ import annotations

from readout.ingest.clean import byline_author, clean_text
from readout.ingest.sources import read_file

BODY = "The delegations met for three hours and agreed to meet again before the end of the year."


def test_trailing_comment_widgets_and_language_switcher_are_removed():
    text = f"{BODY}\nComments (12)\nLeave a Reply\nEnglish | Français | Русский\n"
    assert clean_text(text) == BODY


def test_boilerplate_phrase_inside_the_body_is_kept():
    text = f"Leave a comment, the minister joked, was all the press could do.\n{BODY}"
    assert clean_text(text) == text


def test_contact_sentence_is_cut_but_the_byline_sentence_stays():
    text = f"{BODY}\nThis report was written by Ana Li. She can be reached at ana@example.org"
    assert clean_text(text) == f"{BODY}\nThis report was written by Ana Li."


def test_repeated_paragraph_is_kept_once_and_short_lines_may_repeat():
    closing = "Will the agreement hold once the cameras have gone and the budgets are drawn up?"
    text = f"Summary\n{BODY}\n{closing}\nSummary\n{closing}"
    assert clean_text(text).split("\n") == ["Summary", BODY, closing, "Summary"]


def test_cookie_and_newsletter_lines_are_removed_anywhere():
    text = f"We use cookies to improve your experience.\n{BODY}\nSign up for our newsletter to get the briefing."
    assert clean_text(text) == BODY


def test_typographic_quotes_and_dashes_are_preserved_and_text_is_nfc():
    text = "“Cafe\u0301” — it’s open…   now"
    assert clean_text(text) == "“Café” — it’s open… now"


def test_bylines_give_the_author():
    assert byline_author(f"By Maria Lopez-Garcia\n{BODY}") == "Maria Lopez-Garcia"
    assert byline_author(f"{BODY}\nThis analysis was written by J. K. Osei.") == "J. K. Osei"
    assert byline_author(f"{BODY}\nBy the end of the day, nothing was agreed.") is None
    assert byline_author(BODY) is None


def test_seed_000_loses_switcher_and_contact_line_and_keeps_its_author(seeds_dir):
    document = read_file(seeds_dir / "000_22986afe1b4ef312.txt")
    assert "Русский" not in document.text
    assert "reached at" not in document.text
    assert "@" not in document.text
    assert document.text.endswith("This analysis was written by MD. Rana.")
    assert document.author == "MD. Rana"
    assert document.title is None
    assert document.published is None
    assert document.language == "en"


def test_seed_003_loses_comment_widgets_and_keeps_the_closing_question_once(seeds_dir):
    document = read_file(seeds_dir / "003_a7c74c352d17316b.txt")
    assert "Comments (0)" not in document.text
    assert "Leave a Comment" not in document.text
    closing = document.text.split("\n")[-1]
    assert len(closing) > 100 and document.text.count(closing[:80]) == 1
    assert document.text.endswith("historical baggage?")
    assert document.author is None
    assert document.title is None


def test_paragraph_offsets_point_at_the_lines(seeds_dir):
    document = read_file(seeds_dir / "003_a7c74c352d17316b.txt")
    lines = document.text.split("\n")
    assert len(document.paragraphs) == len(lines)
    for paragraph, line in zip(document.paragraphs, lines):
        assert document.text[paragraph.start : paragraph.end] == line


def test_read_more_lines_in_several_languages_are_removed_wherever_they_stand():
    text = (f"{BODY}\nRead more: Why summits fail\nLire aussi : Le sommet en chiffres\nThe talks go on.\n"
            "Читайте также: Итоги саммита\nLea también: Las claves\nBaca juga: Hasil KTT")
    assert clean_text(text) == f"{BODY}\nThe talks go on."


def test_a_sentence_that_starts_like_a_pointer_is_kept():
    line = "Related talks on fisheries will open in the autumn, the ministry said on Monday."
    assert clean_text(f"{BODY}\n{line}") == f"{BODY}\n{line}"


def test_telephone_lines_and_social_post_leftovers_are_removed():
    text = (f"{BODY}\nMedia enquiries: Press Office, +44 20 7946 0321\n—\nsc.example/p/9XkQ2\n"
            "— Harbour Authority (@harbourauth) March 3, 2026\nOfficials said 2,450,000 tonnes were shipped in 2025.")
    assert clean_text(text) == f"{BODY}\nOfficials said 2,450,000 tonnes were shipped in 2025."


def test_a_closing_credit_line_names_the_authors_and_is_not_text():
    text = f"{BODY}\nReporting by Ana Li and Bo Chen; Additional reporting by Cy Dale; Editing by Di Egan"
    assert clean_text(text) == BODY
    assert byline_author(text) == "Ana Li, Bo Chen, Cy Dale"
