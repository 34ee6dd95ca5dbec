"""The steps that turn relative wordings into :class:`~geomap.model.Relation` s, one small function each.

:func:`geomap.relations.find_relations` runs them in this order:

1. distance statements (:func:`distance_statements`): skip distractors
   (:func:`is_distractor`), check the distance (:func:`checked_distance`),
   read the direction (:func:`stated_bearing`) and find the anchor: the place
   right after "from"/"of", else the anchor of the statement continued
   (:func:`elliptical_anchor`, "the second was a kilometer away");
2. direction-only and vague wordings that overlap no distance statement
   (:func:`vague_statements`): "north of X", "in the east of X", "near X",
   "between X and Y" (:func:`between_second`).

Each statement's label ("second blast") comes from its clause
(:meth:`ArticleIndex.label_for`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .clauses import Clauses, Nouns
from .model import Mention, Place, Relation, Sentence, Warning_
from .relation_anchors import (anchor_line, country_line_anchor, dateline_anchor, division_line, earlier_anchor,
                               statement_anchor, unlined_area)
from .relation_context import direction_role, statement_role
from .relation_far_end import REGION_REASON, regional_far_end, seen_from_the_event
from .relation_patterns import DISTANCE_RE  # noqa: F401 (the doctests' pattern)
from .relation_patterns import (LIES_BEFORE, MAX_DISTANCE_M, MIN_DISTANCE_M, ROUTE_SHORTEST, SHORT_UNITS, VAGUE_RE,
                                distance_matches, distance_range, journey, length, parse_bearing, parse_number,
                                unit_metres)
from .text import sentence_at
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use


def anchor_after(text: str, pos: int, mentions: tuple[Mention, ...], place_of: dict, slack: int = 5,
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


@dataclass(frozen=True)
class ArticleIndex:
    """What the steps look up in an article, built once: mentions in order, their places, clauses."""

    text: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]  # sorted by start
    starts: list[int]
    place_of: dict  # (start, end) of a mention -> its Place
    clauses: Clauses
    nouns: Nouns  # event nouns seen so far: filled as labels are read, in text order

    @classmethod
    def build(cls, text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
              places: tuple[Place, ...]) -> ArticleIndex:
        mentions = tuple(sorted(mentions, key=lambda m: m.start))
        return cls(text, sentences, mentions, [m.start for m in mentions],
                   {(m.start, m.end): p for p in places for m in p.mentions}, Clauses(text), Nouns())

    def anchor_after(self, pos: int):
        """(Place, Mention) named right after ``pos``, or ``(None, None)``."""
        return anchor_after(self.text, pos, self.mentions, self.place_of, starts=self.starts)

    def label_for(self, sentence: Sentence, pos: int) -> str | None:
        """"second blast" for a statement at ``pos``: its clause's ordinal and the nearest event noun."""
        ordinal, noun = self.clauses.label(sentence, pos)
        if noun:
            self.nouns.add(sentence.index, noun)
        if not ordinal:
            return None
        noun = noun or self.nouns.at_or_before(sentence.index)
        return f"{ordinal} {noun}" if noun else ordinal


def _warning(code: str, message: str, m: re.Match, text: str) -> Warning_:
    return Warning_(code, message, text[m.start():m.end()], m.start(), m.end())


def is_distractor(m: re.Match) -> bool:
    """A :data:`DISTANCE_RE` match that states no distance: a short unit after a word ("a m"), a number in words
    with nothing tying it to a place ("a mile"), a length ("50 km of French coast": :func:`length`).

    >>> [is_distractor(DISTANCE_RE.search(t)) for t in ("a m from X", "a mile", "a mile away", "50 km of Y")]
    [True, True, False, True]
    """
    num, unit = m.group("num"), m.group("unit")
    if (unit.lower() in SHORT_UNITS and not num[0].isdigit()) or length(m):
        return True
    return not num[0].isdigit() and m.group("away") is None and m.group("prep") is None \
        and m.group("dir") is None


