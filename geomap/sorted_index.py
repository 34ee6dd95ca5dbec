"""A sorted ``key<TAB>value`` section of a data file, searched in pieces split on first use.

The gazetteer's and the features' name indexes are sorted lines at the end of
their files (:mod:`geomap.geonames_store`, :mod:`geomap.feature_store`).
Splitting a whole index into lines costs tens of milliseconds, and a binary
search of the bytes in Python costs tens of microseconds a look-up; a run asks
for thousands of names, most of them once. :class:`SortedIndex` cuts the section
into pieces of about :data:`PIECE_BYTES` at line starts (a few hundred cuts,
found in a millisecond), finds a key's piece by bisecting the first keys of the
pieces, and splits only that piece, once: each look-up is two bisections in C,
and a run that asks for a few names splits only a few pieces.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

PIECE_BYTES = 8192


class SortedIndex:
    """The lines of ``data[start:]`` (sorted, distinct keys, ``key<TAB>value``), searched by key.

    >>> index = SortedIndex(b"rows\\n#index\\na\\t1\\nb c\\t2\\nbc\\t3\\nd\\t4\\n", 12, piece_bytes=4)
    >>> [index.find(k + b"\\t") for k in (b"a", b"b c", b"bc", b"b", b"d", b"e", b"")]
    [b'1', b'2', b'3', None, b'4', None, None]
    """

    def __init__(self, data, start: int, piece_bytes: int = PIECE_BYTES):
        self._data = data
        self._start = start
        self._piece_bytes = piece_bytes
        self._firsts: list[bytes] | None = None  # each piece's first key, with its tab
        self._cuts: list[int] = []  # where each piece starts, and where the last one ends
        self._pieces: list[list[bytes] | None] = []

    def _cut(self) -> None:
        data, pos = self._data, self._start
        end = len(data)
        while end > pos and data[end - 1:end] == b"\n":
            end -= 1
        firsts, cuts = [], []
        while pos < end:
            line_end = data.find(b"\n", pos, end)
            line = data[pos:end if line_end < 0 else line_end]
            tab = line.find(b"\t")
            firsts.append(line[:tab + 1] if tab >= 0 else line)
            cuts.append(pos)
            nxt = data.find(b"\n", max(pos + self._piece_bytes, end if line_end < 0 else line_end + 1) - 1, end)
            pos = end if nxt < 0 else nxt + 1
        self._firsts, self._cuts, self._pieces = firsts, cuts + [end + 1], [None] * len(firsts)

    def find(self, probe: bytes) -> bytes | None:
        """The value of the line whose key is ``probe`` less its final tab (``b"kerman\\t"``), or None."""
        if self._firsts is None:
            self._cut()
        k = bisect_right(self._firsts, probe) - 1
        if k < 0:
            return None
        lines = self._pieces[k]
        if lines is None:
            lines = self._pieces[k] = self._data[self._cuts[k]:self._cuts[k + 1] - 1].split(b"\n")
        pos = bisect_left(lines, probe)
        if pos < len(lines) and lines[pos].startswith(probe):
            return lines[pos][len(probe):]
        return None
