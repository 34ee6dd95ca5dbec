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
   ... encircled the village": Vilia).
2. Otherwise the best-scoring fine place (a town, a site, a county; see
   :mod:`geomap.incident` for the wording it scores) is where it happened,
   with the fine places near it that score nearly as well; a headline name
   that the body writes as a street's is the street (:func:`street_shorthand`).
3. The place containing an incident place (its county, state) is an
   incident place too, when the article names it.
4. The dateline town that the lede names nowhere else, while it gives another
   fine place as where, is the newsroom that filed the report
   (:func:`geomap.incident.newsroom_only`): neither rule 1's finer place nor
   rule 2's pick; so is a dateline city that the lede names again only as an
   office's seat or a container while it places the event elsewhere, or in a
   district the gazetteer lacks (:mod:`geomap.dateline_newsroom`).
5. Countries, seas, oceans, straits, canals, regions and continents are
   context (:data:`geomap.vocabulary.BROAD_PLACE_TYPES`), and so are states
   and provinces: they are too large to say where something happened,
   unless the article names nothing finer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dateline_areas import located_area_over_dateline
from .dateline_newsroom import dateline_newsroom, home_areas
from .incident import incident_scores, newsroom_only, pick_incident
from .model import Place, Relation, Sentence
from .reference_anchors import border_only, reference_anchors, road_ends
from .travel_ends import journey_ends
from .relation_context import located_mention
from .vocabulary import BROAD_PLACE_TYPES

BROAD_TYPES = BROAD_PLACE_TYPES  # rule 5: too large to say where something happened
COARSE_TYPES = BROAD_PLACE_TYPES | {"admin1"}
ROAD_NUMBER = re.compile(r"\s+\d{1,4}[A-Z]?\b")  # "U.S. 321", "U.S. 27A"


def _finer_than(text: str, anchor: Place, relations: list[Relation], places: tuple[Place, ...]) -> set[str]:
    """``anchor`` itself, or, when it is a broad place, the fine places named in a sentence
    measuring from it ("in Manbij near the Turkish border": Manbij), if there are any; nothing
    when the broad name is a road's ("near U.S. 321")."""
    if anchor.entry.place_type not in BROAD_TYPES:
        return {anchor.entry.source}
    relations = [r for r in relations if anchor.entry.source in (r.anchor, r.anchor2)]
    if all(ROAD_NUMBER.match(text, r.end) for r in relations):
        return set()  # "near U.S. 321": a highway, not the country
    sentences = {r.sentence for r in relations}
    fine = {p.entry.source for p in places if p.entry.place_type not in COARSE_TYPES
            and any(m.sentence in sentences for m in p.mentions)}
    return fine or {anchor.entry.source}


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
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    # The dateline's newsroom (geomap.incident.newsroom_only) is neither rule 1's finer place nor rule 2's pick.
    newsroom = newsroom_only(text, sentences, places)
    candidates = tuple(p for p in places if p.entry.source not in newsroom)
    incident = {s for a in incident & set(by_source) for s in _finer_than(text, by_source[a], relations, candidates)}
    incident |= _located(text, sentences, places, relations)
    incident = (incident & set(by_source)) - far  # also when named beside a broad anchor ("in western X")
    # A place named only inside a longer given span ("Dubai World Cup", Mention.inner) or an organisation's
    # name ("the New York Times reported", "Minnesota National Guard troops") is not the incident's.
    named = [p for p in places if p.entry.source not in far
             and not all(m.inner or m.organisation for m in p.mentions)]
    shorthand = {p.entry.source for p in places if street_shorthand(text, p)} | journey_ends(text, places)
    incident -= shorthand
    named = [p for p in named if p.entry.source not in shorthand]
    if not incident and named:
        if scores is None:
            scores = incident_scores(text, sentences, places)
        incident = _pick(text, sentences, named, newsroom, scores)
        filed = dateline_newsroom(text, sentences, places)  # named again, but not as where it happened
        if incident & filed:
            rest = [p for p in named if p.entry.source not in filed]
            incident = _pick(text, sentences, rest, newsroom, scores) or incident
            if all(by_source[s].entry.place_type in COARSE_TYPES for s in incident):
                incident = pick_incident(home_areas(named, filed), scores) or incident
    for source in list(incident):
        container = by_source[source].entry.container
        if container and container in by_source:
            incident.add(container)
    return tuple(replace(p, role="incident" if p.entry.source in incident else "context") for p in places)


def _pick(text: str, sentences: tuple[Sentence, ...], named: list[Place], newsroom: set[str],
          scores: dict[str, float]) -> set[str]:
    """Rule 2 over the ``named`` fine places that are not the ``newsroom``, else rule 5's fallback."""
    fine = [p for p in named if p.entry.place_type not in COARSE_TYPES and p.entry.source not in newsroom]
    incident = located_area_over_dateline(text, sentences, named, pick_incident(fine, scores), scores)
    if not incident:
        states = [p for p in named if p.entry.place_type not in BROAD_TYPES]
        incident = pick_incident(states or named, scores)
    return incident


def _located(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
             relations: list[Relation]) -> set[str]:
    """Places that incident distance statements stand in apposition to ("Vilia, about 50 km ... of Athens")."""
    if not any(r.kind == "distance" for r in relations):
        return set()
    source_of = {(m.start, m.end): p.entry.source for p in places for m in p.mentions}
    mentions = tuple(sorted((m for p in places for m in p.mentions), key=lambda m: m.start))
    found = set()
    for r in relations:
        if r.kind == "distance" and r.sentence < len(sentences):
            m = located_mention(text, sentences[r.sentence], r.start, mentions)
            if m is not None and m.start < r.start:
                found.add(source_of[(m.start, m.end)])
    return found
