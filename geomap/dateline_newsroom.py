"""The dateline model: where the report was filed, and when that is also where it happened.

A dateline ("NAIROBI, Kenya (AP) —", "KABUL —", "DIYARBAKIR, Sept 12 (Reuters) -") names the
newsroom that filed the report. Its town is the incident only when the lede (a third of the
sentences, at least 5, counted from the dateline's sentence: :func:`geomap.datelines.lede_length`)
places the event there, or names nothing finer. :func:`newsroom` is the one decision;
:mod:`geomap.roles` keeps its answer out of every rule that picks an incident place.

The dateline's fine places are the newsroom when the lede places the event *elsewhere* and not *there*:

- *there*: the lede names the dateline's place again, outside the dateline, after "in", "at", "near",
  "outside" ... in a sentence reporting the incident (:func:`places_event`: not after "of", unless "of"
  names it, "in the district of Bulambuli"). A re-mention that
  does not place the event ("the Diyarbakir governor's office said", "the Kulp district of Diyarbakir
  province") counts as *there* only against weak evidence of *elsewhere*, unless it is a speaking
  official's seat (:func:`geomap.attribution.speaker_seat`).
- *elsewhere*, strong: a reporting lede sentence places the event, after those words, in another place
  that is finer than a country and is not the state or county holding the dateline's town, or in any
  place of another country ("NAIROBI, Kenya ... in eastern Uganda"), or in a district, county, village
  or region the gazetteer lacks ("in Haska Mena district": :func:`unknown_localities`).
- *elsewhere*, weak (enough only when the lede never names the dateline's place again): another fine
  place in the headline before the dateline, or after "in", "at", "on", "of" ... in the lede
  ("WASHINGTON ... by a New York court", "CHARLESTON ... A house fire in Kanawha County"), or a province
  not holding the dateline's town after those words in a reporting sentence ("LAGOS ... in Zamfara state").

A mixed-case town and a colon opening the story ("Kathmandu: At least five Indians ...",
:func:`geomap.datelines.colon_dateline_span`) is read the same way, but is the newsroom only on strong evidence of
elsewhere: papers write a kicker naming the district the event is in the same way ("Kendrapara: A man was killed").

Past the newsroom (:func:`geomap.roles`, rule 4), the province or county the lede places the event in
(:func:`placed_areas`) is the incident when the dateline's town would have been the pick and the area
scores at least as well ("NAIROBI ... in Lamu county", over a town of a background sentence), or when
only areas are left; when the lede places it in no such area, the state or country it places it in,
else the dateline city's, is (:func:`home_areas`): an honest area rather than a newsroom hundreds of
km away. When nothing else is named, the dateline's town stays.
"""
from __future__ import annotations

import re

from dataclasses import replace

from .attribution import speaker_seat
from .datelines import colon_dateline_span, dateline_span, lede_length
from .geometry import great_circle_km, initial_bearing_deg
from .incident import BACKGROUND_BEFORE, BACKGROUND_REACH, INCIDENT_WORDS, LOCATIVE as LOOSE_LOCATIVE
from .model import Doc, Mention, Place, Sentence, Warning_
from .relation_patterns import parse_bearing
from .vocabulary import BROAD_PLACE_TYPES
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

STRICT_LOCATIVE = lazy_compile(r"\b(?:in|at|near|outside|inside|into|across|off|over)\s+(?:the\s+|a\s+)?"
                               r"(?:(?!of\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)  # "in the Kulp district of X": X is no locative
# ... but "in the mountainous district of Bulambuli", "in the city of Nawabshah": X is the district, the city
# (or "over Egypt's ancient city of Luxor": a balloon, a plane or a strike over the place)
NAMED_AS = re.compile(r"\b(?:in|at|near|outside|inside|over)\s+(?:the|[A-Z][\w-]*['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,2}"
                      r"(?:district|county|province|region|state|city|town|village|township|commune|municipality)"
                      r"\s+of\s+$", re.IGNORECASE)
LOCALITY_WORDS = (r"(?i:district|county|village|town|township|commune|municipality|prefecture|sub-district|hamlet"
                  r"|region|province)")
# "Shaodong County", "Kagalle district"; "the town of Aranayake", "the village of Xyz", "the city of Shebin El-Kom"
UNKNOWN_LOCALITY = lazy_compile(
    r"\b(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+" + LOCALITY_WORDS + r"\b"
    r"|\b(?:" + LOCALITY_WORDS + r"|(?i:city))\s+of\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "each", "every", "one", "same", "local", "rural",
                        "remote", "neighbouring", "neighboring", "nearby", "his", "her", "their", "its", "our"})
