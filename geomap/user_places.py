"""Places the user knows, from every source: ``--place``, ``--places`` (CSV or GeoJSON), ``[[places]]``.

Each source only finds the fields; :func:`make_place` turns them into one
checked place ``{"name", "lat", "lon", "radius_m", "aliases"}``, so every
source accepts and refuses the same values. A malformed source is an
:class:`~geomap.errors.InputError` (a bad ``geomap.toml`` entry a
:class:`~geomap.errors.ConfigError`) naming where the bad value is.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from .errors import ConfigError, InputError

DEFAULT_RADIUS_M = 100.0
_COORDS = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*")


def parse_place(spec: str) -> dict:
    """A user place from ``"Name=lat,lon;radius=150;alias=a|b"``.

    >>> parse_place("Soleimani's grave=30.2829,57.0924;radius=150;alias=the gravesite|the cemetery")
    {'name': "Soleimani's grave", 'lat': 30.2829, 'lon': 57.0924, 'radius_m': 150.0, 'aliases': ['the gravesite', 'the cemetery']}
    """
    head, *options = spec.split(";")
    name, sep, coords = head.rpartition("=")
    m = _COORDS.fullmatch(coords)
    if not sep or not name.strip() or not m:
        raise InputError(f"bad --place {spec!r}: expected NAME=LAT,LON[;radius=M][;alias=A|B]")
    place = {"name": name.strip(), "lat": float(m.group(1)), "lon": float(m.group(2)), "radius_m": DEFAULT_RADIUS_M,
             "aliases": []}
    for opt in options:
        key, _, value = opt.partition("=")
        key = key.strip().lower()
        if key == "radius":
            try:
                place["radius_m"] = float(value)
            except ValueError:
                raise InputError(f"bad --place {spec!r}: radius must be a number of metres") from None
        elif key == "alias":
            place["aliases"] = [a.strip() for a in value.split("|") if a.strip()]
        else:
            raise InputError(f"bad --place {spec!r}: unknown option {key!r} (radius, alias)")
    return validate_place(place, spec)


def make_place(name, lat, lon, radius_m=None, aliases=None, where: str = "") -> dict:
    """One user place from the fields of any source (--place, CSV, GeoJSON, geomap.toml), checked.

    ``aliases`` is a list or one '|'-separated string; ``radius_m`` defaults to 100 m.
    Raises ValueError/TypeError on malformed fields, InputError on out-of-range ones.

    >>> make_place("Grave", "30.28", 57.09, "", " the gravesite|the cemetery ")["aliases"]
    ['the gravesite', 'the cemetery']
    """
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    place = {"name": str(name).strip(), "lat": float(lat), "lon": float(lon),
             "radius_m": float(radius_m) if radius_m not in (None, "") else DEFAULT_RADIUS_M,
             "aliases": [str(a).strip() for a in aliases or [] if str(a).strip()]}
    if not place["name"]:
        raise ValueError("empty name")
    return validate_place(place, where)


def validate_place(place: dict, where: str) -> dict:
    """``place`` itself when its coordinates and radius are in range; else InputError naming ``where``."""
    if not (-90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180):
        raise InputError(f"place {place['name']!r} ({where}): latitude/longitude out of range")
    if not (0 < place["radius_m"] <= 20_000_000) or not math.isfinite(place["radius_m"]):
        raise InputError(f"place {place['name']!r} ({where}): radius must be between 0 and 20,000 km")
    return place


def read_places_file(path: str | Path) -> list[dict]:
    """User places from CSV (name, lat, lon[, radius_m][, aliases]) or GeoJSON points."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    if p.suffix.lower() in (".geojson", ".json"):
        return _geojson_places(text, path)
    return _csv_places(text, path)


def _geojson_places(text: str, path) -> list[dict]:
    places = []
    try:
        data = json.loads(text)
        feats = data["features"] if data.get("type") == "FeatureCollection" else [data]
        for i, f in enumerate(feats):
            if f["geometry"]["type"] != "Point":
                raise ValueError(f"feature {i} is not a Point")
            lon, lat = f["geometry"]["coordinates"][:2]
            props = f.get("properties") or {}
            places.append(make_place(props["name"], lat, lon, props.get("radius_m"), props.get("aliases"),
                                     str(path)))
    except InputError:  # out of range: its own message says so
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a GeoJSON file of named points ({exc})") from None
    return places


def _csv_places(text: str, path) -> list[dict]:
    import csv

    places = []
    for n, row in enumerate(csv.DictReader(text.splitlines()), 2):
        try:
            places.append(make_place(row["name"], row["lat"], row["lon"], row.get("radius_m"), row.get("aliases"),
                                     f"{path} line {n}"))
        except InputError:  # out of range: its own message says so
            raise
        except (KeyError, ValueError, TypeError, AttributeError):
            raise InputError(f"{path} line {n}: expected columns name, lat, lon[, radius_m][, aliases]") from None
    return places


def config_places(config: dict, path: Path | None) -> list[dict]:
    """User places listed in a settings file's ``[[places]]`` tables."""
    places = []
    for i, p in enumerate(config.get("places") or []):
        try:
            places.append(make_place(p["name"], p["lat"], p["lon"], p.get("radius_m"), p.get("aliases"),
                                     f"{path} places[{i}]"))
        except InputError:  # a value out of range: its own message says which
            raise
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(f"{path}: places[{i}] needs name, lat, lon (radius_m, aliases optional)") from None
    return places


def user_places(config: dict, config_path: Path | None, places_file=None, place_specs=()) -> list[dict]:
    """Every user place of a run: the settings file's, then ``places_file``'s, then each ``--place`` spec."""
    places = config_places(config, config_path)
    if places_file:
        places += read_places_file(places_file)
    places += [parse_place(spec) for spec in place_specs]
    return places


def without_names(gazetteer, names) -> object:
    """A copy of ``gazetteer`` in which ``names`` are never places (``--not-place``, ``not_places``).

    The shared default gazetteer is left untouched.
    """
    import copy

    from .names import normalize

    keys = {normalize(n) for n in names if n and n.strip()}
    if not keys:
        return gazetteer
    g = copy.copy(gazetteer)
    g.curated_tables = copy.copy(gazetteer.curated_tables)
    g.curated_tables.not_places = set(gazetteer.curated_tables.not_places) | keys
    return g
