"""Title Case lines and the same lines in sentence case, cased by the document's own usage."""

from __future__ import annotations

from readout.analyze.headlines import CaseUsage, headline_lines, is_title_case, sentence_cased


def test_a_title_case_line_has_its_longer_words_capitalized():
    assert is_title_case("Mayor Tom Vale Denies Stadium Deal Was Rushed")
    assert is_title_case("Ruiz Warns Of A ‘Costly Mistake.’")  # closing punctuation, quote marks: still a headline
    assert not is_title_case("The mayor said on Friday that Lake Orin Harbour would reopen.")  # a sentence with names
    assert not is_title_case("MAYOR DENIES STADIUM DEAL WAS RUSHED")  # capitals: not Title Case
    assert not is_title_case("Main Points")  # too few words to parse
    assert not is_title_case(" ".join(["Word"] * 21))  # a paragraph, not a line of a headline


def test_sentence_case_keeps_the_documents_names_and_the_offsets():
    text = "Mayor Vale Denies Stadium Deal Was Rushed In U.S. City\nThe stadium deal was signed by Mayor Vale in the city on Friday. Denial came soon."
    lines = headline_lines(text)
    assert lines == [(0, text.index("\n"))]
    usage = CaseUsage.of(text, lines)
    cased = sentence_cased(text[: lines[0][1]], usage)
    # 'Vale' is written capitalized mid-sentence; 'stadium', 'deal', 'city' in lower case; 'Denies' nowhere else;
    # 'Mayor' is capitalized mid-sentence too, so it is kept; the initials of 'U.S.' and the first word stay
    assert cased == "Mayor Vale denies stadium deal was rushed in U.S. city"
    assert len(cased) == lines[0][1]


def test_a_word_only_capitalized_at_a_sentence_start_is_a_name_unless_written_in_lower_case():
    text = "Lena Varga Says Budget Will Balance\nLena Varga spoke. Budget talks went on, and the budget grew."
    usage = CaseUsage.of(text, headline_lines(text))
    assert usage.is_name("Lena") and not usage.is_name("Budget")
    assert sentence_cased(text[: text.index("\n")], usage) == "Lena Varga says budget will balance"
    assert sentence_cased("Vale Gets A Seat", usage) == "Vale gets a seat"  # the article 'A' is lower-cased


def test_only_the_documents_first_line_is_its_headline():
    text = "\n\nCouncil Approves Harbour Plan After Long Debate\n\nThe council met.\n\nVoters Back The Harbour Plan Too\n"
    assert headline_lines(text) == [(2, 2 + len("Council Approves Harbour Plan After Long Debate"))]
    assert headline_lines("The council met on Friday.\n\nVoters Back The Harbour Plan Too") == []  # a section's label
