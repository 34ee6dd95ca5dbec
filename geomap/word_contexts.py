"""Where a capitalised common word is, and is not, a place (issue 12, for ``mention_rules``).

* :func:`settlement_named`: "the Mediterranean city of Nice": after "city of", "town of" ... a
  word of the common-word list ("Nice", "Reading") is the settlement's name;
* :func:`headline_word`: "Residents Urged to Flee": a Title Case headline capitalises every word,
  so a word there that only small towns bear (Flée, France, 578 people) and that the article
  writes nowhere else with a capital is a word, not a place.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .mention_lexicon import Word, words_of  # noqa: F401  (words_of: doctests)
from .names import normalize

_SETTLEMENT_OF = re.compile(r"\b(?:city|town|village|port|resort|capital|commune|municipality)\s+of\s+$", re.I)
SMALL_TOWN = 10_000  # a headline word borne only by places smaller than this is read as a word
_TOWN_TYPES = frozenset({"city", "admin2", "admin3"})
_MIN_HEADLINE_WORDS = 4


def settlement_named(text: str, start: int) -> bool:
    """True when the word at ``start`` follows "city of", "town of", "port of" ...

    >>> t = "a church in the Mediterranean city of Nice that killed two"
    >>> settlement_named(t, t.index("Nice")), settlement_named("Nice weather", 0)
    (True, False)
    """
    return _SETTLEMENT_OF.search(text, max(0, start - 24), start) is not None


def _title_case_headline(text: str, words: list[Word]) -> int:
    """The end of the first line when it is a Title Case headline (its longer words all capitalised), else 0."""
    line_end = text.find("\n")
    if line_end < 0:
        return 0
    head = [w for s, w in words if s < line_end]
    longer = [w for w in head if len(w) > 3]
    if len(head) < _MIN_HEADLINE_WORDS or not longer or not all(w[:1].isupper() for w in longer):
        return 0
    return line_end


def headline_word(text: str, words: list[Word], i: int, gazetteer: Gazetteer) -> bool:
    """True when word ``i`` stands in a Title Case headline, names only small towns, and the article
    writes it with a capital nowhere after the headline.

    >>> from geomap.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> t = "Fire Devours Island Forests; Residents Urged to Flee\\nThousands have fled the fire near Athens."
    >>> w = words_of(t)
    >>> headline_word(t, w, 7, g), headline_word("Flee\\nThey flee.", words_of("Flee\\nThey flee."), 0, g)
    (True, False)
    """
    start, word = words[i]
    end = _title_case_headline(text, words)
    if start >= end:
        return False
    found = gazetteer.lookup(normalize(word))
    if not found or any(e.place_type not in _TOWN_TYPES or e.population >= SMALL_TOWN for e in found):
        return False
    return not any(s > end and w == word for s, w in words)
