"""Which candidates lie near the document's confident places: a grid of cells, answers remembered."""
from __future__ import annotations

import math

from .geometry import great_circle_km
from .model import Entry

NEARBY_KM = 200.0


class NearIndex:
    """Which candidates lie within ``NEARBY_KM`` of a confident place.

    The anchors are deduplicated and kept in a grid of cells about
    ``NEARBY_KM`` tall, and each answer is remembered per candidate, so a
    document that names the same town a thousand times costs one test per
    distinct candidate, against the few anchors in neighbouring cells.
    """

    CELL_DEG = 2.0  # >= NEARBY_KM / 111 km per degree of latitude

    def __init__(self, anchors) -> None:
        self._cells: dict[tuple[int, int], list[Entry]] = {}
        for a in {a.source: a for a in anchors}.values():
            self._cells.setdefault(self._cell(a.lat, a.lon), []).append(a)
        self._known: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self._cells)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.CELL_DEG), math.floor(lon / self.CELL_DEG)

    def _neighbours(self, lat: float, lon: float):
        row, col = self._cell(lat, lon)
        rows = range(row - 1, row + 2)
        edge = max(abs(r * self.CELL_DEG) for r in (row - 1, row + 2))  # the widest latitude in the band
        span_deg = 1.2 * NEARBY_KM / (111.0 * max(math.cos(math.radians(min(edge, 90.0))), 1e-6))
        reach = math.ceil(span_deg / self.CELL_DEG) + 1
        n_cols = round(360 / self.CELL_DEG)
        cols = range(n_cols) if 2 * reach + 1 >= n_cols else range(col - reach, col + reach + 1)
        half = n_cols // 2
        if len(self._cells) < len(rows) * len(cols):  # fewer occupied cells than cells to probe: test each
            for (r, k), entries in self._cells.items():
                if r in rows and -half <= k < half and (2 * reach + 1 >= n_cols
                                                         or -reach <= (k - col + half) % n_cols - half <= reach):
                    yield from entries
            return
        for r in rows:
            for c in cols:
                yield from self._cells.get((r, (c + n_cols // 2) % n_cols - n_cols // 2), ())

    def near(self, e: Entry) -> bool:
        """True when ``e`` lies within ``NEARBY_KM`` of an anchor other than itself."""
        known = self._known.get(e.source)
        if known is None:
            known = self._known[e.source] = any(
                a.source != e.source and great_circle_km(a.lat, a.lon, e.lat, e.lon) <= NEARBY_KM
                for a in self._neighbours(e.lat, e.lon))
        return known
