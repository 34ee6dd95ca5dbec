"""The corpus map's data: event rows aggregated by place and by day (or week, or month).

Rows arrive one by one (:func:`geomap.corpus_read.read_corpus`) and are
counted, never kept: what the page carries is bounded whatever the corpus
size.

- **Places**: rows at the same point (to 1e-5 degree) with the same location
  name are one marker with a count. At most :data:`MAX_PLACES` markers: above
  that, the places with the most rows are kept and the others are counted in
  the page's note and a warning (never silently dropped).
- **Time**: a row's bucket is the day of its ``date`` (an ISO date, or the
  date part of an ISO timestamp); by week (Monday) when the corpus spans more
  than :data:`MAX_STEPS` days or has more than :data:`MAX_CELLS` place-days,
  by month beyond that. Rows without a usable date are "undated": always
  shown, counted apart.
- **Evidence**: each place keeps up to :data:`QUOTES_PER_CELL` quotes
  (document id, date, source, event, the sentence cut to
  :data:`EVIDENCE_CHARS` characters) per time bucket, and the page at most
  :data:`MAX_QUOTES` in all, first come first kept; a popup says how many rows
  it does not quote.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import parse_date

MAX_PLACES = 20_000
MAX_CELLS = 100_000
MAX_STEPS = 400
QUOTES_PER_CELL = 3
MAX_QUOTES = 10_000
EVIDENCE_CHARS = 400


@dataclass(frozen=True)
class CorpusData:
    """What the corpus page draws; every sequence in a fixed (input) order, so the page is deterministic."""

    unit: str  # "day", "week" or "month"
    buckets: tuple[str, ...]  # the first day of each step, ISO, consecutive
    places: tuple[tuple, ...]  # (lat, lon, name, country, geo_precision, uncertainty_m)
    cells: tuple[tuple[int, int, int], ...]  # (place, bucket or -1 undated, rows)
    quotes: tuple[tuple, ...]  # (place, bucket or -1, document_id, date, source, event, evidence)
    rows: int
    documents: int
    undated_rows: int
    undated_documents: int
    dropped_places: int
    dropped_rows: int

    def as_json(self) -> dict:
        return {"unit": self.unit, "buckets": list(self.buckets), "places": [list(p) for p in self.places],
                "cells": [list(c) for c in self.cells], "quotes": [list(q) for q in self.quotes],
                "stats": {"rows": self.rows, "documents": self.documents, "undated_rows": self.undated_rows,
                          "undated_documents": self.undated_documents, "dropped_places": self.dropped_places,
                          "dropped_rows": self.dropped_rows}}


def _bucket(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _steps(first: dt.date, last: dt.date, unit: str) -> list[dt.date]:
    out, day = [], _bucket(first, unit)
    while day <= last:
        out.append(day)
        day = (day + dt.timedelta(days=7 if unit == "week" else 1) if unit != "month"
               else (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1))
    return out


class _Counter:
    """The streaming aggregation."""

    def __init__(self):
        self.places: dict[tuple, int] = {}
        self.info: list[tuple] = []
        self.counts: list[int] = []
        self.days: dict[tuple[int, dt.date | None], int] = {}
        self.quotes: list[tuple] = []
        self.per_cell: dict[tuple[int, dt.date | None], list] = {}  # the (document, sentence) pairs quoted
        self.documents: dict[str, bool] = {}  # id -> has a date
        self.rows = 0

    def add(self, row) -> None:
        key = (round(row.latitude, 5), round(row.longitude, 5), row.location)
        index = self.places.get(key)
        if index is None:
            index = self.places[key] = len(self.info)
            self.info.append((key[0], key[1], row.location, row.country, row.geo_precision,
                              None if row.uncertainty_m is None else round(row.uncertainty_m)))
            self.counts.append(0)
        self.counts[index] += 1
        self.rows += 1
        day = parse_date(row.date)
        self.documents[row.document_id] = self.documents.get(row.document_id, False) or day is not None
        cell = (index, day)
        self.days[cell] = self.days.get(cell, 0) + 1
        quoted = self.per_cell.setdefault(cell, [])
        if len(self.quotes) < MAX_QUOTES and len(quoted) < QUOTES_PER_CELL:
            evidence = _cut(row.evidence)
            if (row.document_id, evidence) not in quoted:  # a sentence naming the place twice: one quote
                quoted.append((row.document_id, evidence))
                self.quotes.append((index, day, row.document_id, row.date, row.source, row.event, evidence))


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1].rstrip() + "\u2026"


def _unit(days: dict, kept: set) -> str:
    """The finest step that keeps the slider and the drawn places' cells within bounds."""
    days = {(p, d): n for (p, d), n in days.items() if p in kept}
    dated = [d for _, d in days if d is not None]
    if not dated:
        return "day"
    first, last = min(dated), max(dated)
    for unit in ("day", "week"):
        cells = {(p, _bucket(d, unit)) for p, d in days if d is not None}
        if len(_steps(first, last, unit)) <= MAX_STEPS and len(cells) <= MAX_CELLS:
            return unit
    return "month"


def _kept_places(counts: list[int]) -> list[int]:
    """Indices of the places drawn: all, or the MAX_PLACES with the most rows, in input order."""
    if len(counts) <= MAX_PLACES:
        return list(range(len(counts)))
    ranked = sorted(range(len(counts)), key=lambda i: (-counts[i], i))[:MAX_PLACES]
    return sorted(ranked)


def aggregate(rows) -> CorpusData:
    """The :class:`CorpusData` of an iterable of :class:`~geomap.corpus_read.EventRow`."""
    c = _Counter()
    for row in rows:
        c.add(row)
    kept = _kept_places(c.counts)
    unit = _unit(c.days, set(kept))
    dated = sorted({d for p, d in c.days if d is not None})
    steps = _steps(dated[0], dated[-1], unit) if dated else []
    step_index = {s: i for i, s in enumerate(steps)}
    new_index = {old: new for new, old in enumerate(kept)}

    def bucket(day):
        return -1 if day is None else step_index[_bucket(day, unit)]

    cells: dict[tuple[int, int], int] = {}
    for (place, day), n in c.days.items():
        if place in new_index:
            key = (new_index[place], bucket(day))
            cells[key] = cells.get(key, 0) + n
    quotes = tuple((new_index[q[0]], bucket(q[1])) + q[2:] for q in c.quotes if q[0] in new_index)
    return CorpusData(
        unit=unit, buckets=tuple(s.isoformat() for s in steps), places=tuple(c.info[i] for i in kept),
        cells=tuple((p, b, n) for (p, b), n in sorted(cells.items())), quotes=quotes, rows=c.rows,
        documents=len(c.documents), undated_rows=sum(n for (_, d), n in c.days.items() if d is None),
        undated_documents=sum(1 for has_date in c.documents.values() if not has_date),
        dropped_places=len(c.counts) - len(kept),
        dropped_rows=sum(c.counts) - sum(c.counts[i] for i in kept))
