"""Cleaning page metadata: titles without the site suffix, authors as people's names, outlets without slogans.

The words (author prefixes per language, role words, words for "anonymous")
live in ``data/metadata.json`` with their origin; this module only applies them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    "september|october|november|december"
)
_DATE_PART = re.compile(
    rf"^(?:\w+,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\s+\d{1,2}:\d{2}.*)?$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR_FIRST = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[a-z]{1,3})$")  # a word of a name, or a short particle (de, van, al)
_ADDRESS = re.compile(r",\s*[^,]*\d.*$")  # ", 14 Harbour Road, ..." after a name


@dataclass(frozen=True)
class MetadataWords:
    title_separators: tuple[str, ...]
    author_prefixes: tuple[str, ...]  # longest first
    stop_after: tuple[str, ...]
    joiners: re.Pattern[str]
    anonymous: frozenset[str]
    roles: tuple[str, ...]
    place_words: tuple[str, ...]
    articles: frozenset[str]
    byline_words: frozenset[str]  # lower-case words a byline may hold besides names: prefixes, joiners, roles, places
    outlet_separators: tuple[str, ...]


@lru_cache(maxsize=1)
def words() -> MetadataWords:
    raw = json.loads(resources.files("readout.ingest").joinpath("data/metadata.json").read_text(encoding="utf-8"))
    prefixes = {w.casefold() for group in raw["author_prefixes"]["words"].values() for w in group}
    joiner_words = [re.escape(w) for w in raw["author_joiners"]["words"]]
    joiner_marks = [re.escape(m) for m in raw["author_joiners"]["marks"]]
    joiners = re.compile(rf"\s+(?:{'|'.join(joiner_words)})\s+|\s*(?:{'|'.join(joiner_marks)})\s*", re.IGNORECASE)
    people = raw["not_a_person"]
    return MetadataWords(
        title_separators=tuple(raw["title_separators"]["separators"]),
        author_prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        stop_after=tuple(w.casefold() for w in raw["author_stop_after"]["words"]),
        joiners=joiners,
        anonymous=frozenset(w.casefold() for w in people["anonymous"]),
        roles=tuple(sorted((w.casefold() for w in people["roles"]), key=len, reverse=True)),
        place_words=tuple(people["place_words"]),
        articles=frozenset(people["articles"]),
        byline_words=frozenset(
            token for phrase in [*prefixes, *raw["author_joiners"]["words"], *raw["author_stop_after"]["words"],
                                 *people["roles"], *people["anonymous"], *people["place_words"]]
            for token in phrase.casefold().split()),
        outlet_separators=tuple(raw["outlet_slogans"]["separators"]),
    )


def _key(value: str) -> str:
    """Comparison key: case-folded letters and digits only ("The Daily-Example" == "thedailyexample")."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def is_domain(value: str) -> bool:
    return bool(_DOMAIN.match(value.strip()))


def clean_title(title: str | None, headlines: list[str | None], outlets: list[str | None]) -> str | None:
    """The headline without "| Site" or "- Site - date" suffixes.

    A stated headline (JSON-LD ``headline``, ``og:title``, the ``h1``) that the
    title starts with is the headline itself; otherwise trailing parts that
    name the outlet or are a date are cut.
    """
    if not title:
        return next((h for h in headlines if h), None)
    title = " ".join(title.split())
    for headline in headlines:
        if headline and len(headline) >= 10 and title != headline and headline in title:
            return headline  # "Headline | Site", "Section | Headline", "Press release: Headline | Site"
    keys = outlet_keys(outlets)
    parts = _split_keep(title, words().title_separators)
    cut_outlet = False
    while len(parts) > 1:
        last = parts[-1].strip().lstrip("|-–—:·•/ ")
        if _DATE_PART.match(last) or _title_names_outlet(last, keys):
            parts.pop()
            cut_outlet = True
            continue
        if cut_outlet and parts[-1].lstrip().startswith("|") and _section_name(last):  # "Headline | World News | Site"
            parts.pop()
            continue
        break
    if len(parts) > 1 and _title_names_outlet(parts[0], keys, whole=True):  # "Site | Headline", not "Site reporter held - ..."
        parts = [parts[1].lstrip("|-–—:·•/ ")] + parts[2:]
    return "".join(parts).strip() or None


def _title_names_outlet(part: str, keys: set[str], whole: bool = False) -> bool:
    """A title part that names the outlet: the same letters, one inside the other, or sharing most of the shorter
    one ("Harbour Herald Online" for "The Harbour Herald"). With ``whole`` the part must be little more than the
    name (a headline that mentions the outlet is not its name)."""
    key = _key(part)
    if not key:
        return False
    for outlet in keys:
        if key == outlet or (not whole and len(key) > 3 and (key in outlet or outlet in key)):
            return True
        shared = SequenceMatcher(None, key, outlet, autojunk=False).find_longest_match(0, len(key), 0, len(outlet)).size
        if shared >= 8 and shared >= 0.75 * (max if whole else min)(len(key), len(outlet)):
            return True
    return False


