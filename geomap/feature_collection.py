"""Everything found in an article -> one GeoJSON FeatureCollection.

This FeatureCollection is the contract between the core and every output:
the map, ``geomap extract``, and the exports all render from it. Its shape
is documented in the README ("Output contract").
"""
from __future__ import annotations

import hashlib

from . import __version__
from .areas import area_features
from .model import Doc, Mention, Place, Relation, Sentence, Warning_
from .vocabulary import BROAD_PLACE_TYPES
from .written_names import with_written_names
from .wording import compass_word, describe, format_distance, stated_distance  # noqa: F401  (format_distance: importable from here)
from .zone_shapes import RelationShape, best_guess, event_area, relation_shape

BROAD = BROAD_PLACE_TYPES  # the place types that are precision 3 whatever their size
SITE_M = 15_000  # uncertainty up to this is precision 1: a site or a town
AREA_M = 100_000  # ... up to this precision 2: near a town, part of a region; beyond it 3


TINY_DEG = 0.01  # shapes narrower than this (about 1 km) are checked for folds after rounding to 6 decimals


def _round(x: float, nd: int = 6) -> float:
    return round(float(x), nd)


def precision_class(place_type: str, uncertainty_m: float) -> int:
    """ACLED-style geo-precision: 1 site or town, 2 near a town or part of a region, 3 large area.

    >>> precision_class("city", 8600), precision_class("admin1", 250000), precision_class("country", 7e5)
    (1, 3, 3)
    >>> precision_class("landmark", 3000)
    1
    """
    if place_type in BROAD:
        return 3
    return size_precision(uncertainty_m)


def size_precision(uncertainty_m: float) -> int:
    """Precision class of anything by its uncertainty alone (zones and events have no place type).

    >>> size_precision(15_000), size_precision(15_001), size_precision(100_000), size_precision(100_001)
    (1, 2, 2, 3)
    """
    if uncertainty_m > AREA_M:
        return 3
    if uncertainty_m > SITE_M:
        return 2
    return 1


def evidence(text: str, sentences: tuple[Sentence, ...], m: Mention | Relation) -> dict:
    """Where a feature comes from: the mention, its offsets, its line and its sentence.

    The sentence is a reference, not a copy: here the article's sentence
    index; :func:`to_feature_collection` turns it into a position in the
    collection's ``geomap.sentences``, which holds each quoted sentence once.
    So the output grows with the article, however often a long sentence is quoted.
    """
    out = {"text": text[m.start:m.end], "start": m.start, "end": m.end,
           "line": sentences[m.sentence].line, "sentence": m.sentence}
    if getattr(m, "inner", None):  # a given span resolved from the place it names inside ("Dubai World Cup")
        out["inner"] = {"text": text[m.inner[0]:m.inner[1]], "start": m.inner[0], "end": m.inner[1]}
    return out


def sentence_table(text: str, sentences: tuple[Sentence, ...], features: list[dict]) -> list[dict]:
    """The sentences the features' evidence quotes, each once, in article order.

    Each evidence item's ``sentence`` (an article sentence index, as
    :func:`evidence` leaves it) is replaced by its position in the returned
    list. Items shared by two features (an event quotes its zone's) are
    changed once.

    >>> from geomap.text import split_sentences
    >>> t = "Kerman mourned. Quiet. Iran, Kerman."
    >>> ss = split_sentences(t)
    >>> evs = [{"sentence": 2}, {"sentence": 0}, {"sentence": 2}]
    >>> sentence_table(t, ss, [{"properties": {"evidence": evs}}]), [e["sentence"] for e in evs]
    ([{'start': 0, 'end': 15, 'text': 'Kerman mourned.'}, {'start': 23, 'end': 36, 'text': 'Iran, Kerman.'}], [1, 0, 1])
    """
    items = {id(ev): ev for f in features for ev in f["properties"]["evidence"]}.values()
    used = sorted({ev["sentence"] for ev in items})
    position = {index: i for i, index in enumerate(used)}
    for ev in items:
        ev["sentence"] = position[ev["sentence"]]
    return [{"start": sentences[i].start, "end": sentences[i].end, "text": text[sentences[i].start:sentences[i].end]}
            for i in used]


