"""Distances, bearings and zones in words, for names, popups and descriptions.

Imports no other geomap module, so both :mod:`geomap.feature_collection` and
:mod:`geomap.zone_sizes` can use it without importing each other.
"""
from __future__ import annotations

DESCRIBE = {
    "near": "near {a}", "outskirts": "on the outskirts of {a}", "outside": "just outside {a}",
    "direction": "{d} of {a}, distance not stated", "interior": "in the {d} of {a}",
    "between": "between {a} and {b}",
}
COMPASS_WORDS = ("north", "north-northeast", "north-east", "east-northeast", "east", "east-southeast",
                 "south-east", "south-southeast", "south", "south-southwest", "south-west", "west-southwest",
                 "west", "west-northwest", "north-west", "north-northwest")


def format_distance(metres: float) -> str:
    """Human form of a distance.

    >>> format_distance(700), format_distance(1000), format_distance(1500), format_distance(32186.9)
    ('700 m', '1 km', '1.5 km', '32.19 km')
    """
    if metres < 1000:
        return f"{metres:.0f} m"
    km = metres / 1000
    return f"{km:.2f}".rstrip("0").rstrip(".") + " km"


def compass_word(bearing: float) -> str:
    """The compass word for a bearing.

    >>> compass_word(315.0), compass_word(22.5)
    ('north-west', 'north-northeast')
    """
    return COMPASS_WORDS[int(((bearing % 360) + 11.25) // 22.5) % 16]


def describe(r, spec, anchor_name: str, anchor2_name: str | None = None) -> str:
    """The zone in words for popups: relation ``r`` drawn as ``spec`` (a :class:`geomap.zone_sizes.ZoneSpec`).

    >>> from geomap.model import Relation
    >>> from geomap.zone_sizes import ZoneSpec
    >>> r = Relation("a", "the grave", 700, 650, 750, None, None, "just", "700 meters from", 0, 10, 0)
    >>> describe(r, ZoneSpec("ring", 650, 750, None, None), "Soleimani's grave")
    "700 m from Soleimani's grave (650 m to 750 m), direction not stated"
    """
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
