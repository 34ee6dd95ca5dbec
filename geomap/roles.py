"""Tell the incident's places from places merely mentioned.

The rules, one sentence each:

1. A place that a distance is measured from is where the incident happened
   (unless the distance is 100 km or more, or the place is introduced as
   "the capital": a reference city, see :mod:`geomap.reference_anchors`;
   a country or state named only as a border line, "near the Malian border",
   is never one: :func:`geomap.reference_anchors.border_only`);
   when it is a country, sea or other broad place ("in Manbij near the Turkish
   border") and its sentence names a finer place, the finer place is; a
   country's name before a road number ("near U.S. 321") is a highway, not
   an incident place; and the place the distance locates is an incident
   place too ("The village of Vilia, about 50 kilometers northwest of Athens,
   ... encircled the village": Vilia), unless the gazetteer's place of that name lies far from
   where the statement puts it (:func:`disagrees`: a namesake); and an anchor named only as
   the statements' anchor is not one when the place they locate lies away from it (Athens:
   :func:`mere_anchors`); nor is an anchor named only to give the direction of an unnamed site ("a
   wine-growing area north of Sydney": :func:`geomap.incident_elsewhere.direction_only_anchors`).
2. Otherwise the best-scoring fine place (a town, a site, a county; see
   :mod:`geomap.incident` for the wording it scores) is where it happened,
   with the fine places near it that score nearly as well; a headline name
   that the body writes as a street's is the street (:func:`street_shorthand`). Rule 2 passes over a
   country named only as visitors' home ("a family of Romanian tourists"), a place named only where
   officials spoke or the injured were taken when an incident statement locates the event, and a small
   namesake abroad in a story about one country's region (:func:`geomap.incident_elsewhere.said_elsewhere`).
3. The place containing an incident place (its county, state) is an
   incident place too, when the article names it.
4. A dateline is where the report was filed: its town is the incident only
   when the lede places the event there or names nothing finer; otherwise it
   is the newsroom, neither rule 1's finer place nor rule 2's pick, and when
   only areas are left the event is in the area the lede places it in
   (:func:`geomap.dateline_newsroom.newsroom`, the one dateline model).
5. A hazard's common noun capitalised by a headline ("-- Tornado kills 23")
   is the event's name, not a town of that name (:func:`hazard_noun_only`).
6. Countries, seas, oceans, straits, canals, regions and continents are
   context (:data:`geomap.vocabulary.BROAD_PLACE_TYPES`), and so are states,
   provinces and lakes, islands or deserts 100 km across (:func:`too_large`):
   they are too large to say where something happened, unless the article
   names nothing finer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dateline_newsroom import (holds, home_areas, newsroom as dateline_newsroom, placed_areas, placed_in_lede,
                                places_event)
from .incident import RESCUE_OFFICE, incident_scores, km, pick_incident, responders_from
from .incident_elsewhere import ANCHOR_GAP, direction_only_anchors, said_elsewhere
from .model import Place, Relation, Sentence
from .reference_anchors import border_only, reference_anchors, road_ends
from .travel_ends import journey_ends
from .relation_context import located_mention
from .vocabulary import BROAD_PLACE_TYPES, COARSE_PLACE_TYPES
from .lazy_re import lazy_compile

BROAD_TYPES = BROAD_PLACE_TYPES  # rule 6: too large to say where something happened
COARSE_TYPES = COARSE_PLACE_TYPES
# Natural features (geomap.feature_store) that can be wider than a province; rule 6 passes over the wide ones.
NATURAL_FEATURES = frozenset({"lake", "reservoir", "river", "range", "mountain", "island", "islands", "plateau",
                              "peninsula", "gulf", "bay", "desert", "plain", "sound", "channel", "delta", "lagoon",
                              "basin", "valley", "depression", "lowland", "area"})
LARGE_FEATURE_M = 100_000.0
ROAD_NUMBER = re.compile(r"\s+\d{1,4}[A-Z]?\b")  # "U.S. 321", "U.S. 27A"


def _finer_than(text: str, anchor: Place, relations: list[Relation], places: tuple[Place, ...]) -> set[str]:
    """``anchor`` itself, or, when it is a broad place or a natural feature 100 km across
    (:func:`too_large`), the fine places named in a sentence measuring from it ("in Manbij near the
    Turkish border": Manbij; "near Sahara railway station in the city of Nawabshah": Nawabshah), if
    there are any; nothing when the broad name is a road's ("near U.S. 321")."""
    if anchor.entry.place_type not in BROAD_TYPES and not too_large(anchor):
        return {anchor.entry.source}
    relations = [r for r in relations if anchor.entry.source in (r.anchor, r.anchor2)]
    if all(ROAD_NUMBER.match(text, r.end) for r in relations):
        return set()  # "near U.S. 321": a highway, not the country
    sentences = {r.sentence for r in relations}
    fine = {p.entry.source for p in places if p.entry.place_type not in COARSE_TYPES and not too_large(p)
            and any(m.sentence in sentences for m in p.mentions)}
    return fine or {anchor.entry.source}


# A hazard's common noun, capitalised by a headline or a sentence start ("-- Tornado kills at least 23",
# "Guatemala Volcano: ..."), that the gazetteer also holds as a town's name (Tornado, West Virginia).
HAZARD_NOUN = re.compile(r"(?:tornado|volcano|hurricane|typhoon|cyclone|storm|avalanche|tsunami|earthquake|quake|"
                         r"flood|landslide|mudslide|wildfire|blaze|blast|explosion|eruption)e?s?", re.IGNORECASE)


PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|of)\s+$", re.IGNORECASE)


