"""Everything found in an article -> one GeoJSON FeatureCollection.

This FeatureCollection is the contract between the core and every output:
the map, ``geomap extract``, and the exports all render from it. Its shape
is documented in the README ("Output contract").
"""
from __future__ import annotations

import hashlib

from . import __version__
from .geometry import ring
from .model import Extraction, Mention, Place, Relation, Sentence

BROAD = {"country", "continent", "sea", "ocean", "region"}


def _round(x: float, nd: int = 6) -> float:
    return round(float(x), nd)


def precision_class(place_type: str, uncertainty_m: float) -> int:
    """ACLED-style geo-precision: 1 site or town, 2 near a town or part of a region, 3 large area.

    >>> precision_class("city", 8600), precision_class("admin1", 250000), precision_class("country", 7e5)
    (1, 3, 3)
    >>> precision_class("landmark", 3000)
    1
    """
    if place_type in BROAD or uncertainty_m > 100_000:
        return 3
    if uncertainty_m > 15_000:
        return 2
    return 1


def evidence(text: str, sentences: tuple[Sentence, ...], m: Mention | Relation) -> dict:
    s = sentences[m.sentence]
    return {"text": text[m.start:m.end], "start": m.start, "end": m.end,
            "sentence": text[s.start:s.end], "sentence_start": s.start}


def format_distance(metres: float) -> str:
    """Human form of a distance.

    >>> format_distance(700), format_distance(1000), format_distance(1500), format_distance(32186.9)
    ('700 m', '1 km', '1.5 km', '32.19 km')
    """
    if metres < 1000:
        return f"{metres:.0f} m"
    km = metres / 1000
    return f"{km:.2f}".rstrip("0").rstrip(".") + " km"


def place_feature(text: str, sentences, place: Place) -> dict:
    e = place.entry
    props = {
        "id": e.source, "kind": "place", "role": place.role, "name": e.name,
        "uncertainty_m": e.radius_m, "precision": precision_class(e.place_type, e.radius_m),
        "country": e.country, "place_type": e.place_type, "source": e.source,
        "source_note": e.note or None, "container": e.container,
        "mentions": [m.text for m in place.mentions],
        "demonym_only": all(m.kind == "demonym" for m in place.mentions),
        "alternatives": place.alternatives,
        "evidence": [evidence(text, sentences, m) for m in place.mentions],
    }
    return {"type": "Feature", "id": e.source,
            "geometry": {"type": "Point", "coordinates": [_round(e.lon), _round(e.lat)]},
            "properties": props}


def describe_zone(r: Relation, anchor_name: str, anchor_uncertainty_m: float) -> str:
    """The zone's meaning in words, for popups and the legend.

    >>> from geomap.model import Relation
    >>> r = Relation("a", "the grave", 700, 650, 750, None, None, "just", "700 meters from", 0, 10, 0)
    >>> describe_zone(r, "Soleimani's grave", 3000)
    "700 m from Soleimani's grave (650 m to 750 m), direction not stated; the anchor's own position is uncertain by about 3 km"
    """
    if r.inner_m == 0:
        span = f"up to {format_distance(r.outer_m)}"
    else:
        span = f"{format_distance(r.inner_m)} to {format_distance(r.outer_m)}"
    direction = "direction not stated" if r.bearing_deg is None else f"bearing {r.bearing_deg:g}\u00b0"
    words = f"{format_distance(r.distance_m)} from {anchor_name} ({span}), {direction}"
    if anchor_uncertainty_m:
        words += f"; the anchor's own position is uncertain by about {format_distance(anchor_uncertainty_m)}"
    return words


def zone_feature(text: str, sentences, r: Relation, anchor: Place) -> dict:
    a = anchor.entry
    geom = ring(a.lat, a.lon, r.inner_m, r.outer_m)
    coords = [[[_round(x), _round(y)] for x, y in geom.exterior.coords]]
    coords += [[[_round(x), _round(y)] for x, y in hole.coords] for hole in geom.interiors]
    uncertainty = (r.outer_m - r.inner_m) / 2 + a.radius_m
    name = f"{format_distance(r.distance_m)} from {a.name.split(' (')[0]}"
    props = {
        "id": f"zone:{a.source}:{r.start}", "kind": "zone", "role": "incident", "name": name,
        "label": r.label, "uncertainty_m": round(uncertainty, 1),
        "precision": 1 if uncertainty <= 15_000 else 2,
        "anchor": a.source, "anchor_text": r.anchor_text, "distance_m": r.distance_m,
        "inner_m": r.inner_m, "outer_m": r.outer_m, "bearing_deg": r.bearing_deg,
        "bearing_halfwidth_deg": r.bearing_halfwidth_deg, "qualifier": r.qualifier,
        "shape": "ring" if r.inner_m > 0 else "disc", "elliptical": r.elliptical,
        "relative_time": r.relative_time,
        "description": describe_zone(r, a.name.split(" (")[0], a.radius_m),
        "evidence": [evidence(text, sentences, r)],
    }
    return {"type": "Feature", "id": props["id"],
            "geometry": {"type": "Polygon", "coordinates": coords}, "properties": props}


def to_feature_collection(ex: Extraction, name: str = "article") -> dict:
    """The GeoJSON FeatureCollection for an extraction (plain dicts and lists)."""
    by_source = {p.entry.source: p for p in ex.places}
    features = [place_feature(ex.text, ex.sentences, p) for p in ex.places]
    for r in ex.relations:
        if r.anchor in by_source:
            features.append(zone_feature(ex.text, ex.sentences, r, by_source[r.anchor]))
    return {
        "type": "FeatureCollection",
        "features": features,
        "geomap": {
            "version": __version__,
            "article": {"name": name, "chars": len(ex.text),
                        "sha256": hashlib.sha256(ex.text.encode("utf-8")).hexdigest()},
            "warnings": [{"code": w.code, "message": w.message, "text": w.text, "start": w.start,
                          "end": w.end} for w in ex.warnings],
            "attribution": ["Places: GeoNames (CC BY 4.0, geonames.org)", "countryinfo (MIT)",
                            "geomap curated tables (see each feature's source_note)"],
        },
    }
