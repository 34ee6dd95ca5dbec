"""Tell the incident's places from places merely mentioned.

The rules, one sentence each:

1. A place that a distance is measured from is where the incident happened.
2. The town holding an incident landmark is an incident place, when the
   article names it.
3. A town or landmark named after "in", "at", "near", "outside" or "on" in a
   sentence that reports the incident (a blast, attack, killing ...) in the
   first third of the article is an incident place.
4. Countries, seas, oceans, straits, canals, regions and continents are
   context (:data:`geomap.vocabulary.BROAD_PLACE_TYPES`): they are
   too large to say where something happened, unless the article names
   nothing finer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Place, Relation, Sentence
from .vocabulary import BROAD_PLACE_TYPES

INCIDENT_WORDS = re.compile(
    r"\b(?:explo(?:sion|sions|ded|de)|blasts?|bomb(?:s|ing|ings|ed)?|attack(?:s|ed)?|kill(?:ed|ing)?|"
    r"wounded|injur(?:ed|ies)|struck|strikes?|detonat(?:ed|ion)|went off|shoot(?:ing|ings)?|shot|"
    r"fire|blaze|earthquake|quake|flood(?:s|ing|ed)?|crash(?:ed)?|collaps(?:ed|e)|stampede)\b",
    re.IGNORECASE)
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|on|into|of)\s+(?:the\s+)?)$", re.IGNORECASE)
LOCATIVE_REACH = 64  # characters before a mention that may hold its "in the " (a preposition, spaces, "the")
BROAD_TYPES = BROAD_PLACE_TYPES  # rule 4: too large to say where something happened


def assign_roles(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                 relations: tuple[Relation, ...]) -> tuple[Place, ...]:
    """Return ``places`` with ``role`` set to ``"incident"`` or ``"context"``."""
    relations = [r for r in relations if r.role == "incident"]  # a context statement locates something else
    incident: set[str] = {r.anchor for r in relations} | {r.anchor2 for r in relations if r.anchor2}
    by_source = {p.entry.source: p for p in places}
    lede = max(5, len(sentences) // 3)
    reports: dict[int, bool] = {}  # sentence index -> reports the incident (searched once per sentence)
    for p in places:
        if p.entry.place_type in BROAD_TYPES:
            continue
        for m in p.mentions:
            if m.sentence >= lede:
                continue
            s = sentences[m.sentence]
            if m.sentence not in reports:
                reports[m.sentence] = INCIDENT_WORDS.search(text, s.start, s.end) is not None
            # The preposition ends right before the mention: look only at the text just before it.
            if reports[m.sentence] and LOCATIVE.search(text, max(s.start, m.start - LOCATIVE_REACH), m.start):
                incident.add(p.entry.source)
    for source in list(incident):
        container = by_source.get(source).entry.container if source in by_source else None
        if container and container in by_source:
            incident.add(container)
    fine = [p for p in places if p.entry.place_type not in BROAD_TYPES]
    if not incident & set(by_source):
        if fine:
            incident.add(max(fine, key=lambda p: (len(p.mentions), -p.mentions[0].start)).entry.source)
        elif places:
            incident.add(min(places, key=lambda p: p.mentions[0].start).entry.source)
    return tuple(replace(p, role="incident" if p.entry.source in incident else "context") for p in places)
