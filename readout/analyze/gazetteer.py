"""The reference gazetteer: countries, capitals, demonyms, state institutions, organisations, leaders, titles.

The knowledge lives in tab-separated files under ``data/gazetteer/`` (each with a header
saying where it comes from and as of when), and the world's states, provinces and large
cities come from pinned packages (``world_places.py``); this module reads them into lookup
tables keyed by the surface form the press writes. It also provides the spaCy component
``readout_gazetteer`` that marks those surface forms as entities before the statistical
NER runs, so that NER works around them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from readout.analyze.world_places import world_places
from readout.model import EntityKind

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"

# How a surface form stands for its entity; becomes Mention.via.
SurfaceKind = str  # "name", "capital", "institution", "place", "demonym"

# Surface kinds in priority order: when two files give the same text, the first kind wins.
PRIORITY = ("name", "institution", "capital", "place", "demonym")

LABELS = {"COUNTRY": "GPE", "ORG": "ORG", "PERSON": "PERSON", "PLACE": "GPE"}


def slug(text: str) -> str:
    """Lower-case ASCII slug for entity ids: "José Núñez" -> "jose-nunez"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unknown"


@dataclass(frozen=True)
class Known:
    """One entity the gazetteer knows, with what it says about it."""

    id: str
    name: str
    kind: EntityKind
    country: str | None = None
    office: str | None = None  # leaders: the office as the press writes it
    category: str | None = None  # leaders: head_of_state, foreign_minister, ...
    sector: str | None = None  # GOV, MIL, BUS, IGO ...


@dataclass(frozen=True)
class Surface:
    """A text the press writes for a known entity, and how it stands for it."""

    text: str
    entity_id: str
    kind: SurfaceKind
    sector: str | None = None  # institutions: the branch of the state they stand for
    place: str | None = None  # capitals: the city as a place, when used as one


@dataclass(frozen=True)
class Title:
    sector: str
    category: str


