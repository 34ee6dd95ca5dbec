"""Which other names of a document back a candidate's state or province.

"Gainesville ... Hall County ... Georgia": each name is ambiguous, but only Georgia (US) can
hold all three, so each of them backs the Georgia sense of the others. A name backs a
division only through a sense that could be what the writer meant: one of similar prominence
to the name's most prominent sense below country level (:data:`SIMILAR_PROMINENCE`, the
factor :mod:`geomap.own_names` uses too). Otherwise a cluster of small namesakes props itself
up: "Atlanta", "Rochester", "Oregon" and "Washington" each have a village in Illinois, and
counting those villages as support moved all four there (LGL 39423136), although none of the
names is mainly an Illinois place.
"""
from __future__ import annotations

from .model import Entry
from .own_names import SIMILAR_PROMINENCE


def supporting_senses(entries: list[Entry], prior) -> list[Entry]:
    """The senses through which a name backs a state: those with a state or province, at most
    :data:`SIMILAR_PROMINENCE` below the most prominent of them (``prior``: log10 scale)."""
    subnational = [e for e in entries if e.admin1]
    if len(subnational) < 2:
        return subnational
    scores = [prior(e) for e in subnational]
    floor = max(scores) - SIMILAR_PROMINENCE
    return [e for e, s in zip(subnational, scores) if s >= floor]


def division_support(evidence: list[list[Entry]], prior) -> dict[tuple, set]:
    """For each state/province (country, admin1), the names of the document that could lie in
    it (:func:`supporting_senses`); a candidate is supported by every *other* name in its division."""
    support: dict[tuple, set] = {}
    for entries in evidence:
        name = frozenset(e.source for e in entries)
        for division in {(e.country, e.admin1) for e in supporting_senses(entries, prior)}:
            support.setdefault(division, set()).add(name)
    return support


def names_its_state(entries: list[Entry], large: int) -> bool:
    """Whether naming this place (every candidate in one state) says the article is about that
    state. Not for a city of ``large`` people or more: news names New York City or Chicago
    for itself, and an Augusta, Charleston or Springfield paper that quotes the New York Daily
    News is no New York story (LGL 43432960, 42638641, 40832556 moved their home towns to New
    York villages); nearness to such a city is evidence of its own (``NearIndex``)."""
    return not all(e.place_type in ("city", "capital") and e.population >= large for e in entries)


def state_pinned(entry: Entry, pinned_by: list[Entry] | None) -> bool:
    """Whether the text pins ``entry`` by its state or country ("FAIRFIELD, Conn."), not by a county
    (a list "Becker, Clay, Douglas ... counties" pins Becker by Clay County)."""
    from .pins import pinned_in

    return bool(pinned_by) and pinned_in(entry, [c for c in pinned_by if c.place_type in ("admin1", "country")])
