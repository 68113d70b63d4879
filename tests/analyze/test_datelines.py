"""The one dateline reader (events and commitments): at a line's start, or after a headline run into it."""

from __future__ import annotations

import pytest

from readout.analyze.datelines import find_dateline, story_start


@pytest.mark.parametrize("text, place, region, story", [
    ("BERNVILLE, Norland (AP) -- The harbor board met.", "BERNVILLE", "Norland", "The harbor board met."),
    ("Port fees set to fall\nBERNVILLE (AP) — The board met.", "BERNVILLE", None, "The board met."),
    # a headline joined to the body by a space: found after it, the wire's name in brackets required
    ("Harbor Board Vows Lower Fees BERNVILLE, Norland (AP) — The board met.", "BERNVILLE", "Norland", "The board met."),
    ("Fees to fall: board BERNVILLE (Example Wire) -- The board met.", "BERNVILLE", None, "The board met."),
    # on the text's first line, no wire's name needed (tenth pass): a place in capitals after the headline's last word
    ("Fees to fall BERNVILLE -- The board met.", "BERNVILLE", None, "The board met."),
    ("Harbor Fee Plan Stalls PORT ELLIS, Norland - The board met.", "PORT ELLIS", "Norland", "The board met."),
])
def test_a_dateline_and_where_the_story_starts(text, place, region, story):
    found = find_dateline(text)
    assert (found.group(1), found.group(2)) == (place, region)
    assert text[story_start(text):] == story


@pytest.mark.parametrize("text", [
    "The board met on Tuesday -- and the FBI was there.",
    "Talks with NATO - The alliance met.",  # capitals the gazetteer knows as a name, not a place
    "Port fees to fall\nThe board met in BERNVILLE - The city was quiet.",  # past the first line: inside the story
    "Fees to fall BERNVILLE -- the board met.",  # no capital after the dash
])
def test_no_dateline(text):
    assert find_dateline(text) is None and story_start(text) == 0
