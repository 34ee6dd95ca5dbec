"""Named rivers for ``data/features.tsv``, from Natural Earth's 1:10m river centre lines.

Read by ``scripts/build_features.py`` (a layer of its own, so that script's changes stay
small). Sources: ``rivers_lake_centerlines``, ``rivers_north_america`` and
``rivers_europe`` of the Natural Earth snapshot (public domain).

Natural Earth draws a river as several line segments, each digitised downstream (the
Rhine ends at Rotterdam, the Danube at its delta), lakes on its course as "Lake
Centerline" segments of the same name. Segments of one name that meet end to start form
one river; a river is placed at its **mouth**, the end of a segment that flows into no
other segment of its name: that is where GeoNames (after the USGS GNIS, whose stream
coordinates are the mouth) puts a stream, so the point convention of the gazetteer holds.
Its radius reaches the river's farthest point.

A river is named "<Name> River" (and "River <Name>", as written in Britain and Ireland);
never by its bare name, which is too often a word or a person ("Red", "James").
"""
from __future__ import annotations

import math
from collections import defaultdict

LAYERS = ("rivers_lake_centerlines", "rivers_north_america", "rivers_europe")
_JOIN_DEG = 0.02  # segment ends this close (about 2 km) meet
_NAMED_ALREADY = ("river", "creek", "canal", "fork", "brook", "stream", "rio ", "rio", "wadi")


def _lines(geometry: dict) -> list[list[tuple[float, float]]]:
    if not geometry:
        return []
    if geometry["type"] == "LineString":
        return [[(x, y) for x, y, *_ in geometry["coordinates"]]]
    if geometry["type"] == "MultiLineString":
        return [[(x, y) for x, y, *_ in part] for part in geometry["coordinates"]]
    return []


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= _JOIN_DEG and abs(a[1] - b[1]) <= _JOIN_DEG


def rivers(segments: list[list[tuple[float, float]]]) -> list[list[list[tuple[float, float]]]]:
    """The segments of one name grouped into rivers: segments whose ends meet are one river."""
    parent = list(range(len(segments)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ends = [(s[0], s[-1]) for s in segments]
    for i in range(len(segments)):
        for j in range(i + 1, len(segments)):
            if any(_near(p, q) for p in ends[i] for q in ends[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list] = defaultdict(list)
    for i, s in enumerate(segments):
        groups[root(i)].append(s)
    return [groups[k] for k in sorted(groups)]


def mouth(river: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """(lon, lat) of the river's mouth: the end of a segment that touches no other segment of
    the river (a junction is no mouth; a lake's centre line may be drawn either way), the
    longest such segment's when several end loose.

    >>> mouth([[(0, 3), (0, 2)], [(0, 1), (0, 2)], [(0, 1), (0, 0)]])  # a lake drawn upstream
    (0, 0)
    """
    def touches(seg, point) -> bool:
        return any(_near(point, q) for other in river if other is not seg for q in (other[0], other[-1]))

    loose = [s for s in river if not touches(s, s[-1])]
    return max(loose or river, key=_length_deg)[-1]


def _length_deg(line: list[tuple[float, float]]) -> float:
    return sum(math.dist(a, b) for a, b in zip(line, line[1:]))


def _reach_m(lon: float, lat: float, river: list[list[tuple[float, float]]]) -> float:
    from pyproj import Geod

    pts = [p for s in river for p in s[:: max(1, len(s) // 50)] + [s[-1]]]
    _, _, dist = Geod(ellps="WGS84").inv([lon] * len(pts), [lat] * len(pts), [p[0] for p in pts],
                                        [p[1] for p in pts])
    return max(max(dist, default=0.0), 1_000.0)


def river_names(name: str) -> tuple[str, list[str]]:
    """The row name and aliases for a river Natural Earth calls ``name``.

    >>> river_names("Neches")
    ('Neches River', ['River Neches'])
    >>> river_names("Rio Grande")
    ('Rio Grande', [])
    """
    if name.lower().startswith(_NAMED_ALREADY) or any(w in name.lower().split() for w in _NAMED_ALREADY):
        return name, []
    return f"{name} River", [f"River {name}"]


def river_rows(features_by_layer: dict[str, list[dict]], countries, clean) -> list[dict]:
    """Rows (as ``build_features`` writes them) for every named river of the layers; a group
    of lake centre lines with no river segment (a lake alone) is no river. ``clean(name, props)``
    gives the name as a row writes it, or "" for a name not worth a row."""
    by_name: dict[tuple[str, str], list] = defaultdict(list)
    river_lines: set[int] = set()
    for layer, feats in features_by_layer.items():
        for feat in feats:
            props = feat.get("properties") or {}
            name, cla = clean((props.get("name") or "").strip(), props), props.get("featurecla") or ""
            if not name or not ("River" in cla or "Lake" in cla):
                continue
            for line in _lines(feat.get("geometry")):
                if len(line) > 1:
                    by_name[(layer, name)].append(line)
                    if "River" in cla:
                        river_lines.add(id(line))
    rows = []
    for (layer, name), segments in sorted(by_name.items()):
        for river in rivers(segments):
            if not any(id(s) in river_lines for s in river):
                continue
            lon, lat = mouth(river)
            row_name, aliases = river_names(name)
            rows.append({"name": row_name, "aliases": aliases, "lat": lat, "lon": lon,
                         "country": countries.at(lon, lat), "type": "river", "radius": _reach_m(lon, lat, river),
                         "source": f"Natural Earth 10m {layer} (mouth)"})
    return rows
