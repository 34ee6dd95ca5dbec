"""Mentions for spans someone else found (gold spans in evaluation, a user's NER): what kind each is.

A span that names no place as a whole may contain one: "Dubai World Cup",
"Bank of Mexico", "Walker County Sheriff's Office", "Western US". The corpora
(LGL, GeoWebNews) annotate such a span with the place it contains, so a given
span the gazetteer cannot place as written falls back to the longest place name
(else demonym) inside it (:func:`inner_mention`); the mention keeps the whole
span and records the contained name's offsets in ``Mention.inner``. Only given
spans do this: the mention finder of running text finds the contained name
itself, and an organisation's place is not the incident's place there.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .mention_lexicon import (CONNECTORS, COMMON_WORDS, GIVEN_NAMES, INSTITUTIONS, OFFICES, PLACE_SUFFIXES,
                              STOPWORDS, TITLES, is_cap, words_of)
from .model import Mention
from .names import normalize
from .organisation_names import begins_organisation

# The longest span searched for a contained name, in words (a bounded search: at most 36 look-ups).
MAX_SPAN_WORDS = 8
# Words that name a kind of place or organisation, never a place on their own inside a longer name
# ("City", "State", "University", "World Cup", "West Wing"); the mention finder's lists add the rest.
GENERIC_WORDS = frozenset({
    "university", "college", "institute", "academy", "school", "hospital", "centre", "center", "church",
    "cathedral", "basilica", "museum", "library", "stadium", "arena", "park", "airport", "station", "port",
    "office", "bank", "reserve", "federal", "national", "international", "republic", "kingdom", "empire",
    "world", "cup", "wing", "house", "hall", "capitol", "tower", "palace", "castle", "hotel", "mall", "club",
    "team", "company", "corporation", "group", "agency", "authority", "service", "services", "union",
    "league", "association", "society", "foundation", "committee", "assembly", "senate", "congress",
    "parliament", "ministry", "embassy", "consulate", "council", "court", "prison", "jail", "camp", "fort",
    "lake", "river", "creek", "valley", "mount", "mountain", "island", "islands", "bay", "harbor", "harbour",
    "beach", "point", "cape", "head", "hill", "hills", "falls", "springs", "township", "twp", "village",
    "town", "city", "county", "parish", "district", "province", "state", "region", "area", "municipal",
    "metro", "estate", "heights", "side", "square", "street", "road", "avenue", "bridge", "highway",
    "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern", "southwestern",
    "southeastern", "midwest", "midwestern", "upper", "lower", "greater", "old",
    "lagoon", "sound", "racecourse", "garden", "gardens", "fields", "farm", "farms", "plantation", "canal",
    "chapel", "armory", "drive", "lane", "place", "plaza", "boulevard", "parade", "pier", "marina", "market",
    "elementary", "show", "expo", "fair", "festival", "summit", "conference", "games", "open",
})
# Compass words and their abbreviations ("Western US", "W. Columbia", "South Florida").
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "n", "s", "e", "w", "ne", "nw", "se", "sw"})
# The words that may make the rest of a longer name (see inner_mention).
DESCRIPTORS = GENERIC_WORDS | COMPASS | OFFICES | INSTITUTIONS | PLACE_SUFFIXES


def _generic(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in DESCRIPTORS or w in COMMON_WORDS or w in STOPWORDS or w in CONNECTORS or w in TITLES


def _descriptor(word: str) -> bool:
    """A word that says what kind of thing a longer name is, or which part of a place:
    "Bank", "Council", "Office", "Western", an acronym ("FC", "LGA")."""
    w = word.lower().rstrip(".")
    return (word.isupper() and 2 <= len(word) <= 4) or w in DESCRIPTORS or (w[-1:] == "s" and w[:-1] in DESCRIPTORS)


def _could_name(part: list[tuple[int, str]]) -> bool:
    """A run of words that may be a place's own name: capitalised at both ends, and not one
    generic word or given name alone ("City", "University", "Walker" of "Walker Hall")."""
    first, last = part[0][1], part[-1][1]
    if not (is_cap(first) and is_cap(last)):
        return False
    if len(part) == 1:
        return not _generic(first) and first not in GIVEN_NAMES
    return not all(_generic(w) for _, w in part)


def inner_mention(text: str, start: int, end: int, gazetteer: Gazetteer, sentence: int = 0) -> Mention | None:
    """The mention of the longest place name inside ``text[start:end]`` (else of the longest
    demonym), keeping the whole span; None when the span contains neither.

    The rest of the span must say what the longer name is or which part of the place it
    names (a word such as "Bank", "Council", "Western", "FC"): "Brands Hatch" and
    "Tennessee Colony" are places of their own, not parts of Hatch or Tennessee.

    >>> from geomap.gazetteer import default_gazetteer
    >>> t = "The Dubai World Cup is run at Meydan."
    >>> m = inner_mention(t, 4, 19, default_gazetteer())
    >>> m.text, m.key, t[m.inner[0]:m.inner[1]]
    ('Dubai World Cup', 'dubai', 'Dubai')
    """
    words = [(start + i, w) for i, w in words_of(text[start:end])][:MAX_SPAN_WORDS]
    demonym = None
    for length in range(len(words) - 1, 0, -1):
        for i in range(len(words) - length + 1):
            part = words[i:i + length]
            if not _could_name(part) or not any(_descriptor(w) for _, w in words[:i] + words[i + length:]):
                continue
            s, e = part[0][0], part[-1][0] + len(part[-1][1])
            key = normalize(text[s:e])
            if gazetteer.lookup(key):
                return Mention(text[start:end], start, end, "toponym", key, sentence, inner=(s, e))
            if demonym is None and key in gazetteer.demonyms:
                demonym = Mention(text[start:end], start, end, "demonym", key, sentence, inner=(s, e))
    return demonym


def mention_for_span(text: str, start: int, end: int, gazetteer: Gazetteer, sentence: int = 0) -> Mention:
    """The mention ``text[start:end]`` as the gazetteer would look it up.

    A dotted abbreviation ("W.Va.") and a demonym ("Iranian") are looked up as
    such; a possessive "'s" and a leading "the" the gazetteer does not know
    are dropped from the key. A span the gazetteer cannot place as written is
    looked up by the place it contains (:func:`inner_mention`), when it contains one.

    >>> from geomap.gazetteer import default_gazetteer
    >>> m = mention_for_span("Iranian forces in the Red Sea", 0, 7, default_gazetteer())
    >>> m.kind, m.key
    ('demonym', 'iranian')
    """
    name = text[start:end]
    key = normalize(name)
    if key.endswith("'s"):
        key = key[:-2]
    kind = "toponym"
    if gazetteer.abbreviated(key) and "." in name:
        kind = "abbreviation"
    elif key in gazetteer.demonyms:
        kind = "demonym"
    elif not gazetteer.has(key) and key.startswith("the ") and gazetteer.has(key[4:]):
        key = key[4:]
    if kind == "toponym" and not gazetteer.has(key) and not gazetteer.lookup(key):
        inner = inner_mention(text, start, end, gazetteer, sentence)
        if inner is not None:
            return inner
    if kind == "toponym":
        key = _with_kind_after(text, end, key, gazetteer)
    return Mention(name, start, end, kind, key, sentence, organisation=begins_organisation(text, start, end))


_KIND_AFTER = re.compile(r"\s+(airport|river|lake|island|islands|mountains|sea|desert)\b", re.I)


def _with_kind_after(text: str, end: int, key: str, gazetteer: Gazetteer) -> str:
    """"Heathrow airport", "the Cauvery river": the kind written just after a span names the feature
    ("heathrow airport"), when the gazetteer has a place of that longer name."""
    m = _KIND_AFTER.match(text, end, min(len(text), end + 14))
    if m is None:
        return key
    longer = f"{key} {m.group(1).lower()}"
    return longer if gazetteer.has(longer) else key

