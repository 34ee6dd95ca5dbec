"""A small town the text puts in a region is not the gazetteer's namesake in another region.

"The Guardia Civil have arrested a 20 year old youth in Alcudia, Granada": the gazetteer's only Alcudia is
Alcúdia on Mallorca, 600 km from the province of Granada the text writes after the comma. "A man was killed
... in Kherson Oblast ... near the village of Topolyne": the gazetteer's two Topolyne lie in the Donetsk and
Zaporizhzhia oblasts. A namesake in another region of the same country is a worse answer than none (the map
would mark it as where it happened; the region, which the text names, stays). Applied by
:func:`geomap.resolve.resolve_candidates` to its picks (issue 12, batch 13): a pick that is a small town
(every candidate of the name is one, see :func:`geomap.foreign_namesakes._small_towns`) becomes the
candidate of the name inside the stated region, or None when the gazetteer has none there, when the region is

* written right after the name and a comma ("Alcudia, Granada"), or
* the only first-level region the article names, named at least twice, and the text calls the name a town
  ("the village of Topolyne").

Inside: the candidate's division names hold the region's name, or it lies within the region's radius.
"""
from __future__ import annotations

from .foreign_namesakes import _KIND_BEFORE, _KIND_REACH, SUBJECT_MENTIONS, _small_towns, drop_stated_abroad
from .geometry import great_circle_km
from .lazy_re import lazy_compile
from .model import Entry, Mention
from .names import normalize

_REGION_TYPES = frozenset({"admin1", "admin2"})
_CONTAINER_TYPES = _REGION_TYPES | {"city", "capital"}  # not a country: "Coronel Oviedo, Paraguayan newspaper"
_COMMA_GAP = frozenset({",", ", "})
_LIST_AFTER = lazy_compile(r"\s*(?:(?:and|or|&)\s|,\s*[A-Z])")  # "Alcudia, Granada and Malaga": a list, not a container
TOWN_REACH_KM = 100.0  # a town written after the name ("Alcudia, Granada"): its province's reach


def inside(entry: Entry, region: Entry) -> bool:
    """True when ``entry`` may lie in ``region``: its first- or second-level division's name holds the region's
    name, or it lies within the region's radius (a division's name the gazetteer does not know proves nothing
    against it, so the radius decides then)."""
    if region.place_type not in _REGION_TYPES:  # a town as the container: its own first-level division or near it
        return (entry.country, entry.admin1) == (region.country, region.admin1) \
            or great_circle_km(entry.lat, entry.lon, region.lat, region.lon) <= TOWN_REACH_KM
    key = normalize(region.name)
    for name in (entry.admin1_name, entry.admin2_name):
        if name and f" {key} " in f" {normalize(name)} ":  # "negros occidental" in "province of negros occidental"
            return True
    return great_circle_km(entry.lat, entry.lon, region.lat, region.lon) <= region.uncertainty_m / 1000.0


def _comma_region(i: int, mentions: list[Mention], picks: list[Entry | None], text: str) -> Entry | None:
    """The region or town written right after mention ``i`` and a comma ("Alcudia, Granada") and closing no
    list ("Alcudia, Granada and Malaga"), or None."""
    k = i + 1
    if k >= len(mentions) or text[mentions[i].end:mentions[k].start] not in _COMMA_GAP \
            or mentions[k].kind != "toponym" or _LIST_AFTER.match(text, mentions[k].end):
        return None
    region = picks[k]
    return region if region is not None and region.place_type in _CONTAINER_TYPES else None


def _sole_region(picks: list[Entry | None]) -> Entry | None:
    """The only first-level region the article names, when it names it at least twice, or None."""
    regions = [p for p in picks if p is not None and p.place_type == "admin1"]  # "Tenn." is a region too
    if len({p.source for p in regions}) != 1 or len(regions) < SUBJECT_MENTIONS:
        return None
    return regions[0]


def keep_stated_region(mentions: list[Mention], picks: list[Entry | None], cands: list[list[Entry]],
                       text: str | None) -> list[Entry | None]:
    """Each pick; for a small town the text puts in a region of its country and picked outside that region, the
    most populous candidate of the name inside the region, or when the gazetteer has none there the region (None
    for a town written as the container)."""
    if not text or len(picks) < 2:
        return picks
    sole = _sole_region(picks)
    settled: dict[str, Entry | None] = {}  # a name put in a region once is that region's every time
    for i, pick in enumerate(picks):
        m = mentions[i]
        if pick is None or m.kind != "toponym" or pick.place_type in _REGION_TYPES or m.key in settled \
                or not _small_towns(cands[i]):
            continue
        region = _comma_region(i, mentions, picks, text)
        if region is None and sole is not None \
                and _KIND_BEFORE.search(text, max(0, m.start - _KIND_REACH), m.start):
            region = sole
        if region is None or region.country != pick.country or inside(pick, region):
            continue
        there = [e for e in cands[i] if e.country == region.country and inside(e, region)]
        # none there: the region stands in for it, as a state does for "Bethel, Vt." (geomap.pins.absent_in_pin)
        settled[m.key] = max(there, key=lambda e: e.population) if there else \
            (region if region.place_type in _REGION_TYPES else None)
    if not settled:
        return picks
    return [settled[m.key] if p is not None and m.kind == "toponym" and m.key in settled else p
            for m, p in zip(mentions, picks)]


def stated_places(mentions: list[Mention], picks: list[Entry | None], cands: list[list[Entry]],
                  text: str | None) -> list[Entry | None]:
    """Each pick, kept where the text puts it: in the country a demonym states ("the Salvadoran municipality of
    Nejapa", :func:`geomap.foreign_namesakes.drop_stated_abroad`), then in the region (:func:`keep_stated_region`)."""
    return keep_stated_region(mentions, drop_stated_abroad(mentions, picks, cands, text), cands, text)
