"""How sure geomap is of each place, which other places the name could be, and when to say so.

``place_confidence`` gives a place's ``confidence`` (the softmax share of the
chosen entry among the name's candidates, under the resolver's document-aware
score) and its best alternatives; ``warn_ambiguous_incident`` is the pipeline
stage that warns when the incident is ambiguous: two candidate incident places
scoring alike but far apart, or an incident place of low confidence.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from .incident import MARGIN, NEAR_KM, incident_scores, km
from .model import Doc, Entry, Place, Warning_
from .roles import COARSE_TYPES, anchor_written_after
from .resolve import document_admin1, document_countries, score

TOP = 3  # alternatives kept per place
LOW_CONFIDENCE = 0.5
SAME_KM = 161.0  # candidates this close are one answer on a map (the field's Acc@161 distance)


@dataclass(frozen=True)
class DocumentEvidence:
    """What every place's confidence is weighed against, computed once per document:
    where each mention's candidates are, and the countries and states the candidates name."""

    index: dict
    countries: Counter
    admin1s: Counter

    @classmethod
    def of(cls, doc: Doc) -> "DocumentEvidence":
        evidence = [list(c) for c in doc.candidates] + [list(c) for c in doc.context_candidates]
        return cls({id(m): i for i, m in enumerate(doc.mentions)}, document_countries(evidence),
                   document_admin1(evidence))


def _options(place: Place, doc: Doc, index: dict) -> list[Entry]:
    seen, out = set(), []
    for m in place.mentions:
        i = index.get(id(m))
        for e in (doc.candidates[i] if i is not None and i < len(doc.candidates) else ()):
            if e.source not in seen:
                seen.add(e.source)
                out.append(e)
    return out


def _same_answer(e: Entry, chosen: Entry) -> bool:
    if e.place_type in ("admin1", "admin2") and e.country == chosen.country and e.admin1 == chosen.admin1:
        return True
    return km(e, chosen) <= SAME_KM


def place_confidence(place: Place, doc: Doc, evidence: DocumentEvidence | None = None) -> tuple[float, list[dict]]:
    """(confidence in [0, 1], the best other candidates as {id, name, country, lat, lon, score}).

    Pass ``evidence`` (:meth:`DocumentEvidence.of`) when scoring many places of one document.
    """
    evidence = evidence or DocumentEvidence.of(doc)
    options = _options(place, doc, evidence.index)
    if len(options) <= 1:
        return 1.0, []
    countries, admin1s = evidence.countries, evidence.admin1s
    scores = {e.source: score(e, countries, admin1s) for e in options}
    scores.setdefault(place.entry.source, score(place.entry, countries, admin1s))
    top = max(scores.values())
    total = sum(math.exp(s - top) for s in scores.values())
    # a candidate near the chosen one, or the division holding it, is the same answer on a map
    same = [e for e in options if e.source == place.entry.source or _same_answer(e, place.entry)]
    if all(e.source != place.entry.source for e in same):
        same.append(place.entry)
        total += math.exp(scores[place.entry.source] - top)
    confidence = min(1.0, sum(math.exp(scores[e.source] - top) for e in same) / total)
    others = sorted((e for e in options if e not in same), key=lambda e: -scores[e.source])
    return round(confidence, 3), [{"id": e.source, "name": e.name, "country": e.country,
                                   "lat": round(e.lat, 5), "lon": round(e.lon, 5),
                                   "score": round(scores[e.source], 3)} for e in others[:TOP]]


def measured_from(doc: Doc, place: Place) -> bool:
    """True when the text names ``place`` only as the dateline and as what distances are measured from, at
    least once so ("MOSCOW (AP) - ... in Magnitogorsk, a city of 400,000 about 1,400 kilometers southeast of
    Moscow"): the text itself puts the event that far from it, so it is no rival incident place.

    >>> from geomap.pipeline import extract
    >>> doc = extract("MOSCOW (AP) - A gas blast hit Magnitogorsk, about 1,400 kilometers southeast of Moscow.")
    >>> moscow = next(p for p in doc.places if p.entry.name == "Moscow")
    >>> measured_from(doc, moscow)
    True
    >>> measured_from(extract("MOSCOW (AP) - A gas blast hit Moscow, police said."), moscow)
    False
    """
    from .datelines import dateline_at

    ends = [r.end for r in doc.relations if r.kind == "distance" and r.anchor == place.entry.source
            and (r.distance_m or 0.0) > NEAR_KM * 1000.0]
    anchored = [any(e <= m.start and anchor_written_after(doc.text, e, m.start) for e in ends)
                for m in place.mentions]
    return any(anchored) and all(a or dateline_at(doc.text, m.start) for a, m in zip(anchored, place.mentions))


def warn_ambiguous_incident(doc: Doc) -> Doc:
    """Pipeline stage: a warning when the incident place is in doubt (see the module doc)."""
    if doc.places and not any(p.role == "incident" for p in doc.places):
        first = min((m for p in doc.places for m in p.mentions), key=lambda m: m.start)
        return replace(doc, warnings=doc.warnings + (Warning_(
            "no_incident", "no place in the text is where it happened (every place named is context: a "
            "newspaper, a team, a residence ...): the map marks no incident place", first.text, first.start,
            first.end),))
    incident = [p for p in doc.places if p.role == "incident" and p.entry.place_type not in ("country", "continent")]
    if not incident:
        return doc
    warnings = []
    # the roles stage's scores (same places, same text); computed here only for a doc built without it
    scores = dict(doc.incident_scores) if doc.incident_scores else incident_scores(doc.text, doc.sentences, doc.places)
    best = max(incident, key=lambda p: scores.get(p.entry.source, 0.0))
    rivals = [p for p in doc.places if p.role != "incident" and p.entry.place_type not in COARSE_TYPES
              and scores.get(p.entry.source, -9) >= scores[best.entry.source] - MARGIN / 3
              and km(p.entry, best.entry) > NEAR_KM and not measured_from(doc, p)]
    if rivals:
        far = rivals[0]
        warnings.append(Warning_("ambiguous_incident",
                                 f"the incident may be at {far.entry.name} rather than {best.entry.name} "
                                 f"({km(far.entry, best.entry):.0f} km apart): check the map",
                                 far.mentions[0].text, far.mentions[0].start, far.mentions[0].end))
    conf, alts = place_confidence(best, doc)
    if conf < LOW_CONFIDENCE and alts:
        warnings.append(Warning_("low_confidence",
                                 f"{best.mentions[0].text!r} placed at {best.entry.name} ({best.entry.country}) "
                                 f"with confidence {conf:.2f}; it may be {alts[0]['name']} ({alts[0]['country']})",
                                 best.mentions[0].text, best.mentions[0].start, best.mentions[0].end))
    return replace(doc, warnings=doc.warnings + tuple(warnings)) if warnings else doc
