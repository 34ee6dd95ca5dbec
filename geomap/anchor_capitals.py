"""The anchor of "35 miles from Kerman, capital of Kerman province": the namesake in the province's country.

A distance's anchor written with the division it is the capital of ("from Banha, capital of Qalyubiya
Governorate", "of Kendari, the capital of Southeast Sulawesi province", "of Quetta, the capital of Baluchistan")
says which country the town is in, as plainly as "Kerman, Iran" would. Elsewhere in the article the town may be
drawn toward another country (a "US Geological Survey" names the United States), but the town whose capital
status the text states is the one in the division's country. So where a distance statement's anchor mention is
followed by ", (the) capital of" and a place mention whose candidates hold a country or a first- or second-level
division, the anchor's candidates are narrowed to those countries; nothing changes when none of them lies there
(the gazetteer may lack the town) or all do.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Doc

_AREAS = ("country", "admin1", "admin2")
# ", capital of ", ", the provincial capital of the oil-rich ", ", the capital of volatile "
_CAPITAL_OF = re.compile(r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?capital\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?")


def capital_anchor_candidates(doc: Doc, anchors: set[int]) -> Doc:
    """``doc`` with each anchor (an index of ``anchors``) written as the capital of a named division or country
    narrowed to its namesakes in that country; unchanged otherwise (and at once when no "capital of" is written)."""
    if "capital of" not in doc.text:
        return doc
    starts = {m.start: i for i, m in enumerate(doc.mentions)}
    cands = list(doc.candidates)
    for i in sorted(anchors):
        gap = _CAPITAL_OF.match(doc.text, doc.mentions[i].end)
        j = starts.get(gap.end()) if gap else None
        if j is None:
            continue
        countries = {e.country for e in cands[j] if e.place_type in _AREAS and e.country}
        kept = tuple(e for e in cands[i] if e.country in countries)
        if kept and len(kept) < len(cands[i]):
            cands[i] = kept
    return replace(doc, candidates=tuple(cands)) if cands != list(doc.candidates) else doc
