"""Choose one gazetteer entry per mention, using the whole document.

Scoring, per candidate: log10 of population (a prior for the place people
write about), plus a bonus when the candidate's country is one the article
names (directly, through a demonym, or through an unambiguous place), plus
a bonus for countries and first-level divisions over same-named towns.
"""
from __future__ import annotations

import math
from collections import Counter

from .gazetteer import Gazetteer
from .model import Entry, Mention, Place, Warning_

COUNTRY_BONUS = 3.0
TYPE_BONUS = {"country": 4.0, "continent": 4.0, "admin1": 1.5}


def candidates(mention: Mention, gazetteer: Gazetteer) -> list[Entry]:
    """Gazetteer entries a mention may stand for, best first by prior."""
    if mention.kind == "landmark":
        return [gazetteer.entry(mention.key)]
    if mention.kind == "demonym":
        return [gazetteer.entry(gazetteer.demonyms[mention.key])]
    return gazetteer.lookup(mention.key)


def document_countries(cands: list[list[Entry]]) -> Counter:
    """Countries the document points at: by countries named and unambiguous places."""
    counts: Counter = Counter()
    for entries in cands:
        if not entries:
            continue
        top = entries[0]
        if top.place_type == "country" or len({e.country for e in entries}) == 1:
            if top.country:
                counts[top.country] += 1
    return counts


def score(entry: Entry, countries: Counter) -> float:
    """Document-aware score of one candidate (higher is better).

    >>> from geomap.model import Entry
    >>> ir = Entry("geonames:128234", "Kerman", 30.28, 57.08, "IR", "29", 577514, "city", 8600)
    >>> us = Entry("geonames:5362909", "Kerman", 36.72, -120.06, "US", "CA", 14475, "city", 2000)
    >>> score(ir, Counter({"IR": 3})) > score(us, Counter({"IR": 3}))
    True
    >>> score(us, Counter({"US": 2})) > score(ir, Counter({"US": 2}))
    True
    """
    s = math.log10(max(entry.population, 0) + 10)
    if entry.country and countries.get(entry.country):
        s += COUNTRY_BONUS * min(countries[entry.country], 3) / 3 + COUNTRY_BONUS
    s += TYPE_BONUS.get(entry.place_type, 0.0)
    return s


def resolve(mentions: tuple[Mention, ...], gazetteer: Gazetteer) -> tuple[tuple[Place, ...], tuple[Warning_, ...]]:
    """Resolve mentions to places; mentions of one entry become one place."""
    cands = [candidates(m, gazetteer) for m in mentions]
    countries = document_countries(cands)
    chosen: dict[str, list[Mention]] = {}
    entries: dict[str, Entry] = {}
    alternatives: dict[str, int] = {}
    warnings = []
    for mention, options in zip(mentions, cands):
        if not options:
            warnings.append(Warning_("unresolved", f"no place found for {mention.text!r}",
                                     mention.text, mention.start, mention.end))
            continue
        best = max(options, key=lambda e: (score(e, countries), -options.index(e)))
        chosen.setdefault(best.source, []).append(mention)
        entries[best.source] = best
        alternatives[best.source] = max(alternatives.get(best.source, 0), len(options) - 1)
    places = tuple(Place(entries[src], tuple(ms), alternatives=alternatives[src])
                   for src, ms in sorted(chosen.items(), key=lambda kv: kv[1][0].start))
    return places, tuple(warnings)
