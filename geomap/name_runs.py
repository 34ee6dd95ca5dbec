"""Runs of personal names in an article (issue 12): a name introduced mid-sentence after a first name the
given-name list may lack ("deputy Ronnie Howell", "Cameron Lee Earle", "Roger van Boxtel"), the words an
article writes as places ("in Charleston."), and the places too prominent to be taken for a surname.
Used by :mod:`geomap.person_filter`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Gazetteer
from .mention_lexicon import (COMMON_WORDS, GIVEN_NAMES, INSTITUTIONS, STOPWORDS, Word, capitalised, gap_after, is_cap,
                              is_title)
from .names import normalize

_SPEAKING_PLACE = 100_000  # towns of this size, states and countries speak for themselves ("Tbilisi says")


def sentence_initial(text: str, pos: int) -> bool:
    """True when only quotes, brackets and spaces stand between ``pos`` and a sentence's start.

    >>> sentence_initial("Ends. (Kerman", 7), sentence_initial("in Kerman", 3), sentence_initial("Kerman", 0)
    (True, False, True)
    """
    k = pos
    while k > 0 and text[k - 1] in " \"'\u201c\u2018(":  # no copy of text[:pos]: linear in the article
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:\u2014"


# Words before a place that qualify it rather than name a person: "Northeast Georgia", "Downtown Cleveland".
AREA_MODIFIERS = frozenset({"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                            "southeastern", "southwestern", "sub-saharan", "downtown", "uptown", "midtown", "metro",
                            "metropolitan", "greater", "historic", "upstate", "downstate", "coastal", "inner",
                            "outer", "former"})


def longer_name_after(text: str, words: list[Word], k: int) -> bool:
    """True when a capitalised word follows word ``k`` one space apart: "Old Alton Edwardsville Road" names a
    road, not a person Alton Edwardsville."""
    return k + 1 < len(words) and is_cap(words[k + 1][1]) and gap_after(text, words, k) == " " \
        and words[k + 1][1] not in _SUFFIXES  # "Robert McDonald Jr." is a person's name


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


@lru_cache(maxsize=8192)  # the same surnames and first names come back article after article
@lru_cache(maxsize=1 << 16)  # a word's answer never changes for one gazetteer; news repeats its words
def prominent_place(gazetteer: Gazetteer, key: str) -> bool:
    """A country, a state or a town of 100,000+ of that very name: such a word is a place first, even after a
    capitalised word or before "said" ("Johnson" is no prominent place for being "Johnson County")."""
    found = gazetteer.lookup(key) if gazetteer.has(key) else ()  # has(): a cheap test first
    return any(e.place_type in ("country", "admin1") or (e.population >= _SPEAKING_PLACE and normalize(e.name) == key)
               for e in found)  # every entry: counties come first ("Dallas County" before Dallas)


def _could_be_first_name(word: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word that may be a person's first (or middle) name: no function word, title, common
    English word, area word ("Downtown"), demonym or prominent place ("Austin Texas" is two places)."""
    low = word.lower()
    key = normalize(word)
    return word[1:].islower() and len(word) > 2 and low not in STOPWORDS and not is_title(word) \
        and (low not in COMMON_WORDS or word in GIVEN_NAMES) and low not in AREA_MODIFIERS \
        and key not in gazetteer.demonyms and not prominent_place(gazetteer, key)


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "ibn"})
_NAME_GAPS = frozenset({" ", ". "})  # "Ronnie Howell", "Gino D. Bassett"


