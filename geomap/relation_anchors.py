"""The anchor of a relative statement as reports write it, after "of"/"from"/"off".

Reports rarely put the bare name right after the preposition:

- a kind of place in front: "the city of Kangding", "the Shia holy city of
  Karbala", "the port of Kismayu", "the main island Saipan", "the capital,
  Mogadishu", "the district headquarters of Jhabua", "the county seat of X",
  "the Iraqi city of Mosul", "the Turkish embassy in Peshawar";
- a part of the place: "the centre of X", "the outskirts of X", "X's
  northern outskirts", "X airport", "the X dam", "the southern boundary of X",
  "the northern edge of X", "the city limits of X";
- a possessive naming a larger unit: "Sichuan's capital Chengdu".

:func:`statement_anchor` finds the place such a phrase stands for, or says
why there is none ("Iraq's capital" with no name given: its capital is not
named, and the country is not where the distance is measured from).
"""
from __future__ import annotations

import bisect
import re

from .datelines import dateline_span
from .model import Mention
from .relation_possessive import possessed_place
from .relation_qualifiers import contradicting_qualifier
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

# Words naming a kind of place or a part of one, in front of or after its name.
HEADS = (r"city|town|township|village|hamlet|port|harbou?r|island|islands|atoll|capital|district|province|county"
         r"|region|state|prefecture|municipality|community|settlement|centre|center|heart|poblacion|outskirts|suburbs?"
         r"|downtown|coasts?|shores?|coastlines?|border|frontier|resort|base|airport|dam|plant|headquarters|seat|embassy"
         r"|consulate|area|destination|boundary|boundaries|edges?|limits")
# "the city of ", "the Shia holy city of ", "the main island ", "the capital, ", "the centre of "
_LEAD = re.compile(rf"(?:the\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){{0,3}}?(?:{HEADS})(?:\s+of|\s+with|\s+in)?(?:\s+the)?[\s,]*",
                   re.ASCII)
# A line named before or after the country: "the coast of X", "the border with X", "the Somali coast", "Italian shores"
# (a town's "boundary", "edge" or "limits" is the town: its point; a state's or a country's is its line)
_LINE_WORD = lazy_compile(r"\b(?P<coast>coasts?|coastlines?|shores?)\b|\b(?P<border>border|frontier|boundary|edges?)\b")
# The sea or the side a coast faces may stand between: "Turkey's Mediterranean coastline", "India's eastern coast"
SEA_OR_SIDE = r"(?:(?:[A-Z][\w-]*|(?:north|south|east|west)[\w-]*)\s+){0,2}?"
_LINE_AFTER = lazy_compile(r"(?:['\u2019]s)?\s+(?:" + SEA_OR_SIDE + r"(?P<coast>coasts?|coastlines?|shores?)"
                           r"|(?P<border>border|frontier))\b")
# The second country of "the A-B border": a hyphen or dash, the name (one or two words), the line
PAIR_BORDER = lazy_compile(r"\s*[-\u2013]\s*(?P<other>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?)\s+(?:border|frontier)\b")
# A country's embassy or consulate lies abroad: "from the Indian embassy" is not measured from India
_MISSION_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:embassy|consulate|high\s+commission)\b", re.IGNORECASE)
# "'s capital ", "'s northern outskirts"
_POSSESSIVE = re.compile(rf"['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{HEADS})\b[\s,]*")
REACH = 60  # characters a lead-in phrase may span


def _mention_at(mentions: tuple[Mention, ...], starts: list[int], pos: int) -> int | None:
    i = bisect.bisect_left(starts, pos)
    return i if i < len(mentions) else None


def statement_anchor(text: str, pos: int, mentions: tuple[Mention, ...], starts: list[int],
                     place_of: dict) -> tuple[object, Mention | None, str | None]:
    """(Place, Mention, problem) of the anchor named after ``pos`` (the end of "of"/"from").

    ``problem`` is set when the phrase names a place that is not where the
    distance is measured from ("Iraq's capital"); then the place is ``None``.
    """
    i = _mention_at(mentions, starts, pos)
    if i is None or mentions[i].start - pos > REACH:
        return None, None, None
    return _named_anchor(text, pos, mentions, i, place_of)


_HERE = lazy_compile(r"\s+here\b")


def dateline_anchor(text: str, pos: int, mentions: tuple[Mention, ...], starts: list[int],
                    place_of: dict) -> tuple[object, Mention | None]:
    """(Place, Mention) of the dateline when the statement says "from here" ("SHIMLA : ... 250 km
    from here"): a report's "here" is where it was filed. ``(None, None)`` otherwise."""
    span = dateline_span(text) if _HERE.match(text, pos) else None
    i = _mention_at(mentions, starts, span[0]) if span else None
    if i is None or (mentions[i].start, mentions[i].end) != span:
        return None, None
    place = place_of.get(span)
    return (place, mentions[i]) if place is not None else (None, None)


