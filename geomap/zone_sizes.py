"""How big "near", "on the outskirts of", "north of" are: the vague-terms table.

Sizes scale with the anchor's own radius ``r`` (its ``uncertainty_m``: a
city's outskirts are not a village's). The table is data: pass your own to
:func:`zone_for` (or ``geomap map --vague-table FILE.json``) to override any
row. Each row gives the shape and its radii as ``factor * r + metres``.

=========== ========== ============================== ============================== =========
term        shape      inner radius                   outer radius                   half-width
=========== ========== ============================== ============================== =========
near        disc       0                              2 r + 2 km                     --
outskirts   ring       0.7 r                          1.5 r + 1 km                   --
outside     ring       1.0 r                          1.5 r + 1 km                   --
direction   sector     1.0 r                          3 r + 10 km                    45 deg
interior    sector     0                              1.0 r                          45 deg
between     corridor   half-width 25% of the distance between the anchors, at least 1 km
=========== ========== ============================== ============================== =========

``direction`` is "north of X" (no distance), ``interior`` is "in the east of
X" / "eastern X".
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .model import Entry, Relation
from .wording import DESCRIBE, compass_word, describe  # noqa: F401  (importable from here, as before)

VAGUE_TABLE: dict[str, dict] = {
    "near": {"shape": "disc", "inner": [0.0, 0.0], "outer": [2.0, 2000.0]},
    "outskirts": {"shape": "ring", "inner": [0.7, 0.0], "outer": [1.5, 1000.0]},
    "outside": {"shape": "ring", "inner": [1.0, 0.0], "outer": [1.5, 1000.0]},
    "direction": {"shape": "sector", "inner": [1.0, 0.0], "outer": [3.0, 10000.0], "halfwidth": 45.0},
    "interior": {"shape": "sector", "inner": [0.0, 0.0], "outer": [1.0, 0.0], "halfwidth": 45.0},
    "between": {"shape": "corridor", "width_fraction": 0.25, "min_halfwidth_m": 1000.0},
}


def load_table(path: str | Path) -> dict[str, dict]:
    """A vague-terms table from JSON, merged over the default one.

    Every term, key and value is checked here, so a bad table is refused when
    it is read, whether or not the article uses the term it breaks.

    >>> import json, tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    >>> _ = f.write(json.dumps({"near": {"shape": "disc", "inner": [0, 0], "outer": [1, 500]}})); f.close()
    >>> load_table(f.name)["near"]["outer"], load_table(f.name)["outskirts"]["shape"]
    ([1.0, 500.0], 'ring')
    >>> os.unlink(f.name)
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read vague-terms table {path}: {' '.join(str(exc).split())}") from None
    try:
        return merge_table(data)
    except ValueError as exc:
        raise UsageError(f"vague-terms table {path}: {exc}") from None


# Per term: the shapes it may be drawn as (the terms with a bearing need a sector).
_SHAPES = {"near": ("disc", "ring"), "outskirts": ("disc", "ring"), "outside": ("disc", "ring"),
           "direction": ("sector",), "interior": ("sector",), "between": ("corridor",)}
_KEYS = {"disc": ("shape", "inner", "outer"), "ring": ("shape", "inner", "outer"),
         "sector": ("shape", "inner", "outer", "halfwidth"),
         "corridor": ("shape", "width_fraction", "min_halfwidth_m")}


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _number(where: str, value, low: float, high: float = math.inf, low_open: bool = False) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
        and (value > low if low_open else value >= low) and value <= high
    if not ok:
        bounds = f"{'>' if low_open else '>='} {low:g}" + (f" and <= {high:g}" if high < math.inf else "")
        raise ValueError(f"{where} must be a number {bounds}, not {_show(value)}")
    return float(value)


def _radius(where: str, value) -> list[float]:
    if not (isinstance(value, list) and len(value) == 2):
        raise ValueError(f"{where} must be [factor, metres] (radius = factor * r + metres), not {_show(value)}")
    return [_number(f"{where}[0]", value[0], 0), _number(f"{where}[1]", value[1], 0)]


