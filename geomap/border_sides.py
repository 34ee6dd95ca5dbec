"""Which border a statement measures from: "Rylsk, 26 km from the border with Ukraine" is the Russia-Ukraine
border, not every border of Ukraine (:attr:`geomap.model.Relation.line_with`; drawn by
:func:`geomap.line_bands.band`). Only what the wording names: "X's border with Y", "the X-Y border", or the country of the place
the statement locates; otherwise every land border, and the zone says so.
"""
from __future__ import annotations

import bisect
import re
from .model import Mention, Sentence
from .relation_anchors import PAIR_BORDER, statement_anchor
from .relation_context import located_mention

# ``index`` below is a geomap.relation_steps.ArticleIndex (not imported: relation_steps imports this module)

def _named_neighbour(index, mention: Mention) -> Mention | None:
    """Y of "X's border with Y" when the anchor is X, or X when the anchor is Y (either is read as the anchor)."""
    i = bisect.bisect_left(index.starts, mention.start)
    gap = _WITH_NEIGHBOUR.match(index.text, mention.end)
    if gap and i + 1 < len(index.mentions) and index.starts[i + 1] == gap.end():
        return index.mentions[i + 1]
    pair = PAIR_BORDER.match(index.text, mention.end)  # "the Russia-Ukraine border": the anchor is Russia
    if pair and i + 1 < len(index.mentions) and index.starts[i + 1] == pair.start("other"):
        return index.mentions[i + 1]
    if i > 0 and _WITH_NEIGHBOUR.fullmatch(index.text, index.mentions[i - 1].end, mention.start):
        return index.mentions[i - 1]
    return None


def _subject(index, sentence: Sentence, m: re.Match) -> Mention | None:
    """The place that opens the statement's sentence ("Chortkiv, which ..., is located 140 km north of"), if any."""
    i = bisect.bisect_left(index.starts, sentence.start)
    if i < len(index.mentions) and index.starts[i] < m.start() and _OPENING.fullmatch(
            index.text[sentence.start:index.starts[i]]):
        return index.mentions[i]
    return None


_OPENING = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
# "Bilopillia — a town about 10 kilometers (6 miles) from the Russian border —": a dash opens the apposition
_DASH_APPOSITION = re.compile(r"\s*(?:\u2014|\u2013|--?)\s*(?:(?:a|an|the|which\s+is|located|situated|some)\s+)?"
                              r"(?:[a-z]+\s+){0,2}?")


def _dash_apposed(index, sentence: Sentence, m: re.Match) -> Mention | None:
    """The place a dash apposition holding the statement describes ("The attack in Bilopillia — a town about 10
    km from the Russian border — left ..."): the place right before the dash, in the same sentence."""
    i = bisect.bisect_left(index.starts, m.start()) - 1
    if i < 0 or index.mentions[i].start < sentence.start:
        return None
    before = index.mentions[i]
    return before if _DASH_APPOSITION.fullmatch(index.text, before.end, m.start()) else None
_WITH_NEIGHBOUR = re.compile(r"['\u2019]s\s+(?:border|frontier)\s+with\s+(?:the\s+)?")


def border_with(index, m: re.Match, sentence: Sentence) -> str | None:
    """The other side (ISO code) of the border a statement names, when the text says which: "X's border with
    Y" (the other of X and Y), else the country of the place the statement locates ("Rylsk, 26 km from the border with Ukraine":
    Rylsk's Russia; "Chortkiv, which ..., is located 140 km north of the border with Romania": the sentence's
    subject). ``None`` (every border of the country) when neither names another country that shares a
    border with it in the shipped outlines."""
    from .line_bands import line_parts

    place, mention, _ = statement_anchor(index.text, m.end(), index.mentions, index.starts, index.place_of)
    if place is None:
        return None
    own = place.entry.country or ""
    named = _named_neighbour(index, mention)
    if named is not None:
        other = index.place_of.get((named.start, named.end))
    else:
        located = located_mention(index.text, sentence, m.start(), index.mentions) or _subject(index, sentence, m) \
            or _dash_apposed(index, sentence, m)
        other = index.place_of.get((located.start, located.end)) if located is not None else None
    iso = (other.entry.country or "") if other is not None else ""
    if not iso or iso == own or not line_parts(own, "border", iso):
        return None
    return iso
