"""The wordings of relative statements: regular expressions and the numbers, units and bearings they hold.

:data:`DISTANCE_RE` reads "some 700 meters north of", "a kilometer away";
:data:`VAGUE_RE` reads "near", "on the outskirts of", "north of", "in the
east of", "between". The functions turn what they capture into metres,
degrees and the range of distances the wording allows. The steps that tie
these to places are in :mod:`geomap.relation_steps`.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from decimal import Decimal

UNITS_M = {
    "m": 1.0, "meter": 1.0, "metre": 1.0, "km": 1000.0, "kilometer": 1000.0, "kilometre": 1000.0,
    "mi": 1609.344, "mile": 1609.344, "yd": 0.9144, "yard": 0.9144, "ft": 0.3048, "foot": 0.3048,
    "feet": 0.3048, "nm": 1852.0, "nautical mile": 1852.0,
}
SHORT_UNITS = {"m", "km", "mi", "yd", "ft", "nm"}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_PARTS = {"tenth": 10, "quarter": 4, "third": 3, "fifth": 5, "eighth": 8}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}

NUMWORD = "|".join(sorted([*_ONES, *_TENS], key=len, reverse=True))
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_WORDS = rf"(?:{NUMWORD})(?:[-\s](?:{NUMWORD}))?(?:\s+(?:hundred|thousand))?"
# "a few hundred", "several", "a couple of": vague quantities (see FEW)
_FEW = r"(?:a\s+few|several|a\s+couple\s+of)(?:\s+(?:hundred|thousand))?"
# "a dozen miles", "half a dozen kilometres"
_DOZEN = r"(?:a|half\s+a)\s+dozen"
# "six-tenths of a mile", "three-quarters of a mile", "two-thirds of a kilometre": a fraction of the unit (not "a mile")
# (a tail after the number in words, so the scan tries no second alternation of number words)
_FRACTION = r"(?:[-\s](?:tenth|quarter|third|fifth|eighth)s?\s+of\s+an?)?"
_NUMBER = (rf"(?:{_DIGITS}|{_FEW}|{_DOZEN}|(?:{_WORDS}|an?|one)\s+and\s+a\s+half|a\s+half|half\s+an?"
           rf"|a\s+quarter(?:\s+of\s+an?)?"
           rf"|an?|{_WORDS}{_FRACTION})")
# "kms": the plural abbreviation of wire copy from South Asia and Latin America ("42 kms south-southwest of X")
# Wire copy misspells the long unit ("467 kilomters", "killometers", "kilometrs"): still kilometres
_KILOMETRE = r"kil{1,2}ome?t(?:er|re|r|ere)s?"
_UNIT = (rf"(?:nautical\s+miles?|{_KILOMETRE}|met(?:er|re)s?|miles?|yards?|feet|foot"
         r"|kms|km|mi|yds?|ft|nm|m)")
# A unit printed twice, once after the converted value: "110 miles (177 kilometers) miles southeast of Aden"
_UNIT_AGAIN = r"(?:\s+(?:nautical\s+miles?|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|yards?|feet)(?![\w]))"
_QUAL = (r"(?:just|only|some|about|around|roughly|approximately|approx\.|an\s+estimated|estimated|nearly|almost"
         r"|barely|more\s+than|over|less\s+than|under|within|up\s+to|at\s+least|at\s+most)")
_DIRWORD = r"(?:north|south|east|west)"
_DIR = (rf"(?:{_DIRWORD}(?:[-\s]?{_DIRWORD}){{0,2}}|[NSEW]{{1,3}})")
# The same distance in another unit, in brackets or between commas: "42 kilometers (26 miles)",
# "512km (318mi)", "200 feet, or 60 meters,". The first figure counts; this one is kept as written.
# Wire copy also puts it after the bearing ("30 km west (20 miles) of the city": DISTANCE_RE's dirconv).
_CONVERSION = (rf"(?:\s*\(\s*(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?(?:{_DIGITS}|{_WORDS}|{_NUMBER})"
               rf"(?:\s*(?:-|–|to)\s*{_DIGITS})?\s*-?\s*{_UNIT}\s*\)|,\s+or\s+(?:about\s+)?{_DIGITS}\s*{_UNIT},"
               # "some 50 km/30 miles West-Southwest of", "about 30km or 20 miles Southwest of"
               rf"|\s*/\s*{_DIGITS}\s*{_UNIT}(?![\w/])|\s+or\s+(?:about\s+)?{_DIGITS}\s*{_UNIT}(?![\w/])"
               # the National Hurricane Center's advisories: "ABOUT 410 MI...660 KM SSE OF CAPE HATTERAS"
               rf"|\s*(?:\.{{2,3}}|\u2026)\s*{_DIGITS}\s*{_UNIT}(?![\w/])"
               # an editor's gloss in square brackets: "approximately 60 NM [nautical miles] from Al Hudaydah";
               # the unit's abbreviation in round ones, as Philippine copy prints it: "220 kilometers (km) east
               # northeast of Borongan City", "180 kilometers (kms) east-southeast of Virac"
               rf"|\s*\[\s*(?:(?:about\s+)?{_DIGITS}\s*)?{_UNIT}\s*\]|\s*\(\s*(?:kms?|mi|m|nm|ft|yds?)\s*\)"
               # the bracket closed before the unit: "about 80 kilometers (50) miles north of Baghdad"
               rf"|\s*\(\s*{_DIGITS}\s*\)\s*{_UNIT}(?![\w/]))")
# A range: "10-15 km", "10 to 15 km", "between 5 and 10 km", "2 or 3 km", "two or three kilometers"
_RANGE = (rf"(?:between\s+(?P<lo>{_DIGITS}|{_WORDS})\s+and\s+|(?P<lo2>{_DIGITS})(?:-|–|\s+to\s+|\s+or\s+)"
          rf"|(?P<lo3>{_WORDS})\s+(?:to|or)\s+)")
# A distance along a way, not in a straight line: "110 miles by road north of X" (see ROUTE_SHORTEST)
_ROUTE = r"by\s+(?:road|car|rail|train|river|boat|sea)"
# "14 miles up a narrow canyon from X", "5 km down the road from X": a distance along a way, no bearing
_ALONG_A_WAY = (r"(?:up|down)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:valley|canyon|gorge|river|creek|road|highway|coast)"
                r"\s+from")
# The bearing in degrees after the compass point, as earthquake reports print it: "22 km (14 miles) NW (321°) from
# Pawnee, TX" (the compass point is read; the degrees only let the statement reach "from")
_DEGREES = r"(?:\s*\(\s*\d{1,3}(?:\.\d+)?\s*°\s*\))"
# The straight line is at most the distance by road and, on the ways reports measure (winding mountain
# roads included), rarely under half of it: a route distance is drawn from this share of it up to it.
ROUTE_SHORTEST = 0.5
# "X is less than five kilometres to Maiduguri": "to" states where X lies only after such a verb
# ("drove 5 km to X" is a journey); see geomap.relation_steps.distance_anchor.
LIES_BEFORE = re.compile(r"\b(?:is|are|was|were|lies|lie|lying|located|situated|sits)\s+$", re.IGNORECASE)
# "The rescue team travelled a distance of up to 25km from St Helena to the Eland shaft": a journey's length,
# "from A to B" after a verb of going (or "a distance of"), is not where anything lies (see JOURNEY_REACH)
JOURNEY_BEFORE = re.compile(r"\b(?:travel(?:l)?(?:ed|ing|s)?|dr(?:ove|iven|iving|ives?)|walk(?:ed|ing|s)?|flew|flown|fl(?:y|ies|ying)"
                            r"|sail(?:ed|ing|s)?|hik(?:ed|ing|es?)|trek(?:ked|king|s)?|march(?:ed|ing|es)?|r(?:ode|idden|iding)"
                            r"|swam|swimming|cycl(?:ed|ing|es?)|distance\s+of"
                            # a track's or a swath's extent: "The storm cut a path of destruction for at least 35
                            # miles from Overbrook, Kan., to Bonner Springs", "the spill stretched 10 km from A to B"
                            r"|path|track|swath|stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|span(?:ned|s|ning)?)"
                            r"\b[^.;:!?]*$", re.IGNORECASE)
JOURNEY_REACH = 60  # characters before the figure a verb of going may stand
_TO_NEXT = re.compile(r"(?<![,;])\s+to\s+\S")
# "from Overbrook, Kan., to Bonner Springs", "from Moore, Oklahoma, to Tulsa": A's state between A and "to"
_TO_AFTER_STATE = re.compile(r",\s*[A-Z][A-Za-z]{1,13}\.?(?:\s[A-Z][a-z]+)?,\s+to\s+\S")
# "66 kilometers in the East-SouthEast of Moirang": Indian and wire copy put "in the" before the direction; only
# with "of" after it (a lookahead), so "12 km in the north" stays a distance without a bearing
DISTANCE_RE = re.compile(
    rf"(?<![\w.])(?:(?P<qual>{_QUAL})\s+)?{_RANGE}?(?P<num>{_NUMBER})(?:\s*|-)(?P<unit>{_UNIT})(?![\w])"
    rf"(?P<conv>{_CONVERSION})?(?(conv){_UNIT_AGAIN}?)(?P<orso>\s+or\s+so)?(?:\s+(?P<route>{_ROUTE}))?"
    rf"(?:\s+(?:further|farther|to\s+the|in\s+the(?=\s+{_DIR}\s+of\b))?\s*(?P<dir>{_DIR}(?:\s+to\s+{_DIR}(?=\s+of\b))?)(?![\w]){_DEGREES}?)?(?P<dirconv>{_CONVERSION})?(?:\s+(?P<away>away))?"
    rf"(?:\s+(?P<prep>from|of|outside|off\s+of|off|beyond|inland\s+from|offshore(?:\s+from|\s+of)?|out\s+from"
    rf"|(?:up|down)stream\s+(?:of|from)|{_ALONG_A_WAY}|to)\b)?",
    re.IGNORECASE)


# a figure before a unit, or a unit written out ("a kilometer", "some 700 meters"): the cheap test before the scan
_UNIT_RE = re.compile(rf"\d\s*-?(?:{_UNIT})(?![\w])|(?<![\w])(?:nautical|kilomet|met(?:er|re)|miles?\b|yards?\b"
                      rf"|feet\b|foot\b|kms?\b)", re.IGNORECASE)


@lru_cache(maxsize=4)  # one scan per article: relations, inlet anchors and seat towns all read it
def distance_matches(text: str) -> tuple[re.Match, ...]:
    """Every :data:`DISTANCE_RE` match of ``text``, in order.

    >>> [m.group(0) for m in distance_matches("some 700 meters north of X and 3 km from Y")]
    ['some 700 meters north of', '3 km from']
    """
    if not _UNIT_RE.search(text):  # every statement has a unit: most articles have none, and the scan is slow
        return ()
    return tuple(DISTANCE_RE.finditer(text))


def journey(text: str, m: re.Match, anchor_end: int) -> bool:
    """True when a distance "from A" (A ending at ``anchor_end``) goes on "to B" after a verb of going or "a
    distance of" ("travelled a distance of up to 25km from St Helena to the Eland shaft"): a journey's length.

    >>> t = "The team travelled up to 25km from St Helena to the shaft."
    >>> journey(t, DISTANCE_RE.search(t), t.index(" to the"))
    True
    >>> t = "The storm cut a path for 35 miles from Overbrook, Kan., to Bonner Springs."
    >>> journey(t, DISTANCE_RE.search(t), t.index(", Kan"))
    True
    >>> t = "The team travelled 25km from St Helena, to the south."
    >>> journey(t, DISTANCE_RE.search(t), t.index(", to"))
    False
    """
    # "to" right after A, or inside the phrase read as A ("from Kabul to the village of Paghman")
    to_next = _TO_NEXT.search(text, m.end(), anchor_end + 6) is not None or \
        _TO_AFTER_STATE.match(text, anchor_end) is not None
    return (m.group("prep") or "").lower() == "from" and to_next and \
        JOURNEY_BEFORE.search(text, max(0, m.start() - JOURNEY_REACH), m.start()) is not None


# "within 5 km of X", "up to 10 miles of X": a disc around X (see distance_range)
_DISC_QUALIFIERS = ("within", "less than", "under", "up to", "at most", "barely")


def length(m: re.Match) -> bool:
    """Whether a :data:`DISTANCE_RE` match is a figure "of" something with no direction, no "away" and no "within":
    a length or an extent, not where anything lies ("Some 50miles (80km) of French ... coast were contaminated",
    "4km of resort beach", "almost 120m of the bridge"; every such statement of the eval corpora is a distractor).

    >>> [length(DISTANCE_RE.search(t)) for t in ("50 km of French coast", "within 5 km of X", "5 km N of X")]
    [True, False, False]
    """
    return (m.group("prep") or "").lower() == "of" and m.group("dir") is None and m.group("away") is None \
        and " ".join((m.group("qual") or "").lower().split()) not in _DISC_QUALIFIERS


def statement_ends(text: str, preps: tuple[str, ...]) -> list[int]:
    """Where the anchor of each distance statement of ``text`` begins to be written: the end of every
    :func:`distance_matches` match whose preposition (lower case, spaces collapsed) is one of ``preps``.

    >>> t = "3 km off  of Fort Pierce; 2 miles east and 5 km from X"
    >>> [t[e:e + 5] for e in statement_ends(t, ("off of", "from"))]
    [' Fort', ' X']
    """
    return [m.end() for m in distance_matches(text)
            if re.sub(r"\s+", " ", (m.group("prep") or "").lower()) in preps]
FEW = {"a few": (3.0, 2.0, 5.0), "several": (5.0, 3.0, 9.0), "a couple of": (2.0, 2.0, 3.0)}
_BEARINGS = {"n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0,
             "sse": 157.5, "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0,
             "wnw": 292.5, "nw": 315.0, "nnw": 337.5}
# A distance outside this range is not a zone one can draw: under a metre is
# below any position's precision, and no two points on the WGS84 ellipsoid are
# farther apart than half the equator (pi * 6378137 m).
MIN_DISTANCE_M = 1.0
MAX_DISTANCE_M = math.pi * 6_378_137.0


def parse_number(text: str) -> float:
    """Value of a number written in digits or English words.

    Examples
    --------
    >>> parse_number("1,200"), parse_number("1.5"), parse_number("a")
    (1200.0, 1.5, 1.0)
    >>> parse_number("twenty-five"), parse_number("two hundred"), parse_number("half a")
    (25.0, 200.0, 0.5)
    >>> parse_number("a half"), parse_number("two and a half"), parse_number("a few hundred")
    (0.5, 2.5, 300.0)
    >>> parse_number("a dozen"), parse_number("half a dozen")
    (12.0, 6.0)
    >>> parse_number("six-tenths of a"), parse_number("three-quarters of a")
    (0.6, 0.75)
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
    for few, (value, _, _) in FEW.items():
        if t.startswith(few):
            return value * _scale(t[len(few):])
    fraction = re.fullmatch(r"(.+?) (tenth|quarter|third|fifth|eighth)s? of an?", t)  # "six tenths of a"
    if fraction:
        return parse_number(fraction.group(1)) / _PARTS[fraction.group(2)]
    if t.endswith("dozen"):  # "a dozen", "half a dozen"
        return 6.0 if t.startswith("half") else 12.0
    if t.startswith("half") or t == "a half":
        return 0.5
    if t.startswith("a quarter"):
        return 0.25
    if t.endswith(" and a half"):
        return parse_number(t[: -len(" and a half")]) + 0.5
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


