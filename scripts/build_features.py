#!/usr/bin/env python
"""Build ``data/features.tsv``: named physical features and airports, for anchors the gazetteer lacks.

    python scripts/build_features.py [--natural-earth REPO] [--postal-codes REPO] [--out data/features.tsv]

Sources (see ``data/LICENSE-DATA.md``):

* Natural Earth 1:10m physical layers (public domain), read from a git snapshot of
  github.com/martynafford/natural-earth-geojson (``--natural-earth``: its git
  directory; nothing of it is committed): islands, island groups, ranges,
  peninsulas, deserts ... (``geography_regions_polys``), seas, bays, gulfs,
  straits (``geography_marine_polys``), islands and capes given as points
  (``geography_regions_points``), peaks and passes
  (``geography_regions_elevation_points``), named lakes (``lakes``,
  ``lakes_north_america``, ``lakes_europe``), rivers at their mouths (``ne_rivers.py``);
* airportsdata (MIT): every airport with an IATA code, named by its own name and
  "<City> Airport" / "<City> International Airport" where the city has one
  airport, and by the part of its name that is its own ("Heathrow", "Schiphol":
  ``airport_names.py``). IATA codes are not names (too many are words: "BAD", "SEA").
* GeoNames' postal-code places (CC BY 4.0), read from a git snapshot mirroring them
  (``--postal-codes``, :mod:`postal_places`): US and New Zealand hamlets the gazetteer
  and the features above lack ("Whites City", "Woodland Mills"), type ``hamlet``.

Each row: a source key, the name, its aliases (``|``), the point (the polygon's
representative point, which lies inside it), the ISO country holding that point
(``data/countries.geojson``), its first-level division (GeoNames' admin-1 code, as the
gazetteer's ``admin1``: a postal hamlet's state, "IA"; empty for the other features), the feature type, a radius in metres and the
source. A polygon's radius is that of the circle of the same geodesic area: an
island or a sea is an area, and its entry says how large. Points without an
area get a radius by type (``POINT_RADIUS_M``). The output is sorted, so two
runs give the same bytes.

Natural Earth's names in other languages (its ``name_xx`` fields, as many as
the snapshot's layers carry: the marine polygons of the default snapshot have
French names, Natural Earth 5 has some thirty languages on every physical
layer) go to ``data/features_intl.tsv``, keyed to these rows, for articles not in
English (:mod:`geomap.lang.names`): "la mer Caspienne", "le golfe de Gascogne".
"""
from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ne_rivers import LAYERS as RIVER_LAYERS, river_names, river_rows  # noqa: E402
import postal_places  # noqa: E402
DEFAULT_REPO = Path("/work/.mirror/martynafford+natural-earth-geojson/repo")
HEADER = "key\tname\taliases\tlat\tlon\tcountry\tadmin1\tfeature_type\tradius_m\tsource"

# Natural Earth's featurecla -> our feature type; classes not listed are left out.
POLY_TYPES = {"Island": "island", "Island group": "islands", "Range/mtn": "range", "Plateau": "plateau",
              "Desert": "desert", "Pen/cape": "peninsula", "Peninsula": "peninsula", "Geoarea": "area",
              "Plain": "plain", "Delta": "delta", "Basin": "basin", "Valley": "valley", "Isthmus": "isthmus",
              "Lowland": "lowland", "Wetlands": "wetland", "Gorge": "gorge", "Foothills": "foothills",
              "Lake": "lake", "Depression": "depression", "Tundra": "tundra"}
MARINE_TYPES = {"sea": "sea", "gulf": "gulf", "bay": "bay", "strait": "strait", "sound": "sound",
                "channel": "channel", "lagoon": "lagoon", "fjord": "fjord", "inlet": "inlet", "reef": "reef"}
POINT_TYPES = {"island": "island", "island group": "islands", "cape": "cape", "waterfall": "waterfall",
               "mountain": "mountain", "pass": "pass", "plateau": "plateau", "depression": "depression"}
# Radius of a feature Natural Earth gives only as a point: how far its extent plausibly reaches.
POINT_RADIUS_M = {"island": 10_000, "islands": 30_000, "cape": 5_000, "waterfall": 1_000, "mountain": 5_000,
                  "pass": 2_000, "plateau": 50_000, "depression": 20_000}
AIRPORT_RADIUS_M = 2_000
_SMALL = {"of", "the", "and", "de", "del", "da", "la", "le", "el", "al", "du", "des", "di", "in", "on"}


