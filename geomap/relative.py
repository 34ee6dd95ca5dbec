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
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Entry, Relation

VAGUE_TABLE: dict[str, dict] = {
    "near": {"shape": "disc", "inner": [0.0, 0.0], "outer": [2.0, 2000.0]},
    "outskirts": {"shape": "ring", "inner": [0.7, 0.0], "outer": [1.5, 1000.0]},
    "outside": {"shape": "ring", "inner": [1.0, 0.0], "outer": [1.5, 1000.0]},
    "direction": {"shape": "sector", "inner": [1.0, 0.0], "outer": [3.0, 10000.0], "halfwidth": 45.0},
    "interior": {"shape": "sector", "inner": [0.0, 0.0], "outer": [1.0, 0.0], "halfwidth": 45.0},
    "between": {"shape": "corridor", "width_fraction": 0.25, "min_halfwidth_m": 1000.0},
}
DESCRIBE = {
    "near": "near {a}", "outskirts": "on the outskirts of {a}", "outside": "just outside {a}",
    "direction": "{d} of {a}, distance not stated", "interior": "in the {d} of {a}",
    "between": "between {a} and {b}",
}


def load_table(path: str | Path) -> dict[str, dict]:
    """A vague-terms table from JSON, merged over the default one.

    >>> import json, tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    >>> _ = f.write(json.dumps({"near": {"shape": "disc", "inner": [0, 0], "outer": [1, 500]}})); f.close()
    >>> load_table(f.name)["near"]["outer"], load_table(f.name)["outskirts"]["shape"]
    ([1, 500], 'ring')
    >>> os.unlink(f.name)
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read vague-terms table {path}: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) and k in VAGUE_TABLE for k, v in data.items()):
        raise InputError(f"vague-terms table {path}: expected an object with keys among {', '.join(VAGUE_TABLE)}")
    merged = {k: dict(v) for k, v in VAGUE_TABLE.items()}
    for k, v in data.items():
        merged[k].update(v)
    return merged


@dataclass(frozen=True)
class ZoneSpec:
    """The shape a relation describes around its anchor, in metres and degrees."""

    shape: str  # ring, disc, sector, corridor
    inner_m: float
    outer_m: float
    bearing_deg: float | None
    halfwidth_deg: float | None
    halfwidth_m: float | None = None  # corridors


def zone_for(r: Relation, anchor: Entry, anchor2: Entry | None = None, table: dict | None = None) -> ZoneSpec:
    """The zone a relation describes around ``anchor``."""
    t = table or VAGUE_TABLE
    if r.kind == "distance":
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
    radius = anchor.radius_m
    inner = row["inner"][0] * radius + row["inner"][1]
    outer = row["outer"][0] * radius + row["outer"][1]
    if row["shape"] == "sector":
        return ZoneSpec("sector", inner, outer, r.bearing_deg, row["halfwidth"])
    return ZoneSpec(row["shape"], inner, outer, None, None)


def describe(r: Relation, spec: ZoneSpec, anchor_name: str, anchor2_name: str | None = None) -> str:
    """The zone in words for popups.

    >>> r = Relation("a", "the grave", 700, 650, 750, None, None, "just", "700 meters from", 0, 10, 0)
    >>> describe(r, ZoneSpec("ring", 650, 750, None, None), "Soleimani's grave")
    "700 m from Soleimani's grave (650 m to 750 m), direction not stated"
    """
    from .features import format_distance

    if r.kind == "distance":
        span = (f"up to {format_distance(spec.outer_m)}" if spec.inner_m == 0 else
                f"{format_distance(spec.inner_m)} to {format_distance(spec.outer_m)}")
        direction = ("direction not stated" if r.bearing_deg is None else
                     f"towards {r.bearing_deg:g}\u00b0 \u00b1{r.bearing_halfwidth_deg:g}\u00b0")
        return f"{format_distance(r.distance_m)} from {anchor_name} ({span}), {direction}"
    direction = compass_word(r.bearing_deg) if r.bearing_deg is not None else ""
    words = DESCRIBE["direction" if r.kind == "direction" else (r.term or r.kind)]
    text = words.format(a=anchor_name, b=anchor2_name, d=direction)
    if spec.shape != "corridor":
        text += f" (drawn {format_distance(spec.inner_m)} to {format_distance(spec.outer_m)} from its centre)"
    return text


def compass_word(bearing: float) -> str:
    """The compass word for a bearing.

    >>> compass_word(315.0), compass_word(22.5)
    ('north-west', 'north-northeast')
    """
    names = ["north", "north-northeast", "north-east", "east-northeast", "east", "east-southeast",
             "south-east", "south-southeast", "south", "south-southwest", "south-west", "west-southwest",
             "west", "west-northwest", "north-west", "north-northwest"]
    return names[int(((bearing % 360) + 11.25) // 22.5) % 16]
