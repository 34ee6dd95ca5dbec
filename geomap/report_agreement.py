"""Where several reports of one incident agree, and where they do not.

Events are matched across reports by ordinal ("first", "second" ...); the
events a report gives no ordinal are its main event. For each event that at
least two reports describe:

- when every report measures from the same anchor, their **zones** are
  compared (the anchor's own uncertainty is the same error for all of them,
  so it cannot make two different distances agree);
- otherwise their **event areas** (zones widened by their anchors'
  uncertainty) are compared, so "73 km south-west of A" and "56 km west of B"
  meet in the triangulated area.

Where all the areas overlap, the overlap is an ``"agreement"`` feature with
the ``sources`` it joins; where they do not, each pair that overlaps is one,
and each pair that does not is a disagreement, said in words. Every such
comparison is an entry of ``geomap.comparisons`` with the claims (who said
what, quoted).
"""
from __future__ import annotations

from itertools import combinations

from .feature_collection import size_precision
from .wording import format_distance

MAIN = "main"


def source_label(sources: list[dict], i: int) -> str:
    """How a report is named in words: site or title or file name, and its date.

    >>> source_label([{"name": "a", "site": "IRNA", "title": None, "date": "2024-01-04"}], 0)
    'IRNA, 2024-01-04'
    >>> source_label([{"name": "irna-3jan", "site": None, "title": None, "date": None}], 0)
    'irna-3jan'
    """
    s = sources[i]
    who = s.get("site") or s.get("title") or s.get("name") or f"report {i + 1}"
    return f"{who}, {s['date']}" if s.get("date") else who


def _event_key(p: dict) -> str:
    return p.get("ordinal") or MAIN


def _groups(features: list[dict]) -> dict[str, dict[int, list[dict]]]:
    """Events by key, then by report, in first-seen order."""
    groups: dict[str, dict[int, list[dict]]] = {}
    for f in features:
        p = f["properties"]
        if p["kind"] == "event":
            groups.setdefault(_event_key(p), {}).setdefault(p["report"], []).append(f)
    return {k: g for k, g in groups.items() if len(g) > 1}


def _areas(by_report: dict[int, list[dict]], zones: dict[str, dict]) -> tuple[dict, str]:
    """Each report's area for the event (a shapely geometry), and what was compared."""
    from shapely.geometry import shape
    from shapely.ops import unary_union

    anchors = {(f["properties"]["anchor"], zones[f["properties"]["zone"]]["properties"].get("anchor2"))
               for events in by_report.values() for f in events}
    same_anchor = len(anchors) == 1
    areas = {}
    for report, events in by_report.items():
        geoms = [shape(zones[f["properties"]["zone"]]["geometry"] if same_anchor else f["geometry"]) for f in events]
        areas[report] = unary_union(geoms)
    return areas, "zones (same anchor)" if same_anchor else "event areas (anchor uncertainty included)"


def _rounded(geom) -> dict:
    import numpy as np
    import shapely
    from shapely.geometry import mapping

    geom = shapely.orient_polygons(shapely.set_precision(geom, 1e-6))
    geom = shapely.transform(geom, lambda c: np.round(c, 6))
    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon" and not g.is_empty]
    if len(polys) == 1:
        return mapping(polys[0]) | {"coordinates": _lists(mapping(polys[0])["coordinates"])}
    return {"type": "MultiPolygon", "coordinates": [_lists(mapping(p)["coordinates"]) for p in polys]}


def _lists(value):
    return [_lists(v) for v in value] if isinstance(value, (list, tuple)) else float(value)


