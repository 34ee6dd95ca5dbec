"""Named physical features and airports: ``data/features.tsv``, a gazetteer source of its own.

Islands, capes, seas, bays, straits, lakes, peaks, passes, ranges, peninsulas
(Natural Earth, public domain) and airports (airportsdata, MIT), built by
``scripts/build_features.py``. They fill in anchors GeoNames' populated places
lack ("42 km west of Agrihan", "Juba International Airport").

Their entries' sources start with ``feature:``; the resolver gives them a prior
below any populated place (:data:`FEATURE_PREFIX`, see :func:`geomap.resolve.prior`),
so a feature wins only where the text names it in full ("Lake Erie", "Fort
Pierce Inlet": no town bears that name), where no other place has the name, or
where the article's country supports it. An area's radius is its extent.

The file is read on the first look-up (not at import or gazetteer load), then
indexed by normalised name once.
"""
from __future__ import annotations

from pathlib import Path

from .errors import DataError
from .model import Entry
from .names import normalize

FEATURE_PREFIX = "feature:"
HEADER = "key\tname\taliases\tlat\tlon\tcountry\tfeature_type\tradius_m\tsource"


class FeatureStore:
    """The rows of one ``features.tsv``; an absent file is an empty store."""

    def __init__(self, directory: Path):
        self.path = Path(directory) / "features.tsv"
        self._names: dict[str, list[str]] | None = None
        self._entries: dict[str, Entry] = {}

    def _load(self) -> dict[str, list[str]]:
        if self._names is not None:
            return self._names
        names: dict[str, list[str]] = {}
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read the features file {self.path}: {exc}") from None
        if lines and lines[0] != HEADER:
            raise DataError(f"cannot read the features file {self.path}: not a geomap features file")
        for number, line in enumerate(lines[1:], start=2):
            entry, aliases = _entry(line, self.path, number)
            self._entries[entry.source] = entry
            for name in dict.fromkeys(normalize(n) for n in (entry.name, *aliases)):
                names.setdefault(name, []).append(entry.source)
        self._names = names
        return names

    def has(self, key: str) -> bool:
        """True when the normalised name ``key`` names a feature."""
        return key in self._load()

    def named(self, key: str) -> list[Entry]:
        """The features named ``key`` (normalised), in file order."""
        return [self._entries[s] for s in self._load().get(key, ())]

    def find(self, source: str) -> Entry | None:
        """The feature with this source key, or None."""
        self._load()
        return self._entries.get(source)


def _entry(line: str, path: Path, number: int) -> tuple[Entry, list[str]]:
    c = line.split("\t")
    try:
        entry = Entry(source=c[0], name=c[1], lat=float(c[3]), lon=float(c[4]), country=c[5] or None,
                      admin1=None, population=0, place_type=c[6], uncertainty_m=float(c[7]), note=c[8])
    except (ValueError, IndexError):
        raise DataError(f"the features file {path} is damaged at line {number}; reinstall geomap") from None
    return entry, [a for a in c[2].split("|") if a]
