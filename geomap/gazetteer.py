"""The embedded offline gazetteer: names to places, from the shipped files.

:class:`Gazetteer` is a facade over four parts, each in its own module:

* :mod:`geomap.geonames_store`: the GeoNames rows and name index
  (``data/gazetteer.tsv``, CC BY 4.0), decoded on demand, so loading costs
  tens of milliseconds, not a parse of the 100 MB GeoNames JSON;
* :mod:`geomap.curated`: the curated tables in ``data/curated`` (seas,
  landmarks, aliases, demonyms ..., each row with its source);
* :mod:`geomap.user_overlay`: user-supplied places laid over them for a run;
* :mod:`geomap.admin_index`: capitals and US states by code;
* :mod:`geomap.feature_store`: islands, seas, lakes, peaks, passes and airports
  (``data/features.tsv``), candidates after every other source.

The geopy adapter is :class:`geomap.offline_geocoder.OfflineGazetteer`; this
module imports neither geopy nor the resolver.
"""
from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

from .admin_index import AdminIndex
from .curated import CuratedTables, Landmark
from .division_names import division_keys
from .spelled_names import spelling_keys
from .feature_store import FEATURE_PREFIX, FeatureStore
from .geonames_store import GeoNamesStore, data_dir
from .model import Entry
from .names import normalize
from .outlines import Outlines

__all__ = ["Gazetteer", "default_gazetteer", "data_dir", "Landmark"]

DATA_NAMES_MEMO = 200_000  # names remembered by Gazetteer.has (a few MB at most)
DATA_ROWS_MEMO = 20_000  # names whose data rows Gazetteer.lookup remembers
_TYPE_RANK = {"country": 5, "continent": 4, "sea": 4, "ocean": 4, "admin1": 3, "region": 3,
              "strait": 3, "canal": 3, "admin2": 2, "landmark": 2, "capital": 1, "city": 1}
_CURATED_KINDS = ("region", "ocean", "sea")  # the kinds of the GeoNames no-country rows (build_gazetteer.py)


