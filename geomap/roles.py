"""Tell the incident's places from places merely mentioned.

The rules, one sentence each:

1. A place that a distance is measured from is where the incident happened;
   when it is a country, sea or other broad place ("in Manbij near the Turkish
   border") and its sentence names a finer place, the finer place is; a
   country's name before a road number ("near U.S. 321") is a highway, not
   an incident place; and the place the distance locates is an incident
   place too ("The village of Vilia, about 50 kilometers northwest of Athens,
   ... encircled the village": Vilia).
2. Otherwise the best-scoring fine place (a town, a site, a county; see
   :mod:`geomap.incident` for the wording it scores) is where it happened,
   with the fine places near it that score nearly as well.
3. The place containing an incident place (its county, state) is an
   incident place too, when the article names it.
4. Countries, seas, oceans, straits, canals, regions and continents are
   context (:data:`geomap.vocabulary.BROAD_PLACE_TYPES`), and so are states
   and provinces: they are too large to say where something happened,
   unless the article names nothing finer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .incident import incident_scores, pick_incident
from .model import Place, Relation, Sentence
from .relation_context import located_mention
from .vocabulary import BROAD_PLACE_TYPES

BROAD_TYPES = BROAD_PLACE_TYPES  # rule 4: too large to say where something happened
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


def assign_roles(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                 relations: tuple[Relation, ...], scores: dict[str, float] | None = None) -> tuple[Place, ...]:
    """Return ``places`` with ``role`` set to ``"incident"`` or ``"context"``.

    ``scores``: :func:`~geomap.incident.incident_scores` of ``places``, when the caller has them."""
    relations = [r for r in relations if r.role == "incident"]  # a context statement locates something else
    by_source = {p.entry.source: p for p in places}
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    incident = {s for a in incident & set(by_source) for s in _finer_than(text, by_source[a], relations, places)}
    incident |= _located(text, sentences, places, relations)
    incident &= set(by_source)
    # A place named only inside a longer given span ("Dubai World Cup", Mention.inner) is not the incident's.
    named = [p for p in places if not all(m.inner for m in p.mentions)]
    if not incident and named:
        if scores is None:
            scores = incident_scores(text, sentences, places)
        fine = [p for p in named if p.entry.place_type not in COARSE_TYPES]
        incident = pick_incident(fine, scores)
        if not incident:
            states = [p for p in named if p.entry.place_type not in BROAD_TYPES]
            incident = pick_incident(states or named, scores)
    for source in list(incident):
        container = by_source[source].entry.container
        if container and container in by_source:
            incident.add(container)
    return tuple(replace(p, role="incident" if p.entry.source in incident else "context") for p in places)


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
