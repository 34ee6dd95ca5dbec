"""Pieces shared by the ``geomap`` commands: error mapping, options, settings, output.

Kept apart from :mod:`geomap.cli` so that the command module stays small; it
imports nothing heavy.
"""
from __future__ import annotations

import functools
from pathlib import Path

import click

from .atomic import printable, write_stdout
from .errors import GeomapError


class _ClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(printable(message))
        self.exit_code = exit_code


def _errors(fn):
    """Turn GeomapErrors into click errors: ``Error: <message>`` and the error's ``exit_code``.

    The one place an error becomes an exit code; commands only raise named
    :mod:`geomap.errors` (``UsageError`` for a bad option, exit 2).
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GeomapError as exc:
            raise _ClickError(str(exc), exc.exit_code) from None

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
    fn = click.option("--not-place", "not_place", multiple=True, metavar="NAME",
                      help="A name that is not a place in this article (repeatable).")(fn)
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


def run_context(article: str | None, tiles: str | None = None, vague_table: str | None = None, **geo):
    """The :class:`~geomap.run_context.RunContext` of a command's options; its warnings said on stderr.

    ``--tiles`` counts only when given on the command line, so that a settings
    file's ``[map] tiles`` wins over the option's default.
    """
    from dataclasses import replace

    from .config import load_config
    from .run_context import build_run_context
    from .user_places import without_names

    if tiles is not None and click.get_current_context().get_parameter_source("tiles").name == "DEFAULT":
        tiles = None
    not_place = geo.pop("not_place", ())
    context = build_run_context(article, tiles=tiles, vague_table=vague_table, **geo)
    names = list(not_place) + list(load_config(context.config_path).get("not_places", []))
    if names:
        context = replace(context, gazetteer=without_names(context.gazetteer, names))
    for warning in context.warnings:
        say(f"warning: {warning}")
    return context


def article_stem(article: str) -> str:
    """The name of the default output, known before the article is read."""
    return "stdin" if article == "-" else printable(Path(article).stem)


def extract_article(article: str, quiet: bool, context):
    """Read and geoparse ARTICLE: ``(Result, stem)``; the output says how the offsets index the file."""
    from .errors import NoPlacesError
    from .result import run
    from .text import article_info, decode_article, read_article_bytes

    data, shown, stem = read_article_bytes(article)
    text = decode_article(data, shown)
    result = run(text, name=stem, vague_table=context.vague_table, gazetteer=context.gazetteer,
                 online=context.online)
    if not result.features:
        raise NoPlacesError(f"no place found in {shown}")
    result.geojson["geomap"]["article"].update(article_info(data))
    if not quiet:
        for w in result.warnings:
            say(f"warning: {w['message']}")
    return result, stem