# "110 km north of the country's Mediterranean coastline": the line of the country the passage names
_COUNTRY_LINE = lazy_compile(r"\s+the\s+(?:country|nation)['\u2019]s\s+" + SEA_OR_SIDE +
                             r"(?:(?P<coast>coast|coastline|shore)|(?P<border>border|frontier))\b")


def country_line_anchor(index, pos: int, sentence_index: int) -> tuple[str, str, bool, str] | None:
    """(anchor, words as written, False, "coast" or "border") for "the country's coast" after ``pos``: the one
    country named in the statement's sentence (``sentence_index``) or the one before, up to the statement ("the
    Turkish town of Ermenek, about 110 km north of the country's Mediterranean coastline"); ``None`` when the
    wording is another or the passage names no country or several. ``index``: the article's
    :class:`~geomap.relation_steps.ArticleIndex`.
    """
    m = _COUNTRY_LINE.match(index.text, pos)
    if m is None:
        return None
    window = index.sentences[max(0, sentence_index - 1)].start
    found = set()
    for mention in index.mentions[bisect.bisect_left(index.starts, window):bisect.bisect_left(index.starts, pos)]:
        place = index.place_of.get((mention.start, mention.end))
        if place is not None and place.entry.place_type == "country":
            found.add(place.entry.source)
    if len(found) != 1:
        return None
    return found.pop(), m.group(0).strip(), False, "coast" if m.group("coast") else "border"


_THERE = lazy_compile(r"\s+there\b")
# "from the airport": a site named earlier in the passage, as "X International Airport" or "the airport in X"
_SITE = lazy_compile(r"\s+the\s+(?:(?:far\s+)?end\s+of\s+the\s+)?(?P<head>airport|airfield|airstrip|port|harbou?r|base"
                     r"|runway)\b(?![\w'\u2019-])")
# "two miles from the runway", "from the end of the runway": the runway is the airport's, named earlier
_SITE_WORDS = {"runway": r"airport|airfield|airstrip"}
_WORD = lazy_compile(r"\w+")
_NAME_BEFORE_SITE = lazy_compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}$")
_NAME_AFTER_SITE = lazy_compile(r"\s+(?:in|at|of|near|outside)\s+(?:the\s+)?$")
_BROAD = ("country", "continent", "admin1", "sea", "ocean", "region")


def earlier_anchor(text: str, pos: int, window: int, mentions: tuple[Mention, ...], starts: list[int],
                   place_of: dict) -> tuple[object, Mention | None]:
    """(Place, Mention) that "from there", "from the airport" or "of the city" at ``pos`` refers back to, named
    between ``window`` (the start of the previous sentence) and the statement; ``(None, None)`` otherwise.

    "there": the last town or site named; "the airport": the place written with that word ("Bert Mooney
    Airport in Butte", "Fairbanks International Airport", "Douala airport"); "the runway" or "the end of
    the runway": the airport so written.
    """
    site = _SITE.match(text, pos)
    if not site and _THE_CITY.match(text, pos):
        return _the_city(text, pos, window, mentions, starts, place_of)
    if not site and not _THERE.match(text, pos):
        return None, None
    before = [m for m in mentions[bisect.bisect_left(starts, window):bisect.bisect_left(starts, pos)]
              if m.end <= pos and (p := place_of.get((m.start, m.end))) is not None and p.entry.place_type not in _BROAD]
    if not site:
        return (place_of[(before[-1].start, before[-1].end)], before[-1]) if before else (None, None)
    word = _SITE_WORDS.get(site.group("head").lower(), site.group("head"))
    for head in reversed([window + h.start() for h in re.finditer(rf"\b(?:{word})\b", text[window:pos], re.IGNORECASE)]):
        for m in reversed(before):
            if m.start <= head < m.end or (m.end <= head and _NAME_BEFORE_SITE.fullmatch(text, m.end, head)) or \
                    (m.start > head and _NAME_AFTER_SITE.fullmatch(text, _word_end(text, head), m.start)):
                return place_of[(m.start, m.end)], m
    return None, None


# "30 km west (20 miles) of the city": the one town named just before ("near Johannesburg. ... of the city")
# ("only one kilometer west of town": "town" alone is the same town)
_THE_CITY = re.compile(r"\s+(?:the\s+(?:city|town)|town)\b(?![\w'\u2019-])"
                       r"(?!\s+(?:of|centre|center|hall|council|limits)\b)")
