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

from .geometry import great_circle_km
from .model import Place
from .vocabulary import BROAD_PLACE_TYPES

EXTRA_FEATURES = ("lede_count", "report", "locative_body", "dateline_alone", "county", "contains", "contained",
                  "country_alone", "near_others")
_COARSE = BROAD_PLACE_TYPES | {"admin1"}


def extra_features(places: tuple[Place, ...], per_mention: dict[str, list[dict[str, float]]], lede: int,
                   dateline: tuple[int, int] | None, near_km: float) -> dict[str, dict[str, float]]:
    """:data:`EXTRA_FEATURES` of each place (by source key). ``per_mention``: each place's
    :func:`geomap.incident.mention_features` (``reports``: its sentence reports the incident;
    ``said_where``: after a locative preposition there, not in a background clause)."""
    counties = {(p.entry.country, p.entry.admin1, p.entry.name) for p in places if p.entry.place_type == "admin2"}
    states = {(p.entry.country, p.entry.name) for p in places if p.entry.place_type == "admin1"}
    inside = {(p.entry.country, p.entry.admin1, p.entry.admin2_name) for p in places if p.entry.place_type != "admin2"}
    countries = [p.entry.country for p in places if p.entry.country]
    fine = [p for p in places if p.entry.place_type not in _COARSE]
    out = {}
    for p in places:
        e, feats = p.entry, per_mention[p.entry.source]
        in_dateline = [bool(dateline) and m.start < dateline[1] and dateline[0] < m.end for m in p.mentions]
        in_lede = [x for m, x, d in zip(p.mentions, feats, in_dateline) if m.sentence < lede and not d]
        others = [q.entry for q in fine if q.entry.source != e.source]
        out[e.source] = {
            "lede_count": math.log(1 + len(in_lede)) / math.log(2) - 1 if in_lede else -1.0,
            "report": float(any(x["reports"] for x in in_lede)),
            "locative_body": float(any(x["said_where"] for m, x in zip(p.mentions, feats) if m.sentence >= lede)),
            "dateline_alone": float(any(in_dateline) and not in_lede),
            "county": float(e.place_type == "admin2"),
            "contains": float(e.place_type == "admin2" and (e.country, e.admin1, e.name) in inside),
            "contained": float((e.country, e.admin1, e.admin2_name) in counties and e.place_type != "admin2"
                               or (e.country, e.admin1_name) in states and e.place_type != "admin1"),
            "country_alone": float(bool(e.country) and len(set(countries)) > 1 and countries.count(e.country) == 1),
            "near_others": (sum(great_circle_km(e.lat, e.lon, q.lat, q.lon) <= near_km for q in others) / len(others)
                            if others else 0.0),
        }
    return out
