"""Places the user supplies: --place, --places (CSV/GeoJSON), geomap.toml (issue 6)."""
import json

import pytest
from click.testing import CliRunner
from geopy.distance import geodesic

from geomap.cli import cli
from geomap.errors import ConfigError, InputError
from geomap.user_places import config_places, make_place, parse_place, read_places_file, user_places

from conftest import SEED

GRAVE = "Soleimani's grave=30.2829,57.0924;radius=150;alias=the gravesite|the cemetery"


def extract(*args):
    res = CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def grave_features(fc):
    return [f for f in fc["features"] if "grave" in f["properties"]["name"].lower()
            and f["properties"]["kind"] == "place"]


def test_place_option_overrides_the_curated_landmark():
    fc = extract(str(SEED), "--place", GRAVE, "-q")
    graves = grave_features(fc)
    assert len(graves) == 1
    p = graves[0]["properties"]
    assert p["source"] == "user:soleimanis-grave" and p["source_note"] == "user-supplied"
    assert graves[0]["geometry"]["coordinates"] == [57.0924, 30.2829]
    assert p["uncertainty_m"] == 150
    # every alias of the curated landmark now points at the user's place
    assert {e["text"] for e in p["evidence"]} == {"Soleimani\u2019s gravesite", "Soleimani\u2019s grave",
                                                  "the cemetery"}
    zones = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone"]
    assert {z["anchor"] for z in zones} == {"user:soleimanis-grave"}
    event = next(f for f in fc["features"] if f["properties"]["kind"] == "event")
    assert event["properties"]["uncertainty_m"] == pytest.approx(750 + 150)


def test_user_supplied_shows_in_the_popup(tmp_path):
    out = tmp_path / "m.html"
    res = CliRunner().invoke(cli, ["map", str(SEED), "-o", str(out), "--place", GRAVE, "-q"])
    assert res.exit_code == 0
    assert "user-supplied" in out.read_text()


def test_places_file_csv_and_geojson(tmp_path):
    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,lat,lon,radius_m,aliases\nSoleimani's grave,30.2829,57.0924,200,the gravesite\n")
    fc = extract(str(SEED), "--places", str(csv_file), "-q")
    assert grave_features(fc)[0]["properties"]["uncertainty_m"] == 200
    gj = tmp_path / "places.geojson"
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [57.0924, 30.2829]},
        "properties": {"name": "Soleimani's grave", "radius_m": 120}}]}))
    assert grave_features(extract(str(SEED), "--places", str(gj), "-q"))[0]["properties"]["uncertainty_m"] == 120


def test_geomap_toml_beside_the_article(tmp_path):
    article = tmp_path / "kerman.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "geomap.toml").write_text(
        '[map]\ntiles = "none"\n\n[[places]]\nname = "Soleimani\'s grave"\nlat = 30.2829\nlon = 57.0924\n'
        'radius_m = 90\naliases = ["the gravesite"]\n')
    fc = extract(str(article), "-q")
    grave = grave_features(fc)[0]
    assert grave["properties"]["uncertainty_m"] == 90
    out = tmp_path / "k.html"
    assert CliRunner().invoke(cli, ["map", str(article), "-o", str(out), "-q"]).exit_code == 0
    assert "tile.openstreetmap.org" not in out.read_text()  # [map] tiles = "none"


def test_a_user_place_can_override_a_town():
    res = CliRunner().invoke(cli, ["extract", "-", "--place", "Kerman=30.30,57.10;radius=2000", "-q"],
                             input="Two bombs went off in Kerman, Iran.")
    fc = json.loads(res.stdout)
    kerman = next(f for f in fc["features"] if f["properties"]["name"] == "Kerman")
    assert kerman["properties"]["source"] == "user:kerman"
    assert geodesic((30.30, 57.10), tuple(reversed(kerman["geometry"]["coordinates"]))).m < 1


@pytest.mark.parametrize("spec,message", [
    ("Kerman", "bad --place 'Kerman': expected NAME=LAT,LON[;radius=M][;alias=A|B]"),
    ("Kerman=95,57", "place 'Kerman' (Kerman=95,57): latitude/longitude out of range"),
    ("Kerman=30,57;radius=-5", "place 'Kerman' (Kerman=30,57;radius=-5): radius must be between 0 and 20,000 km"),
    ("Kerman=30,57;colour=red", "bad --place 'Kerman=30,57;colour=red': unknown option 'colour' (radius, alias)"),
])
def test_bad_place_specs(spec, message):
    with pytest.raises(InputError) as err:
        parse_place(spec)
    assert str(err.value) == message
    res = CliRunner().invoke(cli, ["extract", str(SEED), "--place", spec])
    assert res.exit_code == 3 and res.stderr == f"Error: {message}\n"