# "at Rylstone, south of Mudgee, where a fire is burning ... west of the town": a town written as a reference point
# (after a compass word and "of") is not the town the text goes on about
_REFERENCE_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:[\w-]*)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SETTLEMENTS = ("city", "capital", "town", "village", "hamlet")
# "the Doornkop mine", "the Kalyan station": a site named after a place, not a town the text refers back to
_SITE_AFTER = re.compile(r"\s+(?:mine|colliery|plant|factory|station|airport|dam|field|camp|base|school|hospital"
                         r"|hotel|mall|market|prison|refinery|port|shaft)\b", re.IGNORECASE)


def _the_city(text: str, pos: int, window: int, mentions: tuple[Mention, ...], starts: list[int],
              place_of: dict) -> tuple[object, Mention | None]:
    """(Place, Mention) "the city" or "the town" at ``pos`` refers back to: the one town named between
    ``window`` and the statement (not as a site's name, "the Doornkop mine"), leaving out towns written as another
    place's reference point ("Rylstone, south of Mudgee"); ``(None, None)`` when none or several are, since then
    the text does not say which."""
    found = {}
    for m in mentions[bisect.bisect_left(starts, window):bisect.bisect_left(starts, pos)]:
        place = place_of.get((m.start, m.end))
        if place is not None and m.end <= pos and place.entry.place_type in _SETTLEMENTS \
                and not _SITE_AFTER.match(text, m.end) \
                and not _REFERENCE_BEFORE.search(text, max(window, m.start - 40), m.start):
            found.setdefault(place.entry.source, (place, m))
    return next(iter(found.values())) if len(found) == 1 else (None, None)


def _word_end(text: str, start: int) -> int:
    """The end of the word starting at ``start``."""
    return _WORD.match(text, start).end()


def anchor_line(text: str, pos: int, mention: Mention, place, prep: str | None) -> str | None:
    """"coast" or "border" when the anchor phrase names a country's line rather than the country:
    "off the coast of Somalia", "east of the Somali coast", "from the border with Iraq", "off Malta".

    Only a country has a line in the shipped outlines; any other place keeps its point.
    """
    if place is None or place.entry.place_type != "country":
        return None
    for m in (_LINE_WORD.search(text, pos, mention.start), _LINE_AFTER.match(text, mention.end)):
        if m:
            return "coast" if m.group("coast") else "border"
    if PAIR_BORDER.match(text, mention.end):  # "the Russia-Ukraine border", "the Russian-Ukrainian frontier"
        return "border"
    return "coast" if (prep or "").lower().startswith(("off", "offshore")) else None


def unlined_area(text: str, pos: int, mention: Mention, place) -> str | None:
    """"border" or "coast" when the anchor phrase names the line of a state, province or region
    ("25 miles south of the Oregon border", "off the coast of California"): the shipped outlines have
    no such line, and the area's centre is not where the distance is measured from.

    A town or island keeps its point ("off the Vizhinjam coast"); a country has its line (:func:`anchor_line`).
    """
    if place is None or place.entry.place_type not in _LINELESS_AREAS:
        return None
    for m in (_LINE_WORD.search(text, pos, mention.start), _AREA_LINE_AFTER.match(text, mention.end)):
        if m:
            return "coast" if m.group("coast") else "border"
    return None


def division_line(place) -> bool:
    """Whether a state's or province's line ("the Arkansas line", "the Oregon border") can be drawn: a first-level
    division whose shipped outline meets another's (:mod:`geomap.division_lines`)."""
    if place is None or place.entry.place_type != "admin1":
        return False
    from .division_lines import has_boundary

    return has_boundary(place.entry.source)


_LINELESS_AREAS = ("admin1", "admin2", "region", "continent")
# An area's border is also written "the Arkansas line", "the Texas state line", "the county line" (a country's
# "line" is a front line, not its border: only areas take this wording)
_AREA_LINE_AFTER = lazy_compile(r"(?:['\u2019]s)?\s+(?:" + SEA_OR_SIDE + r"(?P<coast>coasts?|coastlines?|shores?)"
                                r"|(?P<border>border|frontier|(?:state\s+|county\s+|parish\s+)?line)(?!\s*-))\b")
_HEAD_WORD = lazy_compile(rf"\b(?:{HEADS})\b")


def _lead_past(text: str, pos: int, mentions: tuple[Mention, ...], i: int) -> int:
    """The index of the place a lead-in phrase introduces when the mention ``i`` is only a word of that
    phrase: "the Iraqi city of Mosul", "the north German island of Borkum" (Mosul, Borkum; not the country
    the adjective names). ``i`` itself otherwise."""
    nxt = i + 1
    if nxt >= len(mentions) or mentions[nxt].start - pos > REACH:
        return i
    if _LEAD.fullmatch(text[pos:mentions[nxt].start].lstrip()) and not names_itself(text, mentions[i]) and \
            _HEAD_WORD.search(text, mentions[i].end, mentions[nxt].start):
        return nxt
    return i


