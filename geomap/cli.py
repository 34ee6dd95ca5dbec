"""The ``geomap`` command: thin click wrappers around the library.

Options parse, the library computes, files are written atomically, and every
:class:`~geomap.errors.GeomapError` becomes a one-line ``Error: ...`` with the
error's exit code (listed in the README).
"""
from __future__ import annotations

import functools
from contextlib import nullcontext
import json
import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .errors import GeomapError, NoPlacesError, OutputError


class _Exit(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
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


def verbosity_options(fn):
    """``-v/--verbose`` and ``-q/--quiet``, shared by every command."""
    fn = click.option("-q", "--quiet", is_flag=True, help="Print no warnings.")(fn)
    fn = click.option("-v", "--verbose", count=True, help="Say more about what is done.")(fn)
    return fn


def article_argument(fn):
    return click.argument("article", metavar="ARTICLE", type=str)(fn)


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    An existing file is replaced only once the new one is complete; on any
    error nothing is left behind.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a directory")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geomap")
def cli():
    """Turn a news article about an incident into an honest, interactive map.

    Offline by default: places come from the embedded GeoNames gazetteer.
    """


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


def _geo_context(article, geocoder, geocoder_url, user_agent, online_first, min_delay, fallback_offline,
                 place_specs, places_file, config_path):
    """(config, OnlineGeocoder or None, gazetteer with user places)."""
    from .config import config_places, find_config, geocoder_settings, load_config
    from .gazetteer import default_gazetteer

    cfg_path = find_config(article, config_path)
    config = load_config(cfg_path)
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
    return config, online, gazetteer


def _extract_with_table(article, quiet, vague_table, geo=None):
    from .result import run
    from .text import read_article

    table = None
    if vague_table:
        from .relative import load_table

        table = load_table(vague_table)
    text, stem = read_article(article)
    _, online, gazetteer = geo if geo else ({}, None, None)
    result = run(text, name=stem if article != "-" else "stdin", vague_table=table, gazetteer=gazetteer,
                 online=online)
    if not result.features:
        raise NoPlacesError(f"no place found in {'standard input' if article == '-' else article}")
    if not quiet:
        for w in result.warnings:
            click.echo(f"warning: {w['message']}", err=True)
    return result, stem


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
@click.option("--geojson", type=str, default=None, help="Also export GeoJSON.")
@click.option("--gpkg", type=str, default=None, help="Also export a GeoPackage (places, zones, events layers).")
@click.option("--kml", type=str, default=None, help="Also export KML.")
@click.option("--csv", "csv_path", type=str, default=None, help="Also export CSV (WKT geometry, lon/lat).")
@click.option("--open", "open_", is_flag=True, help="Open the map in the default browser.")
@geocoder_options
@verbosity_options
@_errors
def map_cmd(article, output, tiles, vague_table, self_contained, png, width, height, fragment, geojson, gpkg,
            kml, csv_path, open_, verbose, quiet, **geo):
    """Write an interactive HTML map of ARTICLE ('-' for stdin)."""
    from .render import render_fragment, render_html

    if not self_contained:
        raise _Exit("--no-self-contained is not offered: geomap maps never load scripts from a CDN", 2)
    context = _geo_context(article, **geo)
    config_tiles = context[0].get("map", {}).get("tiles")
    if config_tiles and click.get_current_context().get_parameter_source("tiles").name == "DEFAULT":
        tiles = config_tiles
    result, stem = _extract_with_table(article, quiet, vague_table, context)
    fc = result.geojson
    page = render_fragment(fc, tiles=tiles) if fragment else render_html(fc, tiles=tiles, title=f"geomap: {stem}")
    written = []
    if output == "-":
        click.echo(page, nl=False)
    else:
        target = Path(output) if output else Path("maps") / f"{stem}{'.fragment' if fragment else ''}.html"
        write_atomic(target, page)
        written.append(target)
    if png:
        from .render import render_png

        write_atomic(png, render_png(fc, width=width, height=height, tiles=tiles))
        written.append(png)
    if geojson or gpkg or kml or csv_path:
        from .export import export

        for path, fmt in ((geojson, "geojson"), (gpkg, "gpkg"), (kml, "kml"), (csv_path, "csv")):
            if path:
                written.append(export(fc, path, fmt))
    if verbose:
        click.echo(f"{len(result.features)} features", err=True)
    if not quiet:
        for path in written:
            click.echo(f"wrote {path}", err=True)
    if open_ and written:
        import webbrowser

        webbrowser.open(Path(written[0]).resolve().as_uri())


