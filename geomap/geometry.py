"""Shapes in metres around a point, returned in lon/lat (EPSG:4326).

Every vertex is placed by pyproj's geodesic direct solution (the distance
and azimuth from the anchor on the WGS84 ellipsoid), the same construction
as a circle in an azimuthal equidistant projection centred on the anchor,
without building a projection per anchor. Nothing is buffered in degrees.
"""
from __future__ import annotations

from functools import lru_cache

SEGMENTS = 128  # vertices of a full circle


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

    if outer_m <= 0 or inner_m < 0 or inner_m >= outer_m:
        raise ValueError(f"bad ring radii {inner_m}..{outer_m}")
    outer = circle_lonlat(lat, lon, outer_m)
    drawable = inner_m >= max(1.0, outer_m / 1000)
    holes = [list(reversed(circle_lonlat(lat, lon, inner_m)))] if drawable else []
    return Polygon(outer, holes)


def disc(lat: float, lon: float, radius_m: float):
    """Disc of ``radius_m`` metres around ``(lat, lon)`` (lon/lat Polygon)."""
    return ring(lat, lon, 0.0, radius_m)
