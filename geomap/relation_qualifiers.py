"""An anchor written with the country or US state it lies in, that the gazetteer's namesake does not lie in.

Reports qualify a small place with its country or state: "3.5 km west of Qotur Town(Iran)", "about two miles
northwest of St. George, Alaska". When the gazetteer lacks the place itself, the mention resolves to the only
namesake it has, elsewhere (Quţūr, Egypt; St. George, Utah), and a zone drawn around that namesake is a confident
answer thousands of kilometres off. So when the anchor's name is followed (after a comma, a bracket or a settlement
word) by a country's name and the anchor does not lie in that country, or by a US state's name and the anchor, in
the US, does not lie in that state, the statement gets no anchor and a ``no_anchor`` warning says why. A qualifier
that is one of a list ("north of Kabul, Kandahar and Herat") or a name that is no country or state qualifies
nothing; the checks use ISO country codes and GeoNames' US state codes only, which every entry carries alike.
"""
from __future__ import annotations

import bisect
import re

from .model import Mention

# "Qotur Town(Iran)", "St. George, Alaska", "Rafah (Gaza)": what may stand between the name and its qualifier
_GAP = re.compile(r"(?:\s+(?:[Tt]own|[Cc]ity|[Vv]illage))?\s*[,(]\s*")
# "Kabul, Kandahar and Herat": a list of places, not a qualifier
_LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|(?:and|or)\s+[A-Z])")


def contradicting_qualifier(text: str, mentions: tuple[Mention, ...], starts: list[int], mention: Mention,
                            place) -> str | None:
    """Why ``place`` (the anchor ``mention`` resolved to) cannot be meant, when the country or US state written
    right after the name is not where it lies; ``None`` otherwise.

    >>> from types import SimpleNamespace as NS
    >>> t = "3.5 km west of Qotur Town(Iran) and 6 km south-east of X"
    >>> ms = (Mention("Qotur", 15, 20, "toponym", "qotur", 0), Mention("Iran", 26, 30, "toponym", "iran", 0))
    >>> egypt = NS(entry=NS(name="Quţūr", country="EG", admin1="05", place_type="city"))
    >>> contradicting_qualifier(t, ms, [15, 26], ms[0], egypt)[:40]
    "'Qotur' is written with 'Iran', but the "
    >>> contradicting_qualifier(t, ms, [15, 26], ms[0], NS(entry=NS(name="Qotur", country="IR", admin1="01",
    ...                                                                place_type="city"))) is None
    True
    """
    i = bisect.bisect_left(starts, mention.end)
    if i >= len(mentions) or not _GAP.fullmatch(text, mention.end, mentions[i].start) \
            or _LIST_AFTER.match(text, mentions[i].end):
        return None
    entry = place.entry
    if entry.place_type in ("country", "continent", "ocean", "sea") or not entry.country:
        return None
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    qualifier = mentions[i]
    if not gazetteer.has(qualifier.key):
        return None
    areas = [e for e in gazetteer.lookup(qualifier.key) if e.place_type == "country"
             or (e.place_type == "admin1" and e.country == "US")]
    if not areas or any(_holds(a, entry) for a in areas):
        return None
    where = entry.country + (f"-{entry.admin1}" if entry.country == "US" and entry.admin1 else "")
    return (f"{mention.text!r} is written with {qualifier.text!r}, but the place found for it ({entry.name}) lies in "
            f"{where}, not in {qualifier.text}; not drawn around that namesake")


def _holds(area, entry) -> bool:
    """Whether the country or US state ``area`` holds ``entry`` (by ISO code, and US state code), or may: a shipped
    feature (a lake, an island) carries no state."""
    if area.country != entry.country:
        return False
    return area.place_type == "country" or entry.admin1 is None or area.admin1 == entry.admin1