def checked_distance(m: re.Match) -> tuple[float | None, Warning_ | None]:
    """Metres stated by a :data:`DISTANCE_RE` match, or ``None`` and why when it cannot be a zone.

    >>> checked_distance(DISTANCE_RE.search("0.0001 m from Kerman"))[1].code
    'distance_out_of_range'
    >>> checked_distance(DISTANCE_RE.search("700 m from Kerman"))
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


def stated_bearing(m: re.Match) -> tuple[float | None, float | None, Warning_ | None]:
    """(bearing, half-width, problem) of a distance statement's direction, if it states one.

    "30 km north-south of X": the distance stands, the direction does not (a warning says so).

    >>> stated_bearing(DISTANCE_RE.search("30 km NW of X"))
    (315.0, 22.5, None)
    >>> stated_bearing(DISTANCE_RE.search("30 km north-south of X"))[2].code
    'unknown_direction'
    """
    if not m.group("dir"):
        return None, None, None
    try:
        return *parse_bearing(m.group("dir")), None
    except ValueError:
        return None, None, _warning("unknown_direction", f"{m.group('dir')!r} is not a compass direction; "
                                    "drawn without one", m, m.string)


def ties_to_a_place(m: re.Match) -> bool:
    """Whether a distance statement with no place after it still speaks of a place ("a kilometer away").

    >>> [ties_to_a_place(DISTANCE_RE.search(t)) for t in ("10 km of road", "1 km away", "2 km from the")]
    [False, True, True]
    """
    prep = m.group("prep")
    if prep and prep.lower() != "from" and not m.group("away") and not m.group("dir"):
        return False  # "10 km of road": not a statement about place
    return bool(m.group("away") or m.group("dir") or prep)


def elliptical_anchor(relations: list[Relation], sentence_index: int) -> tuple[str, str] | None:
    """(anchor, anchor text) a statement without its own continues: the latest statement's,
    if it lies within two sentences before.

    ``relations`` are the statements so far, in text order.
    """
    if relations and relations[-1].sentence >= sentence_index - 2:
        return relations[-1].anchor, relations[-1].anchor_text
    return None


# A capitalised name right after "of"/"from": the statement names its own anchor
_OWN_NAME = lazy_compile(r"\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
_WRITTEN = lazy_compile(r"\s+(here|there|the\s+\w+|town)")


def referred_anchor(index: ArticleIndex, pos: int, sentence_index: int) -> tuple[str, str, bool, None] | None:
    """(anchor, words as written, False, None) for "from here" (the dateline), "from there" and "from the
    airport" (a place named in this or the previous sentence), or ``None``."""
    place, _ = dateline_anchor(index.text, pos, index.mentions, index.starts, index.place_of)
    if place is None:
        window = index.sentences[max(0, sentence_index - 1)].start
        place, _ = earlier_anchor(index.text, pos, window, index.mentions, index.starts, index.place_of)
    if place is None:
        return None
    return place.entry.source, _WRITTEN.match(index.text, pos).group(1), False, None


def distance_anchor(index: ArticleIndex, m: re.Match, relations: list[Relation],
                    sentence_index: int) -> tuple[tuple[str, str, bool, str | None] | None, Warning_ | None]:
    """((anchor, anchor text, elliptical, line) or ``None``, problem) for a distance statement."""
    prep = (m.group("prep") or "").lower()
    if prep == "to" and not LIES_BEFORE.search(index.text, max(0, m.start() - 12), m.start()):
        return None, None  # "walked 5 km to X": a journey, not where something lies
    if m.group("prep"):
        if (own := country_line_anchor(index, m.end(), sentence_index)) is not None:  # "the country's coastline"
            return own, None
        place, mention, problem = statement_anchor(index.text, m.end(), index.mentions, index.starts, index.place_of)
        if place is not None and journey(index.text, m, mention.end):
            return None, None  # "travelled 25km from St Helena to the Eland shaft": a length, not a location
        if place is not None:
            unlined = unlined_area(index.text, m.end(), mention, place)
            if unlined == "border" and division_line(place):  # "40 miles north of the Arkansas line"
                return (place.entry.source, mention.text, False, "boundary"), None
            if unlined:
                return None, Warning_("no_anchor", f"distance {m.group(0)!r}: the {unlined} of {mention.text!r} is a "
                                      f"line the shipped outlines do not give (only countries' lines and states' or "
                                      f"provinces' boundaries with their neighbours); not drawn around "
                                      f"{mention.text}'s centre", m.group(0), m.start(), m.end())
            line = anchor_line(index.text, m.end(), mention, place, m.group("prep"))
            return (place.entry.source, mention.text, False, line), None
        referred = referred_anchor(index, m.end(), sentence_index)
        if referred is not None:
            return referred, None
        named = _OWN_NAME.match(index.text, m.end())
        if named and not problem:  # "33 km northeast of Lake Henshaw": its own anchor, one geomap cannot place
            return None, Warning_("no_anchor", f"distance {m.group(0)!r}: {named.group(1)!r} is not a place geomap "
                                  "knows; not drawn around another statement's anchor", m.group(0), m.start(), m.end())
        if problem:
            return None, Warning_("no_anchor", f"distance {m.group(0)!r}: {problem}", m.group(0), m.start(), m.end())
    if not ties_to_a_place(m):
        return None, None
    previous = elliptical_anchor(relations, sentence_index)
    if previous is None:
        return None, Warning_("no_anchor", f"distance {m.group(0)!r} has no place to measure from",
                              m.group(0), m.start(), m.end())
    return (*previous, True, None), None


