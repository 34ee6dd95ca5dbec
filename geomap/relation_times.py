"""When events happen relative to each other: "the second blast ... some 15 minutes after the first".

A time phrase belongs to the ordinal of its clause's head ("the second
blast"); :func:`attach_times` gives it to the relations labelled with that
ordinal, and :func:`time_offset_s` turns it into seconds.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .clauses import EVENT_NOUNS
from .model import Relation
from .relation_patterns import NUMWORD, parse_number
from .vocabulary import ORDINALS

# "the second blast ... some 15 minutes after the first", in one clause (no "." or ";" between):
# a head and a tail, matched separately so that a head with no tail does not rescan the text.
_TIME_HEAD = re.compile(rf"\b(?P<ord>{'|'.join(ORDINALS)})\s+(?:{EVENT_NOUNS})\b", re.IGNORECASE)
_TIME_TAIL = re.compile(
    rf"\b(?P<qual>some|about|around|roughly|nearly|just|only)?\s*"
    rf"(?P<n>\d+|{NUMWORD}|a|an)\s+(?P<unit>seconds?|minutes?|hours?|days?)\s+(?P<rel>after|before)\s+the\s+(?P<ref>{'|'.join(ORDINALS)})\b",
    re.IGNORECASE)
_TIME_S = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def attach_times(text: str, relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """Attach "the second blast occurred some 15 minutes after the first"."""
    times = time_phrases(text)
    out = []
    for r in relations:
        ordinal = (r.label or "").split(" ")[0]
        if ordinal in times:
            r = replace(r, relative_time=times[ordinal])
        out.append(r)
    return tuple(out)


def time_phrases(text: str) -> dict[str, str]:
    """Ordinal -> the phrase that times it ("some 15 minutes after the first"); the last one wins.

    Each head ("the second blast") takes the first tail after it, unless a
    "." or ";" comes between. The tail found last is reused while it still
    lies ahead, so the text is scanned once however many heads have no tail.

    >>> time_phrases("The second blast came some 15 minutes after the first. The third blast; 2 hours after the first")
    {'second': 'some 15 minutes after the first'}
    """
    stops = [m.start() for m in re.finditer(r"[.;]", text)]
    times: dict[str, str] = {}
    resume = 0  # like finditer, a match's text is not searched again
    tail = None
    searched = False
    for head in _TIME_HEAD.finditer(text):
        if head.start() < resume:
            continue
        if not searched or (tail is not None and tail.start() < head.end()):
            tail, searched = _TIME_TAIL.search(text, head.end()), True
        if tail is None:
            break  # no tail anywhere ahead: no later head has one either
        i = bisect.bisect_left(stops, head.end())
        if i < len(stops) and stops[i] < tail.start():
            continue  # the clause ends before the tail
        times[head.group("ord").lower()] = text[tail.start("qual") if tail.group("qual") else tail.start("n"):tail.end()]
        resume = tail.end()
    return times


def time_offset_s(relative_time: str | None) -> float | None:
    """Seconds after the reference event stated in ``relative_time``.

    >>> time_offset_s("some 15 minutes after the first")
    900.0
    """
    if not relative_time:
        return None
    m = re.search(rf"(\d+|{NUMWORD}|an?)\s+(second|minute|hour|day)s?\s+(after|before)", relative_time, re.I)
    if not m:
        return None
    n = m.group(1).lower()
    value = float(n) if n.isdigit() else parse_number(n)
    return value * _TIME_S[m.group(2).lower()] * (1 if m.group(3).lower() == "after" else -1)
