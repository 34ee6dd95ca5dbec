"""Tell the incident's places from places merely mentioned.

The rules, one sentence each:

1. A place that a distance is measured from is where the incident happened.
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
from .vocabulary import BROAD_PLACE_TYPES

BROAD_TYPES = BROAD_PLACE_TYPES  # rule 4: too large to say where something happened
COARSE_TYPES = BROAD_PLACE_TYPES | {"admin1"}


def assign_roles(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                 relations: tuple[Relation, ...], scores: dict[str, float] | None = None) -> tuple[Place, ...]:
    """Return ``places`` with ``role`` set to ``"incident"`` or ``"context"``.

    ``scores``: :func:`~geomap.incident.incident_scores` of ``places``, when the caller has them."""
    relations = [r for r in relations if r.role == "incident"]  # a context statement locates something else
    by_source = {p.entry.source: p for p in places}
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    incident &= set(by_source)
    if not incident and places:
        if scores is None:
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
