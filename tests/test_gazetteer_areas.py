"""First-level divisions from Natural Earth: usual names, abbreviations, points inside outlines."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, shape

from geomap.gazetteer import default_gazetteer
from geomap.resolve import rank


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def best(gazetteer, name):
    return rank(gazetteer.search(name))[0]


@pytest.mark.parametrize("name, country, expected", [
    ("Anhui", "CN", "Anhui"), ("B.C.", "CA", "British Columbia"), ("Ont.", "CA", "Ontario"),
    ("NSW", "AU", "New South Wales"), ("Rhineland-Palatinate", "DE", "Rhineland-Palatinate"),
    ("Benue State", "NG", "Benue State"),
])
def test_divisions_under_their_usual_names(gazetteer, name, country, expected):
    e = best(gazetteer, name)
    assert (e.place_type, e.country, e.name) == ("admin1", country, expected)


@pytest.mark.parametrize("alias, country", [("DPRK", "KP"), ("Holy See", "VA"), ("Zaire", "CD"), ("DRC", "CD")])
def test_country_aliases(gazetteer, alias, country):
    e = best(gazetteer, alias)
    assert (e.place_type, e.country) == ("country", country)


def test_geocode_command_finds_anhui_and_bc():
    from click.testing import CliRunner

    from geomap.cli import cli

    for name, expected in (("Anhui", "Anhui"), ("B.C.", "British Columbia")):
        result = CliRunner().invoke(cli, ["geocode", name], catch_exceptions=False)
        assert result.exit_code == 0
        first = result.output.splitlines()[0]
        assert expected in first and "admin1" in first


def test_every_division_point_lies_in_its_outline(gazetteer):
    lines = gazetteer.outlines.sources()
    assert len(lines) > 4000
    outside = []
    for source in lines:
        e = gazetteer.entry(source)
        if not shape(gazetteer.outline(source)).buffer(0.05).contains(Point(e.lon, e.lat)):
            outside.append(e.name)
    assert outside == []


def test_derived_points_that_were_wrong_are_fixed(gazetteer):
    # Hebei's derived point used to fall in Gansu; Valparaiso's in the Pacific.
    hebei = best(gazetteer, "Hebei")
    assert hebei.place_type == "admin1" and 36 < hebei.lat < 42.7 and 113.4 < hebei.lon < 119.9
    assert gazetteer.outline("no-such-source") is None


@pytest.mark.parametrize("name, kind", [("Korean Peninsula", "region"), ("Cauvery", "region"), ("North Africa", "region"),
                                        ("Washington, D.C.", "capital")])
def test_regions_rivers_and_written_forms(gazetteer, name, kind):
    assert best(gazetteer, name).place_type == kind


def test_demonyms_of_countries_and_regions(gazetteer):
    assert gazetteer.entry(gazetteer.demonyms["saudi"]).country == "SA"
    assert gazetteer.entry(gazetteer.demonyms["abkhaz"]).name == "Abkhazia"
