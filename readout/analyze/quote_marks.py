"""Text between quote marks, in the quote styles of English-language news.

Handles “ ” and " " (also mixed, as badly converted text mixes them), ‘ ’
and ' ' (telling a closing mark from an apostrophe), '' '' and `` '' as
typewriter and TeX double quotes, « » and „ “, ” ” opening a paragraph, and the news
convention for a quote running over several paragraphs: the paragraph ends
without a closing mark and the next one opens with a new opening mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from readout.analyze.extensions import doc_text

CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
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
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in CLOSERS and _can_open(text, i):
            close = _find_close(text, i)
            if close is not None:
                region = _region(text, i, close)
                if region is not None:
                    regions.append(region)
                i = close + 1
                continue
        i += 1
    return regions


def _can_open(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and text[i] != "«":  # « may be followed by a (French-style) space
        return False
    if text[i] == "'" and not nxt.isalpha():  # '90s, 'n'
        return False
    if text[i] == "”":  # ”Fear. I am truly afraid ...” opening a line: the writer's or the converter's slip
        return (i == 0 or text[i - 1] == "\n") and nxt.isalpha()
    if text[i] in ('"', "‘", "'"):
        return i == 0 or text[i - 1] in OPEN_AFTER
    return True


def _can_close(text: str, j: int, opener: str) -> bool:
    if text[j - 1].isspace() and opener != "«":
        return False
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


def _find_close(text: str, i: int) -> int | None:
    opener = text[i]
    closers = CLOSERS[opener]
    j, n = i + 1, len(text)
    limit = min(n, i + (MAX_SINGLE_QUOTE_CHARS if opener == "'" else MAX_QUOTE_CHARS))
    while j < limit:
        c = text[j]
        if c == "\n":
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == opener and opener != "'":  # the quote goes on in the next paragraph
                j = k + 1
                continue
            return None
        if c in closers and _can_close(text, j, opener) and not _plural_possessive(text, j, limit, closers, opener):
            return j
        j += 1
    return None


def _region(text: str, open_at: int, close_at: int) -> QuotedRegion | None:
    start, end = open_at + 1, close_at
    outer_end = close_at + 2 if text[close_at + 1 : close_at + 2] == PAD else close_at + 1
    while start < end and (text[start].isspace() or text[start] == PAD):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return QuotedRegion(start=start, end=end, outer_start=open_at, outer_end=outer_end, mark=text[open_at])
