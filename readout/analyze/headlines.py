"""Title Case headlines, and the same lines written in sentence case for the parser.

In a headline every longer word is capitalized ("Senator Rips Plan To Cut Fares"), so the tagger takes the
verb for a proper noun and the parse holds no cue to read. Writing the line in sentence case ("Senator rips
plan to cut fares") gives the parse back its verb. Which words keep their capital is decided by the
document's own usage elsewhere: a word it writes capitalized in mid-sentence more often than in lower case, or
capitalized and never in lower case, is a name ("Ruiz", "Senate"); every other capitalized word is lower-cased. Only the letters' case changes, so a
character offset in the sentence-cased line is the same offset in the original one, and spans found there
map back exactly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MAX_WORDS = 20  # a headline is one short line
MIN_LONG_WORDS = 3  # words longer than three letters, all capitalized
LEADING = "\"'“‘(-–—«"
WORD = re.compile(r"[^\W\d_]+")
MID_SENTENCE_BEFORE = re.compile(r"[\w,;(]")  # a word after one of these is not a sentence's first


def line_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    ranges, start = [], 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        ranges.append((start, end))
        start = end + 1
    return ranges


def is_title_case(line: str) -> bool:
    """A short line whose longer words are all capitalized and that is not all in capitals."""
    words = line.split()
    if not words or len(words) > MAX_WORDS or not any(c.islower() for c in line):
        return False
    long_words = [w.lstrip(LEADING) for w in words]
    long_words = [w for w in long_words if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= MIN_LONG_WORDS and all(w[0].isupper() for w in long_words)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """The document's headline, its first line that is not blank, when it is in Title Case. (Title Case lines
    further down are mostly section labels with no verb: parsing them again would cost and find nothing.)"""
    first = next(((a, b) for a, b in line_ranges(text) if text[a:b].strip()), None)
    return [first] if first is not None and is_title_case(text[first[0] : first[1]]) else []


@dataclass(frozen=True)
class CaseUsage:
    """How the document writes the headline's words outside its headlines: in lower case, or capitalized in
    mid-sentence. Only the headline's own words are counted (one search of the text for them), which costs a
    fraction of counting every word of the document."""

    lower: Counter
    capitalized: Counter  # anywhere, a sentence's first word too
    mid_sentence: Counter

    @classmethod
    def of(cls, text: str, headlines: list[tuple[int, int]]) -> CaseUsage:
        lower: Counter = Counter()
        capitalized: Counter = Counter()
        mid_sentence: Counter = Counter()
        words = {w.lower() for a, b in headlines for w in WORD.findall(text[a:b]) if w[:1].isupper()}
        if not words:
            return cls(lower, capitalized, mid_sentence)
        pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, words))) + r")(?![^\W\d_])", re.IGNORECASE)
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in headlines):
                continue
            word = match.group()
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capitalized[word.lower()] += 1
                if _mid_sentence(text, match.start()):
                    mid_sentence[word.lower()] += 1
        return cls(lower, capitalized, mid_sentence)

    def is_name(self, word: str) -> bool:
        """Written capitalized in mid-sentence more often than in lower case, or capitalized and never in lower case."""
        key = word.lower()
        return self.mid_sentence[key] > self.lower[key] or (self.capitalized[key] > 0 and self.lower[key] == 0)


def _mid_sentence(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i] in " \t" + LEADING:
        i -= 1
    return i >= 0 and MID_SENTENCE_BEFORE.match(text[i]) is not None


def sentence_cased(line: str, usage: CaseUsage) -> str:
    """The line with its capitalized words lower-cased, but for its first word, 'I' and the document's names.
    Words whose lower case has another length (rare letters) keep their case, so offsets stay the same."""
    chars = list(line)
    first = True
    for match in WORD.finditer(line):
        word = match.group()
        if first:
            first = False
            continue
        if len(word) == 1:  # the article 'A' is lower-cased; 'I' and an initial ('U.S.', 'John F. Kerry') are not
            if word != "A" or line[match.end() : match.end() + 1] == ".":
                continue
        elif not (word[0].isupper() and word[1:].islower()) or usage.is_name(word):
            continue
        lowered = word.lower()
        if len(lowered) == len(word):
            chars[match.start() : match.end()] = lowered
    return "".join(chars)
