"""The curated tables in ``data/curated``: seas, landmarks, aliases, demonyms ...

Each CSV row carries its source. :class:`CuratedTables` holds what they add
to the GeoNames store: curated places and coordinate overrides (entries that
win over GeoNames rows), the curated name index, dotted abbreviations
("W.Va.", "U.S."), demonyms, names that are never places, and landmarks with
the phrases that name them in text. Rows that point at other places
(containers, alias targets) are checked through a ``resolve`` callable, the
gazetteer's own ``entry``, so this module never reads the GeoNames file.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from .errors import DataError
from .model import Entry
from .names import normalize

Resolve = Callable[[str], Entry]


def _needle(phrase: str) -> tuple[str | None, bool]:
    """The longest word of a landmark phrase (None if it has no letters) and whether it is matched as written."""
    words = re.findall(r"[^\W\d_]+", phrase)
    cased = phrase[:1].isupper()
    if not words:
        return None, cased
    word = max(words, key=len)
    return (word if cased else word.lower()), cased


class Landmark:
    """A curated (or user) landmark with the phrases that name it in text."""

    def __init__(self, key: str, specific: list[str], generic: list[str]):
        self.key = key
        self.specific = specific
        self.generic = generic
        self._patterns: dict[str, re.Pattern | None] = {}
        self._needles: tuple[tuple[str | None, bool], ...] | None = None

    def compiled(self, which: str) -> re.Pattern | None:
        """The pattern of the ``"specific"`` or ``"generic"`` phrases, built once."""
        if which not in self._patterns:
            self._patterns[which] = self.pattern(getattr(self, which))
        return self._patterns[which]

    def may_occur(self, text: str, lowered: str) -> bool:
        """False when no specific phrase can occur in ``text`` (``lowered`` is ``text.lower()``): the longest
        word of each phrase is looked for as a plain substring before any pattern runs (as written for a
        capitalised phrase, which matches only so; in lower case for the others).

        >>> lm = Landmark("x", ["Soleimani's grave", "the Martyrs' Cemetery"], ["the grave"])
        >>> t = "Crowds at the MARTYRS' CEMETERY."
        >>> lm.may_occur(t, t.lower()), lm.may_occur("Crowds at the grave.", "crowds at the grave.")
        (True, False)
        """
        if self._needles is None:
            self._needles = tuple(_needle(p) for p in self.specific)
        return any(n is None or n in (text if cased else lowered) for n, cased in self._needles)

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


def _target(value: str) -> str:
    """A table's target column: a full source key, or a curated id."""
    return value if ":" in value else f"curated:{value}"


PLACE_KEY_PREFIXES = ("geonames:", "curated:", "geonames-derived:", "us-state:")


def _place_target(row: dict, name_column: str, table: str) -> str:
    """A row's target as a place key, checked for its form only. The place itself is looked up
    when the name is met, not while the tables load (finding a town's row scans the 33 MB file:
    a third of loading the gazetteer); tests/test_gazetteer.py checks that every target exists."""
    target = _target(row["target"])
    if not target.startswith(PLACE_KEY_PREFIXES):
        raise DataError(f"curated/{table}: {row[name_column]!r} points to {target}, not a place key")
    return target


