"""What the map writes beside its shapes: labels, the article's highlighted mentions, the locator's country.

Pure functions of the FeatureCollection (and the article text). The page's
script places the labels (``static/geomap.js``: at each zoom, by priority,
dropping a label rather than letting it overlap another); here we only say
which labels there are, where they point and how much each matters.
"""
from __future__ import annotations

from collections import Counter

from .wording import format_distance
from .written_names import display_name
from .styles import COLOURS, SHAPE_STYLE

PANEL_CHARS = 100_000  # the article panel shows at most this much of the text
MAX_CONTEXT_LABELS = 40


def feature_colour(props: dict) -> str:
    """The colour a feature is drawn in (and its mentions highlighted with)."""
    if props["kind"] == "zone":
        return SHAPE_STYLE.get(props.get("shape"), COLOURS["zone"])
    if props["kind"] == "event":
        return COLOURS["event"]
    return COLOURS[props["role"]]


def zone_label(props: dict) -> str:
    """``"700 meters (first explosion)"``: a zone's distance as the text says it (or its name) and its event."""
    short = (props.get("distance_text") or format_distance(props["distance_m"]) if props.get("distance_m")
             else props["name"])
    return short + (f" ({props['label']})" if props.get("label") else "")


def place_labels(fc: dict) -> list[dict]:
    """Labels of places: incident places and anchors first, then context places, finer ones first.

    Each is ``{"id", "text", "lat", "lon", "priority", "kind"}``; a lower
    priority number is placed first. Context places are limited to
    ``MAX_CONTEXT_LABELS``.
    """
    anchors = {f["properties"].get("anchor") for f in fc["features"] if f["properties"]["kind"] == "zone"}
    out, context = [], []
    for f in fc["features"]:
        p = f["properties"]
        if p["kind"] != "place":
            continue
        lon, lat = f["geometry"]["coordinates"]
        item = {"id": p["id"], "text": display_name(p), "lat": lat, "lon": lon}
        if p["role"] == "incident" or p["id"] in anchors:
            out.append({**item, "priority": 0 if p["id"] in anchors else 1, "kind": "incident"})
        else:
            context.append({**item, "priority": 3, "kind": "context", "_u": p["uncertainty_m"]})
    context.sort(key=lambda c: (c["_u"], c["id"]))
    return out + [{k: v for k, v in c.items() if k != "_u"} for c in context[:MAX_CONTEXT_LABELS]]


def article_segments(fc: dict, text: str | None) -> list[tuple[str, str | None, str | None]]:
    """The article cut into ``(text, feature id, colour)`` pieces; mentions carry their feature.

    Evidence of places wins over zones, zones over events, where they overlap;
    an evidence item whose offsets do not match the text is left out. At
    most ``PANEL_CHARS`` of the text are kept.

    >>> fc = {"features": [{"properties": {"kind": "place", "role": "incident", "id": "k",
    ...     "evidence": [{"start": 3, "end": 9, "text": "Kerman"}]}}]}
    >>> article_segments(fc, "In Kerman today.")
    [('In ', None, None), ('Kerman', 'k', '#c62828'), (' today.', None, None)]
    """
    if not text:
        return []
    shown = text[:PANEL_CHARS]
    rank = {"place": 0, "zone": 1, "event": 2}  # an area's mention is its place's
    spans = sorted(((rank[f["properties"]["kind"]], ev["start"], ev["end"], f["properties"]["id"],
                     feature_colour(f["properties"]))
                    for f in fc["features"] if f["properties"]["kind"] in rank for ev in f["properties"]["evidence"]
                    if 0 <= ev["start"] < ev["end"] <= len(shown) and text[ev["start"]:ev["end"]] == ev["text"]),
                   key=lambda s: (s[0], s[1], -s[2], s[3]))
    taken: list[tuple[int, int, str, str]] = []
    for _, start, end, fid, colour in spans:
        if all(end <= a or start >= b for a, b, _, _ in taken):
            taken.append((start, end, fid, colour))
    taken.sort()
    out, pos = [], 0
    for start, end, fid, colour in taken:
        if start > pos:
            out.append((shown[pos:start], None, None))
        out.append((shown[start:end], fid, colour))
        pos = end
    if pos < len(shown):
        out.append((shown[pos:], None, None))
    if len(text) > len(shown):
        out.append((f"\n\u2026 (the panel shows the first {PANEL_CHARS:,} characters)", None, None))
    return out


def locator_country(fc: dict) -> str | None:
    """The country of the incident (most incident places'), else of most places; None if none has one."""
    for role in ("incident", None):
        counts = Counter(f["properties"].get("country") for f in fc["features"]
                         if f["properties"]["kind"] == "place" and f["properties"].get("country")
                         and (role is None or f["properties"]["role"] == role))
        if counts:
            return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return None


def used_symbols(fc: dict) -> list[str]:
    """Which legend rows the map needs, in legend order."""
    props = [f["properties"] for f in fc["features"]]
    shapes = {p.get("shape") for p in props if p["kind"] == "zone"}
    outlined = {p["place"] for p in props if p["kind"] == "area"}  # drawn as outlines, not circles
    used = {
        "incident": any(p["kind"] == "place" and p["role"] == "incident" for p in props),
        "context": any(p["kind"] == "place" and p["role"] != "incident" for p in props),
        "ring": bool(shapes & {"ring", "disc"}),
        "sector": "sector" in shapes,
        "corridor": "corridor" in shapes,
        "best": any(p["kind"] == "event" and p.get("best_guess") for p in props),
        "event": any(p["kind"] == "event" for p in props),
        "area": any(p["kind"] == "area" for p in props),
        "uncertainty": any(p["kind"] == "place" and p["uncertainty_m"] > 0 and p["id"] not in outlined for p in props),
    }
    return [k for k, v in used.items() if v]
