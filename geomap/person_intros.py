"""People the text introduces by what they are: "a suspected thief named Hanam", "Ndumba Ben, the deceased, was
taking a bath" ("identified as Anslem Douglas" is left out: without the US Douglas, batch 6's Tobago story is
anchored by the Australian Black Rock and Mount Pleasant, tests/test_incident_fresh7_families). Every word of such a name is a
person's, so a later bare "Hanam" (a city of South Korea) or "Ben" (read as Bern) is not taken for a place
(issue 12, batch 13). Skipped cheaply when none of the trigger words is in the article.
"""
from __future__ import annotations

from .lazy_re import lazy_compile
from .mention_lexicon import is_title
from .names import normalize

_NAME = r"(?P<n>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})"
# a person noun, then "named": "a suspected thief named Hanam", "a 25-year-old man named Ali" (a town or a
# boat "named" after someone is no person)
_NAMED = lazy_compile(r"\b(?:man|woman|boy|girl|child|teen(?:ager)?|youth|suspect|thief|robber|victim|driver|"
                      r"farmer|fisherman|resident|student|pupil|person|worker|labourer|laborer|herder|trader|"
                      r"vendor|motorist|passenger|pedestrian|officer|soldier|guard|pilot|mother|father|son|"
                      r"daughter|husband|wife|suspects|men|women|boys|girls)\s+(?:named|called)\s+" + _NAME)
# "Ndumba Ben, the deceased, was": a name in apposition to a person noun, between commas; the comma and the noun
# are searched for first (a literal comma: a fast scan), then the name right before them
_APPOSITION = lazy_compile(r",\s+(?:the|a)\s+(?:deceased|victim|suspect|accused|driver|survivor|\d{1,3}-year-old)\b")
_NAME_BEFORE = lazy_compile(r"(?<!\w)" + _NAME + r"$")
_NAME_REACH = 60
_TRIGGERS = ("named ", "called ")
_PLACE_ENDS = frozenset({"county", "city", "town", "district", "province", "state", "village", "region", "parish"})


def introduced_people(text: str) -> set[str]:
    """Keys of every word of the names the text introduces as a person's.

    >>> sorted(introduced_people("A suspected thief named Hanam was lynched. Ndumba Ben, the deceased, was"))
    ['ben', 'hanam', 'ndumba']
    >>> sorted(introduced_people("a village named Hope; a woman named Miss Butler County; Leeds, the city"))
    []
    """
    out = set()
    names = [m.group("n") for m in _NAMED.finditer(text)] if any(t in text for t in _TRIGGERS) else []
    for m in _APPOSITION.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if before:
            names.append(before.group("n"))
    for name in names:
        words = name.split()
        if is_title(words[0]) or words[-1].lower() in _PLACE_ENDS:  # "a woman named Miss Butler County"
            continue
        out.update(normalize(w) for w in words)
    return out
