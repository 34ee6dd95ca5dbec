"""A place that bears the written name over one that only lists it among its alternate names.

GeoNames lists many alternate names: old names, neighbourhoods, misspellings. "Naches" is
one of Natchez, Mississippi's (15,000 people), while Naches, Washington (800 people) bears
it; "Centerville" is one of Fremont, California's (Centerville was a town merged into it).
When the place chosen for a written name matches it only through such an alternate name,
lies far from every place bearing the name itself, and is not much more prominent than the
best of them, the best-scoring bearer is chosen instead, unless the document backs the
alternate name's place and not the bearer's (it names its country or state: "Saida ...
Lebanon" is Sidon). A far more prominent place keeps its exonym ("Calcutta" -> Kolkata, 130
times the Calcutta of Ohio; "Bombay" has no bearer).

Spellings of one name are not other names: "St. Petersburg" / "Saint Petersburg",
"Misrata" / "Misratah" (see :func:`same_name`); a county offered for its bare name
("DeKalb" -> DeKalb County) is not an alternate name either: it yields to a town bearing the name
unless the document names the county's state (:func:`prefer_town`).
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from .geometry import great_circle_km
from .model import Entry
from .names import normalize
from .spelled_names import SPELLED_OUT

SAME_NAME_RATIO = 0.8
# How much larger (log10 of population, the prior's unit) an alternate-name match may be and
# still yield to a bearer of the written name: 10 ** 1.5, about 30 times.
SIMILAR_PROMINENCE = 1.5
# An alternate-name match this close to a bearer is that place's neighbour, not a rival.
NEIGHBOUR_KM = 100.0
_DIVISION_WORDS = ("county", "parish", "borough")
_AREAS = ("country", "continent", "ocean", "sea", "region")


def _folded(name: str) -> str:
    return "".join(SPELLED_OUT.get(w, w) for w in name.split())


@lru_cache(maxsize=8192)
def same_name(written: str, name: str) -> bool:
    """True when ``name`` is a spelling of the ``written`` name (both normalised), not another name.

    >>> same_name("st petersburg", "saint petersburg"), same_name("naches", "natchez")
    (True, False)
    """
    a, b = _folded(written), _folded(name)
    return a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_NAME_RATIO


def _bare_county(written: str, e: Entry) -> bool:
    """A county offered for its name written without "County" ("DeKalb" -> DeKalb County)."""
    words = normalize(e.name).split()
    return e.place_type == "admin2" and bool(words) and words[-1] in _DIVISION_WORDS \
        and not any(w in _DIVISION_WORDS for w in written.split())


def prefer_town(best: int, options: list[Entry], totals: list[float], written: str | None,
                state_named=lambda e: False, pinned=lambda e: False) -> int:
    """A town bearing the written name instead of a county offered for it bare, unless the document
    names the county's state or pins the name there (``state_named``). Pinned ("FAIRFIELD, Conn.",
    ``pinned``), the name is a town of that state when one bears it: the county is written "Fairfield
    County, Conn.".

    The county is offered beside the towns ("DeKalb" may be DeKalb County, Georgia), but it bears the
    name only with "County": with no state named, a large county of another state (DeKalb County,
    Georgia, 311,000 people) does not take "DeKalb man arrested ... DeKalb Police" from the town.
    """
    county = options[best]
    if not written or not _bare_county(written, county) or (state_named(county) and not pinned(county)):
        return best
    towns = [i for i, o in enumerate(options)
             if o.place_type in ("city", "capital") and same_name(written, normalize(o.name))]
    if pinned(county):  # "X, State" is how a town is written; the pin tells only other states' towns apart
        towns = [i for i in towns if (options[i].country, options[i].admin1) == (county.country, county.admin1)]
    return max(towns, key=lambda i: (totals[i], -i)) if towns else best


def prefer_own_name(best: int, options: list[Entry], totals: list[float], prior, written: str | None,
                    backed=lambda e: False) -> int:
    """The index to choose instead of ``best`` when it is an alternate-name-only match (see module);
    ``totals`` the candidates' scores, ``prior`` their context-free score (:func:`geomap.resolve.prior`),
    ``backed`` whether the document names a place's country or state or pins it there: an alternate
    name the document backs and its bearers not is meant ("Saida ... Lebanon": Sidon, not Saïda, Algeria)."""
    if not written:
        return best
    e = options[best]
    if e.place_type in _AREAS or same_name(written, normalize(e.name)) or _bare_county(written, e):
        return best
    bearers = [i for i, o in enumerate(options)
               if same_name(written, normalize(o.name)) and not _bare_county(written, o)]
    if not bearers or prior(e) - max(prior(options[i]) for i in bearers) >= SIMILAR_PROMINENCE:
        return best
    if any(great_circle_km(e.lat, e.lon, options[i].lat, options[i].lon) <= NEIGHBOUR_KM for i in bearers):
        return best
    bearer = max(bearers, key=lambda i: (totals[i], -i))
    return best if backed(e) and not backed(options[bearer]) else bearer
