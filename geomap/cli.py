"""The ``geomap`` command: thin click wrappers around the library.

Options parse, the library computes, files are written atomically, and every
:class:`~geomap.errors.GeomapError` becomes a one-line ``Error: ...`` with the
error's exit code (listed in the README).
"""
from __future__ import annotations

import functools
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


def _extract(article: str, quiet: bool):
    from .pipeline import run
    from .text import read_article

    text, stem = read_article(article)
    result = run(text, name=stem if article != "-" else "stdin")
    if not result.features:
        raise NoPlacesError(f"no place found in {'standard input' if article == '-' else article}")
    if not quiet:
        for w in result.warnings:
            click.echo(f"warning: {w['message']}", err=True)
    return result, stem


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
@click.option("--tiles", type=click.Choice(["openstreetmap", "light", "none"], case_sensitive=False),
              default="openstreetmap", show_default=True, help="Background map tiles.")
@click.option("--open", "open_", is_flag=True, help="Open the map in the default browser.")
@verbosity_options
@_errors
def map_cmd(article, output, tiles, open_, verbose, quiet):
    """Write an interactive HTML map of ARTICLE ('-' for stdin)."""
    from .render import render_html

    result, stem = _extract(article, quiet)
    page = render_html(result.geojson, tiles=tiles, title=f"geomap: {stem}")
    if output == "-":
        click.echo(page, nl=False)
        return
    target = Path(output) if output else Path("maps") / f"{stem}.html"
    write_atomic(target, page)
    if verbose:
        click.echo(f"{len(result.features)} features", err=True)
    if not quiet:
        click.echo(f"wrote {target}", err=True)
    if open_:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())


@cli.command("extract")
@article_argument
@click.option("-o", "--output", type=str, default="-", show_default=True,
              help="GeoJSON file to write ('-' for stdout).")
@click.option("--indent", type=click.IntRange(0, 8), default=2, show_default=True,
              help="JSON indentation (0 for one line).")
@verbosity_options
@_errors
def extract_cmd(article, output, indent, verbose, quiet):
    """Print ARTICLE's places and zones as a GeoJSON FeatureCollection."""
    result, _ = _extract(article, quiet)
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
@verbosity_options
@_errors
def geocode_cmd(name, limit, as_json, verbose, quiet):
    """Print the gazetteer's candidates for NAME, best first."""
    from .gazetteer import default_gazetteer

    if not name.strip():
        raise _Exit("NAME is empty", 2)
    entries = default_gazetteer().search(name)[:limit]
    if not entries:
        raise NoPlacesError(f"no place named {name!r} in the gazetteer")
    rows = [{"name": e.name, "country": e.country, "place_type": e.place_type, "population": e.population,
             "lat": e.lat, "lon": e.lon, "uncertainty_m": e.radius_m, "source": e.source} for e in entries]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['source']:<26} {r['name'][:40]:<40} {r['country'] or '--':<3} {r['place_type']:<10} "
                   f"pop {r['population']:>11,}  {r['lat']:9.5f} {r['lon']:10.5f}")


def main(argv=None):
    """Console-script entry point."""
    try:
        return cli.main(args=argv, prog_name="geomap")
    except BrokenPipeError:  # `geomap extract x | head`
        sys.stderr.close()
        return 1


if __name__ == "__main__":  # pragma: no cover
    main()
