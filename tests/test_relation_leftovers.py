"""Families among the leftover failures of the six real-statement files (eval/relations/*.jsonl, issue #11).

Each row is one real quote of a family that recurs in at least two cases: the benchmark must score it
right (eval/relations/README.md's rules). The families:

- "N miles east of Fort Pierce Inlet" / "of Scituate Harbor" / "of Port Royal Sound": water named after the
  coastal town on its shore, which no data source has as a place; measured from the town
  (:mod:`geomap.named_after_anchors`).
- "178 kilometres north-east of Gisborne", "8.7 mi from Buenos Aires": a town named like the division it
  is the seat of; the distance is measured from the town, not the division's centre
  (:mod:`geomap.anchor_towns`).
- "five nautical miles off Infanta town in Quezon province": a name followed by its own kind of place
  ("<X> town in <Y>") is the anchor; the lead-in "the ... town in" reading had measured it from Y
  (:func:`geomap.relation_anchors.names_itself`).
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases

CASES = {name: relation_cases(f"{name}.jsonl") for name in ("cases", "fresh", "fresh5", "fresh6", "fresh7")}

ROWS = [
    # (file, id, role, family)
    ("cases", "r059", "incident", "inlet named after its town: '45 miles (72 km) east of Fort Pierce Inlet'"),
    ("cases", "r157", "incident", "inlet named after its town: '345 miles east of Hatteras Inlet'"),
    ("fresh5", "r325", "incident", "sound named after its town: '36 miles east of Port Royal Sound'"),
    ("fresh5", "r328", "incident", "harbour named after its town: 'five miles northeast of Scituate Harbor'"),
    ("fresh5", "r331", "incident", "'74 miles off the coast of Beaufort Inlet, North Carolina'"),
    ("fresh", "r259", "incident", "town named like its division: '8.7 mi from Buenos Aires' (not the province)"),
    ("fresh6", "r377", "incident", "town named like its division: '178 kilometres north-east of Gisborne'"),
    ("fresh7", "r416", "incident", "'<X> town in <Y> province': X is the anchor, not Y"),
]


@pytest.mark.parametrize("name, case_id, role, wording", ROWS, ids=[r[1] for r in ROWS])
def test_leftover_family_is_read_right(name, case_id, role, wording):
    check_relation_case(CASES[name][case_id], role, wording)


def test_water_named_after_an_inland_town_is_not_measured_from_it():
    """'Pearl Harbor' is not Pearl, Mississippi's (240 km from the coast): no zone on Pearl."""
    from geomap.result import run

    fc = run("The ship sank about 10 miles south of Pearl Harbor on Sunday.").geojson
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "zone"]


def test_the_town_anchor_says_what_it_stands_for():
    """The zone is measured from the town, and a warning names the inlet it stands for."""
    from geomap.result import run

    result = run("A boat capsized about 40 miles east of Fort Pierce Inlet on Tuesday.")
    zones = [f["properties"] for f in result.geojson["features"] if f["properties"]["kind"] == "zone"]
    assert [(z["distance_m"], z["bearing_deg"]) for z in zones] == [(64373.76, 90.0)]
    assert [w["text"] for w in result.warnings if w["code"] == "anchor_named_after"] == ["Fort Pierce Inlet"]


def test_a_state_named_like_a_small_town_stays_the_state():
    """r149: '130 nautical miles west of Florida' is the state's (no town of its size is named Florida)."""
    check_relation_case(CASES["cases"]["r149"], "incident", "a state, not a namesake town")


def test_a_demonym_before_a_kind_of_place_still_leads_to_the_name():
    """'the Turkish embassy in Peshawar' and 'the Iraqi city of Mosul' are measured from the name after."""
    from geomap.result import run

    for text, anchor in (("The bomb went off 200 metres from the Turkish embassy in Peshawar.", "Peshawar"),
                         ("The attack was 30 km (19 miles) south of the Iraqi city of Mosul.", "Mosul")):
        features = run(text).geojson["features"]
        names = {f["properties"]["id"]: f["properties"]["name"] for f in features
                 if f["properties"]["kind"] == "place"}
        assert [names[f["properties"]["anchor"]] for f in features if f["properties"]["kind"] == "zone"] == [anchor]
