"""Within one document, short forms, titles and descriptions resolve to the full entity seen there.

"Halvorsen" and "Chancellor Halvorsen" resolve to the "Ingrid Halvorsen" the document names; "the
Norlandic leader" resolves to the person of that country whose role the document (or the
gazetteer) gives as a leader. Nothing resolves to a person the document never names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from readout.analyze.gazetteer import Gazetteer
from readout.analyze.roles import MAX_TITLE_WORDS, POSSESSIVE, Role, may_end_title, title_starting_at
from readout.analyze.token_table import token_table

# Title categories a description's category can refer to ("leader" -> any head of state or government).
HEAD_CATEGORIES = {"head", "president", "prime minister", "chancellor", "head_of_state", "head_of_government"}
# Titles that, with no country before them, are too common to resolve ("patted on the head").
NOT_BARE = {"head", "chief", "leader", "official", "diplomat", "chair", "speaker", "general", "justice", "executive", "director", "deputy", "secretary", "minister"}


@dataclass
class Found:
    """A mention while the document is being read: token and character offsets, and what it resolves to."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP
    entity_id: str | None = None
    via: str = "ner"
    name: str | None = None  # the name a new entity gets
    role: Role | None = None
    surface_kind: str | None = None  # gazetteer surface kind: name, capital, institution, demonym


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:  # cached: names recur within and across documents
    return tuple(_plain(part) for part in text.replace("-", " ").split() if part)


def resolve_short_forms(found: list[Found], names: dict[str, str]) -> None:
    """A one-word person mention takes the entity of the nearest full name containing that word.

    ``names`` maps person entity ids to their full names; the nearest preceding full-name
    mention wins, else the first following one (headlines name people before the text does).
    A one-word span NER took for an organisation or place ("Okafor" in "Okafor and Lind agreed")
    is a person when it is a word of a full name the document gives.
    """
    full = [f for f in found if f.label == "PERSON" and f.entity_id and len(name_tokens(names.get(f.entity_id, f.text))) >= 2]
    for mention in found:
        if mention.entity_id is not None:
            continue
        words = set(name_tokens(mention.name or mention.text))
        if not words or (mention.label != "PERSON" and (len(words) != 1 or mention.end - mention.start != 1)):
            continue
        candidates = [f for f in full if words < set(name_tokens(names[f.entity_id]))]
        before = [f for f in candidates if f.start < mention.start]
        chosen = before[-1] if before else (candidates[0] if candidates else None)
        if chosen is not None:
            mention.entity_id = chosen.entity_id
            mention.via = "short-form"
            mention.label = "PERSON"


def compatible(description_category: str, categories: set[str]) -> bool:
    if description_category == "head":
        return bool(categories & HEAD_CATEGORIES)
    return description_category in categories


def find_descriptions(doc: Doc, gaz: Gazetteer, found: list[Found], categories: dict[str, set[str]], countries: dict[str, str | None]) -> list[Found]:
    """ "the Norlandic leader", "Veloria's foreign minister", "the president": a title with no name after it.

    With a country (demonym, country name, "Veloria's"), it resolves to the latest person of
    that country named before it whose role fits; with none, only when exactly one person
    named before it fits.
    """
    by_start = {f.start: f for f in found if f.label != "PERSON"}
    persons = [f for f in found if f.label == "PERSON" and f.entity_id]
    taken = {i for f in found for i in range(f.start, f.end)}
    out: list[Found] = []
    lowers = token_table(doc).lower  # the words from the table: no Token object per word
    for at, lower in enumerate(lowers):
        if lower == "the":
            i = at + 1
        elif at in by_start:
            i = at
        else:
            continue
        country_mention = by_start.get(i)
        if country_mention is not None and country_mention.entity_id and country_mention.entity_id.startswith("country:"):
            i = country_mention.end
            if i < len(doc) and doc[i].text in POSSESSIVE:
                i += 1
        else:
            country_mention = None
        if not any(may_end_title(word, gaz) for word in lowers[i : i + MAX_TITLE_WORDS]):
            continue  # no title can start at i (the cheap exit of title_ending_at, for each of its words)
        title = title_starting_at(doc, i, gaz)
        if title is None or title.plural or any(k in taken for k in range(title.start, title.end)):
            continue
        after = doc[title.end] if title.end < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
            continue  # a title before a name, or "the president of ...": not a bare description
        country = country_mention.entity_id.split(":", 1)[1] if country_mention else None
        if country is None and title.text.lower() in NOT_BARE:
            continue  # "on the head", "the chief": too common to stand for a person without a country
        fits = [p for p in persons if p.start < at and compatible(title.title.category, categories.get(p.entity_id, set())) and (country is None or countries.get(p.entity_id) == country)]
        if not fits or (country is None and len({p.entity_id for p in fits}) != 1):
            continue
        start = at
        span = doc[start : title.end]
        out.append(Found(start, title.end, span.start_char, span.end_char, span.text, "PERSON", fits[-1].entity_id, via="title"))
        taken.update(range(start, title.end))
    return out

