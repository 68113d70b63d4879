"""The time-expression rule layer: lexicons and patterns from data/time_rules.json, compiled once.

Patterns are regular expressions with placeholders such as ``{MONTH}`` or
``{YEAR}`` that expand to named groups built from the lexicons, in the spirit of
HeidelTime's resources. Finding is a pass of each pattern over the text; where
matches overlap the longest wins (then the earlier pattern in the file).

A pattern whose required placeholder (one outside any alternative and
quantifier, at the top level or in a plain group) cannot match anywhere in the
text cannot match either: such patterns are skipped after one cheap look for
the placeholder's words (most texts name no holiday, season or time of day).
Same matches, fewer passes.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from readout.analyze.word_trie import word_tree

DATA_FILE = Path(__file__).parent / "data" / "time_rules.json"

# A rule's anchor ("anchor" in the rule file): a pattern every match of the rule holds a match of in the text's lower
# case, found by the probes as a placeholder's words are (a required name "anchor:RULE"): a text without it skips the
# rule, and its places bound the rule's windows (see ``_finditer``). For rules whose placeholders are common words or
# digits ('times', 'a', a year) while what they need is rare ('3 p.m.', 'twice a week', '2015 to').
ANCHOR = "anchor:"

# Left and right edges of every match: not inside a word, a number or an amount.
_EDGE = r"\w$£€¥@#/.-"  # characters a match may not follow
_BEFORE = rf"(?<![{_EDGE}])"
_NOT_ASCII_EDGE = r"[^0-9A-Za-z_$#@/.\-]"  # any other character, and non-ASCII letters and signs (checked apart)
_EDGE_CHAR = re.compile(f"[{_EDGE}]")
_AFTER = r"(?![\w%]|[.,/]\d|-\d)"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern
    durations_only: bool = False
    vague_only: bool = False  # a TimeML vague word ('current', 'soon'), reported only when asked for
    requires: tuple[str, ...] = ()  # lower-case words one of which the text must contain (a cheap skip)
    defaults: tuple[tuple[str, str], ...] = ()  # groups a pattern implies ("the quarter": rel=last)
    required: tuple[str, ...] = ()  # placeholders every match contains (see required_placeholders)
    scan: re.Pattern | None = None  # the pattern after one character it may follow (see _finditer)
    width: int | None = None  # the most characters a match spans, None when unbounded (see _finditer)
    reach: int | None = None  # the most characters a look-ahead reads past its position, plus two (see _finditer)


@dataclass(frozen=True)
class RuleMatch:
    """One pattern match: where, which rule, and its named groups (lower-cased, None when absent)."""

    start: int
    end: int
    rule: str
    kind: str
    groups: dict[str, str | None]
    order: int


@dataclass(frozen=True)
class Lexicon:
    """The normalization tables of the rule file, with keys lower-cased."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, dict[str, Any]]
    parts_of_year: dict[str, dict[str, Any]]
    period_modifiers: dict[str, dict[str, Any]]
    number_words: dict[str, int]
    vague_numbers: tuple[str, ...]
    units: dict[str, dict[str, Any]]
    relative_words: dict[str, int]
    offset_words: dict[str, int]
    day_references: dict[str, int]
    times_of_day: dict[str, str]
    vague_references: dict[str, str]
    vague_words: dict[str, str]
    recurrences: dict[str, str]
    holidays: dict[str, dict[str, int | str]]
    names_with_time_words: tuple[str, ...]
    declaration_cues: tuple[str, ...]
    time_zones: tuple[str, ...]
    dated_events: dict[tuple[int, int], int]  # (month, day) -> the year of the event news names by them
    dated_event_nouns: frozenset[str]
    done_act_nouns: frozenset[str]  # a weekday right after one dates a done act ("the attack Sunday night")
    clock_habit_units: frozenset[str]  # "every day", "each Friday": what a clock time's habit recurs on
    routine_nouns: frozenset[str]  # "their days start at 5:15 a.m.": subjects whose clock time recurs
    opening_hours_words: frozenset[str]  # "shops open from Monday to Saturday": verbs and adjectives of opening hours
    regular_service_nouns: frozenset[str]  # "the ferry runs Monday to Friday": services that run on a timetable


def _table(raw: dict[str, Any]) -> dict[str, Any]:
    return {k.lower(): v for k, v in raw.items() if k != "about"}


