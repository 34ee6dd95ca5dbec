"""A small town abroad is not what a name means in an article about another country.

"The fireworks were stored in a gun shop in the southeastern city of San Felix" in an article
about Venezuela: the gazetteer knows San Félix only as villages of Uruguay and Panama, and a
village on another continent is a worse answer than none (the map would mark it as where it
happened). Applied by :func:`geomap.resolve.resolve_candidates` to its picks: a pick is left
unresolved when

* the article is about a country: names it at least twice (:func:`geomap.resolve.document_countries`;
  a "US Geological Survey" once is no subject), and the pick lies in no named country;
* every candidate of the name is a small town (no country, state, capital or city of 100,000), and
  none lies in a named country;
* no other pick of the article lies in the pick's country or within :data:`NEAR_KM` of it.
"""
from __future__ import annotations

from collections import Counter

from .geometry import great_circle_km
from .model import Entry

SMALL_POPULATION = 100_000
NEAR_KM = 1_000.0
SUBJECT_MENTIONS = 2
_TOWN_TYPES = frozenset({"city", "admin2", "admin3", "village", "hamlet"})  # hamlet: a postal place (feature_store)


def _small_towns(opts: list[Entry]) -> bool:
    return all(e.place_type in _TOWN_TYPES and e.population < SMALL_POPULATION for e in opts)


def _alone(i: int, pick: Entry, picks: list[Entry | None]) -> bool:
    """No other pick in ``pick``'s country or near it."""
    return not any(j != i and p is not None and p.source != pick.source
                   and (p.country == pick.country or great_circle_km(p.lat, p.lon, pick.lat, pick.lon) <= NEAR_KM)
                   for j, p in enumerate(picks))


def drop_foreign_villages(picks: list[Entry | None], cands: list[list[Entry]],
                          countries: Counter) -> list[Entry | None]:
    """Each pick, or None for a small town abroad that nothing else in the article is near."""
    named = {c for c, n in countries.items() if n}
    if not any(n >= SUBJECT_MENTIONS for n in countries.values()):
        return picks
    out = list(picks)
    for i, (pick, opts) in enumerate(zip(picks, cands)):
        if pick is None or pick.country in named or not _small_towns(opts):
            continue
        if any(e.country in named for e in opts):
            continue
        if _alone(i, pick, picks):
            out[i] = None
    return out
