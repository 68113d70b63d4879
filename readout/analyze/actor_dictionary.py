"""A user's actor dictionary in PETRARCH's format: names the user codes themselves, found in the text.

PETRARCH users code events with their own actor dictionaries (their own
country, group and leader codes, fictional test countries). The events
component takes one by its ``actors_path`` setting (``READOUT_ACTOR_DICTIONARY``
for the command line): a name found there is a coded political actor, its code
used for the event's source or target, whatever the gazetteer or the tagger
make of it.

The format (PETRARCH 2's dictionary documentation): one entry per line,
``NAME_WORDS [CODE]``, words joined by underscores or blanks and matched whole
(PETRARCH does no stemming; a final underscore is a TABARI relic and dropped),
case ignored; ``+SYNONYM`` lines name the same actor; indented ``[CODE]``
lines under an entry are its code without a date, or with one
(``[CODE <DATE]``, ``[CODE >DATE]``, ``[CODE DATE-DATE]``, dates YYYYMMDD or
YYMMDD, limits included, the first that holds wins); comments are ``#`` to
the end of a line and ``<!-- ... -->``. A code made only of punctuation
(``[---]``) is PETRARCH's null code: the name is known and coded as nothing.
Of a code listing several actors (``[ELR/GAL]``) the first is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from readout.errors import UsageError

_CODE = re.compile(r"\[\s*([^\]\s]*)\s*([^\]]*)\]")
_DATE = r"(\d{6}|\d{8})"


@dataclass(frozen=True)
class DatedCode:
    """A code that holds from ``start`` to ``end`` (either open), both days included."""

    code: str | None
    start: dt.date | None
    end: dt.date | None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor: the code it has without a date (None: the null code) and its dated codes, in file order."""

    code: str | None
    dated: tuple[DatedCode, ...] = ()

    def code_on(self, day: dt.date | None) -> str | None:
        """The code on ``day``: the first dated code that holds, else the undated one (PETRARCH's order)."""
        if day is not None:
            for dated in self.dated:
                if dated.holds(day):
                    return dated.code
        return self.code


@dataclass(frozen=True)
class ActorDictionary:
    """Names (upper case, words joined by one blank) and the actors they name."""

    source: str
    names: dict[str, ActorEntry]

    def code(self, name: str, day: dt.date | None = None) -> str | None:
        entry = self.names.get(name_key(name))
        return entry.code_on(day) if entry is not None else None


@dataclass(frozen=True)
class DictionaryMatch:
    """A dictionary name found in a doc: tokens ``start`` to ``end`` (exclusive) and its code on the doc's date
    (None: the null code, a name the user knows and codes as nothing)."""

    start: int
    end: int
    code: str | None


def name_key(name: str) -> str:
    """``ARNOR_``, ``new_zealand``, ``New  Zealand`` -> ``ARNOR``, ``NEW ZEALAND``."""
    return " ".join(name.replace("_", " ").upper().split())


def load_actor_dictionary(path: str | Path) -> ActorDictionary:
    """Read a PETRARCH actor dictionary; ``UsageError`` naming the file when it cannot be read or names no actor."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read the actor dictionary: {exc.strerror or exc}", source=str(path),
                         hint="give the path of a PETRARCH-format actor dictionary") from None
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    blocks: list[tuple[list[str], str | None, list[DatedCode]]] = []  # names, undated code, dated codes
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        if line[:1].isspace() or line.lstrip().startswith("["):  # a code line under the entry above
            found = _CODE.search(line)
            if blocks and found:
                code, restriction = _code(found.group(1)), found.group(2).strip()
                names, undated, dated = blocks[-1]
                if restriction:
                    dated.append(_dated(code, restriction, path))
                else:
                    blocks[-1] = (names, code, dated)
            continue
        if line.startswith("+"):
            if blocks:
                blocks[-1][0].append(line[1:].split("[", 1)[0])
            continue
        name, _, rest = line.partition("[")
        found = _CODE.search("[" + rest) if rest else None
        blocks.append(([name], _code(found.group(1)) if found else None, []))
    names: dict[str, ActorEntry] = {}
    for words, code, dated in blocks:
        entry = ActorEntry(code, tuple(dated))
        for word in words:
            key = name_key(word)
            if key:
                names.setdefault(key, entry)  # the first entry of a name wins, as PETRARCH reads them
    if not names:
        raise UsageError("the actor dictionary names no actor (lines 'NAME [CODE]' expected)", source=str(path),
                         hint="give the path of a PETRARCH-format actor dictionary")
    return ActorDictionary(str(path), names)


def _code(raw: str) -> str | None:
    """``ISR`` -> ``ISR``, ``pse`` -> ``PSE``, ``ELR/GAL`` -> ``ELR``, ``---`` -> None (the null code)."""
    first = raw.split("/", 1)[0].strip().upper()
    return first if any(ch.isalnum() for ch in first) else None


def _dated(code: str | None, restriction: str, path: Path) -> DatedCode:
    compact = restriction.replace(" ", "")
    if (m := re.fullmatch("<" + _DATE, compact)) is not None:
        return DatedCode(code, None, _day(m.group(1), path))
    if (m := re.fullmatch(">" + _DATE, compact)) is not None:
        return DatedCode(code, _day(m.group(1), path), None)
    if (m := re.fullmatch(_DATE + "-" + _DATE, compact)) is not None:
        return DatedCode(code, _day(m.group(1), path), _day(m.group(2), path))
    raise UsageError(f"the date restriction [{code or '---'} {restriction}] is not <DATE, >DATE or DATE-DATE",
                     source=str(path), hint="dates are YYYYMMDD or YYMMDD")


def _day(text: str, path: Path) -> dt.date:
    """YYYYMMDD, or YYMMDD with 00-29 read as 20xx and 30-99 as 19xx."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise UsageError(f"{text} is not a date", source=str(path), hint="dates are YYYYMMDD or YYMMDD") from None


class ActorMatcher:
    """The dictionary's names as a spaCy phrase matcher over the lower-case words, built once per pipeline."""

    def __init__(self, dictionary: ActorDictionary, nlp: Language):
        self.dictionary = dictionary
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, ActorEntry] = {}
        for key, entry in dictionary.names.items():
            label = nlp.vocab.strings.add(key)
            self.entries[label] = entry
            self.matcher.add(key, [nlp.make_doc(key)])

    def matches(self, doc: Doc, day: dt.date | None) -> list[DictionaryMatch]:
        """The longest names found, not overlapping, with their codes on ``day`` (None: the null code)."""
        return [DictionaryMatch(span.start, span.end, self.entries[span.label].code_on(day))
                for span in filter_spans(self.matcher(doc, as_spans=True))]
