"""Contexts that decide what a capitalised name found in the text is (issue 12), for ``mention_rules``:
a currency's mark ("US$3.7m"), a demonym used for a cuisine or a language ("Mexican food"), a short state's name in a headline in capitals ("IN OHIO TOWN"), and a
division's name of several words before an organisation's or an office's name ("Laurel County Adult
Education", "New Mexico GOP").
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .mention_lexicon import Word, gap_after, words_of  # noqa: F401  (words_of: doctests)
from .names import normalize


def _is_division(gazetteer: Gazetteer, key: str) -> bool:
    found = gazetteer.lookup(key)
    return bool(found) and found[0].place_type in ("country", "admin1")


def currency_use(text: str, start: int, end: int) -> bool:
    """True when a dollar sign touches the name at ``start:end``: "US$3.7m", "$US4.5 billion" mark a currency,
    not a place (issue 12: currency signs). "40 US dollars" stays: GeoWebNews annotates it.

    >>> t = "(US$3.7m) and $US4.5 billion; the US economy"
    >>> [currency_use(t, s, s + 2) for s in (1, 15, 34)]
    [True, True, False]
    """
    return text[start - 1:start] == "$" or text[end:end + 1] == "$"


_HEADLINE_TYPES = frozenset({"country", "admin1", "capital"})


def headline_division(text: str, words: list[Word], i: int, gazetteer: Gazetteer) -> bool:
    """True when the short capitals word ``i`` stands in a line of capitals (a word in capitals of two letters or
    more right before or after it, one space apart) and names a country, a state or a capital: "FIRE KILLS
    THREE IN OHIO TOWN" (issue 12: ALL-CAPS headlines), while "the EPA said" keeps EPA an acronym.

    >>> from geomap.gazetteer import default_gazetteer
    >>> t = "FIRE KILLS THREE IN OHIO TOWN. The EST time"
    >>> w, g = words_of(t), default_gazetteer()
    >>> headline_division(t, w, 4, g), headline_division(t, w, 7, g)
    (True, False)
    """
    found = gazetteer.lookup(normalize(words[i][1]))
    if not found or found[0].place_type not in _HEADLINE_TYPES:
        return False
    before = i > 0 and gap_after(text, words, i - 1) == " " and words[i - 1][1].isupper() and len(words[i - 1][1]) > 1
    after = i + 1 < len(words) and gap_after(text, words, i) == " " and words[i + 1][1].isupper() \
        and len(words[i + 1][1]) > 1
    return before or after


_DIVISION_TYPES = frozenset({"country", "admin1", "admin2"})


def names_division(gazetteer: Gazetteer, key: str) -> bool:
    """True when ``key`` is the very name of a country, a state or a county ("laurel county", "new mexico"),
    not a name the look-up reaches otherwise ("hot springs" finds Hot Springs County).

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> names_division(g, "laurel county"), names_division(g, "new mexico"), names_division(g, "hot springs")
    (True, True, False)
    """
    found = gazetteer.lookup(key)
    return bool(found) and (found[0].place_type in ("country", "admin1")
                            or any(e.place_type in _DIVISION_TYPES and normalize(e.name) == key for e in found))


# Words after a name that make it a street's ("El Dorado Avenue"); "Douglas County Road 4" names the county.
STREET_WORDS = frozenset({"avenue", "ave", "street", "st", "drive", "dr", "boulevard", "blvd", "lane", "way", "place",
                          "parkway", "terrace", "circle"})


_SAINT = ("st ", "ste ", "saint ", "sainte ")  # "St. James United Methodist Church": a church's saint


def several_word_division(gazetteer: Gazetteer, key: str, nxt: str) -> bool:
    """True when ``key`` is a country's, a state's or a county's name of several words and the capitalised
    word ``nxt`` after it begins no street's name ("El Dorado Avenue") and is no state ("North West
    England"): such a name is the place before any name, an organisation's or an office's (issue 12; both
    corpora annotate "Laurel County Adult Education", "New Mexico GOP", "Walker County Judge").

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> several_word_division(g, "laurel county", "Adult"), several_word_division(g, "laurel county", "Drive")
    (True, False)
    """
    return " " in key and not key.startswith(_SAINT) and nxt.lower().rstrip(".") not in STREET_WORDS \
        and names_division(gazetteer, key) and not _is_division(gazetteer, normalize(nxt))


# After a demonym, words of a cuisine, a language or a culture: "Mexican food", "Irish pub", "French immersion".
_CULTURE_AFTER = re.compile(r"\s+(?:food|foods|cuisine|restaurants?|pubs?|bar|cafe|caf\u00e9|grill|sausages?|dish|dishes|"
                            r"music|songs|folk|dances?|immersion|language|lessons|class|classes|cooking|wines?|"
                            r"bread|cheese|recipes?|heritage|descent|ancestry|speakers?|translation|subtitles|accent|"
                            r"grocery|marketplace)\b", re.IGNORECASE)
# Before a demonym that ends its phrase, verbs of a language: "spoke only French and Farsi", "studying Portuguese."
_LANGUAGE_BEFORE = re.compile(r"\b(?:speaks?|spoke|spoken|speaking|learn(?:ed|ing|s)?|study(?:ing)?|studied|"
                              r"teach(?:es|ing)?|taught|fluent\s+in|in|into|translated\s+into)\s+(?:only\s+)?$",
                              re.IGNORECASE)
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|\s+(?:and|or)\s+[A-Z])")


def cultural_use(text: str, start: int, end: int) -> bool:
    """True when the demonym at ``start:end`` names a cuisine, a language or a culture, not its country
    (issue 12; neither corpus annotates such a use): "Mexican food", "McHale's Irish pub", "spoke only
    French and Farsi", "studying Portuguese." ("the Mexican market", "in Chinese-made" are other uses).

    >>> t = "get Mexican food; she spoke only French and Farsi; the Mexican market"
    >>> cultural_use(t, 4, 11), cultural_use(t, 33, 39), cultural_use(t, 55, 62)
    (True, True, False)
    """
    if _CULTURE_AFTER.match(text, end):
        return True
    return _LANGUAGE_BEFORE.search(text[max(0, start - 30):start]) is not None and _PHRASE_ENDS.match(text, end) is not None


def state_after(text: str, words: list[Word], j: int, gazetteer: Gazetteer, shouted: bool = False) -> bool:
    """True when the words after word ``j`` (one space apart) name a state or province of several words that
    ends the run of capitalised words, or, in a run in capitals (``shouted``), that begins it: the state of a
    place written without the comma ("625 miles SE of Cape Fear North Carolina", the National Hurricane
    Center's "SSE OF CAPE HATTERAS NORTH CAROLINA MAXIMUM SUSTAINED WINDS"), not more of the place's name.
    A state of one word ("West", "Washington", "Paul") is as often more of a person's or a team's name
    ("Scott West", "George Washington").

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> t = "SE of Cape Fear North Carolina, then Cape Fear North Carolina Society"
    >>> w = words_of(t)
    >>> state_after(t, w, 3, g), state_after(t, w, 9, g)
    (True, False)
    """
    for k in range(j + 1, min(len(words), j + 4)):
        if gap_after(text, words, k - 1) != " ":
            return False
        if k == j + 1:
            continue
        found = gazetteer.lookup(normalize(text[words[j + 1][0]:words[k][0] + len(words[k][1])]))
        if not found or found[0].place_type != "admin1":
            continue
        ends = k + 1 >= len(words) or gap_after(text, words, k) != " " or not words[k + 1][1][:1].isupper()
        if ends or shouted:
            return True
    return False
