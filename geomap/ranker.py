"""A learned candidate score: a linear model over features of each candidate in its document.

The weights live in ``data/ranker.tsv`` (feature, weight), written by
``scripts/train_ranker.py`` from the development corpora (LGL, GeoWebNews);
when the file is absent the resolver keeps its hand-set score. The features
follow Mordecai 3: population and its rank among the candidates, the place
type, whether the mention is the entry's main name, an admin cue next to the
mention ("Hall County", "Georgia state"), whether the document names the
candidate's country or state, which share of the other mentions' first picks
lie in its country and state, and how far it is from the nearest of them. The
hand score itself is one feature, so the model learns corrections to it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .feature_store import FEATURE_PREFIX
from .geometry import great_circle_km
from .model import Entry

FEATURES = ("hand", "log_pop", "t_country", "t_admin1", "t_admin2", "t_city", "t_capital", "t_feature", "t_area",
            "prior_rank", "exact_name", "doc_country", "doc_admin1", "support", "pinned", "near",
            "share_country", "share_admin1", "log_km", "cue_match", "cue_mismatch", "foreign_pop")
AREA_TYPES = ("continent", "sea", "ocean", "region", "strait", "canal", "landmark")
NO_PICK_LOG_KM = math.log10(1 + 20_000.0)  # no other place picked: as far as can be
_CUE_AFTER = re.compile(r"\s+(county|parish|borough|state|province|region|city)\b", re.I)
_CUE_BEFORE = re.compile(r"\b(county|state|province|city) of\s+$", re.I)
_CUE_TYPE = {"county": "admin2", "parish": "admin2", "borough": "admin2", "state": "admin1",
             "province": "admin1", "region": "admin1", "city": "city"}


def ranker_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "ranker.tsv"


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
    points: tuple  # (key, lat, lon) of each distinct pick

    @classmethod
    def of(cls, keys: list, first: list[Entry | None]) -> "Picks":
        by_name: dict = {}
        for key, e in zip(keys, first):
            if e is not None:
                by_name.setdefault(key, []).append(e)
        points = {(k, e.source): (k, e.lat, e.lon) for k, es in by_name.items() for e in es}
        return cls(by_name, tuple(points.values()))

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

    def log_km(self, key, e: Entry) -> float:
        near = min((great_circle_km(lat, lon, e.lat, e.lon) for k, lat, lon in self.points if k != key),
                   default=None)
        return NO_PICK_LOG_KM if near is None else math.log10(1 + near)


def _type_row(e: Entry) -> list[float]:
    feature = e.source.startswith(FEATURE_PREFIX)
    t = e.place_type
    return [float(t == "country"), float(t == "admin1"), float(t == "admin2"), float(t == "city" and not feature),
            float(t == "capital"), float(feature), float(t in AREA_TYPES)]


def feature_rows(options: list[Entry], hand: list[float], context: dict) -> list[list[float]]:
    """One feature row per candidate (in :data:`FEATURES` order).

    ``context``: ``countries``/``admin1s`` (the document's unambiguous names), ``support``
    (per-candidate division support), ``pinned``/``near`` (per-candidate flags), ``picks``
    (:class:`Picks`), ``key`` (this name's candidate set), ``name`` (the mention, normalised)
    and ``cue`` (:func:`admin_cue`).
    """
    from .names import normalize
    from .resolve import prior

    order = sorted(range(len(options)), key=lambda i: (-prior(options[i]), i))
    rank = {i: r for r, i in enumerate(order)}
    picks: Picks = context["picks"]
    countries, states, n = picks.shares(context["key"])
    cue = context["cue"]
    rows = []
    for i, e in enumerate(options):
        log_pop = math.log10(max(e.population, 0) + 10)
        share_c = countries.get(e.country, 0) / n if n else 0.0
        share_a = states.get((e.country, e.admin1), 0) / n if n and e.admin1 else 0.0
        typed = "city" if e.place_type == "capital" else e.place_type
        rows.append([hand[i], log_pop, *_type_row(e), math.log2(1 + rank[i]),
                     float(normalize(e.name) == context["name"]),
                     float(bool(e.country and context["countries"].get(e.country))),
                     float(bool(e.admin1 and context["admin1s"].get((e.country, e.admin1)))),
                     float(context["support"][i]), float(context["pinned"][i]), float(context["near"][i]),
                     share_c, share_a, picks.log_km(context["key"], e),
                     float(cue is not None and cue == typed), float(cue is not None and cue != typed),
                     log_pop * (share_c == 0.0)])
    return rows


def linear(weights: tuple[float, ...], row: list[float]) -> float:
    return sum(w * f for w, f in zip(weights, row))
