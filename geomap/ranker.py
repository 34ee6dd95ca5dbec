"""A learned candidate score: a linear model over features of each candidate in its document.

The weights live in ``data/ranker.tsv`` (feature, weight), written by
``scripts/train_ranker.py`` from the development corpora (LGL, GeoWebNews);
when the file is absent the resolver keeps its hand-set score. The features
follow Mordecai 3: population and its rank among the candidates, the place
type, whether the mention is the entry's own name (its main name, or the checked
alias a curated place was looked up by), an admin cue next to the mention ("Hall
County", "Georgia state"), whether the document names the candidate's country
or state, which share of the other mentions' first picks lie in its country and
state, how far it is from the nearest of them and how many other names lie near
it (for a region, sea or ocean: outside and within its radius). The hand score
itself is one feature, so the model learns corrections to it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Entry

# Place-type one-hots and "population outside the picks' countries" were tried and dropped: trained on
# LGL they learned local news's taste (a state over the capital "Washington", Mexico City over Mexico,
# London, Ontario over London) and cost GeoWebNews 1-1.4 points (benchmarks/RESULTS.md, #13).
FEATURES = ("hand", "prior", "prior_rank", "exact_name", "doc_country", "doc_admin1", "support", "pinned", "near",
            "share_country", "share_admin1", "log_km", "cue_match", "cue_mismatch", "near_names",
            "near_names_frac")
NEAR_NAMES_KM = 100.0
# Areas with a radius but no outline to test containment on (curated and GeoNames regions, seas, oceans):
# near what lies within their radius, not within NEAR_NAMES_KM of their point.
WIDE_TYPES = ("region", "sea", "ocean")
NO_PICK_LOG_KM = math.log10(1 + 20_000.0)  # no other place picked: as far as can be
_CUE_AFTER = re.compile(r"\s+(county|parish|borough|state|province|region|city)\b", re.I)
_CUE_BEFORE = re.compile(r"\b(county|state|province|city) of\s+$", re.I)
_CUE_TYPE = {"county": "admin2", "parish": "admin2", "borough": "admin2", "state": "admin1",
             "province": "admin1", "region": "admin1", "city": "city"}


def ranker_path() -> Path:
    """The shipped weights: ``data/ranker.tsv`` beside the gazetteer (in the package or the repo)."""
    from .geonames_store import data_dir

    return data_dir() / "ranker.tsv"


@lru_cache(maxsize=4)
def load_weights(path: Path | None = None) -> tuple[float, ...] | None:
    """The weights in :data:`FEATURES` order, or None when the file is absent (hand score)."""
    path = path or ranker_path()
    if not path.exists():
        return None
    weights: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("feature\t"):
            continue
        name, _, value = line.partition("\t")
        weights[name.strip()] = float(value)
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(f"{path}: unknown ranker features {sorted(unknown)}")
    return tuple(weights.get(f, 0.0) for f in FEATURES)


def admin_cue(text: str | None, start: int, end: int) -> str | None:
    """The division type a word next to the mention names: "Hall County" -> admin2."""
    if text is None:
        return None
    name = text[start:end].lower().split()
    if len(name) > 1 and name[-1] in _CUE_TYPE:
        return _CUE_TYPE[name[-1]]
    m = _CUE_AFTER.match(text, end, min(len(text), end + 12))
    if m:
        return _CUE_TYPE[m.group(1).lower()]
    m = _CUE_BEFORE.search(text, max(0, start - 12), start)
    return _CUE_TYPE[m.group(1).lower()] if m else None


@dataclass(frozen=True)
class Picks:
    """The first picks of the document's mentions, as evidence for each other."""

    by_name: dict  # candidate-set key -> the entries picked for mentions of that name
    points: tuple  # (key, lat, lon, ...) of each distinct pick (:func:`_point`)
    grid: "Grid"  # every candidate of every name, by place
    names: int  # how many distinct names have candidates
    inside: dict  # country or (country, admin1) -> the names with a candidate in it
    picked_inside: dict  # the same for the picks

    @staticmethod
    def _areas(pairs) -> dict:
        out: dict = {}
        for k, e in pairs:
            out.setdefault(e.country, set()).add(k)
            if e.admin1:
                out.setdefault((e.country, e.admin1), set()).add(k)
        return out

    @classmethod
    def of(cls, keys: list, first: list[Entry | None], cands: list[list[Entry]]) -> "Picks":
        by_name: dict = {}
        for key, e in zip(keys, first):
            if e is not None:
                by_name.setdefault(key, []).append(e)
        points = {(k, e.source): (k, e.lat, e.lon) for k, es in by_name.items() for e in es}
        grid = Grid(_point(*p) for p in {(k, e.source): (k, e.lat, e.lon) for k, opts in zip(keys, cands)
                                         for e in opts}.values())
        return cls(by_name, tuple(_point(*p) for p in points.values()), grid, len({k for k, opts in zip(keys, cands) if opts}),
                   cls._areas((k, e) for k, opts in zip(keys, cands) for e in opts),
                   cls._areas((k, e) for k, es in by_name.items() for e in es))

    def shares(self, key) -> tuple[Counter, Counter, int]:
        """Countries and states of the other names' picks, and how many picks."""
        countries: Counter = Counter()
        states: Counter = Counter()
        n = 0
        for k, es in self.by_name.items():
            if k == key:
                continue
            for e in es:
                n += 1
                countries[e.country] += 1
                states[(e.country, e.admin1)] += 1
        return countries, states, n

    def near_names(self, key, e: Entry) -> int:
        """How many other names of the document have a candidate within ``NEAR_NAMES_KM`` of ``e``
        (inside it, for a country or a state: an area's point is not where its towns are)."""
        area = _area(e)
        if area is not None:
            return len(self.inside.get(area, set()) - {key})
        if e.place_type in WIDE_TYPES:  # a region or a sea holds what lies within its radius
            reach = max(NEAR_NAMES_KM, e.uncertainty_m / 1000.0)
            return len(_keys_within(self.grid.points(), key, e.lat, e.lon, reach))
        return len(_keys_within(self.grid.around(e.lat, e.lon), key, e.lat, e.lon, NEAR_NAMES_KM))

    def log_km(self, key, e: Entry) -> float:
        area = _area(e)
        if area is not None and self.picked_inside.get(area, set()) - {key}:
            return 0.0  # another name's pick lies inside this country or state
        near = _nearest_km(self.points, key, e.lat, e.lon)
        if near is not None and e.place_type in WIDE_TYPES:  # a pick within a region's radius is in it
            near = max(0.0, near - e.uncertainty_m / 1000.0)
        return NO_PICK_LOG_KM if near is None else math.log10(1 + near)


