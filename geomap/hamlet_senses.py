"""Post-office hamlets (:mod:`geomap.feature_store`) among a name's senses: the weakest of them.

GeoNames' postal places give a name a sense in every state with a post office of that name ("Danielsville":
the Georgia town of 577 people and a post office of Pennsylvania). Such a sense is a candidate like any
other, but it does not make a name ambiguous as evidence for the rest of the document: the name still says
which country or state the article is in, and its town is still a confident place to measure nearness from
(:func:`populated_senses`). And a hamlet does not take a large city's name on a state named elsewhere
(:func:`prefer_city_to_hamlet`).
"""
from __future__ import annotations

from .model import Entry
from .names import normalize
from .state_names import SMALL_TOWN

HAMLET = "hamlet"


def populated_senses(entries: list[Entry]) -> list[Entry]:
    """``entries`` without the post-office hamlets, unless they are all hamlets."""
    if not any(e.place_type == HAMLET for e in entries):
        return entries
    kept = [e for e in entries if e.place_type != HAMLET]
    return kept or entries


def prefer_city_to_hamlet(best: int, options: list[Entry], pinned, near) -> int:
    """The large city (:data:`SMALL_TOWN` or more) bearing a post-office hamlet's name instead of the hamlet,
    unless the text pins the hamlet ("Oakland, Texas") or it lies near the article's other places (``near``:
    the resolver asks whether it lies within :data:`geomap.near_index.NEARBY_KM` of a confident place or
    within the ranker's ``NEAR_NAMES_KM`` of another name's candidate; a local story's Kent, Minnesota). A
    state named elsewhere ("Waco, Texas") is no reason to read "Oakland police" as a post office of that
    state. ``pinned`` as for :func:`geomap.state_names.prefer_state`."""
    hamlet = options[best]
    if hamlet.place_type != HAMLET or pinned(hamlet) or near(hamlet):
        return best
    name = normalize(hamlet.name)
    cities = [i for i, e in enumerate(options) if e.place_type in ("city", "capital")
              and e.population >= SMALL_TOWN and normalize(e.name) == name]
    return max(cities, key=lambda i: options[i].population) if cities else best
