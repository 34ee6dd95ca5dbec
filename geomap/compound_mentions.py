"""Places inside hyphenated words: "Russia-Turkey", "UK-based", "anti-Russian", "DFL-Minneapolis".

The mention finder reads a hyphenated word as one word; when the whole is not
a gazetteer name ("Winston-Salem" is), each capitalised part that is a place
or a demonym is a mention, provided every other part is a place too
("Fargo-Moorhead", "Syrian-Turkish"), a lower-case word ("UK-based",
"anti-Russian") or a party's initials ("R-Marshall", "DFL-Cook"). So
"Coca-Cola" or "Mercedes-Benz" stay words (in a pair of capitalised names, each
must be a demonym, a division or a town of at least 5,000 people).
"""
from __future__ import annotations

import re
from typing import Callable

from .gazetteer import Gazetteer
from .mention_lexicon import Word, is_cap
from .mention_rules import is_acronym, is_common_word
from .names import normalize

_PART = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)
_PARTY = re.compile(r"^(?:[A-Z]|[A-Z]{2,4})$")  # "R", "D", "DFL"


# Lower-case particles that join the words of one name: Persian/Dari ezafe and Arabic articles
# ("Qala-e Now", "Mazar-i-Sharif", "Kot-e Ashro", "Hayat-ul-Quran"). A hyphenated word holding one
# before a capitalised word is a piece of a longer name, not two names ("Qala-e" is not Qala).
NAME_PARTICLES = frozenset({"e", "i", "ye", "ul", "ur", "us", "al", "el", "ud", "ad", "o"})
_CAP_NEXT = re.compile(r" [A-Z]")

_PAIR_POPULATION = 5_000  # a town in a pair of names ("Fargo-Moorhead") is at least this large
_DIVISIONS = {"country", "capital", "admin1", "admin2", "continent", "ocean", "sea"}  # "Asia-Pacific"


def _prominent(key: str, gazetteer: Gazetteer) -> bool:
    found = gazetteer.lookup(key)
    return bool(found) and (found[0].population >= _PAIR_POPULATION or found[0].place_type in _DIVISIONS)


def joins_a_name(text: str, start: int, word: str) -> bool:
    """True when a name particle inside ``word`` (not its first part) stands before a capitalised part,
    in the word or in the next word: "Qala-e Now", "Mazar-i-Sharif".

    >>> joins_a_name("the capital Qala-e Now", 12, "Qala-e"), joins_a_name("a UK-based firm", 2, "UK-based")
    (True, False)
    """
    parts = word.split("-")
    for n, part in enumerate(parts[1:], start=1):
        if part not in NAME_PARTICLES:
            continue
        if n + 1 < len(parts) and is_cap(parts[n + 1]):
            return True
        if n + 1 == len(parts) and _CAP_NEXT.match(text, start + len(word)):
            return True
    return False


def _place_kind(part: str, gazetteer: Gazetteer, persons: set[str]) -> str | None:
    key = normalize(part)
    if len(part) < 2 or not is_cap(part) or is_common_word(part) or key in gazetteer.not_places or key in persons:
        return None
    if gazetteer.finds_demonym(key):
        return "demonym"
    if gazetteer.has(key) and not is_acronym(part, key, gazetteer):
        return "toponym"
    return None


_JOINABLE = re.compile(r"^(?: |\. )$")  # "San Jose-based", "St. Louis-based"


def joined_name_before(text: str, words: list[Word], k: int, gazetteer: Gazetteer,
                       free: Callable[[int, int], bool]) -> tuple[int, int, str, str] | None:
    """The span of a place of several words whose last one is joined by a hyphen to a lower-case word:
    "St. Louis-based", "Abu Dhabi-based", "Rock Hill-area" (the words before the hyphen, longest first).

    >>> from geomap.gazetteer import default_gazetteer
    >>> from geomap.mention_lexicon import words_of
    >>> t = "the San Jose-based court"
    >>> joined_name_before(t, words_of(t), 2, default_gazetteer(), lambda s, e: True)
    (4, 12, 'toponym', 'san jose')
    """
    start, word = words[k]
    head, _, rest = word.partition("-")
    if not is_cap(head) or not rest[:1].islower():
        return None
    end = start + len(head)
    for n in (2, 1):
        if k - n < 0 or not all(is_cap(w) and _JOINABLE.match(text[s + len(w):words[m + 1][0]])
                                for m, (s, w) in enumerate(words[k - n:k], start=k - n)):
            continue
        first = words[k - n][0]
        key = normalize(text[first:end])
        if gazetteer.has(key) and free(first, end) and key not in gazetteer.not_places:
            return (first, end, "toponym", key)
    return None


def hyphen_part_spans(text: str, words: list[Word], gazetteer: Gazetteer, persons: set[str],
                      free: Callable[[int, int], bool]) -> list[tuple[int, int, str, str]]:
    """Spans ``(start, end, kind, key)`` of the places inside hyphenated words.

    >>> from geomap.gazetteer import default_gazetteer
    >>> from geomap.mention_lexicon import words_of
    >>> t = "Russia-Turkey talks; a UK-based firm; Coca-Cola"
    >>> [t[s:e] for s, e, _, _ in hyphen_part_spans(t, words_of(t), default_gazetteer(), set(), lambda s, e: True)]
    ['Russia', 'Turkey', 'UK']
    """
    spans = []
    for k, (start, word) in enumerate(words):
        if "-" not in word or not free(start, start + len(word)) or gazetteer.has(normalize(word)) \
                or joins_a_name(text, start, word):
            continue
        joined = joined_name_before(text, words, k, gazetteer, free)
        if joined is not None:
            spans.append(joined)
            continue
        parts = [(start + m.start(), m.group()) for m in _PART.finditer(word)]
        kinds = [_place_kind(p, gazetteer, persons) for _, p in parts]
        if not any(kinds):
            continue
        if all(is_cap(p) for _, p in parts) and not all(
                k == "demonym" or (k and _prominent(normalize(p), gazetteer)) for (_, p), k in zip(parts, kinds)):
            if not any(_PARTY.match(p) for _, p in parts):
                continue
        if all(k or not is_cap(p) or _PARTY.match(p) for (_, p), k in zip(parts, kinds)):
            spans += [(s, s + len(p), k, normalize(p)) for (s, p), k in zip(parts, kinds) if k]
    return spans