def title(name: str) -> str:
    """Natural Earth writes many names in capitals ("URAL MOUNTAINS"); a name as text writes it.

    >>> title("URAL MOUNTAINS"), title("GULF OF ADEN"), title("Lake Erie")
    ('Ural Mountains', 'Gulf of Aden', 'Lake Erie')
    """
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def usable(name: str, props: dict) -> bool:
    """Names worth a row: not numbered ("Iijärvi 7"), not flagged or left short by a lost
    character ("Mr" for "Mår" in ``lakes_europe``).

    >>> usable("Lake Erie", {}), usable("Mr", {}), usable("Iijarvi 7", {}), usable("Tyrjrvi", {"funkyname": 1})
    (True, False, False, False)
    """
    return len(name) >= 4 and not re.search(r"\d", name) and not props.get("funkyname")


_LANG_FIELD = re.compile(r"name_(?:[a-z]{2}|zht)")  # not name_abb, name_alt: no language


def intl_names(props: dict) -> list[str]:
    """The feature's names in other languages (Natural Earth's ``name_fr``, ``name_ru`` ... fields,
    as many as the layer has), as text writes them.

    >>> intl_names({"name": "Caspian Sea", "name_fr": "MER CASPIENNE", "name_en": "Caspian Sea", "name_alt": "x"})
    ['Mer Caspienne']
    """
    out = []
    for field in sorted(props):
        value = props[field]
        if _LANG_FIELD.fullmatch(field) and field != "name_en" and isinstance(value, str) and value.strip():
            out.append(title(value.strip()))
    return list(dict.fromkeys(out))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def read_layer(repo: Path, name: str, workdir: Path) -> list[dict]:
    """The features of one 10m physical layer, from its .json or, for the large ones, its .7z."""
    path = f"10m/physical/ne_10m_{name}"
    got = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}.json"], capture_output=True)
    if got.returncode == 0:
        return json.loads(got.stdout)["features"]
    import py7zr  # the build extra; only the large layers are 7z-only

    archive = workdir / f"{name}.7z"
    archive.write_bytes(subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}.7z"],
                                       capture_output=True, check=True).stdout)
    with py7zr.SevenZipFile(archive) as z:
        z.extractall(path=workdir)
    return json.loads((workdir / f"ne_10m_{name}.json").read_text(encoding="utf-8"))["features"]


class Countries:
    """ISO code of the country holding a point (``data/countries.geojson``), or '' (at sea)."""

    def __init__(self, path: Path):
        from shapely.geometry import shape
        from shapely.strtree import STRtree

        feats = json.loads(path.read_text(encoding="utf-8"))["features"]
        self.codes = [f["properties"]["iso"] for f in feats]
        self.shapes = [shape(f["geometry"]) for f in feats]
        self.tree = STRtree(self.shapes)

    def at(self, lon: float, lat: float) -> str:
        from shapely.geometry import Point

        p = Point(lon, lat)
        hits = sorted(self.codes[i] for i in self.tree.query(p, predicate="intersects"))
        return hits[0] if hits else ""


def polygon_row(feat: dict, ftype: str, layer: str, countries: Countries) -> dict | None:
    """A row for one named Natural Earth polygon, at its representative point, sized by its area."""
    from shapely.geometry import shape

    props = feat["properties"]
    name = title((props.get("name") or "").strip())
    if not usable(name, props) or not feat.get("geometry"):
        return None
    geom = shape(feat["geometry"])
    if geom.is_empty:
        return None
    point = geom.representative_point()
    alt = props.get("namealt") or props.get("name_alt") or ""
    return {"name": name, "aliases": [title(a.strip()) for a in re.split(r"[|;,/]", alt) if a.strip()],
            "lat": point.y, "lon": point.x, "country": countries.at(point.x, point.y), "type": ftype,
            "radius": radius_m(geom, point), "source": f"Natural Earth 10m {layer}", "intl": intl_names(props)}


def radius_m(geom, point) -> float:
    """The larger of the equal-area circle's radius and the farthest reach of the polygon from
    ``point``: a long range ("Ural Mountains") is far larger than its area's circle says.
    """
    from pyproj import Geod
    from shapely.geometry import MultiPolygon, Polygon

    geod = Geod(ellps="WGS84")
    area_r = math.sqrt(abs(geod.geometry_area_perimeter(geom)[0]) / math.pi)
    parts = geom.geoms if isinstance(geom, MultiPolygon) else [geom] if isinstance(geom, Polygon) else []
    lons = [x for p in parts for x, _ in p.simplify(0.02).exterior.coords]
    lats = [y for p in parts for _, y in p.simplify(0.02).exterior.coords]
    reach = max(geod.inv([point.x] * len(lons), [point.y] * len(lats), lons, lats)[2], default=0.0)
    return max(area_r, float(reach), 500.0)


