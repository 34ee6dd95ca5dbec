"""Where a journey began or was bound is not where it ended in an accident (issue 12).

"The occupants of the bus came from Foumban, in western Cameroon, to the capital", "heading toward
Sadarghat from Munshiganj", "a bus carrying passengers to the nearby tribal district of Orakzai":
the bus's origin or destination places the journey, not the crash. A place every mention of which
is such an end is not an incident place by :func:`geomap.roles.assign_roles` (it stays on the map as
context).
"""
from __future__ import annotations

import re

from .model import Place

_GOING = r"(?:heading|headed|bound|travell?ing|travell?ed|en\s+route|going|carrying\s+(?:\w+\s+){0,2}?)"
_END_BEFORE = re.compile(
    r"(?:\b(?:came|come|coming|returning|travell?ing|travell?ed|departed|departing|set\s+off|"
    r"(?:heading|headed|travell?ing)\s+(?:\w+\s+){1,3}?)\s+from"  # "heading toward Sadarghat from"
    r"|\b" + _GOING + r"\s+(?:to|for|toward|towards))"
    r"\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:of\s+)?$", re.IGNORECASE)
REACH = 80


def journey_end(text: str, start: int) -> bool:
    """True when the mention at ``start`` is a journey's origin or destination.

    >>> t = "The occupants of the bus came from Foumban, in western Cameroon. A blast hit Kulp."
    >>> journey_end(t, t.index("Foumban")), journey_end(t, t.index("Kulp"))
    (True, False)
    >>> t = "was heading toward Sadarghat from Munshiganj when it collided"
    >>> journey_end(t, t.index("Munshiganj"))
    True
    """
    return _END_BEFORE.search(text, max(0, start - REACH), start) is not None


def journey_ends(text: str, places: tuple[Place, ...]) -> set[str]:
    """Source keys of the places named only as a journey's origin or destination."""
    return {p.entry.source for p in places if all(journey_end(text, m.start) for m in p.mentions)}
