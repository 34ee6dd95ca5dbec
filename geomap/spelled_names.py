"""Abbreviated first words of place names: "St. Albans" is "Saint Albans", "Mt. Pleasant" "Mount Pleasant".

GeoNames files a town under one spelling, with the other only sometimes among its
alternate names ("Saint Paris", Ohio, has no "St. Paris"), while news writes either.
:func:`spelling_keys` gives the other normalised keys of a name; the gazetteer looks
them up too (:meth:`geomap.gazetteer.Gazetteer.lookup`).
"""
from __future__ import annotations

_PAIRS = {"st": "saint", "saint": "st", "mt": "mount", "mount": "mt", "ft": "fort", "fort": "ft",
          "ste": "sainte", "sainte": "ste"}
# Each abbreviation and the word it stands for ("st" -> "saint").
SPELLED_OUT = {short: full for short, full in _PAIRS.items() if len(short) < len(full)}


def spelling_keys(key: str) -> tuple[str, ...]:
    """The other spelling of a normalised name whose first word is abbreviated or spelled out.

    >>> spelling_keys("st paris"), spelling_keys("mount washington"), spelling_keys("stockholm")
    (('saint paris',), ('mt washington',), ())
    """
    first, _, rest = key.partition(" ")
    if not rest or first not in _PAIRS:
        return ()
    return (f"{_PAIRS[first]} {rest}",)
