"""The anchor of "178 kilometres north-east of Gisborne": the town, not the division named alike.

Many towns share their name with the province, region or district they are
the seat of (Gisborne, Buenos Aires, Moscow, Broome). Elsewhere in an article
the division may be meant, but a distance is measured from a point, and
agencies and wire copy measure it from the town: the division's point is its
centre, tens or hundreds of kilometres off ("8.7 mi from Buenos Aires" is not
from the province's centre). So where a mention is a distance statement's
anchor (right after "N km <direction> of" / "from" / "off", an optional "the"
between, or a settlement's kind: "the capital of Maputo", "the city of X") and its candidates hold a first- or second-level division and, in
the same country, a town of the same name, the division gives way to the town.

Only a town that is the division's own counts (:func:`geomap.seat_towns.named_after`,
the rule :mod:`geomap.state_names` asks too): one with at least
:data:`~geomap.seat_towns.TOWN_SHARE` of the division's population ("130 nautical miles west of
Florida" stays the state, not Florida, Cuba; "from Ramban district
headquarters" keeps its district, whose town of 7,000 is not its namesake in
size, and whose headquarters it is anyway).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Doc
from .relation_patterns import statement_ends
from .seat_towns import named_after
_PREPS = ("of", "from", "off", "off of", "out from")
_GAP = re.compile(r"\s+(?:the\s+)?")
# "the capital of Maputo", "the city of Buenos Aires", "the provincial capital Xining": a settlement's kind in front
# of the name says the town is meant, as plainly as a bare name after the preposition does
_TOWN_LEAD = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:capital|city|town|port|village|township|municipality)"
                        r"(?:\s+of)?[\s,]+(?:the\s+)?")
# ... unless a division's kind follows the name: "the capital of Maputo province" is the province's capital
_DIVISION_AFTER = re.compile(r"\s+(?:province|region|state|district|prefecture|county|oblast|governorate)\b",
                             re.IGNORECASE)


def anchor_indexes(doc: Doc) -> set[int]:
    """Indexes of the mentions that start right after a distance statement's preposition."""
    starts = {m.start: i for i, m in enumerate(doc.mentions)}
    out = set()
    for end in statement_ends(doc.text, _PREPS):
        gap = _GAP.match(doc.text, end)
        if gap and gap.end() in starts:
            out.add(starts[gap.end()])
    return out | _after_a_kind(doc)


def towns_first(entries: tuple) -> tuple:
    """``entries`` without the divisions named after one of their towns (:func:`geomap.seat_towns.named_after`);
    unchanged otherwise."""
    towns = [t for t in entries if t.place_type in ("city", "capital")]
    drop = {id(d) for d in entries if d.place_type in ("admin1", "admin2") and any(named_after(d, t) for t in towns)}
    return tuple(e for e in entries if id(e) not in drop) if drop else entries


def town_anchor_candidates(doc: Doc) -> Doc:
    """``doc`` with each distance anchor's candidates rid of the divisions named after one of its towns, then
    narrowed to the namesakes the stated distance allows (:func:`geomap.anchor_namesakes.distance_namesakes`);
    first, "Australia's largest city" after a distance becomes a mention of that city
    (:func:`geomap.anchor_superlatives.superlative_anchor_mentions`), and "St. George Island" spelt otherwise in
    the gazetteer becomes a mention of "Saint George Island" (:func:`geomap.anchor_spellings.spelling_anchor_mentions`),
    and "Beled-weyne" one of Beledweyne (:func:`geomap.anchor_joined.joined_anchor_mentions`), and "MIAMI FLORIDA"
    one of Miami in Florida (:func:`geomap.anchor_division_tail.division_tail_mentions`); an anchor written as
    the capital of a named division keeps its namesakes in that country
    (:func:`geomap.anchor_capitals.capital_anchor_candidates`)."""
    if not doc.sentences:
        return doc
    from .anchor_division_tail import division_tail_mentions
    from .anchor_joined import joined_anchor_mentions
    from .anchor_spellings import spelling_anchor_mentions
    from .anchor_islands import island_anchor_mentions
    from .anchor_transliterations import transliteration_anchor_mentions

    doc = island_anchor_mentions(transliteration_anchor_mentions(spelling_anchor_mentions(joined_anchor_mentions(doc))))
    doc = division_tail_mentions(doc)
    if not doc.mentions:
        return doc
    from .anchor_capitals import capital_anchor_candidates
    from .anchor_namesakes import distance_namesakes
    from .anchor_superlatives import superlative_anchor_mentions

    doc = _towns_first_anchors(superlative_anchor_mentions(doc))
    if statement_ends(doc.text, _PREPS):  # "35 miles from Kerman, capital of Kerman province": Iran's Kerman
        doc = capital_anchor_candidates(doc, anchor_indexes(doc))
    return distance_namesakes(doc)


def _towns_first_anchors(doc: Doc) -> Doc:
    if not statement_ends(doc.text, _PREPS):
        return doc  # no distance statement, no anchor (the cached scan)
    if not any(towns_first(tuple(c)) != tuple(c) or _town_and_area(c) for c in doc.candidates):
        return doc  # no division named after one of its towns, no town named as a country: no statement to scan for
    cands = list(doc.candidates)
    for i in anchor_indexes(doc):
        cands[i] = towns_first(tuple(cands[i]))
    for i in _after_a_kind(doc):
        cands[i] = settlements_only(tuple(cands[i]))
    return replace(doc, candidates=tuple(cands)) if cands != list(doc.candidates) else doc


_AREAS = ("country", "admin1", "admin2")
_SETTLEMENTS = ("city", "capital", "town", "village")


def _town_and_area(entries) -> bool:
    return any(e.place_type in _SETTLEMENTS for e in entries) and any(e.place_type in _AREAS for e in entries)


def settlements_only(entries: tuple) -> tuple:
    """``entries`` without the countries and divisions of a country one of its towns lies in: after a settlement's
    kind ("about 40 km southwest of the capital, Guatemala") the name is the town's (Guatemala City, which
    GeoNames also calls "Guatemala"), not the country's or the department's; unchanged when no town is among them.

    >>> from types import SimpleNamespace as E
    >>> [e.place_type for e in settlements_only((E(place_type="country", country="GT"),
    ...                                          E(place_type="capital", country="GT")))]
    ['capital']
    """
    countries = {e.country for e in entries if e.place_type in _SETTLEMENTS}
    return tuple(e for e in entries if not (e.place_type in _AREAS and e.country in countries))


def _after_a_kind(doc: Doc) -> set[int]:
    """Indexes of the anchor mentions written after a settlement's kind ("the capital, X", "the city of X"), no
    division's kind after them ("the capital of Maputo province")."""
    starts = {m.start: i for i, m in enumerate(doc.mentions)}
    out = set()
    for end in statement_ends(doc.text, _PREPS):
        lead = _TOWN_LEAD.match(doc.text, end)
        if lead and lead.end() in starts and not _DIVISION_AFTER.match(doc.text, doc.mentions[starts[lead.end()]].end):
            out.add(starts[lead.end()])
    return out
