"""Whether a mention begins the name of an organisation named after the place (issue #13).

"The New York Times said", "Texas Rangers", "Minnesota National Guard troops": the place names the body,
not where anything happened. A local service or court keeps its place ("Winnipeg Fire Paramedic Service",
"Clarke County Superior Court"): it works where it is named for. The mention finders ask this once per
mention (:attr:`geomap.model.Mention.organisation`); :mod:`geomap.roles` reads the flag.
"""
from __future__ import annotations

from .mention_lexicon import words_of
from .mention_rules import organisation_head

ORGANISATION_REACH = 120  # characters after a mention searched for the rest of an organisation's name
# Heads of bodies that work where they are named for: the place in their name may be where it happened.
LOCAL_BODIES = frozenset({"police", "fire", "sheriff", "court", "council", "board", "department", "service",
                          "services", "office", "patrol", "bureau", "agency", "authority", "administration",
                          "commission", "committee", "hospital", "clinic", "school", "college", "university",
                          "academy", "institute", "airport", "port", "center", "centre", "transit", "utilities",
                          "chamber", "museum", "library", "zoo", "festival", "fair", "marathon"})


def begins_organisation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` begins the name of a newspaper, a team, a party, a company or an armed
    force, not of a local body (:data:`LOCAL_BODIES`).

    >>> t = "The New York Times said a blast hit New York. The Winnipeg Fire Service came."
    >>> [begins_organisation(t, a, b) for a, b in ((4, 12), (36, 44), (50, 58))]
    [True, False, False]
    """
    window = text[start:end + ORGANISATION_REACH]
    words = words_of(window)
    last = max((k for k, (s, _) in enumerate(words) if s < end - start), default=None)
    head = organisation_head(window, words, last) if last is not None else None
    return head is not None and head not in LOCAL_BODIES