def point_row(props: dict, ftype: str, layer: str, countries: Countries) -> dict | None:
    name = title((props.get("name") or "").strip())
    if not usable(name, props):
        return None
    alt = props.get("name_alt") or ""
    lat, lon = float(props["lat_y"]), float(props["long_x"])
    return {"name": name, "aliases": [title(a.strip()) for a in re.split(r"[|;,/]", alt) if a.strip()],
            "lat": lat, "lon": lon, "country": countries.at(lon, lat), "type": ftype,
            "radius": float(POINT_RADIUS_M[ftype]), "source": f"Natural Earth 10m {layer}", "intl": intl_names(props)}


def natural_earth_rows(repo: Path, countries: Countries) -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for feat in read_layer(repo, "geography_regions_polys", work):
            ftype = POLY_TYPES.get(feat["properties"].get("featurecla"))
            if ftype:
                rows.append(polygon_row(feat, ftype, "geography_regions_polys", countries))
        for feat in read_layer(repo, "geography_marine_polys", work):
            ftype = MARINE_TYPES.get(feat["properties"].get("featurecla"))
            if ftype:
                rows.append(polygon_row(feat, ftype, "geography_marine_polys", countries))
        for layer in ("lakes", "lakes_north_america", "lakes_europe"):
            for feat in read_layer(repo, layer, work):
                cla = feat["properties"].get("featurecla") or ""
                rows.append(polygon_row(feat, "reservoir" if cla == "Reservoir" else "lake", layer, countries))
        for layer in ("geography_regions_points", "geography_regions_elevation_points"):
            for feat in read_layer(repo, layer, work):
                ftype = POINT_TYPES.get(feat["properties"].get("featurecla"))
                if ftype:
                    rows.append(point_row(feat["properties"], ftype, layer, countries))
        rows += river_rows({layer: read_layer(repo, layer, work) for layer in RIVER_LAYERS}, countries,
                           lambda name, props: title(name) if usable(river_names(title(name))[0], props) else "")
    return [with_island_alias(r) for r in rows if r]


def _names_of(rows: list[dict]) -> set[str]:
    """The normalised names and aliases of feature rows."""
    sys.path.insert(0, str(ROOT))
    from geomap.names import normalize

    return {normalize(n) for r in rows for n in [r["name"], *r["aliases"]]}


def airport_rows(taken: set[str] = frozenset()) -> list[dict]:
    """Airports with an IATA code; "<City> Airport" only where one airport in the world has that city."""
    import airportsdata

    from airport_names import own_names

    airports = [a for a in airportsdata.load("IATA").values() if a.get("iata") and a.get("name")]
    own = own_names(airports, taken)  # "Heathrow", "Schiphol": airport_names.py
    per_city: dict[str, int] = {}  # "London Airport": London, Ontario has one, but London, England several
    for a in airports:
        per_city[a["city"].lower()] = per_city.get(a["city"].lower(), 0) + 1
    rows = []
    for a in airports:
        name = a["name"].strip()
        aliases = []
        if not re.search(r"(?i)\b(airport|airfield|aerodrome|airstrip|air base|field|airpark)\b", name):
            aliases.append(f"{name} Airport")
        city = (a["city"] or "").split(",")[0].strip()
        if city and "/" not in city and per_city[a["city"].lower()] == 1:
            aliases += [f"{city} Airport", f"{city} International Airport"]
        aliases += [x for x in own.get(a["iata"], ()) if x not in aliases]
        rows.append({"name": name, "aliases": [x for x in aliases if x.lower() != name.lower()],
                     "lat": float(a["lat"]), "lon": float(a["lon"]), "country": a["country"] or "",
                     "type": "airport", "radius": float(AIRPORT_RADIUS_M), "source": "airportsdata",
                     "key": f"feature:airport-{a['iata'].lower()}"})
    return rows


def _country_names(rows: list[dict]) -> set[tuple[str, str]]:
    """(country, normalised name) of the features already kept: a hamlet does not repeat them."""
    from geomap.names import normalize
    return {(r["country"], normalize(n)) for r in rows for n in [r["name"], *r["aliases"]]}


