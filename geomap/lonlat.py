"""Shapes built around a point -> valid GeoJSON (RFC 7946) lon/lat geometries.

The shapes of :mod:`geomap.geometry` are drawn around an anchor with
longitudes kept continuous (a zone 30 km east of lon 179.95 reaches lon
180.2), and a big enough one winds around a pole or holds the anchor's
antipode. GeoJSON wants every longitude in [-180, 180], shapes that cross
the antimeridian cut into a MultiPolygon there (RFC 7946 section 3.1.9),
exterior rings counter-clockwise and holes clockwise (section 3.1.6).

Each ring is read on the sphere: its longitudes are unwrapped vertex by
vertex; a ring whose longitude turns by 360 degrees goes around a pole and
is closed along that pole's parallel. Which side of the ring is inside is
decided in the azimuthal equidistant plane of the shape's centre (where the
shape was built and is a plain planar polygon): the region holds a pole
exactly when the planar ring holds that pole's projection.
"""
from __future__ import annotations

MAX_SEGMENT_M = 50_000.0  # long edges are densified on the sphere before cutting
GRID_DEG = 1e-9  # pieces cut at the antimeridian are snapped to this grid (0.1 mm)


def _unwrap_sequential(lons: list[float]) -> list[float]:
    """Longitudes made continuous from one vertex to the next."""
    out = [lons[0]]
    for x in lons[1:]:
        step = (x - out[-1] + 180.0) % 360.0 - 180.0
        out.append(out[-1] + step)
    return out


