"""Airports by the part of their name that is their own: "Schiphol", "Dulles International Airport" (issue #13)."""
from __future__ import annotations

import pytest

from tests.repo_scripts import load


@pytest.mark.parametrize("name, airport", [
    ("Schiphol", "feature:airport-ams"),
    ("Dulles International Airport", "feature:airport-iad"),
    ("Heathrow Airport", "feature:airport-lhr"),
    ("Gatwick", "feature:airport-lgw"),
    ("O'Hare International Airport", "feature:airport-ord"),
])
def test_an_airport_is_found_by_its_own_name(gazetteer, name, airport):
    assert airport in [e.source for e in gazetteer.search(name)]


def test_a_bare_own_name_that_a_town_bears_stays_the_towns(gazetteer):
    """"Heathrow" is also a town in Florida: the bare word is not given to the airport."""
    assert "feature:airport-lhr" not in [e.source for e in gazetteer.search("Heathrow")]


def test_own_part_of_an_airport_name():
    names = load("scripts/airport_names.py")
    assert names.own_part("London Heathrow Airport", "London") == "Heathrow"
    assert names.own_part("Amsterdam Airport Schiphol", "Amsterdam") == "Schiphol"
    assert names.own_part("Chicago O'Hare International Airport", "Chicago") == "O'Hare"
    assert names.own_part("Lanzarote Airport", "Arrecife") is None       # named after its place
    assert names.own_part("New York John F Kennedy Airport", "New York") is None  # a person
    assert names.own_part("Anaa Airport", "Anaa") is None


def test_own_names_leave_out_words_given_names_and_shared_parts():
    names = load("scripts/airport_names.py")
    airports = [{"iata": "AMS", "name": "Amsterdam Airport Schiphol", "city": "Amsterdam", "country": "NL"},
                {"iata": "DAL", "name": "Dallas Love Field", "city": "Dallas", "country": "US"},
                {"iata": "XAA", "name": "Alpha Gander Airport", "city": "Alpha", "country": "US"},
                {"iata": "XBB", "name": "Beta Gander Airport", "city": "Beta", "country": "US"},
                {"iata": "XCC", "name": "Gamma Michael Airport", "city": "Gamma", "country": "US"},
                {"iata": "AAT", "name": "Aral Talim Airport", "city": "Aral", "country": "KZ"}]
    zipf = {"schiphol": 2.4, "love": 5.8, "gander": 3.0, "michael": 4.9, "talim": 1.8}.get  # wordfreq's, rounded
    own = names.own_names(airports, zipf=zipf)
    assert own == {"AMS": ["Schiphol", "Schiphol Airport", "Schiphol International Airport"],
                   "AAT": ["Talim Airport", "Talim International Airport"]}  # a small town's: never bare
    taken = names.own_names(airports, {"schiphol"}, zipf=zipf)
    assert taken["AMS"] == ["Schiphol Airport", "Schiphol International Airport"]
    frequent = names.own_names(airports, zipf=lambda w: 3.7 if w == "schiphol" else zipf(w))
    assert frequent["AMS"] == ["Schiphol Airport", "Schiphol International Airport"]  # "Midway", "Pearson"


def test_a_storm_named_like_a_small_towns_airport_is_no_place():
    """"the center of Talim's circulation" (typhoon Talim): Aral's Talim Airport is not written bare."""
    from geomap.result import run

    fc = run("Winds to typhoon force extended out 65 miles (105 km) from the center of Talim's circulation.").geojson
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "place"]