def _size(geom) -> tuple[float, float]:
    """(area in m², radius in m from its representative point to its farthest vertex), on the ellipsoid."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    area = abs(geod.geometry_area_perimeter(geom)[0])
    c = geom.representative_point()
    polys = getattr(geom, "geoms", [geom])
    xs = [x for p in polys for x, _ in p.exterior.coords]
    ys = [y for p in polys for _, y in p.exterior.coords]
    _, _, dist = geod.inv([c.x] * len(xs), [c.y] * len(ys), xs, ys)
    return area, max(dist)


def _gap_m(a, b) -> float:
    """The geodesic distance between the nearest points of two areas."""
    from pyproj import Geod
    from shapely.ops import nearest_points

    p, q = nearest_points(a, b)
    return Geod(ellps="WGS84").inv(p.x, p.y, q.x, q.y)[2]


def _claims(by_report: dict[int, list[dict]], zones: dict, sources: list[dict], sentences: list[dict]) -> list:
    claims = []
    for report, events in by_report.items():
        for f in events:
            zp = zones[f["properties"]["zone"]]["properties"]
            ev = zp["evidence"][0]
            s = sentences[ev["sentence"]] if isinstance(ev.get("sentence"), int) else {"text": ev["text"]}
            claims.append({"source": report, "who": source_label(sources, report), "claim": zp["name"],
                           "event": f["properties"]["id"], "quote": s["text"][:400],
                           "start": ev["start"], "end": ev["end"]})
    return claims


def _agreement(key: str, reports: list[int], geom, events: list[dict], basis: str, sources) -> dict:
    area, reach = _size(geom)
    label = next((f["properties"]["label"] for f in events if f["properties"].get("label")), None) or "event"
    who = " and ".join(source_label(sources, r) for r in reports)
    props = {"id": f"agreement:{key}:{'-'.join(map(str, reports))}", "kind": "agreement", "role": "incident",
             "name": f"Where the reports agree: {label}", "label": label,
             "ordinal": None if key == MAIN else key, "sources": reports, "report": reports[0],
             "uncertainty_m": round(reach, 1), "precision": size_precision(reach), "area_m2": round(area),
             "basis": basis, "events": [f["properties"]["id"] for f in events],
             "anchor": events[0]["properties"]["anchor"],
             "description": f"{label}: {who} all allow this area ({basis}; about "
                            f"{area / 1e6:.3g} km\u00b2)",
             "evidence": [ev for f in events for ev in f["properties"]["evidence"]]}
    return {"type": "Feature", "id": props["id"], "geometry": _rounded(geom), "properties": props}


def _compare_group(key, by_report, zones, sources, sentences) -> tuple[list[dict], dict]:
    areas, basis = _areas(by_report, zones)
    reports = sorted(areas)
    events = [f for r in reports for f in by_report[r]]
    label = next((f["properties"]["label"] for f in events if f["properties"].get("label")), None) or "event"
    claims = _claims(by_report, zones, sources, sentences)
    said = "; ".join(f"{c['who']}: {c['claim']}" for c in claims)
    whole = areas[reports[0]]
    for r in reports[1:]:
        whole = whole.intersection(areas[r])
    if not whole.is_empty and whole.area > 0:
        entry = {"event": label, "sources": reports, "agree": True, "basis": basis, "claims": claims,
                 "message": f"{label}: the reports agree ({said})"}
        return [_agreement(key, reports, whole, events, basis, sources)], entry
    found, apart = [], []
    for a, b in combinations(reports, 2):
        both = areas[a].intersection(areas[b])
        if not both.is_empty and both.area > 0:
            found.append(_agreement(key, [a, b], both, by_report[a] + by_report[b], basis, sources))
        else:
            apart.append(f"the areas of {source_label(sources, a)} and {source_label(sources, b)} do not "
                         f"overlap ({format_distance(_gap_m(areas[a], areas[b]))} apart at the closest)")
    message = f"{label}: the reports disagree ({said}); compared as {basis}: " + "; ".join(apart)
    return found, {"event": label, "sources": reports, "agree": False, "basis": basis, "claims": claims,
                   "message": message}


def compare_reports(features: list[dict], sources: list[dict], sentences: list[dict]) -> tuple[list, list]:
    """``(agreement features, comparisons)`` for the merged features of several reports."""
    zones = {f["properties"]["id"]: f for f in features if f["properties"]["kind"] == "zone"}
    agreements, comparisons = [], []
    for key, by_report in _groups(features).items():
        found, entry = _compare_group(key, by_report, zones, sources, sentences)
        agreements += found
        comparisons.append(entry)
    return agreements, comparisons
