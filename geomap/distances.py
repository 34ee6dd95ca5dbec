"""Distance statements ("700 meters from X", "a kilometer away") -> relations.

Each statement becomes a :class:`~geomap.model.Relation` with the distance in
metres and the range the wording allows (``inner_m``..``outer_m``). A
statement with no anchor of its own ("the second was a kilometer away")
takes the anchor of the statement it continues.
"""
from __future__ import annotations

import bisect
import math
import re
from decimal import Decimal

from .clauses import EVENT_NOUNS as _EVENT_NOUNS, ORDINALS as _ORDINALS, Clauses, Nouns
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
    rf"(?:\s+(?:further|farther|to\s+the)?\s*(?P<dir>{_DIR})(?![\w]))?(?:\s+(?P<away>away))?"
    rf"(?:\s+(?P<prep>from|of|outside|off|beyond)\b)?",
    re.IGNORECASE)
# "the second blast ... some 15 minutes after the first", in one clause (no "." or ";" between):
# a head and a tail, matched separately so that a head with no tail does not rescan the text.
_TIME_HEAD = re.compile(rf"\b(?P<ord>{'|'.join(_ORDINALS)})\s+(?:{_EVENT_NOUNS})\b", re.IGNORECASE)
_TIME_TAIL = re.compile(
    rf"\b(?P<qual>some|about|around|roughly|nearly|just|only)?\s*"
    rf"(?P<n>\d+|{_NUMWORD}|a|an)\s+(?P<unit>seconds?|minutes?|hours?|days?)\s+(?P<rel>after|before)\s+the\s+(?P<ref>{'|'.join(_ORDINALS)})\b",
    re.IGNORECASE)
_BEARINGS = {"n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0,
             "sse": 157.5, "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0,
             "wnw": 292.5, "nw": 315.0, "nnw": 337.5}
# A distance outside this range is not a zone one can draw: under a metre is
# below any position's precision, and no two points on the WGS84 ellipsoid are
# farther apart than half the equator (pi * 6378137 m).
MIN_DISTANCE_M = 1.0
MAX_DISTANCE_M = math.pi * 6_378_137.0
_TIME_S = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_number(text: str) -> float:
    """Value of a number written in digits or English words.

    Examples
    --------
    >>> parse_number("1,200"), parse_number("1.5"), parse_number("a")
    (1200.0, 1.5, 1.0)
    >>> parse_number("twenty-five"), parse_number("two hundred"), parse_number("half a")
    (25.0, 200.0, 0.5)
    >>> parse_number("1" + "0" * 400)
    Traceback (most recent call last):
    ...
    ValueError: number too large: 1000000000...
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t[0].isdigit():
        value = float(t.replace(",", ""))
        if not math.isfinite(value):
            raise ValueError(f"number too large: {text[:10]}...")
        return value
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
    >>> distance_range(1e400, "1" + "0" * 400, None)  # exact arithmetic: no OverflowError
    (inf, inf)
    """
    raw = number_text.replace(",", "").strip()
    if raw[:1].isdigit():
        # Decimal, not float: a number with hundreds of digits must not overflow.
        if "." in raw:
            exponent = -len(raw.split(".")[1])
        else:
            stripped = raw.rstrip("0")
            exponent = len(raw) - len(stripped) if stripped else 0
        value = Decimal(raw)
        rel = max(float(Decimal("0.5").scaleb(exponent) / value) if value else 0.5, 0.05)
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


_DIRWORDS = (r"(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west)){0,2}")
VAGUE_RE = re.compile(
    r"(?<![\w])(?:"
    r"(?P<outskirts>on\s+the\s+outskirts\s+of|the\s+outskirts\s+of|outskirts\s+of)"
    r"|(?P<outside>just\s+outside(?:\s+of)?|outside(?:\s+of)?)"
    r"|(?P<near>near(?:by)?|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of|near\s+to)"
    rf"|(?P<interior>in\s+the\s+(?P<idir>{_DIRWORDS})(?:ern)?\s+(?:part\s+|region\s+|outskirts\s+)?of"
    rf"|in\s+(?P<adir>{_DIRWORDS})ern)"
    rf"|(?P<direction>(?:(?:just|due|far|slightly)\s+)?(?P<ddir>{_DIRWORDS})\s+of)"
    r"|(?P<between>between)"
    r")\s+(?:the\s+)?", re.IGNORECASE)


