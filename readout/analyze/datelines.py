"""A news dateline: the place in capitals that opens a story, before its dash ("LIMA, Peru (Example Wire) --",
"KABUL, March 4 -", "NEW YORK —"). Event actors read the country of its place; no component takes the place for a
party that acts. One reading, so that events and commitments agree on where the dateline ends.

A headline can run into the dateline on the same line when a page's title and body are joined by a space ("Port
board to cut fees BERNVILLE, Norland (AP) -- The board ..."): then the dateline is found after the headline's last
word, but only with a wire's name in brackets, which a capitalised word inside a sentence never carries. Everything
before the dash, headline and dateline, is outside the story (``story_start``)."""

from __future__ import annotations

import re

# the place (a region may follow), a date, an agency in brackets, then the dash
_PLACE = r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}))?(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?"
DATELINE = re.compile(r"(?m)^[ \t]*" + _PLACE + r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—_])[ \t]")
# after a headline on the same line: the wire in brackets is required ("... fees BERNVILLE (AP) --")
RUN_ON_DATELINE = re.compile(r"(?<=[\w.!?:'\"’”)]) " + _PLACE + r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:--?|[–—_])[ \t]")
DATELINE_REACH = 400  # characters: a dateline opens the story, after at most a headline


def find_dateline(text: str) -> re.Match[str] | None:
    """The story's dateline (group 1 the place, group 2 its region), if one opens the text: at a line's start, or after
    a headline on the same line when a wire's name in brackets follows the place."""
    head = text[:DATELINE_REACH]
    return DATELINE.search(head) or RUN_ON_DATELINE.search(head)


def story_start(text: str) -> int:
    """Where the story proper starts: after the dateline's dash (a headline before it is not the story), else 0."""
    found = find_dateline(text)
    return found.end() if found is not None else 0
