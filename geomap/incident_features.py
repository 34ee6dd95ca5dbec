"""More features of a candidate incident place, offered to the trained incident score.

:mod:`geomap.incident` weighs seven kinds of wording by hand. The trainer
(``scripts/train_incident.py``) also offers these; the pipeline computes them
only when the weights in use name one (a weights file the trainer wrote):

- ``lede_count``: how often it is named in the lede outside the dateline
  (log-scaled like ``count``; -1 when never);
- ``report``: named, outside the dateline, in a lede sentence that reports the
  incident (with or without a locative preposition);
- ``locative_body``: after "in", "at" ... in a sentence reporting the incident,
  beyond the lede;
- ``dateline_alone``: the dateline town, not named again in the lede;
- ``county``: a county or parish (less specific than a town);
- ``contains``: a county the article names a town of;
- ``contained``: the article names its county or its state;
- ``country_alone``: the only place of its country while the article names
  places of other countries (the mark of a wrong namesake);
- ``near_others``: the share of the article's other fine places within
  :data:`~geomap.incident.NEAR_KM` of it.
"""
from __future__ import annotations

import math

from .incident import BACKGROUND_BEFORE, BACKGROUND_REACH, INCIDENT_WORDS, LOCATIVE, LOCATIVE_REACH, NEAR_KM, km
from .model import Place, Sentence
from .vocabulary import BROAD_PLACE_TYPES

EXTRA_FEATURES = ("lede_count", "report", "locative_body", "dateline_alone", "county", "contains", "contained",
                  "country_alone", "near_others")
_COARSE = BROAD_PLACE_TYPES | {"admin1"}


def _reports(text: str, sentences: tuple[Sentence, ...], index: int, cache: dict[int, bool]) -> bool:
    if index not in cache:
        s = sentences[index]
        cache[index] = INCIDENT_WORDS.search(text, s.start, s.end) is not None
    return cache[index]


def _locative_in_body(text: str, sentences: tuple[Sentence, ...], p: Place, lede: int, cache: dict[int, bool]) -> bool:
    for m in p.mentions:
        if m.sentence < lede or not _reports(text, sentences, m.sentence, cache):
            continue
        s = sentences[m.sentence]
        if BACKGROUND_BEFORE.search(text, max(s.start, m.start - BACKGROUND_REACH), m.start):
            continue
        if LOCATIVE.search(text[max(s.start, m.start - LOCATIVE_REACH):m.start]):
            return True
    return False


def extra_features(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                   dateline: tuple[int, int] | None) -> dict[str, dict[str, float]]:
    """:data:`EXTRA_FEATURES` of each place (by source key)."""
    lede = max(5, len(sentences) // 3)
    cache: dict[int, bool] = {}
    counties = {(p.entry.country, p.entry.admin1, p.entry.name) for p in places if p.entry.place_type == "admin2"}
    states = {(p.entry.country, p.entry.name) for p in places if p.entry.place_type == "admin1"}
    inside = {(p.entry.country, p.entry.admin1, p.entry.admin2_name) for p in places if p.entry.place_type != "admin2"}
    countries = [p.entry.country for p in places if p.entry.country]
    fine = [p for p in places if p.entry.place_type not in _COARSE]
    out = {}
    for p in places:
        e = p.entry
        in_dateline = [bool(dateline) and m.start < dateline[1] and dateline[0] < m.end for m in p.mentions]
        in_lede = [m for m, d in zip(p.mentions, in_dateline) if m.sentence < lede and not d]
        others = [q for q in fine if q.entry.source != e.source]
        out[e.source] = {
            "lede_count": math.log(1 + len(in_lede)) / math.log(2) - 1 if in_lede else -1.0,
            "report": float(any(_reports(text, sentences, m.sentence, cache) for m in in_lede)),
            "locative_body": float(_locative_in_body(text, sentences, p, lede, cache)),
            "dateline_alone": float(any(in_dateline) and not in_lede),
            "county": float(e.place_type == "admin2"),
            "contains": float(e.place_type == "admin2" and (e.country, e.admin1, e.name) in inside),
            "contained": float((e.country, e.admin1, e.admin2_name) in counties and e.place_type != "admin2"
                               or (e.country, e.admin1_name) in states and e.place_type != "admin1"),
            "country_alone": float(bool(e.country) and len(set(countries)) > 1 and countries.count(e.country) == 1),
            "near_others": sum(km(e, q.entry) <= NEAR_KM for q in others) / len(others) if others else 0.0,
        }
    return out