def _alternation(words, case_insensitive: bool = True) -> str:
    """A regex alternation of words, longest first so 'Sept' wins over 'Sep' (written as a prefix tree: word_trie.py)."""
    body = word_tree(sorted(set(words), key=len, reverse=True), case_insensitive)
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A year read aloud, as broadcast transcripts write it: "nineteen ninety-six", "twenty oh-five",
# "two thousand and one" ("two thousand" alone only after "the year": it is more often a count).
SPELLED_YEAR = (
    rf"(?:[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty)[ -](?:oh[ -](?:{_UNITS})|{_TEENS}|(?:{TENS})(?:[ -](?:{_UNITS}))?)\b"
    rf"|[Tt]wo thousand(?: and| )? (?:{_TEENS}|{_UNITS})\b|(?<=(?i:the year) )[Tt]wo thousand\b"
)
SPELLED_YEAR_WORDS = ("seventeen", "eighteen", "nineteen", "twenty", "two thousand")  # one is in every spelled year
YEAR_DIGITS = r"(?:1[7-9]\d\d|20\d\d|21\d\d)(?!\d)"
DECADE_DIGITS = r"(?:1[7-9]\d0|20\d0|21\d0)['\u2019]?s|['\u2019]\d0s"  # a typographic apostrophe too: "the 1970’s", "the ’80s"
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
SPELLED_DECADE = r"(?<=(?i:the) )(?i:" + "|".join(DECADE_WORDS) + r")\b"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

# a day of the month as an ordinal word ("March eighth", "the twenty-third of February"), as transcripts write it
DAY_ORDINAL_WORDS = {
    **ORDINAL_WORDS,
    **{f"{tens}{joiner}{word}": base + n for tens, base in (("twenty", 20), ("thirty", 30)) for joiner in ("-", " ")
       for word, n in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9))
       if base + n <= 31},
    "thirtieth": 30,
}

LOWER_CASE_AMBIGUOUS = {"may", "march", "august"}  # words of their own in lower case
# ... but months where a day number or a year is written beside them ("born in august 1970", "on march 3", "3 may
# 2019"), or right after a word that introduces a month ("due in march", "until august", "last may"); the tagger's
# verb reading of the word, or a noun it modifies, drops the rest ("the 10 may join", "in march rallies":
# times._lower_case_verb_not_month)
MONTH_INTRODUCERS = ("in", "by", "until", "till", "since", "through", "from", "last", "next", "early", "late", "mid-", "as early as", "as late as", "as recently as")
_AFTER_INTRODUCER = "|".join(f"(?<=\\b{w}{'' if w.endswith('-') else ' '})" for word in MONTH_INTRODUCERS for w in (word, word.capitalize()))
# The lookahead first: the regex engine tries the lookbehinds (two an introducer) at every character otherwise (a fifth of
# the times stage's instructions); each alternative starts with the month word, so the matches are the same.
_AMBIGUOUS_LOWER_MONTH = (rf"(?=may|march|august)(?:(?<=\d )(?:may|march|august)(?![\w-])|(?:may|march|august)(?= \d)"
                          rf"|(?:{_AFTER_INTRODUCER})(?:may|march|august)(?![\w-]))")


def _capitalized(words) -> list[str]:
    """Month and weekday names capitalized ('may' the verb, 'march' the verb), or in lower case when written in full
    and no other word ('tuesday', 'november': careless or informal copy)."""
    lower = [w for w in words if (w.endswith("day") or len(w) > 4 or w in ("june", "july")) and w not in LOWER_CASE_AMBIGUOUS]
    return [w.capitalize() for w in words] + [w.upper() for w in words if len(w) > 3] + lower


def _with_ambiguous_lower(placeholder: tuple[str, str, tuple[str, ...]]) -> tuple[str, str, tuple[str, ...]]:
    """A month placeholder that also takes lower-case 'may', 'march', 'august' with a number beside them or after a
    word that introduces a month."""
    group, regex, words = placeholder
    return group, f"(?:{regex}|{_AMBIGUOUS_LOWER_MONTH})", words


def _words(group: str, words, suffix: str = "", case_insensitive: bool = True) -> tuple[str, str, tuple[str, ...]]:
    """A placeholder that is a list of words: (group name, regex, the words)."""
    return group, _alternation(words, case_insensitive) + suffix, tuple(words)


