"""Text between quote marks, in the quote styles of English-language news.

Handles “ ” and " " (also mixed, as badly converted text mixes them), ‘ ’
and ' ' (telling a closing mark from an apostrophe), '' '' and `` '' as
typewriter and TeX double quotes, « » and „ “, ” ” opening a paragraph, a
quote inside a quote (“... what he calls “chaos” ...”, "... as “too loud.”"),
and the typographic convention for a quote or transcript running over
several paragraphs: a paragraph left open whose next paragraph opens with a
quote mark is a quote of its own up to its end (each turn keeps its speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from readout.analyze.extensions import doc_text

CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"', "“"),  # “ closing only before a space or the line's end (_can_close)
    '"': ('"', "”"),
    "«": ("»",),
    "„": ("“", "”"),
    "‘": ("’",),
    "'": ("'",),
    "”": ("”", '"'),  # only opening a paragraph, before a word: a closing mark typed for an opening one (_can_open)
}
SINGLE = ("‘", "'")
MAX_SINGLE_QUOTE_CHARS = 400  # a straight ' pair further apart is two apostrophes
OPEN_AFTER = set(" \t\n([{—–-/:;,“\"'‘«")
PAD = "\x01"  # stands for the second character of a two-character mark
MAX_QUOTE_CHARS = 6000  # a quote longer than this is an unbalanced mark, not a quote
# a quote opened inside a double-quoted one, and the marks that close it: curly inside straight or curly, straight
# inside curly (a straight one inside a straight one cannot be told from its close)
NESTED_OPENERS: dict[str, dict[str, tuple[str, ...]]] = {
    '"': {"“": ("”",)},
    "“": {"“": ("”",), '"': ('"',)},
    "”": {"“": ("”",), '"': ('"',)},
}
# the characters the scans stop at (every other character is passed over by a regex search, not a Python step):
# an opening mark, and, inside a quote opened by a mark, a line break, its closers and the marks that open or close a quote in it
_OPENERS = re.compile("[" + re.escape("".join(CLOSERS)) + "]")
_STOPS_INSIDE = {
    opener: re.compile("[" + re.escape("".join(sorted({"\n", *closers, *NESTED_OPENERS.get(opener, {}),
                                                       *(c for inner in NESTED_OPENERS.get(opener, {}).values() for c in inner)}))) + "]")
    for opener, closers in CLOSERS.items()
}
# marks that reopen a quote left open at the end of the paragraph before (double marks mix in converted text)
REOPENERS: dict[str, tuple[str, ...]] = {mark: ("“", '"', "„", "«", "”") for mark in ("“", '"', "„", "«", "”")}


@dataclass(frozen=True)
class QuotedRegion:
    start: int  # the quoted words, without the marks
    end: int
    outer_start: int  # including the marks
    outer_end: int
    mark: str


USER_DATA_KEY = ("readout", "quoted_regions")


def quoted_regions(doc: Doc) -> list[QuotedRegion]:
    """The doc's quoted regions, found once and kept on the doc (``doc.user_data``, with the doc's id: a copy
    carries user data along): the quotes reader and the pronoun resolver read the same ones, scanned once."""
    kept = doc.user_data.get(USER_DATA_KEY)
    if kept is None or kept[0] != id(doc):
        kept = (id(doc), find_quoted_regions(doc_text(doc)))
        doc.user_data[USER_DATA_KEY] = kept
    return kept[1]


def find_quoted_regions(text: str) -> list[QuotedRegion]:
    """Every balanced quotation, in text order; unbalanced marks are skipped."""
    regions: list[QuotedRegion] = []
    text = text.replace("\'\'", '"' + PAD).replace("``", '"' + PAD)  # ''typewriter'' and ``TeX`` quotes, same length
    i = 0
    while (mark := _OPENERS.search(text, i)) is not None:
        i = mark.start()
        if _can_open(text, i):
            close = _find_close(text, i)
            if close is not None:
                region = _region(text, i, *close)
                if region is not None:
                    regions.append(region)
                i = close[1] if close[1] > close[0] else close[0]
                continue
        i += 1
    return regions


def _can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    elided = text[i] not in SINGLE and text[i + 1 : i + 5].lstrip(" ").startswith(("…", "..."))  # “ … what I learned”
    if nxt.isspace() and text[i] != "«" and not elided:  # « may be followed by a (French-style) space
        return False
    if text[i] == "'" and not nxt.isalpha():  # '90s, 'n'
        return False
    if text[i] == "”":  # ”Fear. I am truly afraid ...” or ” … what I learned” opening a line: the writer's or the converter's slip
        return (i == 0 or text[i - 1] == "\n") and (nxt.isalpha() or elided)
    if text[i] in ('"', "‘", "'"):
        return i == 0 or text[i - 1] in OPEN_AFTER
    return True


def _can_close(text: str, j: int, opener: str) -> bool:
    if text[j - 1].isspace() and opener != "«" and not (opener not in SINGLE and text[j - 2 : j - 1] in ("'", "’")):
        return False  # but "... the term 'outreach,' " closes after the inner single quote's mark and a space
    if text[j] == "“" and opener == "“":  # “... 51 percent.“ an opening mark typed to close: before a space or line end
        return j + 1 >= len(text) or text[j + 1].isspace()
    if opener in SINGLE:  # ’ followed by a letter is an apostrophe (don’t, Modi’s)
        nxt = text[j + 1] if j + 1 < len(text) else " "
        return not nxt.isalnum()
    return True


def _plural_possessive(text: str, j: int, limit: int, closers: tuple[str, ...], opener: str) -> bool:
    """‘the voters’ choice’: an ’ after -s before a lowercase word, with another closing mark later in the paragraph."""
    if opener not in SINGLE or text[j - 1] != "s" or not text[j + 1 : j + 3].startswith(" ") or not text[j + 2 : j + 3].islower():
        return False
    end = text.find("\n", j)
    rest = text[j + 1 : limit if end == -1 else min(end, limit)]
    return any(c in rest for c in closers)


def _find_close(text: str, i: int) -> tuple[int, int] | None:
    """Where the quote opened at ``i`` ends: (the closing mark, the end with it), or a paragraph's end twice when
    the paragraph leaves the quote open and the next one reopens it (the typographic convention for a quote or
    transcript running over paragraphs: each paragraph is its own quote, so each turn keeps its own speaker).
    A quote opened inside it (“... what he calls “hell” ...”, "... as “too loud.”") is closed before it."""
    opener = text[i]
    closers = CLOSERS[opener]
    nested: list[tuple[str, ...]] = []  # closers of the quotes opened inside this one, innermost last
    first: int | None = None  # the first closing mark at any depth: the pairing when the nesting does not balance
    j, n = i + 1, len(text)
    limit = min(n, i + (MAX_SINGLE_QUOTE_CHARS if opener == "'" else MAX_QUOTE_CHARS))
    stops = _STOPS_INSIDE[opener]
    while (stop := stops.search(text, j, limit)) is not None:
        j = stop.start()
        c = text[j]
        if c == "\n":
            if nested and first is not None:  # the nesting does not balance: the first closing mark, as if unnested
                return first, first + 1
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and opener != "'" and text[k] in REOPENERS.get(opener, (opener,)) and _can_open(text, k):
                return j, j
            return (first, first + 1) if first is not None else None
        if nested:
            if first is None and c in closers and _can_close(text, j, opener):
                first = j
            if c in nested[-1] and not text[j - 1].isspace():
                nested.pop()
            elif (inner := _nested_closers(text, j, opener)) is not None:
                nested.append(inner)
            j += 1
            continue
        if c in closers and _can_close(text, j, opener) and not _plural_possessive(text, j, limit, closers, opener):
            if (inner := _nested_closers(text, j, opener)) is not None:
                nested.append(inner)  # “... called it "a disgrace" ...”: a straight pair inside
                j += 1
                continue
            return j, j + 1
        if (inner := _nested_closers(text, j, opener)) is not None:
            nested.append(inner)
        j += 1
    return (first, first + 1) if first is not None else None


def _nested_closers(text: str, j: int, opener: str) -> tuple[str, ...] | None:
    """The marks that close a quote opened at ``j`` inside one opened by ``opener``; None when ``j`` opens none
    (a nested mark opens after a space or punctuation and before a letter or digit)."""
    closers = NESTED_OPENERS.get(opener, {}).get(text[j])
    return closers if closers is not None and text[j - 1] in OPEN_AFTER and text[j + 1 : j + 2].isalnum() else None


def _region(text: str, open_at: int, close_at: int, after: int) -> QuotedRegion | None:
    """The quote between the mark at ``open_at`` and ``close_at``, its marks ending at ``after`` (``close_at`` when
    the paragraph ends it, without a closing mark)."""
    start, end = open_at + 1, close_at
    outer_end = after + 1 if text[after : after + 1] == PAD else after
    while start < end and (text[start].isspace() or text[start] == PAD):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return QuotedRegion(start=start, end=end, outer_start=open_at, outer_end=outer_end, mark=text[open_at])
