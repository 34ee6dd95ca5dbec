"""A country's possessive before the anchor's own name: "76 nautical miles west of Yemen's Hodeidah".

Wire copy names the country a city lies in with a bare possessive ("Syria's Aleppo", "Ukraine's Kharkiv",
"Yemen’s Al Hudaydah"): the distance is measured from the city, not from the country's centre. Only a
country or a first- or second-level division qualifies the name, and only a town or site lying in it:
"Smith's Farm" or "Tokyo's Osaka" is no such pair, and "the border with Ukraine's Sumy region" stays the
country's line (a region is an area, not a point the distance is measured from).
"""
from __future__ import annotations

import re

from .model import Mention

_BARE_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_UNITS = ("country", "admin1", "admin2")
# "Ukraine's Sumy region": the name is an area's, whatever the gazetteer resolved the bare word to
_AREA_AFTER = re.compile(r"\s+(?:region|province|oblast|state|district|county|governorate|prefecture)\b", re.IGNORECASE)
_AREAS = ("country", "admin1", "admin2", "region", "continent", "sea", "ocean")


def possessed_place(text: str, mentions: tuple[Mention, ...], i: int, place_of: dict) -> int | None:
    """The index of the mention right after "<mention i>'s " when mention ``i`` is a country (or division) and
    the next place lies in it; ``None`` otherwise.

    >>> from types import SimpleNamespace as NS
    >>> t = "west of Yemen's Hodeidah"
    >>> ms = (Mention("Yemen", 8, 13, "toponym", "yemen", 0), Mention("Hodeidah", 16, 24, "toponym", "hodeidah", 0))
    >>> places = {(8, 13): NS(entry=NS(place_type="country", country="YE", admin1=None)),
    ...           (16, 24): NS(entry=NS(place_type="city", country="YE", admin1="08"))}
    >>> possessed_place(t, ms, 0, places)
    1
    >>> places[(16, 24)] = NS(entry=NS(place_type="city", country="SA", admin1="08"))
    >>> possessed_place(t, ms, 0, places) is None
    True
    >>> places[(16, 24)] = NS(entry=NS(place_type="city", country="YE", admin1="08"))
    >>> possessed_place(t + " region", ms, 0, places) is None
    True
    >>> places[(16, 24)] = NS(entry=NS(place_type="admin1", country="YE", admin1="08"))
    >>> possessed_place(t, ms, 0, places) is None
    True
    """
    if i + 1 >= len(mentions):
        return None
    first, nxt = mentions[i], mentions[i + 1]
    if not _BARE_POSSESSIVE.fullmatch(text, first.end, nxt.start) or _AREA_AFTER.match(text, nxt.end):
        return None
    unit, place = place_of.get((first.start, first.end)), place_of.get((nxt.start, nxt.end))
    if unit is None or place is None or unit.entry.place_type not in _UNITS or place.entry.place_type in _AREAS:
        return None
    if not unit.entry.country or place.entry.country != unit.entry.country:
        return None
    if unit.entry.place_type != "country" and place.entry.admin1 != unit.entry.admin1:
        return None
    return i + 1
