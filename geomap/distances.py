"""Distance statements ("700 meters from X", "a kilometer away") -> relations.

Each statement becomes a :class:`~geomap.model.Relation` with the distance in
metres and the range the wording allows (``inner_m``..``outer_m``). A
statement with no anchor of its own ("the second was a kilometer away")
takes the anchor of the statement it continues.
"""
from __future__ import annotations

import re

from .model import Mention, Place, Relation, Sentence, Warning_
from .text import sentence_at

UNITS_M = {
    "m": 1.0, "meter": 1.0, "metre": 1.0, "km": 1000.0, "kilometer": 1000.0, "kilometre": 1000.0,
    "mi": 1609.344, "mile": 1609.344, "yd": 0.9144, "yard": 0.9144, "ft": 0.3048, "foot": 0.3048,
    "feet": 0.3048, "nm": 1852.0, "nautical mile": 1852.0,
}
_SHORT_UNITS = {"m", "km", "mi", "yd", "ft", "nm"}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "last", "final", "another"]
_EVENT_NOUNS = r"explosions?|blasts?|bombs?|bombings?|attacks?|strikes?|shootings?|fires?|crash(?:es)?|quakes?|earthquakes?|detonations?"

_NUMWORD = "|".join(sorted([*_ONES, *_TENS], key=len, reverse=True))
_NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
           rf"|half\s+an?|an?|(?:{_NUMWORD})(?:[-\s](?:{_NUMWORD}))?(?:\s+(?:hundred|thousand))?)")
_UNIT = (r"(?:nautical\s+miles?|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|yards?|feet|foot"
         r"|km|mi|yds?|ft|nm|m)")
_QUAL = (r"(?:just|only|some|about|around|roughly|approximately|approx\.|nearly|almost|barely"
         r"|more\s+than|over|less\s+than|under|within|up\s+to|at\s+least|at\s+most)")
_DIRWORD = r"(?:north|south|east|west)"
_DIR = (rf"(?:{_DIRWORD}(?:[-\s]?{_DIRWORD}){{0,2}}|[NSEW]{{1,3}})")
DISTANCE_RE = re.compile(
    rf"(?<![\w.])(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUMBER})(?:\s*|-)(?P<unit>{_UNIT})(?![\w])"
    rf"(?:\s+(?P<dir>{_DIR})(?![\w]))?(?:\s+(?P<away>away))?(?:\s+(?P<prep>from|of|outside|off|beyond)\b)?",
    re.IGNORECASE)
_TIME_RE = re.compile(
    rf"\b(?P<ord>{'|'.join(_ORDINALS)})\s+(?:{_EVENT_NOUNS})\b[^.;]*?\b(?P<qual>some|about|around|roughly|nearly|just|only)?\s*"
    rf"(?P<n>\d+|{_NUMWORD}|a|an)\s+(?P<unit>seconds?|minutes?|hours?|days?)\s+(?P<rel>after|before)\s+the\s+(?P<ref>{'|'.join(_ORDINALS)})\b",
    re.IGNORECASE)
_BEARINGS = {"n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0,
             "sse": 157.5, "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0,
             "wnw": 292.5, "nw": 315.0, "nnw": 337.5}
