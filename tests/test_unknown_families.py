"""Families of names the gazetteer could not place (issue #13): each family by a general rule or sourced data."""
from __future__ import annotations

import pytest

from geomap.division_names import division_keys
from geomap.evaluate import resolve_spans
from geomap.gazetteer import default_gazetteer
from geomap.geometry import great_circle_km
from repo_scripts import load


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


def test_a_bare_name_that_names_a_town_also_gets_its_counties():
    # "Richmond" is a city and a county in several states: the ranker chooses among both.
    entries = default_gazetteer().search("Richmond")
    assert any(e.place_type == "city" for e in entries)
    assert any(e.place_type == "admin2" and e.name == "Richmond County" for e in entries)


def test_a_state_keeps_its_name_from_same_named_counties():
    # "Ohio" is the state; Ohio County (IN, KY, WV) only when "County" is written.
    assert all(e.place_type != "admin2" for e in default_gazetteer().search("Ohio"))
    assert any(e.place_type == "admin2" for e in default_gazetteer().search("Ohio County"))


# LGL (Athens, Georgia news): bare county names that also name towns elsewhere.
_LGL_ATHENS = ("Area jobless rate rises in February . The unemployment rate for the four metro Athens counties "
               "continued rising in February, jumping to 7.3 percent from 6.5 percent in January, the state "
               "Department of Labor reported Thursday. The unemployment rate for the metro area - Clarke, Madison, "
               "Oconee and Oglethorpe counties - remained below the statewide rate of 9.3 percent. The state "
               "unemployment rate remained above the national rate of 8.1 percent for the 16th consecutive month. "
               "The jobless rate for wider Northeast Georgia, which includes Barrow and Jackson counties, inched "
               "closer to double-digit figures in February.")


def test_a_bare_county_beside_same_named_towns_resolves_to_the_county():
    names = ["Athens", "Clarke", "Madison", "Oconee", "Oglethorpe", "Georgia", "Barrow", "Jackson"]
    spans = [(_LGL_ATHENS.index(n), _LGL_ATHENS.index(n) + len(n)) for n in names]
    top = dict(zip(names, resolve_spans(_LGL_ATHENS, spans)))
    for name, lat, lon in [("Oglethorpe", 33.87, -83.08), ("Barrow", 33.99, -83.71)]:
        assert top[name].lat is not None and great_circle_km(top[name].lat, top[name].lon, lat, lon) < 60


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


# -- rivers (Natural Earth centre lines, placed at the mouth) ------------------

@pytest.mark.parametrize("written, lat, lon", [
    ("Kanawha River", 38.84, -82.14),    # joins the Ohio at Point Pleasant
    ("Catawba River", 34.47, -80.89),    # becomes the Wateree at Lake Wateree
    ("Sacramento River", 38.06, -121.85),
])
def test_a_river_is_found_at_its_mouth(written, lat, lon):
    rivers = [e for e in default_gazetteer().search(written) if e.place_type == "river"]
    assert rivers and min(great_circle_km(e.lat, e.lon, lat, lon) for e in rivers) < 50


def test_a_river_is_not_found_by_its_bare_name():
    assert all(e.place_type != "river" for e in default_gazetteer().search("Red"))


def _ne_rivers():
    return load("scripts/ne_rivers.py")


def test_river_segments_meeting_end_to_start_are_one_river_placed_at_the_loose_end():
    ne = _ne_rivers()
    upper, lake_drawn_upstream, lower = [(0, 3), (0, 2)], [(0.01, 1), (0, 2)], [(0, 1), (0, 0)]
    elsewhere = [(50, 50), (50, 49)]
    groups = ne.rivers([upper, lake_drawn_upstream, lower, elsewhere])
    assert sorted(len(g) for g in groups) == [1, 3]
    assert ne.mouth(next(g for g in groups if len(g) == 3)) == (0, 0)
    assert ne.river_names("Neches") == ("Neches River", ["River Neches"])
    assert ne.river_names("Rio Grande") == ("Rio Grande", [])


def test_a_curated_river_stands_where_the_river_layer_ends_it():
    """The point convention for rivers holds for the hand-made rows too ("Cauvery" was a midpoint)."""
    g = default_gazetteer()
    for entry in g.search("Kaveri River"):
        if entry.source.startswith("curated:"):
            ends = [e for e in g.features.named("cauvery river") if e.place_type == "river"]
            assert min(great_circle_km(entry.lat, entry.lon, e.lat, e.lon) for e in ends) < 1


# -- abbreviations of the Canadian provinces the table lacked ---------------------

@pytest.mark.parametrize("text, name, lat, lon", [
    ("ST. JOHN'S, N.L. (CP) - The fishery closed.", "N.L.", 52.0, -60.0),
    ("A mill in Saint John, N.B., will close.", "N.B.", 46.5, -66.0),
])
def test_a_canadian_province_abbreviation_is_placed(text, name, lat, lon):
    top = _span_point(text, name)
    assert top.lat is not None and great_circle_km(top.lat, top.lon, lat, lon) < 500


def test_a_state_demonym_is_read_in_a_given_span_but_not_looked_for_in_running_text():
    from geomap.evaluate import geoparse

    # (a nation's demonym still is: "Syrian"; a plural one names people, see test_incident_families2)
    text = "The statewide drill prepares Ohioans for tornado season, a Syrian official said."
    found = {text[t.start:t.end] for t in geoparse(text)}
    assert "Ohioans" not in found and "Syrian" in found
    assert _span_point(text, "Ohioans").lat is not None


# -- "St."/"Saint", "Mt."/"Mount", "Ft."/"Fort" -----------------------------------

@pytest.mark.parametrize("written, lat, lon", [
    ("St. Paris", 40.13, -83.96),          # GeoNames: "Saint Paris", Ohio, no "St. Paris"
    ("Mt. Washington", 38.05, -85.75),     # GeoNames: "Mount Washington", Kentucky
])
def test_an_abbreviated_first_word_finds_the_spelled_out_name(written, lat, lon):
    entries = default_gazetteer().search(written)
    assert entries and min(great_circle_km(e.lat, e.lon, lat, lon) for e in entries) < 20
