"""The ``geomap`` command: thin click wrappers around the library.

Options parse, the library computes, files are written atomically, and every
:class:`~geomap.errors.GeomapError` becomes a one-line ``Error: ...`` with the
error's exit code (listed in the README).
"""
from __future__ import annotations

import gc
import json
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__
from .atomic import check_outputs, write_atomic  # noqa: F401  (write_atomic: the one writer, re-exported)
from .cli_common import (_errors, article_argument, article_stem, emit, extract_article, extract_article_text,
                         geocoder_options, map_options, run_context, save_text_paths, say, verbosity_options)
from .errors import GeomapError, NoPlacesError, OutputError, PartialOutputError, UsageError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geomap")
def cli():
    """Turn a news article about an incident into an honest, interactive map.

    Offline by default: places come from the embedded GeoNames gazetteer.
    """


@cli.command("map")
@article_argument
@click.option("-o", "--output", type=str, default=None,
              help="HTML file to write (default: maps/<article stem>.html; '-' for stdout).")
@map_options
@click.option("--self-contained/--no-self-contained", default=True, show_default=True,
              help="Inline every script and style (the only mode: Leaflet always comes from the "
                   "xstatic-leaflet package, never a CDN); kept for clarity in scripts.")
@click.option("--png", "png", type=str, default=None, help="Also write a PNG image (needs chromium).")
@click.option("--width", type=click.IntRange(100, 8000), default=1200, show_default=True, help="PNG width.")
@click.option("--height", type=click.IntRange(100, 8000), default=800, show_default=True, help="PNG height.")
@click.option("--fragment", is_flag=True, help="Write an embeddable fragment instead of a whole page.")
@click.option("--title", type=str, default=None, help="The map's caption title (default: the article's first line).")
@click.option("--geojson", type=str, default=None, help="Also export GeoJSON.")
@click.option("--gpkg", type=str, default=None, help="Also export a GeoPackage (places, zones, events layers).")
@click.option("--kml", type=str, default=None, help="Also export KML.")
@click.option("--csv", "csv_path", type=str, default=None, help="Also export CSV (WKT geometry, lon/lat).")
@click.option("--open", "open_", is_flag=True, help="Open the map in the default browser.")
@click.option("--corpus", is_flag=True, help="ARTICLE is a corpus: an events table (geomap batch --format "
              "events-csv / events-parquet) or batch's JSONL; draw clustered markers, heat and a time slider.")
@geocoder_options
@verbosity_options
@_errors
def map_cmd(articles, save_text, output, tiles, vague_table, self_contained, png, width, height, fragment, title,
            geojson, gpkg, kml, csv_path, open_, corpus, verbose, quiet, **geo):
    """Write an interactive HTML map of ARTICLE ('-' for stdin; a saved web page or an http(s) link
    works too). Several ARTICLEs, reports of one incident, make one map with a layer per report."""
    from .render import render_fragment, render_html
    from .report_map import page_title

    if not self_contained:
        raise UsageError("--no-self-contained is not offered: geomap maps never load scripts from a CDN")
    if corpus:
        from .cli_corpus_map import map_corpus, refuse_article_options

        refuse_article_options(click.get_current_context())
        written = map_corpus(articles, output, tiles, title, verbose, quiet)
        if open_:
            _open_in_browser(written)
        return
    context = run_context(articles, tiles, vague_table, **geo)
    tiles = context.tiles
    stem = article_stem(articles)
    target = None if output == "-" else Path(output) if output else (
        Path("maps") / f"{stem}{'.fragment' if fragment else ''}.html")
    exports = [(p, fmt) for p, fmt in ((geojson, "geojson"), (gpkg, "gpkg"), (kml, "kml"), (csv_path, "csv")) if p]
    check_outputs([target, png, *(p for p, _ in exports), *save_text_paths(save_text, len(articles))],
                  context.inputs, create=() if output else (Path("maps"),))
    result, stem, text = extract_article_text(articles, quiet, context, save_text)
    fc, words = result.geojson, {"article": text, "heading": title}
    page = (render_fragment(fc, tiles=tiles, **words) if fragment
            else render_html(fc, tiles=tiles, title=title or page_title(fc, stem), **words))
    if target is None:
        emit(page)
    else:
        if not output:
            _mkdir(target.parent)
        write_atomic(target, page)
    written = ([target] if target is not None else []) + save_text_paths(save_text, len(articles))
    try:
        _write_extras(fc, exports, png, width, height, tiles, written, words)
    except GeomapError as exc:
        raise PartialOutputError(exc, written) from None
    if verbose:
        say(f"{len(result.features)} features")
    if not quiet:
        for path in written:
            say(f"wrote {path}")
    if open_:
        _open_in_browser(written[0] if written else None)