def _warning(code: str, message: str, m: re.Match, text: str) -> Warning_:
    return Warning_(code, message, text[m.start():m.end()], m.start(), m.end())


def _checked_distance(m: re.Match) -> tuple[float | None, Warning_ | None]:
    """Metres stated by a :data:`DISTANCE_RE` match, or ``None`` and why when it cannot be a zone.

    >>> _checked_distance(DISTANCE_RE.search("0.0001 m from Kerman"))[1].code
    'distance_out_of_range'
    >>> _checked_distance(DISTANCE_RE.search("700 m from Kerman"))
    (700.0, None)
    """
    text = m.string
    said = m.group(0).strip()
    said = repr(said if len(said) <= 40 else said[:18] + "..." + said[-18:])
    try:
        value_m = parse_number(m.group("num")) * unit_metres(m.group("unit"))
    except ValueError as exc:
        return None, _warning("distance_out_of_range", f"{said}: {exc}", m, text)
    if value_m <= 0:
        return None, None  # "0 m": nothing to draw, nothing claimed
    if not MIN_DISTANCE_M <= value_m <= MAX_DISTANCE_M:
        return None, _warning("distance_out_of_range",
                              f"{said} is {value_m:.3g} m: not a distance between places "
                              f"(drawn only from {MIN_DISTANCE_M:g} m to half the Earth's circumference)", m, text)
    return value_m, None


def _anchor_after(text: str, pos: int, mentions: tuple[Mention, ...], place_of: dict, slack: int = 5,
                  starts: list[int] | None = None):
    """The place mention starting right after ``pos`` (an optional "the" between).

    ``mentions`` are in order; ``starts`` (their start offsets) saves recomputing them.
    """
    starts = starts if starts is not None else [m.start for m in mentions]
    i = bisect.bisect_left(starts, pos)
    if i == len(mentions):
        return None, None
    mention = mentions[i]
    gap = text[pos:mention.start] if mention.start - pos <= slack else "x"
    if gap.strip().lower() in ("", "the"):
        place = place_of.get((mention.start, mention.end))
        return (place, mention) if place is not None else (None, None)
    return None, None


