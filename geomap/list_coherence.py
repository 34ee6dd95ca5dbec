"""Names in one list share a type: "states such as California or Washington", "Louisiana, Michigan,
Missouri and Ohio" (issue #13; the list coherence of CLAVIN and CLIFF).

A name picked as a town whose list partners are states (or countries) is the state (or country) of
that name when the gazetteer has one; a list whose every name is a state of one country is those
states: "California or Washington" is Washington State, not the capital (nor California, Maryland).
A list here is a run of mentions separated only by a comma, "and", "or" or "&"; two names joined by a
bare comma are no list ("Columbus, Ohio" is a town and its state), and a town written before the
state that holds it ("Washington, Pennsylvania, and ...") keeps its reading.
"""
from __future__ import annotations

import re
from collections import Counter

from .model import Entry, Mention
from .names import normalize

_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*\Z", re.I)
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&", re.I)
AREAS = ("admin1", "country")


def _runs(mentions: list[Mention], text: str) -> list[list[int]]:
    """Indices of mentions forming lists (in text order), each of two names or more."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    runs, run = [], [order[0]] if order else []
    for a, b in zip(order, order[1:]):
        gap = text[mentions[a].end:mentions[b].start]
        if gap and _SEPARATOR.fullmatch(gap):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _is_list(run: list[int], mentions: list[Mention], text: str) -> bool:
    """Three names or more, or two joined by "and"/"or" (a bare comma pair is "Town, State")."""
    if len(run) >= 3:
        return True
    return bool(_CONJUNCTION.search(text[mentions[run[0]].end:mentions[run[1]].start]))


def _pinned_by_next(i: int, run: list[int], picks: list[Entry | None]) -> bool:
    """A town followed by the state that holds it ("Washington, Pennsylvania")."""
    pos = run.index(i)
    if pos + 1 >= len(run):
        return False
    town, nxt = picks[i], picks[run[pos + 1]]
    return bool(town and nxt and nxt.place_type == "admin1" and (town.country, town.admin1) == (nxt.country, nxt.admin1))


def _states_of_one_country(run: list[int], cands: list[list[Entry]], picks: list[Entry | None]) -> dict | None:
    """When every listed name is the name of a first-level division of one country ("California or
    Washington", "Louisiana, Michigan, Missouri"), the picks do not already lie in one state and, if
    they lie in one country, it is that country: those divisions by mention index, else None."""
    if len({(picks[i].country, picks[i].admin1) for i in run if picks[i] is not None}) == 1:
        return None  # towns of one state already agree ("Cornwall and Kent", Connecticut)
    found: dict[int, list[Entry]] = {}
    for i in run:
        if picks[i] is None:
            return None
        written = normalize(picks[i].name)
        found[i] = [e for e in cands[i] if e.place_type == "admin1" and normalize(e.name) == written]
    countries = set.intersection(*({e.country for e in es} for es in found.values()))
    picked_in = {picks[i].country for i in run}
    if len(countries) != 1 or (len(picked_in) == 1 and countries != picked_in):
        return None  # towns of one country are not another country's counties ("Cornwall and Kent")
    country = countries.pop()
    return {i: max((e for e in es if e.country == country), key=lambda e: e.population) for i, es in found.items()}


def coherent(mentions: list[Mention], cands: list[list[Entry]], picks: list[Entry | None],
             text: str | None) -> list[Entry | None]:
    """``picks`` with each listed town whose partners are all areas of one type replaced by the
    same-named candidate of that type, and a list whose every name is a state of one country read as
    those states."""
    if not text or len(mentions) < 2:
        return picks
    out = list(picks)
    for run in _runs(mentions, text):
        if not _is_list(run, mentions, text):
            continue
        states = _states_of_one_country(run, cands, picks)
        if states and not any(_pinned_by_next(i, run, picks) for i in run):
            out = [states.get(i, e) for i, e in enumerate(out)]
            continue
        counts = Counter(picks[j].place_type for j in run if picks[j] is not None)  # linear in the run's length
        for i in run:
            pick = picks[i]
            others = counts - Counter([pick.place_type]) if pick is not None else counts
            kinds = set(others)
            if pick is None or pick.place_type in AREAS or len(kinds) != 1 or not kinds <= set(AREAS):
                continue
            if _pinned_by_next(i, run, picks):
                continue
            kind = kinds.pop()
            same = [e for e in cands[i] if e.place_type == kind and normalize(e.name) == normalize(pick.name)]
            if same:
                out[i] = max(same, key=lambda e: e.population)
    return out
