"""The anchor of "10 km north of Krasnogorovka" when no name matches exactly: a near spelling.

English reports spell places of other countries in transliterations the
gazetteer lacks ("Krasnogorovka" for Krasnohorivka). Where a statement says a
place follows ("N km <direction> of", "N km from") and the one capitalised word
after it is no name geomap knows, :func:`geomap.lang.fuzzy.fuzzy_place` looks
for the place spelt most like it, under that module's caps (similarity, size of
place, first letter, length, no English dictionary word), preferring the
countries the article's other places lie in. Such a match is a mention of its
own, resolved like any other.

Only this stage's regular expressions load with the pipeline; the name table
and ``rapidfuzz`` load on the first statement that needs them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Doc, Mention
from .names import normalize
from .relation_patterns import DISTANCE_RE
from .text import sentence_at

# One capitalised word right after the statement, not followed by another ("of Krasnogorovka on Monday")
_ONE_NAME = re.compile(r"\s+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)(?![\w'\u2019-])(?!\s+[A-Z])")


def _spots(doc: Doc) -> list[tuple[int, int]]:
    """Spans of single capitalised words right after "N km <direction> of" / "N km from" that no mention covers."""
    taken = [(m.start, m.end) for m in doc.mentions]
    out = []
    for m in DISTANCE_RE.finditer(doc.text):
        prep = (m.group("prep") or "").lower()
        if not (prep == "of" and m.group("dir") or prep == "from"):
            continue
        named = _ONE_NAME.match(doc.text, m.end())
        if named and not any(a < named.end(1) and named.start(1) < b for a, b in taken):
            out.append(named.span(1))
    return out


def spelt_anchor_mentions(doc: Doc, *, gazetteer) -> Doc:
    """``doc`` with a mention (and its one candidate) for each statement's anchor matched by its spelling."""
    spots = _spots(doc) if doc.sentences else []
    if not spots:
        return doc
    from .lang.fuzzy import fuzzy_place

    countries = {c[0].country for c in doc.candidates if c and c[0].country}
    mentions, cands = list(doc.mentions), list(doc.candidates)
    for start, end in spots:
        found = fuzzy_place(gazetteer, [doc.text[start:end]], countries, lang="en")
        if found is None:
            continue
        entry = gazetteer.entry(found[1][0])
        mention = Mention(doc.text[start:end], start, end, "toponym", normalize(doc.text[start:end]),
                          sentence_at(doc.sentences, start).index)
        at = sum(1 for m in mentions if m.start < start)
        mentions.insert(at, mention)
        cands.insert(at, (entry,))
    return replace(doc, mentions=tuple(mentions), candidates=tuple(cands))
