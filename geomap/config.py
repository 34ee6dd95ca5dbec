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

A ``geomap.toml`` found beside the article is trusted for places and map
options only: its ``[geocoder]`` section is ignored (with a warning) unless
the file is named with ``--config`` or ``--trust-config`` is given, so a
downloaded folder cannot send the article's place names to a server.
Bad values are a one-line :class:`~geomap.errors.ConfigError` naming the key.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

from .errors import ConfigError
from .styles import TILES

KNOWN = {"geocoder", "map", "places", "not_places"}
_GEOCODER_STRINGS = {"name": None, "url": None, "user_agent": None,
                     "mode": ("offline-first", "online-first"), "on_error": ("fail", "offline")}


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
    """The settings table of a config file ({} when there is none), its values checked."""
    if path is None:
        return {}
    import tomllib

    from .atomic import printable

    shown = printable(str(path))
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: not valid TOML ({exc})") from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("geomap", {})
    unknown = set(data) - KNOWN
    if unknown:
        raise ConfigError(f"{shown}: unknown section(s) {', '.join(sorted(unknown))} (known: geocoder, map, places, not_places)")
    check_config(data, shown)
    return data


def _table(data: dict, key: str, where: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table")
    return value


def check_config(data: dict, where: str) -> None:
    """Raise ConfigError naming the first key whose value has the wrong type or is out of range."""
    geocoder, section = _table(data, "geocoder", where), _table(data, "map", where)
    extra = sorted(set(geocoder) - set(_GEOCODER_STRINGS) - {"min_delay_seconds", "options"})
    if extra:
        raise ConfigError(f"{where}: unknown key [geocoder] {extra[0]}")
    for key, choices in _GEOCODER_STRINGS.items():
        value = geocoder.get(key)
        if value is not None and (not isinstance(value, str) or (choices and value not in choices)):
            wanted = f"one of {', '.join(choices)}" if choices else "a string"
            raise ConfigError(f"{where}: [geocoder] {key} must be {wanted} (got {value!r})")
    delay = geocoder.get("min_delay_seconds")
    if delay is not None and (isinstance(delay, bool) or not isinstance(delay, (int, float))
                              or not math.isfinite(delay) or not 0 <= delay <= 3600):
        raise ConfigError(f"{where}: [geocoder] min_delay_seconds must be a number of seconds from 0 to 3600 "
                          f"(got {delay!r})")
    if not isinstance(geocoder.get("options", {}), dict):
        raise ConfigError(f"{where}: [geocoder.options] must be a table")
    extra = sorted(set(section) - {"tiles"})
    if extra:
        raise ConfigError(f"{where}: unknown key [map] {extra[0]}")
    tiles = section.get("tiles")
    if tiles is not None and tiles not in TILES:
        raise ConfigError(f"{where}: [map] tiles must be one of {', '.join(TILES)} (got {tiles!r})")
    places = data.get("places", [])
    if not isinstance(places, list) or not all(isinstance(p, dict) for p in places):
        raise ConfigError(f"{where}: places must be [[places]] tables")
    not_places = data.get("not_places", [])
    if not isinstance(not_places, list) or not all(isinstance(n, str) and n.strip() for n in not_places):
        raise ConfigError(f"{where}: not_places must be a list of names, e.g. not_places = [\"Bonito\"]")


def untrusted_geocoder(config: dict, path: Path) -> tuple[dict, str | None]:
    """``config`` without its [geocoder] section, and a warning if it had one.

    A geomap.toml found beside the article comes with the article (a
    downloaded folder), so it may not send place names to a server: only
    ``--config FILE`` or ``--trust-config`` lets a file choose the geocoder.
    """
    if not config.get("geocoder"):
        return config, None
    from .atomic import printable

    rest = {k: v for k, v in config.items() if k != "geocoder"}
    return rest, (f"ignoring [geocoder] in {printable(str(path))}: a geomap.toml beside the article may not "
                  "turn on online geocoding (pass --config or --trust-config to allow it); staying offline")


def geocoder_settings(config: dict, name: str | None, url: str | None, user_agent: str | None,
                      online_first: bool | None, min_delay: float | None, fallback_offline: bool | None):
    """OnlineSettings from options, then the config file, then the environment; None for offline."""
    section = config.get("geocoder", {})
    chosen = name or section.get("name") or os.environ.get("GEOMAP_GEOCODER") or "offline"
    if chosen.lower() == "offline":
        if url:
            raise ConfigError("--geocoder-url needs --geocoder (e.g. nominatim)")
        return None
    from .geocoding import OnlineSettings  # an offline run loads nothing of the online path

    mode = "online-first" if online_first else section.get("mode", "offline-first")
    on_error = "offline" if fallback_offline else section.get("on_error", "fail")
    options = section.get("options", {})
    return OnlineSettings(
        name=chosen, url=url or section.get("url") or os.environ.get("GEOMAP_GEOCODER_URL"),
        user_agent=user_agent or section.get("user_agent"),  # else GEOMAP_USER_AGENT: geocoding.user_agent
        options=options, min_delay_s=min_delay if min_delay is not None else section.get("min_delay_seconds"),
        mode=mode, on_error=on_error)