def _placeholders(lex: Lexicon) -> dict[str, tuple[str, str, tuple[str, ...] | None]]:
    """placeholder -> (group name, regex, its words when it is a list of words: what the probes look for)."""
    full_months = [m for m in lex.months if len(m) > 4 or m in ("may", "june", "july")]
    full_days = [d for d in lex.weekdays if d.endswith("day")]
    return {
        "YEAR": ("year", YEAR_DIGITS + "|" + SPELLED_YEAR, None),
        "SHORT_YEAR": ("year", r"\d\d(?!\d)", None),
        "MONTH": _with_ambiguous_lower(_words("month", _capitalized(lex.months), r"\b", case_insensitive=False)),
        "MONTH_FULL": _with_ambiguous_lower(_words("month", _capitalized(full_months), r"\b", case_insensitive=False)),
        "MONTH_ABBR": _words("month", _capitalized([m for m in lex.months if m not in full_months]), r"\b\.?", case_insensitive=False),
        "MONTH_NUM": ("month", r"(?:1[0-2]|0?[1-9])", None),
        "DAY": ("day", r"(?:[12]\d|3[01]|0?[1-9])(?!\d)", None),
        "DAY_NUM": ("day", r"(?:[12]\d|3[01]|0?[1-9])", None),
        "WEEKDAY": _words("weekday", _capitalized(lex.weekdays), r"\b\.?", case_insensitive=False),
        "WEEKDAY_FULL": _words("weekday", _capitalized(full_days), r"\b", case_insensitive=False),
        "SEASON": _words("season", lex.seasons, r"\b"),
        "PART": _words("part", lex.parts_of_year, r"\b(?![ -](?i:hour|century|decade|dozen))"),
        "MODIFIER": _words("modifier", lex.period_modifiers),
        "DECADE": ("decade", DECADE_DIGITS + "|" + SPELLED_DECADE, None),
        "REL": _words("rel", lex.relative_words, r"\b"),
        "REL_OR_THE": _words("rel", [*lex.relative_words, "the"], r"\b"),
        "UNIT": _words("unit", lex.units, r"\b"),
        # tens may take a unit ("twenty-four", "twenty four"); the other number words stand alone
        "NUM": ("num", rf"(?:\d{{1,3}}(?![\d,]\d)|(?i:{TENS})(?:[ -](?i:{_UNITS}))?\b|" + _alternation(w for w in lex.number_words if w not in TENS.split("|")) + r"\b)", None),
        "VAGUE_NUM": _words("num", lex.vague_numbers, r"\b"),
        "OFFSET": _words("offset", lex.offset_words, r"\b"),
        "PART_OF_DAY": _words("partofday", lex.times_of_day, r"\b"),
        "DAYREF": _words("dayref", lex.day_references, r"\b"),
        "VAGUE": _words("vague", lex.vague_references, r"\b"),
        "VAGUE_WORD": _words("vague", lex.vague_words, r"\b"),
        "RECUR": _words("recur", lex.recurrences, r"\b"),
        # the holidays read only when capitalized (the United States' Election Day, Super Tuesday) have a rule of their
        # own, which election news runs, so the rule of the other holidays is skipped there
        "HOLIDAY": _words("holiday", [h for h, rule in lex.holidays.items() if not rule.get("capitalized")], r"\b"),
        "HOLIDAY_CAPITALIZED": _words("holiday", [h for h, rule in lex.holidays.items() if rule.get("capitalized")], r"\b"),
        "DECLARE": _words("declare", lex.declaration_cues, r"\b"),
        "HOUR": ("hour", r"(?:1[0-2]|0?[1-9])", None),
        "MINUTE": ("minute", r"[0-5]\d", None),
        "NOON": ("noon", r"(?i:noon|midday|midnight)\b", None),
        "ORDINAL": ("ordinal", r"(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)\b|" + _alternation(ORDINAL_WORDS) + r"\b", None),
        "AMPM": ("ampm", r"(?i:a\.m\.|p\.m\.|am\b|pm\b)", None),
        "TZ": _words("tz", lex.time_zones, r"\b", case_insensitive=False),
    }


def _expand_macros(template: str, macros: dict[str, str]) -> str:
    for _ in range(3):
        template = re.sub(r"\{(DATE_\w+)\}", lambda m: macros[m.group(1)], template)
    return template


