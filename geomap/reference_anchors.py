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
southeast of ... Caracas"), or after a province named so ("in the Iranian
province of Hormozgan, more than 1,000 kilometers south of Tehran"). A city introduced as "the capital" ("about 96km northwest of
the capital, Mogadishu", "20 km southeast of the state capital Maiduguri",
"40 km from the district headquarters of Jhabua") is a landmark at any
distance: the article names it for the reader, the zone it draws is where.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Place, Relation
from .vocabulary import BROAD_PLACE_TYPES
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

REFERENCE_M = 100_000.0  # the least distance (the wording's lower bound) that makes an anchor a mere reference
TOO_BROAD = BROAD_PLACE_TYPES | {"admin1"}  # no rival incident place: a country, a sea, a state
# "the city of San Felix, about ...": a settlement named by its kind, then the statement in apposition.
APPOSED = lazy_compile(r"\b(?:city|town|village|community|hamlet|port|district|county|province|region|state)\s+of\s+"
                       r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3},\s*$")
# "in Uthai Sawan - a town 500km northeast of Bangkok", "Kirirawa, a small village 200 km from": a name, then
# the kind of settlement it is, then the statement.
APPOSED_KIND = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}\s*(?:,|\s[-\u2013\u2014])\s*an?\s+"
                          r"(?:[a-z-]+\s+){0,2}(?:city|town|village|community|hamlet|port|settlement)\s*$")
# "a school in Kiryandongo, 210 km (130 miles) north of Kampala", "occurred in Melela Kibaoni, some 200
# kilometres west of ... Dar es Salaam": the place the event is in, named, then the statement in apposition.
APPOSED_NAMED = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3},\s*"
                           r"(?:(?:some|about|around|roughly|nearly|approximately|located|lying|which\s+is)\s+)?$")
APPOSED_REACH = 80
ROUTE_END = re.compile(r"\s*(?:to|and)\s+\S")  # "... from Paredes de Nava to Baltanas": a route's length
# "about 96km northwest of the capital, Mogadishu", "20 km southeast of the state capital Maiduguri", "40 km from
# the district headquarters of Jhabua": the article names the city only as the reader's landmark
LANDMARK_BEFORE = re.compile(r"\b(?:capital|headquarters)(?:\s+(?:city|town))?(?:\s+of)?,?\s*$", re.IGNORECASE)
LANDMARK_REACH = 60


def _route(text: str, r: Relation) -> bool:
    """True when the anchor's name after the statement is followed by "to"/"and" another place."""
    pos = r.end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text.startswith(r.anchor_text, pos):
        pos += len(r.anchor_text)
    return ROUTE_END.match(text, pos) is not None


def _landmark(text: str, r: Relation) -> bool:
    """True when the anchor a distance is measured from is introduced as "the capital" ("the provincial
    capital", "the district headquarters of")."""
    if (r.anchor_text or "").lower() == "capital":  # "the capital", "the Iraqi capital", "Iraq's capital"
        return True
    pos = text.find(r.anchor_text, r.start, r.end + LANDMARK_REACH) if r.anchor_text else -1
    return pos > r.start and LANDMARK_BEFORE.search(text, max(r.start, pos - LANDMARK_REACH), pos) is not None


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
    landmarks: set[str] = set()
    for r in relations:
        if r.role != "incident":
            continue
        distance = r.kind == "distance" and r.anchor2 is None and not _route(text, r)
        if distance and _landmark(text, r):
            landmarks.add(r.anchor)
            continue
        (far if distance and r.inner_m >= REFERENCE_M else near).add(r.anchor)
        if r.anchor2:
            near.add(r.anchor2)
    far -= near
    if places is not None and not any(p.entry.source not in far | landmarks and p.entry.place_type not in TOO_BROAD
                                      for p in places) and not any(apposed_settlement(text, r) for r in relations
                                                                   if r.anchor in far):
        far = set()  # the nearest named point there is (a landmark stays one: the zone it draws is where)
    return frozenset((far | landmarks) - near)


