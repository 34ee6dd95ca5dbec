"""The embedded gazetteer as a geopy geocoder (``geomap.OfflineGazetteer``).

An adapter above both :mod:`geomap.gazetteer` and :mod:`geomap.resolve`: it
ranks the gazetteer's candidates like the resolver does and answers with
geopy :class:`~geopy.location.Location` objects. It is the only gazetteer
module that imports geopy, so offline runs never load geopy or requests.
"""
from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .gazetteer import Gazetteer, default_gazetteer
from .model import Entry
from .resolve import rank


def entry_to_location(entry: Entry) -> Location:
    """A geopy :class:`~geopy.location.Location` for an entry."""
    address = entry.name if not entry.country else f"{entry.name}, {entry.country}"
    raw = {
        "source": entry.source, "name": entry.name, "country": entry.country,
        "admin1": entry.admin1, "population": entry.population, "place_type": entry.place_type,
        "uncertainty_m": entry.uncertainty_m, "note": entry.note,
    }
    return Location(address, (entry.lat, entry.lon, 0.0), raw)


class OfflineGazetteer(Geocoder):
    """geopy geocoder over the embedded gazetteer: no network, no key.

    Anything written for a geopy geocoder works with it, and any geopy
    geocoder can take its place.

    >>> loc = OfflineGazetteer().geocode("Kerman")
    >>> loc.raw["source"], round(loc.latitude, 3), round(loc.longitude, 3)
    ('geonames:128234', 30.283, 57.079)
    """

    def __init__(self, gazetteer: Gazetteer | None = None, **kwargs):
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query, *, exactly_one=True, limit=None, country_codes=None, **_ignored):
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values())
        entries = rank(self.gazetteer.search(str(query)), written=str(query).split(",")[0])
        if country_codes:
            wanted = {c.upper() for c in ([country_codes] if isinstance(country_codes, str) else country_codes)}
            entries = [e for e in entries if e.country in wanted]
        if not entries:
            return None
        locations = [entry_to_location(e) for e in entries]
        if exactly_one:
            return locations[0]
        return locations[:limit] if limit else locations

    def reverse(self, query, *, exactly_one=True, **_ignored):
        raise NotImplementedError("the offline gazetteer does not reverse-geocode")
