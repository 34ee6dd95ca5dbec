"""The anchor of "24km W of Beled-weyne" when the gazetteer writes the name in one word ("Beledweyne").

Reports split a one-word name of another language at the joint of its parts, with a hyphen ("Beled-weyne",
"Dhusa-mareb") or a space or line break ("Marj Ayoun" for Marjayoun), and the mention stage then finds only the
first part, which may be another place's whole name ("Beled", Hungary; "Marj", Libya). Where a distance
statement's anchor slot (right after "N km <direction> of" / "from" / "off", an optional "the" between) holds
two such parts, the name as written is no gazetteer name, and the parts written together name a town, the whole
becomes one mention of that town (with all its namesakes as candidates), in place of any mention of a part.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .mention_insert import insert_mention
from .model import Doc
from .names import normalize
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
_LETTERS = r"[a-z\u00e0-\u024f]"
# Two parts of one name: "Beled-weyne", "Dhusa-Mareb", "Marj Ayoun" (a space or a line break between)
_NAME = re.compile(rf"\s+(?:the\s+)?(?P<name>[A-Z]{_LETTERS}+(?:-[A-Za-z]|[ \n][A-Z]){_LETTERS}+)(?![\w'\u2019-])")
_TOWNS = ("city", "capital", "town", "village")


def joined_entries(gazetteer, name: str) -> tuple[str, tuple]:
    """(key, town entries) of ``name``'s two parts written as one word, when the gazetteer lacks ``name`` as
    written and has towns so named; ``("", ())`` otherwise.

    >>> from geomap.gazetteer import default_gazetteer
    >>> key, entries = joined_entries(default_gazetteer(), "Beled-weyne")
    >>> key, entries[0].country
    ('beledweyne', 'SO')
    >>> joined_entries(default_gazetteer(), "Santa Cruz")
    ('', ())
    """
    if gazetteer.has(normalize(name)):
        return "", ()
    key = normalize(re.sub(r"[-\s]", "", name))
    entries = tuple(e for e in gazetteer.lookup(key) if e.place_type in _TOWNS) if gazetteer.has(key) else ()
    return (key, entries) if entries else ("", ())


def joined_anchor_mentions(doc: Doc) -> Doc:
    """``doc`` with one mention for each statement's anchor written in two parts that the gazetteer writes as one
    word ("Beled-weyne": Beledweyne), replacing mentions of its parts; unchanged otherwise (and at once when the
    text has no distance statement: :func:`geomap.relation_patterns.statement_ends` is the cached scan)."""
    named = [m for end in statement_ends(doc.text, _PREPS) if (m := _NAME.match(doc.text, end))]
    if not named:
        return doc
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    mentions, candidates = list(doc.mentions), list(doc.candidates)
    for m in named:
        key, entries = joined_entries(gazetteer, m.group("name"))
        if not entries:
            continue
        start, end = m.span("name")
        if any(x.start < end and start < x.end and not (start <= x.start and x.end <= end) for x in mentions):
            continue  # a mention reaching outside the name ("Marj Ayoun District") is another reading
        keep = [i for i, x in enumerate(mentions) if not (start <= x.start and x.end <= end)]
        mentions, candidates = [mentions[i] for i in keep], [candidates[i] for i in keep]
        insert_mention(doc, mentions, candidates, start, end, key, entries)
    if mentions == list(doc.mentions):
        return doc
    return replace(doc, mentions=tuple(mentions), candidates=tuple(candidates))