def hazard_noun_only(text: str, place: Place) -> bool:
    """True when every mention of ``place`` is a hazard's common noun ("Tornado kills 23 in Mississippi")
    that no "in", "at", "near" ... gives as a place ("hiding under a bridge in Hurricane" is the town):
    the event's name, not where it happened.

    >>> from types import SimpleNamespace as NS
    >>> t = "Tornado kills 23. Police in Hurricane said."
    >>> [hazard_noun_only(t, NS(mentions=[NS(text=t[a:b], start=a)])) for a, b in ((0, 7), (28, 37))]
    [True, False]
    """
    return all(HAZARD_NOUN.fullmatch(m.text) and not PLACE_BEFORE.search(text, max(0, m.start - 10), m.start)
               for m in place.mentions)


STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Place|"
                          r"Trail|Circle|Terrace|Pike)(?!\w)")


def street_shorthand(text: str, place: Place) -> bool:
    """True when the headline names ``place`` but the body writes its name as a street's at least
    as often as alone: the headline's shorthand for the street ("Driver injured in Nokomis crash."
    over "a crash at the intersection of North Nokomis Street and Darling Avenue"), not a town."""
    if place.entry.place_type in COARSE_TYPES or not any(m.sentence == 0 for m in place.mentions):
        return False
    forms = {m.text for m in place.mentions}
    streets = sum(1 for f in forms for m in re.finditer(r"\b" + re.escape(f), text)
                  if STREET_AFTER.match(text, m.end()))
    return streets >= max(1, sum(m.sentence > 0 for m in place.mentions))


