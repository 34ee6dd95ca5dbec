"""An anchor named by a superlative: "about 20km south of Australia's largest city" is measured from Sydney.

Reports name a country's largest city by description as often as by name ("Australia's largest city", "Turkey's
biggest city", "the country's most populous city", "Australia's largest metropolis"). Where such a phrase is a
distance statement's anchor (right after "N km <direction> of" / "from" / "off"), it stands for the city of that
country with the largest population in the gazetteer, and the phrase becomes a mention of it (kind "landmark",
resolved to that one entry), so the distance is measured from the city, not from the country's centre. "The
country's" is the one country the passage (the statement's sentence and the one before) names; with none or
several, nothing is added.

Finding the largest city scans the gazetteer's rows once per country (a tenth of a second), only for a text with
such a phrase after a distance.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .mention_insert import insert_mention
from .model import Doc, Mention
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
_WORDS = re.compile(r"\b(?:largest|biggest|most\s+populous)\b", re.IGNORECASE)
# "'s largest city", "’s most populous metropolis": the phrase after the country's name
_SUPERLATIVE = re.compile(r"['\u2019]s\s+(?P<words>(?:largest|biggest|most\s+populous)\s+(?:city|metropolis))\b")
# "the country's largest city": the phrase with the country unnamed
_THE_COUNTRY = re.compile(r"\s+(?P<words>the\s+(?:country|nation)['\u2019]s\s+(?:largest|biggest|most\s+populous)\s+"
                          r"(?:city|metropolis))\b")
_GAP = re.compile(r"\s+(?:the\s+)?")
_NAMED_AFTER = re.compile(r"[\s,]{1,3}")


@lru_cache(maxsize=32)
def largest_city(country: str):
    """The gazetteer's city (or capital) of ``country`` (ISO code) with the largest population, or ``None``."""
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    store = gazetteer.store
    row = re.compile(rb"\n([^\t\n]+)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t" + re.escape(country.encode("ascii")) +
                     rb"\t[^\t\n]*\t(\d+)\t(?:city|capital)\t")
    best = max(((int(m.group(2)), m.group(1)) for m in row.finditer(store.data, 0, store.index_start)), default=None)
    return gazetteer.entry(best[1].decode("utf-8")) if best else None


def _country(candidates) -> str | None:
    codes = {e.country for e in candidates if e.place_type == "country" and e.country}
    return codes.pop() if len(codes) == 1 else None


def _passage_country(doc: Doc, pos: int) -> str | None:
    """The one country named in the sentence holding ``pos`` and the one before, up to ``pos``."""
    s = next((s for s in doc.sentences if s.start <= pos < s.end), None)
    window = doc.sentences[max(0, s.index - 1)].start if s is not None else 0
    codes = {c for m, cands in zip(doc.mentions, doc.candidates) if window <= m.start and m.end <= pos
             and (c := _country(cands))}
    return codes.pop() if len(codes) == 1 else None


def _phrase(doc: Doc, starts: dict, end: int) -> tuple[str, int, int] | None:
    """(country code, start, end) of the superlative phrase anchoring the statement that ends at ``end``."""
    the = _THE_COUNTRY.match(doc.text, end)
    if the:
        code = _passage_country(doc, end)
        return (code, the.start("words"), the.end("words")) if code else None
    gap = _GAP.match(doc.text, end)
    i = starts.get(gap.end()) if gap else None
    sup = _SUPERLATIVE.match(doc.text, doc.mentions[i].end) if i is not None else None
    code = _country(doc.candidates[i]) if sup else None
    return (code, sup.start("words"), sup.end("words")) if code else None


def _taken(mentions: list[Mention], text: str, start: int, end: int) -> bool:
    """Whether a mention overlaps the phrase, or names the city right after it ("Turkey's biggest city, Istanbul":
    the text's name, not the gazetteer's largest)."""
    after = _NAMED_AFTER.match(text, end)
    return any(m.start < end and start < m.end or (after and m.start == after.end()) for m in mentions)


def superlative_anchor_mentions(doc: Doc) -> Doc:
    """``doc`` with a mention of the largest city for each "X's largest city" anchoring a distance statement."""
    ends = statement_ends(doc.text, _PREPS) if doc.sentences else ()  # the cached scan first: most have none
    if not ends or not _WORDS.search(doc.text):
        return doc
    starts = {m.start: i for i, m in enumerate(doc.mentions)}
    mentions, candidates = list(doc.mentions), list(doc.candidates)
    for end in ends:
        found = _phrase(doc, starts, end)
        city = largest_city(found[0]) if found else None
        if city is None or _taken(mentions, doc.text, found[1], found[2]):
            continue
        insert_mention(doc, mentions, candidates, found[1], found[2], city.source, (city,), "landmark")
    if len(mentions) == len(doc.mentions):
        return doc
    return replace(doc, mentions=tuple(mentions), candidates=tuple(candidates))
