"""Everything one run needs besides the article: places, geocoder, vague terms, map options.

:func:`build_run_context` turns the choices of a command line (or of a
library user: it knows nothing of click) into a frozen :class:`RunContext`.
Settings come from the options, then the settings file (``--config``, else
``geomap.toml`` beside the article), then the environment. A settings file
found beside the article is not trusted to go online: its ``[geocoder]``
section is dropped, with a warning, unless it was named or trusted.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_TILES = "openstreetmap"


@dataclass(frozen=True)
class RunContext:
    """The settings of one run, read and checked.

    ``online`` is an :class:`~geomap.geocoding.OnlineGeocoder` or None
    (offline); ``vague_table`` a checked vague-terms table or None (the
    default one); ``inputs`` every file the run reads, which no output may
    overwrite; ``warnings`` what the caller should tell the user.
    """

    gazetteer: object
    online: object = None
    vague_table: dict | None = None
    tiles: str = DEFAULT_TILES
    config_path: Path | None = None
    trusted: bool = False
    inputs: tuple = ()
    warnings: tuple[str, ...] = ()


def build_run_context(article: str | None = None, *, geocoder: str | None = None, geocoder_url: str | None = None,
                      user_agent: str | None = None, online_first: bool | None = None,
                      min_delay: float | None = None, fallback_offline: bool | None = None,
                      place_specs=(), places_file: str | None = None, config_path: str | None = None,
                      trust_config: bool = False, tiles: str | None = None,
                      vague_table: str | None = None) -> RunContext:
    """The :class:`RunContext` of a run on ``article`` (a path, '-' for stdin, None for none).

    ``tiles`` None means "not chosen": the settings file's ``[map] tiles``,
    else openstreetmap. Raises ConfigError, InputError, UsageError or
    GeocodingError (each with its exit code) on a bad setting.
    """
    from .config import find_config, geocoder_settings, load_config, untrusted_geocoder
    from .gazetteer import default_gazetteer
    from .user_places import user_places

    cfg_path = find_config(article, config_path)
    config = load_config(cfg_path)
    trusted = cfg_path is not None and bool(config_path or trust_config)
    warnings = []
    if cfg_path is not None and not trusted:
        config, warning = untrusted_geocoder(config, cfg_path)
        if warning:
            warnings.append(warning)
    settings = geocoder_settings(config, geocoder, geocoder_url, user_agent, online_first, min_delay,
                                 fallback_offline)
    online = None
    if settings:
        from .geocoding import OnlineGeocoder

        online = OnlineGeocoder(settings)
    places = user_places(config, cfg_path, places_file, place_specs)
    gazetteer = default_gazetteer()
    if places:
        gazetteer = gazetteer.with_places(places)
    table = None
    if vague_table:
        from .zone_sizes import load_table

        table = load_table(vague_table)
    return RunContext(gazetteer=gazetteer, online=online, vague_table=table,
                      tiles=tiles or config.get("map", {}).get("tiles") or DEFAULT_TILES, config_path=cfg_path,
                      trusted=trusted, inputs=tuple(p for p in (article, cfg_path, places_file, vague_table) if p),
                      warnings=tuple(warnings))
