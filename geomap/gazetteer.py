"""The embedded offline gazetteer, usable as a geopy geocoder.

Data: ``data/gazetteer.tsv`` (GeoNames, CC BY 4.0, built by
``scripts/build_gazetteer.py``) and the curated tables in ``data/curated``
(each row with its source). Loading reads a prebuilt name index, so it costs
tens of milliseconds, not a parse of the 100 MB GeoNames JSON.
"""
from __future__ import annotations

import csv
from bisect import bisect_left
import math
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .errors import DataError
from .model import Entry
from .names import normalize

_TYPE_RANK = {"country": 5, "continent": 4, "sea": 4, "ocean": 4, "admin1": 3, "region": 3,
              "strait": 3, "canal": 3, "admin2": 2, "landmark": 2, "capital": 1, "city": 1}


def data_dir() -> Path:
    """Where the data files are: inside the installed package, or the repo's ``data/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "gazetteer.tsv").is_file():
            return candidate
    raise DataError("the embedded gazetteer (data/gazetteer.tsv) is missing; reinstall geomap")


class _Landmark:
    """A curated landmark with the phrases that name it in text."""

    def __init__(self, key: str, specific: list[str], generic: list[str]):
        self.key = key
        self.specific = specific
        self.generic = generic

    @staticmethod
    def pattern(phrases: list[str]) -> re.Pattern | None:
        if not phrases:
            return None
        parts = []
        for phrase in sorted(phrases, key=len, reverse=True):
            words = [re.escape(w).replace("'", "['\u2019]") for w in phrase.split()]
            body = r"\s+".join(words)
            # Proper names match as capitalised ("the White House", not "a white house");
            # generic aliases ("the cemetery") in any case.
            parts.append(body if phrase[:1].isupper() else f"(?i:{body})")
        return re.compile(r"(?<![\w'\u2019])(?:" + "|".join(parts) + r")(?![\w])")


class Gazetteer:
    """Names to places, from the embedded files.

    Use :func:`default_gazetteer` for the shared instance. ``lookup`` takes a
    normalised name (:func:`geomap.names.normalize`) and returns entries best
    first (larger, more important places first).
    """

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else data_dir()
        self._data = b""
        self._index_lines: list[bytes] | None = None
        self._entries: dict[int, Entry] = {}
        self._by_source: dict[str, Entry] = {}
        self._curated_index: dict[str, list[str]] = {}
        # Dotted abbreviations: looked up only where the dots were written.
        self._abbreviations: dict[str, list[str]] = {}
        self._us_states: dict[str, str] | None = None
        self._capitals: dict[str, str] | None = None
        self.demonyms: dict[str, str] = {}
        self.not_places: set[str] = set()
        self.landmarks: list[_Landmark] = []
        self._load_geonames()
        self._load_curated()

    # -- loading -----------------------------------------------------------
    def _load_geonames(self) -> None:
        path = self.directory / "gazetteer.tsv"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DataError(f"cannot read the embedded gazetteer {path}: {exc}") from None
        cut = data.find(b"\n#index\n")
        if not data.startswith(b"key\tname\t") or cut < 0:
            raise DataError(f"cannot read the embedded gazetteer {path}: not a geomap gazetteer file")
        # Rows are decoded only when asked for; the index is sorted
        # "key<TAB>offsets" lines (UTF-8), searched by bisection.
        self._data = data
        self._index_start = cut + 8
        self._index_lines = None  # split on demand, once lookups are many (batch runs)
        self._lookups = 0
        pos = data.index(b"\n") + 1
        while pos < cut:  # countries and continents come first; the rest is read on demand
            entry, cols = self._entry(pos, with_cols=True)
            if entry.place_type not in ("country", "continent"):
                break
            for dem in filter(None, cols[10].split("|")):
                # Shared demonyms ("Chinese": China, Macao) go to the most populous country.
                for key in (normalize(dem), normalize(dem) + "s"):
                    old = self.demonyms.get(key)
                    if old is None or self._by_source[old].population < entry.population:
                        self.demonyms[key] = entry.source
            self._by_source[entry.source] = entry
            pos = data.index(b"\n", pos) + 1

    def _entry(self, offset: int, with_cols: bool = False):
        """The entry whose row starts at byte ``offset`` of the file."""
        entry = self._entries.get(offset)
        if entry is None or with_cols:
            try:
                c = self._data[offset:self._data.index(b"\n", offset)].decode("utf-8").split("\t")
                entry = Entry(source=c[0], name=c[1], lat=float(c[2]), lon=float(c[3]),
                              country=c[4] or None, admin1=c[5] or None, population=int(c[6]),
                              place_type=c[7], radius_m=float(c[8]))
            except (ValueError, IndexError, UnicodeDecodeError):
                raise DataError(f"the embedded gazetteer is damaged near byte {offset}; reinstall geomap") from None
            self._entries[offset] = entry
            if with_cols:
                return entry, c
        return entry

    def _read_csv(self, name: str) -> list[dict]:
        path = self.directory / "curated" / name
        try:
            with open(path, newline="", encoding="utf-8") as fh:
                return list(csv.DictReader(fh))
        except OSError as exc:
            raise DataError(f"cannot read curated table {path}: {exc}") from None

    def _load_curated(self) -> None:
        for row in self._read_csv("places.csv"):
            try:
                self.add_curated(row)
            except (KeyError, ValueError) as exc:
                raise DataError(f"bad row {row.get('id')!r} in curated/places.csv: {exc}") from None
        for row in self._read_csv("aliases.csv"):
            target = row["target"] if ":" in row["target"] else f"curated:{row['target']}"
            index = self._abbreviations if "." in row["alias"] else self._curated_index
            try:
                self._by_source[target] = self.entry(target)
            except KeyError:
                raise DataError(f"curated/aliases.csv: {row['alias']!r} points to unknown {target}") from None
            index.setdefault(normalize(row["alias"]), []).insert(0, target)
        self.not_places = {normalize(r["name"]) for r in self._read_csv("not_places.csv")}
        for row in self._read_csv("overrides.csv"):
            try:
                base = self.entry(row["target"])
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                raise DataError(f"curated/overrides.csv: bad row for {row.get('target')!r}") from None
            self._by_source[base.source] = replace(base, lat=lat, lon=lon, note=row["source"])
        for row in self._read_csv("demonyms.csv"):
            target = row["target"] if ":" in row["target"] else f"curated:{row['target']}"
            try:
                self._by_source[target] = self.entry(target)
            except KeyError:
                raise DataError(f"curated/demonyms.csv: {row['demonym']!r} points to unknown {target}") from None
            key = normalize(row["demonym"])
            self.demonyms[key] = self.demonyms[key + "s"] = target
        dotted = [row["alias"] for row in self._read_csv("aliases.csv") if "." in row["alias"]]
        for row in self._read_csv("us_state_abbreviations.csv"):
            # resolved to the state's entry on first use (see abbreviated())
            self._abbreviations.setdefault(normalize(row["abbreviation"]), []).append(f"us-state:{row['state']}")
            dotted.append(row["abbreviation"])
        # Dotted abbreviations ("W.Va.", "U.S.", "D.C."), matched as written.
        alternatives = "|".join(re.escape(a).replace(r"\ ", r"\s?") for a in sorted(dotted, key=len, reverse=True))
        self.abbreviation_pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def add_curated(self, row: dict) -> Entry:
        """Add a curated (or user-supplied) row; see ``data/curated/places.csv``."""
        source = row.get("source_key") or f"curated:{row['id']}"
        container = row.get("container") or None
        radius = float(row["radius_m"])
        if row.get("lat") and row.get("lon"):
            lat, lon = float(row["lat"]), float(row["lon"])
        elif container:
            base = self.entry(container)
            lat, lon = base.lat, base.lon
            if row.get("offset_m"):
                from .geometry import destination

                lat, lon = destination(lat, lon, float(row["offset_bearing_deg"]), float(row["offset_m"]))
        else:
            raise ValueError("needs lat/lon or a container")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not math.isfinite(radius):
            raise ValueError("coordinate out of range")
        entry = Entry(source=source, name=row["name"], lat=round(lat, 6), lon=round(lon, 6),
                      country=row.get("country") or None, admin1=None, population=0,
                      place_type=row["place_type"], radius_m=radius,
                      note=row.get("note") or row.get("source_text") or row.get("source", ""),
                      container=container)
        self._by_source[source] = entry
        specific = [a for a in (row.get("aliases") or "").split("|") if a]
        generic = [a for a in (row.get("generic_aliases") or "").split("|") if a]
        if entry.place_type == "landmark":
            self.landmarks.append(_Landmark(source, [entry.name.split(" (")[0], *specific], generic))
            for name in [entry.name.split(" (")[0], *specific]:  # for names looked up directly
                self._curated_index.setdefault(normalize(name), []).append(source)
        else:
            for name in [entry.name, *specific]:
                self._curated_index.setdefault(normalize(name), []).insert(0, source)
        return entry

    def with_places(self, places: list[dict]) -> "Gazetteer":
        """A copy with user-supplied places that win over every other name for this run.

        Each place: ``{"name", "lat", "lon", "radius_m", "aliases"}``. The shared
        default gazetteer is left untouched.
        """
        import copy

        g = copy.copy(self)
        g._by_source = dict(self._by_source)
        g._curated_index = {k: list(v) for k, v in self._curated_index.items()}
        g.landmarks = list(self.landmarks)
        user_landmarks = []
        for place in places:
            slug = "-".join(normalize(place["name"]).replace("'", "").split()) or "place"
            source = f"user:{slug}"
            entry = Entry(source=source, name=place["name"], lat=round(float(place["lat"]), 6),
                          lon=round(float(place["lon"]), 6), country=place.get("country"), admin1=None,
                          population=0, place_type="user", radius_m=float(place["radius_m"]),
                          note="user-supplied")
            g._by_source[source] = entry
            names = [place["name"], *place.get("aliases", [])]
            keys = {normalize(n) for n in names}
            generic: list[str] = []
            # A curated landmark named like this place is replaced by it, aliases and all.
            for lm in list(g.landmarks):
                if keys & {normalize(a) for a in lm.specific}:
                    g.landmarks.remove(lm)
                    names += [a for a in lm.specific if normalize(a) not in keys]
                    generic += lm.generic
            # Matched like landmarks (before gazetteer names), every alias counting on its own.
            user_landmarks.append(_Landmark(source, names, generic))
            for name in names:
                g._curated_index[normalize(name)] = [source]
        g.landmarks = user_landmarks + g.landmarks
        return g

    # -- queries -----------------------------------------------------------
    def entry(self, source: str) -> Entry:
        """The entry with this source key (``geonames:128234``, ``curated:red-sea``)."""
        found = self._by_source.get(source)
        if found is not None:
            return found
        if source.startswith("us-state:"):
            return self._us_state(source[9:])
        if source.startswith(("geonames:", "geonames-derived:")):
            pos = self._data.find(b"\n" + source.encode("utf-8") + b"\t")
            if pos >= 0:
                entry = self._by_source[source] = self._entry(pos + 1)
                return entry
        raise KeyError(source)

    def _ids(self, key: str) -> bytes | None:
        """Comma-separated row offsets for a normalised name, or None."""
        probe = key.encode("utf-8") + b"\t"
        lines = self._index_lines
        if lines is None:
            self._lookups += 1
            if self._lookups > 2000:  # many documents: splitting once pays off
                lines = self._index_lines = self._data[self._index_start:].rstrip(b"\n").split(b"\n")
            else:
                return self._ids_in_bytes(probe)
        pos = bisect_left(lines, probe)
        if pos < len(lines) and lines[pos].startswith(probe):
            return lines[pos][len(probe):]
        return None

    def _ids_in_bytes(self, probe: bytes) -> bytes | None:
        """Binary search of the sorted index section without splitting it."""
        data = self._data
        lo, hi = self._index_start, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo - 1, mid) + 1 if mid > lo else lo
            start = max(start, lo)
            end = data.find(b"\n", start)
            if end < 0:
                end = len(data)
            if data[start:end] < probe:
                lo = end + 1
            else:
                hi = start
        if lo < len(data) and data.startswith(probe, lo):
            return data[lo + len(probe):data.find(b"\n", lo) if data.find(b"\n", lo) >= 0 else len(data)]
        return None

    def abbreviated(self, key: str) -> list[Entry]:
        """Places a dotted abbreviation ("wva" for "W.Va.") stands for."""
        return [self.entry(s) for s in self._abbreviations.get(key, ())]

    def capital_of(self, country: str) -> Entry | None:
        """The national capital of an ISO country code, if the gazetteer has it."""
        if self._capitals is None:
            pattern = re.compile(rb"\n(geonames:\d+)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t([A-Z]{2})\t[^\t\n]*\t[^\t\n]*\tcapital\t")
            data = self._data
            first = data.find(b"\tcapital\t")  # the builder keeps capitals together, before cities
            start = data.rfind(b"\n", 0, first) if first >= 0 else len(data)
            end = data.find(b"\tcity\t", first) if first >= 0 else len(data)
            self._capitals = {m.group(2).decode(): m.group(1).decode()
                              for m in pattern.finditer(data, start, end if end >= 0 else len(data))}
        source = self._capitals.get(country)
        return self.entry(source) if source else None

    def _us_state(self, code: str) -> Entry:
        if self._us_states is None:
            pattern = re.compile(rb"\n(geonames:\d+)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\tUS\t([A-Z]{2})\t[^\t\n]*\tadmin1\t")
            section = self._data[:self._data.find(b"\tadmin2\t")]
            self._us_states = {m.group(2).decode(): m.group(1).decode() for m in pattern.finditer(section)}
        if code not in self._us_states:
            raise DataError(f"curated/us_state_abbreviations.csv: no US state {code!r} in the gazetteer")
        return self.entry(self._us_states[code])

    def curated(self, key: str) -> bool:
        """True when ``key`` is a curated name or alias (not only a GeoNames one)."""
        return key in self._curated_index

    def has(self, key: str) -> bool:
        """True when the normalised name ``key`` names any place."""
        return key in self._curated_index or self._ids(key) is not None

    def lookup(self, key: str) -> list[Entry]:
        """Entries named ``key`` (normalised), best first."""
        out: list[Entry] = []
        seen = set()
        for source in [*self._curated_index.get(key, ()), *self._abbreviations.get(key, ())]:
            if source not in seen:
                seen.add(source)
                out.append(self.entry(source))
        ids = self._ids(key)
        if ids:
            for i in ids.split(b","):
                e = self._entry(int(i))
                e = self._by_source.get(e.source, e)  # curated overrides win
                if e.source not in seen:
                    seen.add(e.source)
                    out.append(e)
        out.sort(key=lambda e: (-(e.source.startswith("curated:")), -_TYPE_RANK.get(e.place_type, 0),
                                -e.population, e.source))
        return out

    def search(self, name: str) -> list[Entry]:
        """Entries for a free-text name, best first (case and accents ignored)."""
        key = normalize(name)
        if key.startswith("the "):
            return self.lookup(key) or self.lookup(key[4:])
        return self.lookup(key)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with geomap, loaded once per process."""
    return Gazetteer()


