"""The anchor of "40 miles east of Fort Pierce Inlet": the coastal town an inlet, harbour or sound is named after.

Coast Guard and wire reports measure sea rescues from inlets, harbours and
sounds ("45 miles (72 km) east of Fort Pierce Inlet", "five miles northeast of
Scituate Harbor", "36 miles east of Port Royal Sound"). Neither GeoNames'
populated places nor Natural Earth's features have most of them, and the
mention stage rightly leaves "Fort Pierce" out of "Fort Pierce Inlet" (a longer
name is another place). Such water is named after the town on its shore, so
where a distance statement's anchor is written "<Town> Inlet/Harbor/Sound", the
whole is no known name and the town is, the town becomes the anchor's mention,
and a warning says what the distance is measured from.

Guards, since a name alone does not prove the town lies at the water:

- only populated places (no county or state of the name);
- the town lies within :data:`COAST_KM` of its country's coast in the shipped
  outlines ("Pearl Harbor" is not measured from Pearl, Mississippi, 240 km
  inland), which are coarse: Hatteras and Port Royal lie 25-27 km from it;
- the statement's sentence, when it names places, names one that can lie in the
  town's country.

Islands are left out: "Santa Cruz Island" is not Santa Cruz's, nor "Long Island"
Long's, although both towns lie on a coast.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from .geometry import great_circle_km
from .model import Doc, Mention, Warning_
from .names import normalize
from .organisation_names import begins_organisation
from .relation_patterns import statement_ends
from .text import sentence_at
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

COAST_KM = 40.0
_PREPS = ("of", "from", "off", "off of", "offshore of", "offshore from", "out from")
# After the preposition: "the", "the coast of", "the mouth of", then the name and the water's word
_WATER = lazy_compile(r"\s+(?:the\s+)?(?:(?:coast|shore|waters|mouth|entrance)\s+of\s+(?:the\s+)?)?"
                      r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s+(?P<kind>Inlet|Harbou?r|Sound|inlet"
                      r"|harbou?r|sound)(?![\w-])")
_AREAS = ("country", "continent", "admin1", "admin2", "region", "sea", "ocean")


_WATER_WORD = re.compile(r"(?:Inlet|Harbou?r|Sound)(?![\w-])", re.IGNORECASE)  # the cheap test before the scan


def _spots(doc: Doc) -> list[re.Match]:
    """``_WATER`` matches right after a distance statement's preposition whose name no mention covers."""
    out = []
    ends = statement_ends(doc.text, _PREPS)  # the article's one cached distance scan: most have no statement
    if not ends or not _WATER_WORD.search(doc.text):
        return out
    for end in ends:
        water = _WATER.match(doc.text, end)
        if water and not any(x.start < water.end("kind") and water.start("name") < x.end for x in doc.mentions):
            out.append(water)
    return out


def coast_km(entry) -> float:
    """Kilometres from ``entry`` to the nearest point of its country's outline that is coast, not a land
    border (the shipped outlines); infinite when the nearest point is a border or there is no outline."""
    from .line_bands import TOUCH_DEG
    from .outline_distance import nearest_boundary_point, touches_another  # plain Python: no shapely import

    near = nearest_boundary_point(entry.country, entry.lon, entry.lat) if entry.country else None
    if near is None:
        return math.inf
    if touches_another(entry.country, *near, TOUCH_DEG):
        return math.inf
    return great_circle_km(entry.lat, entry.lon, near[1], near[0])


def _sentence_countries(doc: Doc, sentence: int) -> set[str] | None:
    """Countries the places named in ``sentence`` may lie in; ``None`` when it names none."""
    named = [cands for m, cands in zip(doc.mentions, doc.candidates) if m.sentence == sentence and cands]
    return {e.country for cands in named for e in cands} if named else None


def shore_towns(doc: Doc, water: re.Match, gazetteer) -> tuple:
    """The coastal towns ``water``'s name may stand for, in the countries its sentence allows."""
    key = normalize(water.group("name"))
    if gazetteer.has(normalize(water.group(0).strip())) or not gazetteer.has(key):
        return ()
    countries = _sentence_countries(doc, sentence_at(doc.sentences, water.start("name")).index)
    return tuple(e for e in gazetteer.lookup(key) if e.place_type not in _AREAS
                 and not e.source.startswith("feature:") and (countries is None or e.country in countries)
                 and coast_km(e) <= COAST_KM)


def named_after_anchor_mentions(doc: Doc, *, gazetteer) -> Doc:
    """``doc`` with a mention of the town for each statement anchored on "<Town> Inlet/Harbor/Sound" that
    no place in the gazetteer is named as a whole, and a warning saying so."""
    spots = _spots(doc) if doc.sentences else []
    mentions, cands, warnings = list(doc.mentions), list(doc.candidates), list(doc.warnings)
    for water in spots:
        towns = shore_towns(doc, water, gazetteer)
        if not towns:
            continue
        start, end = water.span("name")
        whole = doc.text[start:water.end("kind")]
        at = sum(1 for m in mentions if m.start < start)
        mentions.insert(at, Mention(doc.text[start:end], start, end, "toponym", normalize(doc.text[start:end]),
                                    sentence_at(doc.sentences, start).index,
                                    organisation=begins_organisation(doc.text, start, end)))
        cands.insert(at, towns)
        warnings.append(Warning_("anchor_named_after", f"{whole!r} is in no gazetteer: the distance is measured "
                                 f"from {doc.text[start:end]}, the town on its shore it is named after",
                                 whole, start, water.end("kind")))
    if len(mentions) == len(doc.mentions):
        return doc
    return replace(doc, mentions=tuple(mentions), candidates=tuple(cands), warnings=tuple(warnings))
