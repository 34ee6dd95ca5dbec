"""Shapes in metres around a point, returned in lon/lat (EPSG:4326).

Every vertex is placed by pyproj's geodesic direct solution (the distance
and azimuth from the anchor on the WGS84 ellipsoid), the same construction
as a circle in an azimuthal equidistant projection centred on the anchor,
without building a projection per anchor. Nothing is buffered in degrees.
"""
from __future__ import annotations

import math
from functools import lru_cache

SEGMENTS = 128  # vertices of a full circle
# Radii are drawn up to this: a little short of the anchor's antipode (at least
# 20,004 km away), where the azimuthal equidistant plane ends.
MAX_RADIUS_M = 19_950_000.0


class UndrawableZone(ValueError):
    """Radii or angles that make no shape (an inner radius not below the outer one ...)."""


@lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def circle_lonlat(lat: float, lon: float, radius_m: float, n: int = SEGMENTS) -> list[tuple[float, float]]:
    """``n`` points ``radius_m`` metres from ``(lat, lon)``, clockwise from north.

    Each point solves the geodesic direct problem on the WGS84 ellipsoid, which
    is what an azimuthal equidistant projection centred on the point encodes:
    the distance from the centre is exact, whatever the latitude.
    """
    azimuths = [360.0 * k / n for k in range(n)]
    lons, lats, _ = _geod().fwd([lon] * n, [lat] * n, azimuths, [radius_m] * n)
    return list(zip(_unwrap(list(lons), lon), lats))


def _unwrap(lons: list[float], centre_lon: float) -> list[float]:
    """Keep longitudes continuous around the centre (no jump at +/-180)."""
    return [x + 360.0 if x - centre_lon < -180 else x - 360.0 if x - centre_lon > 180 else x for x in lons]


def ring(lat: float, lon: float, inner_m: float, outer_m: float):
    """Annulus between ``inner_m`` and ``outer_m`` metres around ``(lat, lon)``.

    A disc when ``inner_m`` is 0, or too small to draw (under 1 m or a
    thousandth of ``outer_m``). Returns a shapely Polygon in lon/lat.

    Examples
    --------
    >>> from geopy.distance import geodesic
    >>> poly = ring(30.28, 57.11, 650, 750)
    >>> lon, lat = poly.exterior.coords[0]
    >>> round(geodesic((30.28, 57.11), (lat, lon)).meters)
    750
    >>> len(poly.interiors)
    1
    """
    from shapely.geometry import Polygon

    inner_m, outer_m = min(inner_m, MAX_RADIUS_M), min(outer_m, MAX_RADIUS_M)
    if not (0 <= inner_m < outer_m):  # also refuses NaN
        raise UndrawableZone(f"bad ring radii {inner_m}..{outer_m}")
    outer = circle_lonlat(lat, lon, outer_m)
    drawable = inner_m >= max(1.0, outer_m / 1000)
    holes = [list(reversed(circle_lonlat(lat, lon, inner_m)))] if drawable else []
    return Polygon(outer, holes)


