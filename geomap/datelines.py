"""Datelines: the place a report was filed from, at the top of the article.

"WASHINGTON —", "TROY, N.C. (AP) —", "BEIRUT:", "CHARLESTON, W.Va. --",
"SOUTH WAZIRISTAN, April 5 (APP):" — a name in capitals (or capitalised)
at the start of a line or right after the headline, maybe followed by a
state, a date and an agency, then a dash, a colon or an agency in brackets.
"""
from __future__ import annotations

import re

_NAME = (r"(?P<name>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}"  # WASHINGTON, ST. PAUL
         r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")  # Albany, Falls Village (then a dash must follow)
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?]  ))\(?" + _NAME + r"\)?"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s?[A-Z][A-Za-z.]+)?)?(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*"
    r"(?:\((?:AP|Reuters|AFP|APP|CNN|UPI|dpa|IANS|PTI|Xinhua)\)\s*)?(?:\u2014|\u2013|--+|-\s|:|\u00a0|\s\s)")
_REACH = 400  # a dateline stands in the article's first characters


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline's place name, or None.

    >>> t = "Crash kills two. TROY, N.C. (AP) \u2014 Two people died."
    >>> s = dateline_span(t); t[s[0]:s[1]]
    'TROY'
    >>> dateline_span("Two people died in Troy on Monday.") is None
    True
    """
    for m in _DATELINE.finditer(text, 0, min(len(text), _REACH)):
        name = m.group("name")
        if name.isupper() or m.group().rstrip().endswith(("\u2014", "--", ")")) or "(" in m.group():
            return m.start("name"), m.end("name")
    return None
