"""coast_km (the inlet-anchor guard) in plain Python: shapely's answers, without importing shapely."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.line_bands import TOUCH_DEG, _isos, _outlines, outline
from geomap.model import Entry
from geomap.named_after_anchors import COAST_KM, coast_km
from geomap.outline_distance import nearest_boundary_point, touches_another

ROOT = Path(__file__).resolve().parent.parent


def _shapely_coast_km(entry: Entry) -> float:
    """The guard as it was written with shapely (nearest point of the outline, then its neighbours)."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    from geomap.geometry import great_circle_km

    poly = outline(entry.country) if entry.country else None
    if poly is None:
        return math.inf
    near = nearest_points(poly.boundary, Point(entry.lon, entry.lat))[0]
    if any(g.distance(near) < TOUCH_DEG for k, g in _outlines().items() if k != entry.country.upper()):
        return math.inf
    return great_circle_km(entry.lat, entry.lon, near.y, near.x)


def _probes(iso: str, n: int = 6) -> list[tuple[float, float]]:
    """A grid over the country's bounding box (a degree beyond it) and points just off some vertices."""
    minx, miny, maxx, maxy = outline(iso).bounds
    grid = [(minx - 1 + (maxx - minx + 2) * i / (n - 1), miny - 1 + (maxy - miny + 2) * j / (n - 1))
            for i in range(n) for j in range(n)]
    ring = list(outline(iso).boundary.geoms[0].coords if hasattr(outline(iso).boundary, "geoms")
                else outline(iso).boundary.coords)
    near_vertices = [(x + 0.05, y - 0.07) for x, y in ring[:: max(1, len(ring) // 8)]]
    return [(x, max(-89.9, min(89.9, y))) for x, y in grid + near_vertices]


def _entry(iso: str, lon: float, lat: float) -> Entry:
    return Entry(f"test:{iso}:{lon:.3f}:{lat:.3f}", "Probe", lat, lon, iso, None, 0, "city", 1000.0)


@pytest.mark.parametrize("iso", _isos())
def test_coast_km_is_shapelys_answer_around_every_country(iso):
    for lon, lat in _probes(iso):
        e = _entry(iso, lon, lat)
        ours, theirs = coast_km(e), _shapely_coast_km(e)
        assert (ours <= COAST_KM) == (theirs <= COAST_KM), (iso, lon, lat, ours, theirs)
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-9), (iso, lon, lat)


def test_the_nearest_point_and_the_neighbour_test_agree_with_shapely():
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    for iso in ("CA", "US", "ZA", "LS", "IT", "NO", "CL"):  # long coasts, a hole (Lesotho in South Africa)
        for lon, lat in _probes(iso, 9):
            near = nearest_points(outline(iso).boundary, Point(lon, lat))[0]
            assert nearest_boundary_point(iso, lon, lat) == pytest.approx((near.x, near.y), abs=1e-12)
            theirs = any(g.distance(Point(lon, lat)) < TOUCH_DEG for k, g in _outlines().items() if k != iso)
            assert touches_another(iso, lon, lat, TOUCH_DEG) == theirs, (iso, lon, lat)


def test_no_outline_is_infinitely_far_from_a_coast():
    assert coast_km(_entry("XX", 10.0, 10.0)) == math.inf
    assert coast_km(Entry("test:none", "Probe", 10.0, 10.0, None, None, 0, "city", 1000.0)) == math.inf


def test_coast_km_does_not_import_shapely():
    """The first inlet statement of a batch paid for importing shapely and numpy (about 0.15 s)."""
    code = ("import sys; from geomap.model import Entry; from geomap.named_after_anchors import coast_km; "
            "km = coast_km(Entry('t', 'Steveston', 49.12, -123.18, 'CA', None, 0, 'city', 1000.0)); "
            "print(km < 40, 'shapely' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}).stdout.split()
    assert out == ["True", "False", "False"]
