"""Project settings from ``geomap.toml`` (beside the article, or ``--config``).

::

    [geocoder]
    name = "nominatim"                 # any geopy service name
    url = "http://127.0.0.1:8080"      # a self-hosted service
    user_agent = "newsdesk-maps/1.0 (desk@example.org)"
    min_delay_seconds = 1.0            # never below the service's policy
    mode = "offline-first"             # or "online-first"
    on_error = "fail"                  # or "offline": report the outage, go on offline
    [geocoder.options]                 # passed to the geopy geocoder (api_key ...)

    [map]
    tiles = "light"

    [[places]]                         # user-supplied places, winning over the gazetteer
    name = "Soleimani's grave"
    lat = 30.2829
    lon = 57.0924
    radius_m = 150
    aliases = ["the gravesite", "the cemetery"]

A ``pyproject.toml`` with a ``[tool.geomap]`` table works the same way.
Command-line options win over the file; the file wins over the environment
(``GEOMAP_GEOCODER``, ``GEOMAP_GEOCODER_URL``, ``GEOMAP_USER_AGENT``).
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

KNOWN = {"geocoder", "map", "places"}


def find_config(article: str | None, explicit: str | None) -> Path | None:
    """``explicit``, else ``geomap.toml`` beside the article, else none."""
    if explicit:
        return Path(explicit)
    if article and article != "-":
        candidate = Path(article).resolve().parent / "geomap.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> dict:
    """The settings table of a config file ({} when there is none)."""
    if path is None:
        return {}
    import tomllib

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("geomap", {})
    unknown = set(data) - KNOWN
    if unknown:
        raise InputError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} (known: geocoder, map, places)")
    return data


def geocoder_settings(config: dict, name: str | None, url: str | None, user_agent: str | None,
                      online_first: bool | None, min_delay: float | None, fallback_offline: bool | None):
    """OnlineSettings from options, then the config file, then the environment; None for offline."""
    from .geocoding import OnlineSettings

    section = config.get("geocoder", {})
    if not isinstance(section, dict):
        raise InputError("config: [geocoder] must be a table")
    chosen = name or section.get("name") or os.environ.get("GEOMAP_GEOCODER") or "offline"
    if chosen.lower() == "offline":
        if url:
            raise InputError("--geocoder-url needs --geocoder (e.g. nominatim)")
        return None
    mode = "online-first" if online_first else section.get("mode", "offline-first")
    if mode not in ("offline-first", "online-first"):
        raise InputError(f"config: geocoder mode {mode!r} is neither offline-first nor online-first")
    on_error = "offline" if fallback_offline else section.get("on_error", "fail")
    if on_error not in ("fail", "offline"):
        raise InputError(f"config: geocoder on_error {on_error!r} is neither fail nor offline")
    options = section.get("options", {})
    if not isinstance(options, dict):
        raise InputError("config: [geocoder.options] must be a table")
    return OnlineSettings(
        name=chosen, url=url or section.get("url") or os.environ.get("GEOMAP_GEOCODER_URL"),
        user_agent=user_agent or section.get("user_agent") or os.environ.get("GEOMAP_USER_AGENT"),
        options=options, min_delay_s=min_delay if min_delay is not None else section.get("min_delay_seconds"),
        mode=mode, on_error=on_error)


def config_places(config: dict, path: Path | None) -> list[dict]:
    """User places listed in the config file."""
    places = []
    if not config.get("places"):
        return places
    from .geocoding import make_place

    for i, p in enumerate(config.get("places", [])):
        try:
            places.append(make_place(p["name"], p["lat"], p["lon"], p.get("radius_m"), p.get("aliases"),
                                     f"{path} places[{i}]"))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError(f"{path}: places[{i}] needs name, lat, lon (radius_m, aliases optional)") from None
    return places