class CuratedTables:
    """Everything the curated tables add to the GeoNames store (see the module doc)."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}  # curated places and overrides, by source key
        self.names: dict[str, list[str]] = {}  # normalised name -> source keys, best first
        # Dotted abbreviations: looked up only where the dots were written.
        self.abbreviations: dict[str, list[str]] = {}
        self.demonyms: dict[str, str] = {}
        # Demonyms of states and provinces ("Ohioans"): read where a span is given as a place,
        # not looked for in running text, where corpora do not count them as places.
        self.span_only_demonyms: set[str] = set()
        self.country_names: dict[str, str] = {}  # ISO code -> GeoNames country name
        self.not_places: set[str] = set()
        self.landmarks: list[Landmark] = []
        self.abbreviation_pattern: re.Pattern = re.compile(r"(?!)")  # matches nothing until loaded

    # -- loading -----------------------------------------------------------
    def add_country_demonyms(self, countries: Iterable[tuple[Entry, list[str]]]) -> None:
        """Demonyms of the GeoNames countries ("Iranian", "Iranians" -> Iran)."""
        countries = list(countries)
        self.country_names.update((e.country, e.name) for e, _ in countries if e.place_type == "country")
        population = {entry.source: entry.population for entry, _ in countries}
        for entry, demonyms in countries:
            for dem in demonyms:
                # Shared demonyms ("Chinese": China, Macao) go to the most populous country.
                for key in (normalize(dem), normalize(dem) + "s"):
                    old = self.demonyms.get(key)
                    if old is None or population[old] < entry.population:
                        self.demonyms[key] = entry.source

    def load(self, directory: Path, resolve: Resolve) -> None:
        """Read every table of ``directory/curated``, in the order they depend on each other."""
        folder = Path(directory) / "curated"
        for row in _read_table(folder, "places.csv"):
            try:
                self.add_place(row, resolve)
            except (KeyError, ValueError) as exc:
                raise DataError(f"bad row {row.get('id')!r} in curated/places.csv: {exc}") from None
        aliases = _read_table(folder, "aliases.csv")
        self._load_aliases(aliases)
        self.not_places = {normalize(r["name"]) for r in _read_table(folder, "not_places.csv")}
        self._load_overrides(_read_table(folder, "overrides.csv"), resolve)
        self._load_demonyms(_read_table(folder, "demonyms.csv"), "demonyms.csv")
        for table in ("division_demonyms.csv", "region_demonyms.csv"):  # read only where a span is a place
            if (folder / table).exists():
                self._load_demonyms(_read_table(folder, table), table, span_only=True)
        dotted = [row["alias"] for row in aliases if "." in row["alias"]]
        for row in _read_table(folder, "us_state_abbreviations.csv"):
            # resolved to the state's entry on first use (see Gazetteer.abbreviated())
            self.abbreviations.setdefault(normalize(row["abbreviation"]), []).append(f"us-state:{row['state']}")
            dotted.append(row["abbreviation"])
        # Dotted abbreviations ("W.Va.", "U.S.", "D.C."), matched as written.
        alternatives = "|".join(re.escape(a).replace(r"\ ", r"\s?") for a in sorted(dotted, key=len, reverse=True))
        self.abbreviation_pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def _load_aliases(self, rows: list[dict]) -> None:
        for row in rows:
            target = _place_target(row, "alias", "aliases.csv")
            index = self.abbreviations if "." in row["alias"] else self.names
            index.setdefault(normalize(row["alias"]), []).insert(0, target)

    def _load_overrides(self, rows: list[dict], resolve: Resolve) -> None:
        for row in rows:
            try:
                base = resolve(row["target"])
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                raise DataError(f"curated/overrides.csv: bad row for {row.get('target')!r}") from None
            self.entries[base.source] = replace(base, lat=lat, lon=lon, note=row["source"])

    def _load_demonyms(self, rows: list[dict], table: str, span_only: bool = False) -> None:
        for row in rows:
            target = _place_target(row, "demonym", table)
            key = normalize(row["demonym"])
            self.demonyms[key] = self.demonyms[key + "s"] = target
            if span_only:
                self.span_only_demonyms.update((key, key + "s"))

    # -- places --------------------------------------------------------------
    def add_place(self, row: dict, resolve: Resolve) -> Entry:
        """Add a curated (or user-supplied) row; see ``data/curated/places.csv``."""
        source = row.get("source_key") or f"curated:{row['id']}"
        container = row.get("container") or None
        radius = float(row["radius_m"])
        lat, lon = _position(row, container, resolve)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not math.isfinite(radius):
            raise ValueError("coordinate out of range")
        note = row.get("note") or row.get("source_text") or row.get("source", "")
        if row.get("point_from"):
            lat, lon, radius, note = _geonames_point(row["point_from"], lat, lon, radius, note, resolve)
        entry = Entry(source=source, name=row["name"], lat=round(lat, 6), lon=round(lon, 6),
                      country=row.get("country") or None, admin1=None, population=0,
                      place_type=row["place_type"], uncertainty_m=radius, note=note,
                      container=container, country_name=self.country_names.get(row.get("country") or ""))
        self.entries[source] = entry
        specific = [a for a in (row.get("aliases") or "").split("|") if a]
        generic = [a for a in (row.get("generic_aliases") or "").split("|") if a]
        if entry.place_type == "landmark":
            self.landmarks.append(Landmark(source, [entry.name.split(" (")[0], *specific], generic))
            for name in [entry.name.split(" (")[0], *specific]:  # for names looked up directly
                self.names.setdefault(normalize(name), []).append(source)
        else:
            for name in [entry.name, *specific]:
                self.names.setdefault(normalize(name), []).insert(0, source)
        return entry


def _geonames_point(key: str, lat: float, lon: float, radius: float, note: str,
                    resolve: Resolve) -> tuple[float, float, float, str]:
    """A curated area's point taken from the GeoNames row ``key`` (the gazetteer's points follow GeoNames,
    see data/LICENSE-DATA.md), its radius grown by the distance moved, so the circle still holds the
    extent the row's own centre and radius describe."""
    from .geometry import great_circle_km

    base = resolve(key)
    moved_m = great_circle_km(lat, lon, base.lat, base.lon) * 1000.0
    return base.lat, base.lon, round(radius + moved_m, -3), f"point: GeoNames ({key}); extent: {note}"


def _position(row: dict, container: str | None, resolve: Resolve) -> tuple[float, float]:
    """A row's coordinate: its own, or its container's moved by the row's offset."""
    if row.get("lat") and row.get("lon"):
        return float(row["lat"]), float(row["lon"])
    if not container:
        raise ValueError("needs lat/lon or a container")
    base = resolve(container)
    lat, lon = base.lat, base.lon
    if row.get("offset_m"):
        from .geometry import destination

        lat, lon = destination(lat, lon, float(row["offset_bearing_deg"]), float(row["offset_m"]))
    return lat, lon


def _read_table(folder: Path, name: str) -> list[dict]:
    """The rows of one curated CSV table, with a clear error when it is missing."""
    path = folder / name
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise DataError(f"cannot read curated table {path}: {exc}") from None