def place_feature(text: str, sentences, place: Place, doc: Doc | None = None, doc_evidence=None) -> dict:
    """A place as a Point feature; with ``doc``, its ``confidence`` and ``top_alternatives`` too
    (``doc_evidence``: the document's :class:`~geomap.confidence.DocumentEvidence`, computed once)."""
    from .confidence import place_confidence

    e = place.entry
    confidence, top = place_confidence(place, doc, doc_evidence) if doc is not None else (None, [])
    props = {
        "id": e.source, "kind": "place", "role": place.role, "name": e.name,
        "uncertainty_m": e.uncertainty_m, "precision": precision_class(e.place_type, e.uncertainty_m),
        "country": e.country, "country_name": e.country_name, "admin1_name": e.admin1_name,
        "admin2_name": e.admin2_name, "place_type": e.place_type, "source": e.source,
        "source_note": e.note or None, "container": e.container,
        "mentions": [m.text for m in place.mentions],
        "demonym_only": all(m.kind == "demonym" for m in place.mentions),
        "alternatives": place.alternatives,
        "confidence": confidence, "top_alternatives": top,
        "evidence": [evidence(text, sentences, m) for m in place.mentions],
    }
    return {"type": "Feature", "id": e.source,
            "geometry": {"type": "Point", "coordinates": [_round(e.lon), _round(e.lat)]},
            "properties": props}


def dateline(text: str, places) -> dict | None:
    r"""Where the report says it was filed ("TROY, N.C. (AP) —"): ``{"text", "start", "end", "place"}``,
    ``place`` the id of the place named there (null when none was resolved). A hint, not the incident.

    >>> from geomap.result import run
    >>> run("Blasts kill 84.\nKerman, Iran \u2014 Two bombs went off.").geojson["geomap"]["article"]["dateline"]
    {'text': 'Kerman', 'start': 16, 'end': 22, 'place': 'geonames:128234'}
    >>> run("Crash kills two. TROY, N.C. (AP) \u2014 Two died.").geojson["geomap"]["article"]["dateline"]["place"]
    'geonames:4495714'
    """
    from .datelines import dateline_span

    span = dateline_span(text)
    if span is None:
        return None
    start, end = span
    place = next((p.entry.source for p in places for m in p.mentions if m.start < end and start < m.end), None)
    return {"text": text[start:end], "start": start, "end": end, "place": place}


def _ring_coords(ring) -> list:
    import shapely

    return [[round(x, 6), round(y, 6)] for x, y in shapely.get_coordinates(ring).tolist()]


def _polygon_coords(geom) -> list:
    return [_ring_coords(geom.exterior)] + [_ring_coords(hole) for hole in geom.interiors]


def _area_geometry(geom, centre: tuple[float, float]) -> dict:
    """GeoJSON for a shape built around ``centre`` (lat, lon): a Polygon, or a MultiPolygon
    when it is cut at the antimeridian; rings oriented, longitudes in [-180, 180] (RFC 7946)."""
    import shapely
    from shapely.geometry import shape

    from .geometry import UndrawableZone
    from .lonlat import to_rfc7946

    out = to_rfc7946(geom, *centre)
    gj = _geojson_area(out)
    minx, miny, maxx, maxy = out.bounds
    # Only a small shape, or a small part of a cut one (a sliver left by the cut), can fold when
    # rounded to 6 decimals; then it is reduced on that grid.
    small = min(maxx - minx, maxy - miny) < TINY_DEG or out.geom_type == "MultiPolygon"
    if small and not shape(gj).is_valid:
        out = shapely.orient_polygons(shapely.set_precision(out, 1e-6))
        if out.is_empty or out.geom_type not in ("Polygon", "MultiPolygon"):
            raise UndrawableZone("smaller than the output's precision (6 decimals, about 0.1 m)")
        gj = _geojson_area(out)
    return gj


def _geojson_area(geom) -> dict:
    if geom.geom_type == "Polygon":
        return {"type": "Polygon", "coordinates": _polygon_coords(geom)}
    return {"type": "MultiPolygon", "coordinates": [_polygon_coords(part) for part in geom.geoms]}


def _short(name: str) -> str:
    return name.split(" (")[0]


def _own_uncertainty(spec, a) -> float:
    """How uncertain the anchor itself is: the place's radius, or for a coast or border the outlines' coarseness."""
    if spec.shape == "band":
        from .line_bands import LINE_UNCERTAINTY_M

        return LINE_UNCERTAINTY_M
    return a.uncertainty_m


