"""A distance statement that describes a named place, checked against where the gazetteer has that place.

"the accident in Magnitogorsk, a city of 400,000 about 1,400 kilometers southeast of Moscow": the event is in
Magnitogorsk, and the statement only says where Magnitogorsk lies (issue 11: "X, a town 20 km north of Y": X is
where it happened; Y checks X). Reporters' figures are rounded, often by road, and their bearings are the
nearest of eight points, so the statement's zone may miss the town it describes (Magnitogorsk lies east of
Moscow, not south-east). Drawing both as the incident would put the event in two places the text says are one.
This stage keeps one of them, by what the check says:

* the named place lies in the statement's zone: nothing changes (the zone shows the statement's uncertainty
  around the place);
* it lies outside the zone, in the anchor's country, at a plausible distance and bearing: the named place is
  the incident and the statement becomes context ("describes X"), with a warning giving both positions;
* it lies in another country than the anchor (a namesake abroad: Afghanistan's Khost for the Pakistani mining
  region "Khost, about 80 kilometres east of Quetta"): the statement stays the incident and the named place
  becomes context, with a warning.

Anything else (a wildly different position in the same country) is left as it was.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .geometry import great_circle_km, initial_bearing_deg
from .model import Doc, Mention, Place, Relation, Warning_
from .relation_context import located_mention

# A named place this far outside the statement's zone is elsewhere, not just rounded (see :func:`disagrees`).
MATERIAL_KM = 25.0
MATERIAL_SHARE = 0.15
# Same-country positions this far from the statement are still the place it describes: road distances run up
# to about twice the straight line, and "north" is said of anything from NNW to NNE and beyond.
PLAUSIBLE_RATIO = (0.4, 2.5)
PLAUSIBLE_BEARING_DEG = 67.5
# Only a place about as precise as a town is trusted over the statement; a province's point is not.
POINT_LIKE_M = 20000.0
_NOT_CHECKED = ("country", "continent", "sea", "ocean")
# What may stand between the named place and the statement describing it: the kind of place and a short
# description, no verb of its own ("Magnitogorsk, a city of 400,000 about", "Los Lagos region, located",
# "Khost, about"): a vocabulary, so that "X, police said, 20 km north of" is no description of X.
_AREA_WORDS = r"region|district|province|county|state|area|municipality|prefecture|governorate"
_DESCRIPTION = re.compile(
    r"(?:\s+(?:" + _AREA_WORDS + r"|islands?))?,\s*"
    r"(?:(?:a|an|the|of|with|and|some|about|around|roughly|nearly|approximately|almost|just|over|more|than|less|"
    r"located|situated|lying|which|that|is|lies|sits|population|people|inhabitants|residents|city|town|village|"
    r"port|district|region|province|area|community|hamlet|settlement|capital|municipality|county|state|island|"
    r"small|remote|mountainous|coastal|mining|rural|industrial|major|key|tiny|northern|southern|eastern|"
    r"western|central|border|fishing|farming|resort|market|million|thousand|\d[\d,.]*"
    # a country's description: "Vanuatu, a chain of 83 islands that lie 2,200km ... north-east of Sydney"
    r"|chain|archipelago|islands|lie|nation|country|kingdom|republic|landlocked)\s+){0,8}")
# A country is described from a city abroad at a distance the size of countries ("Vanuatu, ... 2,200km north-east of
# Sydney"), by its own name right before the description ("the Singapore-flagged Trijata, collided about 14 miles
# from Damietta" describes no country), and the statement puts the country's point where the gazetteer has it ("in
# Nepal, which is 148 km east of Pithoragarh" does not: Nepal's point is 400 km off, the statement is the event's)
ABROAD_M = 100_000.0
_AREA_AFTER = re.compile(r"\s+(?:" + _AREA_WORDS + r")\b")
_POINTS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")


def compass(bearing: float) -> str:
    """The nearest of the eight compass points.

    >>> compass(100.0), compass(350.0), compass(210.0)
    ('east', 'north', 'south-west')
    """
    return _POINTS[int(((bearing % 360.0) + 22.5) // 45.0) % 8]


def _angle(a: float, b: float) -> float:
    """The unsigned difference of two bearings, in degrees (0-180).

    >>> _angle(350.0, 10.0), _angle(90.0, 270.0)
    (20.0, 180.0)
    """
    return abs((a - b + 180.0) % 360.0 - 180.0)


def fit(r: Relation, anchor: Place, x: Place) -> tuple[float, float, float]:
    """(gap km, km, bearing) of the place ``x`` against the statement ``r`` measured from ``anchor``: km and
    bearing are where the gazetteer puts ``x`` from the anchor, and the gap how far that lies outside the
    statement's zone (0 inside it; the radial and the sideways shortfall combined). Both places' own radii
    widen the zone (a point may lie anywhere within its radius).

    >>> from geomap.model import Entry, Place, Relation
    >>> def place(lat, lon, radius=3000.0):
    ...     return Place(Entry("s", "n", lat, lon, "RU", None, 0, "city", radius), ())
    >>> moscow, magnitogorsk = place(55.7522, 37.6156), place(53.4186, 58.9794)
    >>> r = Relation("m", "Moscow", 1400e3, 1260e3, 1540e3, 135.0, 22.5, "about", "", 0, 0, 0)
    >>> gap, km, bearing = fit(r, moscow, magnitogorsk)
    >>> round(gap), round(km), compass(bearing)
    (487, 1395, 'east')
    >>> fit(replace(r, bearing_deg=90.0), moscow, magnitogorsk)[0]
    0.0
    """
    a, e = anchor.entry, x.entry
    km = great_circle_km(a.lat, a.lon, e.lat, e.lon)
    bearing = initial_bearing_deg(a.lat, a.lon, e.lat, e.lon)
    slack = (a.uncertainty_m + e.uncertainty_m) / 1000.0
    radial = max(0.0, r.inner_m / 1000.0 - km, km - r.outer_m / 1000.0)
    turn = 0.0 if r.bearing_deg is None else _angle(bearing, r.bearing_deg)
    sideways = km * math.sin(math.radians(min(90.0, max(0.0, turn - (r.bearing_halfwidth_deg or 22.5)))))
    return max(0.0, math.hypot(radial, sideways) - slack), km, bearing


def disagrees(r: Relation, gap: float) -> bool:
    """Whether a place ``gap`` km outside the zone of ``r`` is materially elsewhere: over
    :data:`MATERIAL_KM` and over :data:`MATERIAL_SHARE` of the stated distance (a statement rounded to the
    nearest 50 km, or measured by road, misses its town by that much).

    >>> r = Relation("m", "Moscow", 1400e3, 1260e3, 1540e3, 135.0, 22.5, "about", "", 0, 0, 0)
    >>> disagrees(r, 280.0), disagrees(r, 150.0)
    (True, False)
    """
    return gap > MATERIAL_KM and gap > MATERIAL_SHARE * (r.distance_m or 0.0) / 1000.0


def _described_mention(text: str, sentence_start: int, start: int, mentions: tuple) -> Mention | None:
    """The last mention before ``start`` in its sentence when only a description (:data:`_DESCRIPTION`) stands
    between them.

    >>> t = "the accident in Magnitogorsk, a city of 400,000 about 1,400 kilometers southeast of Moscow"
    >>> m = Mention("Magnitogorsk", 16, 28, "toponym", "magnitogorsk", 0)
    >>> _described_mention(t, 0, t.index("about"), (m,)) == m
    True
    >>> t = "a bomb in Magnitogorsk, police said, 20 kilometers southeast of Moscow"
    >>> _described_mention(t, 0, t.index("20"), (m,)) is None
    True
    """
    before = [m for m in mentions if sentence_start <= m.start and m.end <= start]
    if not before:
        return None
    m = before[-1]
    return m if _DESCRIPTION.fullmatch(text, m.end, start) else None


def _described(doc: Doc, r: Relation, place_of: dict, mentions: tuple) -> tuple[Place, Mention] | None:
    """The place (and its mention) the incident distance statement ``r`` stands in apposition to, if it is a
    resolved place other than the anchor."""
    if r.kind != "distance" or r.role != "incident" or r.line or r.distance_m is None \
            or r.sentence >= len(doc.sentences):
        return None
    m = located_mention(doc.text, doc.sentences[r.sentence], r.start, mentions) or _described_mention(
        doc.text, doc.sentences[r.sentence].start, r.start, mentions)
    if m is None or m.start >= r.start:
        return None
    x = place_of.get((m.start, m.end))
    return (x, m) if x is not None and x.entry.source != r.anchor else None


def verdict(r: Relation, anchor: Place, x: Place, area: bool = False) -> tuple[str | None, str]:
    """("place" | "namesake" | None, where): what the check of ``x`` against the statement ``r`` decides
    (module docstring), and where the gazetteer puts ``x`` from the anchor, in words. ``area``: the text calls
    ``x`` an area ("Sichuan's Aba prefecture, around 110 miles by road north of Chengdu"), whose point is no
    better than the statement."""
    a, e = anchor.entry, x.entry
    gap, km, bearing = fit(r, anchor, x)
    where = f"{km:,.0f} km {compass(bearing)} of {r.anchor_text}"
    if None in (a.country, e.country) or e.place_type in _NOT_CHECKED or not disagrees(r, gap):
        return None, where
    if e.country != a.country:
        return "namesake", where
    stated = (r.distance_m or 0.0) / 1000.0
    turn = 0.0 if r.bearing_deg is None else _angle(bearing, r.bearing_deg)
    plausible = PLAUSIBLE_RATIO[0] <= km / stated <= PLAUSIBLE_RATIO[1] and turn <= PLAUSIBLE_BEARING_DEG
    return ("place" if plausible and not area and e.uncertainty_m <= POINT_LIKE_M else None), where


def abroad(anchor: Place, x: Place) -> bool:
    """Whether the statement's described place ``x`` is a country and its anchor lies in another one: "in
    Vanuatu, a chain of 83 islands that lie 2,200km (1,367 miles) north-east of Sydney, Australia" says where
    the country lies, measured from a city abroad, not where in it anything happened.

    >>> from geomap.model import Entry, Place
    >>> vanuatu = Place(Entry("v", "Vanuatu", -16.0, 167.0, "VU", None, 0, "country", 400e3), ())
    >>> sydney = Place(Entry("s", "Sydney", -33.9, 151.2, "AU", None, 0, "city", 20e3), ())
    >>> abroad(sydney, vanuatu), abroad(vanuatu, sydney)
    (True, False)
    """
    return x.entry.place_type == "country" and None not in (anchor.entry.country, x.entry.country) \
        and anchor.entry.country != x.entry.country


def _anchors_before(relations: tuple[Relation, ...], r: Relation) -> set[str]:
    """Anchors of the statements before ``r`` in its sentence: "about 520 km southwest of Port Blair, 1,410 km
    south-southwest of Cox's Bazar" lists two references for one position, the first describes nothing."""
    return {q.anchor for q in relations if q.kind == "distance" and q.sentence == r.sentence and q.start < r.start}


