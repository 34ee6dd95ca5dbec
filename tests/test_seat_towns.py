"""One rule for "a division named after its seat town" (geomap.seat_towns), asked by the distance anchors
(geomap.anchor_towns.towns_first) and by the bare state names (geomap.state_names.prefer_state)."""
from __future__ import annotations

import pytest

from geomap.anchor_towns import towns_first
from geomap.names import normalize
from geomap.state_names import prefer_state


@pytest.mark.parametrize("name", ["Cavan", "Tipperary", "Sliven", "Yala", "Florida", "Gisborne", "Matara"])
def test_the_anchors_and_the_state_names_agree_on_which_division_is_named_after_its_town(gazetteer, name):
    entries = gazetteer.lookup(normalize(name))
    pairs = [(t, d) for t in entries for d in entries if t.place_type in ("city", "capital")
             and t.population < 100_000 and d.place_type == "admin1" and d.country == t.country
             and normalize(d.name) == normalize(t.name) == normalize(name)]
    assert pairs, name
    for town, division in pairs:
        only = [town, division]
        town_kept = prefer_state(0, only, normalize(name), lambda e: False) == 0
        assert town_kept == (division not in towns_first(tuple(only))), (name, town, division)


def test_a_division_of_unknown_population_is_named_after_its_town(gazetteer):
    # GeoNames gives Ireland's counties no population and files Cavan town under its province (Ulster):
    # "Cavan" is the town, for a distance as for a bare name.
    entries = gazetteer.lookup("cavan")
    town = next(e for e in entries if e.place_type == "city" and e.country == "IE")
    county = next(e for e in entries if e.place_type == "admin1" and e.country == "IE")
    assert prefer_state(0, [town, county], "cavan", lambda e: False) == 0
    assert county not in towns_first((town, county))
