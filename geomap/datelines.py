"""Datelines: the place a report was filed from, at the top of the article.

"WASHINGTON —", "TROY, N.C. (AP) —", "BEIRUT:", "CHARLESTON, W.Va. --",
"SOUTH WAZIRISTAN, April 5 (APP):" — a name in capitals (or capitalised)
at the start of a line or right after the headline, maybe followed by a
state, a date and an agency, then a dash (U+0097 too, an em dash decoded
as Latin-1, a figure dash, a bar or a minus, and a dash garbled to U+FFFD or to
Windows-1252 mojibake), a colon or an agency in brackets; or, at the top of the text or
of a line, a name in capitals right before the story's first word ("LONDON The
Latest ...").
"""
from __future__ import annotations

import re

_NAME = (r"(?P<name>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}"  # WASHINGTON, ST. PAUL
         r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")  # Albany, Falls Village (then a dash must follow)
# A dash garbled on the way: an undecodable byte (U+FFFD), or an em/en dash's UTF-8 bytes read as
# Windows-1252 ("\u00e2\u20ac\u201d", with a byte lost "\u00e2 \u201d" or only the last one left "\u201d ").
_GARBLED = r"\ufffd+|\u00e2[\u20ac\s]?[\u201c\u201d\u2122\x93\x94]|\u201d(?=\s)"
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?]  ))\(?" + _NAME + r"\)?"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s?[A-Z][A-Za-z.]+)?)?(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*"
    r"(?:\((?:AP|Reuters|AFP|APP|CNN|UPI|dpa|IANS|PTI|Xinhua)\)\s*)?(?:[\u2012-\u2015\u2212]|\x96|\x97|--+|-\s|:"
    r"|\u00a0|\s\s|" + _GARBLED + ")")
# At the very top (or a line's start), a name in capitals then the story's first word:
# "LONDON The Latest on ...", "OKLAHOMA CITY The Latest ..." (the dash lost when the page was copied).
_BARE = re.compile(r"(?:^|(?<=\n))(?P<name>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})\s(?=[A-Z][a-z])")
_REACH = 400  # a dateline stands in the article's first characters


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline's place name, or None.

    >>> t = "Crash kills two. TROY, N.C. (AP) \u2014 Two people died."
    >>> s = dateline_span(t); t[s[0]:s[1]]
    'TROY'
    >>> dateline_span("Two people died in Troy on Monday.") is None
    True
    """
    reach = min(len(text), _REACH)
    for m in _DATELINE.finditer(text, 0, reach):
        name = m.group("name")
        if name.isupper() or m.group().rstrip().endswith(("\u2014", "--", ")")) or "(" in m.group():
            return m.start("name"), m.end("name")
    bare = _BARE.search(text, 0, reach)
    if bare and len(bare.group("name")) >= 3:
        return bare.start("name"), bare.end("name")
    return None


def dateline_at(text: str, start: int) -> bool:
    """True when the dateline's place name starts at ``start`` (cheap: one anchored match).

    >>> dateline_at("TROY, N.C. (AP) \u2014 Two died.", 0), dateline_at("Two died in Troy.", 12)
    (True, False)
    """
    if start >= _REACH:
        return False
    for pattern in (_DATELINE, _BARE):
        m = pattern.match(text, start)
        if m and (pattern is _BARE or m.group("name").isupper() or "(" in m.group()
                  or m.group().rstrip().endswith(("\u2014", "--", ")"))):
            return pattern is _DATELINE or len(m.group("name")) >= 3
    return False