def band_words(r: Relation, spec, name: str) -> str:
    """The description of a band along a division's boundary ("40 miles from the boundary of Arkansas ...")."""
    side = (f", on the side beyond the line towards the {compass_word(r.bearing_deg)}" if r.bearing_deg is not None
            else ", both sides")
    return (f"{stated_distance(r)} from the boundary of {name} ({format_distance(spec.inner_m)} to "
            f"{format_distance(spec.outer_m)} from the division outline's boundary with its neighbours{side})")


def zone_feature(text: str, sentences, r: Relation, anchor: Place, anchor2: Place | None = None,
                 table: dict | None = None, shape: RelationShape | None = None) -> dict:
    """The zone a relative statement describes, drawn around the anchor's point.

    ``shape`` is the relation's :func:`~geomap.zone_shapes.relation_shape` when already built.
    """
    a = anchor.entry
    b = anchor2.entry if anchor2 else None
    shape = shape or relation_shape(r, a, b, table)
    spec = shape.spec
    if spec.shape == "corridor":
        half_width = spec.halfwidth_m
    else:
        half_width = (spec.outer_m - spec.inner_m) / 2
    own = _own_uncertainty(spec, a)
    uncertainty = half_width + own
    with_ = f" with {r.line_with}" if r.line_with else ""
    line = f"{r.line} of {_short(a.name)}{with_}"
    if r.line in ("boundary", "coast") and r.bearing_deg is not None:  # the side is drawn, so named
        name = f"{stated_distance(r)} {compass_word(r.bearing_deg)} of the {line}"
    elif r.line:
        name = f"{stated_distance(r)} from the {line}"
    elif r.kind == "distance" and r.bearing_deg is not None:
        name = f"{stated_distance(r)} {compass_word(r.bearing_deg)} of {_short(a.name)}"
    elif r.kind == "distance":
        name = f"{stated_distance(r)} from {_short(a.name)}"
    else:
        name = describe(r, spec, _short(a.name), _short(b.name) if b else None).split(" (drawn")[0]
    words = describe(r, spec, _short(a.name), _short(b.name) if b else None)
    if spec.shape == "band" and r.line == "boundary":
        words = band_words(r, spec, _short(a.name))
    elif spec.shape == "band":
        words = (f"{stated_distance(r)} from the {line} ({format_distance(spec.inner_m)} to "
                 f"{format_distance(spec.outer_m)} from the country outline's {r.line}"
                 + ("" if r.line == "border" else f", towards the {compass_word(r.bearing_deg)} of it"
                    if r.bearing_deg is not None else ", on the sea side") + ")"
                 + (", the text names no neighbour: along all its land borders"
                    if r.line == "border" and not r.line_with else "")
                 + (f", direction {compass_word(r.bearing_deg)} stated but not drawn"
                    if r.bearing_deg is not None and r.line == "border" else ""))
    if own:
        words += f"; the anchor's own position is uncertain by about {format_distance(own)}"
    props = {
        "id": f"zone:{a.source}:{r.start}", "kind": "zone", "role": r.role, "role_reason": r.role_reason,
        "name": name,
        "label": r.label, "uncertainty_m": round(uncertainty, 1),
        "precision": size_precision(uncertainty),
        "relation": r.kind, "term": r.term,
        "anchor": a.source, "anchor_text": r.anchor_text, "anchor2": b.source if b else None,
        "distance_m": r.distance_m, "distance_text": stated_distance(r) if r.kind == "distance" else None,
        "inner_m": round(spec.inner_m, 1), "outer_m": round(spec.outer_m, 1),
        "bearing_deg": spec.bearing_deg, "bearing_halfwidth_deg": spec.halfwidth_deg,
        "qualifier": r.qualifier, "shape": spec.shape, "elliptical": r.elliptical,
        "relative_time": r.relative_time, "description": words,
        "evidence": [evidence(text, sentences, r)],
    }
    if spec.shape == "band":  # which line the band follows: "border of UA with RU", "border of RO", "coast of SO"
        props["line"] = f"{r.line} of {a.source if r.line == 'boundary' else a.country}{with_}"  # a division's: its key
    return {"type": "Feature", "id": props["id"],
            "geometry": _area_geometry(shape.geom, shape.centre), "properties": props}


