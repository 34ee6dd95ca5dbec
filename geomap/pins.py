"""Pins: "Paris, Texas", "Alexandria, La.", "X in Y": the text places a name inside a state or country.

A pinned candidate gets a large bonus in :mod:`geomap.resolve`; a name pinned once one way is
pinned so everywhere in the article (one sense per article).
"""
from __future__ import annotations

from .model import Entry, Mention

# A pinning name that is also a city this large is as likely an item of a list ("Miami, New York").
LIST_CITY_POPULATION = 100_000


def text_pins(text: str | None, mentions: list[Mention], cands: list[list[Entry]]) -> dict[int, list[Entry]]:
    """"X, Y" and "X in Y": Y (a state or country) pins X's candidates."""
    pins: dict[int, list[Entry]] = {}
    if text is None:
        return pins
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end:b.start]
        if gap.strip() not in (",", "in") or len(gap) > 4:
            continue
        containers = [e for e in cands[i + 1] if e.place_type in ("admin1", "country", "admin2")]
        if containers:
            pins[i] = containers
    return pins


def pinned_in(entry: Entry, containers: list[Entry]) -> bool:
    """True when ``entry`` lies in one of the pinning states or countries (other than itself)."""
    for c in containers:
        if c.place_type == "country" and entry.country == c.country and entry.source != c.source:
            return True
        if c.place_type in ("admin1", "admin2") and entry.country == c.country and entry.admin1 == c.admin1 \
                and entry.source != c.source:
            return True
        # GeoNames files the Philippines' provinces as first-level divisions but their towns under regions, with
        # the province as the town's second-level name ("Siocon in Zamboanga del Norte province")
        if c.place_type == "admin1" and entry.country == c.country and entry.source != c.source \
                and entry.admin2_name in (c.name, f"Province of {c.name}"):
            return True
    return False


def same_pin(pins: dict[int, list[Entry]], keys: list[tuple]) -> dict[int, list[Entry]]:
    """One sense per article: "BELGRADE — ... Belgrade, Minn.": the name written once with its state
    is pinned there everywhere (when the text pins it one way only)."""
    by_key: dict[tuple, list] = {}
    for i, containers in pins.items():
        by_key.setdefault(keys[i], []).append(containers)
    one = {k: cs[0] for k, cs in by_key.items()
           if len({tuple(sorted(e.source for e in c)) for c in cs}) == 1}
    return {**{i: one[k] for i, k in enumerate(keys) if k and k in one}, **pins}


def absent_in_pin(options: list[Entry], containers: list[Entry] | None, pinning: list[Entry] = ()) -> Entry | None:
    """"Bethel, Vt." where no Bethel of Vermont is in the gazetteer: the state itself, not a Bethel
    elsewhere (the text says where the place is; only a same-named place far away could be had).

    ``pinning``: every candidate of the pinning name. Only a name that is nothing but a state or
    province pins so: not one that is also a country or a city ("Copenhagen, Hamburg, ...", "Miami,
    West Palm Beach, New York": a list; "in Vatican"), and not a country (too large to stand for a
    town); and only a name with no area sense of its own ("Ohio, Kentucky" is a list of states).
    """
    if not containers or not options or any(pinned_in(e, containers) for e in options):
        return None
    if any(e.place_type in ("country", "admin1", "continent") for e in options):
        return None
    if any(e.place_type in ("country", "capital") or (e.place_type == "city" and e.population >= LIST_CITY_POPULATION)
           for e in pinning):
        return None
    states = [c for c in containers if c.place_type == "admin1"]
    if len({(c.country, c.admin1) for c in states}) != 1:
        return None
    # A feature with no recorded state (a Natural Earth lake, island or range: "120km NNE of Chignik Lake,
    # Alaska") may well lie in the pinning state: it is not shown absent from it.
    if any(e.admin1 is None and e.country == states[0].country for e in options):
        return None
    # Natural Earth's capes and islands record no country either ("1200 miles east southeast of Cape Fear, North
    # Carolina"): one within twice the state's radius of its centre may lie on its coast.
    if any(e.admin1 is None and e.country is None and _near_state(e, states[0]) for e in options):
        return None
    return states[0]


def _near_state(entry: Entry, state: Entry) -> bool:
    """True when ``entry`` lies within twice ``state``'s radius (``uncertainty_m``) of the state's centre."""
    from .geometry import great_circle_km

    return great_circle_km(entry.lat, entry.lon, state.lat, state.lon) * 1000.0 <= 2 * state.uncertainty_m