def _point(key, lat: float, lon: float) -> tuple:
    """A point of :func:`_keys_within` and :func:`_nearest_km`: (key, lat, lon, its latitude in radians and
    that latitude's cosine), the terms of the haversine that depend on the point alone, computed once per
    point rather than once per candidate the point is measured from."""
    p1 = math.radians(lat)
    return key, lat, lon, p1, math.cos(p1)


def _keys_within(points, key, lat: float, lon: float, reach_km: float) -> set:
    """The keys other than ``key`` of the ``points`` (:func:`_point`) within ``reach_km`` of ``(lat, lon)`` by
    :func:`geomap.geometry.great_circle_km`, its arithmetic inlined (asked for every candidate).

    >>> sorted(_keys_within([_point("a", 0.0, 1.0), _point("b", 0.0, 3.0), _point("c", 0.0, 0.5)], "c", 0.0, 0.0, 200.0))
    ['a']
    """
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    p2 = radians(lat)
    c2 = cos(p2)
    found = set()
    for k, _, plon, p1, cos_p1 in points:
        if k == key or k in found:
            continue
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * c2 * sin(radians(lon - plon) / 2) ** 2
        if 2 * 6371.0 * asin(min(1.0, sqrt(a))) <= reach_km:
            found.add(k)
    return found


def _nearest_km(points, key, lat: float, lon: float) -> float | None:
    """The least :func:`geomap.geometry.great_circle_km` from ``(lat, lon)`` to the ``points`` (:func:`_point`)
    of other keys than ``key``, or None: the same arithmetic inlined (the ranker asks it for every candidate),
    and the haversine's last steps taken once, on the least term, which they preserve exactly.

    >>> pts = (_point("a", 0.0, 1.0), _point("b", 0.0, 3.0), _point("c", 0.0, 0.5))
    >>> round(_nearest_km(pts, "c", 0.0, 0.0), 2), _nearest_km(pts[:1], "a", 0.0, 0.0) is None
    (111.19, True)
    """
    radians, sin, cos = math.radians, math.sin, math.cos
    p2 = radians(lat)
    c2 = cos(p2)
    least = None
    for k, _, plon, p1, cos_p1 in points:
        if k == key:
            continue
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * c2 * sin(radians(lon - plon) / 2) ** 2
        if least is None or a < least:
            least = a
    return None if least is None else 2 * 6371.0 * math.asin(min(1.0, math.sqrt(least)))


