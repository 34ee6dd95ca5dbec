"""Tell the incident's places from places merely mentioned.

The rules, one sentence each:

1. A place that a distance is measured from is where the incident happened,
   and so is the place the distance locates ("The village of Vilia, about 50
   kilometers northwest of Athens, ... encircled the village": Vilia too).
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

from dataclasses import replace

from .incident import incident_scores, pick_incident
from .model import Place, Relation, Sentence
from .relation_context import located_mention
from .vocabulary import BROAD_PLACE_TYPES

BROAD_TYPES = BROAD_PLACE_TYPES  # rule 4: too large to say where something happened
COARSE_TYPES = BROAD_PLACE_TYPES | {"admin1"}


def assign_roles(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                 relations: tuple[Relation, ...]) -> tuple[Place, ...]:
    """Return ``places`` with ``role`` set to ``"incident"`` or ``"context"``."""
    relations = [r for r in relations if r.role == "incident"]  # a context statement locates something else
    by_source = {p.entry.source: p for p in places}
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    incident |= _located(text, sentences, places, relations)
    incident &= set(by_source)
    if not incident and places:
        scores = incident_scores(text, sentences, places)
        fine = [p for p in places if p.entry.place_type not in COARSE_TYPES]
        incident = pick_incident(fine, scores)
        if not incident:
            states = [p for p in places if p.entry.place_type not in BROAD_TYPES]
            incident = pick_incident(states or list(places), scores)
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
