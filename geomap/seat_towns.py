"""A division named after its seat town: the one rule both the distance anchors and the bare state
names use (issue #13).

Many towns share their name with the province, region or district they are the seat of (Gisborne,
Buenos Aires, Moscow, Sliven, Yala). A town is its division's own when it lies in the division's
country, bears the same name and holds at least :data:`TOWN_SHARE` of the division's population:
Buenos Aires (the city, a division of its own) is the province's namesake, as Sliven is its
province's; Florida, New York (2,899 people) is not Florida's, nor is the town of 7,000 that heads
Ramban district (its headquarters, not its namesake in size).

Where the rule is asked:

* a distance is measured from the town, not from the division's centre (:mod:`geomap.anchor_towns`);
* a bare state name is the state over a small town of the name, unless the town is the state's own
  (:mod:`geomap.state_names`: "the southern Bulgarian city of Sliven").
"""
from __future__ import annotations

from functools import lru_cache

from .model import Entry
from .names import normalize

TOWN_SHARE = 0.1
DIVISIONS = ("admin1", "admin2")
TOWNS = ("city", "capital")


def named_after(division: Entry, town: Entry) -> bool:
    """Whether ``division`` (a first- or second-level division) is named after ``town``, its seat.

    >>> from geomap.model import Entry
    >>> province = Entry("a", "Sliven", 42.7, 26.3, "BG", "50", 197_473, "admin1", 40_000)
    >>> state = Entry("b", "Florida", 28.8, -82.0, "US", "FL", 21_538_187, "admin1", 400_000)
    >>> named_after(province, Entry("c", "Sliven", 42.68, 26.32, "BG", "50", 91_620, "city", 3_000))
    True
    >>> named_after(state, Entry("d", "Florida", 41.33, -74.36, "US", "NY", 2_899, "city", 2_000))
    False
    """
    return division.place_type in DIVISIONS and town.place_type in TOWNS and town.country == division.country \
        and town.population >= TOWN_SHARE * division.population \
        and (town.name == division.name or _normalized(town.name) == _normalized(division.name))


@lru_cache(maxsize=1 << 14)  # candidates' names recur across mentions and articles
def _normalized(name: str) -> str:
    return normalize(name)
