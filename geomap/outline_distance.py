"""Planar distances (in degrees) from a point to the shipped country outlines, without shapely.

:func:`geomap.named_after_anchors.coast_km` asks, for a town an inlet may be
named after, for the nearest point of its country's outline and whether that
point touches another country. Importing shapely (and numpy) for that took
longer than the rest of a hundred articles; the outlines are coarse (about
6,000 vertices in all), so plain Python answers as fast. The arithmetic is
GEOS's (``DistanceOp``, ``LineSegment.closestPoint``), segment by segment in
the same order, so the answers are shapely's.
"""
from __future__ import annotations

import math
from functools import lru_cache

from .line_bands import _isos, _outline_geometry

Ring = tuple[tuple[float, float], ...]


@lru_cache(maxsize=None)
def polygons(iso: str) -> tuple[tuple[Ring, ...], ...]:
    """The country's polygons, each its rings (exterior first, then holes) as (lon, lat) vertices."""
    gj = _outline_geometry((iso or "").upper())
    if gj is None:
        return ()
    parts = gj["coordinates"] if gj["type"] == "MultiPolygon" else [gj["coordinates"]]
    return tuple(tuple(tuple((float(x), float(y)) for x, y, *_ in ring) for ring in poly) for poly in parts)


@lru_cache(maxsize=None)
def _bounds(iso: str) -> tuple[float, float, float, float] | None:
    points = [p for poly in polygons(iso) for ring in poly for p in ring]
    if not points:
        return None
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _point_distance(ax: float, ay: float, x: float, y: float) -> float:
    return math.sqrt((x - ax) * (x - ax) + (y - ay) * (y - ay))


def segment_distance(x: float, y: float, ax: float, ay: float, bx: float, by: float) -> float:
    """Distance from (x, y) to the segment a-b (GEOS ``Distance::pointToSegment``).

    >>> segment_distance(1.0, 1.0, 0.0, 0.0, 2.0, 0.0), segment_distance(3.0, 0.0, 0.0, 0.0, 2.0, 0.0)
    (1.0, 1.0)
    """
    if ax == bx and ay == by:
        return _point_distance(ax, ay, x, y)
    len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay)
    r = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2
    if r <= 0.0:
        return _point_distance(ax, ay, x, y)
    if r >= 1.0:
        return _point_distance(bx, by, x, y)
    s = ((ay - y) * (bx - ax) - (ax - x) * (by - ay)) / len2
    return abs(s) * math.sqrt(len2)


def _closest_on_segment(x: float, y: float, ax: float, ay: float, bx: float, by: float) -> tuple[float, float]:
    """GEOS ``LineSegment::closestPoint``: the projection when it falls inside, else the nearer end."""
    if (x, y) == (ax, ay) or (x, y) == (bx, by):
        return x, y
    dx, dy = bx - ax, by - ay
    len2 = dx * dx + dy * dy
    if len2 > 0.0:
        r = ((x - ax) * dx + (y - ay) * dy) / len2
        if 0.0 < r < 1.0:
            return ax + r * (bx - ax), ay + r * (by - ay)
    return (ax, ay) if _point_distance(ax, ay, x, y) < _point_distance(bx, by, x, y) else (bx, by)


def nearest_boundary_point(iso: str, x: float, y: float) -> tuple[float, float] | None:
    """The point of the country's outline (every ring) nearest to (lon ``x``, lat ``y``), or None
    without an outline: the first nearest segment in ring order, as shapely's ``nearest_points``.

    >>> nearest_boundary_point("XX", 0.0, 0.0) is None
    True
    """
    best, segment = math.inf, None
    for poly in polygons(iso):
        for ring in poly:
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                d = segment_distance(x, y, ax, ay, bx, by)
                if d < best:
                    best, segment = d, (ax, ay, bx, by)
    return None if segment is None else _closest_on_segment(x, y, *segment)


def _inside_ring(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (ax, ay), (bx, by) in zip(ring, ring[1:]):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def within_deg(iso: str, x: float, y: float, limit: float) -> bool:
    """True when the country's outline (its area, holes excepted) lies less than ``limit`` degrees
    from (``x``, ``y``), as shapely's ``polygon.distance(point) < limit``."""
    box = _bounds(iso)
    if box is None or x < box[0] - limit or x > box[2] + limit or y < box[1] - limit or y > box[3] + limit:
        return False
    for poly in polygons(iso):
        if _inside_ring(poly[0], x, y) and not any(_inside_ring(hole, x, y) for hole in poly[1:]):
            return True
    return any(segment_distance(x, y, ax, ay, bx, by) < limit
               for poly in polygons(iso) for ring in poly for (ax, ay), (bx, by) in zip(ring, ring[1:]))


def touches_another(iso: str, x: float, y: float, limit: float) -> bool:
    """True when an outline other than ``iso``'s lies less than ``limit`` degrees from (``x``, ``y``)."""
    own = (iso or "").upper()
    return any(within_deg(other, x, y, limit) for other in _isos() if other != own)
