"""Airports by their own names: "Heathrow", "Schiphol", "Dulles International Airport".

Used by ``build_features.py`` only (never at run time).

airportsdata names an airport in full, usually after its city ("London Heathrow
Airport", "Amsterdam Airport Schiphol", "Washington Dulles International
Airport"); news writes the part that is the airport's own ("Heathrow",
"flights into Schiphol", "Dulles International Airport"). That part is what is
left of a name that starts with the city ("<City> <own part> Airport"; an
airport named after a place, "Lanzarote Airport", has no own part) once the
city and the generic words are taken away. It is kept as a name only when it
is one word (a longer rest is mostly a person:
"John F Kennedy", "Charles de Gaulle"), of four letters or more, no English word or given name
(``wordfreq``; ``data/curated/given_names.txt``) and the own part of one airport
only. It gives "<part> Airport" and "<part> International Airport", and the bare
part too for the airport of a city of half a million or more (a small town's
airport is not written so: "Talim" is a typhoon before it is Aral's airport),
unless a place (a town, a county, another feature) already bears it
("Heathrow", Florida) or it is frequent enough to be a word or a person
("Midway", "Pearson": ``BARE_MAX_ZIPF``).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERIC = re.compile(r"(?i)\b(internationa\w*|intl|ntl|regional|municipal|national|metropolitan|airport|airfield|"
                     r"aerodrome|airstrip|air base|airpark|field|county)\b")
WORD = re.compile(r"[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)?\Z")  # "Schiphol", "O'Hare", "Bergstrom"
# Zipf frequency (wordfreq): a part this frequent is an English word ("Love", "Hope"), never an airport's
# name; one above BARE_MAX_ZIPF is too often a word or a person ("Midway", "Hobby", "Pearson") to stand
# alone, and is kept only in "<part> Airport" (famous airports are frequent too: Heathrow 3.4, O'Hare 3.7).
MAX_ZIPF = 4.5
BARE_MAX_ZIPF = 3.5
BIG_CITY = 500_000  # the bare part only for the airports of cities this large


def own_part(name: str, city: str) -> str | None:
    """The one-word rest of an airport's name once its city and generic words are gone, or None."""
    rest = name.strip()
    if not city or not re.match(re.escape(city) + r"[ -]", rest, re.I):
        return None  # "Lanzarote Airport", "Alderney Airport": named after the place it serves
    rest = rest[len(city) + 1:]
    rest = re.sub(r"\s+", " ", GENERIC.sub(" ", rest)).strip(" -/()")
    if not WORD.match(rest) or len(rest) < 4 or rest.lower() == city.lower():
        return None
    return rest


def _wordfreq_zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit("Error: airport names need the wordfreq package (pip install -e '.[build]')") from None
    return zipf_frequency(word, "en")


def _placed_and_common(words: set[str], zipf) -> tuple[set[str], set[str]]:
    """Of the (normalised) words: those that may not stand alone (a place of the gazetteer bears them: a
    town, "<word> County", a curated place; or they are frequent), and those that are never an airport's
    (an English word, a given name)."""
    sys.path.insert(0, str(ROOT))
    from geomap.geonames_store import GeoNamesStore

    store = GeoNamesStore(ROOT / "data")
    given = {line.strip().lower() for line in (ROOT / "data" / "curated" / "given_names.txt").read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    curated = (ROOT / "data" / "curated" / "places.csv").read_text(encoding="utf-8").lower()
    placed = {w for w in words if store.ids(w) is not None or store.ids(w + " county") is not None
              or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", curated) or zipf(w) >= BARE_MAX_ZIPF}
    common = {w for w in words if w in given or zipf(w) >= MAX_ZIPF}
    return placed, common


def own_names(airports: list[dict], taken: set[str] = frozenset(), zipf=None) -> dict[str, list[str]]:
    """IATA code -> the names an airport is written by beyond its full name (see the module's text);
    ``taken``: normalised names of other features (islands, lakes ...), never given to an airport alone;
    ``zipf``: a word's Zipf frequency (default: ``wordfreq``'s, English)."""
    from geomap.names import normalize

    parts = {a["iata"]: own_part(a["name"], (a.get("city") or "").split(",")[0].strip()) for a in airports}
    count: dict[str, int] = {}
    for part in parts.values():
        if part:
            count[normalize(part)] = count.get(normalize(part), 0) + 1
    placed, common = _placed_and_common({k for k, n in count.items() if n == 1}, zipf or _wordfreq_zipf)
    placed |= set(taken)
    big = big_city_airports(airports)
    return {code: [*(() if normalize(part) in placed or code not in big else (part,)), f"{part} Airport",
                   f"{part} International Airport"]
            for code, part in parts.items() if part and count[normalize(part)] == 1 and normalize(part) not in common}


def big_city_airports(airports: list[dict]) -> set[str]:
    """IATA codes of the airports of cities of ``BIG_CITY`` people or more (GeoNames, the gazetteer's towns of
    that name in the airport's country): only theirs are written by the bare own part ("Heathrow",
    "Schiphol"); a small town's airport's part is more often something else ("Talim", a typhoon)."""
    sys.path.insert(0, str(ROOT))
    from geomap.geonames_store import GeoNamesStore
    from geomap.names import normalize

    store = GeoNamesStore(ROOT / "data")
    out = set()
    for a in airports:
        city = normalize((a.get("city") or "").split(",")[0].strip())
        if city and any(e.country == a.get("country") and e.place_type in ("city", "capital")
                        and e.population >= BIG_CITY for e in store.named(city)):
            out.add(a["iata"])
    return out