_PLAIN_GROUP = re.compile(r"\((?:\?:|\?P<\w+>|(?!\?))")  # a group that only groups or captures: no look-around, no flags


def required_placeholders(template: str) -> tuple[str, ...]:
    """Placeholders of a macro-expanded template that every match of the pattern contains a match of: those outside
    any alternative and not made optional by a quantifier, at the top level or inside plain groups ('(?:...)',
    '(?P<name>...)') that are themselves required; a look-around or a group with inline flags is not looked into."""
    found: list[str] = []
    _required_in(template, 0, len(template), found)
    return tuple(dict.fromkeys(found))


def _required_in(template: str, i: int, stop: int, found: list[str]) -> None:
    """Add the required placeholders of ``template[i:stop]`` (the template, or a group's body) to ``found``: none
    when it has an alternative of its own."""
    own: list[str] = []
    while i < stop:
        char = template[i]
        if char == "\\":
            i += 2
        elif char == "[":  # a character class: skip to its closing bracket
            i = _class_end(template, i)
        elif char == "|":
            return
        elif char == "(":
            end = _group_end(template, i)
            plain = _PLAIN_GROUP.match(template, i)
            if plain is not None and template[end : end + 1] not in ("?", "*", "{"):
                _required_in(template, plain.end(), end - 1, own)
            i = end
        elif char == "{":
            end = template.index("}", i)
            name = template[i + 1 : end]
            if re.fullmatch(r"[A-Z_]+", name) and template[end + 1 : end + 2] not in ("?", "*", "{"):
                own.append(name)  # not '{1,3}', a count
            i = end + 1
        else:
            i += 1
    found.extend(own)


def _class_end(template: str, i: int) -> int:
    """Just past the character class that opens at ``i``."""
    return template.index("]", i + 2 if template[i + 1] == "^" else i + 1) + 1


