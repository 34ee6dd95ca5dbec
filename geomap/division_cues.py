""""Diyarbakir province", "Kulp district": the division the word after a name says, not its town.

Many towns share their name with their province or district, and the resolver prefers the large
city of a name (:func:`geomap.resolve.prefer_city`: "Raipur" is the city, not the district). When
the text itself writes the division word after the name ("the Kulp district of Diyarbakir
province"), the mention is the division: the candidate of that division type in the chosen
place's country, when the name has one there (:func:`geomap.ranker.admin_cue` reads the word).
"""
from __future__ import annotations

from .model import Entry

DIVISION_CUES = frozenset({"admin1", "admin2"})


def division_named(cue: str | None, best: Entry, options: list[Entry], totals: list[float]) -> Entry:
    """``best``, or, when ``cue`` names a division type it is not, the best-scoring candidate of that type in
    ``best``'s country (the same name's division: Diyarbakir province beside Diyarbakir city).

    >>> from geomap.model import Entry
    >>> city = Entry("c", "Diyarbakir", 37.9, 40.2, "TR", "21", 1_833_684, "city", 10_000)
    >>> prov = Entry("p", "Diyarbakir", 38.0, 40.5, "TR", "21", 2_002_005, "admin1", 80_000)
    >>> division_named("admin1", city, [city, prov], [5.0, 4.0]).place_type
    'admin1'
    >>> division_named("city", city, [city, prov], [5.0, 4.0]).place_type
    'city'
    """
    if cue not in DIVISION_CUES or best.place_type == cue:
        return best
    typed = [i for i, e in enumerate(options) if e.place_type == cue and e.country == best.country]
    return options[max(typed, key=lambda i: (totals[i], -i))] if typed else best
