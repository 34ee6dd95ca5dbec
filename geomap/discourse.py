"""One sense per article: what a name written one way fixes for the same name written another way.

Applied by :func:`geomap.resolve.resolve_candidates` to its picks:

* :func:`pinned_elsewhere`: "Bethel, Vt." with no Bethel of Vermont in the gazetteer is drawn as
  Vermont, not as a Bethel of another state (:func:`geomap.pins.absent_in_pin`);
* :func:`bare_counties`: "Suffolk County detectives ... the Suffolk Times": a bare "Suffolk" in an
  article that names "Suffolk County" lies in that county's state (the county itself when no
  candidate of the bare name does), not in another state or country.
"""
from __future__ import annotations

from .division_names import division_keys
from .model import Entry
from .pins import absent_in_pin


def pinned_elsewhere(picks: list[Entry | None], cands: list[list[Entry]], pins: dict) -> list[Entry | None]:
    """Each pick, or the state that pins its name when that state holds none of its candidates."""
    holding = {e.source: opts for opts in cands for e in opts}
    return [absent_in_pin(opts, pins.get(i), holding.get(pins[i][0].source, ()) if pins.get(i) else ()) or pick
            for i, (pick, opts) in enumerate(zip(picks, cands))]


def bare_counties(picks: list[Entry | None], cands: list[list[Entry]], written: list[str | None]) -> list[Entry | None]:
    """A bare name's pick moved into the state of the county of that name the article names in full.

    ``written``: each mention's normalised name (None when not a plain toponym). Only a name that
    the article also writes as one county ("X County" or "X Parish", one pick) is moved, and only
    when its own pick lies outside that county's state.
    """
    counties: dict[str, set] = {}
    for key, pick in zip(written, picks):
        if key and pick is not None and pick.place_type == "admin2" and key.split()[-1] in ("county", "parish"):
            counties.setdefault(key, set()).add(pick)
    out = list(picks)
    for i, (key, pick, opts) in enumerate(zip(written, picks, cands)):
        if not key or pick is None or key.split()[-1] in ("county", "parish"):
            continue
        named = set().union(*(counties.get(k, set()) for k in division_keys(key)))
        if len(named) != 1:
            continue
        county = next(iter(named))
        if (pick.country, pick.admin1) == (county.country, county.admin1):
            continue
        inside = [e for e in opts if (e.country, e.admin1) == (county.country, county.admin1)]
        out[i] = inside[0] if inside else county
    return out