def check_described_places(doc: Doc) -> Doc:
    """The pipeline stage: each incident distance statement in apposition to a resolved place checked against
    the gazetteer's position of that place (module docstring); roles changed and warnings added where they
    disagree."""
    if not doc.relations or not doc.places:
        return doc
    place_of = {(m.start, m.end): p for p in doc.places for m in p.mentions}
    by_source = {p.entry.source: p for p in doc.places}
    mentions = tuple(sorted((m for p in doc.places for m in p.mentions), key=lambda m: m.start))
    relations, roles, warnings = list(doc.relations), {}, []
    for i, r in enumerate(doc.relations):
        found, anchor = _described(doc, r, place_of, mentions), by_source.get(r.anchor)
        if found is None or anchor is None or found[0].entry.source in _anchors_before(doc.relations, r):
            continue
        x, mention = found
        if abroad(anchor, x) and (r.distance_m or 0.0) >= ABROAD_M and not disagrees(r, fit(r, anchor, x)[0]) \
                and _DESCRIPTION.fullmatch(doc.text, mention.end, r.start):
            relations[i] = replace(r, role="context", role_reason=f"describes where {x.entry.name} lies, measured "
                                                                  f"from {r.anchor_text} abroad: not the event")
            if not any(q.anchor == r.anchor and q.role == "incident" for q in relations):
                roles[r.anchor] = "context"  # Sydney is no place of the event's either
            continue
        decided, where = verdict(r, anchor, x, _AREA_AFTER.match(doc.text, mention.end) is not None)
        name = x.entry.name
        if decided == "place":
            relations[i] = replace(r, role="context", role_reason=f"describes {name}, drawn where the gazetteer "
                                                                  f"has it ({where})")
            roles[x.entry.source] = "incident"
            warnings.append(Warning_("described_place", f"{r.text!r} describes {name}, which the gazetteer puts "
                                     f"{where}: {name} is drawn as the incident, the statement as context",
                                     r.text, r.start, r.end))
        elif decided == "namesake":
            roles[x.entry.source] = "context"
            warnings.append(Warning_("described_place", f"{name} ({x.entry.country}) lies {where}, not where "
                                     f"{r.text!r} puts the place it names: taken for a namesake, the statement "
                                     "is drawn as the incident", r.text, r.start, r.end))
    if not warnings and relations == list(doc.relations):
        return doc
    places = tuple(replace(p, role=roles.get(p.entry.source, p.role)) for p in doc.places)
    return replace(doc, places=places, relations=tuple(relations), warnings=doc.warnings + tuple(warnings))
