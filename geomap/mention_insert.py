"""Adding a mention found after the mention stage (a distance statement's anchor spelt otherwise than the
gazetteer's, "Australia's largest city" ...) to a doc's mentions and candidates, in text order."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from .model import Doc, Mention


def insert_mention(doc: Doc, mentions: list[Mention], candidates: list[tuple], start: int, end: int, key: str,
                   entries: tuple, kind: str = "toponym") -> None:
    """Insert the mention of ``doc.text[start:end]`` (gazetteer ``key``, ``kind``) and its candidate
    ``entries`` into the parallel lists ``mentions`` and ``candidates``, kept in text order; the mention's
    sentence is the one holding ``start`` (0 when none does).

    >>> from geomap.model import Sentence
    >>> doc = Doc("Ab. Cd ef.", sentences=(Sentence(0, 0, 3), Sentence(1, 4, 10)))
    >>> ms, cs = [Mention("Ab", 0, 2, "toponym", "ab", 0)], [()]
    >>> insert_mention(doc, ms, cs, 4, 6, "cd", ())
    >>> [(m.text, m.sentence) for m in ms]
    [('Ab', 0), ('Cd', 1)]
    """
    sentence = next((s.index for s in doc.sentences if s.start <= start < s.end), 0)
    k = bisect.bisect_left([m.start for m in mentions], start)
    mentions.insert(k, Mention(doc.text[start:end], start, end, kind, key, sentence))
    candidates.insert(k, entries)


def with_anchor_mentions(doc: Doc, named: Iterable[re.Match],
                         find: Callable[[re.Match], tuple[int, int, str, tuple] | None]) -> Doc:
    """``doc`` with a mention for each match of ``named`` that ``find`` reads as (start, end, key, candidate
    entries), unless it overlaps a mention already there or added before it; ``doc`` itself when none is added.

    >>> import re
    >>> from geomap.model import Sentence
    >>> doc = Doc("Ab. Cd ef.", sentences=(Sentence(0, 0, 3), Sentence(1, 4, 10)),
    ...           mentions=(Mention("Ab", 0, 2, "toponym", "ab", 0),), candidates=((),))
    >>> named = list(re.finditer(r"[A-Z]\\w", doc.text))
    >>> [m.text for m in with_anchor_mentions(doc, named, lambda m: (*m.span(), m.group().lower(), ())).mentions]
    ['Ab', 'Cd']
    >>> with_anchor_mentions(doc, named, lambda m: None) is doc
    True
    """
    mentions, candidates = list(doc.mentions), list(doc.candidates)
    for m in named:
        found = find(m)
        if found is None:
            continue
        start, end, key, entries = found
        if any(x.start < end and start < x.end for x in mentions):
            continue
        insert_mention(doc, mentions, candidates, start, end, key, entries)
    if len(mentions) == len(doc.mentions):
        return doc
    return replace(doc, mentions=tuple(mentions), candidates=tuple(candidates))