_TIME_S = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_number(text: str) -> float:
    """Value of a number written in digits or English words.

    Examples
    --------
    >>> parse_number("1,200"), parse_number("1.5"), parse_number("a")
    (1200.0, 1.5, 1.0)
    >>> parse_number("twenty-five"), parse_number("two hundred"), parse_number("half a")
    (25.0, 200.0, 0.5)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t[0].isdigit():
        return float(t.replace(",", ""))
    if t.startswith("half"):
        return 0.5
    if t in ("a", "an"):
        return 1.0
    total = 0.0
    for word in t.split():
        if word in _ONES:
            total += _ONES[word]
        elif word in _TENS:
            total += _TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word == "thousand":
            total = max(total, 1) * 1000
        else:
            raise ValueError(f"not a number: {text!r}")
    return total


def unit_metres(unit: str) -> float:
    """Metres in one ``unit`` as written ("kilometres", "km", "ft" ...).

    >>> unit_metres("kilometres"), unit_metres("Miles"), unit_metres("ft")
    (1000.0, 1609.344, 0.3048)
    """
    u = " ".join(unit.lower().split())
    if u in UNITS_M:
        return UNITS_M[u]
    for suffix in ("es", "s"):
        if u.endswith(suffix) and u[: -len(suffix)] in UNITS_M:
            return UNITS_M[u[: -len(suffix)]]
    if u == "yds":
        return UNITS_M["yd"]
    raise ValueError(f"unknown unit {unit!r}")


def parse_bearing(text: str) -> tuple[float, float]:
    """Bearing in degrees and its half-width for a compass direction.

    Eight-point words are +/-22.5 degrees, sixteen-point ones +/-11.25.

    >>> parse_bearing("north-west"), parse_bearing("NNE"), parse_bearing("east")
    ((315.0, 22.5), (22.5, 11.25), (90.0, 22.5))
    """
    t = re.sub(r"[-\s]", "", text.lower())
    abbrev = t if len(t) <= 3 and set(t) <= set("nsew") else "".join(
        w[0] for w in re.findall(r"north|south|east|west", t))
    if abbrev not in _BEARINGS:
        raise ValueError(f"unknown direction {text!r}")
    return _BEARINGS[abbrev], (11.25 if len(abbrev) == 3 else 22.5)


def distance_range(value_m: float, number_text: str, qualifier: str | None) -> tuple[float, float]:
    """The range of distances (metres) the wording supports.

    The tolerance is half the step of the last significant digit as written
    (700 -> +/-50; 1.5 -> +/-0.05), at least 5%; a number in words ("a
    kilometer", "two miles") is +/-25%. "About", "some", "around" double it;
    "nearly" keeps the range below the number, "more than" above it, and
    "within", "less than", "up to" make it a disc.

    Examples
    --------
    >>> distance_range(700.0, "700", "just")
    (650.0, 750.0)
    >>> distance_range(1000.0, "a", None)
    (750.0, 1250.0)
    >>> distance_range(2000.0, "2", "within")
    (0.0, 2000.0)
    """
    raw = number_text.replace(",", "").strip()
    if raw[:1].isdigit():
        if "." in raw:
            step = 10 ** -len(raw.split(".")[1])
            value = float(raw)
        else:
            value = float(raw)
            stripped = raw.rstrip("0")
            step = 10 ** (len(raw) - len(stripped)) if stripped else 1
        rel = max(0.5 * step / value if value else 0.5, 0.05)
    else:
        rel = 0.25
    q = " ".join((qualifier or "").lower().split())
    if q in ("about", "some", "around", "roughly", "approximately", "approx."):
        rel = min(rel * 2, 0.5)
    if q in ("within", "less than", "under", "up to", "at most", "barely"):
        return 0.0, value_m
    if q in ("nearly", "almost"):
        return round(value_m * (1 - 2 * rel), 3), value_m
    if q in ("more than", "over", "at least"):
        return value_m, round(value_m * (1 + 2 * rel), 3)
    return round(value_m * (1 - rel), 3), round(value_m * (1 + rel), 3)


def _clause_label(text: str, sentence: Sentence, pos: int) -> tuple[str | None, str | None]:
    """Ordinal and event noun in the clause before ``pos`` ("the first explosion")."""
    clause = text[sentence.start:pos]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(" while "), clause.rfind(" whereas "))
    clause = clause[cut + 1:] if cut >= 0 else clause
    m = re.search(rf"\b({'|'.join(_ORDINALS)})\b(?:\s+({_EVENT_NOUNS}))?", clause, re.IGNORECASE)
    if not m:
        return None, None
    return m.group(1).lower(), (m.group(2) or "").lower() or None


def find_relations(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                   places: tuple[Place, ...]) -> tuple[tuple[Relation, ...], tuple[Warning_, ...]]:
    """Distance statements in ``text`` tied to their anchor places."""
    place_of = {(m.start, m.end): p for p in places for m in p.mentions}
    relations: list[Relation] = []
    warnings: list[Warning_] = []
    nouns: dict[int, str] = {}
    for m in DISTANCE_RE.finditer(text):
        num, unit = m.group("num"), m.group("unit")
        if unit.lower() in _SHORT_UNITS and not num[0].isdigit():
            continue
        if not num[0].isdigit() and m.group("away") is None and m.group("prep") is None:
            continue  # "a mile" with nothing tying it to a place
        try:
            value_m = parse_number(num) * unit_metres(unit)
        except ValueError:
            continue
        if value_m <= 0:
            continue
        bearing = halfwidth = None
        if m.group("dir"):
            try:
                bearing, halfwidth = parse_bearing(m.group("dir"))
            except ValueError:
                bearing = None
        sentence = sentence_at(sentences, m.start())
        anchor_place = anchor_text = None
        elliptical = False
        if m.group("prep"):
            after = m.end()
            for mention in mentions:
                gap = text[after:mention.start]
                if mention.start >= after and len(gap) <= 5 and gap.strip().lower() in ("", "the"):
                    anchor_place, anchor_text = place_of.get((mention.start, mention.end)), mention.text
                    break
        if anchor_place is None:
            if m.group("prep") and m.group("prep").lower() != "from" and not m.group("away"):
                continue  # "10 km of road": not a statement about place
            previous = [r for r in relations if r.sentence >= sentence.index - 2]
            if previous:
                anchor_key, anchor_text, elliptical = previous[-1].anchor, previous[-1].anchor_text, True
            else:
                warnings.append(Warning_("no_anchor", f"distance {m.group(0)!r} has no place to measure from",
                                         m.group(0), m.start(), m.end()))
                continue
        else:
            anchor_key = anchor_place.entry.source
        inner, outer = distance_range(value_m, num, m.group("qual"))
        ordinal, noun = _clause_label(text, sentence, m.start())
        if noun:
            nouns[sentence.index] = noun
        label = None
        if ordinal:
            noun = noun or nouns.get(sentence.index) or next(
                (nouns[k] for k in sorted(nouns, reverse=True) if k <= sentence.index), None)
            label = f"{ordinal} {noun}" if noun else ordinal
        end = m.end() if m.group("prep") is None else m.end()
        relations.append(Relation(
            anchor=anchor_key, anchor_text=anchor_text, distance_m=round(value_m, 3), inner_m=inner,
            outer_m=outer, bearing_deg=bearing, bearing_halfwidth_deg=halfwidth,
            qualifier=(m.group("qual") or None) and " ".join(m.group("qual").lower().split()),
            text=text[m.start():end], start=m.start(), end=end, sentence=sentence.index,
            label=label, elliptical=elliptical))
    return _attach_times(text, tuple(relations)), tuple(warnings)


def _attach_times(text: str, relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """Attach "the second blast occurred some 15 minutes after the first"."""
    from dataclasses import replace

    times = {}
    for m in _TIME_RE.finditer(text):
        n = m.group("n").lower()
        value = parse_number(n) if not n.isdigit() else float(n)
        unit = m.group("unit").lower().rstrip("s")
        sign = 1 if m.group("rel").lower() == "after" else -1
        phrase = text[m.start("n") if not m.group("qual") else m.start("qual"):m.end()]
        times[m.group("ord").lower()] = (phrase, sign * value * _TIME_S[unit], m.group("ref").lower())
    out = []
    for r in relations:
        ordinal = (r.label or "").split(" ")[0]
        if ordinal in times:
            r = replace(r, relative_time=times[ordinal][0])
        out.append(r)
    return tuple(out)


def time_offset_s(relative_time: str | None) -> float | None:
    """Seconds after the reference event stated in ``relative_time``.

    >>> time_offset_s("some 15 minutes after the first")
    900.0
    """
    if not relative_time:
        return None
    m = re.search(rf"(\d+|{_NUMWORD}|an?)\s+(second|minute|hour|day)s?\s+(after|before)", relative_time, re.I)
    if not m:
        return None
    n = m.group(1).lower()
    value = float(n) if n.isdigit() else parse_number(n)
    return value * _TIME_S[m.group(2).lower()] * (1 if m.group(3).lower() == "after" else -1)
