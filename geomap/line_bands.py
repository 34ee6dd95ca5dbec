"""Lines as anchors: "20 nautical miles off the coast of X", "5 km from the border with X".

A distance from a coast or a border is a band along that line, not a ring
around the country's centre. The lines come from the shipped country outlines
(``data/countries.geojson``, coarse: a few dozen vertices for most countries):

- a country's **border** is the part of its outline that runs within
  :data:`TOUCH_DEG` of another country's outline (the neighbour named, when the
  text names one); its **coast** is the rest;
- the band is the union of geodesic discs (WGS84, pyproj) of the outer radius
  centred on points spaced at most a quarter of that radius along the line,
  less the union of discs of the inner radius (spaced at a quarter of it; an
  inner radius under :data:`LINE_UNCERTAINTY_M`, finer than the outlines, is not
  cut out): every point of the band lies
  between the two distances of some point of the line, in metres on the
  ellipsoid (between two centres the union is short of the true buffer by
  under 1/100 of the radius);
- a coast band keeps the sea side (outside the country's outline); a border
  band keeps both sides, since "5 km from the border" does not say which;
- a coast band with a direction ("110 km north of Turkey's Mediterranean
  coastline", "1,000 miles east of the Somali coast") is the union of the
  annular sectors in that direction from the points of the coast: the text
  says which way from the coast, and that may be inland as well as out to sea,
  so neither side is cut away (:func:`_sectors_along`).
"""
from __future__ import annotations

import json
from functools import lru_cache

from .geometry import UndrawableZone, _geod, circle_lonlat

TOUCH_DEG = 0.3  # a vertex this close to another outline (in degrees: a selection, not a shape) is on a border
LINE_UNCERTAINTY_M = 10_000.0  # how far the coarse outlines may be from the true coast or border
MAX_POINTS = 4000  # discs in one band; more means a line far longer than the distance is wide
DISC_SEGMENTS = 48


@lru_cache(maxsize=1)
def _outline_text() -> str:
    """``countries.geojson`` as written by ``scripts/build_outlines.py``: compact JSON, one feature
    after another, each opening with its ``iso`` property."""
    from .assets import data_dir

    return (data_dir() / "countries.geojson").read_text(encoding="utf-8")


_FEATURE_OPEN = '{"type":"Feature","properties":{"iso":'


@lru_cache(maxsize=None)
def _outline_geometry(iso: str) -> dict | None:
    """One country's GeoJSON geometry, parsed from its own feature only: a map names a few
    countries, and parsing all 250 took longer than everything else it does with them."""
    text = _outline_text()
    start = text.find(f'{_FEATURE_OPEN}"{iso}"')
    if start < 0:
        return None
    end = text.find("," + _FEATURE_OPEN, start + 1)
    feature = json.loads(text[start:end] if end >= 0 else text[start:text.rindex("]")])
    return feature["geometry"]


@lru_cache(maxsize=1)
def _isos() -> tuple[str, ...]:
    return tuple(f["properties"]["iso"] for f in json.loads(_outline_text())["features"])


@lru_cache(maxsize=None)
def outline(iso: str):
    """The country's outline (a shapely Polygon or MultiPolygon), or ``None``; made on first use."""
    from shapely.geometry import shape

    gj = _outline_geometry((iso or "").upper())
    return shape(gj) if gj is not None else None


def _outlines() -> dict:
    """Every country's outline, by ISO code (a band along a border looks at the neighbours)."""
    return {iso: outline(iso) for iso in _isos()}


def line_parts(iso: str, line: str, other: str | None = None) -> list[list[tuple[float, float]]]:
    """The runs of outline vertices (lon, lat) that make the ``line`` ("coast" or "border") of ``iso``."""
    poly = outline(iso)
    if poly is None:
        return []
    others = [g for k, g in _outlines().items() if k != iso.upper() and (other is None or k == other.upper())]
    parts: list[list[tuple[float, float]]] = []
    for ring in _rings(poly):
        run: list[tuple[float, float]] = []
        for x, y in ring:
            from shapely.geometry import Point

            on_border = any(g.distance(Point(x, y)) < TOUCH_DEG for g in others)
            if on_border == (line == "border"):
                run.append((x, y))
            elif run:
                parts.append(run)
                run = []
        if run:
            parts.append(run)
    return [p for p in parts if p]


def _rings(poly):
    geoms = poly.geoms if poly.geom_type == "MultiPolygon" else [poly]
    return [list(g.exterior.coords) for g in geoms]


