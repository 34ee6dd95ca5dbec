"""User-supplied places (``--place``, ``[[places]]``) laid over the curated tables.

A user place wins over every other name for one run: it becomes the only
answer for its name and aliases, and is matched in text like a landmark,
before GeoNames names. A curated landmark named like it is replaced by it,
aliases and all. The tables it starts from are never changed, so the shared
default gazetteer stays as shipped.
"""
from __future__ import annotations

import copy

from .curated import CuratedTables, Landmark
from .model import Entry
from .names import normalize, slug


def user_entry(place: dict) -> Entry:
    """The entry of one place ``{"name", "lat", "lon", "radius_m", "aliases", "country"?}``."""
    return Entry(source=f"user:{slug(place['name']) or 'place'}", name=place["name"],
                 lat=round(float(place["lat"]), 6), lon=round(float(place["lon"]), 6),
                 country=place.get("country"), admin1=None, population=0, place_type="user",
                 uncertainty_m=float(place["radius_m"]), note="user-supplied")


def with_user_places(tables: CuratedTables, places: list[dict]) -> CuratedTables:
    """A copy of ``tables`` in which ``places`` win (see the module doc)."""
    out = copy.copy(tables)
    out.entries = dict(tables.entries)
    out.names = {k: list(v) for k, v in tables.names.items()}
    landmarks = list(tables.landmarks)
    user_landmarks = []
    for place in places:
        entry = user_entry(place)
        out.entries[entry.source] = entry
        names = [place["name"], *place.get("aliases", [])]
        keys = {normalize(n) for n in names}
        generic: list[str] = []
        # A curated landmark named like this place is replaced by it, aliases and all.
        for lm in list(landmarks):
            if keys & {normalize(a) for a in lm.specific}:
                landmarks.remove(lm)
                names += [a for a in lm.specific if normalize(a) not in keys]
                generic += lm.generic
        # Matched like landmarks (before gazetteer names), every alias counting on its own.
        user_landmarks.append(Landmark(entry.source, names, generic))
        for name in names:
            out.names[normalize(name)] = [entry.source]
    out.landmarks = user_landmarks + landmarks
    return out