def assign_roles(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                 relations: tuple[Relation, ...], scores: dict[str, float] | None = None) -> tuple[Place, ...]:
    """Return ``places`` with ``role`` set to ``"incident"`` or ``"context"``.

    ``scores``: :func:`~geomap.incident.incident_scores` of ``places``, when the caller has them."""
    relations = [r for r in relations if r.role == "incident"]  # a context statement locates something else
    by_source = {p.entry.source: p for p in places}
    far = reference_anchors(text, relations, places)  # "1,400 km southeast of Moscow": Moscow only says where the site is
    far |= border_only(text, places)  # "near the Malian border": a line, not the country across it
    far |= road_ends(text, sentences, relations, places)  # "between Potosi and Oruro": the zone, not the towns
    far |= unnamed_site_anchors(text, relations, by_source)  # "in the town of Dlangubo, north of Durban"
    far |= direction_only_anchors(text, relations, by_source)  # "a wine-growing area north of Sydney": not in Sydney
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    # The dateline's newsroom (rule 4) is neither rule 1's finer place nor rule 2's pick.
    newsroom = dateline_newsroom(text, sentences, places)
    candidates = tuple(p for p in places if p.entry.source not in newsroom)
    incident = {s for a in incident & set(by_source) for s in _finer_than(text, by_source[a], relations, candidates)}
    incident |= _located(text, sentences, places, relations)
    incident = (incident & set(by_source)) - far  # also when named beside a broad anchor ("in western X")
    incident -= mere_anchors(text, relations, incident, by_source)
    incident |= _placed_in(text, sentences, [by_source[s] for s in incident], candidates) - far
    incident -= _covering(incident, by_source)  # "in eastern Siberia" ... "in Krasnoyarsk Territory"
    # A place named only inside a longer given span ("Dubai World Cup", Mention.inner) or an organisation's
    # name ("the New York Times reported", "Minnesota National Guard troops") is not the incident's.
    named = [p for p in places if p.entry.source not in far and not hazard_noun_only(text, p)
             and not all(m.inner or m.organisation for m in p.mentions)]
    shorthand = {p.entry.source for p in places if street_shorthand(text, p) or hazard_noun_only(text, p)}
    shorthand |= journey_ends(text, places)
    incident -= shorthand
    named = [p for p in named if p.entry.source not in shorthand]
    if not incident and named:
        if scores is None:
            scores = incident_scores(text, sentences, places)
        named = said_elsewhere(text, sentences, named, bool(relations))
        incident = _pick(text, named, newsroom, scores)
        if newsroom:
            incident = _past_newsroom(text, sentences, named, newsroom, scores, incident)
    for source in list(incident):
        container = by_source[source].entry.container
        if container and container in by_source:
            incident.add(container)
    return tuple(replace(p, role="incident" if p.entry.source in incident else "context") for p in places)


def too_large(place: Place) -> bool:
    """True for a lake, a range, an island, a desert ... at least :data:`LARGE_FEATURE_M` across ("sunk by a
    storm in Lake Victoria", 250 km wide): too large to say where, like a province (rule 6), when the article
    names a town."""
    return place.entry.place_type in NATURAL_FEATURES and place.entry.uncertainty_m >= LARGE_FEATURE_M


def _pick(text: str, named: list[Place], newsroom: frozenset[str], scores: dict[str, float]) -> set[str]:
    """Rule 2 over the ``named`` places that are not the ``newsroom``'s, else rule 6's fallback."""
    named = [p for p in named if p.entry.source not in newsroom]
    fine = [p for p in named if p.entry.place_type not in COARSE_TYPES and not too_large(p)]
    areas = [a for a in named if scores[a.entry.source] > 0 and a.entry.place_type in COARSE_TYPES]
    if fine and areas and all(scores[p.entry.source] < 0 and _passed_for_area(text, p, areas) for p in fine):
        fine = []
    incident = pick_incident(fine, scores)
    if not incident:  # rule 6: a province before a river or lake too large to say where ("the Zambezi River in Sofala")
        states = [p for p in named if p.entry.place_type not in BROAD_TYPES]
        incident = pick_incident([p for p in states if not too_large(p)] or states or named, scores)
    return incident


def _passed_for_area(text: str, place: Place, areas: list[Place]) -> bool:
    """Whether a fine place that scores below 0 gives way to the areas the lede places the event in: when it is
    named only as where the injured were taken ("a hospital in Dublin") outside them, or, inside them too, as
    where the bodies were taken or the rescuers came from ("volunteers from Valjala"); never to areas of other
    countries only (a namesake province abroad is no better answer than the responders' town)."""
    if not any(a.entry.country == place.entry.country for a in areas):
        return False
    return not any(_within(place, a) for a in areas) or _aftermath_only(text, place)