@dataclass
class Gazetteer:
    known: dict[str, Known] = field(default_factory=dict)
    surfaces: dict[str, Surface] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)  # lower-case title -> sector, category
    title_words: set[str] = field(default_factory=set)  # every word that starts or ends a title ("foreign", "minister")
    sector_nouns: dict[str, str] = field(default_factory=dict)  # "troops" -> MIL: who of a state acts
    not_actors: set[str] = field(default_factory=set)  # lower case: words never an actor on their own ("yuan", "treaty")
    thing_heads: set[str] = field(default_factory=set)  # lower case: head nouns of names of things ("corridor", "treaty")
    regions: set[str] = field(default_factory=set)  # lower case: continents and world regions ("eurasia"), places and never actors
    surname_countries: dict[str, set[str]] = field(default_factory=dict)  # lower case: a known person's last name -> countries
    world_places: dict[str, str] = field(default_factory=dict)  # lower case: ISO 3166-2 states and provinces, large cities -> iso3 (world_places.py)
    world_place_kinds: set[str] = field(default_factory=set)  # lower case: "state", "province": a name may end with one

    def add_surface(self, surface: Surface) -> None:
        """Keep the higher-priority reading of a text; a text two countries claim as a demonym is dropped."""
        old = self.surfaces.get(surface.text)
        if old is None:
            self.surfaces[surface.text] = surface
        elif PRIORITY.index(surface.kind) < PRIORITY.index(old.kind):
            self.surfaces[surface.text] = surface
        elif old.kind == surface.kind == "demonym" and old.entity_id != surface.entity_id:
            self.surfaces[surface.text] = Surface(surface.text, "", "ambiguous")

    def lookup(self, text: str) -> Surface | None:
        surface = self.surfaces.get(text)
        return surface if surface is not None and surface.entity_id else None

    def world_place_country(self, name: str, kind_word: bool = False) -> str | None:
        """The country of a state, province or large city ("Sindh", "Sindh province", "West Darfur State"), else None.
        ``kind_word``: only a name that ends with its kind ("Kassala State", which NER may read as an organisation)."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        found = None if kind_word else self.world_places.get(" ".join(words).lower())
        if found is None and len(words) > 1 and words[-1].lower() in self.world_place_kinds:
            found = self.world_places.get(" ".join(words[:-1]).lower())
        return found

    def title(self, words: str) -> Title | None:
        return self.titles.get(words.lower())



def _rows(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows.append((cells + [""] * columns)[:columns])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: str | None = None) -> Gazetteer:
    """Read the gazetteer files once per process (read-only afterwards)."""
    base = Path(data_dir) if data_dir else DATA_DIR
    gaz = Gazetteer()
    for _iso2, iso3, name, others, capitals, demonyms in _rows(base / "countries.tsv", 6):
        entity_id = f"country:{iso3}"
        gaz.known[entity_id] = Known(entity_id, name, "COUNTRY", country=iso3)
        for text in [name, *_split(others)]:
            gaz.add_surface(Surface(text, entity_id, "name"))
        for city in _split(capitals):
            place_id = f"place:{slug(city)}"
            gaz.known.setdefault(place_id, Known(place_id, city, "PLACE", country=iso3))
            gaz.add_surface(Surface(city, entity_id, "capital", place=place_id))
        for text in _split(demonyms):
            gaz.add_surface(Surface(text, entity_id, "demonym"))
    for name, others, iso3 in _rows(base / "places.tsv", 3):
        place_id = f"place:{slug(name)}"
        gaz.known.setdefault(place_id, Known(place_id, name, "PLACE", country=iso3))
        for text in [name, *_split(others)]:
            gaz.add_surface(Surface(text, place_id, "place"))
    for name, others, iso3, sector in _rows(base / "institutions.tsv", 4):
        for text in [name, *_split(others)]:
            gaz.add_surface(Surface(text, f"country:{iso3}", "institution", sector=sector or None))
    for org_id, name, others, iso3, sector in _rows(base / "organizations.tsv", 5):
        entity_id = f"org:{org_id}"
        gaz.known[entity_id] = Known(entity_id, name, "ORG", country=iso3 or None, sector=sector or None)
        for text in [name, *_split(others)]:
            gaz.add_surface(Surface(text, entity_id, "name"))
    for name, others, iso3, office, category, sector in _rows(base / "leaders.tsv", 6):
        entity_id = f"person:{slug(name)}"
        gaz.known[entity_id] = Known(entity_id, name, "PERSON", iso3 or None, office or None, category or None, sector or None)
        for text in [name, *_split(others)]:
            gaz.add_surface(Surface(text, entity_id, "name"))
    for known in list(gaz.known.values()):
        if known.kind == "PERSON" and known.country:
            gaz.surname_countries.setdefault(known.name.split()[-1].lower(), set()).add(known.country)
    for title, sector, category in _rows(base / "titles.tsv", 3):
        gaz.titles[title.lower()] = Title(sector, category)
        gaz.title_words.update({title.lower().split()[0], title.lower().split()[-1]})
    for noun, sector in _rows(base / "sector_nouns.tsv", 2):
        gaz.sector_nouns[noun.lower()] = sector
    for (word,) in _rows(base / "not_actors.tsv", 1):
        gaz.not_actors.add(word.lower())
    for (word,) in _rows(base / "thing_heads.tsv", 1):
        gaz.thing_heads.add(word.lower())
    for (name,) in _rows(base / "regions.tsv", 1):
        gaz.regions.add(name.lower())
    country_names = {k.name.lower() for k in gaz.known.values() if k.kind == "COUNTRY"}
    country_names |= {s.text.lower() for s in gaz.surfaces.values() if s.entity_id.startswith("country:")}
    for name, iso3, kind in world_places(country_names):
        gaz.world_places[name.lower()] = iso3
        gaz.world_place_kinds.add(kind.lower().split()[-1] if kind else "")
    gaz.world_place_kinds.discard("")
    return gaz


# -- the spaCy component ---------------------------------------------------------------

_LOCATIVE_KINDS = ("capital", "institution", "place", "demonym")


def _is_open_neighbour(token, matched: set[int], title_words: set[str], before: bool) -> bool:
    """True when a neighbouring token does not continue a longer proper name ("Sierra Leone" inside "Sierra Leone Airways").

    A capitalized word opening a sentence says nothing by its case, so its tag decides
    ("Karen Ottawa visited..." continues a name; "Yesterday Ottawa said..." does not).
    """
    if token.i in matched or not token.text[:1].isupper():
        return True
    if token.is_stop or token.lower_ in title_words or token.lower_.rstrip("s") in title_words:
        return True
    if token.is_sent_start:
        return not before or token.pos_ != "PROPN"
    return False


class GazetteerRuler:
    """Marks gazetteer surface forms as entities before NER, skipping ones inside longer names."""

    def __init__(self, nlp: Language, name: str, data_dir: str | None):
        self.name = name
        self.gazetteer = load_gazetteer(data_dir)
        self.title_words = self.gazetteer.title_words
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        texts = sorted(t for t, s in self.gazetteer.surfaces.items() if s.entity_id)
        self.matcher.add("READOUT_GAZETTEER", list(nlp.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([doc[start:end] for _, start, end in self.matcher(doc)])
        matched = {token.i for span in spans for token in span}
        keep = []
        for span in spans:
            surface = self.gazetteer.lookup(span.text)
            if surface is None or not self._stands_alone(doc, span, surface, matched):
                continue
            known = self.gazetteer.known[surface.entity_id]
            label = "NORP" if surface.kind == "demonym" else ("ORG" if surface.kind == "institution" else LABELS[known.kind])
            keep.append(Span(doc, span.start, span.end, label=label, span_id=surface.entity_id))
        if keep:
            doc.set_ents(filter_spans(list(doc.ents) + keep), default="unmodified")
        return doc

    def _stands_alone(self, doc: Doc, span: Span, surface: Surface, matched: set[int]) -> bool:
        single_name = surface.kind == "name" and len(span) == 1 and self.gazetteer.known[surface.entity_id].kind == "PERSON"
        if surface.kind not in _LOCATIVE_KINDS and not (surface.kind == "name" and self.gazetteer.known[surface.entity_id].kind == "COUNTRY") and not single_name:
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and not span[0].is_sent_start and not _is_open_neighbour(before, matched, self.title_words, True):
            return False
        if single_name:
            return True
        return after is None or _is_open_neighbour(after, matched, self.title_words, False)


@Language.factory(
    "readout_gazetteer",
    default_config={"data_dir": None},
    assigns=["doc.ents"],
)
def make_readout_gazetteer(nlp: Language, name: str, data_dir: str | None) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, data_dir)
