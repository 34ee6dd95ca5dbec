"""Whether a mention begins the name of an organisation named after the place (issue #13).

"The New York Times said", "Texas Rangers", "Minnesota National Guard troops": the place names the body,
not where anything happened. A local service or court keeps its place ("Winnipeg Fire Paramedic Service",
"Clarke County Superior Court"): it works where it is named for. The mention finders ask this once per
mention (:attr:`geomap.model.Mention.organisation`); :mod:`geomap.roles` reads the flag.
"""
from __future__ import annotations

from itertools import islice

from .lazy_re import lazy_compile
from .mention_lexicon import WORD, strip_possessive
from .mention_rules import organisation_head
from .newspaper_names import masthead_city

ORGANISATION_REACH = 120  # characters after a mention searched for the rest of an organisation's name
_AFTER = 6  # words after the mention's last one that organisation_head may read (its _ORG_RUN of 5, and one)
# Heads of bodies that work where they are named for: the place in their name may be where it happened.
LOCAL_BODIES = frozenset({"police", "fire", "sheriff", "court", "council", "board", "department", "service",
                          "services", "office", "patrol", "bureau", "agency", "authority", "administration",
                          "commission", "committee", "hospital", "clinic", "school", "college", "university",
                          "academy", "institute", "airport", "port", "center", "centre", "transit", "utilities",
                          "chamber", "museum", "library", "zoo", "festival", "fair", "marathon"})


def begins_organisation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` begins the name of a newspaper, a team, a party, a company or an armed
    force, not of a local body (:data:`LOCAL_BODIES`), or is the city of a newspaper's masthead ("The Herald
    (Harare)": :func:`geomap.mention_rules.masthead_city`).

    >>> t = "The New York Times said a blast hit New York. The Winnipeg Fire Service came."
    >>> [begins_organisation(t, a, b) for a, b in ((4, 12), (36, 44), (50, 58))]
    [True, False, False]
    """
    if not _may_continue(text, end):
        return masthead_city(text, start, end)  # "The Herald (Harare)": the paper's city
    if text.startswith(".", end) and _WEBSITE.match(text, end):
        return True  # "confirmed to Dawn.com", "told Boston.com": a website, not the place
    window = text[start:end + ORGANISATION_REACH]
    # the mention's words and the few after it that organisation_head reads, not the whole window's
    words = [(m.start(), strip_possessive(m.group()))
             for m in islice(WORD.finditer(window), len(WORD.findall(window, 0, end - start)) + _AFTER)]
    last = max((k for k, (s, _) in enumerate(words) if s < end - start), default=None)
    head = organisation_head(window, words, last) if last is not None else None
    return head is not None and head not in LOCAL_BODIES


_CONTINUATIONS = ("of ", "and ", "for ")
# a web address's top-level domain right after the name ("Dawn.com", "Boston.com", "Stuff.co.nz")
_WEBSITE = lazy_compile(r"\.(?:com|net|org|info|news|co\.[a-z]{2}|com\.[a-z]{2}|tv|online)\b(?!\.\w)")


def _may_continue(text: str, end: int) -> bool:
    """A cheap test first, asked of every mention: the name may go on after ``end`` (one space, then a
    capitalised word or "of", "and", "for"), or ``end`` lies inside a word ("Texas's"). Otherwise no
    organisation's head follows (:func:`geomap.mention_rules.organisation_head` needs exactly one
    space before each word it reads).

    >>> [_may_continue(t, 5) for t in ("Texas Rangers", "Texas, where", "Texas police", "Texas's", "Texas")]
    [True, False, False, True, False]
    """
    nxt = text[end:end + 1]
    if nxt == " ":
        after = text[end + 1:end + 5]
        return after[:1].isupper() or after.startswith(_CONTINUATIONS)
    return bool(nxt) and (nxt.isalnum() or nxt in "-'.\u2019")