AREA_TYPES = frozenset({"admin1", "admin2"})
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


def _lede(sentences: tuple[Sentence, ...], span: tuple[int, int] | None = None) -> int:
    return lede_length(sentences, span)  # as geomap.incident.place_features


def _reports(text: str, s: Sentence) -> bool:
    return INCIDENT_WORDS.search(text, s.start, s.end) is not None


def places_event(text: str, sentences: tuple[Sentence, ...], m: Mention) -> bool:
    """True when ``m`` is named after "in", "at", "near" ... in a sentence reporting the incident; not after
    "of" ("the Kulp district of Diyarbakir province"), unless "of" names it ("in the district of Bulambuli")."""
    s = sentences[m.sentence]
    if not _reports(text, s):
        return False
    if BACKGROUND_BEFORE.search(text, max(s.start, m.start - BACKGROUND_REACH), m.start):
        return False  # "Earlier Monday, another fire broke out ... in Baghdad": another event
    before = text[max(s.start, m.start - LOCATIVE_REACH):m.start]
    return STRICT_LOCATIVE.search(before) is not None or " of " in before[-4:] and NAMED_AS.search(before) is not None


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


def _in(span: tuple[int, int], m: Mention) -> bool:
    return m.start < span[1] and span[0] < m.end


# "in southern Bangladesh", "in the south of Iraq", "in north-western Pakistan": a part of a country
PART_OF = re.compile(r"\b(?:in|across)\s+(?:the\s+)?(?:far\s+)?(?P<dir>north|south|east|west|north-?east|north-?west|"
                     r"south-?east|south-?west)(?:ern)?\s+(?:part\s+of\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE)
PART_REACH = 40
IN_PART = 0.3  # a town is in a country's named part when it lies this share of the country's radius that way


def in_part(country: Place, town: Place, direction: str) -> bool:
    """True when ``town`` lies in the ``direction`` part of ``country`` (Kabul in eastern Afghanistan;
    Dhaka, near Bangladesh's middle, not in southern Bangladesh).

    >>> from types import SimpleNamespace as NS
    >>> bd = NS(entry=NS(lat=24.0, lon=90.0, uncertainty_m=214100.0))
    >>> in_part(bd, NS(entry=NS(lat=23.71, lon=90.41)), "south"), in_part(bd, NS(entry=NS(lat=22.5, lon=89.6)), "south")
    (False, True)
    """
    c, t = country.entry, town.entry
    if great_circle_km(c.lat, c.lon, t.lat, t.lon) * 1000.0 < IN_PART * c.uncertainty_m:
        return False
    turn = abs(initial_bearing_deg(c.lat, c.lon, t.lat, t.lon) - parse_bearing(direction)[0]) % 360.0
    return min(turn, 360.0 - turn) <= 67.5


def outside_part(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...], towns: list[Place],
                 lede: int) -> bool:
    """True when a reporting lede sentence places the event in a part of the dateline's country that the
    dateline's town is not in ("DHAKA: ... collapsed in southern Bangladesh", "BAGHDAD (AA) - ... at a
    hospital in southern Iraq"): strong evidence that the dateline is the newsroom."""
    home = {t.entry.country for t in towns}
    for p in places:
        if p.entry.place_type != "country" or p.entry.country not in home:
            continue
        for m in p.mentions:
            if m.sentence >= lede or not _reports(text, sentences[m.sentence]):
                continue
            part = PART_OF.search(text, max(0, m.start - PART_REACH), m.start)
            if part and not any(in_part(p, t, part.group("dir")) for t in towns if t.entry.country == p.entry.country):
                return True
    return False


def _elsewhere_strong(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...], span: tuple[int, int],
                      towns: list[Place], lede: int) -> bool:
    """A reporting lede sentence places the event in another town, site, county or province that does not
    hold the dateline's town, or in a district or village the gazetteer lacks (see the module's doc)."""
    filed = {t.entry.source for t in towns}
    home = {t.entry.country for t in towns}
    for p in places:
        foreign = p.entry.country is not None and p.entry.country not in home  # "NAIROBI ... in eastern Uganda"
        if p.entry.source in filed or any(holds(p, t) for t in towns) or (
                p.entry.place_type in BROAD_PLACE_TYPES and not foreign):
            continue
        if any(m.sentence < lede and not _in(span, m) and places_event(text, sentences, m) for m in p.mentions):
            return True
    return bool(unknown_spans(text, sentences, places, lede)) or outside_part(text, sentences, places, towns, lede)