class Gazetteer:
    """Names to places, from the embedded files.

    Use :func:`default_gazetteer` for the shared instance. ``lookup`` takes a
    normalised name (:func:`geomap.names.normalize`) and returns entries best
    first (larger, more important places first).
    """

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else data_dir()
        self.store = GeoNamesStore(self.directory)
        self.admin = AdminIndex(self.store.data)
        self.outlines = Outlines(self.directory)
        self.features = FeatureStore(self.directory)
        self.curated_tables = CuratedTables()
        self.curated_tables.add_country_demonyms(self.store.countries)
        self.curated_tables.load(self.directory, self.entry)
        self._data_names: dict[str, bool] = {}
        self._data_rows: dict[str, tuple] = {}

    # -- what the mention finder reads -----------------------------------------
    @property
    def landmarks(self) -> list[Landmark]:
        """Curated and user landmarks, user ones first."""
        return self.curated_tables.landmarks

    @property
    def demonyms(self) -> dict[str, str]:
        """Normalised demonym ("iranians") -> source key of its place."""
        return self.curated_tables.demonyms

    def finds_demonym(self, key: str) -> bool:
        """True when running text's ``key`` is looked for as a demonym (not a state's: "Ohioans")."""
        return key in self.curated_tables.demonyms and key not in self.curated_tables.span_only_demonyms

    @property
    def not_places(self) -> set[str]:
        """Normalised names that are never places ("hamas")."""
        return self.curated_tables.not_places

    @property
    def abbreviation_pattern(self):
        """Regular expression of the dotted abbreviations ("U.S.", "W.Va."), as written."""
        return self.curated_tables.abbreviation_pattern

    # -- changing ----------------------------------------------------------------
    def add_curated(self, row: dict) -> Entry:
        """Add a curated (or user-supplied) row; see ``data/curated/places.csv``."""
        return self.curated_tables.add_place(row, self.entry)

    def with_places(self, places: list[dict]) -> "Gazetteer":
        """A copy with user-supplied places that win over every other name for this run.

        Each place: ``{"name", "lat", "lon", "radius_m", "aliases"}``. The shared
        default gazetteer is left untouched.
        """
        from .user_overlay import with_user_places  # loaded only when the user adds places

        g = copy.copy(self)
        g.curated_tables = with_user_places(self.curated_tables, places)
        return g

    # -- queries -------------------------------------------------------------------
    def entry(self, source: str) -> Entry:
        """The entry with this source key (``geonames:128234``, ``curated:red-sea``)."""
        found = self.curated_tables.entries.get(source)
        if found is not None:
            return found
        if source.startswith(FEATURE_PREFIX):
            found = self.features.find(source)
            if found is not None:
                return found
        if source.startswith("us-state:"):
            return self.entry(self.admin.us_state(source[9:]))
        if source.startswith(("geonames:", "geonames-derived:", "naturalearth:")):
            found = self.store.find(source)
            if found is not None:
                return found
        raise KeyError(source)

    def outline(self, source: str) -> dict | None:
        """The GeoJSON outline (Polygon/MultiPolygon) of a state or province by source key, or None."""
        return self.outlines.outline(source)

    def abbreviated(self, key: str) -> list[Entry]:
        """Places a dotted abbreviation ("wva" for "W.Va.") stands for."""
        return [self.entry(s) for s in self.curated_tables.abbreviations.get(key, ())]

    def division_of(self, entry: Entry) -> Entry | None:
        """The first-level division (state, province) holding ``entry``, if the gazetteer knows it."""
        if not entry.country or not entry.admin1:
            return None
        key = self.admin.division(entry.country, entry.admin1)
        return self.entry(key) if key else None

    def capital_of(self, country: str) -> Entry | None:
        """The national capital of an ISO country code, if the gazetteer has it."""
        source = self.admin.capital(country)
        return self.entry(source) if source else None

    def curated(self, key: str) -> bool:
        """True when ``key`` is a curated name or alias (not only a GeoNames one)."""
        return key in self.curated_tables.names

    def has(self, key: str) -> bool:
        """True when the normalised name ``key`` names any place (in either spelling of "St."/"Saint":
        "St. Paris" is Saint Paris, Ohio, as :meth:`lookup` finds it)."""
        return key in self.curated_tables.names or self._in_data(key)

    def _in_data(self, key: str) -> bool:
        """Whether the shipped data (GeoNames rows, features) names ``key``: the mention finder asks this of
        every capitalised run, the same words again and again, and the data never changes, so answers are
        remembered (a bounded memo, shared by copies)."""
        known = self._data_names.get(key)
        if known is None:
            if len(self._data_names) >= DATA_NAMES_MEMO:
                self._data_names.clear()
            known = self._data_names[key] = self.store.ids(key) is not None or self.features.has(key) \
                or any(self.store.ids(k) is not None for k in spelling_keys(key))
        return known

    def lookup(self, key: str) -> list[Entry]:
        """Entries named ``key`` (normalised), best first."""
        tables = self.curated_tables
        out: list[Entry] = []
        seen = set()
        for source in [*tables.names.get(key, ()), *tables.abbreviations.get(key, ())]:
            if source not in seen:
                seen.add(source)
                out.append(self.entry(source))
        named, divisions, features = self._data_entries(key)
        # A county written bare or abbreviated ("Clarke", "DeKalb", "Loudon Co.") is offered beside
        # same-named towns (the ranker is trained with them), but not beside a state, province or
        # country bearing the name: "Ohio" is the state unless "County" is written.
        area = any(e.place_type in ("admin1", "country") for e in named)
        if key in tables.names:  # GeoNames' regions and seas of a curated name repeat the curated area
            named = [e for e in named if e.place_type not in _CURATED_KINDS]
        for e in [*named, *(() if area or key in tables.names else divisions)]:
            e = tables.entries.get(e.source, e)  # curated overrides win
            if e.source not in seen:
                seen.add(e.source)
                out.append(e)
        out.sort(key=lambda e: (-(e.source.startswith("curated:")), -_TYPE_RANK.get(e.place_type, 0),
                                -e.population, e.source))
        if key in tables.names:  # a curated name ("Red Sea", "Sumatra") is checked by hand: a feature would repeat it
            return out
        # Features come after every populated place (see geomap.feature_store).
        return out + list(features)

    def _data_entries(self, key: str) -> tuple[tuple[Entry, ...], tuple[Entry, ...], tuple[Entry, ...]]:
        """The shipped data's rows named ``key`` (GeoNames, in either spelling), its bare-county rows and its
        features: the data never changes and news repeats its names, so the answer is remembered (bounded,
        like :meth:`_in_data`); the curated tables, which a user's overlay may extend, are read afresh."""
        found = self._data_rows.get(key)
        if found is None:
            if len(self._data_rows) >= DATA_ROWS_MEMO:
                self._data_rows.clear()
            named = (*self.store.named(key), *(e for k in spelling_keys(key) for e in self.store.named(k)))
            found = self._data_rows[key] = (named, tuple(self._divisions_named(key)), tuple(self.features.named(key)))
        return found

    def _divisions_named(self, key: str) -> list[Entry]:
        """Second-level divisions written without (or with an abbreviated) "County"/"Parish"."""
        return [e for k in division_keys(key) for e in self.store.named(k) if e.place_type == "admin2"]

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
