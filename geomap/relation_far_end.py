"""The event as a distance's far end: "Sfax, located 50 km from the epicentre" is measured from Sfax.

A statement ending "... of/from the epicentre" (or "the crash site", "the accident site", "the site of the blast")
says where a named place lies as seen from the event, so the event lies at that distance from the place, in the
opposite direction (the caller turns a stated bearing round). The place is the one the statement stands in
apposition to or is said of, as reports word it:

- "Sfax, located 50 km from the epicentre", "Manisa was 20 km north of the epicentre";
- the place with its country or province between it and the verb: "The town of Jarm, Afghanistan is 35 km South
  West of epicenter", "Fayzabad, Afghanistan which is just 60 km North of epicenter" (the country qualifies the
  town, which is the far end; the country's centre is no point a distance is measured from);
- the place with its kind after the name: "the town center of Kadingilan town, 12 km south of the epicenter".

A country or a state as the far end ("Sri Lanka, more than 1,000 miles west of the epicentre of the earthquake,
declared a national disaster", "a surge in sea levels was reported in Hawaii, almost 4,000 miles from the quake's
epicentre") is a region the event struck or was felt in, placed from the event, and its centre is no point the
event is measured from: the statement is still read, as context (:func:`regional_far_end`).

Seismological summaries drop the article ("60 km North of epicenter"): bare "epicenter" names the event as well.
"""
from __future__ import annotations

import bisect
import re

from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use
from .model import Sentence
from .relation_aftermath import THE_EVENT
from .relation_context import located_mention

# Between the place (with its kind, its country) and the statement: "X is ", "X, located ", "X town, ",
# "X, which is ", "X lies "
_SUBJECT_GAP = lazy_compile(r"(?:\s+(?:town|city|village|municipality))?(?:\s*,)?\s*(?:(?:which|that)\s+)?"
                            r"(?:(?:is|was|lies|lay|sits)(?:\s+(?:located|situated))?\s+|(?:located|situated)\s+)?",
                            re.IGNORECASE)
# Only a verb or a comma ties a place to the statement ("Sfax 50 km from the epicentre" in a list is no tie)
_TIED = lazy_compile(r".*(?:,|\b(?:is|was|lies|lay|sits|located|situated))\s*$", re.IGNORECASE | re.DOTALL)
_QUALIFIER_TYPES = ("country", "admin1", "admin2")
_REGION_TYPES = ("country", "admin1")
REGION_REASON = "a country or state placed from the event (where it struck or was felt), not the event's place"


def _qualified(index, i: int) -> int:
    """The mention a country or province at ``i`` qualifies ("Jarm, Afghanistan": Jarm's), else ``i``."""
    place = index.place_of.get((index.mentions[i].start, index.mentions[i].end))
    if i == 0 or place is None or place.entry.place_type not in _QUALIFIER_TYPES:
        return i
    before = index.mentions[i - 1]
    other = index.place_of.get((before.start, before.end))
    if other is None or other is place or not re.fullmatch(r"\s*,\s*", index.text[before.end:index.mentions[i].start]):
        return i
    return i - 1


def _subject(index, sentence: Sentence, start: int):
    """The mention the statement at ``start`` is said of ("X is", "X, which is", "X town,"), or ``None``."""
    i = bisect.bisect_left(index.starts, start) - 1
    if i < 0 or index.mentions[i].start < sentence.start:
        return None
    gap = index.text[index.mentions[i].end:start]
    if not _SUBJECT_GAP.fullmatch(gap) or not _TIED.match(gap):
        return None
    return index.mentions[_qualified(index, i)]


def seen_from_the_event(index, m: re.Match, sentence: Sentence) -> tuple[str, str, bool, None] | None:
    """The anchor of "X, located 50 km from the epicentre": the place X before the statement, from which the
    event lies at that distance (the caller turns a stated bearing round). ``None`` for any other wording."""
    if (m.group("prep") or "").lower() not in ("from", "of") or not THE_EVENT.match(index.text, m.end()):
        return None
    mention = located_mention(index.text, sentence, m.start(), index.mentions)
    if mention is not None:
        i = bisect.bisect_left(index.starts, mention.start)
        mention = index.mentions[_qualified(index, i)] if i < len(index.mentions) else mention
    else:  # "Manisa was 20 km north of the epicentre", "Jarm, Afghanistan is 35 km South West of epicenter"
        mention = _subject(index, sentence, m.start())
    place = index.place_of.get((mention.start, mention.end)) if mention is not None else None
    return (place.entry.source, mention.text, False, None) if place is not None else None


def regional_far_end(index, anchor: tuple[str, str, bool, None] | None) -> bool:
    """Whether the far end :func:`seen_from_the_event` found is a country or a state (admin1), not a town."""
    if anchor is None:
        return False
    return any(place.entry.source == anchor[0] and place.entry.place_type in _REGION_TYPES
               for place in index.place_of.values())