def _area(e: Entry):
    """The key of :attr:`Picks.inside` for a country or a state, None for other places."""
    if e.place_type == "country" and e.country:
        return e.country
    if e.place_type == "admin1" and e.admin1:
        return (e.country, e.admin1)
    return None


class Grid:
    """Points (key, lat, lon, ...: :func:`_point`) in cells of ``CELL_DEG``: those around a place, cheaply."""

    CELL_DEG = 2.0

    def __init__(self, points) -> None:
        self._cells: dict[tuple[int, int], list] = {}
        for p in points:
            self._cells.setdefault((math.floor(p[1] / self.CELL_DEG), math.floor(p[2] / self.CELL_DEG)), []).append(p)

    def points(self):
        for cell in self._cells.values():
            yield from cell

    def around(self, lat: float, lon: float):
        row, col = math.floor(lat / self.CELL_DEG), math.floor(lon / self.CELL_DEG)
        reach = 1 if abs(lat) < 60 else 3 if abs(lat) < 80 else 90
        for r in range(row - 1, row + 2):
            for c in range(col - reach, col + reach + 1):
                yield from self._cells.get((r, (c + 90) % 180 - 90), ())


def feature_rows(options: list[Entry], hand: list[float], context: dict) -> list[list[float]]:
    """One feature row per candidate (in :data:`FEATURES` order).

    ``context``: ``prior`` (per candidate, :func:`geomap.resolve.prior`),
    ``countries``/``admin1s`` (the document's unambiguous names), ``support``
    (per-candidate division support), ``pinned``/``near`` (per-candidate flags), ``picks``
    (:class:`Picks`), ``key`` (this name's candidate set), ``name`` (the mention, normalised)
    and ``cue`` (:func:`admin_cue`).
    """
    from .names import normalize

    priors = context["prior"]
    order = sorted(range(len(options)), key=lambda i: (-priors[i], i))
    rank = {i: r for r, i in enumerate(order)}
    picks: Picks = context["picks"]
    countries, states, n = picks.shares(context["key"])
    cue = context["cue"]
    near = [picks.near_names(context["key"], e) for e in options]
    others = max(picks.names - 1, 1)
    rows = []
    for i, e in enumerate(options):
        share_c = countries.get(e.country, 0) / n if n else 0.0
        share_a = states.get((e.country, e.admin1), 0) / n if n and e.admin1 else 0.0
        typed = "city" if e.place_type == "capital" else e.place_type
        rows.append([hand[i], priors[i], math.log2(1 + rank[i]),
                     float(_own_name(e, context["name"])),
                     float(bool(e.country and context["countries"].get(e.country))
                           or (not e.country and e.place_type in WIDE_TYPES and near[i] > 0)),
                     float(bool(e.admin1 and context["admin1s"].get((e.country, e.admin1)))),
                     float(context["support"][i]), float(context["pinned"][i]), float(context["near"][i]),
                     share_c, share_a, picks.log_km(context["key"], e),
                     float(cue is not None and cue == typed), float(cue is not None and cue != typed),
                     min(near[i], 3), near[i] / others])
    return rows


def _own_name(e: Entry, name: str) -> bool:
    """Whether the mention is one of the place's own names: its main name, or, for a curated place, the
    hand-checked name or alias it was looked up by ("Atlantic" for the Atlantic Ocean, "Mideast")."""
    return e.source.startswith("curated:") or _normalized(e.name) == name


@lru_cache(maxsize=1 << 16)  # candidates' names recur across mentions and articles
def _normalized(name: str) -> str:
    from .names import normalize

    return normalize(name)


def linear(weights: tuple[float, ...], row: list[float]) -> float:
    return sum(w * f for w, f in zip(weights, row))


def document_view(mentions: list, keys: list[tuple], first: list[Entry | None], text: str | None, cands):
    """Per mention index, what the ranker sees beyond the candidates (the ``context`` of
    :func:`feature_rows` less what :mod:`geomap.resolve` adds)."""
    from .names import normalize

    picks = Picks.of(keys, first, cands)

    def view(i: int) -> dict:
        m = mentions[i]
        return {"picks": picks, "key": keys[i], "name": normalize(m.text), "cue": admin_cue(text, m.start, m.end)}
    return view
