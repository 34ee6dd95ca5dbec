"""Names in one list share a type (issue #13): "California or Washington" is Washington State."""
from __future__ import annotations

import pytest

from geomap.evaluate import resolve_spans


def _resolve(text: str, names: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    spans = sorted(set(spans))
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    out = {}
    for (a, b), place in zip(spans, resolve_spans(text, spans)):
        out.setdefault(text[a:b], (place.source, place.name))
    return out


@pytest.mark.parametrize("text, names", [
    ("Companies leave western states such as California or Washington because of high housing costs.",
     ("California", "Washington")),
    ("Drought hit farms in Oregon and Washington this summer.", ("Oregon", "Washington")),
])
def test_a_town_listed_with_states_is_the_state(gazetteer, text, names):
    washington_state = next(e for e in gazetteer.search("Washington") if e.place_type == "admin1" and e.country == "US")
    assert _resolve(text, names)["Washington"][0] == washington_state.source


def test_a_town_followed_by_its_own_state_keeps_its_reading(gazetteer):
    text = "Flights leave Washington, Pennsylvania, and Kansas City, Missouri, each day."
    picked = _resolve(text, ("Washington", "Pennsylvania", "Kansas City", "Missouri"))
    washington = gazetteer.entry(picked["Washington"][0])
    assert washington.place_type != "admin1" and washington.admin1 == "PA"


def test_town_and_state_joined_by_a_comma_is_no_list(gazetteer):
    picked = _resolve("He grew up in Columbus, Georgia, before the war.", ("Columbus", "Georgia"))
    assert gazetteer.entry(picked["Columbus"][0]).place_type in ("city", "capital")


def test_towns_of_one_country_are_not_another_countrys_counties(gazetteer):
    """"Cornwall and Kent" in Connecticut news: both are also English counties (first-level divisions in
    Natural Earth), but towns picked in the US stay towns."""
    text = "School budgets rise in Torrington and Litchfield, Connecticut; only Cornwall and Kent will see decreases."
    picked = _resolve(text, ("Torrington", "Litchfield", "Connecticut", "Cornwall", "Kent"))
    assert {gazetteer.entry(picked[n][0]).country for n in ("Cornwall", "Kent")} == {"US"}
