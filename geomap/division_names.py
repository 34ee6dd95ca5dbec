"""The spellings a US county is written under: "Clarke", "Clarke Co.", "Clarke County".

The gazetteer names second-level divisions as GeoNames does ("Clarke County",
"Pointe Coupee Parish", "Bronx"), but news writes them bare ("D-Monongalia",
"Otter Tail/Grant counties") or abbreviated ("Loudon Co."). :func:`division_keys`
gives the other normalised keys a name may stand for; the gazetteer adds the
second-level divisions found under them to a look-up's candidates (see
:meth:`geomap.gazetteer.Gazetteer.lookup`), so the resolver's context (the
article's state) chooses between a county and its namesake town.
"""
from __future__ import annotations

GENERIC = ("county", "parish")  # what US second-level division names end with
_ABBREVIATED = {"co": "county", "cnty": "county", "cty": "county", "par": "parish"}


def division_keys(key: str) -> tuple[str, ...]:
    """Normalised keys a division named ``key`` (normalised) may be filed under.

    >>> division_keys("clarke")
    ('clarke county', 'clarke parish')
    >>> division_keys("loudon co")
    ('loudon county',)
    >>> division_keys("bronx county")
    ('bronx',)
    """
    words = key.split()
    if not words:
        return ()
    if len(words) > 1 and words[-1] in _ABBREVIATED:
        return (" ".join([*words[:-1], _ABBREVIATED[words[-1]]]),)
    if len(words) > 1 and words[-1] in GENERIC:
        return (" ".join(words[:-1]),)
    return tuple(f"{key} {generic}" for generic in GENERIC)
