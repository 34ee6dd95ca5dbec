"""A dateline town is not the incident when the lede puts it in a county or province elsewhere.

"NAIROBI, Kenya -- Kenya police say three people were killed when a passenger
bus was ambushed by gunmen ... in Lamu county": the only town named is the
dateline's, where the report was filed; the article says where it happened
only at county level. Counties and provinces are passed over when a town is
named (rule 4 of :mod:`geomap.roles`), so without this rule the newsroom's
city would be the map's incident place, 400 km from the ambush. The area is
the incident instead when (1) the picked town is named only in the dateline,
(2) the area is named after "in", "at", "near" ... in a sentence that reports
the incident, and does not hold the dateline town (Kanawha County for
"CHARLESTON, W.Va. --" is no rival), and (3) it scores at least as well.
"""
from __future__ import annotations

from .datelines import dateline_span
from .incident import mention_features
from .model import Place, Sentence

AREA_TYPES = frozenset({"admin1", "admin2"})


def _holds(area: Place, town: Place) -> bool:
    """True when ``area`` is the province (or the county) that ``town`` is in, as the gazetteer says."""
    a, t = area.entry, town.entry
    if a.country != t.country:
        return False
    if a.place_type == "admin1":
        return a.admin1 is not None and a.admin1 == t.admin1
    return a.name in (t.admin2_name, t.admin1_name)


def located_area_over_dateline(text: str, sentences: tuple[Sentence, ...], named: list[Place],
                               picked: set[str], scores: dict[str, float]) -> set[str]:
    """``picked``, or the located area that should replace a dateline-only town (see the module's doc)."""
    span = dateline_span(text)
    if span is None or len(picked) != 1:
        return picked
    town = next((p for p in named if p.entry.source in picked), None)
    if town is None or not all(span[0] <= m.start and m.end <= span[1] for m in town.mentions):
        return picked
    lede = max(5, len(sentences) // 3)
    reports: dict[int, bool] = {}
    areas = [p for p in named if p.entry.place_type in AREA_TYPES and not _holds(p, town)
             and scores[p.entry.source] >= scores[town.entry.source]
             and any(mention_features(text, sentences, m, lede, reports)["locative"] for m in p.mentions)]
    if not areas:
        return picked
    best = max(areas, key=lambda p: (scores[p.entry.source], -p.mentions[0].start))
    return {best.entry.source}
