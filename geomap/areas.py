"""Areas as areas: a country or a province mentioned, as its outline (features of kind ``"area"``).

A place whose type is ``country`` or ``admin1`` keeps its Point feature (its
id, properties and uncertainty unchanged); beside it comes one ``area``
feature, the outline of that country or division, which the map draws
instead of the place's big uncertainty circle. The outlines come from the
shipped data, already in longitudes [-180, 180] and cut at the antimeridian:

- provinces and states: Natural Earth admin-1 (``data/admin1_outlines.tsv``,
  by the place's source key), simplified further here to
  :data:`SIMPLIFY_DEG` so that a big division adds kilobytes, not megabytes;
- countries: ``data/countries.geojson`` (a few dozen vertices a country, built
  from the ``countryinfo`` package's outlines), by the place's country code.

A place with no outline (a city, a sea, a region, a country the outlines do
not hold) gets no area and stays a point with its uncertainty circle.
"""
from __future__ import annotations

from functools import lru_cache

from .model import Place

AREA_TYPES = ("country", "admin1")
SIMPLIFY_DEG = 0.01  # about 1 km: far finer than any use of a province's outline on a news map
MAX_VERTICES = 1500  # beyond this an outline is simplified further (about 40 kB of GeoJSON at most)
ADMIN1_SOURCE = "naturalearth admin-1 (public domain), simplified"
COUNTRY_SOURCE = "countries.geojson (countryinfo outlines, MIT), simplified"


@lru_cache(maxsize=1)
def _admin1_outlines():
    from .assets import data_dir
    from .outlines import Outlines

    return Outlines(data_dir())


def outline_of(place_type: str, source: str, country: str | None):
    """``(shapely geometry, outline_source)`` of a country or a division, or None when there is none."""
    from shapely.geometry import shape

    if place_type == "admin1":
        gj = _admin1_outlines().outline(source)
        return (shape(gj), ADMIN1_SOURCE) if gj else None
    if place_type == "country" and country:
        from .line_bands import outline

        geom = outline(country)
        return (geom, COUNTRY_SOURCE) if geom is not None else None
    return None


def _polygons(geom) -> list:
    """The polygons in ``geom``, however nested (make_valid may give a collection holding a MultiPolygon)."""
    import shapely
    from shapely.geometry import Polygon

    return [q for part in shapely.get_parts(geom) for q in shapely.get_parts(part)
            if isinstance(q, Polygon) and not q.is_empty]


def _simplified(geom):
    """``geom`` simplified to :data:`SIMPLIFY_DEG`, coarser (and without its smallest islands) until it
    has at most :data:`MAX_VERTICES` vertices: Nunavut's thousands of islands must not add megabytes."""
    import shapely
    from shapely.geometry import MultiPolygon

    parts = _polygons(shapely.make_valid(geom))
    tolerance = SIMPLIFY_DEG
    while True:
        out = _polygons(shapely.make_valid(MultiPolygon(parts).simplify(tolerance, preserve_topology=True)))
        if sum(shapely.get_num_coordinates(p) for p in out) <= MAX_VERTICES or len(out) == 0:
            return out
        largest = max(p.area for p in parts)
        parts = [p for p in parts if p.area >= min(tolerance ** 2 * 4, largest)]
        tolerance *= 2


def area_geometry(geom) -> dict | None:
    """RFC 7946 GeoJSON of an outline: simplified, rings oriented (exterior counter-clockwise),
    on the 6-decimal grid and valid there; None if nothing polygonal is left."""
    import shapely
    from shapely.geometry import MultiPolygon

    parts = _simplified(geom)
    if not parts:
        return None
    grid = _polygons(shapely.set_precision(MultiPolygon(parts), 1e-6))
    if not grid:
        return None
    oriented = _polygons(shapely.orient_polygons(MultiPolygon(grid)))
    polys = [[_ring(p.exterior)] + [_ring(h) for h in p.interiors] for p in oriented]
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def _ring(ring) -> list:
    import shapely

    return [[round(x, 6), round(y, 6)] for x, y in shapely.get_coordinates(ring).tolist()]


def area_feature(place_feature: dict, place: Place) -> dict | None:
    """The ``area`` feature beside a place's Point feature, or None when the place has no outline."""
    e = place.entry
    if e.place_type not in AREA_TYPES:
        return None
    found = outline_of(e.place_type, e.source, e.country)
    if found is None:
        return None
    geometry = area_geometry(found[0])
    if geometry is None:
        return None
    p = place_feature["properties"]
    props = {
        "id": f"area:{e.source}", "kind": "area", "place": p["id"], "role": p["role"], "name": p["name"],
        "place_type": e.place_type, "country": p["country"], "source": p["source"],
        "uncertainty_m": p["uncertainty_m"], "precision": p["precision"], "outline_source": found[1],
        "evidence": [dict(p["evidence"][0])],  # the first mention: the place holds them all
    }
    return {"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props}


def area_features(place_features: list[dict], places) -> list[dict]:
    """The ``area`` features of the places that have an outline, in the places' order."""
    out = []
    for f, place in zip(place_features, places):
        area = area_feature(f, place)
        if area is not None:
            out.append(area)
    return out
