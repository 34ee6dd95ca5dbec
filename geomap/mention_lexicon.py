"""Word lists and word-level helpers of the mention finder (``geomap.mentions``).

The lists are general English (titles, function words, days, months, compass
words, news agencies) or curated files under ``data/curated``; none is fitted to
one article.
"""
from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

# A word: letters, joined by hyphens or apostrophes; "U." of "U.S." keeps its dot.
WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?:\.(?=[^\W\d_]\.))?", re.UNICODE)

# Words that, capitalised in front of a name, make it a person's name.
TITLES = {
    "gen", "general", "president", "mr", "mrs", "ms", "miss", "dr", "sen", "sens", "senator", "rep", "reps",
    "representative", "gov", "governor", "secretary", "minister", "king", "queen", "prince",
    "princess", "sheikh", "ayatollah", "judge", "justice", "officer", "sgt", "sergeant", "capt",
    "captain", "col", "colonel", "lt", "lieutenant", "maj", "major", "chief", "pope", "lord", "sir",
    "dame", "rev", "reverend", "imam", "commander", "admiral", "adm", "detective", "det", "coach",
    "mayor", "chairman", "ceo", "director", "spokesman", "spokeswoman", "prof", "professor",
    "cardinal", "bishop", "emir", "sultan", "premier", "chancellor", "ambassador", "envoy",
    "attorney", "lawyer", "pastor", "trooper", "deputy", "inspector", "councilman", "councilwoman",
}
# Capitalised words that may follow a place name and still leave it that place
# ("Kerman City"). Division words ("Kerman Province") are not here: the
# division is not the town, so such a mention is left out rather than drawn
# as the town.
PLACE_SUFFIXES = {"city", "town"}
# Capitalised words that start sentences or headlines and are never places here:
# function words, quantifiers, days, months, compass words, news agencies.
STOPWORDS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "if", "as", "by", "to",
    "he", "she", "it", "we", "they", "i", "you", "this", "that", "these", "those", "his", "her",
    "their", "our", "its", "who", "what", "when", "where", "why", "how", "after", "before",
    "while", "with", "from", "some", "many", "most", "all", "no", "not", "one", "two", "three",
    "more", "less", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "god", "lord", "said", "says", "police", "army",
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
    "mobile", "reading", "liberty", "union", "unity", "progress",
    "ap", "afp", "cnn", "bbc", "nbc", "abc", "cbs", "fox",
}
# Capitalised nouns after a country that leave it a place: "US Army", "Iran Foreign Ministry".
OFFICES = {"army", "navy", "forces", "force", "government", "embassy", "ministry", "military", "troops",
           "officials", "department", "parliament", "congress", "senate", "court", "coast", "border",
           "foreign", "defense", "defence", "interior", "state"}
# Capitalised words after a town, county or state that name its public institutions or officials:
# "Shreveport Police Department", "Fargo Mayor", "Kanawha Circuit Court", "Alaska Gov.". The
# place is named (the corpora annotate it); an organisation named otherwise ("New York Post") is not.
INSTITUTIONS = {"police", "sheriff", "sheriff's", "sheriff\u2019s", "fire", "mayor", "gov", "governor", "department",
                "district", "board", "council", "jail", "court", "superior", "circuit", "attorney", "courthouse",
                "municipal", "coroner", "commissioners", "commission", "detention", "chamber", "public", "community",
                "regional", "high", "school", "schools", "city", "township", "county", "legislature", "premier",
                "councilman", "councilwoman", "prosecutor", "prosecutors", "officials", "residents", "voters",
                # a town's or a riding's elected officers: "Litchfield Selectman", "Oxford MPP" (issue 12)
                "selectman", "selectmen", "selectwoman", "alderman", "aldermen", "councillor", "councillors",
                "commissioner", "supervisor", "supervisors", "clerk", "treasurer", "assessor", "auditor", "trustee",
                "trustees", "magistrate", "magistrates", "mp", "mpp", "mla", "mep"}
