"""Issue #10: zones and event areas as RFC 7946 wants them.

Exterior rings counter-clockwise and holes clockwise (section 3.1.6), and a
shape that crosses the antimeridian cut into a MultiPolygon there, every
longitude in [-180, 180] (section 3.1.9).
"""
import pytest
from geopy.distance import geodesic
from shapely.geometry import LinearRing, MultiPolygon, Point, shape

from geojson_checks import polygons, problems
from geomap.result import run

EAST_OF_DATELINE_PLACE = {"name": "Datelineport", "lat": -16.5, "lon": 179.95, "radius_m": 500.0}


def test_every_ring_of_the_seed_is_oriented(seed_fc):
    rings = 0
    for f in seed_fc["features"]:
        for poly in polygons(f["geometry"]):
            assert LinearRing(poly[0]).is_ccw, f["id"]
            assert all(not LinearRing(h).is_ccw for h in poly[1:]), f["id"]
            rings += len(poly)
    assert rings >= 4  # two zones and two event areas, with holes


def _dateline_run(gazetteer, text):
    fc = run(text, gazetteer=gazetteer.with_places([EAST_OF_DATELINE_PLACE])).geojson
    assert problems(fc, text) == []
    areas = [f for f in fc["features"] if f["properties"]["kind"] in ("zone", "event")]
    assert len(areas) == 2
    return areas


def _ring_distances(geometry, anchor):
    """Geodesic distances from ``anchor`` of the exterior vertices that are not on the cut."""
    return [geodesic(anchor, (lat, lon)).m for poly in polygons(geometry) for lon, lat in poly[0] if abs(lon) < 180]


def test_a_zone_east_of_a_place_at_lon_179_95_is_past_the_antimeridian(gazetteer):
    zone, event = _dateline_run(gazetteer, "The explosion was 30 km east of Datelineport.")
    for f in (zone, event):
        lons = [lon for poly in polygons(f["geometry"]) for ring in poly for lon, _ in ring]
        assert min(lons) >= -180 and max(lons) <= 180, f["id"]
    # 28.5-31.5 km east of lon 179.95 lies wholly past the antimeridian: lon -179.8 or so, not 180.2
    assert zone["geometry"]["type"] == "Polygon"
    assert all(-180 < lon < -179.5 for lon, _ in zone["geometry"]["coordinates"][0])
    assert event["properties"]["best_guess"][0] < -179.5
    anchor = (EAST_OF_DATELINE_PLACE["lat"], EAST_OF_DATELINE_PLACE["lon"])
    p = zone["properties"]
    assert all(p["inner_m"] - 1 <= d <= p["outer_m"] + 1 for d in _ring_distances(zone["geometry"], anchor))


@pytest.mark.parametrize("text", ["The explosion was 30 km from Datelineport.",
                                  "The explosion was within 30 km of Datelineport."])
def test_a_zone_across_the_antimeridian_is_cut_into_a_multipolygon(gazetteer, text):
    anchor = (EAST_OF_DATELINE_PLACE["lat"], EAST_OF_DATELINE_PLACE["lon"])
    for f in _dateline_run(gazetteer, text):
        assert f["geometry"]["type"] == "MultiPolygon", f["id"]
        parts = shape(f["geometry"])
        assert isinstance(parts, MultiPolygon) and len(parts.geoms) == 2
        east_side = [p for p in parts.geoms if p.bounds[2] == 180.0]  # the anchor's side
        west_side = [p for p in parts.geoms if p.bounds[0] == -180.0]
        assert len(east_side) == len(west_side) == 1
        assert east_side[0].buffer(1e-9).contains(Point(anchor[1], anchor[0])) is ("within" in text)
        outer = f["properties"]["uncertainty_m"] if f["properties"]["kind"] == "event" else f["properties"]["outer_m"]
        assert max(_ring_distances(f["geometry"], anchor)) == pytest.approx(outer, rel=0.01)


def test_rings_that_do_not_cross_keep_one_polygon():
    fc = run("The explosion was 30 km east of Kerman, Iran.").geojson
    areas = [f for f in fc["features"] if f["properties"]["kind"] in ("zone", "event")]
    assert [f["geometry"]["type"] for f in areas] == ["Polygon", "Polygon"]


def test_the_map_draws_a_cut_zone_whole_beside_its_anchor(gazetteer):
    import re

    from geomap.render import render_html

    text = "The explosion was 30 km from Datelineport. A second was 30 km east of Datelineport."
    fc = run(text, gazetteer=gazetteer.with_places([EAST_OF_DATELINE_PLACE])).geojson
    assert {f["geometry"]["type"] for f in fc["features"]} == {"Point", "Polygon", "MultiPolygon"}
    html = render_html(fc, tiles="none")
    lons = [float(x) for x in re.findall(r"\[-1[56]\.\d+, (-?1[78]\d\.\d+)\]", html)]
    assert lons and max(lons) > 180  # the parts past the antimeridian are drawn next to lon 179.95 ...
    assert min(lons) > 179  # ... not at the other edge of the world


def test_cut_zones_export_to_gis_files(gazetteer, tmp_path):
    import pyogrio

    from geomap.export import export

    fc = run("The explosion was 30 km from Datelineport.",
             gazetteer=gazetteer.with_places([EAST_OF_DATELINE_PLACE])).geojson
    for layer in ("zones", "events"):
        df = pyogrio.read_dataframe(export(fc, tmp_path / "cut.gpkg"), layer=layer)
        assert df.geometry.geom_type.tolist() == ["MultiPolygon"]
        assert df.geometry.is_valid.all()
