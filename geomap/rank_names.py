"""Officers named by their rank ("Sgt Edwards, Cpls Bhagan and Bailey, PCs Singh, Dandrade and West responded")
and Spanish or Portuguese surnames after a particle ("David de León, an emergency official").

A police report lists the officers who came, after abbreviated ranks; a plural rank ("Cpls", "PCs") is
followed by several surnames, every one a person's and none a place (batch 9's Toco police report had
"Bailey" read as Bailey, Colorado, 5,409 km from the drowning). A curated given name, "de", "del", "da" ... and a
capitalised word is a person's name, and its last word a surname ("David de León, an emergency official" in a
story about Guatemala was León, Mexico, 1,242 km off), unless the gazetteer knows the whole ("Santiago de Cuba").
Used by :func:`geomap.person_filter.person_names`.
"""
from __future__ import annotations

import re

from .lazy_re import lazy_compile
from .mention_lexicon import GIVEN_NAMES
from .names import normalize

# Police and military ranks news abbreviates, plural before a list of surnames ("Sgt Edwards, Cpls Bhagan and
# Bailey, PCs Singh, Dandrade and West responded"), singular before one ("Cpl Bailey", "WPC Singh"): every name is
# an officer's. The common titles ("Sgt", "Insp.") are geomap.mention_lexicon.TITLES'; these are their plurals
# and the ranks that list lacks.
_MANY_RANKS = (r"Cpls|PCs|WPCs|Sgts|Insps|Supts|Lts|Capts|Constables|Corporals|Sergeants|Inspectors|Officers|"
               r"Detectives|Messrs")
_ONE_RANK = r"Cpl|PC|WPC|Supt|ASP|SSP|Constable|Corporal|Sgt|Insp"
_RANKS = lazy_compile(
    r"\b(?:(?P<many>" + _MANY_RANKS + r")|(?:" + _ONE_RANK + r"))\.?\s+"
    r"(?P<n>[A-Z][\w'\u2019-]+(?:(?:,\s+|,?\s+and\s+)(?!(?:" + _MANY_RANKS + "|" + _ONE_RANK + r")\b)"
    r"[A-Z][\w'\u2019-]+)*)")
_RANK_HINTS = ("Cpl", "PC", "WPC", "Sgt", "Insp", "Supt", "Lts", "Capts", "ASP", "SSP", "Constable", "Corporal",
               "Sergeants", "Inspectors", "Officers", "Detectives", "Messrs")


def ranked_names(text: str) -> set[str]:
    """Keys of the surnames after a police or military rank, every one of a list after a plural rank.

    >>> sorted(ranked_names("Sgt Edwards, Cpls Bhagan and Bailey, PCs Singh, Dandrade and West responded. Cpl Ross and Troy"))
    ['bailey', 'bhagan', 'dandrade', 'edwards', 'ross', 'singh', 'west']
    """
    if not any(h in text for h in _RANK_HINTS):  # a cheap test first: most articles name no such rank
        return set()
    names = set()
    for m in _RANKS.finditer(text):
        run = re.split(r",?\s+and\s+|,\s+", m.group("n"))
        names.update(normalize(w) for w in (run if m.group("many") else run[:1]))
    return names


_PARTICLE = lazy_compile(r"\b(?P<first>[A-Z][a-z]+)\s+(?:de\s+la|de\s+los|de\s+las|del|de|da|do|dos|das)\s+"
                         r"(?P<n>[A-Z][\w'\u2019-]+)\b")
_CAPITAL_BEFORE = lazy_compile(r"[A-Z][\w.'\u2019-]*\s+$")  # "San Juan de Dios": the given name is no first word
_PARTICLE_HINTS = (" de ", " del ", " da ", " do ", " dos ", " das ")


def particle_surnames(text: str, gazetteer=None) -> set[str]:
    """Keys of the surnames after a curated given name and a particle ("David de León" -> leon), when the
    whole is no gazetteer name and no capitalised word comes before it ("San Juan de los Morros" is a town).

    >>> sorted(particle_surnames("said David de León, an official. Maria da Silva and Juan de la Cruz; in San Juan de Dios"))
    ['cruz', 'leon', 'silva']
    """
    if not any(h in text for h in _PARTICLE_HINTS):  # a cheap test first
        return set()
    out = set()
    for m in _PARTICLE.finditer(text):
        if m.group("first") not in GIVEN_NAMES or _CAPITAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if gazetteer is not None and gazetteer.has(normalize(m.group())):
            continue
        out.add(normalize(m.group("n")))
    return out
