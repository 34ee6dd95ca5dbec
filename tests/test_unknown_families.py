"""Families of names the gazetteer could not place (issue #13): each family by a general rule or sourced data."""
from __future__ import annotations

import pytest

from geomap.division_names import division_keys
from geomap.evaluate import resolve_spans
from geomap.gazetteer import default_gazetteer
from geomap.geometry import great_circle_km


def _span_point(text: str, name: str):
    start = text.index(name)
    (top,) = resolve_spans(text, [(start, start + len(name))])
    return top


# -- US counties written bare or abbreviated ------------------------------------

def test_division_keys_cover_bare_abbreviated_and_full_names():
    assert division_keys("clarke") == ("clarke county", "clarke parish")
    assert division_keys("loudon co") == ("loudon county",)
    assert division_keys("bronx county") == ("bronx",)
    assert division_keys("") == ()


@pytest.mark.parametrize("written, county, state", [
    ("Monongalia", "Monongalia County", "WV"),
    ("Loudon Co.", "Loudon County", "TN"),
    ("Avoyelles", "Avoyelles Parish", "LA"),
    ("Bronx County", "Bronx", "NY"),
])
def test_a_county_written_without_county_is_found(written, county, state):
    entries = default_gazetteer().search(written)
    assert any(e.name == county and e.admin1 == state and e.place_type == "admin2" for e in entries)


def test_a_bare_name_that_names_a_town_gets_no_county_candidates():
    # "Richmond" is a city (and a county in several states): the town keeps the name alone.
    assert all(e.place_type != "admin2" for e in default_gazetteer().search("Richmond"))


def test_a_bare_county_resolves_in_its_state():
    text = "Sen. Jane Doe, D-Monongalia, said the West Virginia budget was late."
    top = _span_point(text, "Monongalia")
    assert top.lat is not None and great_circle_km(top.lat, top.lon, 39.63, -80.05) < 60


# -- demonyms of states, provinces and nations countryinfo lacks ----------------

@pytest.mark.parametrize("text, name, lat, lon", [
    ("The drill prepares Ohioans for tornado season.", "Ohioans", 40.25, -83.0),
    ("Hardeman said Ontarians would pay more for fuel.", "Ontarians", 49.25, -84.5),
    ("Gavrilo Princip was a Bosnian Serb.", "Serb", 44.0, 20.9),
    ("A plane flown by a Texan veteran.", "Texan", 31.25, -99.25),
])
def test_a_demonym_of_a_state_province_or_nation_is_placed(text, name, lat, lon):
    top = _span_point(text, name)
    assert top.lat is not None and great_circle_km(top.lat, top.lon, lat, lon) < 300
