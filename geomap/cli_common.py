"""Pieces shared by the ``geomap`` commands: error mapping, options, settings, output.

Kept apart from :mod:`geomap.cli` so that the command module stays small; it
imports nothing heavy.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import click

from .atomic import printable, write_stdout
from .errors import GeomapError


class _Exit(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(printable(message))
        self.exit_code = exit_code


def _errors(fn):
    """Turn GeomapErrors into click errors with the right exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GeomapError as exc:
            raise _Exit(str(exc), exc.exit_code) from None

    return wrapper


def say(message: str) -> None:
    """One line on stderr (file names with undecodable bytes shown as U+FFFD)."""
    click.echo(printable(message), err=True)


def emit(text: str) -> None:
    """Command output on stdout; a closed or full stdout is an OutputError (exit 5)."""
    write_stdout(text)


def verbosity_options(fn):
    """``-v/--verbose`` and ``-q/--quiet``, shared by every command."""
    fn = click.option("-q", "--quiet", is_flag=True, help="Print no warnings.")(fn)
    fn = click.option("-v", "--verbose", count=True, help="Say more about what is done.")(fn)
    return fn


def article_argument(fn):
    return click.argument("article", metavar="ARTICLE", type=str)(fn)


def map_options(fn):
    """Options shared by ``map`` and ``embed``: tiles and the vague-terms table."""
    fn = click.option("--vague-table", type=click.Path(dir_okay=False), default=None,
                      help="JSON file overriding the sizes of 'near', 'outskirts' ... (see README).")(fn)
    fn = click.option("--tiles", type=click.Choice(["openstreetmap", "light", "satellite", "none"],
                                                   case_sensitive=False),
                      default="openstreetmap", show_default=True,
                      help="Background tiles (offline, country outlines show instead).")(fn)
    return fn


def geocoder_options(fn):
    """Online geocoding and user-supplied places, shared by map, embed, extract and geocode."""
    fn = click.option("--trust-config", is_flag=True,
                      help="Let a geomap.toml found beside the article choose the geocoder and its URL "
                           "(by default only --config FILE may).")(fn)
    fn = click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                      help="Settings file (default: geomap.toml beside the article).")(fn)
    fn = click.option("--places", "places_file", type=click.Path(dir_okay=False), default=None,
                      help="CSV (name,lat,lon[,radius_m][,aliases]) or GeoJSON of places you know.")(fn)
    fn = click.option("--place", "place_specs", multiple=True, metavar="NAME=LAT,LON[;radius=M][;alias=A|B]",
                      help="A place you know; wins over the gazetteer. Repeatable.")(fn)
    fn = click.option("--fallback-offline", is_flag=True, default=None,
                      help="If the online service fails, say so and go on with the gazetteer.")(fn)
    fn = click.option("--min-delay", type=click.FloatRange(0, 3600), default=None,
                      help="Seconds between requests (never below the service's policy).")(fn)
    fn = click.option("--online-first", is_flag=True, default=None,
                      help="Ask the online service first for every name (default: only what the "
                           "gazetteer cannot place).")(fn)
    fn = click.option("--user-agent", default=None, help="Your User-Agent (Nominatim requires one).")(fn)
    fn = click.option("--geocoder-url", default=None, help="A self-hosted service, e.g. http://127.0.0.1:8080.")(fn)
    fn = click.option("--geocoder", default=None, metavar="NAME",
                      help="offline (default), or any geopy geocoder: nominatim, photon, arcgis ...")(fn)
    return fn


@dataclass(frozen=True)
class GeoContext:
    """Settings, the online geocoder (or None), the gazetteer with user places, and the input files read."""

    config: dict
    online: object
    gazetteer: object
    inputs: tuple

    def tiles(self, chosen: str) -> str:
        """``--tiles`` when given, else the config's ``[map] tiles``, else ``chosen`` (the default)."""
        source = click.get_current_context().get_parameter_source("tiles")
        configured = self.config.get("map", {}).get("tiles")
        return configured if configured and source.name == "DEFAULT" else chosen


def geo_context(article, geocoder, geocoder_url, user_agent, online_first, min_delay, fallback_offline,
                place_specs, places_file, config_path, trust_config) -> GeoContext:
    """The settings of one run; a geomap.toml beside the article cannot go online unless trusted."""
    from .config import config_places, find_config, geocoder_settings, load_config, untrusted_geocoder
    from .gazetteer import default_gazetteer

    cfg_path = find_config(article, config_path)
    config = load_config(cfg_path)
    if cfg_path is not None and not config_path and not trust_config:
        config, warning = untrusted_geocoder(config, cfg_path)
        if warning:
            say(f"warning: {warning}")
    settings = geocoder_settings(config, geocoder, geocoder_url, user_agent, online_first, min_delay,
                                 fallback_offline)
    online = None
    if settings:
        from .geocoding import OnlineGeocoder

        online = OnlineGeocoder(settings)
    places = config_places(config, cfg_path)
    if places_file or place_specs:
        from .geocoding import parse_place, read_places_file

        if places_file:
            places += read_places_file(places_file)
        places += [parse_place(spec) for spec in place_specs]
    gazetteer = default_gazetteer()
    if places:
        gazetteer = gazetteer.with_places(places)
    inputs = tuple(p for p in (article, cfg_path, places_file) if p)
    return GeoContext(config, online, gazetteer, inputs)


def article_stem(article: str) -> str:
    """The name of the default output, known before the article is read."""
    return "stdin" if article == "-" else printable(Path(article).stem)


def extract_article(article: str, quiet: bool, vague_table, geo: GeoContext):
    """Read and geoparse ARTICLE: ``(Result, stem)``; the output says how the offsets index the file."""
    from .errors import NoPlacesError
    from .result import run
    from .text import article_info, decode_article, read_article_bytes

    table = None
    if vague_table:
        from .relative import load_table

        table = load_table(vague_table)
    data, shown, stem = read_article_bytes(article)
    text = decode_article(data, shown)
    result = run(text, name=stem, vague_table=table, gazetteer=geo.gazetteer, online=geo.online)
    if not result.features:
        raise NoPlacesError(f"no place found in {shown}")
    result.geojson["geomap"]["article"].update(article_info(data))
    if not quiet:
        for w in result.warnings:
            say(f"warning: {w['message']}")
    return result, stem
