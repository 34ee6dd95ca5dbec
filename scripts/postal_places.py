"""Hamlets the gazetteer lacks, from GeoNames' postal-code places (CC BY 4.0), as feature rows.

Wire reports and agency lists measure from villages of a few hundred people ("about 3 miles
northwest of Hermosa", "35 miles south of Whites City, New Mexico", "one mile southwest of Woodland
Mills"): too small for GeoNames' cities500, but each has a post office, and GeoNames' postal-code
files (https://download.geonames.org/export/zip/, CC BY 4.0) give its place name and a point.
They are read at build time from a git snapshot that mirrors them (default:
github.com/symerio/postal-codes-data, ``data/geonames/<CC>.txt``, fetched beside the others; nothing
of it is committed) by ``scripts/build_features.py --postal-codes REPO``.

Rows kept, so that the table holds hamlets and not noise:

* a place name of the countries in :data:`COUNTRIES` that no gazetteer row of the same country and
  state (admin-1) bears (the gazetteer's own town always wins; this table only fills gaps). A hamlet
  may share its name with a town of another state (Salem, Iowa beside Salem, Oregon): its row carries
  its state, so an article that names Iowa can mean it;
* not a military or general-delivery name ("APO", "FPO AE", "DPO AA"), not a name with digits;
* not a name ending in a thoroughfare word (:data:`ROAD_WORDS`): in news text "State Road",
  "Cross Street" or "Pike Road" is a road ("State Road 44"), whatever post office bears the name;
* a one-word name is not an English word or a common name (``wordfreq`` Zipf frequency <
  :data:`MAX_ZIPF`, as the gazetteer's rule for towns under 1,000): "Success", "Bee", "Hope" are
  words first. A name of several words is not a word ("Whites City", "Woodland Mills"; wordfreq
  would score the phrase by its commonest words). A name some gazetteer town of the country bears
  is a place name already ("Salem", "Lucas"): the test is not asked of it;
* one row per (country, state, name); its point is the mean of the post offices' points and its
  radius covers every one of them plus :data:`BASE_RADIUS_M`, so the circle holds the place however
  its points spread and however far a post office's point lies from the hamlet it serves.
"""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_REPO = Path("/work/.mirror/symerio+postal-codes-data/repo")
COUNTRIES = ("US", "NZ")
MAX_ZIPF = 3.0
# How far a postal point lies from its town: measured on the 5,301 US towns of 500-2,000 people that
# have one post office and one gazetteer row of the same name and state, the postal point is 1.5 km from
# the town's GeoNames point at the median, 4.9 km at the 90th percentile, 10.7 km at the 98th (20.1 km
# at the 99th). 12 km covers 98% of them and a hamlet's own extent (a kilometre or two).
BASE_RADIUS_M = 12000.0
SOURCE = "GeoNames postal codes (CC BY 4.0)"
_SKIP = {"apo", "fpo", "dpo"}
ROAD_WORDS = {"road", "street", "avenue", "highway", "route", "lane", "drive", "boulevard", "pike", "turnpike",
              "parkway", "expressway", "freeway", "way", "trail", "crossing", "junction", "station"}


def read_postal(repo: Path, country: str) -> list[list[str]]:
    """The rows of ``data/geonames/<country>.txt`` in the snapshot ``repo`` (a git directory)."""
    text = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:data/geonames/{country}.txt"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.count("\t") >= 10]


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(a)))


def grouped(rows: list[list[str]]) -> dict[tuple[str, str, str], list[tuple[float, float]]]:
    """Post office points by (country, admin1 code, place name)."""
    out: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for r in rows:
        name = r[2].strip()
        if not name or name.split()[0].lower() in _SKIP or any(ch.isdigit() for ch in name) \
                or name.split()[-1].lower() in ROAD_WORDS:
            continue
        try:
            point = (float(r[9]), float(r[10]))
        except ValueError:
            continue
        out.setdefault((r[0], r[4], name), []).append(point)
    return out


def hamlet_row(key: tuple[str, str, str], points: list[tuple[float, float]]) -> dict:
    """One feature row: the mean point, a radius covering every post office of the name, and the
    state (the postal file's admin-1 code, GeoNames' own: "IA", New Zealand's "E7")."""
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    spread = max(_distance_m(lat, lon, p[0], p[1]) for p in points)
    country, admin1, name = key
    return {"name": name, "aliases": [], "lat": lat, "lon": lon, "country": country, "admin1": admin1,
            "type": "hamlet",
            "radius": spread + BASE_RADIUS_M, "source": f"{SOURCE}, {country}-{admin1}"}


def hamlet_rows(repo: Path, known: set[tuple[str, str, str]], is_word,
                taken: set[tuple[str, str]] = frozenset()) -> list[dict]:
    """Rows for the postal places of :data:`COUNTRIES` that the gazetteer lacks.

    ``known``: (country, admin1, normalised name) of the gazetteer's rows (:func:`gazetteer_names`);
    ``taken``: (country, normalised name) of other features, which no hamlet repeats;
    ``is_word(name)``: True for an English word or common name, asked only of a name no gazetteer row
    of the country bears. Deterministic: the rows come sorted by their key."""
    from geomap.names import normalize

    in_country = {(c, n) for c, _, n in known}
    out = []
    for country in COUNTRIES:
        groups = grouped(read_postal(repo, country))
        for key in sorted(groups):
            name = normalize(key[2])
            if (country, key[1], name) in known or (country, name) in taken:
                continue
            if (country, name) not in in_country and is_word(key[2]):
                continue
            out.append(hamlet_row(key, groups[key]))
    return out


def gazetteer_names(path: Path, countries=COUNTRIES) -> set[tuple[str, str, str]]:
    """(country, admin1, normalised name) of every row of ``gazetteer.tsv`` in ``countries``, by its
    names too."""
    from geomap.names import normalize

    known: set[tuple[str, str, str]] = set()
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if line.startswith("#index"):
                break
            c = line.rstrip("\n").split("\t")
            if len(c) > 9 and c[4] in countries:
                for n in [c[1], *filter(None, c[9].split("|"))]:
                    known.add((c[4], c[5], normalize(n)))
    return known


def word_test():
    """``is_word`` for :func:`hamlet_rows`: wordfreq's Zipf frequency at or above :data:`MAX_ZIPF`."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit("Error: postal hamlets need the wordfreq package (pip install -e '.[build]')") from None
    return lambda name: " " not in name.strip() and zipf_frequency(name, "en") >= MAX_ZIPF
