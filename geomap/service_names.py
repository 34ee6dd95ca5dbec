"""A topographic common noun that begins a service's name is no place (issue #12).

GeoNames names some divisions with a plain noun: Kenya's Coast province, Nigeria's Delta state,
Papua New Guinea's Gulf province. Written before a service's head noun they are the service's name,
not the division: "the Coast Guard said" (41 of the project's real shipwreck and incident quotes say
so), "Delta Air Lines", "the Border Patrol", "Gulf Air", "the Central Bank".
"""
from __future__ import annotations

# the plain nouns GeoNames uses as division names, written alone
TOPOGRAPHIC_WORDS = frozenset({"coast", "delta", "gulf", "border", "central", "highway", "valley"})
# the head nouns that make them a service's name when they follow at once
# (not "police", "service": a town's police is the town's: "the Delta Police Department" is Delta, B.C.'s)
SERVICE_HEADS = frozenset({"guard", "guards", "guardsmen", "patrol", "air", "airlines", "airways", "bank"})


def service_name(text: str, words: list, i: int) -> bool:
    """True when word ``i`` is a topographic noun followed, one space on, by a service's head noun.

    >>> from geomap.mention_lexicon import words_of
    >>> t = "the Coast Guard said; Coast province; Delta Air Lines; the Gulf of Mexico"
    >>> w = words_of(t)
    >>> [service_name(t, w, k) for k in (1, 4, 6, 11)]
    [True, False, True, False]
    """
    if i + 1 >= len(words) or words[i][1].lower() not in TOPOGRAPHIC_WORDS:
        return False
    start, word = words[i]
    nxt_start, nxt = words[i + 1]
    return text[start + len(word):nxt_start] == " " and nxt[:1].isupper() and nxt.lower() in SERVICE_HEADS
