"""Adding a mention found after the mention stage (a distance statement's anchor spelt otherwise than the
gazetteer's, "Australia's largest city" ...) to a doc's mentions and candidates, in text order."""
from __future__ import annotations

import bisect

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
