"""A news dateline: the place in capitals that opens a story, before its dash ("LIMA, Peru (Example Wire) --",
"KABUL, March 4 -", "NEW YORK —"). Event actors read the country of its place; no component takes the place for a
party that acts. One reading, so that events and commitments agree on where the dateline ends.

A headline can run into the dateline on the same line when a page's title and body are joined by a space ("Port
board to cut fees BERNVILLE, Norland (AP) -- The board ..."): then the dateline is found after the headline's last
word, but only with a wire's name in brackets, which a capitalised word inside a sentence never carries. Everything
before the dash, headline and dateline, is outside the story (``story_start``). On the text's first line (a headline
joined to the body), a place in capitals before a dash is read as the dateline without a wire's name too ("Budget Plan
Stalls WASHINGTON - The Senate ..."), unless the gazetteer knows the capitals as a name or body ("NATO", "FBI")."""

from __future__ import annotations

import re

from readout.analyze.gazetteer import load_gazetteer

# the place (a region may follow), a date, an agency in brackets, then the dash
_PLACE = r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}))?(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?"
DATELINE = re.compile(r"(?m)^[ \t]*" + _PLACE + r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—_])[ \t]")
# after a headline on the same line: the wire in brackets is required ("... fees BERNVILLE (AP) --")
RUN_ON_DATELINE = re.compile(r"(?<=[\w.!?:'\"’”)]) " + _PLACE + r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:--?|[–—_])[ \t]")
PLACE_KINDS = {"place", "capital"}  # the gazetteer's kinds of a place (not "name", "institution", "demonym")
DATELINE_REACH = 400  # characters: a dateline opens the story, after at most a headline


# after a headline on the text's first line without a wire's name ("Budget Plan Stalls WASHINGTON - The Senate ..."):
# the headline's last word not in capitals, the place in capitals of three letters or more, a capital after the dash
_BARE_PLACE = r"([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3})(?:, ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}))?(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?"
RUN_ON_BARE = re.compile(r"(?<=[a-z0-9!?:'\"’”)]) " + _BARE_PLACE + r"[ \t]*(?:--?|[–—])[ \t]+(?=[A-Z\"“‘'])")


def find_dateline(text: str) -> re.Match[str] | None:
    """The story's dateline (group 1 the place, group 2 its region), if one opens the text: at a line's start, or after
    a headline on the same line when a wire's name in brackets follows the place, or, on the text's first line only,
    with no wire's name when the place is no name the gazetteer knows as something else ("NATO", "FBI")."""
    head = text[:DATELINE_REACH]
    found = DATELINE.search(head) or RUN_ON_DATELINE.search(head)
    if found is not None:
        return found
    opens = len(head) - len(head.lstrip())
    line_end = head.find("\n", opens)
    bare = RUN_ON_BARE.search(head, opens, line_end if line_end >= 0 else len(head))  # the first line only
    if bare is None:
        return None
    known = load_gazetteer().lookup(bare.group(1))
    return bare if known is None or known.kind in PLACE_KINDS else None


def story_start(text: str) -> int:
    """Where the story proper starts: after the dateline's dash (a headline before it is not the story), else 0."""
    found = find_dateline(text)
    return found.end() if found is not None else 0
