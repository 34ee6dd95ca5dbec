"""Saints' names that name a day or an institution, not the town of the saint's name.

"St. Patrick's Day", "St. Mary's High School", "the Saint Charles Lwanga Junior High School": asked by
:func:`geomap.mentions.longest_name` of each name starting with "St", "Saint" ..., so a shorter name is tried.
"""
from __future__ import annotations

from .lazy_re import lazy_compile
from .mention_lexicon import COMMON_WORDS, GIVEN_NAMES, INSTITUTIONS, ORGANISATION_HEADS

_SAINTS = ("st ", "ste ", "saint ", "sainte ")


def saints_day_or_institution(text: str, end: int, key: str) -> bool:
    """A saint's name with a possessive names a day or an institution, not a place: "St. Patrick's
    Day", "St. John's Health System", "St. Mary's High School".

    >>> saints_day_or_institution("on St. Patrick's Day", 14, "st patrick")
    True
    >>> saints_day_or_institution("in St. Paris, Ohio", 12, "st paris")
    False
    """
    return key.startswith(_SAINTS) and text[end:end + 2] in ("'s", "\u2019s")


# "Saint Charles Lwanga Junior High School", "St. Thomas Aquinas College": a saint's given name and surname
# naming an institution, not the town of the saint's name (Saint Charles, Missouri, for a Ghanaian school)
_SAINT_INSTITUTION = lazy_compile(r" (?P<surname>[A-Z][a-z][\w\u2019'-]*)(?: [A-Z][\w\u2019'-]*){0,3} (?:School|College|"
                                  r"Academy|Church|Cathedral|Parish|Seminary|Basilica|Chapel|Mission|Hospital)\b")
_NOT_A_SURNAME = frozenset({"north", "south", "east", "west", "central", "city", "county", "parish", "area"})


def saint_named_institution(text: str, end: int, key: str) -> bool:
    """A saint's given name followed by a surname and an institution's head names the institution after the
    saint, not a place: "the Saint Charles Lwanga Junior High School (JHS) at Saboba" (Ghana), not Saint
    Charles, Missouri; "St. Louis Community College" and "St. Charles East High School" keep their town.

    >>> t = "at the Saint Charles Lwanga Junior High School at Saboba; the St. Louis Community College"
    >>> saint_named_institution(t, 20, "saint charles"), saint_named_institution(t, 68, "st louis")
    (True, False)
    """
    if not key.startswith(_SAINTS) or text[end:end + 1] != " ":
        return False
    given = key.split()[-1].capitalize()
    m = _SAINT_INSTITUTION.match(text, end) if given in GIVEN_NAMES else None
    if m is None:
        return False
    surname = m.group("surname").lower()
    return not (surname in _NOT_A_SURNAME or surname in INSTITUTIONS or surname in ORGANISATION_HEADS
                or surname in COMMON_WORDS or surname.endswith(("'s", "\u2019s")))