# Head nouns of organisations, events and newspapers named after a place: "Texas Southern University",
# "Minnesota National Guard", "Jamaica Cancer Society", "The Washington Post". News corpora annotate the
# place inside such a name (LGL and GeoWebNews both do), so the place is kept, unlike a person's name
# ("Virginia Madsen") or a brand ("California Chrome") after it.
ORGANISATION_HEADS = {
    "university", "college", "academy", "institute", "school", "hospital", "clinic", "airport", "port",
    "times", "post", "journal", "herald", "tribune", "news", "gazette", "chronicle", "star", "telegraph",
    "observer", "examiner", "review", "democrat", "register", "press", "courier", "magazine",
    "guard", "patrol", "bureau", "agency", "authority", "service", "services", "administration", "office",
    "department", "ministry", "commission", "committee", "council", "board", "assembly", "house", "senate",
    "legislature", "society", "association", "foundation", "federation", "union", "league", "club",
    "alliance", "trust", "fund", "corporation", "company", "group", "bank", "party", "democrats",
    "republicans", "center", "centre", "museum", "library", "zoo", "festival", "fair", "conference",
    "olympics", "games", "cup", "championship", "marathon", "transit", "railway", "railways", "airlines",
    "airways", "utilities", "chamber", "court", "police", "fire", "sheriff", "army", "navy", "forces",
}
# Lower-case words that may stand inside a place name ("Isle of Man", "Rio de Janeiro").
CONNECTORS = {"of", "de", "del", "la", "le", "and", "upon", "on", "the", "al", "el", "du", "des", "da", "dos",
              "es", "sur", "am", "an", "der", "den", "aan", "op", "les",  # Dar es Salaam, Frankfurt am Main
              "y"}  # Spanish "and": "in the city of Treinta y Tres" (Uruguay), not Santa Rosa Treinta in Mexico
MAX_WORDS = 5  # the longest place name tried, in words


def _word_list(name: str) -> frozenset[str]:
    from .gazetteer import data_dir

    path = data_dir() / "curated" / name
    return frozenset(line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.split("#")[0].strip())


# Capitalised English words that GeoNames also has as town names ("Commerce",
# "Industry", "Snow"): a single such word is not taken for a place.
COMMON_WORDS = {w.lower() for w in _word_list("common_words.txt")}
# Frequent English words that name only small towns (scripts/make_sentence_words.py): at a sentence's start
# such a word is the word ("Due to the smoke", "Share your memories"), see mention_rules.sentence_word.
SENTENCE_WORDS = _word_list("sentence_words.txt")
# Given names: "Paul Allen" makes Allen a person everywhere in the article. geomap's own list and the common
# US given names of the 1990 Census (scripts/make_given_names.py: no place of note, no common word among them).
GIVEN_NAMES = _word_list("given_names.txt") | _word_list("census_given_names.txt")

Word = tuple[int, str]  # (offset in the text, the word without a possessive ending)


def is_cap(word: str) -> bool:
    """True when ``word`` starts with a capital letter.

    >>> is_cap("Kerman"), is_cap("kerman"), is_cap("")
    (True, False, False)
    """
    return word[:1].isupper()


def is_title(word: str) -> bool:
    """True for a title word, with or without its dot ("Gen.", "president").

    >>> is_title("Gen."), is_title("President"), is_title("Kerman")
    (True, True, False)
    """
    return word.lower().rstrip(".") in TITLES


def strip_possessive(text: str) -> str:
    """``text`` without a final "'s" or the "'" of a plural possessive.

    >>> strip_possessive("Iran's"), strip_possessive("Emirates'"), strip_possessive("Paris")
    ('Iran', 'Emirates', 'Paris')
    """
    if text.endswith(("'s", "\u2019s")):
        return text[:-2]
    if text.endswith(("s'", "s\u2019")):
        return text[:-1]
    return text


def words_of(text: str) -> list[Word]:
    """The words of ``text`` with their offsets, possessive endings dropped.

    >>> words_of("Iran's U.S. envoy")
    [(0, 'Iran'), (7, 'U.'), (9, 'S'), (12, 'envoy')]
    """
    # Only a word ending in "s" or an apostrophe can end in a possessive: the others skip the call (a fifth of
    # the time of the mention finder's tokenising).
    return [(m.start(), strip_possessive(w) if (w := m.group())[-1] in _POSSESSIVE_LAST else w)
            for m in WORD.finditer(text)]


_POSSESSIVE_LAST = "s'\u2019"


def capitalised(words: list[Word]) -> list[int]:
    """The indices of the words that start with a capital letter (:func:`is_cap`), in order.

    A fifth of an article's words are capitalised: the rules that look only at those (names, titles, first
    names) loop over these indices instead of every word. The test runs in C (words are never empty, so
    ``word[0].isupper()`` is ``is_cap(word)``).

    >>> capitalised(words_of("Iran's U.S. envoy met Ali in Kerman"))
    [0, 1, 2, 5, 7]
    """
    return list(compress(count(), map(str.isupper, map(_FIRST, map(_WORD, words)))))


_WORD, _FIRST = itemgetter(1), itemgetter(0)


def gap_after(text: str, words: list[Word], k: int) -> str:
    """The text between word ``k`` (as stored, possessive dropped) and word ``k + 1``.

    >>> t = "Iran's Kerman, Iran"
    >>> gap_after(t, words_of(t), 0), gap_after(t, words_of(t), 1)
    ("'s ", ', ')
    """
    start, word = words[k]
    return text[start + len(word):words[k + 1][0]]