def _after_word_or_comma(text: str, start: int) -> bool:
    """True when a lower-case word, a comma or an opening bracket stands before ``start`` (past spaces)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and (text[k - 1].islower() or text[k - 1] in ",(")


def _name_run(text: str, words: list[Word], k: int) -> int:
    """Index of the last word of the run of capitalised words (and name particles: "Mike de Kock") from
    word ``k``, joined by one space (or ". " after an initial), at most four words."""
    m = k
    while m + 1 < len(words) and m - k < 3 and gap_after(text, words, m) in _NAME_GAPS:
        nxt = words[m + 1][1]
        if gap_after(text, words, m) == ". " and len(words[m][1]) > 1:
            break  # a full stop after a word ends the sentence
        if nxt in _SUFFIXES or not (is_cap(nxt) or (nxt in _PARTICLES and m + 2 < len(words) and is_cap(words[m + 2][1]))):
            break
        m += 1
    return m


# After "in Charleston": the sentence's punctuation or a function word, not a noun ("in Ravenel cocaine case").
_PLACE_ENDS = r"(?=\s*[,.;:!?)\n]|\s+(?:and|or|on|in|at|for|from|to|was|is|has|had|where|when|last|this|next|after|" \
              r"before|until|during|since|with)\b)"


def written_as_a_place(text: str, word: str) -> bool:
    """True when the article writes ``word`` after "in", "near" or "outside", alone: "the Kanawha River in
    Charleston" (then "Generation Charleston" is an organisation, not a person's name).

    >>> written_as_a_place("the river in Charleston. Generation Charleston", "Charleston")
    True
    >>> written_as_a_place("in Earle's case, Cameron Lee Earle", "Earle"), written_as_a_place("in Ravenel cocaine case", "Ravenel")
    (False, False)
    """
    return word in _written_after_in(text)


_AFTER_IN = re.compile(r"\b(?:in|near|outside)\s+(?P<w>[A-Z][\w\u2019'-]*?)" + _PLACE_ENDS)


@lru_cache(maxsize=4)  # once per article: every candidate surname asks
def _written_after_in(text: str) -> frozenset[str]:
    return frozenset(m.group("w") for m in _AFTER_IN.finditer(text))


def first_name_surnames(text: str, words: list[Word], gazetteer: Gazetteer, caps: list[int] | None = None) -> set[str]:
    """Keys of surnames introduced mid-sentence after a first name the given-name list may not hold, the
    way news introduces people: "deputy Ronnie Howell attempted", "overturned Cameron Lee Earle's
    conviction", "chief Roger van Boxtel" (then "apprehended by Howell", "against Earle"). The name
    stands alone: two to four words (first and middle names, initials, particles, then the surname) after a
    lower-case word or a comma and before a lower-case word or punctuation, and the whole is no gazetteer
    name. A country, a state, a demonym or a town of 100,000+ stays a place (issue 12). ``caps``:
    :func:`capitalised` of ``words``, when the caller keeps it.

    >>> from geomap.gazetteer import default_gazetteer
    >>> from geomap.mention_lexicon import words_of
    >>> t = "deputy Ronnie Howell attempted to stop him, and Howell gave chase; in Austin Texas; in Downtown Howell"
    >>> sorted(first_name_surnames(t, words_of(t), default_gazetteer()))
    ['howell']
    """
    names: set[str] = set()
    caps = capitalised(words) if caps is None else caps
    capital = set(caps)
    last = len(words) - 1
    starts = [k for k in caps if 0 < k < last  # a run's start: not joined to a capitalised word before it
              and (k + 1 in capital or words[k + 1][1] in _PARTICLES)
              and not (k - 1 in capital and gap_after(text, words, k - 1) in _NAME_GAPS)]
    for k in starts:
        start = words[k][0]
        m = _name_run(text, words, k)
        if m > k and _after_word_or_comma(text, start) and not sentence_initial(text, start):
            last = words[m][1]
            key = normalize(last)
            firsts = [w for _, w in words[k:m] if w not in _PARTICLES]
            if (gazetteer.has(key) or "-" in last) and key not in names and len(firsts[0]) > 1 \
                    and last.lower() not in STOPWORDS and last.lower() not in INSTITUTIONS \
                    and all(len(w) == 1 or _could_be_first_name(w, gazetteer) for w in firsts) \
                    and not prominent_place(gazetteer, key) and key not in gazetteer.demonyms \
                    and not gazetteer.has(normalize(text[start:words[m][0] + len(last)])) \
                    and not written_as_a_place(text, last):
                names.add(key)
    return names