def find_relations(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                   places: tuple[Place, ...]) -> tuple[tuple[Relation, ...], tuple[Warning_, ...]]:
    """Relative statements in ``text`` tied to their anchor places.

    Distances first ("700 meters from X", "30 km north-west of X", "a
    kilometer away"), then direction-only and vague wordings ("north of X",
    "near X", "on the outskirts of X", "in the east of X", "between X and
    Y") that do not overlap a distance statement.
    """
    place_of = {(m.start, m.end): p for p in places for m in p.mentions}
    mentions = tuple(sorted(mentions, key=lambda m: m.start))
    starts = [m.start for m in mentions]
    relations: list[Relation] = []
    warnings: list[Warning_] = []
    nouns = Nouns()
    clauses = Clauses(text)
    skipped: list[tuple[int, int]] = []

    def label_for(sentence, pos):
        ordinal, noun = clauses.label(sentence, pos)
        if noun:
            nouns.add(sentence.index, noun)
        if not ordinal:
            return None
        noun = noun or nouns.at_or_before(sentence.index)
        return f"{ordinal} {noun}" if noun else ordinal

    for m in DISTANCE_RE.finditer(text):
        num, unit = m.group("num"), m.group("unit")
        if unit.lower() in _SHORT_UNITS and not num[0].isdigit():
            continue
        if not num[0].isdigit() and m.group("away") is None and m.group("prep") is None \
                and m.group("dir") is None:
            continue  # "a mile" with nothing tying it to a place
        value_m, problem = _checked_distance(m)
        if value_m is None:
            if problem:
                warnings.append(problem)
                skipped.append((m.start(), m.end()))  # not re-read as "north of X" below
            continue
        bearing = halfwidth = None
        if m.group("dir"):
            try:
                bearing, halfwidth = parse_bearing(m.group("dir"))
            except ValueError:  # "30 km north-south of X": the distance stands, the direction does not
                warnings.append(_warning("unknown_direction", f"{m.group('dir')!r} is not a compass direction; "
                                         "drawn without one", m, text))
        sentence = sentence_at(sentences, m.start())
        anchor_place = anchor_mention = None
        elliptical = False
        if m.group("prep"):
            anchor_place, anchor_mention = _anchor_after(text, m.end(), mentions, place_of, starts=starts)
        if anchor_place is None:
            if m.group("prep") and m.group("prep").lower() != "from" and not m.group("away") \
                    and not m.group("dir"):
                continue  # "10 km of road": not a statement about place
            if not (m.group("away") or m.group("dir") or m.group("prep")):
                continue
            # Relations so far are in text order: the last one is the latest within two sentences, if any.
            if relations and relations[-1].sentence >= sentence.index - 2:
                anchor_key, anchor_text, elliptical = relations[-1].anchor, relations[-1].anchor_text, True
            else:
                warnings.append(Warning_("no_anchor", f"distance {m.group(0)!r} has no place to measure from",
                                         m.group(0), m.start(), m.end()))
                continue
        else:
            anchor_key, anchor_text = anchor_place.entry.source, anchor_mention.text
        inner, outer = distance_range(value_m, num, m.group("qual"))
        relations.append(Relation(
            anchor=anchor_key, anchor_text=anchor_text, distance_m=round(value_m, 3), inner_m=inner,
            outer_m=outer, bearing_deg=bearing, bearing_halfwidth_deg=halfwidth,
            qualifier=(m.group("qual") or None) and " ".join(m.group("qual").lower().split()),
            text=text[m.start():m.end()], start=m.start(), end=m.end(), sentence=sentence.index,
            label=label_for(sentence, m.start()), elliptical=elliptical))

    taken = sorted([(r.start, r.end) for r in relations] + skipped)  # disjoint spans
    taken_starts, taken_ends = [a for a, _ in taken], [b for _, b in taken]
    for m in VAGUE_RE.finditer(text):
        i = bisect.bisect_right(taken_starts, m.start()) - 1  # the distance statement that may hold m's start
        j = bisect.bisect_left(taken_starts, m.end()) - 1  # ... or m's end
        if (i >= 0 and m.start() < taken_ends[i]) or (j >= 0 and m.end() <= taken_ends[j]):
            continue
        anchor_place, anchor_mention = _anchor_after(text, m.end(), mentions, place_of, starts=starts)
        if anchor_place is None:
            continue
        kind, term, bearing, anchor2 = "vague", None, None, None
        end = anchor_mention.end
        if m.group("between"):
            after_first = text[anchor_mention.end:anchor_mention.end + 6]
            conj = re.match(r"\s+and\s+", after_first)
            if not conj:
                continue
            second_place, second = _anchor_after(text, anchor_mention.end + conj.end(), mentions, place_of,
                                                 starts=starts)
            if second_place is None or second_place.entry.source == anchor_place.entry.source:
                continue
            kind, anchor2, end = "between", (second_place.entry.source, second.text), second.end
        elif m.group("direction") or m.group("interior"):
            kind, term = ("direction", None) if m.group("direction") else ("vague", "interior")
            try:
                bearing = parse_bearing(m.group("ddir") or m.group("idir") or m.group("adir"))[0]
            except ValueError:  # "north-south of X" names no direction
                warnings.append(_warning("unknown_direction", f"{m.group(0).strip()!r} names no compass "
                                         "direction; not drawn", m, text))
                continue
        else:
            term = next(t for t in ("outskirts", "outside", "near") if m.group(t))
        sentence = sentence_at(sentences, m.start())
        relations.append(Relation(
            anchor=anchor_place.entry.source, anchor_text=anchor_mention.text, distance_m=None, inner_m=0.0,
            outer_m=0.0, bearing_deg=bearing, bearing_halfwidth_deg=None, qualifier=None,
            text=text[m.start():end], start=m.start(), end=end, sentence=sentence.index,
            label=label_for(sentence, m.start()), kind=kind, term=term,
            anchor2=anchor2[0] if anchor2 else None, anchor2_text=anchor2[1] if anchor2 else None))
    relations.sort(key=lambda r: r.start)
    return _attach_times(text, tuple(relations)), tuple(warnings)


def _attach_times(text: str, relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """Attach "the second blast occurred some 15 minutes after the first"."""
    from dataclasses import replace

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
    m = re.search(rf"(\d+|{_NUMWORD}|an?)\s+(second|minute|hour|day)s?\s+(after|before)", relative_time, re.I)
    if not m:
        return None
    n = m.group(1).lower()
    value = float(n) if n.isdigit() else parse_number(n)
    return value * _TIME_S[m.group(2).lower()] * (1 if m.group(3).lower() == "after" else -1)
