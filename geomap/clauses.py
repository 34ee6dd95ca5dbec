"""Lookups over an article's clauses that stay linear in its length.

Distance statements take their label ("the second blast") from the first
ordinal of their clause and their event noun from the nearest sentence
before that names one. Both are found here by binary search over
positions collected once per article, not by rescanning the sentence for
each statement.
"""
from __future__ import annotations

import bisect
import re

from .model import Sentence
from .vocabulary import ORDINALS  # noqa: F401  (importable from here, as before)

EVENT_NOUNS = r"explosions?|blasts?|bombs?|bombings?|attacks?|strikes?|shootings?|fires?|crash(?:es)?|quakes?|earthquakes?|detonations?"

_CUT = re.compile(r"(?=[,;]| while | whereas )")
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(ORDINALS)})\b", re.IGNORECASE)
_LABEL = re.compile(rf"\b({'|'.join(ORDINALS)})\b(?:\s+({EVENT_NOUNS}))?", re.IGNORECASE)


class Clauses:
    """Where clauses start and where ordinals stand, found once per article.

    >>> c = Clauses("The second blast was 700 m away, the third near Kerman")
    >>> c.label(Sentence(0, 0, 55), 21), c.label(Sentence(0, 0, 55), 43), c.label(Sentence(0, 5, 55), 21)
    (('second', 'blast'), ('third', None), (None, None))

    A statement's label comes from the first ordinal of its clause; looking
    it up by binary search keeps a long sentence with many statements linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cuts = [m.start() for m in _CUT.finditer(text)]
        self.ends = [p + (1 if text[p] in ",;" else 7 if text.startswith(" while ", p) else 9) for p in self.cuts]
        self.ordinals = [m.start() for m in _ORDINAL_WORD.finditer(text)]

    def label(self, sentence: Sentence, pos: int) -> tuple[str | None, str | None]:
        """Ordinal and event noun in the clause before ``pos`` ("the first explosion")."""
        i = bisect.bisect_left(self.cuts, pos) - 1
        while i >= 0 and self.ends[i] > pos:  # a separator must lie wholly before pos
            i -= 1
        start = self.cuts[i] + 1 if i >= 0 and self.cuts[i] >= sentence.start else sentence.start
        k = bisect.bisect_left(self.ordinals, start)
        if k == len(self.ordinals) or self.ordinals[k] >= pos:
            return None, None
        m = _LABEL.match(self.text, self.ordinals[k], pos)
        return m.group(1).lower(), (m.group(2) or "").lower() or None


class Nouns:
    """The event noun last named in each sentence ("blast"), and the nearest before a sentence.

    >>> n = Nouns(); n.add(3, "blast"); n.add(1, "bomb")
    >>> n.at_or_before(2), n.at_or_before(5), n.at_or_before(0)
    ('bomb', 'blast', None)
    """

    def __init__(self) -> None:
        self.by_sentence: dict[int, str] = {}
        self.runs: list[list[int]] = [[]]  # ascending runs of sentence indices (one per pass over the text)

    def add(self, index: int, noun: str) -> None:
        if index not in self.by_sentence:
            if self.runs[-1] and index < self.runs[-1][-1]:
                self.runs.append([])
            self.runs[-1].append(index)
        self.by_sentence[index] = noun

    def at_or_before(self, index: int) -> str | None:
        best = -1
        for run in self.runs:
            i = bisect.bisect_right(run, index) - 1
            if i >= 0:
                best = max(best, run[i])
        return self.by_sentence.get(best)