def disc(lat: float, lon: float, radius_m: float):
    """Disc of ``radius_m`` metres around ``(lat, lon)`` (lon/lat Polygon)."""
    return ring(lat, lon, 0.0, radius_m)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6371 km (the field's error metric; cheap, pure Python).

    >>> round(great_circle_km(0, 0, 0, 1), 2)
    111.19
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def initial_bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial great-circle bearing from the first point to the second, degrees clockwise from north (a sphere,
    as :func:`great_circle_km`: cheap, pure Python, for deciding which side a place lies on, not for drawing).

    >>> round(initial_bearing_deg(0, 0, 0, 1)), round(initial_bearing_deg(0, 0, -1, 0))
    (90, 180)
    """
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def geodesic_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on the WGS84 ellipsoid in metres.

    >>> round(geodesic_m(0, 0, 0, 1))
    111319
    """
    return abs(_geod().inv(lon1, lat1, lon2, lat2)[2])


def destination(lat: float, lon: float, bearing_deg: float, distance_m: float) -> tuple[float, float]:
    """The point ``distance_m`` from ``(lat, lon)`` along ``bearing_deg`` (geodesic direct problem).

    >>> lat, lon = destination(30.0, 57.0, 0.0, 1000.0)
    >>> round(geodesic_m(30.0, 57.0, lat, lon), 6)
    1000.0
    """
    lon2, lat2, _ = _geod().fwd(lon, lat, bearing_deg, distance_m)
    return lat2, lon2


def _arc(lat: float, lon: float, radius_m: float, start_deg: float, end_deg: float) -> list[tuple[float, float]]:
    span = end_deg - start_deg
    n = max(2, int(abs(span) / 2.0) + 1)  # a vertex every 2 degrees at most
    azimuths = [start_deg + span * k / (n - 1) for k in range(n)]
    lons, lats, _ = _geod().fwd([lon] * n, [lat] * n, azimuths, [radius_m] * n)
    return list(zip(_unwrap(list(lons), lon), lats))


def sector(lat: float, lon: float, inner_m: float, outer_m: float, bearing_deg: float, halfwidth_deg: float):
    """Annular sector: ``inner_m``..``outer_m`` from the point, ``bearing_deg`` +/- ``halfwidth_deg``.

    Examples
    --------
    >>> poly = sector(30.0, 57.0, 25000, 35000, 315.0, 22.5)
    >>> poly.is_valid, round(poly.centroid.x, 2) < 57.0, round(poly.centroid.y, 2) > 30.0
    (True, True, True)
    """
    from shapely.geometry import Polygon

    inner_m, outer_m = min(inner_m, MAX_RADIUS_M), min(outer_m, MAX_RADIUS_M)
    if not (0 <= inner_m < outer_m and 0 < halfwidth_deg <= 180):
        raise UndrawableZone(f"bad sector {inner_m}..{outer_m} m, +/-{halfwidth_deg} deg")
    if halfwidth_deg >= 180:
        return ring(lat, lon, inner_m, outer_m)
    outer = _arc(lat, lon, outer_m, bearing_deg - halfwidth_deg, bearing_deg + halfwidth_deg)
    if inner_m >= max(1.0, outer_m / 1000):
        inner = list(reversed(_arc(lat, lon, inner_m, bearing_deg - halfwidth_deg, bearing_deg + halfwidth_deg)))
    else:
        inner = [(lon, lat)]
    return Polygon(outer + inner)


@lru_cache(maxsize=64)
def _aeqd(lat: float, lon: float):
    from pyproj import CRS, Transformer

    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    return (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


def widen(poly, lat: float, lon: float, radius_m: float):
    """``poly`` grown by ``radius_m`` (an anchor's own uncertainty), in a local
    azimuthal equidistant projection centred on ``(lat, lon)``.

    >>> from shapely.geometry import Point
    >>> grown = widen(ring(30.0, 57.0, 650, 750), 30.0, 57.0, 3000)
    >>> len(grown.interiors), grown.contains(Point(57.0, 30.0))
    (0, True)
    """
    import shapely
    from shapely.geometry import Point, Polygon, shape

    if radius_m <= 0:
        return poly
    fwd, back = _aeqd(lat, lon)
    local = shapely.transform(poly, fwd.transform, interleaved=False).buffer(radius_m, quad_segs=32)
    if radius_m + max(abs(c) for c in local.bounds) > MAX_RADIUS_M:  # do not reach past the antipode
        local = local.intersection(Point(0, 0).buffer(MAX_RADIUS_M, quad_segs=64))
    out = shapely.transform(local, back.transform, interleaved=False)
    if isinstance(out, Polygon):
        ext = list(zip(_unwrap([x for x, _ in out.exterior.coords], lon), [y for _, y in out.exterior.coords]))
        holes = [list(zip(_unwrap([x for x, _ in h.coords], lon), [y for _, y in h.coords])) for h in out.interiors]
        return Polygon(ext, holes)
    return shape(out.__geo_interface__)


def midpoint(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """The point halfway along the geodesic between two points, as ``(lat, lon)``.

    >>> midpoint(0.0, 170.0, 0.0, -170.0)
    (0.0, 180.0)
    """
    lon, lat, _ = _geod().fwd(lon1, lat1, _geod().inv(lon1, lat1, lon2, lat2)[0],
                              geodesic_m(lat1, lon1, lat2, lon2) / 2)
    return round(lat, 9), round(lon, 9)


def corridor(lat1: float, lon1: float, lat2: float, lon2: float, halfwidth_m: float):
    """The band ``halfwidth_m`` either side of the geodesic between two points ("between X and Y"),
    built in the equidistant plane of the geodesic's :func:`midpoint`."""
    import shapely
    from shapely.geometry import LineString

    n = 32
    pts = _geod().npts(lon1, lat1, lon2, lat2, n)
    line = [(lon1, lat1), *pts, (lon2, lat2)]
    mid_lat, mid_lon = midpoint(lat1, lon1, lat2, lon2)
    fwd, back = _aeqd(mid_lat, mid_lon)
    local = shapely.transform(LineString(line), fwd.transform, interleaved=False).buffer(halfwidth_m, quad_segs=16)
    out = shapely.transform(local, back.transform, interleaved=False)
    from shapely.geometry import Polygon

    return Polygon(list(zip(_unwrap([x for x, _ in out.exterior.coords], mid_lon),
                            [y for _, y in out.exterior.coords])))