def distance_statements(index: ArticleIndex) -> tuple[list[Relation], list[Warning_], list[tuple[int, int]]]:
    """Distance statements in text order, the warnings they raise, and the spans of those refused
    (a refused "0.0001 m north of X" is not re-read as "north of X")."""
    relations: list[Relation] = []
    warnings: list[Warning_] = []
    refused: list[tuple[int, int]] = []
    for m in distance_matches(index.text):
        if is_distractor(m):
            continue
        value_m, problem = checked_distance(m)
        if value_m is None:
            if problem:
                warnings.append(problem)
                refused.append((m.start(), m.end()))
            continue
        bearing, halfwidth, problem = stated_bearing(m)
        if problem:
            warnings.append(problem)
        sentence = sentence_at(index.sentences, m.start())
        anchor, problem = seen_from_the_event(index, m, sentence), None
        region = regional_far_end(index, anchor)  # "Sri Lanka, 1,000 miles west of the epicentre": context
        if anchor is not None and bearing is not None:  # "X, 5 km north of the epicentre": the event is south of X
            bearing = (bearing + 180.0) % 360.0
        if anchor is None:
            anchor, problem = distance_anchor(index, m, relations, sentence.index)
        if problem:
            warnings.append(problem)
            if anchor is None:  # "25 miles south of the Oregon border": not re-read as "south of Oregon"
                refused.append((m.start(), m.end()))
        if anchor is not None:
            relation = distance_relation(index, m, value_m, (bearing, halfwidth), anchor, sentence)
            relations.append(replace(relation, role="context", role_reason=REGION_REASON) if region else relation)
            if m.group("route"):
                warnings.append(_warning(
                    "route_distance", f"{m.group(0).strip()!r} is measured along the way, not in a straight "
                    f"line: drawn from {ROUTE_SHORTEST:.0%} of it out to the figure", m, index.text))
    return relations, warnings, refused


def distance_relation(index: ArticleIndex, m: re.Match, value_m: float, bearing: tuple[float | None, float | None],
                      anchor: tuple[str, str, bool, str | None], sentence: Sentence) -> Relation:
    """The :class:`Relation` of a checked distance statement tied to its anchor."""
    from .border_sides import border_with  # loaded for the first statement measured from a border

    num, qual = m.group("num"), m.group("qual")
    inner, outer = distance_range(value_m, num, qual or ("about" if m.group("orso") else None))  # "30 km or so"
    low = m.group("lo") or m.group("lo2") or m.group("lo3")
    if low:  # "10-15 km", "between 5 and 10 km": the range as stated, the distance its middle
        inner = min(parse_number(low) * unit_metres(m.group("unit")), value_m)
        outer, value_m = value_m, (inner + value_m) / 2
    if m.group("route"):  # "110 miles by road": the straight line is shorter, up to about half
        inner = round(min(inner, value_m * ROUTE_SHORTEST), 3)
    role, reason = statement_role(index.text, sentence, m.start(), index.mentions, line=anchor[3] is not None)
    return Relation(
        anchor=anchor[0], anchor_text=anchor[1], distance_m=round(value_m, 3), inner_m=inner,
        outer_m=outer, bearing_deg=bearing[0], bearing_halfwidth_deg=bearing[1],
        qualifier=(qual or None) and " ".join(qual.lower().split()),
        text=index.text[m.start():m.end()], start=m.start(), end=m.end(), sentence=sentence.index,
        label=index.label_for(sentence, m.start()), elliptical=anchor[2], role=role, role_reason=reason,
        line=anchor[3], line_with=border_with(index, m, sentence) if anchor[3] == "border" else None)