def _section_name(part: str) -> bool:
    """One to three capitalized words ("News", "World Politics"): a site section, not a piece of the headline."""
    tokens = part.split()
    return 1 <= len(tokens) <= 3 and all(t[:1].isupper() and t.isalpha() for t in tokens)


def _split_keep(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split at separators; each part after the first keeps its separator, so joining restores the text."""
    pattern = "|".join(re.escape(s) for s in separators)
    pieces = re.split(f"({pattern})", text)
    parts = [pieces[0]]
    for index in range(1, len(pieces), 2):
        parts.append(pieces[index] + pieces[index + 1])
    return [parts[0]] + [p for p in parts[1:]]


def outlet_keys(outlets: list[str | None]) -> set[str]:
    """Comparison keys of the outlet names, and of each domain's name ("harbourherald" for www.harbourherald.com)."""
    keys = {_key(o) for o in outlets if o and not is_domain(o)}
    keys |= {domain_stem(o) for o in outlets if o and is_domain(o)}
    return keys - {""}


def domain_stem(domain: str) -> str:
    """The name part of a domain: "news.harbour-herald.co.uk" -> "harbourherald" (the longest label but the suffix)."""
    labels = domain.casefold().removeprefix("https://").removeprefix("http://").strip("/").split(".")
    labels = [label for label in labels[:-1] if label not in ("www", "m", "amp", "news", "co", "com", "org", "gov", "ac", "net")]
    return _key(max(labels, key=len)) if labels else ""


def names_outlet(value: str, keys: set[str]) -> bool:
    """Whether ``value`` names one of the outlets: the same key, or one contains the other (long keys only)."""
    key = _key(value)
    return bool(key) and any(key == o or (min(len(key), len(o)) > 5 and (o in key or key in o)) for o in keys)


def outlet_from_parts(texts: list[str | None], keys: set[str]) -> str | None:
    """The outlet's own spelling of its name, found as a part of a byline or a title ("By A, The Harbour Herald",
    "Headline - Harbour Herald") whose key matches the page's domain or stated outlet."""
    w = words()
    for text in texts:
        if not text:
            continue
        for part in _split_parts(" ".join(text.split()), w):
            part = _strip_prefix(part.strip(" .:;,|-–—"), w)
            if part and part != part.casefold() and not is_domain(part) and names_outlet(part, keys):
                return part
    return None


def _split_parts(text: str, w: MetadataWords) -> list[str]:
    pattern = "|".join(re.escape(s.strip()) for s in (*w.title_separators, *w.outlet_separators, ",", ";") if s.strip())
    return [p for p in re.split(f"(?:{pattern})", text) if p.strip()]


def clean_authors(values: list[str], outlets: list[str | None] = ()) -> list[str]:
    """People's names from bylines: prefixes, roles, places, outlets and "anonymous" removed; order kept, once each."""
    keys = outlet_keys(list(outlets))
    names: list[str] = []
    for value in values:
        for name in _names_in(value, keys):
            if _key(name) not in {_key(n) for n in names}:
                names.append(name)
    return names


def stated_author(value: str | None, outlets: list[str | None] = ()) -> str | None:
    """An author a file header or a JSONL line states: cleaned like a byline ("By A and B" -> "A, B"); a name the
    byline rules cannot read (one word, initials) is kept as written, an "anonymous" or a role word is dropped."""
    if not value or not value.strip():
        return None
    names = clean_authors([value], outlets)
    if names:
        return ", ".join(names)
    w = words()
    bare = _strip_prefix(" ".join(value.split()).strip(" .:;,|-–—"), w)
    folded = bare.casefold()
    if not bare or folded in w.roles or any(t in w.anonymous for t in folded.split()) or names_outlet(bare, outlet_keys(list(outlets))):
        return None
    return bare


def starts_with_prefix(line: str) -> bool:
    """Whether a line opens with a word meaning "by" or "author" in one of the listed languages ("Por Ana Ruiz")."""
    lowered = line.casefold()
    return any(lowered.startswith(p) and lowered[len(p):len(p) + 1] in (" ", ":", "\u00a0") for p in words().author_prefixes)


def is_byline(line: str, max_words: int = 12) -> bool:
    """A short line that is only a byline ("By A, B and C", "Por A y B, corresponsal"): it opens with an author
    prefix and its lower-case words are all prefixes, joiners, roles, places or name particles, so a sentence
    that happens to start with "By" ("By Tuesday the talks had ended") is not one."""
    tokens = line.split()
    if not tokens or len(tokens) > max_words or not starts_with_prefix(line):
        return False
    w = words()
    for token in tokens:
        bare = token.strip(".,;:()|-–—").casefold()
        if bare and token[:1].islower() and bare not in w.byline_words and not (len(bare) <= 3 and bare.isalpha()):
            return False
    return True


def _names_in(value: str, outlet_keys: set[str]) -> list[str]:
    w = words()
    text = " ".join(value.replace("\u00a0", " ").split())
    lowered = text.casefold()
    for stop in w.stop_after:  # "Reporting by A; Editing by B": B did not write it
        at = lowered.find(stop)
        if at > 0:
            text, lowered = text[:at], lowered[:at]
    parts = [p for p in w.joiners.split(text) if p and p.strip()]
    names = []
    for part in parts:
        name = " ".join(t for t in part.split() if not t.startswith("@"))  # "Ana Ruiz @anaruiz": the handle goes
        name = _strip_prefix(name.strip(" .:;,-–—|()"), w)
        name = _unshout(_strip_place(name, w))
        if _is_person_name(name, w, outlet_keys):
            names.append(name)
    if not names:
        return []
    return names


def _strip_prefix(part: str, w: MetadataWords) -> str:
    changed = True
    while changed and part:
        changed = False
        lowered = part.casefold()
        for prefix in w.author_prefixes:
            if lowered.startswith(prefix) and len(part) > len(prefix):
                rest = part[len(prefix):]
                if rest[0] in " :\u00a0" or (rest[0] == "\u2009"):
                    rest = rest.lstrip(" :\u00a0\u2009")
                    # a prefix word is only a prefix when a capitalized name follows ("by Ana", not "Bydgoszcz")
                    if rest[:1].isupper() or prefix in ("author", "autor", "auteur", "автор"):
                        part, changed = rest, True
                        break
    return part.strip()


def _unshout(name: str) -> str:
    """ "ANA RUIZ" -> "Ana Ruiz": a byline set in capitals names the person as they write it."""
    return name.title() if _shouting(name) else name


def _strip_place(name: str, w: MetadataWords) -> str:
    tokens = name.split()
    for index, token in enumerate(tokens[2:], start=2):
        if token.casefold() in w.place_words and index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
            return " ".join(tokens[:index])
    return name


def _is_person_name(name: str, w: MetadataWords, outlet_keys: set[str]) -> bool:
    if not name or any(ch.isdigit() for ch in name) or "@" in name or "/" in name or "http" in name.casefold():
        return False
    folded = name.casefold()
    if folded in w.anonymous or folded in w.roles or any(folded.startswith(r + " ") or folded.endswith(" " + r) for r in w.roles):
        return False  # "Staff Writer", "Harbour Herald Correspondent"
    if any(token in w.anonymous for token in folded.split()) or folded.split()[0] in w.articles:
        return False  # "Anonymous Author", "The Associated Press"
    if names_outlet(name, outlet_keys) or is_domain(name):
        return False
    tokens = name.split()
    if not 2 <= len(tokens) <= 5:
        return False  # one word is a place, a desk or a first name left over; six are a sentence
    if not all(_NAME_WORD.match(t) for t in tokens) or not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
        return False
    return True


def clean_outlet(candidates: list[str | None]) -> str | None:
    """The outlet's own name: the first candidate that is not a bare domain or all capitals, cut at slogans and addresses.

    ``candidates`` come best first (og:site_name, JSON-LD publisher, website name, ...);
    a domain or an upper-cased name is used only when no candidate spells the name better.
    """
    cleaned = [c for c in (_cut_outlet(c) for c in candidates if c) if c]
    if not cleaned:
        return None
    for name in cleaned:
        if not is_domain(name) and not _shouting(name):
            return name
    first = cleaned[0]
    if _shouting(first):
        return next((c for c in cleaned if _key(c) == _key(first) and not _shouting(c)), first)
    return next((c for c in cleaned if not is_domain(c)), first.removeprefix("www."))


def _cut_outlet(value: str) -> str | None:
    value = " ".join(value.split())
    for separator in words().outlet_separators:
        if separator in value:
            head = value.split(separator, 1)[0].strip()
            if head:
                value = head
    value = _ADDRESS.sub("", value).strip(" ,")
    return value or None


def _shouting(value: str) -> bool:
    letters = [c for c in value if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def parse_page_date(value: str | None) -> dt.date | None:
    """The calendar date a page's markup states: ISO 8601 ("2026-05-11T09:30:00+02:00"), year first with slashes
    or dots ("2026/05/11"), an e-mail style stamp ("Mon, 11 May 2026 09:30:00 GMT") or an English date
    ("11 May 2026", "May 11, 2026"); else None. Day-first numbers ("11.05.2026") are ambiguous and not read."""
    if not value:
        return None
    value = " ".join(value.split())
    match = _ISO_DATE.search(value) or _YEAR_FIRST.search(value)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y"):
        try:
            return dt.datetime.strptime(value.replace(".", ""), pattern).date()
        except ValueError:
            continue
    return None
