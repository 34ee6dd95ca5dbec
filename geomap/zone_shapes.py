"""A relation's drawn shape, its event area and its best-guess point, each computed once.

The zone feature and the event feature of a relation both start from the
same shape around the anchor (:func:`relation_shape`); the event area grows
that shape by the anchor's own uncertainty (:func:`event_area`), and only a
distance with a direction has a best-guess point (:func:`best_guess`).
Geometry libraries load only when a shape is built.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Entry, Relation


@dataclass(frozen=True)
class RelationShape:
    """The zone a relation describes: its :class:`~geomap.zone_sizes.ZoneSpec`, polygon and centre.

    ``geom`` has longitudes continuous around ``centre`` (lat, lon), the
    point whose equidistant plane it was built in: the anchor, or the middle
    of a corridor.
    """

    spec: object  # geomap.zone_sizes.ZoneSpec
    geom: object  # shapely Polygon
    centre: tuple[float, float]


def relation_shape(r: Relation, a: Entry, b: Entry | None = None, table: dict | None = None) -> RelationShape:
    """The shape of relation ``r`` around anchor entry ``a`` (and ``b`` for "between").

    Raises :class:`geomap.geometry.UndrawableZone` when the sizes make no shape.
    """
    from .geometry import corridor, midpoint, ring, sector
    from .zone_sizes import zone_for

    spec = zone_for(r, a, b, table)
    if spec.shape == "corridor":
        geom = corridor(a.lat, a.lon, b.lat, b.lon, spec.halfwidth_m)
        return RelationShape(spec, geom, midpoint(a.lat, a.lon, b.lat, b.lon))
    if spec.shape == "band" and r.line == "boundary":  # a state's or province's line (geomap.division_lines)
        from .division_lines import division_band

        return RelationShape(spec, division_band(a.source, spec.inner_m, spec.outer_m, r.bearing_deg,
                                                 r.bearing_halfwidth_deg), (a.lat, a.lon))
    if spec.shape == "band":
        from .line_bands import band

        return RelationShape(spec, band(a.country or "", r.line, spec.inner_m, spec.outer_m, r.line_with,
                                        r.bearing_deg, r.bearing_halfwidth_deg), (a.lat, a.lon))
    if spec.shape == "sector":
        geom = sector(a.lat, a.lon, spec.inner_m, spec.outer_m, spec.bearing_deg, spec.halfwidth_deg)
    else:
        geom = ring(a.lat, a.lon, spec.inner_m, spec.outer_m)
    return RelationShape(spec, geom, (a.lat, a.lon))


def event_area(shape: RelationShape, a: Entry):
    """Where the event may be: ``shape`` grown by the anchor's own uncertainty ``a.uncertainty_m``.

    A ring or disc around the anchor grows into a ring (or disc) again, exactly;
    any other shape is widened.
    """
    from .geometry import ring, widen

    spec = shape.spec
    if spec.shape == "band":  # the line's own uncertainty: the outlines' coarseness, not the country's size
        from .line_bands import LINE_UNCERTAINTY_M

        return widen(shape.geom, *shape.centre, LINE_UNCERTAINTY_M)
    if spec.shape in ("ring", "disc"):
        inner = spec.inner_m - a.uncertainty_m
        return ring(a.lat, a.lon, inner if inner >= max(1.0, spec.outer_m / 1000) else 0.0,
                    spec.outer_m + a.uncertainty_m)
    return widen(shape.geom, *shape.centre, a.uncertainty_m)


def best_guess(r: Relation, a: Entry) -> tuple[float, float] | None:
    """(lat, lon) a distance with a direction points at from ``a``; ``None`` for any other relation.

    >>> from geomap.model import Entry, Relation
    >>> a = Entry("test:x", "X", 0.0, 0.0, "XX", None, 0, "city", 0.0)
    >>> r = Relation("test:x", "X", 1000.0, 900.0, 1100.0, 90.0, 22.5, None, "1 km east of X", 0, 13, 0)
    >>> lat, lon = best_guess(r, a); round(lat, 6), round(lon, 4)
    (0.0, 0.009)
    >>> best_guess(Relation("test:x", "X", 1000.0, 900.0, 1100.0, None, None, None, "1 km from X", 0, 11, 0), a)
    """
    if r.kind != "distance" or r.bearing_deg is None or r.line:
        return None
    from .geometry import destination

    return destination(a.lat, a.lon, r.bearing_deg, r.distance_m)
