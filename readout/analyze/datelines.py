"""A news dateline: the place in capitals that opens a story, before its dash ("LIMA, Peru (Example Wire) --",
"KABUL, March 4 -", "NEW YORK —"). Event actors read the country of its place; no component takes the place for a
party that acts. One reading, so that events and commitments agree on where the dateline ends."""

from __future__ import annotations

import re

# the place (a region may follow), a date, an agency in brackets, then the dash
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}))?"
                      r"(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—_])[ \t]")
DATELINE_REACH = 400  # characters: a dateline opens the story, after at most a headline


def find_dateline(text: str) -> re.Match[str] | None:
    """The story's dateline (group 1 the place, group 2 its region), if one opens the text."""
    return DATELINE.search(text[:DATELINE_REACH])
