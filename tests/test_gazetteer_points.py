"""Where the gazetteer's points come from, and the admin names every place reports (issue #13)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from geomap.geometry import great_circle_km
from geomap.result import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name, lat, lon", [
    ("Canada", 60.10867, -113.64258),   # countryinfo's centroid (60 N, 95 W) is ~1,000 km east
    ("Japan", 35.68536, 139.75309),     # GeoNames puts Japan at Tokyo
    ("India", 22.0, 79.0),
    ("Libya", 28.0, 17.0),
])
def test_country_points_follow_geonames(gazetteer, name, lat, lon):
    country = next(e for e in gazetteer.search(name) if e.place_type == "country")
    assert great_circle_km(country.lat, country.lon, lat, lon) < 1.0


def test_every_row_says_where_its_point_comes_from(gazetteer):
    data = bytes(gazetteer.store.data)  # the file, mapped: a copy to read it as bytes
    header = data[:data.index(b"\n")].decode().split("\t")
    column = header.index("point_source")
    rows = data[:data.index(b"\n#index\n")].decode("utf-8").split("\n")[1:]
    sources = {}
    for line in rows[:2000]:  # countries, continents and the first divisions
        cols = line.split("\t")
        sources.setdefault(cols[7], set()).add(cols[column])
    assert sources["country"] <= {"geonames/sample-data", "countryinfo", "geonames-capital"}
    assert "geonames/sample-data" in sources["country"] and sources["continent"] == {"geonames"}
    assert all(line.split("\t")[column] for line in rows)


def test_places_know_their_country_and_division_names(gazetteer):
    kerman_ca = gazetteer.entry("geonames:5362909")
    assert (kerman_ca.country_name, kerman_ca.admin1_name, kerman_ca.admin2_name) == \
        ("United States", "California", "Fresno County")
    kerman_ir = gazetteer.entry("geonames:128234")
    assert (kerman_ir.country_name, kerman_ir.admin1_name) == ("Iran", "Kerman")
    assert kerman_ir.admin2_name is None  # not known: never invented
    iran = gazetteer.entry("geonames:130758")
    assert (iran.country_name, iran.admin1_name, iran.admin2_name) == ("Iran", None, None)


def test_geojson_places_carry_admin_names():
    fc = run("A fire broke out in Kerman, California, near the Red Sea of no one.").geojson
    props = {f["properties"]["name"]: f["properties"] for f in fc["features"] if f["properties"]["kind"] == "place"}
    kerman = props["Kerman"]
    assert (kerman["country_name"], kerman["admin1_name"], kerman["admin2_name"]) == \
        ("United States", "California", "Fresno County")
    sea = props["Red Sea"]
    assert (sea["country_name"], sea["admin1_name"], sea["admin2_name"]) == (None, None, None)


def test_build_reads_country_points_and_names_divisions(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from country_points import read_country_points, with_admin_names

    csv = tmp_path / "countries.csv"
    csv.write_text("COUNTRY_ID,COUNTRY_CODE,NAME,LATITUDE,LONGITUDE\nCAN,CA,Canada,60.10867,-113.64258\n"
                   "XXX,XX,Nowhere,,\n", encoding="utf-8")
    assert read_country_points(csv) == {"CA": (60.10867, -113.64258)}
    assert read_country_points(None) == {}
    rows = [("s:1", "Ontario", 0, 0, "CA", "08", 0, "admin1", 0, "", "", "x"),
            ("s:2", "York", 0, 0, "CA", "08", 0, "admin2", 0, "", "", "x"),
            ("s:3", "Toronto", 0, 0, "CA", "08", 0, "city", 0, "", "", "x"),
            ("s:4", "Nowhere", 0, 0, "CA", "99", 0, "city", 0, "", "", "x")]
    named = with_admin_names(rows, {"s:3": "Toronto Division"}, str.strip)
    assert [r[-2:] for r in named] == [("Ontario", ""), ("Ontario", "York"), ("Ontario", "Toronto Division"), ("", "")]


@pytest.mark.parametrize("name, source, state", [
    ("Niota", "geonames:4645658", "TN"),    # 718 people (LGL names it)
    ("Oscoda", "geonames:5004615", "MI"),   # 903
    ("Bantam", "geonames:5281876", "CT"),   # 735
])
def test_towns_of_500_to_999_are_places(gazetteer, name, source, state):
    town = next(e for e in gazetteer.search(name) if e.source == source)
    assert 500 <= town.population < 1000 and (town.country, town.admin1) == ("US", state)
    fc = run(f"A water main broke in {name}, {gazetteer.division_of(town).name}, on Monday.").geojson
    assert source in {f["properties"]["source"] for f in fc["features"]}


@pytest.mark.parametrize("name", ["Section", "Secretary", "Stevens", "Hospital", "Four"])
def test_villages_named_like_english_words_are_left_out(gazetteer, name):
    # GeoNames' cities500 has a village of 500-999 people of each name ("Section", Alabama);
    # kept, they turned these words into places in running text.
    assert not [e for e in gazetteer.search(name) if e.place_type == "city" and e.population < 1000
                and e.population >= 500]