def apposed_settlement(text: str, r: Relation) -> bool:
    """True when the statement follows a settlement named by its kind ("in the southeastern city of San
    Felix, about 310 miles southeast of the capital of Caracas", "Uthai Sawan - a town 500km northeast of
    Bangkok"): it says where that town is, even one the gazetteer does not know, so the anchor is a
    reference there too.

    >>> from geomap.model import Relation
    >>> t = "a gun shop in the southeastern city of San Felix, about 310 miles southeast of Caracas"
    >>> r = Relation("c", "Caracas", 1.0, 1.0, 1.0, None, None, None, "", t.index("about"), len(t), 0)
    >>> apposed_settlement(t, r), apposed_settlement("the epicentre was about 234 km west of Saumlaki", r)
    (True, False)
    >>> t = "visited the scene in Uthai Sawan - a town 500km northeast of Bangkok"
    >>> apposed_settlement(t, Relation("b", "Bangkok", 1.0, 1.0, 1.0, None, None, None, "", t.index("500"), len(t), 0))
    True
    >>> t = "at a school in Kiryandongo, 210 km (130 miles) north of Kampala"
    >>> apposed_settlement(t, Relation("k", "Kampala", 1.0, 1.0, 1.0, None, None, None, "", t.index("210"), len(t), 0))
    True
    """
    window = max(0, r.start - APPOSED_REACH)
    return any(p.search(text, window, r.start) is not None for p in (APPOSED, APPOSED_KIND, APPOSED_NAMED))


# "the Arkansas line" is a state's line too (geomap.division_lines)
BORDER_AFTER = re.compile(r"(?:[-–/]\w+)*\s+(?:border|borders|frontier|(?:state\s+)?line)\b", re.IGNORECASE)
BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?"
                           r"(?:\w+(?:-\w+)?\s+and\s+(?:the\s+)?)?$", re.IGNORECASE)


def border_only(text: str, places: Iterable[Place]) -> frozenset[str]:
    """Source keys of the countries and states named only as a border line ("near the Malian border", "the
    border with Mali", "along the Syrian-Turkish border"): the line locates the event, the country across it
    is not where it happened.

    >>> from geomap.model import Mention, Place
    >>> from types import SimpleNamespace as NS
    >>> t = "Gunmen attacked a post near the Malian border. Mali said nothing."
    >>> def place(source, *spans):
    ...     return NS(entry=NS(source=source, place_type="country"), mentions=[NS(start=a, end=b) for a, b in spans])
    >>> sorted(border_only(t, [place("ml", (32, 38))])), sorted(border_only(t, [place("ml", (32, 38), (47, 51))]))
    (['ml'], [])
    """
    out = set()
    for p in places:
        if p.entry.place_type not in TOO_BROAD or not p.mentions:
            continue
        if all(BORDER_AFTER.match(text, m.end) or BORDER_BEFORE.search(text, max(0, m.start - 40), m.start)
               for m in p.mentions):
            out.add(p.entry.source)
    return frozenset(out)


def road_ends(text: str, sentences, relations: Iterable[Relation], places: Iterable[Place]) -> frozenset[str]:
    """Source keys of the places an incident "between A and B" statement names as ends ("on the road between
    Potosi and Oruro", "midway between Miami and Cape Canaveral"): the zone between them is where it
    happened, not the towns, when the text places the event in another town or county (after "in", "at",
    "near" ... in a sentence reporting it: :func:`geomap.dateline_newsroom.places_event`), and not in one of
    them ("the crash in Oruro"). Empty when no other place is said to be where."""
    from .dateline_newsroom import places_event

    between = [r for r in relations if r.role == "incident" and r.kind == "between" and r.anchor2]
    if not between:
        return frozenset()
    spans = [(r.start, r.end) for r in between]
    ends = {a for r in between for a in (r.anchor, r.anchor2)}
    scene = {p.entry.source for p in places if p.entry.place_type not in TOO_BROAD
             and any(places_event(text, sentences, m) for m in p.mentions
                     if not any(a <= m.start < b for a, b in spans))}
    # another statement measured from another town places it too ("72 km east of Fort Pierce Inlet, ... midway
    # between Miami and Cape Canaveral")
    scene |= {r.anchor for r in relations if r.role == "incident" and r.kind != "between" and r.anchor2 is None}
    if not scene - ends:
        return frozenset()  # no other place is said to be where: the ends are the nearest named points
    return frozenset(ends - scene)
