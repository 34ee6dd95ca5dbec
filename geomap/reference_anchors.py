"""A place that a long distance is measured from is a reference point, not where it happened.

"Magnitogorsk, a city of 400,000 about 1,400 kilometers southeast of Moscow",
"a municipal official in Bello, 160 miles northwest of Bogota": the article
names the capital to tell the reader where the site is, hundreds of
kilometres away. A short distance ("six miles northeast of Gilroy", "700
meters from the grave") leaves the anchor where it happened (rule 1 of
:mod:`geomap.roles`); the zone or event the statement draws is the incident
either way. A length "from A to B" ("the stage covered 109 miles from
Paredes de Nava to Baltanas") is a route's, not a site's offset: its ends are
on it, so they are no reference. And when the article names no other town
("the epicentre was about 234 km west of Saumlaki ... in the Banda Sea"),
the reference town is the nearest named point there is and stays the
incident place, unless the statement stands after a settlement named by its
kind that the gazetteer lacks ("the city of San Felix, about 310 miles
southeast of ... Caracas").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Place, Relation
from .vocabulary import BROAD_PLACE_TYPES

REFERENCE_M = 100_000.0  # the least distance (the wording's lower bound) that makes an anchor a mere reference
TOO_BROAD = BROAD_PLACE_TYPES | {"admin1"}  # no rival incident place: a country, a sea, a state
# "the city of San Felix, about ...": a settlement named by its kind, then the statement in apposition.
APPOSED = re.compile(r"\b(?:city|town|village|community|hamlet|port|district|county)\s+of\s+"
                     r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3},\s*$")
APPOSED_REACH = 80
ROUTE_END = re.compile(r"\s*(?:to|and)\s+\S")  # "... from Paredes de Nava to Baltanas": a route's length


def _route(text: str, r: Relation) -> bool:
    """True when the anchor's name after the statement is followed by "to"/"and" another place."""
    pos = r.end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text.startswith(r.anchor_text, pos):
        pos += len(r.anchor_text)
    return ROUTE_END.match(text, pos) is not None


def reference_anchors(text: str, relations: Iterable[Relation],
                      places: Iterable[Place] | None = None) -> frozenset[str]:
    """Source keys of the anchors that every incident statement measuring from them puts at least
    :data:`REFERENCE_M` away (a "between" statement, a route "from A to B" or a vague "near X" keeps
    its anchors). None when ``places`` holds no other town (nothing broader than a county) to be
    the incident place instead.

    >>> from geomap.model import Relation
    >>> def rel(anchor, inner, kind="distance"):
    ...     return Relation(anchor, anchor, inner, inner, inner, None, None, None, "", 0, 1, 0, kind=kind)
    >>> sorted(reference_anchors("x", [rel("moscow", 1_260_000.0), rel("gilroy", 8_000.0)]))
    ['moscow']
    >>> sorted(reference_anchors("x", [rel("lima", 180_000.0), rel("lima", 0.0, kind="vague")]))
    []
    >>> sorted(reference_anchors("x paredes to Baltanas", [rel("paredes", 160_000.0)]))
    []
    """
    far: set[str] = set()
    near: set[str] = set()
    for r in relations:
        if r.role != "incident":
            continue
        long_distance = (r.kind == "distance" and r.anchor2 is None and r.inner_m >= REFERENCE_M
                         and not _route(text, r))
        (far if long_distance else near).add(r.anchor)
        if r.anchor2:
            near.add(r.anchor2)
    far -= near
    if places is not None and not any(p.entry.source not in far and p.entry.place_type not in TOO_BROAD
                                      for p in places) and not any(apposed_settlement(text, r) for r in relations
                                                                   if r.anchor in far):
        return frozenset()
    return frozenset(far)


def apposed_settlement(text: str, r: Relation) -> bool:
    """True when the statement follows a settlement named by its kind ("in the southeastern city of San
    Felix, about 310 miles southeast of the capital of Caracas"): it says where that town is, even one
    the gazetteer does not know, so the anchor is a reference there too.

    >>> from geomap.model import Relation
    >>> t = "a gun shop in the southeastern city of San Felix, about 310 miles southeast of Caracas"
    >>> r = Relation("c", "Caracas", 1.0, 1.0, 1.0, None, None, None, "", t.index("about"), len(t), 0)
    >>> apposed_settlement(t, r), apposed_settlement("the epicentre was about 234 km west of Saumlaki", r)
    (True, False)
    """
    return APPOSED.search(text, max(0, r.start - APPOSED_REACH), r.start) is not None