# A settlement's (or an island's) own kind after its name, then "in" the larger unit: "Infanta town in Quezon province",
# "Bonny island in Nigeria"
# or "of" a larger unit named as one: "Siocon town of Zamboanga del Norte province"
_OWN_KIND_IN = lazy_compile(r"\s+(?:city|town|township|village|hamlet|municipality|county|district|islands?|port)\s+"
                            r"(?:in\b|of\s+"
                            r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?\s+(?:province|state|region|district"
                            r"|county|department|governorate|prefecture)\b)")


def names_itself(text: str, mention: Mention) -> bool:
    """True when ``mention`` is a place's name followed by its own kind and "in" ("Infanta town in Quezon
    province", "Kalyan city in Maharashtra") or "of" a province ("Siocon town of Zamboanga del Norte
    province"): the place itself, not an adjective of a lead-in phrase such as "the Iraqi city of Mosul" or
    "the Turkish embassy in Peshawar"."""
    return mention.kind != "demonym" and _OWN_KIND_IN.match(text, mention.end) is not None


# "the French possession of Europa Island": a demonym's lead-in phrase whose place is no mention (the lead-in with a
# known place is read by _lead_past): the place meant is that name, not the demonym's country
_UNKNOWN_AFTER_DEMONYM = lazy_compile(r"\s+(?:[a-z][\w-]*\s+){1,2}?of\s+(?:the\s+)?"
                                      r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")


def _named_anchor(text: str, pos: int, mentions: tuple[Mention, ...], i: int,
                  place_of: dict) -> tuple[object, Mention | None, str | None]:
    i = _lead_past(text, pos, mentions, i)
    mention = mentions[i]
    gap = text[pos:mention.start]
    if gap.strip().lower() not in ("", "the") and not _LEAD.fullmatch(gap.lstrip()):
        return None, None, None
    if mention.kind == "demonym" and (named := _UNKNOWN_AFTER_DEMONYM.match(text, mention.end)):
        return None, None, (f"{text[mention.start:named.end()]!r} names a place geomap does not know; not measured "
                            f"from the country {mention.text!r} stands for")
    if _MISSION_AFTER.match(text, mention.end) and (p := place_of.get((mention.start, mention.end))) is not None \
            and p.entry.place_type == "country":
        return None, None, (f"{text[mention.start:_MISSION_AFTER.match(text, mention.end).end()]!r} lies abroad, "
                            f"not in {p.entry.name}, and its city is not named")
    follow = _following(text, mentions, i)
    if follow is not None and mentions[follow].kind == "reference":  # "Tonga's capital, Nuku'alofa": the name
        follow = _following(text, mentions, follow) or follow
    follow = follow if follow is not None else possessed_place(text, mentions, i, place_of)
    if follow is not None:
        mention = mentions[follow]
    elif (poss := _POSSESSIVE.match(text, mention.end)) and poss.group("head") == "capital":
        return None, None, f"{text[mention.start:poss.end()].strip()!r} names no place to measure from"
    place = place_of.get((mention.start, mention.end))
    if place is None:
        return None, None, None
    wrong = contradicting_qualifier(text, mentions, [m.start for m in mentions], mention, place)
    return (place, mention, None) if wrong is None else (None, None, wrong)


def _following(text: str, mentions: tuple[Mention, ...], i: int) -> int | None:
    """The index of the name that the mention ``i`` only qualifies, if any: "the capital, Mogadishu",
    "Sichuan's capital Chengdu"."""
    if i + 1 >= len(mentions):
        return None
    first, nxt = mentions[i], mentions[i + 1]
    between = text[first.end:nxt.start]
    if first.kind == "reference" and re.fullmatch(r"[\s,]{0,3}", between):
        return i + 1
    if nxt.kind == "reference" and re.fullmatch(r"['\u2019]s\s+", between):  # "Iraq's capital"
        return i + 1
    if nxt.kind == "reference" and re.search(r"['\u2019]s$", first.text) and re.fullmatch(r"\s+", between):
        return i + 1  # the same when the gazetteer has the possessive as a name ("Tonga's", a town of Cameroon)
    if nxt.kind == "reference" and first.kind == "demonym" and re.fullmatch(r"\s+", between):  # "the Iraqi capital"
        return i + 1
    poss = _POSSESSIVE.fullmatch(between)
    if poss and poss.group("head") in ("capital", "city", "town", "port", "island", "village"):
        return i + 1
    return None