class TakenSpans:
    """Disjoint spans already read as distance statements; a vague wording inside one is not read again.

    >>> t = TakenSpans([(10, 20), (30, 40)])
    >>> t.overlaps(12, 25), t.overlaps(0, 10), t.overlaps(25, 31), t.overlaps(20, 30)
    (True, False, True, False)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        taken = sorted(spans)
        self.starts, self.ends = [a for a, _ in taken], [b for _, b in taken]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1  # the span that may hold start
        j = bisect.bisect_left(self.starts, end) - 1  # ... or end
        return (i >= 0 and start < self.ends[i]) or (j >= 0 and end <= self.ends[j])


def between_second(index: ArticleIndex, first: Place, first_mention: Mention) -> tuple[str, str, int] | None:
    """(anchor, text, end) of Y in "between X and Y", when Y is another place named right after "and"."""
    conj = re.match(r"\s+and\s+", index.text[first_mention.end:first_mention.end + 6])
    if not conj:
        return None
    second_place, second = index.anchor_after(first_mention.end + conj.end())
    if second_place is None or second_place.entry.source == first.entry.source:
        return None
    return second_place.entry.source, second.text, second.end


def vague_kind(m: re.Match) -> tuple[str, str | None, float | None, Warning_ | None]:
    """(kind, term, bearing, problem) of a :data:`VAGUE_RE` match that is not "between".

    >>> vague_kind(VAGUE_RE.search("north of X"))[:3], vague_kind(VAGUE_RE.search("in the east of X"))[:3]
    (('direction', None, 0.0), ('vague', 'interior', 90.0))
    >>> vague_kind(VAGUE_RE.search("near X"))[:3], vague_kind(VAGUE_RE.search("north-south of X"))[3].code
    (('vague', 'near', None), 'unknown_direction')
    """
    if m.group("direction") or m.group("interior"):
        kind, term = ("direction", None) if m.group("direction") else ("vague", "interior")
        try:
            return kind, term, parse_bearing(m.group("ddir") or m.group("idir") or m.group("adir"))[0], None
        except ValueError:  # "north-south of X" names no direction
            return kind, term, None, _warning("unknown_direction", f"{m.group(0).strip()!r} names no compass "
                                              "direction; not drawn", m, m.string)
    return "vague", next(t for t in ("outskirts", "outside", "near") if m.group(t)), None, None


def vague_statement(index: ArticleIndex, m: re.Match) -> tuple[Relation | None, Warning_ | None]:
    """The relation a vague or direction-only wording makes with the place after it, if any."""
    place, mention, problem = statement_anchor(index.text, m.end(), index.mentions, index.starts, index.place_of)
    if place is None:  # "near the city of Mosul", "near the Turkish border town of X": the lead-in read as for distances
        return None, problem and _warning("no_anchor", f"{m.group(0).strip()!r}: {problem}", m, index.text)
    unlined = unlined_area(index.text, m.end(), mention, place) or anchor_line(index.text, m.end(), mention, place, None)
    if unlined:  # "near Turkey’s border", "near the Oregon border": no disc around the country or state
        return None, _warning("no_anchor", f"{m.group(0).strip()!r} the {unlined} of {mention.text!r}: geomap draws a "
                              "band along a country's line only at a stated distance; not drawn as a disc around "
                              f"{mention.text}", m, index.text)
    kind, term, bearing, anchor2, end = "between", None, None, None, mention.end
    if m.group("between"):
        anchor2 = between_second(index, place, mention)
        if anchor2 is None:
            return None, None
        end = anchor2[2]
    else:
        kind, term, bearing, problem = vague_kind(m)
        if problem:
            return None, problem
    sentence = sentence_at(index.sentences, m.start())
    role, reason = direction_role(index.text, sentence, m.start(), index.mentions) if kind == "direction" \
        else ("incident", None)
    return Relation(
        anchor=place.entry.source, anchor_text=mention.text, distance_m=None, inner_m=0.0,
        outer_m=0.0, bearing_deg=bearing, bearing_halfwidth_deg=None, qualifier=None,
        text=index.text[m.start():end], start=m.start(), end=end, sentence=sentence.index,
        label=index.label_for(sentence, m.start()), kind=kind, term=term,
        anchor2=anchor2[0] if anchor2 else None, anchor2_text=anchor2[1] if anchor2 else None, role=role,
        role_reason=reason), None


def vague_statements(index: ArticleIndex, taken: TakenSpans) -> tuple[list[Relation], list[Warning_]]:
    """Direction-only and vague statements ("north of X", "near X", "between X and Y") outside ``taken``."""
    relations: list[Relation] = []
    warnings: list[Warning_] = []
    for m in VAGUE_RE.finditer(index.text):
        if taken.overlaps(m.start(), m.end()):
            continue
        relation, problem = vague_statement(index, m)
        if problem:
            warnings.append(problem)
        if relation is not None:
            relations.append(relation)
    return relations, warnings
