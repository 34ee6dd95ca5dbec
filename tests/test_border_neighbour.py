"""A border named with its neighbour is a band along that shared border only (issue #11).

"26 km from the border with Ukraine" said of Rylsk (Russia) is measured from the Russia-Ukraine border, not
from every border of Ukraine; a border the text does not pin down keeps all the country's land borders and
says so.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geomap
from geomap.geometry import _geod
from geomap.line_bands import band, densify, line_parts, outline

FRESH6 = Path(__file__).resolve().parent.parent / "eval" / "relations" / "fresh6.jsonl"
PAIRS = [("UA", "RU"), ("UA", "RO"), ("RO", "UA"), ("FR", "ES"), ("DE", "PL"), ("TR", "SY"), ("AF", "PK")]


def _quote(rid: str) -> str:
    rows = [json.loads(line) for line in FRESH6.read_text(encoding="utf-8").splitlines() if line.strip()]
    return next(r["quote"] for r in rows if r["id"] == rid)


def _zone(quote: str) -> dict:
    from shapely.geometry import shape

    zones = [f for f in geomap.run(quote).geojson["features"]
             if f["properties"]["kind"] == "zone" and f["properties"]["shape"] == "band"]
    assert len(zones) == 1
    return {**zones[0]["properties"], "geom": shape(zones[0]["geometry"])}


def _max_distance_m(geom, points) -> float:
    """The largest geodesic distance from a vertex of ``geom`` to its nearest point of ``points``."""
    polys = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    worst = 0.0
    for poly in polys:
        for x, y in poly.exterior.coords:
            worst = max(worst, min(_geod().inv(x, y, px, py)[2] for px, py in points))
    return worst


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=st.sampled_from(PAIRS), outer_km=st.floats(min_value=15.0, max_value=150.0))
def test_one_neighbour_band_lies_along_that_border_and_within_the_all_borders_band(pair, outer_km):
    iso, other = pair
    inner_m, outer_m = outer_km * 900.0, outer_km * 1000.0
    # Within outer_m of one border is within outer_m of some border; the hole is not compared, since a point
    # inner_m from the named border may lie nearer another one ("25 km from the border with Russia" near Belarus).
    near_one, near_any = band(iso, "border", 0.0, outer_m, other), band(iso, "border", 0.0, outer_m)
    assert near_one.difference(near_any).area <= 1e-9 * near_any.area
    assert near_one.area < near_any.area
    one = band(iso, "border", inner_m, outer_m, other)
    assert one.difference(near_one).area <= 1e-9 * near_one.area
    shared = [p for part in line_parts(iso, "border", other) for p in densify(part, outer_m / 4)]
    assert _max_distance_m(one, shared) <= outer_m * 1.01


def test_rylsk_is_measured_from_the_russia_ukraine_border_only():  # r402
    zone = _zone(_quote("r402"))
    assert "border of Ukraine with RU" in zone["description"]
    assert zone["line"] == "border of UA with RU"
    assert not zone["geom"].intersects(outline("PL"))  # Ukraine's western border is not the line named
    assert zone["geom"].intersects(outline("RU"))


def test_chortkiv_is_measured_from_the_romania_ukraine_border_only():  # r403
    zone = _zone(_quote("r403"))
    assert "border of Romania with UA" in zone["description"]
    assert not zone["geom"].intersects(outline("BG"))  # Romania's southern border is not the line named


def test_a_border_without_a_neighbour_keeps_all_borders_and_says_so():
    zone = _zone("The shell landed 30 km from the border with Ukraine.")
    assert "names no neighbour" in zone["description"]
    assert zone["line"] == "border of UA"
    assert zone["geom"].intersects(outline("PL")) and zone["geom"].intersects(outline("RU"))


@pytest.mark.parametrize("text, expected", [
    ("The village of Kozacha Lopan, 30 km from the Russian border, was shelled.", "border of Russia with UA"),
    ("The drone fell 40 km from Turkey's border with Syria.", "border of Syria with TR"),
    ("The shell hit a village 20 km from the Russia-Ukraine border.", "border of Russia with UA"),
    ("The shell hit a village 20 km from the Russian-Ukrainian border.", "border of Russia with UA"),
])
def test_the_neighbour_is_the_located_place_or_the_named_one(text, expected):
    assert expected in _zone(text)["description"]
