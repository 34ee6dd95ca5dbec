"""The anchor of "10 km north of Krasnogorovka" when no name matches exactly: a near spelling.

English reports spell places of other countries in transliterations the
gazetteer lacks ("Krasnogorovka" for Krasnohorivka). Where a statement says a
place follows ("N km <direction> of", "N km from") and the one capitalised word
after it is no name geomap knows, :func:`geomap.lang.fuzzy.fuzzy_place` looks
for the place spelt most like it, under that module's caps (similarity, size of
place, first letter, length, no English dictionary word), preferring the
countries the article's other places lie in. Such a match is a mention of its
own, resolved like any other. A word spelt exactly as a place's name but left
out of the mentions as an English word ("southwest of Eureka") is a mention
with all its namesakes as candidates (:func:`named_exactly`).

Only this stage's regular expressions load with the pipeline; the name table
and ``rapidfuzz`` load on the first statement that needs them.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from .model import Doc, Mention
from .names import normalize
from .organisation_names import begins_organisation
from .relation_patterns import DISTANCE_RE, distance_matches
from .text import sentence_at
from .word_scan import word_start_matches

# (Both patterns open with no "\b": geomap.word_scan.word_start_matches puts it back.)
# One capitalised word right after "of"/"from", not followed by another ("of Krasnogorovka on Monday")
# nor by a number ("from Highway 50", "of Route 66": a road, no place to spell)
_AFTER_PREP = re.compile(r"(of|from)\s+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)(?![\w'\u2019-])(?!\s+[A-Z])(?!\s+\d)")
STATEMENT_REACH = 120  # characters a distance statement takes before its "of"/"from", at most


# Two capitalised words a name of one word may be written as: "18km southwest of Rangkas Bitung" (Rangkasbitung)
_TWO_AFTER_PREP = re.compile(r"(of|from)\s+([A-Z][a-z]+\s[A-Z][a-z]+)(?![\w'\u2019-])(?!\s+[A-Z])(?!\s+\d)")


def _spots(doc: Doc, after_prep: re.Pattern = _AFTER_PREP) -> list[tuple[int, int]]:
    """Spans of single capitalised words (or those ``after_prep`` finds) right after "N km <direction> of" /
    "N km from" that no mention covers.

    The words after "of"/"from" are found first (a cheap scan); the distance wording is then looked
    for only in the few characters before the uncovered ones, not over the whole article."""
    taken = sorted((m.start, m.end) for m in doc.mentions)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end among the first i
    out = []
    for named in word_start_matches(after_prep, doc.text):  # "\b" + after_prep, scanned for "o" and "f" only
        before = bisect.bisect_left(starts, named.end(2))  # mentions starting before the word's end
        if before and reach[before - 1] > named.start(2):  # one of them reaches into the word
            continue
        prep_end = named.end(1)
        for m in DISTANCE_RE.finditer(doc.text, max(0, named.start() - STATEMENT_REACH), prep_end):
            prep = (m.group("prep") or "").lower()
            if m.end() == prep_end and (prep == "of" and m.group("dir") or prep == "from"):
                out.append(named.span(2))
                break
    return out


def spelt_anchor_mentions(doc: Doc, *, gazetteer) -> Doc:
    """``doc`` with a mention (and its one candidate) for each statement's anchor matched by its spelling,
    or written in two words as the gazetteer's one ("Rangkas Bitung": Rangkasbitung, :func:`joined_name`)."""
    if not doc.sentences or not distance_matches(doc.text):  # no distance statement: no anchor slot (a cached scan)
        return doc
    spots = _spots(doc)
    joined = [s for s in _spots(doc, _TWO_AFTER_PREP) if joined_name(gazetteer, doc.text[s[0]:s[1]])]
    if not spots and not joined:
        return doc
    from .lang.fuzzy import fuzzy_place

    countries = {c[0].country for c in doc.candidates if c and c[0].country}
    mentions, cands = list(doc.mentions), list(doc.candidates)
    for start, end in sorted(spots + joined):
        entries = named_exactly(gazetteer, doc.text[start:end]) or joined_name(gazetteer, doc.text[start:end])
        if not entries and " " in doc.text[start:end]:
            continue
        if not entries:
            found = fuzzy_place(gazetteer, [doc.text[start:end]], countries, lang="en")
            if found is None:
                continue
            entries = (gazetteer.entry(found[1][0]),)
            if not _in_sentence_countries(doc, sentence_at(doc.sentences, start).index, entries[0].country):
                continue
        mention = Mention(doc.text[start:end], start, end, "toponym", normalize(doc.text[start:end]),
                          sentence_at(doc.sentences, start).index,
                          organisation=begins_organisation(doc.text, start, end))
        at = sum(1 for m in mentions if m.start < start)
        mentions.insert(at, mention)
        cands.insert(at, entries)
    return replace(doc, mentions=tuple(mentions), candidates=tuple(cands))


def _in_sentence_countries(doc: Doc, sentence: int, country: str) -> bool:
    """False when the statement's own sentence names places and none of them can lie in ``country``: "a fire
    in central Oregon about 11 miles south of Dayville" is not measured from Daceyville, Australia (the
    gazetteer lacks Dayville). A sentence that names no place leaves the match to the article's countries."""
    named = [cands for m, cands in zip(doc.mentions, doc.candidates) if m.sentence == sentence and cands]
    return not named or any(e.country == country for cands in named for e in cands)


# Capitalised words that name a time, not a place, even right after "from" ("30 km from May")
_CALENDAR = frozenset(("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                       "june july august september october november december").split())


def joined_name(gazetteer, words: str) -> tuple:
    """Every populated place named as ``words`` written in one ("Rangkas Bitung": Rangkasbitung), when the
    gazetteer has no place of the two-word name; ``()`` otherwise."""
    if " " not in words or gazetteer.has(normalize(words)):
        return ()
    key = normalize(words.replace(" ", ""))
    if not gazetteer.has(key):
        return ()
    return tuple(e for e in gazetteer.lookup(key) if e.place_type in ("city", "capital", "town", "village"))


def named_exactly(gazetteer, word: str) -> tuple:
    """Every place named ``word`` exactly, when a statement's anchor slot holds a name the mention stage left
    out as an English word ("40 miles southwest of Eureka"): the slot says a place follows, and the
    resolver ranks the namesakes as it does any mention's. ``()`` when no place has that name."""
    key = normalize(word)
    if key in _CALENDAR or not gazetteer.has(key):
        return ()
    return tuple(gazetteer.lookup(key))
