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
from .styles import TILES


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
    """ARTICLE...: one or more inputs (files, '-', saved web pages, http(s) links); ``--save-text``."""
    fn = click.option("--save-text", "save_text", type=str, default=None, metavar="FILE",
                      help="Also write the text the evidence offsets index (a web page's extracted text); "
                           "with several inputs FILE-1.txt, FILE-2.txt ...")(fn)
    return click.argument("articles", metavar="ARTICLE...", nargs=-1, required=True, type=str)(fn)


def map_options(fn):
    """Options shared by ``map`` and ``embed``: tiles and the vague-terms table."""
    fn = click.option("--vague-table", type=click.Path(dir_okay=False), default=None,
                      help="JSON file overriding the sizes of 'near', 'outskirts' ... (see README).")(fn)
    fn = click.option("--tiles", type=click.Choice(list(TILES), case_sensitive=False),
                      default="openstreetmap", show_default=True,
                      help="Background tiles (offline, country outlines show instead).")(fn)
    return fn


def _force_language(ctx, param, value):
    from .lang import forced_language

    token = forced_language.set(None if value in (None, "auto") else value)
    ctx.call_on_close(lambda: forced_language.reset(token))  # only for this command
    return value


def geocoder_options(fn):
    """Online geocoding and user-supplied places, shared by map, embed, extract and geocode."""
    from .lang.detect import SUPPORTED

    fn = click.option("--lang", type=click.Choice(["auto", *SUPPORTED]), default=None, expose_value=False,
                      callback=_force_language, help="The article's language (default: detected).")(fn)
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


def run_context(articles, tiles: str | None = None, vague_table: str | None = None, **geo):
    """The :class:`~geomap.run_context.RunContext` of a command's options; its warnings said on stderr.

    ``articles`` is one input, several (the settings file is looked for beside
    the first local one; every local one is an input no output may overwrite),
    or None. ``--tiles`` counts only when given on the command line, so that a
    settings file's ``[map] tiles`` wins over the option's default.
    """
    from dataclasses import replace

    from .config import load_config
    from .run_context import build_run_context
    from .user_places import without_names
    from .webpage import is_url

    if tiles is not None and click.get_current_context().get_parameter_source("tiles").name == "DEFAULT":
        tiles = None
    not_place = geo.pop("not_place", ())
    local = [a for a in ((articles,) if isinstance(articles, str) else articles or ()) if not is_url(a)]
    context = build_run_context(local[0] if local else None, tiles=tiles, vague_table=vague_table, **geo)
    context = replace(context, inputs=tuple(dict.fromkeys(context.inputs + tuple(local[1:]))))
    names = list(not_place) + list(load_config(context.config_path).get("not_places", []))
    if names:
        context = replace(context, gazetteer=without_names(context.gazetteer, names))
    for warning in context.warnings:
        say(f"warning: {warning}")
    return context


def article_stem(articles) -> str:
    """The name of the default output, known before the inputs are read.

    >>> article_stem(("a/kerman.txt",)), article_stem(("-",)), article_stem(("a.txt", "https://x.org/b.html", "c"))
    ('kerman', 'stdin', 'a-and-2-more')
    """
    from .sources import url_stem
    from .webpage import is_url

    articles = (articles,) if isinstance(articles, str) else tuple(articles)
    first = articles[0]
    stem = "stdin" if first == "-" else url_stem(first) if is_url(first) else printable(Path(first).stem)
    return stem if len(articles) == 1 else f"{stem}-and-{len(articles) - 1}-more"


def save_text_paths(save_text: str | None, count: int) -> list[Path]:
    """Where ``--save-text`` writes: FILE for one input, FILE-1.txt, FILE-2.txt ... for several.

    >>> [str(p) for p in save_text_paths("out/text.txt", 2)], save_text_paths(None, 3)
    (['out/text-1.txt', 'out/text-2.txt'], [])
    """
    if not save_text:
        return []
    if save_text == "-":
        from .errors import UsageError

        raise UsageError("--save-text needs a file name, not '-'")
    path = Path(save_text)
    if count == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{i}{path.suffix}") for i in range(1, count + 1)]


def _run_one(report, context):
    from .result import run

    result = run(report.text, name=report.name, vague_table=context.vague_table, gazetteer=context.gazetteer,
                 online=context.online)
    article = result.geojson["geomap"]["article"]
    article.update(report.info)
    from .dates import incident_date

    when = incident_date(report.text, article.get("date"))
    if when:  # "on Wednesday" in a page published on 2024-01-03
        article["incident_date"] = when
    return result


def extract_article(articles, quiet: bool, context, save_text: str | None = None):
    """Read and geoparse the inputs: ``(Result, stem)`` (see :func:`extract_article_text`)."""
    result, stem, _ = extract_article_text(articles, quiet, context, save_text)
    return result, stem


def extract_article_text(articles, quiet: bool, context, save_text: str | None = None):
    """Read and geoparse the inputs: ``(Result, stem, text)``; ``text`` (shown in the map's
    article panel and caption) is the article's for one input, None for several.

    One input gives its own collection (``geomap.article`` says where its
    text came from); several give one merged collection
    (:func:`geomap.reports.merge_reports`). ``--save-text`` files are written
    once every input was read and mapped.
    """
    from .errors import NoPlacesError, UsageError
    from .result import Result
    from .sources import read_report

    articles = (articles,) if isinstance(articles, str) else tuple(articles)
    if articles.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    reports = [read_report(a) for a in articles]
    results = [_run_one(r, context) for r in reports]
    for report, result in zip(reports, results):
        if not result.features and len(reports) == 1:
            raise NoPlacesError(f"no place found in {report.shown}")
        if not quiet:
            for w in result.warnings:
                say(f"warning: {w['message']}" + (f" ({report.shown})" if len(reports) > 1 else ""))
    if not any(r.features for r in results):
        raise NoPlacesError("no place found in " + ", ".join(r.shown for r in reports))
    if len(reports) == 1:
        result = results[0]
    else:
        from .reports import merge_reports, source_entry

        merged = merge_reports([r.geojson for r in results], [source_entry(r) for r in reports])
        result = Result(merged, article_stem(articles))
        if not quiet:
            for c in merged["geomap"]["comparisons"]:
                say(("" if c["agree"] else "warning: ") + c["message"])
    for path, report in zip(save_text_paths(save_text, len(reports)), reports):
        from .atomic import write_atomic

        write_atomic(path, report.text)
    return result, article_stem(articles), (reports[0].text if len(reports) == 1 else None)


def long_run() -> None:
    """Turn the cycle collector back on: a command about to process a whole corpus (``batch``, ``evaluate``)
    must not let reference cycles pile up for thousands of articles (the console script pauses it for the
    start-up of short commands: :func:`geomap.cli.main`)."""
    import gc

    gc.enable()
