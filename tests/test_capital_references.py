"""'the Canadian capital': a country's adjective before "capital" names the capital, not the country (issue #11).

A distance "from the Iraqi capital" measured from Iraq's centre put the zone hundreds of kilometres off; the
adjective says whose capital it is, as "Iraq's capital" does.
"""
from __future__ import annotations

import geomap


def _zones(text):
    return [f["properties"] for f in geomap.run(text).geojson["features"] if f["properties"]["kind"] == "zone"]


def test_a_distance_from_the_adjective_capital_is_measured_from_the_capital():
    # LGL (../shared/eval/lgl.jsonl), a column on Russian bombers
    text = ("Last week, for example, a couple of Russian bombers flew to within a couple of hundred kilometres of "
            "Canada's Arctic coast, a mere five thousand kilometres from the Canadian capital.")
    zone = next(z for z in _zones(text) if z["name"].startswith("five thousand kilometres"))
    assert zone["anchor"] == "geonames:6094817"  # Ottawa, not Canada (geonames:6251999)


def test_the_capital_named_after_the_adjective_stays_a_landmark():
    # eval/relations/fresh8.jsonl r503 (ABC News, 2010): the capital the distance is measured from is context
    text = ("Police official Mohammad Sadiq said that rescue teams had recovered 20 dead bodies from the Kohistan "
            "avalanche about 220 kilometres north of the Pakistani capital Islamabad.")
    places = {f["properties"]["name"]: f["properties"]["role"] for f in geomap.run(text).geojson["features"]
              if f["properties"]["kind"] == "place"}
    assert places.get("Islamabad") == "context", places
    assert any(z["anchor"] == "geonames:1176615" for z in _zones(text))  # Islamabad
