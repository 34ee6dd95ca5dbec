"""What every FeatureCollection geomap emits must satisfy (RFC 7946 and geomap's contract)."""
import math

from shapely.geometry import LinearRing, shape


def polygons(geometry: dict) -> list:
    """The polygons (lists of rings) of a Polygon or MultiPolygon geometry, else []."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def positions(geometry: dict) -> list:
    if geometry["type"] == "Point":
        return [geometry["coordinates"]]
    return [pos for poly in polygons(geometry) for ring in poly for pos in ring]


def problems(fc: dict, text: str) -> list[str]:
    """Every way ``fc`` breaks the contract (empty when it is valid)."""
    out = []
    assert fc["type"] == "FeatureCollection"
    for f in fc["features"]:
        fid, geom, p = f.get("id"), f["geometry"], f["properties"]
        if geom["type"] not in ("Point", "Polygon", "MultiPolygon"):
            out.append(f"{fid}: geometry type {geom['type']}")
            continue
        for lon, lat in positions(geom):
            if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
                out.append(f"{fid}: position {lon}, {lat}")
                break
        if not shape(geom).is_valid:
            out.append(f"{fid}: invalid {geom['type']}")
        for poly in polygons(geom):
            if len(poly[0]) < 4 or not LinearRing(poly[0]).is_ccw:
                out.append(f"{fid}: exterior ring not counter-clockwise")
            if any(len(h) < 4 or LinearRing(h).is_ccw for h in poly[1:]):
                out.append(f"{fid}: hole not clockwise")
        if not p["evidence"]:
            out.append(f"{fid}: no evidence")
        for e in p["evidence"]:
            if not (0 <= e["start"] <= e["end"] <= len(text)) or text[e["start"]:e["end"]] != e["text"]:
                out.append(f"{fid}: evidence {e['start']}..{e['end']} does not index the text")
            sentences = fc["geomap"]["sentences"]
            if not (isinstance(e["sentence"], int) and 0 <= e["sentence"] < len(sentences)):
                out.append(f"{fid}: evidence sentence {e['sentence']!r} is not in geomap.sentences")
                continue
            s = sentences[e["sentence"]]
            if text[s["start"]:s["end"]] != s["text"] or not s["start"] <= e["start"] < s["end"]:
                out.append(f"{fid}: evidence sentence at {s['start']} does not index the text or hold the mention")
        if not (math.isfinite(p["uncertainty_m"]) and p["uncertainty_m"] > 0):
            out.append(f"{fid}: uncertainty {p['uncertainty_m']}")
    for w in fc["geomap"]["warnings"]:
        if w["start"] is not None and text[w["start"]:w["end"]] != w["text"]:
            out.append(f"warning {w['code']}: offsets do not index the text")
    return out