def _group_end(template: str, i: int) -> int:
    """Just past the ')' that closes the group opening at ``i``."""
    depth = 0
    while True:
        char = template[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(template, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def _expand(template: str, macros: dict[str, str], holders: dict[str, tuple[str, str, tuple[str, ...] | None]]) -> str:
    """Replace macros, then placeholders by named groups numbered by occurrence (month, month2...)."""
    template = _expand_macros(template, macros)
    seen: dict[str, int] = {}

    def group(m: re.Match) -> str:
        name, regex, _ = holders[m.group(1)]
        seen[name] = seen.get(name, 0) + 1
        label = name if seen[name] == 1 else f"{name}{seen[name]}"
        return f"(?P<{label}>{regex})"

    return re.sub(r"\{([A-Z_]+)\}", group, template)


# Characters that a case-insensitive pattern letter matches but whose lower case is not that letter
# (found by trying every code point against (?i:[a-z])); the probe text maps them to the letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED_CHARS = "\u0130\u0131\u017f\u212a"  # the keys of _FOLD: a text without them needs no translate (a slow call)


# Placeholders whose own patterns are slow to search a text for (a look-behind tried at every character): first
# their digit forms, the first alternative of the pattern; else, only if the folded text holds one of the words
# every other alternative contains, the whole pattern (see ``_Presence.__missing__``). Same answer, most texts
# answered by the digits alone or by the absence of the words. Their places (``_Presence.places``) are read the
# same way: the digit forms' matches, and the other alternatives' only where those words are.
# placeholder -> (its digit forms, its other alternatives, the words one of which each other alternative contains)
_GATED = {"YEAR": (YEAR_DIGITS, SPELLED_YEAR, SPELLED_YEAR_WORDS), "DECADE": (DECADE_DIGITS, SPELLED_DECADE, tuple(DECADE_WORDS))}


@dataclass(frozen=True)
class RuleSet:
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    about: str
    probes: dict[str, tuple[re.Pattern, bool]]  # placeholder -> (regex, searched in the lower-cased text?)
    gates: dict[str, tuple[re.Pattern, re.Pattern, tuple[str, ...]]] = field(default_factory=dict)  # see _GATED

    def present(self, text: str) -> dict[str, bool]:
        """placeholder -> whether it can match somewhere in text (a necessary condition, never a false 'no');
        each is looked for when first asked (a rule skipped for another reason never asks)."""
        return _Presence(self.probes, text, self.gates)


class _Presence(dict):
    """The lazy mapping ``RuleSet.present`` returns: one search per placeholder asked for, remembered."""

    def __init__(self, probes: dict[str, tuple[re.Pattern, bool]], text: str, gates: dict[str, tuple[re.Pattern, re.Pattern, tuple[str, ...]]] | None = None):
        super().__init__()
        self.probes, self.text, self.folded, self.gates = probes, text, None, gates or {}
        self.found_places: dict[str, tuple[list[int], list[int]] | None] = {}

    def _searched(self, lowered: bool) -> str:
        """The text a probe reads: as written, or folded to lower case (folded once per text)."""
        if lowered and self.folded is None:
            text = self.text
            if any(char in text for char in _FOLDED_CHARS):
                text = text.translate(_FOLD)
            self.folded = text.lower()
        return self.folded if lowered else self.text

    def __missing__(self, name: str) -> bool:
        probe, lowered = self.probes[name]
        gate = self.gates.get(name)
        if gate is not None and gate[0].search(self.text) is not None:
            found = True  # a match of the pattern's first alternative
        elif gate is not None and not self._has_words(gate):
            found = False  # neither the first alternative nor any other can match
        else:
            found = probe.search(self._searched(lowered)) is not None
        self[name] = found
        return found

    def _has_words(self, gate: tuple[re.Pattern, re.Pattern, tuple[str, ...]]) -> bool:
        """Whether the folded text holds one of the words every other alternative of a gated placeholder contains."""
        return any(word in self._searched(True) for word in gate[2])

    def places(self, name: str) -> tuple[list[int], list[int]] | None:
        """(starts, ends) of the placeholder's probe matches as ``finditer`` finds them, read once per text;
        None when they cannot bound a rule's matches (a probe matching the empty string, a text whose lower
        case has another length). A gated placeholder's places are its digit forms' matches and, where their
        words are, its other alternatives' (each its own ``finditer``): an occurrence of the placeholder is a
        match of one of the two, so it lies inside one of that one's matches, as ``_finditer`` needs; the two
        never overlap (digits and letters)."""
        if name in self.found_places:
            return self.found_places[name]
        probe, lowered = self.probes[name]
        searched = self._searched(lowered)
        gate = self.gates.get(name)
        if gate is not None and not lowered:
            spans = [m.span() for m in gate[0].finditer(searched)]
            if self._has_words(gate):
                spans = sorted(spans + [m.span() for m in gate[1].finditer(searched)])
        else:
            spans = [m.span() for m in probe.finditer(searched)]
        places = None
        if len(searched) == len(self.text) and all(start < end for start, end in spans):
            places = ([start for start, _ in spans], [end for _, end in spans])
        self.found_places[name] = places
        return places


@lru_cache(maxsize=4)
def grammar_words(path: str | None = None) -> dict[str, frozenset[str]]:
    """The grammatical word sets the direction rules read (a rule file's 'grammar_words', the shipped file's by
    default), by name."""
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))["grammar_words"]
    return {name: frozenset(w.lower() for w in entry["words"]) for name, entry in raw.items() if name != "about"}


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> RuleSet:
    """Read and compile the rule file (cached: it is loaded data, never mutated)."""
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    lex = Lexicon(
        months=_table(raw["months"]),
        weekdays=_table(raw["weekdays"]),
        seasons=_table(raw["seasons"]),
        parts_of_year=_table(raw["parts_of_year"]),
        period_modifiers=_table(raw["period_modifiers"]),
        number_words=_table(raw["number_words"]),
        vague_numbers=tuple(w.lower() for w in raw["vague_numbers"]),
        units=_table(raw["units"]),
        relative_words=_table(raw["relative_words"]),
        offset_words=_table(raw["offset_words"]),
        day_references=_table(raw["day_references"]),
        times_of_day=_table(raw["times_of_day"]),
        vague_references=_table(raw["vague_references"]),
        vague_words=_table(raw["vague_words"]),
        recurrences=_table(raw["recurrences"]),
        holidays=_table(raw["holidays"]),
        names_with_time_words=tuple(raw["names_with_time_words"]["names"]),
        declaration_cues=tuple(w.lower() for w in raw["declaration_cues"]),
        time_zones=tuple(raw["time_zones"]),
        dated_events={(e["month"], e["day"]): e["year"] for e in raw["dated_events"]["events"]},
        dated_event_nouns=frozenset(w.lower() for w in raw["dated_events"]["nouns"]),
        done_act_nouns=frozenset(w.lower() for w in raw["done_act_nouns"]["words"]),
        clock_habit_units=frozenset(w.lower() for w in raw["clock_habit_units"]["words"]),
        routine_nouns=frozenset(w.lower() for w in raw["routine_nouns"]["words"]),
        opening_hours_words=frozenset(w.lower() for w in raw["opening_hours_words"]["words"]),
        regular_service_nouns=frozenset(w.lower() for w in raw["regular_service_nouns"]["words"]),
    )
    holders = _placeholders(lex)
    macros = _table(raw["macros"])
    macros = {k.upper(): v for k, v in macros.items()}
    bodies = ["(?:" + _expand(p["pattern"], macros, holders) + ")" + _AFTER for p in raw["patterns"]]
    rules = tuple(
        Rule(
            name=p["name"],
            kind=p["kind"],
            regex=re.compile(_BEFORE + body),
            scan=re.compile(_NOT_ASCII_EDGE + body),
            durations_only=bool(p.get("durations_only")),
            vague_only=bool(p.get("vague_only")),
            requires=tuple(p.get("requires", ())),
            defaults=tuple(p.get("groups", {}).items()),
            required=((ANCHOR + p["name"],) if "anchor" in p else ()) + required_placeholders(_expand_macros(p["pattern"], macros)),  # the anchor looked for first
            width=width,
            reach=reach,
        )
        for p, body, (width, reach) in zip(raw["patterns"], bodies, [_bounds(_BEFORE + body) for body in bodies])
    )
    probes = {}
    for name in sorted({name for rule in rules for name in rule.required if not name.startswith(ANCHOR)}):
        _, regex, words = holders[name]
        probes[name] = (re.compile(_alternation([w.lower() for w in words], False)), True) if words else (re.compile(regex), False)
    probes.update({ANCHOR + p["name"]: (re.compile(p["anchor"]), True) for p in raw["patterns"] if "anchor" in p})
    gates = {name: (re.compile(digits), re.compile(others), words) for name, (digits, others, words) in _GATED.items() if name in probes}
    return RuleSet(lexicon=lex, rules=rules, about=raw["about"], probes=probes, gates=gates)