@cli.command("embed")
@article_argument
@click.option("-o", "--output", type=str, default="-", show_default=True, help="File to write ('-' for stdout).")
@map_options
@click.option("--iframe", is_flag=True, help="An <iframe srcdoc> (fully isolated) instead of a <div> and scripts.")
@click.option("--height", type=str, default="500px", show_default=True, help="CSS height of the map.")
@geocoder_options
@verbosity_options
@_errors
def embed_cmd(article, output, tiles, vague_table, iframe, height, verbose, quiet, **geo):
    """Print an HTML fragment of ARTICLE's map to paste into a report page or CMS."""
    from .render import render_fragment, render_iframe

    result, _ = _extract_with_table(article, quiet, vague_table, _geo_context(article, **geo))
    try:
        if iframe:
            if not height.endswith("px") or not height[:-2].isdigit():
                raise ValueError(f"bad height {height!r}: --iframe takes pixels, e.g. 500px")
            snippet = render_iframe(result.geojson, height=int(height[:-2]), tiles=tiles)
        else:
            snippet = render_fragment(result.geojson, tiles=tiles, height=height)
    except ValueError as exc:
        raise _Exit(str(exc), 2) from None
    if output == "-":
        click.echo(snippet)
    else:
        write_atomic(output, snippet + "\n")
        if not quiet:
            click.echo(f"wrote {output}", err=True)


@cli.command("extract")
@article_argument
@click.option("-o", "--output", type=str, default="-", show_default=True,
              help="GeoJSON file to write ('-' for stdout).")
@click.option("--indent", type=click.IntRange(0, 8), default=2, show_default=True,
              help="JSON indentation (0 for one line).")
@geocoder_options
@verbosity_options
@_errors
def extract_cmd(article, output, indent, verbose, quiet, **geo):
    """Print ARTICLE's places and zones as a GeoJSON FeatureCollection."""
    result, _ = _extract_with_table(article, quiet, None, _geo_context(article, **geo))
    text = json.dumps(result.geojson, ensure_ascii=False, indent=indent or None) + "\n"
    if output == "-":
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        if not quiet:
            click.echo(f"wrote {output}", err=True)


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
        raise _Exit("NAME is empty", 2)
    _, online, gazetteer = _geo_context(None, **geo)
    if online is not None:
        entries = online.entries(name)[:limit]
        where = f"{online.name}" + (f" at {online.settings.url}" if online.settings.url else "")
    else:
        entries = rank(gazetteer.search(name))[:limit]
        where = "the gazetteer"
    if not entries:
        raise NoPlacesError(f"no place named {name!r} in {where}")
    rows = [{"name": e.name, "country": e.country, "place_type": e.place_type, "population": e.population,
             "lat": e.lat, "lon": e.lon, "uncertainty_m": e.radius_m, "source": e.source} for e in entries]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            click.echo(f"{r['source']:<26} {r['name'][:40]:<40} {r['country'] or '--':<3} {r['place_type']:<10} "
                       f"pop {r['population']:>11,}  {r['lat']:9.5f} {r['lon']:10.5f}")
    if online is not None and not quiet:
        click.echo(f"{online.attribution} ({online.requests} request(s); cache {online.cache.path})", err=True)


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


def _read_jsonl(path: str, skip_bad: bool, quiet: bool):
    """Documents of a JSONL file ('-' for stdin); bad lines fatal or reported and skipped."""
    from .errors import InputError

    try:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a JSONL file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    name = "standard input" if path == "-" else path
    with fh if path != "-" else nullcontext(fh):
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                problem = None
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    problem = f"not JSON ({exc.msg})"
                else:
                    problem = _check_doc(doc)
                if problem:
                    message = f"{name} line {lineno}: {problem}"
                    if not skip_bad:
                        raise InputError(message + " (use --skip-bad to skip such lines)")
                    if not quiet:
                        click.echo(f"warning: skipped {message}", err=True)
                    continue
                yield lineno, doc
        except UnicodeDecodeError:
            raise InputError(f"{name} is not UTF-8 text") from None


def _check_doc(doc) -> str | None:
    if not isinstance(doc, dict):
        return "not a JSON object"
    if not isinstance(doc.get("text"), str):
        return "no \"text\" string"
    tops = doc.get("toponyms")
    if tops is not None:
        if not isinstance(tops, list):
            return "\"toponyms\" is not a list"
        n = len(doc["text"])
        for t in tops:
            if not isinstance(t, dict) or not all(isinstance(t.get(k), int) for k in ("start", "end")):
                return "a toponym lacks integer \"start\"/\"end\""
            if not 0 <= t["start"] < t["end"] <= n:
                return f"toponym span {t['start']}..{t['end']} is outside the text"
    return None


