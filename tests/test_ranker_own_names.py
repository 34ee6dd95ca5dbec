"""A curated place's checked alias counts as its own name for the ranker (issue #13): "Atlantic" written
bare is the ocean the alias table says it is, not the Iowa town whose main name it happens to be."""
from __future__ import annotations

from geomap.evaluate import resolve_spans


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return out


def test_a_curated_alias_is_an_own_name(gazetteer):
    from geomap.ranker import _own_name

    ocean = gazetteer.entry("curated:atlantic-ocean")
    town = next(e for e in gazetteer.search("Atlantic") if e.place_type == "city")
    assert _own_name(ocean, "atlantic") and _own_name(town, "atlantic")
    assert not _own_name(town, "atlantic ocean")


import pytest  # noqa: E402

_NAMES = ("United States", "US", "Atlantic", "Pacific")


def _all_spans(text: str) -> list[tuple[int, int]]:
    spans = sorted({sp for n in _NAMES for sp in _spans(text, n)})
    return [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]


@pytest.mark.parametrize("text, ocean", [
    ("The United States expects an active Atlantic hurricane season, US forecasters said. Waters in the "
     "tropical Atlantic are warm, and the Atlantic season starts in June.", "curated:atlantic-ocean"),
    ("Storms form in the Atlantic every summer, and the United States watches the Atlantic closely; the US "
     "coast guard patrols it.", "curated:atlantic-ocean"),
])
def test_bare_ocean_in_american_news_is_the_ocean(text, ocean):
    spans = _all_spans(text)
    picked = {text[a:b]: [] for a, b in spans}
    for (a, b), place in zip(spans, resolve_spans(text, spans)):
        picked[text[a:b]].append(place.source)
    bare = [s for name, sources in picked.items() if name in ("Atlantic", "Pacific") for s in sources]
    assert bare and set(bare) == {ocean}
    assert set(picked["United States"]) == {"geonames:6252001"}


def test_a_region_is_near_the_places_within_its_radius():
    """"Middle East" in news that names the US and Washington: the region holds Egypt and Kuwait (within
    its radius), so it beats Baltimore's neighbourhood named Middle East, which is only near Washington."""
    text = ("The US and Egypt met in Washington. The US wants calm in the Middle East, US officials said in "
            "Washington, as Egypt and Kuwait backed the plan for the Middle East.")
    names = ("Egypt", "Kuwait", "Middle East", "US", "Washington")
    spans = sorted(sp for n in names for sp in _spans(text, n))
    picked = [(text[a:b], p.source) for (a, b), p in zip(spans, resolve_spans(text, spans))]
    assert {s for n, s in picked if n == "Middle East"} == {"curated:middle-east"}


def test_a_wide_area_counts_the_names_within_its_radius(gazetteer):
    from geomap.ranker import Picks

    middle_east = gazetteer.entry("curated:middle-east")
    cairo, baghdad, denver = (gazetteer.search(n)[0] for n in ("Cairo", "Baghdad", "Denver"))
    picks = Picks.of(["me", "cairo", "baghdad", "denver"], [middle_east, cairo, baghdad, denver],
                     [[middle_east], [cairo], [baghdad], [denver]])
    assert picks.near_names("me", middle_east) == 2   # Cairo and Baghdad, not Denver
    assert picks.log_km("me", middle_east) == 0.0     # a pick lies within its radius
