"""The characters a regular expression's match can start with, as a character class to look ahead for.

Python's ``re`` skips ahead quickly only when a pattern starts with a literal or
a character class; the time rules start with a look-behind and optional words,
so every pattern is tried at every word start. Prefixing ``(?=[...])`` with the
characters a match can start with makes most of those tries fail at once. Same
matches: the class holds every character any match can start with (a
case-insensitive letter with its other cases and the few non-ASCII characters
that match it); anything this module cannot read gives no class and the
pattern runs as it is. Reads the pattern with ``re._parser`` (the parser
``re`` itself compiles with); if that is unavailable, no class either.
"""

from __future__ import annotations

try:
    from re import _constants as C
    from re import _parser as parser
except ImportError:  # another Python: the patterns simply run without the look-ahead
    C = parser = None

# Non-ASCII characters that a case-insensitive ASCII letter matches (found by trying every code point).
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


class _Unknown(Exception):
    """A construct this module does not read: no class is given."""


def start_class(pattern: str) -> str | None:
    """``[...]``: a class of every character a non-empty match of ``pattern`` can start with; None when unknown."""
    if parser is None:
        return None
    try:
        found, nullable = _sequence(parser.parse(pattern).data, 0)
    except _Unknown:
        return None
    if nullable or not found:
        return None
    return "[" + "".join(sorted(found)) + "]"


def _literal(code: int, ignore_case: bool) -> set[str]:
    char = chr(code)
    if ignore_case and char.isalpha():
        if not char.isascii():
            raise _Unknown
        return {_escape(c) for c in {char.lower(), char.upper(), *_OTHER_CASES.get(char.lower(), "")}}
    return {_escape(char)}


def _escape(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _sequence(items, flags: int) -> tuple[set[str], bool]:
    """(start characters, can it match the empty string) of a sequence of parsed items."""
    found: set[str] = set()
    for op, arg in items:
        start, nullable = _item(op, arg, flags)
        found |= start
        if not nullable:
            return found, False
    return found, True


def _item(op, arg, flags: int) -> tuple[set[str], bool]:
    ignore_case = bool(flags & C.SRE_FLAG_IGNORECASE)
    if op is C.LITERAL:
        return _literal(arg, ignore_case), False
    if op is C.IN:
        found: set[str] = set()
        for kind, value in arg:
            if kind is C.LITERAL:
                found |= _literal(value, ignore_case)
            elif kind is C.RANGE and value[1] - value[0] < 128:
                for code in range(value[0], value[1] + 1):
                    found |= _literal(code, ignore_case)
            elif kind is C.CATEGORY and str(value) in _CATEGORIES:
                found.add(_CATEGORIES[str(value)])
            else:
                raise _Unknown
        return found, False
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = arg
        return _sequence(sub.data, (flags | add_flags) & ~del_flags)
    if op is C.BRANCH:
        found, nullable = set(), False
        for alternative in arg[1]:
            start, empty = _sequence(alternative.data, flags)
            found, nullable = found | start, nullable or empty
        return found, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = arg
        start, empty = _sequence(sub.data, flags)
        return start, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: the next item decides
        return set(), True
    raise _Unknown
