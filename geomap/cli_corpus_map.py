"""``geomap map --corpus TABLE``: the command-line side of :mod:`geomap.corpus_map`."""
from __future__ import annotations

from pathlib import Path

from .cli_common import emit, say
from .errors import OutputError, UsageError

# the map options a corpus map uses; any other one given with --corpus is refused
CORPUS_OPTIONS = {"articles", "corpus", "output", "tiles", "title", "self_contained", "open_", "verbose", "quiet"}


def refuse_article_options(ctx) -> None:
    """A usage error naming the first option given with --corpus that draws one article (--png, --place ...)."""
    from click.core import ParameterSource

    for param in ctx.command.params:
        if param.name in CORPUS_OPTIONS or ctx.get_parameter_source(param.name) in (None, ParameterSource.DEFAULT):
            continue
        raise UsageError(f"{param.opts[0]} draws one article; it cannot be used with --corpus")


def map_corpus(articles, output, tiles: str, title: str | None, verbose: bool, quiet: bool) -> Path | None:
    """Write the corpus map of ``articles[0]`` (an events table or batch JSONL); returns the file written."""
    from .atomic import check_outputs, write_atomic
    from .corpus_map import corpus_map

    if len(articles) != 1 or articles[0] == "-":
        raise UsageError("--corpus takes one file: an events table (CSV, Parquet) or geomap batch's JSONL")
    source = Path(articles[0])
    target = None if output == "-" else Path(output) if output else Path("maps") / f"{source.stem}.corpus.html"
    check_outputs([target], [source], create=() if output else (Path("maps"),))
    page, data = corpus_map(source, tiles=tiles, title=title)
    if data.dropped_places and not quiet:
        say(f"warning: {data.dropped_places} places with {data.dropped_rows} rows not drawn "
            f"(the map draws the {len(data.places)} places with the most rows)")
    if target is None:
        emit(page)
        return None
    if not output:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {target.parent}: {exc.strerror or exc}") from None
    write_atomic(target, page)
    if verbose:
        say(f"{data.rows} rows, {data.documents} documents, {len(data.places)} places")
    if not quiet:
        say(f"wrote {target}")
    return target