def entry_to_location(entry: Entry) -> Location:
    """A geopy :class:`~geopy.location.Location` for an entry."""
    address = entry.name if not entry.country else f"{entry.name}, {entry.country}"
    raw = {
        "source": entry.source, "name": entry.name, "country": entry.country,
        "admin1": entry.admin1, "population": entry.population, "place_type": entry.place_type,
        "uncertainty_m": entry.radius_m, "note": entry.note,
    }
    return Location(address, (entry.lat, entry.lon, 0.0), raw)


class OfflineGazetteer(Geocoder):
    """geopy geocoder over the embedded gazetteer: no network, no key.

    Anything written for a geopy geocoder works with it, and any geopy
    geocoder can take its place.

    >>> loc = OfflineGazetteer().geocode("Kerman")
    >>> loc.raw["source"], round(loc.latitude, 3), round(loc.longitude, 3)
    ('geonames:128234', 30.283, 57.079)
    """

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs):
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query, *, exactly_one=True, limit=None, country_codes=None, **_ignored):
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values())
        from .resolve import rank

        entries = rank(self.gazetteer.search(str(query)))
        if country_codes:
            wanted = {c.upper() for c in ([country_codes] if isinstance(country_codes, str) else country_codes)}
            entries = [e for e in entries if e.country in wanted]
        if not entries:
            return None
        locations = [entry_to_location(e) for e in entries]
        if exactly_one:
            return locations[0]
        return locations[:limit] if limit else locations

    def reverse(self, query, *, exactly_one=True, **_ignored):
        raise NotImplementedError("the offline gazetteer does not reverse-geocode")
