"""A line break always ends a sentence, whether it is a space token of its own or follows a token."""

from __future__ import annotations

from readout.analyze.paragraphs import paragraph_breaks


def test_the_token_after_a_line_break_starts_a_sentence(nlp):
    doc = paragraph_breaks(nlp.make_doc("Summit opens\nLeaders meet today \n\nTalks end"))
    assert [t.text for t in doc if t.is_sent_start] == ["Summit", "Leaders", "Talks"]  # the first token always starts one
    assert [t.text for t in doc if t.is_sent_start is None] == ["opens", "\n", "meet", "today", "\n\n", "end"]  # left to the parser


def test_text_without_line_breaks_and_a_final_break_are_left_alone(nlp):
    assert not any(t.is_sent_start for t in paragraph_breaks(nlp.make_doc("One line only."))[1:])
    doc = paragraph_breaks(nlp.make_doc("Ends here.\n"))
    assert not any(t.is_sent_start for t in doc[1:])


def test_a_boundary_an_earlier_component_refused_stays_refused(nlp):
    doc = nlp.make_doc("Mr. Smith spoke.\nThen he left.")
    doc[1].is_sent_start = False  # as the honorifics component does after a title
    doc = paragraph_breaks(doc)
    assert doc[1].is_sent_start is False and [t.text for t in doc if t.is_sent_start] == ["Mr.", "Then"]
