"""The namesake of a distance's anchor that the stated distance allows: "Lake George is 50 miles (80km) north of
the state capital Albany" is measured from Albany, New York, not Albany, Georgia.

When a statement says where a named place lies ("X is 50 miles north of Y", "X, about 80 km from Y", "X, a town
120 km west of Y"), the text gives both ends of the distance. If the anchor Y has namesakes, only those lying
at about the stated distance from one of X's candidates can be meant, and likewise for X: the pairs farther
off (Albany, Georgia and either Lake George: 340 and 1,600 km for a stated 80) are dropped before the names are
resolved. Nothing changes when no pair fits (X may be a place the gazetteer puts elsewhere, or no place at all),
when every candidate fits, or when several namesakes of both ends fit (a Richmond lies about 100 miles from many a
Washington): the candidates are narrowed each on its own, so only a pair with one end settled keeps them paired.

Two reference points of one position ("roughly 75 nautical miles northwest of Santo Antonio and about 118 nautical
miles northwest of Bonny, Nigeria", "14 km west of A, and 14 km east of B") tie their anchors the same way: both
lie at the stated distances from one point, so they lie at most the sum of the two apart (and at least their
difference). Santo Antonio's namesakes in Macau and Portugal are dropped, the one on Principe, 313 km from
Bonny for a sum of 357, kept (:func:`_second_references`).

A pair fits when its distance is within :data:`SLACK` of the stated one, widened by both places' own radii
(a lake's point is its centre, a town's its middle) and :data:`FLOOR_KM`, and, when a direction is stated, X lies
within :data:`BEARING_SLACK` of it as seen from Y.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .geometry import great_circle_km, initial_bearing_deg
from .model import Doc
from .relation_patterns import distance_matches, parse_bearing, parse_number, unit_metres

SLACK = 0.5  # a stated distance is rarely off by more than half (rounding, "about", points of wide places)
FLOOR_KM = 10.0
BEARING_SLACK = 67.5  # degrees: an 8-point compass word's half-width, three times over
# between the located place and the statement: "X is ", "X, ", "X, a town ", "X, which lies ", "X is located "
_LOCATED_GAP = re.compile(r"(?:\s+(?:is|was|lies|lay|sits)(?:\s+(?:located|situated))?|\s+(?:located|situated)"
                          r"|,\s*(?:(?:a|an|the|which\s+is|which\s+lies|located|situated|lying)\s+)?(?:[a-z]+\s+){0,2}?)"
                          r"\s*$")
_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:state|provincial|regional|district)\s+capital\s+|capital\s+|city\s+of\s+"
                  r"|town\s+of\s+)?$")


def _fits(x, y, metres: float, bearing: float | None) -> bool:
    stated = metres / 1000.0
    d = great_circle_km(x.lat, x.lon, y.lat, y.lon)
    room = SLACK * stated + (x.uncertainty_m + y.uncertainty_m) / 1000.0 + FLOOR_KM
    if abs(d - stated) > room:
        return False
    if bearing is None or d <= room:  # too close for the direction to say anything
        return True
    return abs((initial_bearing_deg(y.lat, y.lon, x.lat, x.lon) - bearing + 180.0) % 360.0 - 180.0) <= BEARING_SLACK


def _metres(m: re.Match) -> float | None:
    try:
        return parse_number(m.group("num")) * unit_metres(m.group("unit"))
    except (ValueError, KeyError):
        return None


def _bearing(m: re.Match) -> float | None:
    try:
        return parse_bearing(m.group("dir"))[0] if m.group("dir") else None
    except ValueError:
        return None


def _pair(doc: Doc, m: re.Match) -> tuple[int, int] | None:
    """(index of the located place X, index of the anchor Y) of a distance statement, or ``None``."""
    if (m.group("prep") or "").lower() not in ("of", "from"):
        return None
    after = next((i for i, mention in enumerate(doc.mentions) if m.end() <= mention.start <= m.end() + 30
                  and _GAP.fullmatch(doc.text, m.end(), mention.start)), None)
    before = [i for i, mention in enumerate(doc.mentions) if mention.end <= m.start()]
    if after is None or not before:
        return None
    x = max(before, key=lambda i: doc.mentions[i].end)
    if not _LOCATED_GAP.fullmatch(doc.text, doc.mentions[x].end, m.start()):
        return None
    return x, after


# Between the first reference point and the second statement: "A and about 118 nm northwest of B", "A, or 350 miles"
_SECOND = re.compile(r"\s*,?\s+(?:and|or)\s+$")


def _anchor_index(doc: Doc, m: re.Match) -> int | None:
    """The index of the mention right after a statement's "of"/"from" (an optional "the" between), or ``None``."""
    if (m.group("prep") or "").lower() not in ("of", "from"):
        return None
    return next((i for i, mention in enumerate(doc.mentions) if m.end() <= mention.start <= m.end() + 6
                 and re.fullmatch(r"\s+(?:the\s+)?", doc.text[m.end():mention.start])), None)


