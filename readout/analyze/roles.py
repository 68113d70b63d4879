"""Reading a person's role from the words around the name, the way the press writes it.

Two shapes cover most news prose: a title before the name ("Italian Foreign Minister
Jane Roe", "the company's CEO John Doe", "Secretary of the Security Council Jane Doe")
and an appositive after it ("Jane Doe, the presidential aide,"). Title words and their
sectors come from ``data/gazetteer/titles.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from readout.analyze.gazetteer import Gazetteer, Title

MAX_TITLE_WORDS = 4
MAX_ROLE_TOKENS = 10
POSSESSIVE = {"'s", "’s", "'", "’"}
PARENS = {"(", ")"}
DETERMINERS = {"the", "a", "an"}


@dataclass(frozen=True)
class TitleMatch:
    start: int  # token index of the first title word
    end: int  # token index after the last title word
    title: Title
    text: str  # the title in singular, as written ("Presidents" -> "President")
    plural: bool


def title_ending_at(doc: Doc, i: int, gaz: Gazetteer) -> TitleMatch | None:
    """The longest title whose last word is token ``i`` ("Foreign Minister", "Presidents")."""
    if i < 0 or i >= len(doc):
        return None
    if not may_end_title(doc[i].lower_, gaz):
        return None  # cheap exit: most words end no title
    for n in range(min(MAX_TITLE_WORDS, i + 1), 0, -1):
        tokens = doc[i - n + 1 : i + 1]
        if any(t.is_punct and t.text not in {"-"} for t in tokens):
            continue
        words = [t.lower_ for t in tokens]
        found = gaz.title(" ".join(words))
        if found is not None:
            return TitleMatch(i - n + 1, i + 1, found, tokens.text, False)
        last = words[-1]
        for singular in (last[:-1], last[:-2]) if last.endswith("s") else ():
            found = gaz.title(" ".join(words[:-1] + [singular]))
            if found is not None:
                written = tokens.text[: len(tokens.text) - (len(last) - len(singular))]
                return TitleMatch(i - n + 1, i + 1, found, written, True)
    return None


def may_end_title(lower: str, gaz: Gazetteer) -> bool:
    """Whether a word (lower case) can be the last of a title: a title word, or one in the plural."""
    return bool({lower, lower[:-1], lower[:-2]} & gaz.title_words)


def title_starting_at(doc: Doc, i: int, gaz: Gazetteer) -> TitleMatch | None:
    """The longest title whose first word is token ``i``."""
    for n in range(MAX_TITLE_WORDS, 0, -1):
        if i + n <= len(doc):
            match = title_ending_at(doc, i + n - 1, gaz)
            if match is not None and match.start == i:
                return match
    return None


@dataclass(frozen=True)
class Role:
    start_char: int
    end_char: int
    text: str
    title: Title
    plural: bool = False


def _acronym(token) -> bool:
    """ "US", "UN": capitals that are a stop word only in lower case ("us"), so no article to drop before a title."""
    return token.is_upper and len(token.text) > 1


def _may_extend(token, region_end: int, gaz: Gazetteer) -> bool:
    """Can ``token`` belong to the words before a title ("Velorian presidential", "Acme's")?"""
    if token.text in POSSESSIVE or token.text in PARENS:
        return True
    if token.lower_ in gaz.title_words and not token.is_stop:
        return True
    if token.text[:1].isupper() and (not token.is_stop or _acronym(token)) and not token.is_punct:
        return token.ent_type_ not in ("DATE", "TIME")  # "On Tuesday Defense Secretary X": the day is no part of the title
    return token.is_lower and token.dep_ in {"amod", "compound"} and token.head.i < region_end and token.pos_ in {"ADJ", "NOUN", "PROPN"}


def role_before(doc: Doc, name_start: int, name_end: int, gaz: Gazetteer) -> Role | None:
    """The title written right before a name, with its modifiers: "French President", "palace aide"."""
    head = title_ending_at(doc, name_start - 1, gaz)
    if head is None:
        return _role_of_phrase(doc, name_start, name_end, gaz)
    start = head.start
    while start > 0 and name_start - start < MAX_ROLE_TOKENS and not doc[start].is_sent_start:
        token = doc[start - 1]
        if not _may_extend(token, name_end, gaz):
            break
        start -= 1
    while start < head.start and (doc[start].text in PARENS or doc[start].text in POSSESSIVE):
        start += 1
    if doc[start].is_stop and doc[start].text[:1].isupper() and not _acronym(doc[start]) and start < head.start:
        start += 1
    text = doc[start : head.start].text + (" " if start < head.start else "") + head.text
    return Role(doc[start].idx, doc[head.end - 1].idx + len(doc[head.end - 1].text), text.strip(), head.title, head.plural)


def role_set_off_before(doc: Doc, name_start: int, name_end: int, gaz: Gazetteer) -> Role | None:
    """A sentence that opens with "The <title>," and then the name set off by commas: "The Velorian foreign minister, Ivo
    Zog, flew ..." (only at the sentence's start and with a comma after the name, so "asked about the minister, Zog said"
    gives Zog no title)."""
    if name_start < 3 or doc[name_start - 1].text != "," or name_end >= len(doc) or doc[name_end].text != ",":
        return None
    head = title_ending_at(doc, name_start - 2, gaz)
    if head is None or head.plural:
        return None
    start = head.start
    while start > 0 and not doc[start].is_sent_start and doc[start - 1].lower_ not in DETERMINERS and head.start - start < 4:
        token = doc[start - 1]
        if token.is_punct or not (token.dep_ in ("amod", "compound", "poss", "case") or token.text in POSSESSIVE):
            return None
        start -= 1
    if doc[start].is_sent_start or start == 0 or doc[start - 1].lower_ not in DETERMINERS or not doc[start - 1].is_sent_start:
        return None
    last = doc[head.end - 1]
    return Role(doc[start].idx, last.idx + len(last.text), doc[start : head.end].text, head.title, head.plural)


def _role_of_phrase(doc: Doc, name_start: int, name_end: int, gaz: Gazetteer) -> Role | None:
    """ "Secretary of the Security Council Jane Doe": a title, "of", then a proper name, then the person."""
    i = name_start - 1
    while i >= 0 and name_start - i < MAX_ROLE_TOKENS and (doc[i].text[:1].isupper() or doc[i].lower_ == "the"):
        if doc[i].lower_ == "the" and i > 0 and doc[i - 1].lower_ == "of":
            head = title_ending_at(doc, i - 2, gaz)
            if head is None:
                return None
            return Role(doc[head.start].idx, doc[name_start - 1].idx + len(doc[name_start - 1].text), doc[head.start : name_start].text, head.title, head.plural)
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and i < name_start - 1:
        head = title_ending_at(doc, i - 1, gaz)
        if head is not None:
            return Role(doc[head.start].idx, doc[name_start - 1].idx + len(doc[name_start - 1].text), doc[head.start : name_start].text, head.title, head.plural)
    return None


def role_after(doc: Doc, name_end: int, gaz: Gazetteer) -> Role | None:
    """An appositive after a name: "Jane Doe, the palace aide," or "Jane Doe, Veloria's foreign minister."."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    stop = name_end + 1
    while stop < len(doc) and stop - name_end <= MAX_ROLE_TOKENS and not (doc[stop].is_punct and doc[stop].text not in POSSESSIVE | PARENS | {"-"}):
        if doc[stop].pos_ in {"VERB", "AUX", "PRON"}:
            return None
        stop += 1
    if stop >= len(doc) or doc[stop].text not in {",", ".", ";"} or stop == name_end + 1:
        return None
    start = name_end + 1
    while start < stop and doc[start].lower_ in DETERMINERS:
        start += 1
    head = title_ending_at(doc, stop - 1, gaz)
    if head is None:
        for k in range(start, stop):
            if doc[k].lower_ == "of" and k > start:
                head = title_ending_at(doc, k - 1, gaz)
                break
    if head is None or start >= stop:
        return None
    span = doc[start:stop]
    return Role(span.start_char, span.end_char, span.text, head.title, head.plural)