def test_bad_config_is_one_line(tmp_path):
    cfg = tmp_path / "geomap.toml"
    cfg.write_text("[geocoder\nname = 1")
    res = CliRunner().invoke(cli, ["extract", str(SEED), "--config", str(cfg)])
    assert res.exit_code == 2 and res.stderr.startswith(f"Error: {cfg}: not valid TOML (")
    assert res.stderr.count("\n") == 1


def test_a_latitude_out_of_range_says_so_in_every_source(tmp_path):
    """InputError is a ValueError: the callers' `except ValueError` used to hide the real message (issue 10)."""
    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,lat,lon\nGrave,95,57.09\n")
    gj = tmp_path / "places.geojson"
    gj.write_text(json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": [57.09, 95]},
                              "properties": {"name": "Grave"}}))
    cfg = tmp_path / "geomap.toml"
    cfg.write_text('[[places]]\nname = "Grave"\nlat = 95\nlon = 57.09\n')
    for args, where in ((["--places", str(csv_file)], f"{csv_file} line 2"), (["--places", str(gj)], str(gj)),
                        (["--config", str(cfg)], f"{cfg} places[0]")):
        res = CliRunner().invoke(cli, ["extract", str(SEED), *args])
        assert res.exit_code == 3
        assert res.stderr == f"Error: place 'Grave' ({where}): latitude/longitude out of range\n"


def test_embed_uses_the_config_tiles(tmp_path):
    article = tmp_path / "kerman.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert "tile.openstreetmap.org" in CliRunner().invoke(cli, ["embed", str(article), "-q"]).stdout
    (tmp_path / "geomap.toml").write_text('[map]\ntiles = "none"\n')
    res = CliRunner().invoke(cli, ["embed", str(article), "-q"])
    assert res.exit_code == 0 and "tile.openstreetmap.org" not in res.stdout
    res = CliRunner().invoke(cli, ["embed", str(article), "-q", "--tiles", "light"])
    assert "tile.openstreetmap.org" not in res.stdout and "World_Light_Gray_Base" in res.stdout


def test_every_source_makes_the_same_place(tmp_path):
    """--place, CSV, GeoJSON and [[places]] all go through make_place: same fields, same defaults."""
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("name,lat,lon,radius_m,aliases\nGrave,30.2829,57.0924,,the gravesite|the cemetery\n")
    gj = tmp_path / "p.geojson"
    gj.write_text(json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": [57.0924, 30.2829]},
                              "properties": {"name": "Grave", "aliases": ["the gravesite", "the cemetery"]}}))
    expected = make_place("Grave", 30.2829, 57.0924, None, ["the gravesite", "the cemetery"])
    assert expected["radius_m"] == 100.0
    assert parse_place("Grave=30.2829,57.0924;alias=the gravesite|the cemetery") == expected
    assert read_places_file(csv_file) == [expected]
    assert read_places_file(gj) == [expected]
    toml_places = [{"name": "Grave", "lat": 30.2829, "lon": 57.0924, "aliases": ["the gravesite", "the cemetery"]}]
    assert config_places({"places": toml_places}, tmp_path / "geomap.toml") == [expected]


def test_user_places_gathers_settings_file_then_file_then_options(tmp_path):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("name,lat,lon\nB,2,2\n")
    config = {"places": [{"name": "A", "lat": 1, "lon": 1}]}
    places = user_places(config, tmp_path / "geomap.toml", str(csv_file), ["C=3,3", "D=4,4"])
    assert [p["name"] for p in places] == ["A", "B", "C", "D"]
    assert user_places({}, None) == []


def test_a_settings_place_without_coordinates_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError) as err:
        config_places({"places": [{"name": "A", "lat": 1}]}, tmp_path / "geomap.toml")
    assert str(err.value) == f"{tmp_path / 'geomap.toml'}: places[0] needs name, lat, lon (radius_m, aliases optional)"