def _check_row(term: str, row: dict) -> dict:
    """The merged row of ``term``, its values checked and made floats; ValueError says what is wrong."""
    shape = row["shape"]
    if shape not in _SHAPES[term]:
        raise ValueError(f"{term}.shape must be {' or '.join(_SHAPES[term])}, not {_show(shape)}")
    unknown = [k for k in row if k not in _KEYS[shape]]
    if unknown:
        raise ValueError(f"unknown key {term}.{unknown[0]} (a {shape} has {', '.join(_KEYS[shape])})")
    missing = [k for k in _KEYS[shape] if k not in row]
    if missing:
        raise ValueError(f"{term}: a {shape} needs {', '.join(missing)}")
    if shape == "corridor":
        return {"shape": shape, "width_fraction": _number(f"{term}.width_fraction", row["width_fraction"], 0, 1,
                                                          low_open=True),
                "min_halfwidth_m": _number(f"{term}.min_halfwidth_m", row["min_halfwidth_m"], 0)}
    out = {"shape": shape, "inner": _radius(f"{term}.inner", row["inner"]),
           "outer": _radius(f"{term}.outer", row["outer"])}
    (fi, mi), (fo, mo) = out["inner"], out["outer"]
    if fo < fi or mo < mi or (fo, mo) == (fi, mi):
        raise ValueError(f"{term}: outer {_show(row['outer'])} must be larger than inner {_show(row['inner'])}")
    if shape == "disc" and (fi, mi) != (0.0, 0.0):
        raise ValueError(f"{term}: a disc has no inner radius (inner must be [0, 0]; use a ring)")
    if shape == "sector":
        out["halfwidth"] = _number(f"{term}.halfwidth", row["halfwidth"], 0, 180, low_open=True)
    return out


def merge_table(data) -> dict[str, dict]:
    """``data`` (terms to partial rows, as in a ``--vague-table`` file) checked and merged over the default.

    >>> merge_table({"near": {"outer": [1, 500]}})["near"]
    {'shape': 'disc', 'inner': [0.0, 0.0], 'outer': [1.0, 500.0]}
    >>> merge_table({"near": {"shape": "hexagon"}})
    Traceback (most recent call last):
    ValueError: near.shape must be disc or ring, not "hexagon"
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object of terms ({', '.join(VAGUE_TABLE)}), not {_show(data)}")
    merged = {k: dict(v) for k, v in VAGUE_TABLE.items()}
    for term, row in data.items():
        if term not in VAGUE_TABLE:
            raise ValueError(f"unknown term {_show(term)} (known: {', '.join(VAGUE_TABLE)})")
        if not isinstance(row, dict):
            keys = ", ".join(_KEYS[VAGUE_TABLE[term]["shape"]])
            raise ValueError(f"{term} must be an object with some of {keys}, not {_show(row)}")
        merged[term].update(row)
        merged[term] = _check_row(term, merged[term])
    return merged


@dataclass(frozen=True)
class ZoneSpec:
    """The shape a relation describes around its anchor, in metres and degrees."""

    shape: str  # ring, disc, sector, corridor, band
    inner_m: float
    outer_m: float
    bearing_deg: float | None
    halfwidth_deg: float | None
    halfwidth_m: float | None = None  # corridors


def zone_for(r: Relation, anchor: Entry, anchor2: Entry | None = None, table: dict | None = None) -> ZoneSpec:
    """The zone a relation describes around ``anchor``."""
    t = table or VAGUE_TABLE
    if r.kind == "distance":
        if r.line:  # a band along the country's coast or border (geomap.line_bands)
            return ZoneSpec("band", r.inner_m, r.outer_m, r.bearing_deg, r.bearing_halfwidth_deg)
        if r.bearing_deg is None:
            return ZoneSpec("ring" if r.inner_m > 0 else "disc", r.inner_m, r.outer_m, None, None)
        return ZoneSpec("sector", r.inner_m, r.outer_m, r.bearing_deg, r.bearing_halfwidth_deg)
    if r.kind == "between":
        from .geometry import geodesic_m

        row = t["between"]
        length = geodesic_m(anchor.lat, anchor.lon, anchor2.lat, anchor2.lon)
        return ZoneSpec("corridor", 0.0, length, None, None,
                        max(row["width_fraction"] * length, row["min_halfwidth_m"]))
    row = t["direction" if r.kind == "direction" else r.term]
    radius = anchor.uncertainty_m
    inner = row["inner"][0] * radius + row["inner"][1]
    outer = row["outer"][0] * radius + row["outer"][1]
    if row["shape"] == "sector":
        return ZoneSpec("sector", inner, outer, r.bearing_deg, row["halfwidth"])
    return ZoneSpec(row["shape"], inner, outer, None, None)
