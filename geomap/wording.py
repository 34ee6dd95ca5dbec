"""Distances, bearings and zones in words, for names, popups and descriptions.

Imports only :mod:`geomap.relation_patterns` (which imports nothing of geomap), so both :mod:`geomap.feature_collection` and
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


def stated_distance(r) -> str:
    """The distance of relation ``r`` in the text's own unit and figure: "50 miles (80 km)", "10-15 km",
    "a half mile", "110 miles by road"; never a re-expressed "80.47 km". Falls back to :func:`format_distance`.

    >>> from geomap.model import Relation
    >>> r = Relation("a", "Miami", 80467.2, 78000, 83000, 90.0, 22.5, "about", "about 50 miles (80 km) east of", 0, 31, 0)
    >>> stated_distance(r)
    '50 miles (80 km)'
    """
    from .relation_patterns import DISTANCE_RE

    m = DISTANCE_RE.match(r.text or "")
    if m is None:
        return format_distance(r.distance_m)
    start = min(p for p in (m.start("lo"), m.start("lo2"), m.start("lo3"), m.start("num")) if p >= 0)
    if m.group("lo") is not None:
        start = m.start() + m.group(0).lower().find("between", 0, m.start("lo") - m.start())
    end = m.end("route") if m.group("route") else m.end("conv") if m.group("conv") else m.end("unit")
    return " ".join(m.string[start:end].replace(",,", ",").split()).rstrip(",")


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
    "700 meters from Soleimani's grave (650 m to 750 m), direction not stated"
    """
    if r.kind == "distance":
        span = (f"up to {format_distance(spec.outer_m)}" if spec.inner_m == 0 else
                f"{format_distance(spec.inner_m)} to {format_distance(spec.outer_m)}")
        direction = ("direction not stated" if r.bearing_deg is None else
                     f"towards {r.bearing_deg:g}\u00b0 \u00b1{r.bearing_halfwidth_deg:g}\u00b0")
        return f"{stated_distance(r)} from {anchor_name} ({span}), {direction}"
    direction = compass_word(r.bearing_deg) if r.bearing_deg is not None else ""
    words = DESCRIBE["direction" if r.kind == "direction" else (r.term or r.kind)]
    text = words.format(a=anchor_name, b=anchor2_name, d=direction)
    if spec.shape != "corridor":
        text += f" (drawn {format_distance(spec.inner_m)} to {format_distance(spec.outer_m)} from its centre)"
    return text
