"""The GeoNames store: ``data/gazetteer.tsv`` read once, rows decoded on demand.

The file (GeoNames, CC BY 4.0, built by ``scripts/build_gazetteer.py``) holds
one row per place (countries and continents first, then admin areas, capitals
and cities, and last GeoNames' regions, oceans and seas; the last three columns, ``point_source``, ``admin1_name`` and
``admin2_name``, say where the point comes from and name the divisions
holding the place) and, after a ``#index`` line, a sorted name index of
``key<TAB>offsets`` lines searched by bisection (:mod:`geomap.sorted_index`). Nothing here knows about the
curated tables or user places: that is :mod:`geomap.gazetteer`'s job.
"""
from __future__ import annotations

from pathlib import Path

from .errors import DataError
from .model import Entry
from .names import unmarked
from .sorted_index import SortedIndex

TAIL_TYPES = ("region", "ocean", "sea")  # the rows scripts/build_gazetteer.py writes last


def data_dir() -> Path:
    """Where the data files are: inside the installed package, or the repo's ``data/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "gazetteer.tsv").is_file():
            return candidate
    raise DataError("the embedded gazetteer (data/gazetteer.tsv) is missing; reinstall geomap")


def _mapped(path: Path):
    """The file's bytes, mapped rather than read: a run touches the head (countries), the index
    and the rows it decodes, not all 33 MB (reading it whole was a fifth of a cold start)."""
    import mmap

    try:
        with open(path, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as exc:  # ValueError: an empty file cannot be mapped
        raise DataError(f"cannot read the embedded gazetteer {path}: {exc}") from None


def _line_end(data, pos: int) -> int:
    """Where the line holding ``pos`` ends (``bytes.index`` for a mapped file, which has none)."""
    end = data.find(b"\n", pos)
    if end < 0:
        raise ValueError("no line end")
    return end


class GeoNamesStore:
    """The rows and name index of one ``gazetteer.tsv``.

    ``countries`` lists ``(entry, demonyms)`` for the countries and continents
    at the head of the file, read at load time; every other row is decoded the
    first time it is asked for.
    """

    def __init__(self, directory: Path):
        path = Path(directory) / "gazetteer.tsv"
        data = _mapped(path)
        cut = data.rfind(b"\n#index\n")  # the index is the last fifth of the file: found from its end
        if data[:9] != b"key\tname\t" or cut < 0:
            raise DataError(f"cannot read the embedded gazetteer {path}: not a geomap gazetteer file")
        self.data = data
        self.index_start = cut + 8
        self._index: SortedIndex | None = None  # made on the first look-up
        self._rows: dict[int, Entry] = {}
        self._by_source: dict[str, Entry] = {}
        self._country_names: dict[str, str] = {}  # ISO code -> name, from the country rows
        self.countries: list[tuple[Entry, list[str]]] = self._read_countries(cut)
        self._read_tail(cut)

    def _read_countries(self, cut: int) -> list[tuple[Entry, list[str]]]:
        """Countries and continents come first in the file; the rest is read on demand."""
        data, out = self.data, []
        pos = _line_end(data, 0) + 1
        while pos < cut:
            entry, cols = self._decode(pos)
            if entry.place_type not in ("country", "continent"):
                break
            if entry.place_type == "country" and entry.country:
                self._country_names[entry.country] = entry.name
            out.append((entry, list(filter(None, cols[10].split("|")))))
            self._by_source[entry.source] = entry
            pos = _line_end(data, pos) + 1
        return out

    def _read_tail(self, cut: int) -> None:
        """Regions, oceans and seas come last in the file (a few dozen rows; curated areas take their
        points at load time): read them from the end, so finding one by key scans nothing."""
        data, end = self.data, cut
        while end > 0:
            start = data.rfind(b"\n", 0, end) + 1
            entry = self._decode(start)[0]
            if entry.place_type not in TAIL_TYPES:
                break
            self._by_source[entry.source] = entry
            end = start - 1

    def _decode(self, offset: int) -> tuple[Entry, list[str]]:
        """The entry whose row starts at byte ``offset``, and the row's columns."""
        try:
            c = self.data[offset:_line_end(self.data, offset)].decode("utf-8").split("\t")
            entry = Entry(source=c[0], name=c[1], lat=float(c[2]), lon=float(c[3]),
                          country=c[4] or None, admin1=c[5] or None, population=int(c[6]),
                          place_type=c[7], uncertainty_m=float(c[8]),
                          country_name=(c[1] if c[7] == "country" else self._country_names.get(c[4])) or None,
                          admin1_name=c[12] or None if len(c) > 13 else None,
                          admin2_name=c[13] or None if len(c) > 13 else None)
        except (ValueError, IndexError, UnicodeDecodeError):
            raise DataError(f"the embedded gazetteer is damaged near byte {offset}; reinstall geomap") from None
        self._rows[offset] = entry
        return entry, c

    def row(self, offset: int) -> Entry:
        """The entry whose row starts at byte ``offset`` of the file."""
        entry = self._rows.get(offset)
        return entry if entry is not None else self._decode(offset)[0]

    def find(self, source: str) -> Entry | None:
        """The row with this source key (``geonames:128234``), or None."""
        found = self._by_source.get(source)
        if found is None:
            pos = self.data.find(b"\n" + source.encode("utf-8") + b"\t")
            if pos < 0:
                return None
            found = self._by_source[source] = self.row(pos + 1)
        return found

    def named(self, key: str) -> list[Entry]:
        """The rows indexed under the normalised name ``key``, in index order."""
        ids = self.ids(key)
        return [self.row(int(i)) for i in ids.split(b",")] if ids else []

    def ids(self, key: str) -> bytes | None:
        """Comma-separated row offsets for a normalised name, or None.

        A name written with an apostrophe or okina inside a word ("Sana'a") is also looked up
        without it ("sanaa"); the index holds marked names both ways (:func:`geomap.names.unmarked`).
        """
        found = self._ids(key)
        if found is None and ("'" in key or "\u02bb" in key):
            bare = unmarked(key)
            if bare is not None:
                found = self._ids(bare)
        return found

    def _ids(self, key: str) -> bytes | None:
        index = self._index
        if index is None:  # pieces of the index are split on first use (geomap.sorted_index)
            index = self._index = SortedIndex(self.data, self.index_start)
        return index.find(key.encode("utf-8") + b"\t")