def _progress(items, label):
    """A progress bar on stderr when it is a terminal."""
    if sys.stderr.isatty():
        return click.progressbar(items, label=label, file=sys.stderr)
    return nullcontext(items)


@cli.command("batch")
@click.argument("infile", metavar="IN.jsonl")
@click.option("-o", "--output", default="-", show_default=True, help="JSONL to write ('-' for stdout).")
@click.option("--given-spans", is_flag=True, help="Resolve the documents' own toponym spans instead of finding them.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@verbosity_options
@_errors
def batch_cmd(infile, output, given_spans, skip_bad, verbose, quiet):
    """Geoparse every document of a JSONL file: one output line per document.

    Input lines: {"id", "text", "toponyms"?: [{"start", "end", ...}]}. Output
    lines: {"id", "toponyms": [{"start", "end", "name", "lat", "lon", "source", "kind"}]}
    (kind: toponym, abbreviation, demonym or landmark).
    """
    from .evaluate import geoparse, resolve_spans

    docs = list(_read_jsonl(infile, skip_bad, quiet))
    lines = []
    with _progress(docs, "geoparsing") as bar:
        for _, doc in bar:
            if given_spans:
                spans = [(t["start"], t["end"]) for t in doc.get("toponyms") or []]
                tops = resolve_spans(doc["text"], spans)
            else:
                tops = geoparse(doc["text"])
            lines.append(json.dumps({"id": doc.get("id"), "toponyms": [t.as_dict() for t in tops]},
                                    ensure_ascii=False))
    text = "".join(line + "\n" for line in lines)
    if output == "-":
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)


@cli.command("evaluate")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--given-spans", is_flag=True, help="Resolution only: the gold spans are given.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@verbosity_options
@_errors
def evaluate_cmd(gold, given_spans, as_json, skip_bad, verbose, quiet):
    """Score geomap on a gold JSONL corpus: Acc@161, error km, AUC, P/R/F1, docs/s."""
    import time

    from .evaluate import evaluate_documents, geoparse, resolve_spans

    docs = [d for _, d in _read_jsonl(gold, skip_bad, quiet)]
    missing = [d.get("id") for d in docs if not all(
        isinstance(t.get("lat"), (int, float)) and isinstance(t.get("lon"), (int, float))
        for t in d.get("toponyms") or [])]
    if missing:
        raise _Exit(f"document {missing[0]!r} has a toponym without gold lat/lon", 3)
    from .gazetteer import default_gazetteer

    default_gazetteer()  # loading is not part of the per-document speed
    start = time.perf_counter()
    preds = []
    with _progress(docs, "evaluating") as bar:
        for d in bar:
            if given_spans:
                preds.append(resolve_spans(d["text"], [(t["start"], t["end"]) for t in d.get("toponyms") or []]))
            else:
                preds.append(geoparse(d["text"]))
    elapsed = time.perf_counter() - start
    result = evaluate_documents(docs, preds, given_spans)
    result["mode"] = "given-spans" if given_spans else "end-to-end"
    result["seconds"] = round(elapsed, 3)
    result["docs_per_second"] = round(len(docs) / elapsed, 1) if elapsed > 0 else None
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"{result['mode']}: {result['documents']} documents, {result['gold_toponyms']} gold toponyms, "
               f"{result['docs_per_second']} docs/s")
    if given_spans:
        _echo_resolution("resolution", result["resolution"])
    else:
        for k in ("exact", "loose"):
            m = result[k]
            click.echo(f"{k + ' spans':<22} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
        _echo_resolution("resolution (found)", result["resolution_found"])
        _echo_resolution("resolution (all gold)", result["resolution_all_gold"])


def _echo_resolution(label, m):
    if not m["n"]:
        click.echo(f"{label:<22} no toponyms")
        return
    mean = "-" if m["mean_km"] is None else f"{m['mean_km']:.1f}"
    median = "-" if m["median_km"] is None else f"{m['median_km']:.1f}"
    click.echo(f"{label:<22} Acc@161 {m['acc161']:.3f}  mean {mean} km  median {median} km  "
               f"AUC {m['auc']:.3f}  ({m['resolved']}/{m['n']} resolved)")


def main(argv=None):
    """Console-script entry point.

    A bug still gets a one-line error (exit 1); ``GEOMAP_DEBUG=1`` shows its traceback.
    """
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