def _elsewhere_weak(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...], span: tuple[int, int],
                    towns: list[Place], lede: int) -> bool:
    """Another fine place or county in the headline before the dateline or after "in", "at", "on", "of" ...
    in the lede ("CHARLESTON ... A house fire in Kanawha County": the county, not the newsroom), or a province
    not holding the dateline's town after those words in a reporting sentence."""
    filed = {t.entry.source for t in towns}
    for p in places:
        kind = p.entry.place_type
        if p.entry.source in filed or kind in BROAD_PLACE_TYPES or kind == "admin1" and any(holds(p, t) for t in towns):
            continue
        for m in p.mentions:
            if m.sentence >= lede or _in(span, m):
                continue
            said = LOOSE_LOCATIVE.search(text, max(0, m.start - LOCATIVE_REACH), m.start) is not None
            if kind == "admin1" and said and _reports(text, sentences[m.sentence]):
                return True
            if kind != "admin1" and (said or m.sentence == 0 and m.end <= span[0]):
                return True
    return False


def newsroom(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...]) -> frozenset[str]:
    """Source keys of the dateline's fine places when they are the newsroom that filed the report, not
    where it happened (the rule is the module's doc); empty otherwise."""
    span = dateline_span(text)
    colon = span is None and (span := colon_dateline_span(text)) is not None
    if not span:
        return frozenset()
    towns = [p for p in places if p.entry.place_type not in BROAD_PLACE_TYPES
             and any(_in(span, m) for m in p.mentions)]
    if not towns:
        return frozenset()
    lede = _lede(sentences, span)
    again = [m for t in towns for m in t.mentions if m.sentence < lede and not _in(span, m)]
    if any(places_event(text, sentences, m) for m in again):
        return frozenset()  # the lede places the event there
    filed = frozenset(t.entry.source for t in towns)
    if _elsewhere_strong(text, sentences, places, span, towns, lede):
        return filed
    if colon:
        return frozenset()  # "Kendrapara: A man was killed ...": weak evidence does not outweigh a kicker's reading
    if any(not speaker_seat(text, m) for m in again):
        return frozenset()  # named again: weak evidence of elsewhere is not enough
    return filed if _elsewhere_weak(text, sentences, places, span, towns, lede) else frozenset()


def _placed(text: str, sentences: tuple[Sentence, ...], p: Place, lede: int) -> bool:
    return any(m.sentence < lede and places_event(text, sentences, m) for m in p.mentions)


def placed_in_lede(text: str, sentences: tuple[Sentence, ...], place: Place) -> bool:
    """Whether the lede places the event at ``place``, after "in", "at" ... in a reporting sentence."""
    return _placed(text, sentences, place, _lede(sentences, dateline_span(text)))


def placed_areas(text: str, sentences: tuple[Sentence, ...], named: list[Place], filed: frozenset[str]) -> list[Place]:
    """The provinces and counties among ``named`` that the lede places the event in, after "in", "at" ...
    in a reporting sentence ("NAIROBI ... ambushed by gunmen in Lamu county")."""
    lede = _lede(sentences, dateline_span(text))
    return [p for p in named if p.entry.source not in filed and p.entry.place_type in AREA_TYPES
            and _placed(text, sentences, p, lede)]


def home_areas(text: str, sentences: tuple[Sentence, ...], named: list[Place], filed: frozenset[str]) -> list[Place]:
    """The states, else the country, among ``named`` of the country the lede places the event in ("NAIROBI,
    Kenya ... in eastern Uganda": Uganda), else of the dateline's city: where the event is when the lede's
    district or village is unknown to the gazetteer ("BEIRUT: ... found dead in the town of Maameltein":
    Lebanon, not the Iraq of "an Iraqi national")."""
    lede = _lede(sentences, dateline_span(text))
    countries = ({p.entry.country for p in named if p.entry.source not in filed and _placed(text, sentences, p, lede)}
                 or {p.entry.country for p in named if p.entry.source in filed}) - {None}
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
    spans = unknown_spans(doc.text, doc.sentences, doc.places, _lede(doc.sentences, dateline_span(doc.text)))
    if not spans:
        return doc
    start, end = spans[0]
    shown = ", ".join(p.entry.name for p in doc.places if p.role == "incident") or "no place"
    return replace(doc, warnings=doc.warnings + (Warning_(
        "incident_place_not_found", f"the text says it happened in {doc.text[start:end]!r}, which the gazetteer "
        f"does not know: the map marks {shown} instead (a coarser area), check the map",
        doc.text[start:end], start, end),))