def _cut_at_antimeridian(poly):
    """``poly`` (longitudes anywhere) as pieces inside [-180, 180], each shifted by whole turns."""
    import shapely
    from shapely.affinity import translate
    from shapely.geometry import box

    if not poly.is_valid:
        poly = shapely.make_valid(poly)
    lo, _, hi, _ = poly.bounds
    pieces = []
    for k in range(int((lo + 180) // 360), int((hi + 180) // 360) + 1):
        piece = poly.intersection(box(-180 + 360 * k, -90, 180 + 360 * k, 90))
        if not piece.is_empty:
            # on a fine grid, so that edges shifted by whole turns meet exactly and merge
            pieces.append(shapely.set_precision(translate(piece, -360 * k), GRID_DEG))
    return _polygonal(shapely.union_all(pieces))


def _polygonal(geom):
    """The polygons of ``geom`` (intersections and differences may leave lines or points)."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    parts = [g for g in shapely.get_parts(geom) if isinstance(g, Polygon) and not g.is_empty]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


class _Ring:
    """One ring of a shape: lon/lat vertices with longitudes continuous, and its planar form."""

    def __init__(self, lonlat, planar, pole_xy):
        from shapely.geometry import Point, Polygon

        self.lons = _unwrap_sequential([x for x, _ in lonlat])
        self.lats = [y for _, y in lonlat]
        self.turns = round((self.lons[-1] - self.lons[0]) / 360.0)
        self.holds_pole = Polygon(planar).contains(Point(pole_xy))

    @property
    def plain(self) -> bool:
        """Neither around a pole nor holding one: its lon/lat polygon is the region itself."""
        return self.turns == 0 and not self.holds_pole

    def region(self, pole_lat: float):
        """The lon/lat region inside the ring, cut at the antimeridian."""
        from shapely.geometry import Polygon, box

        coords = list(zip(self.lons, self.lats))
        if self.turns == 0:  # the ring holds both poles or neither
            region = _cut_at_antimeridian(Polygon(coords))
            return box(-180, -90, 180, 90).difference(region) if self.holds_pole else region
        if abs(self.turns) != 1:
            raise ValueError("a ring that winds around a pole more than once")
        lat = pole_lat if self.holds_pole else -pole_lat  # one pole is inside: this one or the other
        return _cut_at_antimeridian(Polygon(coords + [(self.lons[-1], lat), (self.lons[0], lat)]))


def _rings(poly, fwd, back, pole_xy) -> list[_Ring]:
    """The rings of a lon/lat polygon, densified on the sphere where their edges are long."""
    import shapely

    out = []
    for ring in (poly.exterior, *poly.interiors):
        planar = shapely.transform(ring, fwd.transform, interleaved=False)
        dense = shapely.segmentize(planar, MAX_SEGMENT_M)
        if len(dense.coords) == len(planar.coords):
            lonlat = list(ring.coords)  # short edges: keep the vertices exactly as built
        else:
            xs, ys = dense.xy
            lonlat = list(zip(*back.transform(list(xs), list(ys))))
        out.append(_Ring(lonlat, dense, pole_xy))
    return out


def _polygon_region(rings: list[_Ring], pole_lat: float):
    """The lon/lat region of one polygon (exterior ring, then holes)."""
    from shapely.geometry import Polygon

    shift = -360.0 * ((min(rings[0].lons) + 180.0) // 360.0)
    if all(r.plain for r in rings) and max(rings[0].lons) + shift <= 180.0:
        # The common case: one piece between -180 and 180; kept vertex for vertex.
        shell, *holes = [[(x + shift, y) for x, y in zip(r.lons, r.lats)] for r in rings]
        return Polygon(shell, holes)
    area = rings[0].region(pole_lat)
    for hole in rings[1:]:
        area = area.difference(hole.region(pole_lat))
    return _polygonal(area)


def to_rfc7946(geom, lat: float, lon: float):
    """``geom`` (a lon/lat Polygon or MultiPolygon built around ``(lat, lon)``) as a
    valid shapely Polygon or MultiPolygon fit for GeoJSON.

    Longitudes end up in [-180, 180] (cut at the antimeridian), rings are
    oriented as RFC 7946 says, and regions around a pole are closed along it.

    Examples
    --------
    >>> from geomap.geometry import ring
    >>> out = to_rfc7946(ring(0.0, 179.95, 0, 30_000), 0.0, 179.95)
    >>> out.geom_type, out.is_valid, out.bounds[0] >= -180, out.bounds[2] <= 180
    ('MultiPolygon', True, True, True)
    >>> out.geoms[0].exterior.is_ccw
    True
    """
    import shapely

    from .geometry import _aeqd

    if _plain_and_small(geom):  # the common case, decided from the bounds alone
        return shapely.orient_polygons(geom)
    fwd, back = _aeqd(lat, lon)
    pole_lat = 90.0 if lat >= 0 else -90.0  # the pole nearer the centre: never at the plane's rim
    pole_xy = fwd.transform(0.0, pole_lat)
    regions = [_polygon_region(_rings(poly, fwd, back, pole_xy), pole_lat) for poly in shapely.get_parts(geom)]
    out = regions[0] if len(regions) == 1 else _polygonal(shapely.union_all(regions))
    if not out.is_valid:
        out = _polygonal(shapely.make_valid(out))
    return shapely.orient_polygons(out)


def anchor_longitudes(fc: dict) -> dict[str, float]:
    """Each place's longitude by its id: zones and events are drawn beside their anchor's."""
    return {f["properties"]["id"]: f["geometry"]["coordinates"][0] for f in fc["features"]
            if f["properties"]["kind"] == "place"}


SMALL_DEG = 0.3  # a shape within this box has no edge longer than MAX_SEGMENT_M (0.3 * sqrt(2) deg < 50 km)


def _plain_and_small(geom) -> bool:
    """A valid polygon small enough to have only short edges, far from the poles and the
    antimeridian: the general path would keep it vertex for vertex, so it only needs orienting."""
    minx, miny, maxx, maxy = geom.bounds
    return (geom.geom_type == "Polygon" and maxx - minx < SMALL_DEG and maxy - miny < SMALL_DEG
            and -180.0 <= minx and maxx <= 180.0 and -89.0 < miny and maxy < 89.0 and geom.is_valid)


def display_polygons(geometry: dict, near_lon: float | None = None) -> list[list[list[tuple[float, float]]]]:
    """A Polygon or MultiPolygon as polygons of (lat, lon) rings for Leaflet.

    GeoJSON keeps longitudes in [-180, 180] and cuts shapes at the antimeridian
    (RFC 7946); Leaflet draws longitudes past 180 continuously. So each part
    is shifted by whole turns to lie beside ``near_lon`` (the anchor's
    longitude), or, without it, the western parts of a cut shape beside the
    eastern ones.
    """
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    lons = [x for poly in polys for x, _ in poly[0]]
    cut = len(polys) > 1 and min(lons) == -180 and max(lons) == 180
    out = []
    for poly in polys:
        mean = sum(x for x, _ in poly[0]) / len(poly[0])
        if near_lon is not None:
            shift = 360 * round((near_lon - mean) / 360)
        else:
            shift = 360 if cut and mean < 0 else 0
        out.append([[(y, x + shift) for x, y in ring] for ring in poly])
    return out
