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
])
def test_a_dateline_and_where_the_story_starts(text, place, region, story):
    found = find_dateline(text)
    assert (found.group(1), found.group(2)) == (place, region)
    assert text[story_start(text):] == story


@pytest.mark.parametrize("text", [
    "Fees to fall BERNVILLE -- The board met.",  # run on, no wire: a capitalised word in a sentence may be anything
    "The board met on Tuesday -- and the FBI was there.",
])
def test_no_dateline(text):
    assert find_dateline(text) is None and story_start(text) == 0
