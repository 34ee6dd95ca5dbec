"""The anchor of "294km northwest of the Vanuatu island of Santo": an island called by one word of its name.

Islands go by a short form of their name in the reports of their region ("Santo" for Espiritu Santo, Vanuatu's
largest island), which the gazetteer (Natural Earth's islands) lacks. Where a distance statement's anchor slot
(right after "N km <direction> of" / "from" / "off", an optional "the" between) holds one capitalised word that no
mention covers and the text says it is an island ("Santo island", "the Vanuatu island of Santo") or names its
country right after it ("Santo, Vanuatu"), the shipped islands of the countries the text names are searched for
one whose name holds that word; exactly one such island becomes a mention of it, resolved as any mention is. None
or several add nothing: the text does not say which.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .mention_insert import with_anchor_mentions
from .model import Doc
from .names import normalize
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
# "(the Vanuatu island of) Santo", "Santo island", "Santo, Vanuatu"
_WORD = re.compile(r"\s+(?:the\s+)?(?P<lead>(?:[A-Z][\w'\u2019-]*\s+)?islands?\s+of\s+)?"
                   r"(?P<name>[A-Z][a-z'\u2019-]{2,})(?![\w'\u2019-])(?P<after>\s+[Ii]slands?\b|,\s+[A-Z][\w'\u2019-]*)?")
_ISLANDS = ("island", "islands")
_ISLAND_ROW = re.compile(rb"\tislands?\t")


@lru_cache(maxsize=1)
def _islands_by_country(gazetteer) -> dict[str, tuple]:
    """Each country's shipped islands, as entries (read once, on the first statement that needs them)."""
    store = gazetteer.features
    store._load()
    out: dict[str, list] = {}
    for hit in _ISLAND_ROW.finditer(store.data, 0, store.index_start):
        pos = store.data.rfind(b"\n", 0, hit.start()) + 1
        entry = store._row(pos)
        if entry.place_type in _ISLANDS and entry.country:
            out.setdefault(entry.country, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _countries(doc: Doc) -> set[str]:
    """The countries the text names (a mention whose best candidate is a country)."""
    return {c[0].country for c in doc.candidates if c and c[0].place_type == "country" and c[0].country}


def _island(gazetteer, word: str, countries: set[str]):
    """The one island of ``countries`` whose name holds ``word`` as a word (not as its whole name), or None."""
    key = normalize(word)
    table = _islands_by_country(gazetteer)
    found = [e for c in countries for e in table.get(c, ())
             if key in normalize(e.name).split() and normalize(e.name) != key]
    return found[0] if len(found) == 1 else None


def island_anchor_mentions(doc: Doc) -> Doc:
    """``doc`` with a mention for each statement's anchor that is an island called by one word of its name
    ("Santo island": Espiritu Santo); unchanged otherwise (at once when the text has no distance statement)."""
    named = [m for end in statement_ends(doc.text, _PREPS) if (m := _WORD.match(doc.text, end))]
    named = [m for m in named if m.group("lead") or m.group("after")]
    if not named:
        return doc
    countries = _countries(doc)
    if not countries:
        return doc
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()

    def find(m: re.Match) -> tuple[int, int, str, tuple] | None:
        after = m.group("after") or ""
        if not m.group("lead") and after.startswith(",") and not _names_country(doc, m.end("after"), countries):
            return None  # "Santo, Vanuatu": the word after the comma must be a country the text names
        entry = _island(gazetteer, m.group("name"), countries)
        return None if entry is None else (*m.span("name"), normalize(entry.name), (entry,))

    return with_anchor_mentions(doc, named, find)


def _names_country(doc: Doc, end: int, countries: set[str]) -> bool:
    """Whether a mention of one of ``countries`` ends at ``end``."""
    return any(x.end == end and c and c[0].place_type == "country" and c[0].country in countries
               for x, c in zip(doc.mentions, doc.candidates))
