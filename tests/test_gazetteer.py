import csv

import pytest
from geopy.distance import geodesic
from geopy.geocoders.base import Geocoder

from geomap.gazetteer import Gazetteer, OfflineGazetteer, data_dir
from geomap.errors import DataError


def test_kerman_candidates_best_first(gazetteer):
    found = gazetteer.search("Kerman")
    assert [e.source for e in found[:2]] == ["geonames:128234", "geonames:5362909"]
    assert found[0].country == "IR" and found[1].country == "US"


def test_lookup_ignores_case_accents_and_the(gazetteer):
    assert gazetteer.search("kermān")[0].source == "geonames:128234"
    assert gazetteer.search("the Red Sea")[0].source == "curated:red-sea"
    assert gazetteer.search("Mideast")[0].source == "curated:middle-east"


def test_offline_gazetteer_is_a_geopy_geocoder():
    geocoder = OfflineGazetteer()
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Kerman")
    assert geodesic((loc.latitude, loc.longitude), (30.283, 57.079)).km < 1
    several = geocoder.geocode("Kerman", exactly_one=False)
    assert len(several) == 2
    us = geocoder.geocode("Kerman", country_codes=["us"])
    assert us.raw["source"] == "geonames:5362909"
    assert geocoder.geocode("Xyzzyville") is None


def test_every_curated_row_has_a_source_and_a_valid_position(gazetteer):
    with open(data_dir() / "curated" / "places.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert len(row["source"]) > 20, row["id"]
        e = gazetteer.entry(f"curated:{row['id']}")
        assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180
        assert e.radius_m > 0


def test_landmark_without_coordinate_sits_in_its_container_with_honest_radius(gazetteer):
    grave = gazetteer.entry("curated:soleimani-grave")
    kerman = gazetteer.entry("geonames:128234")
    assert grave.container == kerman.source
    offset = geodesic((grave.lat, grave.lon), (kerman.lat, kerman.lon)).m
    assert offset == pytest.approx(3000, rel=0.01)
    assert grave.lon > kerman.lon  # eastern side
    assert grave.radius_m >= 1000  # no fake precise point
    assert "No published coordinate" in grave.note


def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="cannot read the embedded gazetteer"):
        Gazetteer(tmp_path)


def test_corrupt_data_is_a_clear_error(tmp_path):
    (tmp_path / "gazetteer.tsv").write_bytes(b"\xff\xfe not text")
    with pytest.raises(DataError, match="cannot read the embedded gazetteer"):
        Gazetteer(tmp_path)
