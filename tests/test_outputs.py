"""Outputs for reports: exports, fragments, iframe, PNG errors (issue 5)."""
import json
import re

import pyogrio
import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import OutputError
from geomap.export import export
from geomap.render import render_fragment, render_html, render_iframe, timeline_steps

from conftest import SEED


def kinds(fc):
    out = {}
    for f in fc["features"]:
        out[f["properties"]["kind"]] = out.get(f["properties"]["kind"], 0) + 1
    return out


def test_geopackage_has_a_layer_per_kind(seed_fc, tmp_path):
    path = export(seed_fc, tmp_path / "seed.gpkg")
    layers = {name: geom for name, geom in pyogrio.list_layers(path)}
    assert layers == {"places": "Point", "zones": "Polygon", "events": "Polygon", "areas": "MultiPolygon"}
    zones = pyogrio.read_dataframe(path, layer="zones")
    assert sorted(zones["distance_m"]) == [700, 1000]
    assert zones.crs.to_epsg() == 4326
    # nested properties survive as JSON text, unchanged, and each evidence item carries its quote
    source = {f["properties"]["id"]: f["properties"] for f in seed_fc["features"]}
    sentences = seed_fc["geomap"]["sentences"]
    for zone_id, evidence in zip(zones["id"], zones["evidence"]):
        items = json.loads(evidence)
        assert [{k: v for k, v in e.items() if k != "quote"} for e in items] == source[zone_id]["evidence"]
        for e in items:
            assert e["text"] in e["quote"] and e["quote"] in sentences[e["sentence"]]["text"]
    assert len(pyogrio.read_dataframe(path, layer="places")) == kinds(seed_fc)["place"]


