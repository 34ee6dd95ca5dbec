"""The corpus commands, ``batch`` and ``evaluate``, and the JSONL reader they share."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext

import click

from .cli_common import _errors, emit, long_run, say, verbosity_options
from .batch import FORMATS
from .errors import InputError
from .lang.detect import SUPPORTED


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _parse_line(raw: bytes, first: bool) -> tuple[object, str | None]:
    """(document, problem) of one input line; a BOM on the first line is accepted."""
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (bad byte at offset {exc.start})"
    if not line.strip():
        return None, ""
    try:
        doc = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc.msg})"
    except ValueError as exc:  # NaN, Infinity
        return None, f"not JSON ({exc})"
    return doc, _check_doc(doc)


class _Skipped:
    """Counts the lines --skip-bad skipped, so that even -q says how many."""

    def __init__(self):
        self.count = 0


def _read_jsonl(path: str, skip_bad: bool, quiet: bool, skipped: _Skipped | None = None):
    """Documents of a JSONL file ('-' for stdin); bad lines fatal or reported and skipped.

    Lines end at LF only (a CR is JSON white space), and are decoded one by one.
    """
    from .atomic import printable

    name = "standard input" if path == "-" else printable(path)
    if path == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed")
        fh = nullcontext(sys.stdin.buffer)
    else:
        try:
            fh = open(path, "rb")
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name} is a directory, not a JSONL file") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    with fh as lines:
        for lineno, raw in enumerate(lines, 1):
            doc, problem = _parse_line(raw, lineno == 1)
            if problem == "":
                continue
            if problem:
                message = f"{name} line {lineno}: {problem}"
                if not skip_bad:
                    raise InputError(message + " (use --skip-bad to skip such lines)")
                if not quiet:
                    say(f"warning: skipped {message}")
                if skipped is not None:
                    skipped.count += 1
                continue
            yield lineno, doc


LANG_CHOICES = ("auto", *SUPPORTED)


def _with_lang(docs, lang: str | None):
    """The documents, each in ``lang`` when the command names one (``--lang`` wins over a line's "lang")."""
    return docs if lang in (None, "auto") else (dict(d, lang=lang) for d in docs)


def lang_option(fn):
    return click.option("--lang", type=click.Choice(LANG_CHOICES), default=None,
                        help="The documents' language (default: each line's \"lang\", else detected per document).")(fn)


def _check_doc(doc) -> str | None:
    if not isinstance(doc, dict):
        return "not a JSON object"
    if not isinstance(doc.get("text"), str):
        return "no \"text\" string"
    for key in ("date", "source"):
        if doc.get(key) is not None and not isinstance(doc[key], str):
            return f"\"{key}\" is not a string"
    if doc.get("lang") is not None and doc["lang"] not in LANG_CHOICES:
        return f"\"lang\" is not one of {', '.join(LANG_CHOICES)}"
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
    if sys.stderr is not None and sys.stderr.isatty():
        return click.progressbar(items, label=label, file=sys.stderr)
    return nullcontext(items)


def _offline_context():
    """The corpus commands' RunContext: the shipped gazetteer, offline, default vague terms."""
    from .gazetteer import default_gazetteer
    from .run_context import RunContext

    return RunContext(gazetteer=default_gazetteer())


def _geoparse_all(docs, given_spans: bool, label: str, context) -> list:
    from .evaluate import geoparse, resolve_spans

    preds = []
    with _progress(docs, label) as bar:
        for d in bar:
            if given_spans:
                spans = [(t["start"], t["end"]) for t in d.get("toponyms") or []]
                preds.append(resolve_spans(d["text"], spans, context.gazetteer))
            else:
                preds.append(geoparse(d["text"], context.gazetteer, lang=d.get("lang")))
    return preds


@click.command("batch")
@click.argument("infile", metavar="IN.jsonl")
@click.option("-o", "--output", default="-", show_default=True, help="File to write ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one FeatureCollection per line; geojsonseq: RFC 8142 features; events-csv / "
                   "events-parquet: one row per incident event or place; toponyms: the names only.")
@click.option("--given-spans", is_flag=True, help="Resolve the documents' own toponym spans instead of finding them.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@click.option("--workers", type=click.IntRange(1, 512), default=1, show_default=True,
              help="Worker processes (the output is the same for any number); with --dask local, its size.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS|local",
              help="Run on a dask.distributed scheduler (tcp://host:8786) or a LocalCluster ('local').")
@lang_option
@verbosity_options
@_errors
def batch_cmd(infile, output, fmt, given_spans, skip_bad, workers, dask_address, lang, verbose, quiet):
    """Geoparse every document of a JSONL file, streaming the results in input order.

    Input lines: {"id", "text", "toponyms"?: [{"start", "end"}], "date"?, "source"?}.
    Each result is written as soon as it and those before it are ready; with
    -o the file appears, complete, only at the end.
    """
    long_run()
    from .atomic import check_outputs

    check_outputs([output], [infile])
    _check_batch_options(fmt, output, workers, dask_address)
    skipped = _Skipped()
    name = "standard input" if infile == "-" else infile
    docs = _Counted(_with_lang((d for _, d in _read_jsonl(infile, skip_bad, quiet, skipped)), lang))

    def empty() -> str:
        return (f"{name} has no documents" + (f" (skipped {skipped.count} bad line(s))"
                                                        if skipped.count else ""))

    _write_stream(_results(docs, fmt, given_spans, workers, dask_address), fmt, output, docs, empty)
    if quiet and skipped.count:
        say(f"skipped {skipped.count} bad line(s) of {name}")
    if verbose:
        say(f"{docs.n} document(s)")


def _check_batch_options(fmt, output, workers, dask_address) -> None:
    from .errors import UsageError

    if fmt == "events-parquet":
        from .events_table import require_pyarrow

        require_pyarrow()
        if output == "-":
            raise UsageError("--format events-parquet writes a file: give -o FILE.parquet")
    if dask_address is not None:
        if dask_address != "local" and workers != 1:
            raise UsageError("--workers sizes --dask local only; a running scheduler has its own workers")
        from .dask import require_distributed

        require_distributed()


class _Counted:
    """An iterator that counts what passed through it."""

    def __init__(self, items):
        self._items = iter(items)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)
        self.n += 1
        return item