def _scale(rest: str) -> float:
    """The multiplier after a vague quantity: "a few hundred" -> 100."""
    return {"hundred": 100.0, "thousand": 1000.0}.get(rest.strip(), 1.0)


def unit_metres(unit: str) -> float:
    """Metres in one ``unit`` as written ("kilometres", "km", "ft" ...).

    >>> unit_metres("kilometres"), unit_metres("Miles"), unit_metres("ft")
    (1000.0, 1609.344, 0.3048)
    >>> unit_metres("kilomters")
    1000.0
    """
    u = " ".join(unit.lower().split())
    if u in UNITS_M:
        return UNITS_M[u]
    for suffix in ("es", "s"):
        if u.endswith(suffix) and u[: -len(suffix)] in UNITS_M:
            return UNITS_M[u[: -len(suffix)]]
    if u == "yds":
        return UNITS_M["yd"]
    if re.fullmatch(_KILOMETRE, u):  # "kilomters"
        return UNITS_M["km"]
    raise ValueError(f"unknown unit {unit!r}")


def parse_bearing(text: str) -> tuple[float, float]:
    """Bearing in degrees and its half-width for a compass direction.

    Eight-point words are +/-22.5 degrees, sixteen-point ones +/-11.25.

    >>> parse_bearing("north-west"), parse_bearing("NNE"), parse_bearing("east")
    ((315.0, 22.5), (22.5, 11.25), (90.0, 22.5))

    A range of bearings ("200km north to northeast of Cooktown", as the Bureau of Meteorology words it) is the
    middle of its two ends, wide enough to hold both:

    >>> parse_bearing("north to northeast"), parse_bearing("west to northwest")
    ((22.5, 45.0), (292.5, 45.0))
    """
    ends = re.split(r"\s+to\s+", text.strip(), flags=re.IGNORECASE)
    if len(ends) == 2:
        (b1, h1), (b2, h2) = parse_bearing(ends[0]), parse_bearing(ends[1])
        turn = (b2 - b1 + 180.0) % 360.0 - 180.0
        return (b1 + turn / 2.0) % 360.0, abs(turn) / 2.0 + max(h1, h2)
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
    >>> distance_range(300.0, "a few hundred", None)
    (200.0, 500.0)
    >>> distance_range(1e400, "1" + "0" * 400, None)  # exact arithmetic: no OverflowError
    (inf, inf)
    """
    vague = " ".join(number_text.lower().split())
    for few, (value, low, high) in FEW.items():
        if vague.startswith(few):  # "a few hundred metres": 200 to 500 m
            return round(value_m * low / value, 3), round(value_m * high / value, 3)
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
