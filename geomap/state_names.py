"""A state's name written bare is the state, not a small town named after it (issue #13; CLIFF's rule
that a state or country beats a smaller namesake).

"An unnamed man in Florida won $451 million" in New Jersey news: the division support and the nearby
names of a New Jersey article reward Florida, New York (2,899 people), but a reader takes "Florida" for
the state. The town is meant when the text pins the name there ("Florida, N.Y.") or when it is itself a
large city (New York City, Washington: those the ranker weighs as it does any city).
"""
from __future__ import annotations

from .model import Entry
from .names import normalize
from .seat_towns import named_after

SMALL_TOWN = 100_000  # as geomap.resolve.NAMESAKE_CITY_MIN_POPULATION: below it a town is no namesake city
_TOWNS = ("city", "capital", "hamlet")  # hamlet: a post office's place (geomap.feature_store), as small as any


def prefer_state(best: int, options: list[Entry], written: str | None, pinned) -> int:
    """The index of the first-level division bearing the written name instead of ``best``, a small town
    of that name the text does not pin (``pinned``: whether the text pins an entry by state or country)."""
    town = options[best]
    if not written or town.place_type not in _TOWNS or town.population >= SMALL_TOWN or pinned(town):
        return best
    if normalize(town.name) != written:
        return best
    # A province named after its own seat ("the southern Bulgarian city of Sliven", "Yala city, capital of the
    # province of the same name") is not the case: the name is the town's first (geomap.seat_towns).
    states = [i for i, e in enumerate(options) if e.place_type == "admin1" and normalize(e.name) == written
              and e.country == town.country and not named_after(e, town)]
    return max(states, key=lambda i: options[i].population) if states else best