def _covering(incident: set[str], by_source: dict[str, Place]) -> set[str]:
    """Rule 6 for the regions and features too large to say where (:func:`too_large`) that rule 1 or 3 made
    incident: context when a finer incident place of their country lies inside them ("killed by wild dogs
    in eastern Siberia ... found near Lake Yessey in ... Krasnoyarsk Territory": the territory, not the
    point of Siberia's middle, 879 km off; the "in eastern Siberia" zone stays the statement's)."""
    large = [by_source[s] for s in incident if too_large(by_source[s]) and by_source[s].entry.country]
    fine = [by_source[s] for s in incident if by_source[s].entry.place_type not in BROAD_TYPES
            and not too_large(by_source[s])]
    return {a.entry.source for a in large if any(f.entry.country == a.entry.country
                                                 and km(f.entry, a.entry) * 1000.0 <= a.entry.uncertainty_m
                                                 for f in fine)}


def _within(place: Place, area: Place) -> bool:
    """True when ``place`` lies in ``area``: its country, the state or county holding it
    (:func:`geomap.dateline_newsroom.holds`: Slidell in Louisiana, Liverpool in England, not Dublin in
    Donegal), or within its radius."""
    if area.entry.place_type == "country" and place.entry.country and place.entry.country == area.entry.country:
        return True
    return holds(area, place) or km(place.entry, area.entry) * 1000.0 <= area.entry.uncertainty_m


