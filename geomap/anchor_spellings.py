"""The anchor of "two miles northwest of St. George Island" when the gazetteer spells it "Saint George Island".

Names after saints, mountains, forts and points are written both ways ("St."/"St"/"Saint", "Ste."/"Sainte",
"Mt."/"Mount", "Ft."/"Fort", "Pt."/"Point"), and the gazetteer often holds one of them only: GeoNames' alternate
names give both for large places, while small ones (islands, hamlets, the shipped features) have one spelling.
Where a distance statement's anchor slot (right after "N km <direction> of" / "from" / "off", an optional "the"
between) holds such a name that no mention covers, its other spellings are looked up, the longest name first
("St. George Island" before "St. George"), and the first the gazetteer has becomes a mention with all its
namesakes as candidates, resolved as any mention is. A name no spelling of which is in the gazetteer adds
nothing.
"""
from __future__ import annotations

import re

from .mention_insert import with_anchor_mentions
from .model import Doc
from .names import normalize
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
# Each way of writing the first word, by its normalised form
_SPELLINGS = {"st": ("saint",), "saint": ("st",), "ste": ("sainte",), "sainte": ("ste",), "mt": ("mount",),
              "mount": ("mt",), "ft": ("fort",), "fort": ("ft",), "pt": ("point",), "point": ("pt",)}
# The first word (abbreviated or not) and one to three capitalised words after it
_NAME = re.compile(r"\s+(?:the\s+)?(?P<name>(?:St|Saint|Ste|Sainte|Mt|Mount|Ft|Fort|Pt|Point)\.?\s+"
                   r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")
_WORD = re.compile(r"\S+")


def variant_entries(gazetteer, name: str) -> tuple[str, tuple]:
    """(key, entries) of the first other spelling of ``name``'s first word the gazetteer has; ``("", ())`` when
    none is.

    >>> from geomap.gazetteer import default_gazetteer
    >>> key, entries = variant_entries(default_gazetteer(), "St. George Island")
    >>> key, entries[0].name
    ('saint george island', 'Saint George Island')
    """
    words = normalize(name).split()
    for other in _SPELLINGS.get(words[0], ()) if words else ():
        key = " ".join([other, *words[1:]])
        if gazetteer.has(key):
            return key, tuple(gazetteer.lookup(key))
    return "", ()


def _found(gazetteer, start: int, name: str) -> tuple[int, str, tuple] | None:
    """(end, key, entries) of the longest prefix of ``name`` (at ``start``; two words at least) that another
    spelling names in the gazetteer."""
    words = list(_WORD.finditer(name))
    for n in range(len(words), 1, -1):
        key, entries = variant_entries(gazetteer, name[:words[n - 1].end()])
        if entries:
            return start + words[n - 1].end(), key, entries
    return None


def spelling_anchor_mentions(doc: Doc) -> Doc:
    """``doc`` with a mention for each statement's anchor written with another spelling of "St."/"Mount"/"Fort"/...
    than the gazetteer's ("St. George Island": Saint George Island); unchanged otherwise (and at once when the
    text has no distance statement: :func:`geomap.relation_patterns.statement_ends` is the cached scan)."""
    named = [m for end in statement_ends(doc.text, _PREPS) if (m := _NAME.match(doc.text, end))]
    if not named:
        return doc
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()

    def find(m: re.Match) -> tuple[int, int, str, tuple] | None:
        found = _found(gazetteer, m.start("name"), m.group("name"))
        return None if found is None else (m.start("name"), *found)

    return with_anchor_mentions(doc, named, find)