def _bounds(pattern: str) -> tuple[int | None, int | None]:
    """(width, reach) of a pattern: the most characters a match spans (look-arounds span none), and the most
    characters a look-ahead reads from where it is tried, plus two (a word boundary reads the character
    after it, an end anchor the one after that); None when unbounded or unknown.

    Read from the parse tree of ``re``'s own compiler (``re._parser``, the module ``sre_parse`` was); where
    that is not available, or the pattern refers back to a group, no bound is known and the rule is scanned
    over the whole text."""
    try:
        from re import _parser
    except ImportError:
        return None, None
    tree = _parser.parse(pattern)
    unbounded = _parser.MAXREPEAT - 1
    reach = 2  # a word boundary or an end anchor, tried anywhere
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, _parser.SubPattern):
            for op, av in node.data:
                if op in (_parser.GROUPREF, _parser.GROUPREF_EXISTS):
                    return None, None
                if op in (_parser.ASSERT, _parser.ASSERT_NOT) and av[0] == 1:
                    ahead = av[1].getwidth()[1]
                    if ahead >= unbounded:
                        return None, None
                    reach = max(reach, ahead + 2)
                pending.append(av)
        elif isinstance(node, (list, tuple)):
            pending.extend(node)
    width = tree.getwidth()[1]
    return (width, reach) if width < unbounded else (None, None)


