"""Rules that drop a gazetteer name found in the text when it is not a place there.

Each rule is a small predicate over the article's words; ``keep_name`` applies
them in order: listed non-places and people, acronyms, sentence-initial common
words, then (for names, not demonyms) a title or first name before it and a
capitalised word after it that makes it part of a longer name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from .gazetteer import Gazetteer
from .mention_lexicon import (COMMON_WORDS, GIVEN_NAMES, INSTITUTIONS, OFFICES, ORGANISATION_HEADS, PLACE_SUFFIXES,
                              SENTENCE_WORDS, STOPWORDS, Word, gap_after, is_cap, is_title, words_of)
from .datelines import dateline_at
from .names import normalize
from .kind_words import kind_word_use
from .name_contexts import cultural_use, currency_use, headline_division, several_word_division, state_after
from .person_filter import after_title_or_first_name, sentence_initial
from .service_names import service_name
from .word_contexts import headline_word, settlement_named
from .newspaper_names import newspaper_title


@dataclass(frozen=True)
class NameMatch:
    """Words ``i..j`` of the article form the gazetteer name or demonym ``key``."""

    i: int
    j: int
    end: int  # offset just after word j
    key: str
    kind: str  # "toponym" or "demonym"


def is_acronym(word: str, key: str, gazetteer: Gazetteer) -> bool:
    """Short all-capitals words are acronyms ("EST", "CEO") unless curated ("US", "UAE")."""
    return word.isupper() and len(word) <= 4 and not gazetteer.curated(key)


def is_fragment(word: str) -> bool:
    """A one- or two-letter word in mixed case ("Re" of "Re/Max", "Li" of a Chinese name): not a
    place name in news (the LGL and GeoWebNews gold holds none; "US", "UK" are upper case).

    >>> is_fragment("Re"), is_fragment("US"), is_fragment("Rome")
    (True, False, False)
    """
    return len(word) <= 2 and not word.isupper()


def is_common_word(word: str) -> bool:
    """A function word or a common English word that starts sentences ("The", "Commerce").

    >>> is_common_word("The"), is_common_word("Commerce"), is_common_word("Kerman")
    (True, True, False)
    """
    return word.lower() in STOPWORDS or word.lower() in COMMON_WORDS


def plural_people(word: str, gazetteer: Gazetteer) -> bool:
    """True for a demonym in the plural ("Mexicans", "Saudis"): it names people, not their country.

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> plural_people("Mexicans", g), plural_people("Mexican", g), plural_people("Swiss", g), plural_people("Philippines", g)
    (True, False, False, False)
    """
    return word.endswith("s") and normalize(word[:-1]) in gazetteer.demonyms and not gazetteer.has(normalize(word))


def lower_case_words(words: list[Word]) -> frozenset[str]:
    """The words the article writes in lower case (for :func:`lower_case_elsewhere`)."""
    return frozenset(w for w in set(map(itemgetter(1), words)) if w.islower())  # each distinct word once


def lower_case_elsewhere(text: str, words: list[Word], i: int, lower: frozenset[str] | None = None) -> bool:
    """True when word ``i`` starts a sentence and the article also writes it in lower case:
    "Mason charged ... a stonework mason", "Driver injured ... the driver".

    >>> from geomap.mention_lexicon import words_of
    >>> t = "Mason charged. The mason left. Kerman wept."
    >>> lower_case_elsewhere(t, words_of(t), 0), lower_case_elsewhere(t, words_of(t), 6)
    (True, False)
    """
    start, word = words[i]
    if not sentence_initial(text, start):
        return False
    low = word.lower()
    return low != word and low in (lower if lower is not None else lower_case_words(words))


# Offices only a country has: a state before them is part of another name ("Kerman Foreign Ministry").
NATIONAL_OFFICES = frozenset({"foreign", "defense", "defence", "embassy", "ministry", "interior", "parliament"})


def is_division(gazetteer: Gazetteer, key: str) -> bool:
    """True when the best gazetteer entry for ``key`` is a country or a first-level division (a state)."""
    found = gazetteer.lookup(key)
    return bool(found) and found[0].place_type in ("country", "admin1")


def abbreviated_word(text: str, match: NameMatch) -> bool:
    """True for a month or a title abbreviated with a full stop: "Nov. 13", "Sens. Tom Udall".

    >>> t = "learned Nov. 13 that Sens. Udall and Nov agreed"
    >>> [abbreviated_word(t, NameMatch(0, 0, end, key, "toponym")) for end, key in ((11, "nov"), (25, "sens"), (40, "nov"))]
    [True, True, False]
    """
    word = match.key
    return text[match.end:match.end + 1] == "." and (word in TIME_WORDS or is_title(word))


def is_country(gazetteer: Gazetteer, key: str) -> bool:
    """True when the best gazetteer entry for ``key`` is a country."""
    found = gazetteer.lookup(key)
    return bool(found) and found[0].place_type == "country"


# Abbreviations that start a place name before a full stop: "St. Louis", "Mt. Pleasant", "Ft. Worth".
NAME_PREFIXES = frozenset({"st", "ste", "mt", "ft", "pt"})
# Days and months after a place are when, not more of its name: "in Alexandria Friday night".
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "june", "july", "august", "september",
                        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                        "sept", "sep", "oct", "nov", "dec"})


def part_of_longer_name(text: str, words: list[Word], j: int, key: str, gazetteer: Gazetteer,
                        organisations: bool = True) -> bool:
    """True when a capitalised word right after word ``j`` makes the name part of a longer one.

    "Quds Force", "Taco Bell" are not places; "Kerman City" is ("Alexandria Friday" too), and so is a
    country before an office or a title ("US Army", "Iran Foreign Ministry"), and so is any
    place before one of its institutions ("Fargo Mayor", "Shreveport Police Department"), and so is a
    well-known place in an organisation's name ("New York Times", "Texas Southern University").
    A possessive ("Iran's Army") leaves a gap other than one space. Without ``organisations`` (a name in
    capitals, where every word is capitalised), a place before an organisation's head noun is not kept.
    """
    if j + 1 >= len(words):
        return False
    nxt = words[j + 1][1]
    if gap_after(text, words, j) != " " or not is_cap(nxt) or nxt.lower() in PLACE_SUFFIXES \
            or nxt.lower().rstrip(".") in TIME_WORDS:
        return False
    if nxt.lower().rstrip(".") in INSTITUTIONS:  # "Fargo Mayor", "Shreveport Police": the town's own
        return False
    if state_after(text, words, j, gazetteer, shouted=not organisations):  # "Cape Fear North Carolina"
        return False
    if several_word_division(gazetteer, key, nxt):  # "Laurel County Adult Education", "New Mexico GOP"
        return False
    if is_title(nxt) or nxt.lower().rstrip(".") in OFFICES:  # "US Army", "Ohio Senate": a country's or a state's;
        if is_country(gazetteer, key) or (is_division(gazetteer, key) and nxt.lower() not in NATIONAL_OFFICES):
            return False  # "Kerman Foreign Ministry", "Quds Force" are no state's or town's
        if " " not in key:
            return True
    return not (organisations and names_organisation(text, words, j) and well_known(gazetteer, key))


_WELL_KNOWN_TOWN = 100_000  # a town named in an organisation's name is read as the town from this size
_WELL_KNOWN_TYPES = frozenset({"country", "admin1", "capital"})


def well_known(gazetteer: Gazetteer, key: str) -> bool:
    """True when ``key`` names a country, a state, a capital or a town of 100,000+, or has several words
    (a one-word county, "Lee", "Madison", is a surname as often; a first name is a person's)
    ("Douglas County", "St. Cloud"): such a name before an organisation's head noun is the place
    ("Georgia Bureau of Investigation", "Toronto Transit Commission"), while a small town's one-word name
    there is more often a person's ("Wright State University", "Lipscomb University").

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> well_known(g, "texas"), well_known(g, "douglas county"), well_known(g, "lipscomb")
    (True, True, False)
    """
    found = gazetteer.lookup(key)
    if not found:
        return False
    best = found[0]
    if key.title() in GIVEN_NAMES:  # "Sam Houston State University", "David Lawrence Convention Center"
        return False
    return " " in key or best.place_type in _WELL_KNOWN_TYPES \
        or (best.place_type != "admin2" and best.population >= _WELL_KNOWN_TOWN)


def _plural(word: str) -> bool:
    """A capitalised plural: a team's, a party's or a group's members ("Texas Rangers", "California Democrats")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and not word.isupper()


_ORG_RUN = 5  # capitalised words after a place searched for an organisation's head noun


def names_organisation(text: str, words: list[Word], j: int) -> bool:
    """True when the capitalised words after word ``j`` (joined by single spaces, "of" and "and" allowed)
    hold the head noun of an organisation named after the place: "Minnesota National Guard",
    "Jamaica Cancer Society", "Texas Alcoholic Beverage Commission"; not "Virginia Madsen".

    >>> t = "the Texas Alcoholic Beverage Commission ruled; Virginia Madsen stars"
    >>> w = words_of(t)
    >>> names_organisation(t, w, 1), names_organisation(t, w, 7)
    (True, False)
    """
    return organisation_head(text, words, j) is not None


def organisation_head(text: str, words: list[Word], j: int) -> str | None:
    """The head noun of the organisation whose name word ``j`` begins (see :func:`names_organisation`),
    in lower case, or None.

    >>> t = "the Winnipeg Fire Paramedic Service said"
    >>> organisation_head(t, words_of(t), 1)
    'fire'
    """
    k = j + 1
    while k < len(words) and k <= j + _ORG_RUN and gap_after(text, words, k - 1) == " ":
        word = words[k][1]
        if is_cap(word) and (word.lower() in ORGANISATION_HEADS or _plural(word)):
            return word.lower()
        if not is_cap(word) and word not in ("of", "and", "for"):
            return None
        k += 1
    return None


# A copyright notice names the publisher, not a place of the story: "\u00a9 New York Post".
_COPYRIGHT = re.compile(r"(?:\u00a9|\(c\)|\bcopyright)\s*(?:\d{4}\s+)?(?:the\s+)?$", re.IGNORECASE)
# "St. Patrick's Day", "Valentine's Day": a saint's or a person's day, not a place.
_HOLIDAY = re.compile(r"['\u2019]s\s+(?:Day|Eve)\b")


_NUMBER_AFTER = re.compile(r" (?:No\. )?\d")


def numbered(text: str, match: NameMatch, gazetteer: Gazetteer) -> bool:
    """True when a one-word name of a small town or a feature is followed by a number: a unit, a team or a
    route's name ("Pack 122", "Region 1", "Metro 911", "Kanal 13"); a state's or a county's route
    ("Ohio 63", "U.S. 27"), a county's school district and a city's team and score ("against Louisville
    0 for 10") stay places.

    >>> from geomap.gazetteer import default_gazetteer
    >>> t, g = "from Pack 122 and Ohio 63", default_gazetteer()
    >>> numbered(t, NameMatch(1, 1, 9, "pack", "toponym"), g), numbered(t, NameMatch(4, 4, 22, "ohio", "toponym"), g)
    (True, False)
    """
    if match.i != match.j or not _NUMBER_AFTER.match(text, match.end):
        return False
    found = gazetteer.lookup(match.key)
    return bool(found) and found[0].place_type != "admin2" and not well_known(gazetteer, match.key)


def copyright_notice(text: str, start: int) -> bool:
    """True when a copyright sign or word stands right before ``start``: "\u00a9 New York Post".

    >>> copyright_notice("\u00a9 New York Post", 2), copyright_notice("in New York", 3)
    (True, False)
    """
    before = text[max(0, start - 12):start]
    return ("\u00a9" in before or "(c)" in before.lower() or "opyright" in before) and _COPYRIGHT.search(before) is not None


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def compass_region(text: str, words: list[Word], i: int) -> bool:
    """True when word ``i`` ends a region's name of the form "the East of England", "the North of Scotland":
    the region is not the place after "of" (when the gazetteer knows the whole, the longer match takes it).
    After a distance the compass word is a direction ("20 kilometers Northwest of Borrego Springs").

    >>> t = "the East of England Ambulance Service; east of England; 20 km Northwest of Anza"
    >>> w = words_of(t)
    >>> compass_region(t, w, 3), compass_region(t, w, 9), compass_region(t, w, 13)
    (True, False, False)
    """
    return i >= 3 and words[i - 1][1] == "of" and words[i - 2][1].lower() in _COMPASS and is_cap(words[i - 2][1]) \
        and words[i - 3][1].lower() == "the" and gap_after(text, words, i - 2) == " " \
        and gap_after(text, words, i - 1) == " "


_UNIT_WORDS = frozenset({"km", "kms", "kilometers", "kilometres", "kilometer", "kilometre", "mi", "miles", "mile",
                         "nm"})


def distance_bearing(words: list[Word], i: int) -> bool:
    """True when word ``i`` is a capitalised bearing between a distance and "of"/"from": agency style writes
    "34 km Southwest of Pangandaran", "20 kilometers Northwest of Borrego Springs"; the word is the direction,
    not Cameroon's Southwest region.

    >>> w = words_of("34 km Southwest of Pangandaran; the Southwest of Cameroon; 3 miles East from here")
    >>> distance_bearing(w, 1), distance_bearing(w, 5), distance_bearing(w, 9)
    (True, False, True)
    """
    return 1 <= i < len(words) - 1 and words[i][1].lower() in _COMPASS and words[i + 1][1] in ("of", "from") \
        and words[i - 1][1].lower() in _UNIT_WORDS


def keep_name(text: str, words: list[Word], match: NameMatch, gazetteer: Gazetteer, persons: set[str],
              lower: frozenset[str] | None = None) -> bool:
    """True unless a rule shows the matched name is a person, an organisation or a common word.

    ``lower``: :func:`lower_case_words` of ``words``, when the caller keeps it (one pass per article)."""
    if match.key in gazetteer.not_places or match.key in persons or compass_region(text, words, match.i) \
            or currency_use(text, words[match.i][0], match.end) \
            or (match.i == match.j and (distance_bearing(words, match.i) or service_name(text, words, match.i))) \
            or copyright_notice(text, words[match.i][0]) or _HOLIDAY.match(text, match.end) \
            or kind_word_use(text, match) \
            or numbered(text, match, gazetteer) or newspaper_title(text, words, match.i, match.j, match.key):
        return False
    first = words[match.i][1]
    if first.isupper() and dateline_at(text, words[match.i][0]):  # "TROY, N.C. (AP) —", "LONDON The Latest"
        return True
    acronym = is_acronym(first, match.key, gazetteer) and not headline_division(text, words, match.i, gazetteer)
    common = is_common_word(first) and not settlement_named(text, words[match.i][0])  # "the city of Nice"
    if match.i == match.j and (acronym or common or is_fragment(first) or abbreviated_word(text, match)
                               or lower_case_elsewhere(text, words, match.i, lower) or sentence_word(text, words, match.i)
                               or headline_word(text, words, match.i, gazetteer)):
        return False
    if match.kind == "demonym":
        return not plural_people(words[match.j][1], gazetteer) and not cultural_use(text, words[match.i][0], match.end)
    if shouted(words, match.i, match.j):  # read as if title-cased: see shouted()
        nxt = words[match.j + 1][1] if match.j + 1 < len(words) else ""
        mixed_case_after = nxt[:1].isupper() and not nxt.isupper()
        return mixed_case_after or not part_of_longer_name(text, words, match.j, match.key, gazetteer, False)
    return not after_title_or_first_name(text, words, match.i, gazetteer) \
        and not part_of_longer_name(text, words, match.j, match.key, gazetteer) \
        and not joined_elsewhere(text, words, match.i)


@lru_cache(maxsize=4)  # once per article: the scan keeps a name's verdict for all its mentions
def mid_sentence_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Two capitalised words written together, one space apart, not at a sentence's start."""
    words = words_of(text)
    return frozenset((words[k][1], words[k + 1][1]) for k in range(len(words) - 1)
                     if is_cap(words[k][1]) and is_cap(words[k + 1][1]) and gap_after(text, words, k) == " "
                     and not sentence_initial(text, words[k][0]))


_LAST_ARTICLE: dict[str, frozenset[str]] = {}  # once per article: the scan asks for each sentence-initial word


def mid_sentence_capitals(text: str, words: list[Word]) -> frozenset[str]:
    """The capitalised words (in lower case) the article writes inside a sentence, or in capitals anywhere (a
    dateline: "CLINTON —")."""
    found = _LAST_ARTICLE.get(text)
    if found is None:
        found = frozenset(w.lower() for s, w in words
                          if is_cap(w) and (w.isupper() and len(w) > 1 or not sentence_initial(text, s)))
        _LAST_ARTICLE.clear()
        _LAST_ARTICLE[text] = found
    return found


def sentence_word(text: str, words: list[Word], i: int) -> bool:
    """True when word ``i`` starts a sentence, is a frequent English word that names only small towns
    ("Due", "Share", "Bare") and the article never writes it capitalised inside a sentence (issue 12:
    common words): "Due to the increasing smoke", not "Temple police said. In Temple, ...".

    >>> t = "Due to the smoke, roads closed. Hudson police said. Share your memories. In Hudson, a fire."
    >>> sentence_word(t, words_of(t), 0), sentence_word(t, words_of(t), 6), sentence_word(t, words_of(t), 9)
    (True, False, True)
    """
    start, word = words[i]
    low = word.lower()
    return low in SENTENCE_WORDS and sentence_initial(text, start) and low not in mid_sentence_capitals(text, words)


def joined_elsewhere(text: str, words: list[Word], i: int) -> bool:
    """True when word ``i`` follows a sentence-initial capitalised word that the article also writes
    right before it mid-sentence, where it is part of a longer name: "Taco Bell killer pleads
    guilty. ... in a West Side Taco Bell" (a first name is only recognised mid-sentence).

    >>> t = "Taco Bell killer jailed. He shot her in a Taco Bell. Downtown Bell was calm."
    >>> w = words_of(t)
    >>> joined_elsewhere(t, w, 1), joined_elsewhere(t, w, 12)
    (True, False)
    """
    if i == 0 or gap_after(text, words, i - 1) != " ":
        return False
    prev = words[i - 1]
    return is_cap(prev[1]) and prev[1].lower() not in STOPWORDS and sentence_initial(text, prev[0]) \
        and (prev[1], words[i][1]) in mid_sentence_pairs(text)


def shouted(words: list[Word], i: int, j: int) -> bool:
    """True when words ``i..j`` are all in capitals. Then a capitalised word before them is no
    first name (in an ALL-CAPS headline, "CHECK YOUR TICKETS NEW JERSEY!!", every word is); a
    mixed-case word after them ends the name ("SAN ANTONIO Turner Sports", a dateline that lost
    its dash), while a capitals word after them may still make a longer name ("MARINE ENERGY
    WALES ANNUAL CONFERENCE").

    >>> from geomap.mention_lexicon import words_of
    >>> w = words_of("TICKETS NEW JERSEY now. New Jersey Devils. A SWAT")
    >>> shouted(w, 1, 2), shouted(w, 4, 5), shouted(w, 7, 8)
    (True, False, False)
    """
    return all(w.isupper() and len(w) > 1 for _, w in words[i:j + 1])