def _placed_in(text: str, sentences: tuple[Sentence, ...], anchors: list[Place],
               candidates: tuple[Place, ...]) -> set[str]:
    """When rule 1 gives only countries or other broad places ("in eastern Uganda") or regions and features
    too large to say where (:func:`too_large`: "in eastern Siberia"), the provinces and districts of their
    countries that the lede places the event in ("in the mountainous district of Bulambuli", "in Krasnoyarsk
    Territory"): :func:`geomap.dateline_newsroom.places_event`; the too large ones are then context
    (:func:`_covering`)."""
    if not anchors or any(p.entry.place_type not in BROAD_TYPES and not too_large(p) for p in anchors):
        return set()
    countries = {p.entry.country for p in anchors} - {None}
    lede = max(5, len(sentences) // 3)
    return {p.entry.source for p in candidates if p.entry.country in countries
            and p.entry.place_type in ("admin1", "admin2")
            and any(m.sentence < lede and places_event(text, sentences, m) for m in p.mentions)}


def _past_newsroom(text: str, sentences: tuple[Sentence, ...], named: list[Place], newsroom: frozenset[str],
                   scores: dict[str, float], incident: set[str]) -> set[str]:
    """Rule 4 past the newsroom: the area the lede places the event in, when the dateline's town would have
    been rule 2's pick and the area scores at least as well, or when ``incident`` (:func:`_pick`'s choice
    without the newsroom) is only areas; else, when only areas are left, the state or country the lede
    places it in or the dateline city's (also when the places left are only where the victims were taken:
    "RAJBIRAJ: ... bitten ... in Saptari district ... died on the way to Dharan"); the dateline's town when
    nothing else is named."""
    coarse = all(by.entry.place_type in COARSE_TYPES for by in named if by.entry.source in incident)
    placed = pick_incident(placed_areas(text, sentences, named, newsroom), scores)
    filed = _pick(text, named, frozenset(), scores)
    if placed and (coarse or filed & newsroom and max(scores[s] for s in placed) >= max(scores[s] for s in filed)):
        # "Phnom Penh (VNA) - ... exploded in Siem Reap province ... at Wat Bo village in Siem Reap": the town
        # inside the province placed says more than the province
        inside = [by for by in named if by.entry.source in incident]
        finer = not coarse and all(placed_in_lede(text, sentences, by) and any(
            _within(by, a) for a in named if a.entry.source in placed) for by in inside)
        return incident if finer else placed
    if coarse or all(_aftermath_only(text, by) for by in named if by.entry.source in incident):
        return pick_incident(home_areas(text, sentences, named, newsroom), scores) or incident or filed
    return incident


# "was later referred to the Dharan-based BP Koirala Institute", "died on the way to Dharan", "airlifted to the
# nearby town of Nizwa": where the victims were taken, not where it happened
# "conveyed the dead bodies to the Dunkwa government hospital morgue"
TAKEN_TO = lazy_compile(r"\b(?:(?:taken|flown|airlifted|rushed|referred|transferred|evacuated|shifted)\s+to|on\s+(?:the|"
                        r"his|her|their)\s+way\s+to|(?:conveyed|carried|brought|moved|deposited)\s+(?:the\s+|their\s+)?"
                        r"(?:[\w-]+\s+)?(?:bodies|body|remains|corpses?|victims?|injured|wounded|casualties)\s+to)"
                        r"\s+[^.]{0,40}$")
TAKEN_REACH = 64


def _aftermath_only(text: str, place: Place) -> bool:
    """True when every mention of ``place`` names where the victims were taken, an agency's town or where the
    rescuers came from ("referred to the Dharan-based BP Koirala Institute ... died on the way to Dharan",
    "volunteers from Valjala", "The Kendari Search and Rescue Office dispatched a team"), not where it happened."""
    return all(text.startswith("-based", m.end) or TAKEN_TO.search(text, max(0, m.start - TAKEN_REACH), m.start)
               or RESCUE_OFFICE.match(text, m.end) or responders_from(text[max(0, m.start - TAKEN_REACH):m.start])
               for m in place.mentions)


def _located(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
             relations: list[Relation]) -> set[str]:
    """Places that incident distance statements stand in apposition to ("Vilia, about 50 km ... of Athens"),
    unless the place drawn lies far from where the statement puts it (:func:`disagrees`)."""
    if not any(r.kind == "distance" for r in relations):
        return set()
    by_mention = {(m.start, m.end): p for p in places for m in p.mentions}
    by_source = {p.entry.source: p for p in places}
    mentions = tuple(sorted((m for p in places for m in p.mentions), key=lambda m: m.start))
    found = set()
    for r in relations:
        if r.kind == "distance" and r.sentence < len(sentences):
            m = located_mention(text, sentences[r.sentence], r.start, mentions)
            if m is not None and m.start < r.start:
                place = by_mention[(m.start, m.end)]
                if r.anchor not in by_source or not disagrees(place, by_source[r.anchor], r):
                    found.add(place.entry.source)
    return found


DISAGREE_SLACK_M = 20_000.0


def disagrees(place: Place, anchor: Place, r: Relation) -> bool:
    """True when ``place``, which the statement ``r`` stands in apposition to, lies more than twice the
    statement's farthest distance (plus both places' own sizes) from its anchor: the gazetteer's place of
    that name is a namesake elsewhere ("the mining region of Khost, about 80 kilometres east of Quetta"
    drawn as Khost, Afghanistan, 350 km from Quetta), not the place the statement locates."""
    reach = 2.0 * max(r.outer_m, r.inner_m) + anchor.entry.uncertainty_m + place.entry.uncertainty_m
    return km(place.entry, anchor.entry) * 1000.0 > reach + DISAGREE_SLACK_M


AWAY_M = 15_000.0  # an incident place this far from an anchor (and beyond both their sizes) lies away from it


def mere_anchors(text: str, relations: list[Relation], incident: set[str], by_source: dict[str, Place]) -> set[str]:
    """Rule 1's anchors that the article names only as the anchors of its incident statements ("Dozens
    hospitalised with food poisoning south of Cairo", "a village in Beni Suef, some 150 kilometres south of
    the capital Cairo") when every other fine incident place lies away from them (Beni Suef, 111 km from
    Cairo): the statement says where that place is; the event did not happen at its anchor.

    >>> from types import SimpleNamespace as NS
    >>> t = "A wedding in Beni Suef, 150 km south of Cairo. Cairo doctors came."
    >>> def place(source, lat, spans):
    ...     return NS(entry=NS(source=source, lat=lat, lon=31.0, uncertainty_m=6000.0, place_type="city"),
    ...               mentions=[NS(start=a, end=b) for a, b in spans])
    >>> cairo, suef = place("cairo", 30.0, [(40, 45)]), place("suef", 29.0, [(13, 22)])
    >>> r = NS(anchor="cairo", anchor2=None, kind="distance", start=24, end=39)
    >>> sorted(mere_anchors(t, [r], {"cairo", "suef"}, {"cairo": cairo, "suef": suef}))
    ['cairo']
    >>> cairo = place("cairo", 30.0, [(40, 45), (47, 52)])  # also named on its own: kept
    >>> sorted(mere_anchors(t, [r], {"cairo", "suef"}, {"cairo": cairo, "suef": suef}))
    []
    """
    statements = [r for r in relations if r.anchor2 is None and r.kind in ("distance", "direction")]
    anchors = {r.anchor for r in statements} & incident
    fine = [by_source[s] for s in incident - anchors
            if by_source[s].entry.place_type not in COARSE_TYPES and not too_large(by_source[s])]
    out = set()
    for a in anchors if fine else ():
        place = by_source[a]
        ends = [(r.start, r.end) for r in statements if r.anchor == a]
        if not all(any(s <= m.start and (m.start <= e or anchor_written_after(text, e, m.start)) for s, e in ends)
                   for m in place.mentions):
            continue
        if all(km(place.entry, f.entry) * 1000.0 > max(place.entry.uncertainty_m, f.entry.uncertainty_m, AWAY_M)
               for f in fine):
            out.add(a)
    return out


# "in the town of Dlangubo, north of Durban", "the village of Nore, located to the northeast of the capital Oslo",
# "in Af Urur, about 100KM (60 miles) south of Bosasso": a locality the gazetteer lacks, apposed to the statement
UNNAMED_SITE = lazy_compile(r"\b(?:(?:town|village|city|hamlet|settlement|township|suburb|community)\s+of|in)\s+"
                            r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s+"
                            r"(?:(?:located|situated|lying)\s+)?(?:(?:about|some|roughly|around|just|approximately)\s+)?"
                            r"(?:to\s+the\s+)?$")
UNNAMED_REACH = 80


def unnamed_site_anchors(text: str, relations: list[Relation], by_source: dict[str, Place]) -> set[str]:
    """Rule 1's anchors named only in incident statements when one of their distance or direction statements
    locates a town or village the gazetteer lacks ("The accident happened ... in the town of Dlangubo, north
    of Durban", after "near the eastern South African city of Durban"): the event is in that town, away from
    the anchor (Durban's point, about 150 km from the church); the statements' zones stay incident, and
    rule 2 passes over the anchor as over a reference city."""
    named = {(m.start, m.end) for p in by_source.values() for m in p.mentions}
    out = set()
    for r in relations:
        if r.anchor2 is not None or r.kind not in ("distance", "direction") or r.anchor not in by_source:
            continue
        site = UNNAMED_SITE.search(text, max(0, r.start - UNNAMED_REACH), r.start)
        if site is None or any(a < site.end("name") and site.start("name") < b for a, b in named):
            continue
        place = by_source[r.anchor]
        if all(any(q.start <= m.start and (m.start <= q.end or anchor_written_after(text, q.end, m.start))
                   for q in relations if q.anchor == r.anchor) for m in place.mentions):
            out.add(r.anchor)
    return out


def anchor_written_after(text: str, end: int, start: int) -> bool:
    """True when a name at ``start`` closes the statement ending at ``end`` ("south of the capital Cairo")."""
    return start - end <= ANCHOR_GAP and not any(c in ".;!?\n" for c in text[end:start])
