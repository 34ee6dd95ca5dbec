"""A state's or province's line as an anchor: "about 40 miles north of the Arkansas line", "25 miles south of
the Oregon border", "10 km from the Texas state line".

A distance from such a line is measured from the line, not from the division's centre hundreds of kilometres
away. The line is drawn from the shipped Natural Earth admin-1 outlines (``data/admin1_outlines.tsv``,
:mod:`geomap.outlines`):

- the **boundary** of a division is the part of its outline that runs within :data:`TOUCH_DEG` of another
  division's outline (its land boundary with its neighbours, in the same country or across a national border);
  a coast is not part of it;
- with no direction stated, the band lies on both sides of the line, as a country's border band does
  (:mod:`geomap.line_bands`): every point of it lies between the statement's two distances of some point of
  the line (the union of geodesic discs along the line, less the discs of the inner distance);
- with a direction ("40 miles north of the Arkansas line"), the text says which side: the band is the union of
  annular sectors in that direction from the points of the line whose stated distance in that direction leaves
  the division, less the division itself: the side beyond the line, towards the stated direction.

The neighbours are found among the outlines whose first vertex lies within :data:`NEIGHBOUR_REACH_DEG` of the
division's bounds (a cheap scan of the file's bytes, parsing only those), once per division and process, and
only when a statement measures from a division's line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .geometry import UndrawableZone, destination, sector
from .line_bands import LINE_UNCERTAINTY_M, disc, points_along

TOUCH_DEG = 0.05  # a vertex this close to another division's outline is on the boundary (the outlines are simplified)
NEIGHBOUR_REACH_DEG = 25.0  # how far from a division's bounds a neighbour's first vertex may lie
_FIRST_VERTEX = re.compile(rb'\n([^\t\n]+)\t\{"type":"(?:Multi)?Polygon","coordinates":\[+(-?[\d.]+),(-?[\d.]+)')


def _store():
    from .areas import _admin1_outlines

    return _admin1_outlines()


@lru_cache(maxsize=None)
def division_outline(source: str):
    """The division's outline (a shapely Polygon or MultiPolygon), or ``None`` when the data has none."""
    from shapely.geometry import shape

    gj = _store().outline(source)
    return shape(gj) if gj else None


@lru_cache(maxsize=16)
def _neighbours(source: str) -> tuple:
    """The outlines of the divisions that touch ``source``'s (within :data:`TOUCH_DEG`)."""
    import shapely

    own = division_outline(source)
    if own is None:
        return ()
    minx, miny, maxx, maxy = own.bounds
    reach = NEIGHBOUR_REACH_DEG
    data = _store().raw()
    found = []
    for m in _FIRST_VERTEX.finditer(data):
        x, y = float(m.group(2)), float(m.group(3))
        if not (minx - reach <= x <= maxx + reach and miny - reach <= y <= maxy + reach) or \
                m.group(1).decode("utf-8") == source:
            continue
        end = data.find(b"\n", m.end())
        geom = shapely.from_geojson(data[m.end(1) + 1:end if end >= 0 else len(data)])  # GEOS reads the text
        gx0, gy0, gx1, gy1 = geom.bounds
        if gx0 <= maxx + TOUCH_DEG and minx - TOUCH_DEG <= gx1 and gy0 <= maxy + TOUCH_DEG and \
                miny - TOUCH_DEG <= gy1 and geom.distance(own) < TOUCH_DEG:
            found.append(geom)
    return tuple(found)


@lru_cache(maxsize=16)
def boundary_parts(source: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The runs of the division's outline vertices (lon, lat) that lie on its boundary with a neighbour."""
    from shapely.geometry import Point
    from shapely.ops import unary_union

    own, neighbours = division_outline(source), _neighbours(source)
    if own is None or not neighbours:
        return ()
    others = unary_union(neighbours)
    parts, run = [], []
    for ring in [g.exterior.coords for g in (own.geoms if own.geom_type == "MultiPolygon" else [own])]:
        for x, y in ring:
            if others.distance(Point(x, y)) < TOUCH_DEG:
                run.append((x, y))
            elif run:
                parts.append(tuple(run))
                run = []
        if run:
            parts.append(tuple(run))
            run = []
    return tuple(p for p in parts if len(p) > 1)


def has_boundary(source: str) -> bool:
    """Whether the shipped outlines give ``source`` a boundary with a neighbour to measure from."""
    return bool(boundary_parts(source))


def division_band(source: str, inner_m: float, outer_m: float, bearing_deg: float | None = None,
                  halfwidth_deg: float | None = None):
    """The band ``inner_m``..``outer_m`` from the division's boundary, towards ``bearing_deg`` (beyond the line)
    when one is stated, as a shapely (Multi)Polygon in lon/lat.

    Raises :class:`~geomap.geometry.UndrawableZone` when there is no boundary or it is too long to draw.
    """
    from shapely.ops import unary_union

    parts = boundary_parts(source)
    if not parts or outer_m <= inner_m:
        raise UndrawableZone(f"no boundary of {source} with another division in the shipped outlines")
    points = points_along(parts, outer_m / 4, "the boundary")
    own = division_outline(source)
    if bearing_deg is None:
        area = unary_union([disc(lon, lat, outer_m) for lon, lat in points])
    else:
        beyond = [(lon, lat) for lon, lat in points if not _inside(own, *destination(lat, lon, bearing_deg, outer_m))]
        if not beyond:
            raise UndrawableZone(f"no part of the boundary of {source} faces {bearing_deg:g} deg")
        area = unary_union([sector(lat, lon, 0.0, outer_m, bearing_deg, halfwidth_deg or 22.5)
                            for lon, lat in beyond]).difference(own)
    if inner_m >= LINE_UNCERTAINTY_M:  # a hole narrower than the outlines' own error is not drawn
        holes = points_along(parts, inner_m / 4, "the boundary")
        area = area.difference(unary_union([disc(lon, lat, inner_m) for lon, lat in holes]))
    if area.is_empty:
        raise UndrawableZone(f"the band along the boundary of {source} is empty")
    return area


def _inside(geom, lat: float, lon: float) -> bool:
    from shapely.geometry import Point

    return geom.contains(Point(lon, lat))
