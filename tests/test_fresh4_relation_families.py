"""Wording families batch 4 of the fresh corpus (eval/relations/fresh4.jsonl, issue #11) showed geomap missing.

Batch 4 was scored before any code changed for it (21/31 exact, 1/22 drawn; eval/relations/README.md);
each test below is one of its real quotes, standing for a family:

- "on" before a place is where the event was ("The strike took place on a village 15 kilometers north of
  Khar", "The eruption on the eastern part of Java, about 640km east of the capital Jakarta"), not a
  destination; only a crowd's or an army's movement ("descend on Karbala", "march on") makes one;
- "upstream of" / "downstream from" X: a distance along a river, with no compass bearing;
- "a dozen miles", "half a dozen kilometres": a number in words;
- "two or three kilometers", "2 or 3 km", "five to six miles": a range, read whole;
- "Snake Island in the Black Sea, about 20 miles off Ukraine's southern coast": the statement locates the
  island, not the sea, and the island is where troops withdrew from (another place's geography).
"""
from __future__ import annotations


import pytest
from repo_scripts import load, check_relation_case, relation_cases

bench = load("benchmarks/relative.py", "relative_benchmark")
BY_ID = relation_cases("fresh4.jsonl")
OLD = relation_cases("cases.jsonl")

READ_EXACTLY = [
    ("r301", "'The strike took place on a village 15 kilometers north of Khar': 'on' is where, not whither"),
    ("r288", "'The eruption on the eastern part of Java, about 640km east of the capital Jakarta'"),
    ("r303", "'14 miles (23 km) upstream of the town of Johnstown': along a river, no bearing"),
    ("r315", "'about a dozen miles off Delray Beach': a number in words"),
]


@pytest.mark.parametrize("case_id, why", READ_EXACTLY, ids=[c for c, _ in READ_EXACTLY])
def test_read_exactly(case_id, why):
    check_relation_case(BY_ID[case_id], "incident", why)


def test_descend_on_a_place_is_still_a_destination():
    """r066 (cases.jsonl): 'millions of pilgrims descend on Karbala, about 50 miles south of the capital'."""
    assert bench.score_case(OLD["r066"])["ok"]


def test_another_islands_geography_is_not_drawn():
    """r312: 'Russian troops withdrew from Snake Island in the Black Sea, about 20 miles off Ukraine's southern
    coast': was an incident zone round Ukraine; the statement locates the island troops left."""
    result = bench.score_case(BY_ID["r312"])
    assert result["ok"], result["causes"]


def test_a_range_in_words_is_read_whole():
    """r302: 'just two or three kilometers from the Pakistani border' was read as 'three kilometers from'."""
    from geomap.result import run

    case = BY_ID["r302"]
    texts = [w["text"] for w in run(case["quote"]).warnings if w["code"] == "zone_not_drawn"]
    assert texts and all("two or three kilometers" in t for t in texts), texts


@pytest.mark.parametrize("text, distance, inner, outer", [
    ("The boat sank 2 or 3 km off Majene.", 2500, 2000, 3000),
    ("The boat sank five to six miles off Majene.", 5.5 * 1609.344, 5 * 1609.344, 6 * 1609.344),
    ("The boat sank half a dozen kilometres off Majene.", 6000, 4500, 7500),
])
def test_range_and_dozen_wordings(text, distance, inner, outer):
    from geomap.result import run

    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert len(zones) == 1
    assert zones[0]["distance_m"] == pytest.approx(distance, rel=1e-6)
    assert (zones[0]["inner_m"], zones[0]["outer_m"]) == pytest.approx((inner, outer), rel=1e-4)
