"""Reading a corpus for ``geomap map --corpus``: the events table (CSV, GeoParquet) or ``batch``'s JSONL.

Every reader streams: it yields :class:`EventRow` records one by one, so a
table of millions of rows is never held in memory (the map aggregates them as
they come, :mod:`geomap.corpus_data`). The kind of file is told by its name
(``.csv``, ``.parquet``, ``.jsonl``/``.geojsonl``/``.ndjson``) or else by its
first bytes (``PAR1``: Parquet; ``{``: JSONL; anything else: CSV).
"""
from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

REQUIRED = ("document_id", "latitude", "longitude")
OPTIONAL = ("date", "kind", "event", "location", "country", "geo_precision", "uncertainty_m", "evidence", "source")


@dataclass(frozen=True)
class EventRow:
    """One row of the events table: what the corpus map needs of it."""

    document_id: str
    latitude: float
    longitude: float
    date: str = ""
    kind: str = ""
    event: str = ""
    location: str = ""
    country: str = ""
    geo_precision: int | None = None
    uncertainty_m: float | None = None
    evidence: str = ""
    source: str = ""


def _number(value, column: str, where: str) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {column} {str(value)[:40]!r} is not a number") from None
    if not math.isfinite(x):
        raise InputError(f"{where}: {column} is not a finite number")
    return x


def make_row(record: dict, where: str) -> EventRow:
    """An :class:`EventRow` of a dict with the events table's columns; a bad value is an InputError."""
    lat = _number(record.get("latitude"), "latitude", where)
    lon = _number(record.get("longitude"), "longitude", where)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: latitude/longitude {lat}, {lon} are out of range")
    text = {k: "" if record.get(k) is None else str(record[k]) for k in
            ("date", "kind", "event", "location", "country", "evidence", "source")}
    precision = record.get("geo_precision")
    uncertainty = record.get("uncertainty_m")
    return EventRow(
        document_id="" if record.get("document_id") is None else str(record["document_id"]),
        latitude=lat, longitude=lon,
        geo_precision=None if precision in (None, "") else int(_number(precision, "geo_precision", where)),
        uncertainty_m=None if uncertainty in (None, "") else _number(uncertainty, "uncertainty_m", where),
        **text)


def corpus_kind(path: Path) -> str:
    """``csv``, ``parquet`` or ``jsonl``: from the file name, else from its first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".parquet"):
        return suffix[1:]
    if suffix in (".jsonl", ".geojsonl", ".ndjson"):
        return "jsonl"
    with open(path, "rb") as fh:
        head = fh.read(64)
    if head.startswith(b"PAR1"):
        return "parquet"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _check_columns(columns, name: str) -> None:
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InputError(f"{name} is not an events table (no {', '.join(missing)} column; "
                         "make one with geomap batch --format events-csv)")


def _csv_rows(path: Path, name: str):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        _check_columns(reader.fieldnames or (), name)
        for record in reader:
            yield make_row(record, f"{name} line {reader.line_num}")


def _parquet_rows(path: Path, name: str):
    from .events_table import require_pyarrow

    pa = require_pyarrow()
    try:
        table = pa.parquet.ParquetFile(str(path))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{name} is not a Parquet file ({exc})") from None
    names = table.schema_arrow.names
    _check_columns(names, name)
    columns = [c for c in REQUIRED + OPTIONAL if c in names]
    n = 0
    for batch in table.iter_batches(batch_size=10_000, columns=columns):
        for record in batch.to_pylist():
            n += 1
            yield make_row(record, f"{name} row {n}")


class _NoGazetteer:
    """Stands in for the gazetteer in :func:`geomap.events_table.event_rows`: the map needs no admin names."""

    def entry(self, source):
        raise KeyError(source)


def _jsonl_rows(path: Path, name: str):
    from .events_table import event_rows

    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{name} line {lineno}"
            if not raw.strip():
                continue
            try:
                fc = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                raise InputError(f"{where}: not JSON ({exc})") from None
            if not isinstance(fc, dict) or fc.get("type") != "FeatureCollection" or "geomap" not in fc:
                raise InputError(f"{where}: not a geomap FeatureCollection (make the corpus with "
                                 "geomap batch --format jsonl, or events-csv)")
            try:
                rows = event_rows(fc, _NoGazetteer())
            except (KeyError, TypeError, IndexError, ValueError) as exc:
                raise InputError(f"{where}: a malformed geomap FeatureCollection ({exc!r})") from None
            for record in rows:
                yield make_row(record, where)


def read_corpus(path) -> Iterator[EventRow]:
    """The rows of an events table or a batch JSONL file, streamed; unreadable input is an InputError."""
    from .atomic import printable

    path = Path(path)
    name = printable(str(path))
    if path.is_dir():
        raise InputError(f"{name} is a directory, not an events table")
    if not path.is_file():
        raise InputError(f"{name}: no such file")
    try:
        kind = corpus_kind(path)
        reader = {"csv": _csv_rows, "parquet": _parquet_rows, "jsonl": _jsonl_rows}[kind]
        yield from reader(path, name)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (bad byte at offset {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{name}: not a CSV table ({exc})") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
