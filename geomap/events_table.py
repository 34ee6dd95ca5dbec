"""The events table: one row per incident event or incident place of each document.

The columns event datasets (ACLED, GDELT) use, so that a corpus opens in
pandas, R or QGIS as it is:

========================  =============================================================
``document_id``           the input line's ``id``
``date``                  the input line's ``date`` (as given), or empty
``kind``                  ``event`` (a located incident: "700 m from X") or ``place``
``event``                 the event's label ("first explosion") or empty
``location``              the place's name; for an event, its anchor's
``admin1``                the first-level division (state, province) holding it, or empty
``admin2``                the second-level division, when the place is one; else empty
                          (the gazetteer does not record which county holds a town)
``country``               ISO 3166-1 alpha-2
``latitude, longitude``   the place's point; for an event its best-guess point when the
                          text gives a distance and a direction, else its anchor's point
``geo_precision``         1 site or town, 2 near a town or part of a region, 3 large region
``uncertainty_m``         the truth lies within this many metres of the point (for an event:
                          the whole event area, the anchor's own uncertainty included)
``evidence``              the sentence the place or event was read from
``source``                the input line's ``source`` (outlet or URL), or empty
``place_source``          the gazetteer record (``geonames:128234``, ``curated:...``)
``feature_id``            the feature's ``id`` in the document's FeatureCollection
========================  =============================================================

Context places (merely mentioned) are not rows: the table says where things
happened. ``events-parquet`` is GeoParquet 1.0 (a WKB point column,
``geometry``), so QGIS shows it as points and pandas reads it as a table.
"""
from __future__ import annotations

import csv
import io
import json

COLUMNS = ("document_id", "date", "kind", "event", "location", "admin1", "admin2", "country", "latitude",
           "longitude", "geo_precision", "uncertainty_m", "evidence", "source", "place_source", "feature_id")


def _admin(entry, gazetteer) -> tuple[str | None, str | None]:
    """(admin1 name, admin2 name) of a gazetteer entry, None where unknown."""
    if entry.place_type == "admin1":
        return entry.name, None
    if entry.place_type == "admin2":
        admin2 = entry.name
    else:
        admin2 = None
    if not entry.admin1 and entry.container:
        try:
            entry = gazetteer.entry(entry.container)
        except KeyError:
            return None, admin2
    division = gazetteer.division_of(entry)
    return (division.name if division else None), admin2


def _entry(source: str, gazetteer):
    try:
        return gazetteer.entry(source)
    except KeyError:  # e.g. a user-supplied place: its own name, no divisions
        return None


def _sentence(fc: dict, props: dict) -> str | None:
    evidence = props.get("evidence") or []
    if not evidence:
        return None
    return fc["geomap"]["sentences"][evidence[0]["sentence"]]["text"]


def event_rows(fc: dict, gazetteer) -> list[dict]:
    """The rows of one document's FeatureCollection (as made by :func:`geomap.batch.document_collection`)."""
    article = fc["geomap"]["article"]
    places = {f["properties"]["id"]: f for f in fc["features"] if f["properties"]["kind"] == "place"}
    rows = []
    for f in fc["features"]:
        p = f["properties"]
        if p["role"] != "incident" or p["kind"] not in ("place", "event"):  # zones and areas are no events
            continue
        place = f if p["kind"] == "place" else places[p["anchor"]]
        pp = place["properties"]
        lon, lat = p.get("best_guess") or place["geometry"]["coordinates"]
        entry = _entry(pp["source"], gazetteer)
        admin1, admin2 = _admin(entry, gazetteer) if entry else (None, None)
        rows.append({
            "document_id": None if fc.get("id") is None else str(fc["id"]), "date": article.get("date"),
            "kind": p["kind"], "event": p.get("label") if p["kind"] == "event" else None,
            "location": pp["name"], "admin1": admin1, "admin2": admin2, "country": pp["country"],
            "latitude": lat, "longitude": lon, "geo_precision": p["precision"],
            "uncertainty_m": p["uncertainty_m"], "evidence": _sentence(fc, p),
            "source": article.get("source"), "place_source": pp["source"], "feature_id": p["id"],
        })
    return rows


def _cell(value):
    return "" if value is None else value if isinstance(value, (str, int, float)) else json.dumps(value)


class CsvTable:
    """Rows to CSV text (RFC 4180, a header first); :meth:`text` returns what is ready."""

    def __init__(self):
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer)
        self._writer.writerow(COLUMNS)

    def add(self, rows: list[dict]) -> None:
        self._writer.writerows([_cell(r[c]) for c in COLUMNS] for r in rows)

    def text(self) -> str:
        out = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return out


def require_pyarrow():
    """pyarrow, or a usage error saying how to install it."""
    from .errors import UsageError

    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError("--format events-parquet needs pyarrow: pip install 'geomap[parquet]'") from None
    return pyarrow


def _schema(pa):
    strings = {"document_id", "date", "kind", "event", "location", "admin1", "admin2", "country", "evidence",
               "source", "place_source", "feature_id"}
    types = {"latitude": pa.float64(), "longitude": pa.float64(), "geo_precision": pa.int8(),
             "uncertainty_m": pa.float64()}
    fields = [pa.field(c, pa.string() if c in strings else types[c]) for c in COLUMNS]
    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}}}
    return pa.schema(fields + [pa.field("geometry", pa.binary())], metadata={"geo": json.dumps(geo)})


def _wkb_point(lon: float, lat: float) -> bytes:
    import struct

    return struct.pack("<BIdd", 1, 1, lon, lat)


class ParquetTable:
    """Rows streamed into a GeoParquet file: a row group every ``group`` rows, memory bounded."""

    def __init__(self, path, group: int = 50_000):
        pa = require_pyarrow()
        self._pa = pa
        self._schema = _schema(pa)
        self._writer = pa.parquet.ParquetWriter(str(path), self._schema, compression="zstd")
        self._rows: list[dict] = []
        self._group = group

    def add(self, rows: list[dict]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= self._group:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = {c: [r[c] for r in self._rows] for c in COLUMNS}
        columns["geometry"] = [_wkb_point(r["longitude"], r["latitude"]) for r in self._rows]
        self._writer.write_table(self._pa.Table.from_pydict(columns, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
