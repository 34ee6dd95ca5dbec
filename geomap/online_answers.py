"""What an online geocoder's answer says, checked: an answer that is an error
or malformed is an :class:`AnswerError`, never "not found" and never 0,0.

The error classes are geopy ``GeocoderParseError`` s, so they pass through
geopy's geocoders unchanged; ``describe`` turns one into the user's message.
"""
from __future__ import annotations

import math

from geopy.exc import GeocoderParseError


class AnswerError(GeocoderParseError):
    """The service answered, but not with something usable."""

    template = "{name} sent an unusable answer for {query!r}: {detail}"

    def describe(self, name: str, query: str) -> str:
        return self.template.format(name=name, query=query, detail=str(self))


class ErrorAnswer(AnswerError):
    """The answer is the service's error object (``{"error": ...}``)."""

    template = "{name} answered with an error for {query!r}: {detail}"


class MalformedAnswer(AnswerError):
    template = "{name} sent a malformed answer for {query!r}: {detail}"


class AnswerTooLarge(AnswerError):
    template = "{name}'s answer for {query!r} is {detail}"


def check_json(data, service: str) -> None:
    """Raise :class:`AnswerError` unless ``data`` is a usable answer of ``service``."""
    if isinstance(data, dict) and "error" in data:
        err = data["error"]
        detail = err.get("message") or err.get("code") if isinstance(err, dict) else err
        raise ErrorAnswer(" ".join(str(detail).split())[:200] or "(no message)")
    if service != "nominatim":
        return
    if not isinstance(data, list):
        raise MalformedAnswer(f"expected a list of places, got {type(data).__name__}")
    for i, place in enumerate(data, 1):
        if not isinstance(place, dict):
            raise MalformedAnswer(f"place {i} is not an object")
        coordinate(place.get("lat"), 90, f"place {i}'s latitude")
        coordinate(place.get("lon"), 180, f"place {i}'s longitude")


def coordinate(value, limit: float, what: str) -> float:
    """``value`` as a finite number within ±``limit``, or MalformedAnswer.

    >>> coordinate("30.28", 90, "lat")
    30.28
    >>> coordinate(None, 90, "place 1's latitude")
    Traceback (most recent call last):
    geomap.online_answers.MalformedAnswer: place 1's latitude is None, not a number within ±90
    """
    try:
        number = float(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
    except ValueError:
        number = None
    if number is None or not math.isfinite(number) or abs(number) > limit:
        raise MalformedAnswer(f"{what} is {value!r}, not a number within \u00b1{limit:g}")
    return number


def place_from_location(loc, query: str) -> dict:
    """A geopy Location as the cached plain dict, coordinates checked."""
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    lat, lon = (raw.get("lat"), raw.get("lon")) if "lat" in raw or "lon" in raw else (loc.latitude, loc.longitude)
    name = loc.address if isinstance(loc.address, str) and loc.address.strip() else query
    return {"name": name, "lat": coordinate(lat, 90, "a latitude"), "lon": coordinate(lon, 180, "a longitude"),
            "radius_m": radius_from_raw(raw), "country": country_from_raw(raw),
            "place_type": raw.get("addresstype") or raw.get("type") or "place",
            "id": id_from_raw(raw), "licence": raw.get("licence")}


def id_from_raw(raw: dict) -> str | None:
    if raw.get("osm_type") and raw.get("osm_id"):
        return f"{raw['osm_type']}/{raw['osm_id']}"
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    if props.get("osm_type") and props.get("osm_id"):
        return f"{props['osm_type']}/{props['osm_id']}"
    return str(raw["place_id"]) if raw.get("place_id") else None


def country_from_raw(raw: dict) -> str | None:
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    code = address.get("country_code") or props.get("countrycode")
    return code.upper() if isinstance(code, str) and len(code) == 2 else None


def radius_from_raw(raw: dict) -> float:
    """Half the diagonal of the result's bounding box (Nominatim), at least 50 m; 5 km if unknown.

    >>> radius_from_raw({"boundingbox": ["30.0", "30.02", "57.0", "57.02"]})
    1473.0
    >>> radius_from_raw({})
    5000.0
    """
    box = raw.get("boundingbox")
    if isinstance(box, (list, tuple)) and len(box) == 4:
        try:
            s, n, w, e = (float(v) for v in box)
        except (TypeError, ValueError):
            return 5000.0
        if not all(math.isfinite(v) for v in (s, n, w, e)):
            return 5000.0
        lat = math.radians((s + n) / 2)
        dy = (n - s) * 111_320
        dx = (e - w) * 111_320 * math.cos(lat)
        return round(max(math.hypot(dx, dy) / 2, 50.0), 0)
    return 5000.0