def event_feature(text: str, sentences, r: Relation, zone: dict, anchor: Place, anchor2: Place | None,
                  table: dict | None, labels: dict[str, str], shape: RelationShape | None = None) -> dict:
    """Where the event itself may be: the zone grown by the anchor's own uncertainty.

    A distance with a direction also gets a best-guess point (the geodesic
    direct solution from the anchor); nothing else does. ``shape`` is the
    one :func:`zone_feature` drew, when the caller kept it.
    """
    from .relations import time_offset_s

    a = anchor.entry
    shape = shape or relation_shape(r, a, anchor2.entry if anchor2 else None, table)
    grown = event_area(shape, a)
    point = best_guess(r, a)
    best = [_round(point[1]), _round(point[0])] if point else None
    zp = zone["properties"]
    reach = (zp["outer_m"] if zp["shape"] != "corridor" else zp["outer_m"] / 2) + _own_uncertainty(shape.spec, a)
    after = None
    if r.relative_time:
        ref = r.relative_time.rsplit(" the ", 1)[-1].strip().lower()
        after = labels.get(ref)
    name = (r.label or "event").capitalize() + f": {zp['name']}"
    props = {
        "id": f"event:{a.source}:{r.start}", "kind": "event", "role": "incident", "name": name,
        "label": r.label, "ordinal": (r.label or "").split(" ")[0] or None,
        "uncertainty_m": round(reach, 1),
        "precision": size_precision(reach),
        "zone": zp["id"], "anchor": a.source, "best_guess": best,
        "relative_time": r.relative_time, "time_offset_s": time_offset_s(r.relative_time), "after": after,
        "description": f"{zp['description']}; the area includes the anchor's uncertainty",
        "evidence": zp["evidence"],
    }
    return {"type": "Feature", "id": props["id"],
            "geometry": _area_geometry(grown, shape.centre), "properties": props}


def to_feature_collection(ex: Doc, name: str = "article", table: dict | None = None) -> dict:
    """The GeoJSON FeatureCollection for an extraction (plain dicts and lists)."""
    from .geometry import UndrawableZone

    by_source = {p.entry.source: p for p in ex.places}
    from .confidence import DocumentEvidence

    doc_evidence = DocumentEvidence.of(ex)
    features = [place_feature(ex.text, ex.sentences, p, ex, doc_evidence) for p in ex.places]
    areas = area_features(features, ex.places)  # countries and provinces as their outlines, beside their points
    zones, events = [], []
    labels = {}
    warnings = list(ex.warnings)
    for r in ex.relations:
        if r.anchor not in by_source or (r.anchor2 and r.anchor2 not in by_source):
            continue
        second = by_source.get(r.anchor2) if r.anchor2 else None
        try:
            shape = relation_shape(r, by_source[r.anchor].entry, second.entry if second else None, table)
            zone = zone_feature(ex.text, ex.sentences, r, by_source[r.anchor], second, table, shape)
        except UndrawableZone as exc:  # e.g. "in the east of" a place with no extent
            warnings.append(Warning_("zone_not_drawn", f"{r.text!r}: {exc}", r.text, r.start, r.end))
            continue
        zones.append(zone)
        if r.role != "incident":  # it locates something else: drawn as context, no event area
            continue
        if r.label:
            labels.setdefault(r.label.split(" ")[0], f"event:{r.anchor}:{r.start}")
        events.append((r, zone, second, shape))
    features += zones
    features += [event_feature(ex.text, ex.sentences, r, zone, by_source[r.anchor], second, table, labels, shape)
                 for r, zone, second, shape in events]
    features += areas
    features = with_written_names(features, ex.lang)  # "زرند (Zarand)" for an article not in English
    quoted = sentence_table(ex.text, ex.sentences, features)
    return {
        "type": "FeatureCollection",
        "features": features,
        "geomap": {
            "version": __version__,
            "article": {"name": name, "chars": len(ex.text),
                        "sha256": hashlib.sha256(ex.text.encode("utf-8")).hexdigest(),
                        "dateline": dateline(ex.text, ex.places)},
            "warnings": [{"code": w.code, "message": w.message, "text": w.text, "start": w.start,
                          "end": w.end} for w in warnings],
            "sentences": quoted,
            "attribution": ["Places: GeoNames (CC BY 4.0, geonames.org)", "countryinfo (MIT)",
                            "geomap curated tables (see each feature's source_note)"],
        },
    }
