"""Text rules for cleaned article text: page furniture out, repeated paragraphs once, bylines read.

The rules live in ``data/boilerplate.json`` (with their origin); this module
only applies them. They run on every input kind after extraction, so a pasted
plain-text page and an HTML page end up equally clean.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from readout.ingest.document import normalize_text
from readout.ingest.metadata import clean_authors, is_byline

_SENTENCE_START = r"(?:^|(?<=[.!?;:])\s+)"
_BYLINE_MAX_WORDS = 12  # a longer line opening with "By" or "Por" is a sentence, not a byline
_CONTACT_TAIL = 300  # characters: a contact sentence is short and ends its line


@dataclass(frozen=True)
class TextRules:
    trailing: tuple[re.Pattern[str], ...]
    switcher_names: frozenset[str]
    contact: tuple[re.Pattern[str], ...]
    contact_last_paragraphs: int
    contact_needles: tuple[str, ...]
    anywhere: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    byline_first_lines: int
    byline_last_lines: int
    signoff: re.Pattern[str]
    repeat_min_chars: int
    read_more: re.Pattern[str]
    read_more_max_words: int
    phone: re.Pattern[str]
    phone_words: re.Pattern[str]
    phone_max_words: int


@lru_cache(maxsize=1)
def load_rules() -> TextRules:
    raw = json.loads(resources.files("readout.ingest").joinpath("data/boilerplate.json").read_text(encoding="utf-8"))

    def whole_line(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rf"(?:{p})", re.IGNORECASE) for p in patterns)

    return TextRules(
        trailing=whole_line(raw["trailing_lines"]["patterns"]),
        switcher_names=frozenset(name.casefold() for name in raw["language_switcher_names"]["names"]),
        contact=tuple(
            re.compile(rf"{_SENTENCE_START}(?:{p})\s*$", re.IGNORECASE) for p in raw["contact_sentences"]["patterns"]
        ),
        contact_last_paragraphs=int(raw["contact_sentences"]["last_paragraphs"]),
        contact_needles=tuple(raw["contact_sentences"]["needles"]),
        anywhere=whole_line(raw["anywhere_lines"]["patterns"]),
        bylines=tuple(re.compile(p) for p in raw["bylines"]["patterns"]),
        byline_first_lines=int(raw["bylines"]["first_lines"]),
        byline_last_lines=int(raw["bylines"]["last_lines"]),
        signoff=re.compile(raw["bylines"]["signoff"], re.IGNORECASE),
        repeat_min_chars=int(raw["repeated_paragraphs"]["min_chars"]),
        read_more=_read_more_pattern(raw["read_more_lines"]["prefixes"]),
        read_more_max_words=int(raw["read_more_lines"]["max_words"]),
        phone=re.compile(raw["contact_lines"]["phone"]),
        phone_words=re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(w.casefold()) for w in raw['contact_lines']['words'])})(?!\w)"),
        phone_max_words=int(raw["contact_lines"]["max_words"]),
    )


def _read_more_pattern(prefixes: dict[str, list[str]]) -> re.Pattern[str]:
    phrases = sorted({p for group in prefixes.values() for p in group}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"^(?:{alternatives})\s*(?:[:：\-–—»›>|]|$)", re.IGNORECASE)


def clean_text(text: str, rules: TextRules | None = None) -> str:
    """Normalized text without boilerplate lines, contact lines or repeated paragraphs."""
    rules = rules or load_rules()
    lines = [line for line in normalize_text(text).split("\n") if line]
    lines = [line for line in lines if not _matches(rules.anywhere, line) and not _is_pointer(line, rules)
             and not _is_phone_line(line, rules)]
    lines = _drop_trailing(lines, rules)
    lines = _drop_repeats(lines, rules.repeat_min_chars)
    return "\n".join(lines)


def byline_author(text: str, rules: TextRules | None = None) -> str | None:
    """The authors a byline names ("By NAME", "Por A y B", "This article was written by NAME.", a closing
    "— Reporting by A and B; Editing by C" credit), else None; several authors are joined by ", "."""
    rules = rules or load_rules()
    lines = [line for line in text.split("\n") if line.strip()]
    for line in reversed(lines[-rules.byline_last_lines :]):
        credit = line.strip().strip("()—–- ")
        if rules.signoff.match(credit):
            names = clean_authors([credit])
            if names:
                return ", ".join(names)
    for line in lines[: rules.byline_first_lines] + lines[-rules.byline_last_lines :]:
        names = _byline_names(line.strip(), rules)
        if names:
            return ", ".join(names)
    return None


def _byline_names(line: str, rules: TextRules) -> list[str]:
    if is_byline(line, _BYLINE_MAX_WORDS):  # the whole line: "By A, B and C" names three people
        return clean_authors([line])
    for pattern in rules.bylines:  # "This article was written by NAME." inside a sentence
        match = pattern.search(line)
        if match:
            return clean_authors([match.group("name").strip().rstrip(".,;")])
    return []


def drop_bylines(text: str, rules: TextRules | None = None) -> str:
    """The text without byline lines among its first lines ("By A and B", "Von A und B"): they are the page's
    credit, read into ``author``, not part of the article."""
    rules = rules or load_rules()
    lines = text.split("\n")
    head = rules.byline_first_lines
    kept = [line for line in lines[:head] if not (is_byline(line.strip(), _BYLINE_MAX_WORDS) and clean_authors([line.strip()]))]
    return "\n".join(kept + lines[head:])


def _is_pointer(line: str, rules: TextRules) -> bool:
    """A short "Read more: OTHER STORY" line, in any of the listed languages."""
    return len(line.split()) <= rules.read_more_max_words and bool(rules.read_more.match(line))


def _is_phone_line(line: str, rules: TextRules) -> bool:
    """A short line giving a telephone number to call ("Media enquiries: +44 20 7946 0321")."""
    if sum(ch.isdigit() for ch in line) < 7 or len(line.split()) > rules.phone_max_words:
        return False
    if not rules.phone_words.search(line.casefold()):
        return False
    return any(sum(ch.isdigit() for ch in m.group()) >= 7 for m in rules.phone.finditer(line))


def _matches(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _is_switcher(line: str, names: frozenset[str]) -> bool:
    parts = [p for p in re.split(r"\s*[|/·•,]\s*|\s{2,}", line) if p]
    return bool(parts) and all(p.casefold() in names for p in parts)


def _drop_trailing(lines: list[str], rules: TextRules) -> list[str]:
    """Trim furniture from the end, then contact sentences from the last paragraphs, until stable."""
    changed = True
    while lines and changed:
        changed = False
        last = lines[-1]
        if _matches(rules.trailing, last) or _is_switcher(last, rules.switcher_names):
            lines.pop()
            changed = True
            continue
        first_checked = max(0, len(lines) - rules.contact_last_paragraphs)
        for index in range(len(lines) - 1, first_checked - 1, -1):
            lowered = lines[index].lower()
            if not any(needle in lowered for needle in rules.contact_needles):
                continue
            trimmed = _strip_contact(lines[index], rules.contact)
            if trimmed != lines[index]:
                changed = True
                if trimmed:
                    lines[index] = trimmed
                else:
                    del lines[index]
    return lines


def _strip_contact(line: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """Cut a contact sentence that ends the line; only the line's tail is searched, to stay linear."""
    for pattern in patterns:
        tail_start = max(0, len(line) - _CONTACT_TAIL)
        match = pattern.search(line, tail_start)
        if match:
            line = line[: match.start()].rstrip()
    return line


def _drop_repeats(lines: list[str], min_chars: int) -> list[str]:
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = " ".join(line.casefold().split())
        if len(key) >= min_chars:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return kept
