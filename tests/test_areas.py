"""Areas as areas (issue #13): a country or a province mentioned is drawn as its outline."""
import json

import pytest
from shapely.geometry import Point, shape

from geojson_checks import problems

TEHRAN, KERMAN, BAGHDAD = Point(51.389, 35.689), Point(57.079, 30.283), Point(44.361, 33.312)
HEFEI, SHANGHAI, NANJING = Point(117.227, 31.821), Point(121.474, 31.230), Point(118.797, 32.060)


def areas(fc):
    return {f["properties"]["place"]: f for f in fc["features"] if f["properties"]["kind"] == "area"}


def places(fc):
    return {f["properties"]["name"]: f for f in fc["features"] if f["properties"]["kind"] == "place"}


@pytest.fixture(scope="module")
def anhui():
    from geomap.result import run

    text = "Thousands protested in Anhui on Monday, the provincial government said."
    return text, run(text).geojson


def test_the_seed_draws_iran_as_its_outline(seed_fc, seed_text):
    iran = places(seed_fc)["Iran"]
    area = areas(seed_fc)[iran["properties"]["id"]]
    outline = shape(area["geometry"])
    assert outline.contains(TEHRAN) and outline.contains(KERMAN) and not outline.contains(BAGHDAD)
    p = area["properties"]
    assert p["role"] == iran["properties"]["role"] and p["name"] == "Iran"
    assert p["outline_source"].startswith("countries.geojson")
    assert p["evidence"] == iran["properties"]["evidence"][:1] and p["source"] == iran["properties"]["source"]
    assert area["id"] == p["id"] == f"area:{iran['properties']['id']}"
    assert problems(seed_fc, seed_text) == []


def test_the_place_point_is_kept_unchanged(seed_fc):
    iran = places(seed_fc)["Iran"]
    assert iran["geometry"]["type"] == "Point" and iran["properties"]["uncertainty_m"] > 100_000
    assert iran["id"] == iran["properties"]["id"] == "geonames:130758"


def test_a_province_gets_its_natural_earth_outline(anhui):
    text, fc = anhui
    province = places(fc)["Anhui"]
    assert province["properties"]["place_type"] == "admin1"
    area = areas(fc)[province["properties"]["id"]]
    assert area["properties"]["outline_source"].startswith("naturalearth admin-1")
    outline = shape(area["geometry"])
    assert outline.contains(HEFEI) and not outline.contains(SHANGHAI) and not outline.contains(NANJING)
    assert problems(fc, text) == []


def test_coordinates_are_rounded_and_a_big_country_stays_small():
    from geomap.result import run

    text = "Russia and Fiji said on Monday that talks would go on."
    fc = run(text).geojson
    outlined = {f["properties"]["name"]: f for f in areas(fc).values()}
    assert {"Russia", "Fiji"} <= set(outlined)
    assert problems(fc, text) == []
    russia = outlined["Russia"]
    assert russia["geometry"]["type"] == "MultiPolygon"  # cut at the antimeridian, as RFC 7946 wants
    assert len(json.dumps(russia)) < 100_000
    coords = [c for poly in russia["geometry"]["coordinates"] for ring in poly for pos in ring for c in pos]
    assert all(round(c, 6) == c for c in coords)


def test_a_place_with_no_outline_stays_a_point_and_a_circle():
    from geomap.render import render_html
    from geomap.result import run

    fc = run("Two bombs exploded in Kerman on Wednesday.").geojson
    assert not areas(fc) and places(fc)["Kerman"]["properties"]["place_type"] == "city"
    page = render_html(fc, tiles="none")
    assert "geomap-uncertainty" in page and "geomap-area" not in page
    assert "country / province outline" not in page


def test_the_map_draws_the_outline_instead_of_the_circle(anhui):
    from geomap.render import render_html

    _, fc = anhui
    page = render_html(fc, tiles="none")
    assert "geomap-area" in page and "geomap-uncertainty" not in page
    assert "country / province outline" in page
    assert page == render_html(fc, tiles="none")  # deterministic


def test_areas_are_not_events(anhui):
    from geomap.events_table import event_rows
    from geomap.gazetteer import default_gazetteer

    _, fc = anhui
    assert areas(fc)
    fc = json.loads(json.dumps(fc))
    for f in fc["features"]:
        f["properties"]["role"] = "incident"
    rows = event_rows(fc, default_gazetteer())
    assert [r["kind"] for r in rows] == ["place"]


def test_exports_keep_the_areas(anhui, tmp_path):
    import pyogrio

    from geomap.export import export

    _, fc = anhui
    layers = dict(pyogrio.list_layers(export(fc, tmp_path / "a.gpkg")))
    assert set(layers) == {"places", "areas"}
    assert len(pyogrio.read_dataframe(tmp_path / "a.gpkg", layer="areas")) == 1
    export(fc, tmp_path / "a.csv")
    export(fc, tmp_path / "a.kml")
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").count("area:") >= 1


def test_a_country_outline_read_on_its_own_is_the_one_in_the_file():
    # line_bands parses one country's feature out of countries.geojson; the whole file agrees
    import json

    from geomap import line_bands
    from geomap.geonames_store import data_dir

    features = json.loads((data_dir() / "countries.geojson").read_text(encoding="utf-8"))["features"]
    assert len(features) > 150
    assert all(line_bands._outline_geometry(f["properties"]["iso"]) == f["geometry"] for f in features)
    assert line_bands._outline_geometry("ZZ") is None and line_bands.outline("") is None
    assert set(line_bands._isos()) == {f["properties"]["iso"] for f in features}