def test_kml_and_csv_and_geojson(seed_fc, tmp_path):
    kml = pyogrio.read_dataframe(export(seed_fc, tmp_path / "seed.kml"))
    assert len(kml) == len(seed_fc["features"])
    assert "Kerman" in set(kml["Name"])
    import csv

    with open(export(seed_fc, tmp_path / "seed.csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(seed_fc["features"])
    kerman = next(r for r in rows if r["name"] == "Kerman")
    assert (float(kerman["lat"]), float(kerman["lon"])) == pytest.approx((30.28321, 57.07879))
    assert kerman["wkt"].startswith("POINT")
    gj = json.loads(export(seed_fc, tmp_path / "seed.geojson").read_text())
    assert gj == json.loads(json.dumps(seed_fc))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.csv", "seed.geojson", "seed.kml"]


def test_export_errors(seed_fc, tmp_path):
    with pytest.raises(OutputError, match="unknown export format 'shp'"):
        export(seed_fc, tmp_path / "x.shp")
    with pytest.raises(OutputError, match="is a directory"):
        export(seed_fc, tmp_path, "gpkg")


def test_map_command_writes_every_export(tmp_path):
    res = CliRunner().invoke(cli, ["map", str(SEED), "-o", str(tmp_path / "m.html"), "--gpkg",
                                   str(tmp_path / "m.gpkg"), "--csv", str(tmp_path / "m.csv"), "-q"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv", "m.gpkg", "m.html"]


def test_fragment_does_not_clash(seed_fc):
    frag = render_fragment(seed_fc)
    prefix = re.search(r'id="(g[0-9a-f]{8}_)wrap"', frag).group(1)
    assert not frag.lstrip().lower().startswith(("<!doctype", "<html"))
    ids = re.findall(r'id="([^"]+)"', frag)
    assert ids and all(prefix in i for i in ids)
    # the map's own script runs in a function scope: no global `var map_...`
    assert re.search(r"<script>\(function\(\)\{\s*var map_" + prefix, frag)
    assert "if(window.L&&window.L.version){return;}" in frag
    other = render_fragment({**seed_fc, "features": seed_fc["features"][:3]})
    assert re.search(r'id="(g[0-9a-f]{8}_)wrap"', other).group(1) != prefix


def test_fragment_height_is_validated(seed_fc):
    with pytest.raises(ValueError, match="bad height"):
        render_fragment(seed_fc, height="500px;background:url(x)")


def test_iframe_srcdoc_escapes_the_page(seed_fc):
    frame = render_iframe(seed_fc)
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    body = frame[len('<iframe srcdoc="'):frame.index('" style=')]
    assert '"' not in body and "<" not in body


def test_embed_command(tmp_path):
    res = CliRunner().invoke(cli, ["embed", str(SEED), "--height", "400px"])
    assert res.exit_code == 0
    assert res.stdout.startswith('<div class="geomap-fragment"') and "height:400px" in res.stdout
    bad = CliRunner().invoke(cli, ["embed", str(SEED), "--iframe", "--height", "50%"])
    assert bad.exit_code == 2
    assert bad.stderr == "Error: bad height '50%': --iframe takes pixels, e.g. 500px\n"


def test_timeline_orders_the_seed_events(seed_fc):
    steps = timeline_steps(seed_fc)
    assert [(label, when) for label, when, _, _ in steps] == [
        ("first explosion", None), ("second explosion", "some 15 minutes after the first")]
    assert "geomapControls.timeline(" in render_html(seed_fc, tiles="none")


def test_self_contained_seed_map_is_small(seed_fc):
    page = render_html(seed_fc, tiles="none")
    assert len(page.encode("utf-8")) <= 400_000
    assert "tile.openstreetmap.org" not in page


def test_png_without_a_browser_is_a_clear_error(monkeypatch, tmp_path):
    import geomap.png

    monkeypatch.setattr(geomap.png, "find_chromium", lambda: None)
    res = CliRunner().invoke(cli, ["map", str(SEED), "-o", str(tmp_path / "m.html"), "--png", str(tmp_path / "m.png")])
    assert res.exit_code == 7
    # the HTML was written before the PNG failed: the error says so, and where
    assert res.stderr == ("Error: PNG export needs a Chromium browser: apt-get install chromium "
                          f"(or set GEOMAP_CHROMIUM to its path); already written: {tmp_path / 'm.html'}\n")
    assert not (tmp_path / "m.png").exists()
    assert (tmp_path / "m.html").exists()


def test_open_says_when_no_browser_could_be_opened(monkeypatch, tmp_path):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda uri: opened.append(uri) or False)
    out = tmp_path / "m.html"
    res = CliRunner().invoke(cli, ["map", str(SEED), "-o", str(out), "--open", "-q"])
    assert res.exit_code == 0
    assert opened == [out.resolve().as_uri()]
    assert res.stderr == f"warning: --open: no browser could be opened; the map is at {out.resolve().as_uri()}\n"
    monkeypatch.setattr(webbrowser, "open", lambda uri: True)
    assert CliRunner().invoke(cli, ["map", str(SEED), "-o", str(out), "--open", "-q"]).stderr == ""


def test_no_self_contained_is_refused():
    res = CliRunner().invoke(cli, ["map", str(SEED), "--no-self-contained"])
    assert res.exit_code == 2
    assert res.stderr == "Error: --no-self-contained is not offered: geomap maps never load scripts from a CDN\n"


def test_jupyter_shows_the_result_as_its_map():
    from geomap import run

    result = run("Two bombs went off 700 meters from the Kremlin in Moscow.")
    shown = result._repr_html_()
    assert shown.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and 'sandbox="allow-scripts' in shown
    assert "geomap-zone" in result.to_html()


def test_result_has_a_geo_interface_geopandas_reads(seed_fc):
    import geopandas as gpd

    from geomap.result import Result

    result = Result(seed_fc, name="seed")
    gdf = gpd.GeoDataFrame.from_features(result)
    assert len(gdf) == len(seed_fc["features"])
    assert sorted(set(gdf["kind"])) == ["area", "event", "place", "zone"]
    zones = result.to_geodataframe("zone")
    assert list(zones["kind"]) == ["zone"] * sum(f["properties"]["kind"] == "zone" for f in seed_fc["features"])
    assert zones.crs.to_epsg() == 4326
    assert zones.geometry.iloc[0].geom_type in ("Polygon", "MultiPolygon")
