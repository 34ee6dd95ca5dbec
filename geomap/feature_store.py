"""Named physical features and airports: ``data/features.tsv``, a gazetteer source of its own.

Islands, capes, seas, bays, straits, lakes, peaks, passes, ranges, peninsulas
(Natural Earth, public domain), airports (airportsdata, MIT) and hamlets with a post
office (GeoNames' postal codes, CC BY 4.0), built by ``scripts/build_features.py``. They
fill in anchors GeoNames' populated places lack ("42 km west of Agrihan", "Juba
International Airport", "one mile southwest of Woodland Mills").

Their entries' sources start with ``feature:``; the resolver gives them a prior
below any populated place (:data:`FEATURE_PREFIX`, see :func:`geomap.resolve.prior`),
so a feature wins only where the text names it in full ("Lake Erie", "Fort
Pierce Inlet": no town bears that name), where no other place has the name, or
where the article's country supports it. An area's radius is its extent. A postal hamlet
carries its state (admin-1), as a gazetteer town does, so an article naming the state supports it.

The file is read on the first look-up (not at import or gazetteer load); its
name index is already normalised, so loading is a split, not a parse.
"""
from __future__ import annotations

from pathlib import Path

from .errors import DataError
from .geonames_store import GeoNamesStore
from .model import Entry

FEATURE_PREFIX = "feature:"
HEADER = "key\tname\taliases\tlat\tlon\tcountry\tadmin1\tfeature_type\tradius_m\tsource"


class FeatureStore:
    """The rows of one ``features.tsv``; an absent file is an empty store.

    The file is laid out as ``gazetteer.tsv`` is: the rows, then after a ``#index``
    line the sorted normalised names with the byte offsets of their rows. A name is
    found as in the gazetteer (:meth:`GeoNamesStore.ids`: in the piece of the index it falls in,
    split into lines on first use, :mod:`geomap.sorted_index`), and a row becomes an
    :class:`Entry` when first asked for.
    """

    ids = GeoNamesStore.ids  # the same search of the index (reads only .data, .index_start and ._index)
    _ids = GeoNamesStore._ids

    def __init__(self, directory: Path):
        self.path = Path(directory) / "features.tsv"
        self.data: bytes | None = None
        self.index_start = 0
        self._entries: dict[int, Entry] = {}
        self._index = None  # geomap.sorted_index.SortedIndex, made on the first look-up

    def _load(self) -> None:
        if self.data is not None:
            return
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = HEADER.encode() + b"\n#index\n"
        except OSError as exc:
            raise DataError(f"cannot read the features file {self.path}: {exc}") from None
        cut = data.find(b"\n#index\n")
        if not data.startswith(HEADER.encode() + b"\n") or cut < 0:
            raise DataError(f"cannot read the features file {self.path}: not a geomap features file")
        self.data, self.index_start = data, cut + 8

    def _row(self, offset: int) -> Entry:
        if offset not in self._entries:
            self._entries[offset] = _entry(self.data, offset, self.path)
        return self._entries[offset]

    def has(self, key: str) -> bool:
        """True when the normalised name ``key`` names a feature.

        Asked for every run of capitalised words of every article, mostly with names no feature
        bears: :meth:`GeoNamesStore.ids` answers from the piece of the index the name falls in, split
        into lines the first time it is asked (:mod:`geomap.sorted_index`)."""
        self._load()
        return bool(key) and self.ids(key) is not None

    def named(self, key: str) -> list[Entry]:
        """The features named ``key`` (normalised), in file order."""
        self._load()
        ids = self.ids(key) if key else None
        return [self._row(int(i)) for i in ids.split(b",")] if ids else []

    def find(self, source: str) -> Entry | None:
        """The feature with this source key, or None."""
        self._load()
        pos = self.data.find(b"\n" + source.encode("utf-8") + b"\t", 0, self.index_start)
        return self._row(pos + 1) if pos >= 0 else None


def _entry(data: bytes, offset: int, path: Path) -> Entry:
    try:
        c = data[offset:data.index(b"\n", offset)].decode("utf-8").split("\t")
        return Entry(source=c[0], name=c[1], lat=float(c[3]), lon=float(c[4]), country=c[5] or None,
                     admin1=c[6] or None, population=0, place_type=c[7], uncertainty_m=float(c[8]), note=c[9])
    except (ValueError, IndexError, UnicodeDecodeError):
        raise DataError(f"the features file {path} is damaged near byte {offset}; reinstall geomap") from None
