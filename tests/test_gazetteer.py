import csv

import pytest
from geopy.distance import geodesic
from geopy.geocoders.base import Geocoder

from geomap.gazetteer import Gazetteer, data_dir
from geomap.offline_geocoder import OfflineGazetteer
from geomap.errors import DataError


def test_kerman_candidates_best_first(gazetteer):
    from geomap.resolve import rank

    found = rank(gazetteer.search("Kerman"))
    # the city, before its namesake province and the Californian town
    assert [e.source for e in found] == ["geonames:128234", "geonames:128231", "geonames:5362909"]
    assert found[1].place_type == "admin1" and found[2].country == "US"


def test_lookup_ignores_case_accents_and_the(gazetteer):
    assert "geonames:128234" in [e.source for e in gazetteer.search("kermān")]
    assert gazetteer.search("the Red Sea")[0].source == "curated:red-sea"
    assert gazetteer.search("Mideast")[0].source == "curated:middle-east"


def test_offline_gazetteer_is_a_geopy_geocoder():
    geocoder = OfflineGazetteer()
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Kerman")
    assert geodesic((loc.latitude, loc.longitude), (30.283, 57.079)).km < 1
    several = geocoder.geocode("Kerman", exactly_one=False)
    assert [loc.raw["country"] for loc in several] == ["IR", "IR", "US"]
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
        assert e.uncertainty_m > 0


def test_landmark_without_coordinate_sits_in_its_container_with_honest_radius(gazetteer):
    grave = gazetteer.entry("curated:soleimani-grave")
    kerman = gazetteer.entry("geonames:128234")
    assert grave.container == kerman.source
    offset = geodesic((grave.lat, grave.lon), (kerman.lat, kerman.lon)).m
    assert offset == pytest.approx(3000, rel=0.01)
    assert grave.lon > kerman.lon  # eastern side
    assert grave.uncertainty_m >= 1000  # no fake precise point
    assert "No published coordinate" in grave.note


def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="cannot read the embedded gazetteer"):
        Gazetteer(tmp_path)


def test_corrupt_data_is_a_clear_error(tmp_path):
    (tmp_path / "gazetteer.tsv").write_bytes(b"\xff\xfe not text")
    with pytest.raises(DataError, match="cannot read the embedded gazetteer"):
        Gazetteer(tmp_path)


@pytest.mark.parametrize("piece_bytes", [64, 8192])
def test_the_index_searched_in_pieces_agrees_with_the_whole_index_split(gazetteer, piece_bytes):
    """The index is split into lines a piece at a time, on first use (geomap.sorted_index): every key
    (the first, the last, those at the pieces' edges) is found as in the whole index split into lines."""
    import random

    from hypothesis import given, settings, strategies as st

    from geomap.sorted_index import SortedIndex

    data = gazetteer.store.data[gazetteer.store.index_start:].rstrip(b"\n").split(b"\n")
    keys = [line.split(b"\t", 1)[0].decode("utf-8") for line in data]
    rng = random.Random(7)
    index = SortedIndex(gazetteer.store.data, gazetteer.store.index_start, piece_bytes)
    sample = [keys[0], keys[-1], *rng.sample(keys, 300)]

    def by_list(key):
        import bisect

        probe = key.encode("utf-8") + b"\t"
        pos = bisect.bisect_left(data, probe)
        return data[pos][len(probe):] if pos < len(data) and data[pos].startswith(probe) else None

    for key in sample:
        assert index.find(key.encode("utf-8") + b"\t") == by_list(key) is not None
    starts = [index._firsts[k][:-1].decode("utf-8") for k in (1, 2, len(index._firsts) - 1)]
    for key in starts + [k[:-1] for k in starts] + [k + "a" for k in starts]:
        assert index.find(key.encode("utf-8") + b"\t") == by_list(key)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="abcdekmnrst '", min_size=1, max_size=8))
    def check(key):
        assert index.find(key.encode("utf-8") + b"\t") == by_list(key)

    check()


def _targets_not_in(g, targets) -> list[str]:
    """The targets the gazetteer has no place for (curated tables are not checked while it loads)."""
    missing = []
    for target in sorted(targets):
        try:
            g.entry(target)
        except KeyError:
            missing.append(target)
    return missing


def test_every_curated_demonym_names_a_place_the_gazetteer_has():
    # the tables are not checked while the gazetteer loads (that cost a third of the load): here
    from geomap.gazetteer import default_gazetteer

    g = default_gazetteer()
    targets = set(g.demonyms.values())
    assert len(targets) > 60
    assert _targets_not_in(g, targets) == []


def test_every_curated_alias_names_a_place_the_gazetteer_has():
    # like the demonyms, the aliases' targets are not looked up while the gazetteer loads
    from geomap.gazetteer import default_gazetteer

    g = default_gazetteer()
    tables = g.curated_tables
    targets = {t for index in (tables.names, tables.abbreviations) for ts in index.values() for t in ts}
    assert len(targets) > 40
    assert _targets_not_in(g, targets) == []
