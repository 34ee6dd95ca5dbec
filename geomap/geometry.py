"""Shapes in metres around a point, returned in lon/lat (EPSG:4326).

Every shape is built in an azimuthal equidistant projection centred on its
anchor, where distances from the centre are true on the ellipsoid, and only
then transformed to longitude/latitude. Nothing is buffered in degrees.
"""
from __future__ import annotations

from functools import lru_cache

SEGMENTS = 128  # vertices of a full circle


@lru_cache(maxsize=256)
def _to_lonlat(lat: float, lon: float):
    from pyproj import CRS, Transformer

    aeqd = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    return Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True)


def _circle(radius_m: float, n: int = SEGMENTS) -> list[tuple[float, float]]:
    import math

    return [(radius_m * math.sin(2 * math.pi * k / n), radius_m * math.cos(2 * math.pi * k / n))
            for k in range(n)]


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
    tr = _to_lonlat(lat, lon)

    def project(points):
        xs, ys = zip(*points)
        lons, lats = tr.transform(xs, ys)
        return list(zip(_unwrap(list(lons), lon), lats))

    outer = project(_circle(outer_m))
    drawable = inner_m >= max(1.0, outer_m / 1000)
    holes = [project(list(reversed(_circle(inner_m))))] if drawable else []
    return Polygon(outer, holes)


def disc(lat: float, lon: float, radius_m: float):
    """Disc of ``radius_m`` metres around ``(lat, lon)`` (lon/lat Polygon)."""
    return ring(lat, lon, 0.0, radius_m)