def _finditer(rule: Rule, text: str, places: tuple[list[int], list[int]] | None = None):
    """(start, match) for every match of ``rule.regex`` in text, as ``finditer`` finds them, only faster.

    A match starts at the text's start or right after a character outside ``_EDGE``. ``rule.scan`` is the
    pattern after one character that is not an ASCII edge character, so ``re`` finds candidates with its
    fast scan over a character set instead of trying the look-behind at every position of the text; the
    rare candidate after a non-ASCII letter or currency sign is dropped here. A scan match is the rule's
    match (the pattern's own look-behinds still see the text before it) one character later; searching on
    from the previous match's last character finds the next match where ``finditer`` would. An empty match
    (no rule has one today) hands the rest over to ``finditer``.

    ``places``: the (starts, ends) of a required word placeholder's probe matches (``_Presence.places``), for a
    rule with a known ``width`` and ``reach``. A match holds an occurrence of the placeholder at most ``width``
    characters from its start, and an occurrence lies inside a probe match (``finditer`` goes on from a
    match's end: an occurrence it passes is inside the match before). So a scan match that starts before
    probe match k ends, and after the probe matches before k, starts at most ``width`` characters before k
    and ends at most ``width`` after it, and what it reads past its end (look-aheads, ``\b``) lies within
    ``reach``: the scan is run on that window alone (``endpos``), and the window's answer is the whole
    text's. The windows go from probe match to probe match; the text between them is never scanned.
    Same matches (compared with the whole-text scan on 1,035 PolNeAR and seed articles when written, and in
    the tests), far fewer characters scanned."""
    end = 0
    first = rule.regex.match(text)
    if first is not None:
        if first.end() == 0:
            yield from ((m.start(), m) for m in rule.regex.finditer(text))
            return
        yield 0, first
        end = first.end()
    pos = max(end - 1, 0)
    k = 0
    while True:
        if places is None:
            m = rule.scan.search(text, pos)
            if m is None:
                return
        else:
            starts, ends = places
            k = bisect_right(ends, pos, k)  # the first probe match that ends after pos
            if k == len(ends):
                return
            pos = max(pos, starts[k] - rule.width)
            m = rule.scan.search(text, pos, ends[k] + rule.width + rule.reach)
            if m is None or m.start() >= ends[k]:  # no match starts in this window
                pos = ends[k]
                continue
        before = m.start()
        if text[before] > "\x7f" and _EDGE_CHAR.match(text, before):
            pos = before + 1
            continue
        if m.end() == before + 1:
            yield from ((m.start(), m) for m in rule.regex.finditer(text, end))
            return
        yield before + 1, m
        end = m.end()
        pos = end - 1


def _windows(rule: Rule, rules: RuleSet, present: _Presence, size: int) -> tuple[list[int], list[int]] | None:
    """The probe matches of the rule's rarest required word or gated placeholder (a year, a decade), when windows
    around them cover less than half the text (see ``_finditer``); None: the whole text is scanned. Word
    placeholders: their probes cost a fifth of a rule's scan, where another digit's probe costs about what its
    windows save; a year's places, read once per text by its digits, bound the scans of the dozen year rules."""
    if rule.width is None or rule.reach is None:
        return None
    known = [p for p in (present.places(name) for name in rule.required if rules.probes[name][1] or name in rules.gates) if p is not None]
    if not known:
        return None
    places = min(known, key=lambda p: len(p[0]))
    return places if len(places[0]) * (2 * rule.width + rule.reach) < size // 2 else None


def find_matches(text: str, rules: RuleSet, durations: bool = False, vague_words: bool = False) -> list[RuleMatch]:
    """Non-overlapping rule matches in text order: longest first, then earlier rule."""
    found: list[RuleMatch] = []
    lowered: str | None = None
    present = rules.present(text)
    for order, rule in enumerate(rules.rules):
        if (rule.durations_only and not durations) or (rule.vague_only and not vague_words):
            continue
        if rule.requires:
            lowered = lowered if lowered is not None else text.lower()
            if not any(word in lowered for word in rule.requires):
                continue
        if not all(present[name] for name in rule.required):
            continue
        for at, m in _finditer(rule, text, _windows(rule, rules, present, len(text))):
            groups = {k: (v.lower() if v is not None else None) for k, v in m.groupdict().items()}
            for key, value in rule.defaults:
                groups[key] = groups.get(key) or value
            start, end = m.span("core") if m.groupdict().get("core") else (at, m.end())
            found.append(RuleMatch(start=start, end=end, rule=rule.name, kind=rule.kind, groups=groups, order=order))
    found.sort(key=lambda r: (-(r.end - r.start), r.order, r.start))
    covered = bytearray(len(text))
    taken: list[RuleMatch] = []
    for cand in found:
        if not any(covered[cand.start : cand.end]):
            covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            taken.append(cand)
    return sorted(taken, key=lambda r: r.start)