def densify(part: list[tuple[float, float]], step_m: float) -> list[tuple[float, float]]:
    """The points of a run of vertices, with geodesic points added so that none are more than ``step_m`` apart."""
    out = [part[0]]
    for (x1, y1), (x2, y2) in zip(part, part[1:]):
        length = _geod().inv(x1, y1, x2, y2)[2]
        n = int(length // step_m)
        if n:
            out += _geod().npts(x1, y1, x2, y2, n)
        out.append((x2, y2))
    return out


def band(iso: str, line: str, inner_m: float, outer_m: float, other: str | None = None,
         bearing_deg: float | None = None, halfwidth_deg: float | None = None):
    """The band ``inner_m``..``outer_m`` metres from ``iso``'s ``line``, as a shapely (Multi)Polygon in lon/lat;
    from a coast with ``bearing_deg``, the part lying that way from it (:func:`_sectors_along`).

    Raises :class:`~geomap.geometry.UndrawableZone` when the country has no such line or it is too long to draw.
    """
    parts = line_parts(iso, line, other)
    if not parts or outer_m <= inner_m:
        raise UndrawableZone(f"no {line} of {iso} in the shipped outlines")
    centre_lon = outline(iso).centroid.x
    directed = line == "coast" and bearing_deg is not None
    if directed:
        area = _sectors_along(parts, outer_m, centre_lon, iso, bearing_deg, halfwidth_deg or 22.5)
    else:
        area = _discs_along(parts, outer_m, centre_lon, iso, line)
    if inner_m >= LINE_UNCERTAINTY_M:  # a hole narrower than the outlines' own error is not drawn
        area = area.difference(_discs_along(parts, inner_m, centre_lon, iso, line))
    if line == "coast" and not directed:
        area = area.difference(outline(iso))
    if area.is_empty:
        raise UndrawableZone(f"the band off the {line} of {iso} is empty")
    return area


def _discs_along(parts, radius_m: float, centre_lon: float, iso: str, line: str):
    """The union of geodesic discs of ``radius_m`` centred at most a quarter of it apart along the line:
    between two centres it falls short of the true buffer by under 1/100 of the radius."""
    from shapely.ops import unary_union

    points = points_along(parts, radius_m / 4, f"the {line} of {iso}")
    return unary_union([disc(lon, lat, radius_m, centre_lon) for lon, lat in points])


def _sectors_along(parts, radius_m: float, centre_lon: float, iso: str, bearing_deg: float, halfwidth_deg: float):
    """The union of the annular sectors (0..``radius_m``, ``bearing_deg`` +/- ``halfwidth_deg``) of the coast's
    points a quarter of the radius apart: every point of it lies at most ``radius_m`` from a point of the coast,
    in the stated direction from it."""
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    from .geometry import sector

    areas = []
    for lon, lat in points_along(parts, radius_m / 4, f"the coast of {iso}"):
        shift = 360.0 if lon - centre_lon < -180 else -360.0 if lon - centre_lon > 180 else 0.0
        poly = sector(lat, lon, 0.0, radius_m, bearing_deg, halfwidth_deg)
        areas.append(Polygon([(x + shift, y) for x, y in poly.exterior.coords]).buffer(0) if shift else poly)
    return unary_union(areas)


def points_along(parts, step_m: float, what: str) -> list[tuple[float, float]]:
    """The points of the runs of vertices ``parts``, no two consecutive ones more than ``step_m`` apart (the
    centres of a band's discs, a quarter of their radius apart); ``what`` names the line in the error.

    Raises :class:`~geomap.geometry.UndrawableZone` when that takes more than :data:`MAX_POINTS` points."""
    length = sum(_geod().inv(x1, y1, x2, y2)[2] for part in parts for (x1, y1), (x2, y2) in zip(part, part[1:]))
    if length / step_m > MAX_POINTS:
        raise UndrawableZone(f"{what} is too long to draw a band at {4 * step_m:.0f} m")
    return [p for part in parts for p in densify(list(part), step_m)]


def disc(lon: float, lat: float, radius_m: float, centre_lon: float | None = None):
    """A geodesic disc of ``radius_m`` around (lon, lat) as a shapely Polygon, shifted by 360 degrees to the
    side of ``centre_lon`` (the band's country) when it lies across the antimeridian from it."""
    from shapely.geometry import Polygon

    centre_lon = lon if centre_lon is None else centre_lon
    pts = circle_lonlat(lat, lon, radius_m, DISC_SEGMENTS)
    shift = 360.0 if lon - centre_lon < -180 else -360.0 if lon - centre_lon > 180 else 0.0
    return Polygon([(x + shift, y) for x, y in pts]).buffer(0)
