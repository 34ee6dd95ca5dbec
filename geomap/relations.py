"""Relative statements ("700 meters from X", "a kilometer away", "north of X") -> relations.

Each statement becomes a :class:`~geomap.model.Relation` with the distance in
metres and the range the wording allows (``inner_m``..``outer_m``). A
statement with no anchor of its own ("the second was a kilometer away")
takes the anchor of the statement it continues.

This module is where the rest of geomap imports relation finding from. The
work is done in three places: the wordings and their numbers, units and
bearings in :mod:`geomap.relation_patterns`, the steps that tie them to
places in :mod:`geomap.relation_steps`, and the event timings ("15 minutes
after the first") in :mod:`geomap.relation_times`.
"""
from __future__ import annotations

from .model import Mention, Place, Relation, Sentence, Warning_
from .relation_patterns import (DISTANCE_RE, MAX_DISTANCE_M, MIN_DISTANCE_M, UNITS_M, VAGUE_RE,  # noqa: F401
                                distance_range, parse_bearing, parse_number, unit_metres)
from .relation_steps import ArticleIndex, TakenSpans, distance_statements, vague_statements
from .relation_times import attach_times, time_offset_s, time_phrases  # noqa: F401

__all__ = ["DISTANCE_RE", "MAX_DISTANCE_M", "MIN_DISTANCE_M", "UNITS_M", "VAGUE_RE", "distance_range",
           "find_relations", "parse_bearing", "parse_number", "time_offset_s", "time_phrases", "unit_metres"]


def find_relations(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                   places: tuple[Place, ...]) -> tuple[tuple[Relation, ...], tuple[Warning_, ...]]:
    """Relative statements in ``text`` tied to their anchor places.

    Distances first ("700 meters from X", "30 km north-west of X", "a
    kilometer away"), then direction-only and vague wordings ("north of X",
    "near X", "on the outskirts of X", "in the east of X", "between X and
    Y") that do not overlap a distance statement; then each gets the time
    its clause states ("some 15 minutes after the first").
    """
    index = ArticleIndex.build(text, sentences, mentions, places)
    distances, warnings, refused = distance_statements(index)
    taken = TakenSpans([(r.start, r.end) for r in distances] + refused)
    vague, vague_warnings = vague_statements(index, taken)
    relations = sorted(distances + vague, key=lambda r: r.start)
    return attach_times(text, tuple(relations)), tuple(warnings + vague_warnings)
