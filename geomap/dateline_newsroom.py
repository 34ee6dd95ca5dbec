"""The dateline's city is the newsroom unless the lede puts the event there.

"DIYARBAKIR, Sept 12 (Reuters) - Four people were killed ... the Diyarbakir
governor's office said ... The blast occurred in the Kulp district of
Diyarbakir province": the dateline city is named again, but only as the
seat of an office and as the province a district is "of"; the event is in
Kulp. :func:`geomap.incident.newsroom_only` passes over a dateline city only
when the lede never names it again; this rule also passes over it when the
lede names it again without placing the event there, while it does place
the event elsewhere:

- the dateline city *places* the event when a lede sentence that reports
  an incident names it after "in", "at", "near", "outside" ... (not "of":
  "the Kulp district of Diyarbakir province" names a container);
- the lede places it *elsewhere* when such a sentence names another place
  (a town, a county, a province: not a country) after one of those words,
  or names a place the gazetteer does not know ("in Shaodong County", "near
  the town of Aranayake": :func:`unknown_localities`).

When the event's place is unknown to the gazetteer, the roles fall back to
the coarsest known place the text gives (the province, the country): an
honest area rather than the newsroom's city hundreds of km away.
"""
from __future__ import annotations

import re

from dataclasses import replace

from .datelines import dateline_span
from .incident import INCIDENT_WORDS
from .model import Doc, Mention, Place, Sentence, Warning_
from .vocabulary import BROAD_PLACE_TYPES
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

STRICT_LOCATIVE = lazy_compile(r"\b(?:in|at|near|outside|inside|into|across|off)\s+(?:the\s+|a\s+)?"
                               r"(?:(?!of\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)  # "in the Kulp district of X": X is no locative
LOCALITY_WORDS = r"(?i:district|county|village|town|township|commune|municipality|prefecture|sub-district|hamlet)"
# "Shaodong County", "Kagalle district"; "the town of Aranayake", "the village of Xyz"
UNKNOWN_LOCALITY = lazy_compile(
    r"\b(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+" + LOCALITY_WORDS + r"\b"
    r"|\b" + LOCALITY_WORDS + r"\s+of\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "each", "every", "one", "same", "local", "rural",
                        "remote", "neighbouring", "neighboring", "nearby", "his", "her", "their", "its", "our"})
LOCATIVE_REACH = 64
REPORT_REACH = 120


def holds(area: Place, town: Place) -> bool:
    """True when ``area`` is the state, province or county that ``town`` is in ("in Massachusetts" for a
    "BOSTON (Reuters) -" dateline): naming it does not put the event elsewhere."""
    a, t = area.entry, town.entry
    if a.place_type not in ("admin1", "admin2") or a.country != t.country:
        return False
    return (a.admin1 is not None and a.admin1 == t.admin1 if a.place_type == "admin1"
            else a.name in (t.admin2_name, t.admin1_name))