def _together(a, b, first: float, second: float) -> bool:
    """Whether ``a`` and ``b`` may both lie at ``first`` and ``second`` metres from one point."""
    d = great_circle_km(a.lat, a.lon, b.lat, b.lon)
    room = SLACK * (first + second) / 1000.0 + (a.uncertainty_m + b.uncertainty_m) / 1000.0 + FLOOR_KM
    return abs(first - second) / 1000.0 - room <= d <= (first + second) / 1000.0 + room


def _second_references(doc: Doc, matches: tuple, cands: list) -> None:
    """Narrow in place the candidates of the anchors of two statements of one position ("75 nm northwest of A and
    about 118 nm northwest of B") to the pairs that can lie at both distances from one point."""
    for m1, m2 in zip(matches, matches[1:]):
        x, y = _anchor_index(doc, m1), _anchor_index(doc, m2)
        if x is None or y is None or x == y or not _SECOND.fullmatch(doc.text, doc.mentions[x].end, m2.start()):
            continue
        first, second = _metres(m1), _metres(m2)
        if not first or not second or (len(cands[x]) < 2 and len(cands[y]) < 2):
            continue
        fits = [(a, b) for a in cands[x] for b in cands[y] if _together(a, b, first, second)]
        keep_x, keep_y = {id(a) for a, _ in fits}, {id(b) for _, b in fits}
        if not fits or min(len(keep_x), len(keep_y)) > 1:
            continue
        cands[x] = tuple(e for e in cands[x] if id(e) in keep_x)
        cands[y] = tuple(e for e in cands[y] if id(e) in keep_y)


def distance_namesakes(doc: Doc) -> Doc:
    """``doc`` with the candidates of each located place and its anchor narrowed to the pairs at about the stated
    distance, when some pairs fit and others do not; unchanged otherwise."""
    if not doc.mentions or not any(len(c) > 1 for c in doc.candidates):
        return doc
    matches = distance_matches(doc.text)  # cached, and empty at once for a text with no distance
    if not matches:
        return doc
    cands = list(doc.candidates)
    for m in matches:
        pair = _pair(doc, m)
        metres = _metres(m) if pair else None
        if not metres:
            continue
        x, y = pair
        if len(cands[x]) < 2 and len(cands[y]) < 2:
            continue
        bearing = _bearing(m)
        fits = [(a, b) for a in cands[x] for b in cands[y] if _fits(a, b, metres, bearing)]
        keep_x, keep_y = {id(a) for a, _ in fits}, {id(b) for _, b in fits}
        if not fits or min(len(keep_x), len(keep_y)) > 1:
            continue  # no pair fits, or several namesakes of both do ("Richmond ... 100 miles south of Washington")
        cands[x] = tuple(e for e in cands[x] if id(e) in keep_x)
        cands[y] = tuple(e for e in cands[y] if id(e) in keep_y)
    _second_references(doc, matches, cands)
    return replace(doc, candidates=tuple(cands)) if cands != list(doc.candidates) else doc