def _results(docs, fmt, given_spans, workers, dask_address):
    from . import batch

    if dask_address is not None:
        from .dask import cluster_results

        return cluster_results(docs, fmt, given_spans, dask_address, workers)
    if workers > 1:
        return batch.process_results(docs, fmt, given_spans, workers)
    return batch.serial_results(docs, fmt, given_spans)


def _text_pieces(results, fmt):
    """Text to write, piece by piece; the CSV header comes with the first document."""
    if fmt != "events-csv":
        yield from results
        return
    from .events_table import CsvTable

    table = CsvTable()
    for rows in results:
        table.add(rows)
        yield table.text()


def _write_stream(results, fmt, output, docs: _Counted, empty) -> None:
    """Write the results as they come: to stdout, or into a temporary file renamed at the end."""
    import os

    from .atomic import atomic_path

    if output == "-":
        for piece in _text_pieces(results, fmt):
            emit(piece)
        if not docs.n:
            raise InputError(empty())
        return
    if fmt == "events-parquet":
        from .events_table import ParquetTable

        with atomic_path(output, suffix=".tmp.parquet") as tmp:
            table = ParquetTable(tmp)
            try:
                for rows in results:
                    table.add(rows)
            finally:
                table.close()
            if not docs.n:
                raise InputError(empty())
        return
    with atomic_path(output, keep_fd=True) as (fd, _):
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for piece in _text_pieces(results, fmt):
                fh.write(piece)
        if not docs.n:
            raise InputError(empty())


@click.command("evaluate")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--given-spans", is_flag=True, help="Resolution only: the gold spans are given.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--skip-bad", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@lang_option
@verbosity_options
@_errors
def evaluate_cmd(gold, given_spans, as_json, skip_bad, lang, verbose, quiet):
    """Score geomap on a gold JSONL corpus: Acc@161, error km, AUC, P/R/F1, docs/s."""
    long_run()
    import time

    from .evaluate import evaluate_documents

    skipped = _Skipped()
    docs = list(_with_lang((d for _, d in _read_jsonl(gold, skip_bad, quiet, skipped)), lang))
    if quiet and skipped.count:
        say(f"skipped {skipped.count} bad line(s) of {gold}")
    missing = [d.get("id") for d in docs if not all(
        isinstance(t.get("lat"), (int, float)) and isinstance(t.get("lon"), (int, float))
        for t in d.get("toponyms") or [])]
    if missing:
        raise InputError(f"document {missing[0]!r} has a toponym without gold lat/lon")
    context = _offline_context()  # loading the gazetteer is not part of the per-document speed
    start = time.perf_counter()
    preds = _geoparse_all(docs, given_spans, "evaluating", context)
    elapsed = time.perf_counter() - start
    result = evaluate_documents(docs, preds, given_spans)
    result["mode"] = "given-spans" if given_spans else "end-to-end"
    result["seconds"] = round(elapsed, 3)
    result["docs_per_second"] = round(len(docs) / elapsed, 1) if elapsed > 0 else None
    if as_json:
        emit(json.dumps(result, indent=2) + "\n")
        return
    lines = [f"{result['mode']}: {result['documents']} documents, {result['gold_toponyms']} gold toponyms, "
             f"{result['docs_per_second']} docs/s"]
    if given_spans:
        lines.append(_resolution_line("resolution", result["resolution"]))
    else:
        for k in ("exact", "loose"):
            m = result[k]
            lines.append(f"{k + ' spans':<22} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
        lines.append(_resolution_line("resolution (found)", result["resolution_found"]))
        lines.append(_resolution_line("resolution (all gold)", result["resolution_all_gold"]))
    emit("".join(line + "\n" for line in lines))


def _resolution_line(label, m) -> str:
    if not m["n"]:
        return f"{label:<22} no toponyms"
    mean = "-" if m["mean_km"] is None else f"{m['mean_km']:.1f}"
    median = "-" if m["median_km"] is None else f"{m['median_km']:.1f}"
    return (f"{label:<22} Acc@161 {m['acc161']:.3f}  mean {mean} km  median {median} km  "
            f"AUC {m['auc']:.3f}  ({m['resolved']}/{m['n']} resolved)")