def _lede(sentences: tuple[Sentence, ...]) -> int:
    return max(5, len(sentences) // 3)  # as geomap.incident.place_features


def _reports(text: str, s: Sentence) -> bool:
    return INCIDENT_WORDS.search(text, s.start, s.end) is not None


def places_event(text: str, sentences: tuple[Sentence, ...], m: Mention) -> bool:
    """True when ``m`` is named after "in", "at", "near" ... (not "of") in a sentence reporting the incident."""
    s = sentences[m.sentence]
    return (_reports(text, s)
            and STRICT_LOCATIVE.search(text[max(s.start, m.start - LOCATIVE_REACH):m.start]) is not None)


def unknown_localities(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                       lede: int) -> list[str]:
    """Names of districts, counties, villages and towns that the lede's incident sentences give after
    "in", "at", "near" ... but no place was found for ("in Shaodong County", "near the town of Aranayake")."""
    return [text[a:b] for a, b in unknown_spans(text, sentences, places, lede)]


def unknown_spans(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                  lede: int) -> list[tuple[int, int]]:
    """(start, end) of each of :func:`unknown_localities`' names."""
    spans = [(m.start, m.end) for p in places for m in p.mentions]
    found = []
    for s in sentences[:lede]:
        # the incident word may be in the sentence or just before it when an abbreviation ("Co., Ltd.
        # in Shaodong County") split it
        start = max(0, text.rfind("\n", 0, s.start) + 1, s.start - REPORT_REACH)
        if INCIDENT_WORDS.search(text, start, s.end) is None:
            continue
        for hit in UNKNOWN_LOCALITY.finditer(text, s.start, s.end):
            group = "a" if hit.group("a") else "b"
            name, start, end = hit.group(group), hit.start(group), hit.end(group)
            words = name.split()
            if not name[0].isupper() or words[0].lower() in NOT_A_NAME:
                continue
            if not STRICT_LOCATIVE.search(text, max(s.start, hit.start() - LOCATIVE_REACH), hit.start()):
                continue  # "stolen from Decatur McLean County": not said to be where it happened
            if not any(a < end and start < b for a, b in spans):
                found.append((start, end))
    return found


def dateline_newsroom(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...]) -> set[str]:
    """Source keys of the dateline's fine places when they are the newsroom (see the module doc)."""
    span = dateline_span(text)
    if not span:
        return set()

    def in_dateline(m: Mention) -> bool:
        return m.start < span[1] and span[0] < m.end

    lede = _lede(sentences)
    filed = {p.entry.source for p in places if p.entry.place_type not in BROAD_PLACE_TYPES
             and any(in_dateline(m) for m in p.mentions)}
    if not filed:
        return set()
    if any(m.sentence < lede and not in_dateline(m) and places_event(text, sentences, m)
           for p in places if p.entry.source in filed for m in p.mentions):
        return set()
    towns = [p for p in places if p.entry.source in filed]
    elsewhere = any(m.sentence < lede and not in_dateline(m) and places_event(text, sentences, m)
                    for p in places if p.entry.source not in filed and p.entry.place_type not in BROAD_PLACE_TYPES
                    and not any(holds(p, town) for town in towns)
                    for m in p.mentions)
    if elsewhere or unknown_localities(text, sentences, places, lede):
        return filed
    return set()


def home_areas(named: list[Place], filed: set[str]) -> list[Place]:
    """The states and the country of the dateline's city among ``named`` (the finest kind first): where the
    event is when the lede's district or village is unknown to the gazetteer ("BEIRUT: ... found dead in
    the town of Maameltein": Lebanon, not the Iraq of "an Iraqi national")."""
    countries = {p.entry.country for p in named if p.entry.source in filed}
    areas = [p for p in named if p.entry.source not in filed and p.entry.country in countries
             and p.entry.place_type in ("admin1", "country")]
    states = [p for p in areas if p.entry.place_type == "admin1"]
    return states or areas


def warn_unknown_locality(doc: Doc) -> Doc:
    """Pipeline stage: when no fine place is marked incident while the lede says the event was in a district,
    county or village that the gazetteer lacks ("in Shaodong County"), a warning names it: the map shows a
    coarser place (the province, the country), not the exact one."""
    if any(p.role == "incident" and p.entry.place_type not in BROAD_PLACE_TYPES | {"admin1"} for p in doc.places):
        return doc
    spans = unknown_spans(doc.text, doc.sentences, doc.places, _lede(doc.sentences))
    if not spans:
        return doc
    start, end = spans[0]
    shown = ", ".join(p.entry.name for p in doc.places if p.role == "incident") or "no place"
    return replace(doc, warnings=doc.warnings + (Warning_(
        "incident_place_not_found", f"the text says it happened in {doc.text[start:end]!r}, which the gazetteer "
        f"does not know: the map marks {shown} instead (a coarser area), check the map",
        doc.text[start:end], start, end),))
