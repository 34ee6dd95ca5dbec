"""Macro-regions, oceans and seas follow GeoNames' own points (no-country.txt; issue #13)."""
from __future__ import annotations

import pytest

from geomap.geometry import great_circle_km
from tests.repo_scripts import load


@pytest.mark.parametrize("name, geonameid", [
    ("Middle East", 6269133),      # curated at 29 N 42 E: 744 km from GeoNames' point
    ("North Africa", 7729887),
    ("Central America", 7729892),
    ("Indian Ocean", 1545739),
    ("Pacific", 2363254),
    ("Mediterranean", 363196),
    ("Red Sea", 350155),
])
def test_curated_areas_take_the_geonames_point(gazetteer, name, geonameid):
    area = gazetteer.search(name)[0]
    geonames = gazetteer.entry(f"geonames:{geonameid}")
    assert area.source.startswith("curated:")
    assert (area.lat, area.lon) == (round(geonames.lat, 6), round(geonames.lon, 6))
    assert f"geonames:{geonameid}" in area.note


def test_a_moved_area_still_covers_its_extent(gazetteer):
    """The radius grows by the distance the point moved: Central America's GeoNames point lies in Mexico,
    and the circle must still hold the capitals the curated circle held."""
    area = gazetteer.search("Central America")[0]
    for capital in ("Guatemala City", "Managua", "Tegucigalpa"):
        town = gazetteer.search(capital)[0]
        assert great_circle_km(area.lat, area.lon, town.lat, town.lon) * 1000 < area.uncertainty_m


@pytest.mark.parametrize("name, geonameid", [
    ("Northern Europe", 7729883),
    ("Western Europe", 9408659),
    ("Levant", 305104),
    ("South Atlantic Ocean", 3358844),
])
def test_geonames_macro_regions_are_places(gazetteer, name, geonameid):
    assert gazetteer.search(name)[0].source == f"geonames:{geonameid}"


def test_given_spans_put_regions_at_geonames_points():
    from geomap.evaluate import resolve_spans

    text = "Unrest spread across the Middle East and North Africa, and storms crossed the Indian Ocean."
    names = ("Middle East", "North Africa", "Indian Ocean")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    expected = [(33.13906, 35.85869), (32.95337, 9.97559), (-10.0, 70.0)]  # GeoNames' own points
    for place, (lat, lon) in zip(resolve_spans(text, spans), expected):
        assert great_circle_km(place.lat, place.lon, lat, lon) < 1.0


@pytest.mark.parametrize("name", ["Caribbean", "EU", "Caucasus"])
def test_a_curated_name_is_not_shadowed_by_a_geonames_region(gazetteer, name):
    """"The Caribbean" is curated as the sea, "EU" as Europe: GeoNames' region rows of the same name
    (7729891 Caribbean, 615318 Caucasus Region ...) repeat the curated area and are not offered beside it."""
    kinds = [e.place_type for e in gazetteer.search(name) if not e.source.startswith("curated:")]
    curated = [e for e in gazetteer.search(name) if e.source.startswith("curated:")]
    assert not any(e.source == "geonames:7729891" for e in gazetteer.search(name))
    assert name == "EU" or curated
    assert "region" not in kinds or name == "EU"


NO_COUNTRY = "\n".join("\t".join(cols) for cols in [
    ("6269133", "Middle East", "Middle East", "", "33.13906", "35.85869", "L", "RGN", "", "", "", "", "", "",
     "371400000", "", "", "", "2020-01-01"),
    ("10861432", "America", "America", "", "26.0173", "-104.41406", "L", "RGN", "", "", "", "", "", "",
     "0", "", "", "", "2020-01-01"),
    ("1545739", "Indian Ocean", "Indian Ocean", "", "-10", "70", "H", "OCN", "", "", "", "", "", "",
     "0", "", "", "", "2020-01-01"),
    ("350155", "Red Sea", "Red Sea", "", "20.26735", "38.53455", "H", "SEA", "", "", "", "", "", "",
     "0", "", "", "", "2020-01-01"),
    ("2960848", "North Sea", "North Sea", "", "55.33333", "3", "H", "SEA", "", "", "", "", "", "",
     "0", "", "", "", "2020-01-01"),
    ("6695072", "European Union", "European Union", "", "50.83857", "4.37599", "A", "ZN", "", "", "", "", "",
     "", "447000000", "", "", "", "2020-01-01"),
])


def test_region_rows_keep_groupings_oceans_and_referenced_seas(tmp_path):
    regions = load("scripts/geonames_regions.py")
    path = tmp_path / "no-country.txt"
    path.write_text(NO_COUNTRY + "\n", encoding="utf-8")
    rows = regions.region_rows(path, {"350155"})
    assert [r[0] for r in rows] == ["geonames:1545739", "geonames:350155", "geonames:6269133"]
    assert {r[0]: r[7] for r in rows} == {"geonames:1545739": "ocean", "geonames:350155": "sea",
                                          "geonames:6269133": "region"}
    assert all(r[11] == "geonames/no-country" for r in rows)
    assert regions.region_rows(path, {"350155"}) == rows  # deterministic
    with pytest.raises(SystemExit):
        regions.region_rows(path, {"999"})  # a curated point_from GeoNames lacks


@pytest.mark.parametrize("text, name, target", [
    ("Arab leaders met in Cairo after the Arab Spring.", "Arab", "geonames:6957698"),
    ("Scandinavian governments tightened asylum rules.", "Scandinavian", "geonames:2614165"),
    ("The Balkan route closed for migrants.", "Balkan", "curated:balkans"),
])
def test_a_region_demonym_given_as_a_place_is_the_region(text, name, target):
    """A region's adjective handed over as a place names the region (curated/region_demonyms.csv), not a
    town that bears the word (Arab, Alabama)."""
    from geomap.evaluate import resolve_spans

    start = text.index(name)
    assert resolve_spans(text, [(start, start + len(name))])[0].source == target


def test_region_demonyms_are_not_found_in_running_text(gazetteer):
    """Read only where a span is given as a place: "Arab" in running text is mostly people, not a place."""
    assert not gazetteer.finds_demonym("arab") and "arab" in gazetteer.demonyms


def test_regions_are_read_at_load_without_a_scan():
    """The curated areas take their GeoNames points while the gazetteer loads: the region rows, last in
    the file, are read from its end (finding each by a scan of the 33 MB file cost 1.3 s of cold start)."""
    from geomap.geonames_store import GeoNamesStore, data_dir

    store = GeoNamesStore(data_dir())
    assert {"geonames:6269133", "geonames:1545739", "geonames:350155"} <= set(store._by_source)
    assert all(e.place_type in ("country", "continent", "region", "ocean", "sea") for e in store._by_source.values())
