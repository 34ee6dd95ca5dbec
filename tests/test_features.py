"""Physical features and airports (data/features.tsv, geomap.feature_store) as gazetteer candidates.

Islands, capes, lakes and airports are anchors of real distance statements
(eval/relations); they must be found by name, measured from, and never take a
town's name from it.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import DataError
from geomap.feature_store import HEADER, FeatureStore
from geomap.geometry import great_circle_km
from geomap.result import run
from test_real_relations import CASES, bench


def _geocode(name: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["geocode", name, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("name, lat, lon, source", [
    ("Agrihan", 18.77, 145.67, "feature:island-agrihan"),           # Natural Earth island point
    ("Cape Cod", 41.68, -70.2, "feature:cape-cape-cod"),             # Natural Earth cape
    ("Juba International Airport", 4.872, 31.6011, "feature:airport-jub"),  # "<City> International Airport"
    ("Bert Mooney Airport", 45.9548, -112.4975, "feature:airport-btm"),
])
def test_geocode_finds_features_the_geonames_rows_lack(name, lat, lon, source):
    best = _geocode(name)[0]
    assert best["source"] == source
    assert great_circle_km(best["lat"], best["lon"], lat, lon) < 25


def test_an_island_is_reported_as_the_area_it_is(gazetteer):
    sumatra = gazetteer.features.named("sumatra island")[0]
    assert sumatra.place_type == "island" and sumatra.country == "ID"
    assert 400_000 < sumatra.uncertainty_m < 1_500_000  # about 1,700 km long: not a point
    ural = gazetteer.features.named("ural mountains")[0]
    assert ural.uncertainty_m > 1_000_000  # a 2,500 km range, however thin its polygon


def test_a_curated_name_is_not_repeated_by_a_feature(gazetteer):
    assert gazetteer.features.has("red sea")  # Natural Earth has it too ...
    assert [e.source for e in gazetteer.lookup("red sea") if e.source.startswith("feature:")] == []  # ... curated wins


def test_an_iata_code_is_not_a_name(gazetteer):
    assert not any(e.source == "feature:airport-jub" for e in gazetteer.lookup("jub"))


@pytest.mark.parametrize("case_id", ["r001", "r151", "r161"])  # Agrihan, Cape Cod, Juba International airport
def test_real_relation_anchored_on_an_island_cape_or_airport_is_read_exactly(case_id):
    case = next(c for c in CASES if c["id"] == case_id)
    result = bench.score_case(case)
    assert result["ok"], result["causes"]


def test_lower_case_airport_after_the_name_is_one_mention():
    text = "The plane crashed just 800 metres after leaving the runway of Juba International airport."
    places = [f for f in run(text).geojson["features"] if f["properties"].get("kind") == "place"]
    assert [p["properties"]["source"] for p in places] == ["feature:airport-jub"]
    assert places[0]["properties"]["name"] == "Juba Airport"


@pytest.mark.parametrize("text, source_prefix", [
    ("A fire destroyed a warehouse in Moses Lake on Sunday.", "geonames:"),   # town in Washington, and a lake
    ("Police in Malden said the man was arrested.", "geonames:"),             # Malden, Massachusetts; an island
    ("The yacht sank 40 miles off Malden Island.", "feature:island-malden"),  # the cue names the island
])
def test_a_feature_does_not_take_a_towns_name_without_a_cue(text, source_prefix):
    places = [f for f in run(text).geojson["features"] if f["properties"].get("kind") == "place"]
    assert places and places[0]["properties"]["source"].startswith(source_prefix)


def test_a_feature_ranks_below_any_town_unless_the_document_names_its_country():
    from collections import Counter

    from geomap.model import Entry
    from geomap.resolve import choose

    sea = Entry("feature:sea-x", "X Sea", 10.0, 10.0, "AA", None, 0, "sea", 300_000)  # "sea" has a type bonus
    hamlet = Entry("geonames:1", "X Sea", 40.0, -70.0, "BB", "01", 0, "city", 2_000)
    assert choose([sea, hamlet], Counter(), Counter()) is hamlet
    assert choose([sea, hamlet], Counter({"AA": 2}), Counter()) is sea


# ---- the store ------------------------------------------------------------------------------

def _write(tmp_path, rows: list[str], index: list[str]) -> FeatureStore:
    (tmp_path / "features.tsv").write_text("\n".join([HEADER, *rows, "#index", *index]) + "\n", encoding="utf-8")
    return FeatureStore(tmp_path)


def test_store_finds_rows_by_name_and_source(tmp_path):
    row = "feature:island-x\tX Isle\t\t1.5\t2.5\t\t\tisland\t3000\ttest"
    offset = len(HEADER) + 1
    store = _write(tmp_path, [row], [f"x isle\t{offset}"])
    assert store.has("x isle") and not store.has("y isle") and not store.has("")
    assert store.named("x isle")[0].uncertainty_m == 3000
    assert store.find("feature:island-x").lat == 1.5 and store.find("feature:island-y") is None


def test_store_without_its_file_is_empty(tmp_path):
    store = FeatureStore(tmp_path)
    assert not store.has("x") and store.named("x") == [] and store.find("feature:x") is None


@pytest.mark.parametrize("content", [
    "not a features file\n",
    HEADER + "\nfeature:a\tA\t\tnorth\n#index\na\t" + str(len(HEADER) + 1) + "\n",  # latitude "north"
])
def test_damaged_store_is_a_data_error(tmp_path, content):
    (tmp_path / "features.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(DataError):
        FeatureStore(tmp_path).named("a")


def test_shipped_features_file_is_small_and_well_formed(gazetteer):
    data = (gazetteer.directory / "features.tsv").read_bytes()
    assert len(data) < 5_000_000  # 4.6 MB with the postal hamlets and their states (scripts/postal_places.py)
    rows = data[:data.index(b"\n#index\n")].decode("utf-8").split("\n")[1:]
    keys = [r.split("\t")[0] for r in rows]
    assert len(keys) == len(set(keys)) and all(k.startswith("feature:") for k in keys)
    assert all(float(r.split("\t")[8]) > 0 for r in rows)


def test_feature_names_answer_as_the_whole_index_split_into_lines():
    from geomap.feature_store import FeatureStore
    from geomap.geonames_store import data_dir

    names = ["agrihan", "cape cod", "juba international airport", "kerman", "lake erie", "no such place", "x"]
    store = FeatureStore(data_dir())
    searched = [store.has(n) for n in names]
    lines = store.data[store.index_start:].rstrip(b"\n").split(b"\n")
    keys = {line.split(b"\t", 1)[0].decode("utf-8") for line in lines}
    assert searched == [n in keys for n in names]
    assert searched[:3] == [True, True, True] and searched[5:] == [False, False]