def with_island_alias(row: dict) -> dict:
    """"Mindanao" is also written "Mindanao Island"."""
    if row["type"] == "island" and not re.search(r"(?i)\b(island|isla|isle|ile|ilha|pulau)\b", row["name"]):
        row["aliases"] = [*row["aliases"], f"{row['name']} Island"]
    return row


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per (name, type) near one place: the lake layers overlap. The largest is kept."""
    best: dict[tuple, dict] = {}
    for r in rows:
        k = (r["name"].lower(), r["type"], round(r["lat"]), round(r["lon"]))
        if k not in best or r["radius"] > best[k]["radius"]:
            best[k] = r
    kept = list(best.values())
    # An alternate name several features share ("Great Lakes" on each of them) names none of them.
    count: dict[str, int] = {}
    for r in kept:
        for a in set(r["aliases"]):
            count[a.lower()] = count.get(a.lower(), 0) + 1
    for r in kept:
        r["aliases"] = [a for a in r["aliases"] if count[a.lower()] == 1]
    return kept


def assign_keys(rows: list[dict]) -> list[dict]:
    """The rows in file order, each with its source key (``feature:<type>-<slug>``, numbered when taken)."""
    used: set = set()
    out = sorted(rows, key=lambda r: (r.get("key", ""), r["type"], r["name"], r["lat"], r["lon"]))
    for r in out:
        key = r.get("key") or f"feature:{r['type']}-{slug(r['name'])}"
        base, n = key, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        r["key"] = key
    return out


def render(rows: list[dict]) -> str:
    """The rows (with keys: :func:`assign_keys`), then after ``#index`` the sorted name index
    (``normalised name<TAB>byte offsets of its rows``, names by :func:`geomap.names.normalize`), as in
    ``gazetteer.tsv``: a look-up is a binary search of the file's bytes."""
    sys.path.insert(0, str(ROOT))
    from geomap.names import normalize
    from name_variants import unmarked_key

    out = [HEADER]
    for r in rows:
        clean = [a.replace("\t", " ") for a in dict.fromkeys(r["aliases"]) if a != r["name"]]
        out.append("\t".join([r["key"], r["name"].replace("\t", " "), "|".join(clean), f"{r['lat']:.5f}",
                              f"{r['lon']:.5f}", r["country"], r.get("admin1", ""), r["type"], str(round(r["radius"])),
                              r["source"]]))
    index: dict[str, list[int]] = {}
    offset = len(HEADER.encode()) + 1
    for line in out[1:]:
        cols = line.split("\t")
        for key in dict.fromkeys(normalize(n) for n in [cols[1], *filter(None, cols[2].split("|"))]):
            index.setdefault(key, []).append(offset)
            bare = unmarked_key(key)  # "O‘ahu" is also written "Oahu" (name_variants.py)
            if bare and offset not in index.setdefault(bare, []):
                index[bare].append(offset)
        offset += len(line.encode()) + 1
    out.append("#index")
    out += [f"{k}\t{','.join(map(str, v))}" for k, v in sorted(index.items()) if k]
    return "\n".join(out) + "\n"


def render_intl(rows: list[dict]) -> str:
    """``data/features_intl.tsv``: each name in another language (folded, :func:`geomap.lang.fold.fold`)
    that is none of the feature's English names, with the keys of the features it names, sorted by
    the name's UTF-8 bytes as ``data/names_intl.tsv`` is; read by :func:`geomap.lang.names.intl_index`."""
    sys.path.insert(0, str(ROOT))
    from geomap.lang.fold import fold

    index: dict[str, list[str]] = {}
    for r in rows:
        english = {fold(n) for n in [r["name"], *r["aliases"]]}
        for name in r.get("intl", ()):
            key = fold(name)
            if len(key) >= 3 and key not in english and r["key"] not in index.get(key, []):
                index.setdefault(key, []).append(r["key"])
    return "".join(f"{k}\t{','.join(v)}\n" for k, v in sorted(index.items(), key=lambda kv: kv[0].encode()))


def _write(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(text.encode("utf-8"))
    tmp.replace(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--natural-earth", type=Path, default=DEFAULT_REPO,
                    help="git directory of a natural-earth-geojson snapshot")
    ap.add_argument("--postal-codes", type=Path, default=postal_places.DEFAULT_REPO,
                    help="git directory of a snapshot of GeoNames' postal-code files (postal_places.py)")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "features.tsv")
    ap.add_argument("--out-intl", type=Path, default=ROOT / "data" / "features_intl.tsv")
    args = ap.parse_args()
    countries = Countries(ROOT / "data" / "countries.geojson")
    natural = dedupe(natural_earth_rows(args.natural_earth, countries))
    airports = airport_rows(_names_of(natural))
    known = postal_places.gazetteer_names(ROOT / "data" / "gazetteer.tsv")
    hamlets = postal_places.hamlet_rows(args.postal_codes, known, postal_places.word_test(),
                                        _country_names(natural + airports))
    rows = assign_keys(natural + airports + hamlets)
    text, intl = render(rows), render_intl(rows)
    _write(args.out, text)
    _write(args.out_intl, intl)
    print(f"{args.out}: {len(rows)} rows, {len(text.encode()):,} bytes; {args.out_intl}: "
          f"{intl.count(chr(10))} names in other languages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
