"""The anchor of "120 KM SW OF MIAMI FLORIDA": a town written with its state or province after it, no comma between.

The National Hurricane Center's advisories (and the wire copy that quotes them) name the anchor town followed by its
state in one run of capitals: "ABOUT 75 MI...120 KM SW OF MIAMI FLORIDA", "SSE OF CAPE HATTERAS NORTH CAROLINA",
"OF KEY WEST FLORIDA", "OF MOREHEAD CITY NORTH CAROLINA". The mention stage may then find only the state (a word in
capitals is read with caution), and the statement is measured from no place, or from the state. Where a distance
statement's anchor slot (right after "N km <direction> of" / "from" / "off", an optional "the" between) holds a run
of names whose last words name a first-order division and whose first words name a town in that very division
("Miami" in Florida, US), and no mention covers the town's words, the town's words become a mention with its
namesakes in that division as candidates. Nothing else in the run is changed: the state keeps its own mention.
"""
from __future__ import annotations

import re

from .model import Doc
from .names import normalize
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
_WORD = r"[A-Z][\w'\u2019.-]*"
# A run of two to five capitalised words: "MIAMI FLORIDA", "MOREHEAD CITY NORTH CAROLINA", "Key West Florida"
_RUN = re.compile(rf"[ \t]+(?:the[ \t]+|THE[ \t]+)?(?P<run>{_WORD}(?:[ \t]+{_WORD}){{1,4}})")
_TOWNS = ("city", "capital", "town", "village")


def division_tail_town(gazetteer, words: list[str]) -> tuple[int, str, tuple]:
    """(number of words, key, entries) of the town the first words of ``words`` name, when the words after it
    name a first-order division holding that town; ``(0, "", ())`` otherwise.

    >>> from geomap.gazetteer import default_gazetteer
    >>> n, key, entries = division_tail_town(default_gazetteer(), ["MIAMI", "FLORIDA"])
    >>> n, key, sorted({(e.country, e.admin1) for e in entries})
    (1, 'miami', [('US', 'FL')])
    >>> division_tail_town(default_gazetteer(), ["MIAMI", "FLORIDA", "MAXIMUM", "SUSTAINED"])[0]
    1
    >>> division_tail_town(default_gazetteer(), ["Santa", "Cruz"])[0], division_tail_town(default_gazetteer(), ["New", "York"])[0]
    (0, 0)
    """
    for n, m in ((n, m) for n in range(1, len(words)) for m in range(len(words), n, -1)):
        tail = normalize(" ".join(words[n:m]))  # the run may go on past the state: "... NORTH CAROLINA MAXIMUM"
        divisions = {(e.country, e.admin1) for e in gazetteer.lookup(tail) if e.place_type == "admin1"} \
            if gazetteer.has(tail) else set()
        key = normalize(" ".join(words[:n]))
        if not divisions or not gazetteer.has(key) or gazetteer.has(normalize(" ".join(words[:m]))):
            continue
        entries = tuple(e for e in gazetteer.lookup(key)
                        if e.place_type in _TOWNS and (e.country, e.admin1) in divisions)
        if entries:
            return n, key, entries
    return 0, "", ()


def division_tail_mentions(doc: Doc) -> Doc:
    """``doc`` with a mention of the town of each statement anchor written "<town> <its state>" ("MIAMI FLORIDA")
    whose town's words no mention covers; unchanged otherwise (at once when the text has no distance statement:
    :func:`geomap.relation_patterns.statement_ends` is the cached scan)."""
    runs = [m for end in statement_ends(doc.text, _PREPS) if (m := _RUN.match(doc.text, end))]
    if not runs:
        return doc
    from .gazetteer import default_gazetteer
    from .mention_insert import with_anchor_mentions

    gazetteer = default_gazetteer()

    def find(m: re.Match):
        words = list(re.finditer(r"\S+", m.group("run")))
        n, key, entries = division_tail_town(gazetteer, [w.group() for w in words])
        if not n:
            return None
        start = m.start("run")
        return start, start + words[n - 1].end(), key, entries

    return with_anchor_mentions(doc, runs, find)