def _mkdir(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {directory}: {exc.strerror or exc}") from None


def _write_extras(fc, exports, png, width, height, tiles, written: list, words: dict) -> None:
    """GIS exports, then the PNG (the slowest, and the one most likely to fail)."""
    if exports:
        from .export import export

        for path, fmt in exports:
            written.append(export(fc, path, fmt))
    if png:
        from .png import render_png

        write_atomic(png, render_png(fc, width=width, height=height, tiles=tiles, **words))
        written.append(png)


def _open_in_browser(path) -> None:
    if path is None:
        say("warning: --open: the map went to standard output, there is no file to open")
        return
    import webbrowser

    uri = Path(path).resolve().as_uri()
    try:
        opened = webbrowser.open(uri)
    except webbrowser.Error:
        opened = False
    if not opened:
        say(f"warning: --open: no browser could be opened; the map is at {uri}")


@cli.command("embed")
@article_argument
@click.option("-o", "--output", type=str, default="-", show_default=True, help="File to write ('-' for stdout).")
@map_options
@click.option("--iframe", is_flag=True, help="An <iframe srcdoc> (fully isolated) instead of a <div> and scripts.")
@click.option("--height", type=str, default="500px", show_default=True, help="CSS height of the map.")
@click.option("--title", type=str, default=None, help="The map's caption title (default: the article's first line).")
@geocoder_options
@verbosity_options
@_errors
def embed_cmd(articles, save_text, output, tiles, vague_table, iframe, height, title, verbose, quiet, **geo):
    """Print an HTML fragment of ARTICLE's map to paste into a report page or CMS."""
    from .render import render_fragment, render_iframe

    context = run_context(articles, tiles, vague_table, **geo)
    tiles = context.tiles
    if iframe and (not height.endswith("px") or not height[:-2].isdigit()):
        raise UsageError(f"bad height {height!r}: --iframe takes pixels, e.g. 500px")
    check_outputs([output, *save_text_paths(save_text, len(articles))], context.inputs)
    result, _, text = extract_article_text(articles, quiet, context, save_text)
    words = {"article": text, "heading": title}
    try:
        if iframe:
            snippet = render_iframe(result.geojson, height=int(height[:-2]), tiles=tiles, **words)
        else:
            snippet = render_fragment(result.geojson, tiles=tiles, height=height, **words)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    _write_or_print(output, snippet + "\n", quiet)


def _write_or_print(output: str, text: str, quiet: bool) -> None:
    if output == "-":
        emit(text)
        return
    write_atomic(output, text)
    if not quiet:
        say(f"wrote {output}")


@cli.command("extract")
@article_argument
@click.option("-o", "--output", type=str, default="-", show_default=True,
              help="GeoJSON file to write ('-' for stdout).")
@click.option("--indent", type=click.IntRange(0, 8), default=2, show_default=True,
              help="JSON indentation (0 for one line).")
@geocoder_options
@verbosity_options
@_errors
def extract_cmd(articles, save_text, output, indent, verbose, quiet, **geo):
    """Print ARTICLE's places and zones as a GeoJSON FeatureCollection (several ARTICLEs: one merged one)."""
    context = run_context(articles, **geo)
    check_outputs([output, *save_text_paths(save_text, len(articles))], context.inputs)
    result, _ = extract_article(articles, quiet, context, save_text)
    text = json.dumps(result.geojson, ensure_ascii=False, indent=indent or None, allow_nan=False) + "\n"
    _write_or_print(output, text, quiet)


def _names_in_language(name: str, gazetteer) -> list:
    """Entries for a name in another language or script (``--lang``, else detected): "زرند", "Харкові"."""
    from .lang import forced_language
    from .lang.names import lookup_name

    return lookup_name(name, gazetteer, forced_language.get())


@cli.command("geocode")
@click.argument("name")
@click.option("-n", "--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="At most this many candidates.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@geocoder_options
@verbosity_options
@_errors
def geocode_cmd(name, limit, as_json, verbose, quiet, **geo):
    """Print the candidates for NAME, best first (the gazetteer, or the named service)."""
    from .resolve import rank

    if not name.strip():
        raise UsageError("NAME is empty")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"NAME {name!r} is not valid UTF-8 text") from None
    context = run_context(None, **geo)
    online = context.online
    if online is not None:
        entries = online.entries(name)[:limit]
        where = f"{online.name}" + (f" at {online.settings.url}" if online.settings.url else "")
    else:
        entries = rank(context.gazetteer.search(name) or _names_in_language(name, context.gazetteer),
                       written=name.split(",")[0])[:limit]
        where = "the gazetteer"
    if not entries:
        raise NoPlacesError(f"no place named {name!r} in {where}")
    rows = [{"name": e.name, "country": e.country, "place_type": e.place_type, "population": e.population,
             "lat": e.lat, "lon": e.lon, "uncertainty_m": e.uncertainty_m, "source": e.source} for e in entries]
    if as_json:
        emit(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        emit("".join(f"{r['source']:<26} {r['name'][:40]:<40} {r['country'] or '--':<3} {r['place_type']:<10} "
                     f"pop {r['population']:>11,}  {r['lat']:9.5f} {r['lon']:10.5f}\n" for r in rows))
    if online is not None and not quiet:
        say(f"{online.attribution} ({online.requests} request(s); cache {online.cache.path})")


@cli.group("cache")
def cache_group():
    """Inspect or clear the online geocoding cache."""


@cache_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_errors
def cache_info(as_json):
    """Where the cache is, and how many answers it holds per service."""
    from .geocoding import Cache

    info = Cache().info()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"cache: {info['path']} ({info['bytes']:,} bytes, answers kept {info['ttl_days']:g} days)")
    for service, d in info["services"].items():
        click.echo(f"  {service}: {d['entries']} answer(s)")
    if not info["services"]:
        click.echo("  empty")


@cache_group.command("clear")
@click.option("--service", default=None, help="Only this service (e.g. nominatim).")
@_errors
def cache_clear(service):
    """Delete cached answers (all, or one service's)."""
    from .geocoding import Cache

    n = Cache().clear(service)
    click.echo(f"deleted {n} cached answer(s)")


from .cli_corpus import batch_cmd, evaluate_cmd  # noqa: E402  (after the group they join)

cli.add_command(batch_cmd)
cli.add_command(evaluate_cmd)


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def main(argv=None):
    """Console-script entry point.

    A bug still gets a one-line error (exit 1); ``GEOMAP_DEBUG=1`` shows its traceback.
    SIGTERM becomes ``SystemExit(143)``, so an interrupted write removes its
    temporary file as Ctrl-C does. Run as the console script (no ``argv``), it first freezes what start-up
    imported (``gc.freeze``): those objects live as long as the process, and a full garbage collection
    walking them again cost a cold ``geomap map`` more than a tenth of its own time. It also pauses the
    cycle collector, which otherwise walks the libraries a map imports on first use (folium, pandas: about
    60 ms of a cold map); the commands that run over a whole corpus (``batch``, ``evaluate``) turn it back
    on (:func:`geomap.cli_common.long_run`), so memory stays bounded over thousands of articles.
    """
    if argv is None:  # the console script; tests and callers inside a longer-lived process pass argv
        gc.freeze()
        gc.disable()
    try:
        signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread
        pass
    try:
        return cli.main(args=argv, prog_name="geomap", standalone_mode=True)
    except BrokenPipeError:  # `geomap extract x | head`
        sys.stderr.close()
        return 1
    except Exception as exc:  # not a GeomapError: those are reported by click already
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); rerun with GEOMAP_DEBUG=1 "
                   "and please report it", err=True)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
