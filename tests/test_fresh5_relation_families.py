"""Wording families batch 5 of the fresh corpus (eval/relations/fresh5.jsonl, issue #11) showed geomap missing.

Batch 5 was scored before any code changed for it (22/35 exact, 5/17 drawn; eval/relations/README.md);
each test below is one of its real quotes, standing for a family:

- "60 miles off of Cape May": "off of" is "off" (US Coast Guard and wire copy);
- "crashed roughly two miles from the runway", "5.42 kilometres away from the end of the runway": the runway
  is the airport named before it ("approaching Akron Fulton International Airport", "Douala airport");
- "a flight plan showing a destination of Bozeman, about 85 miles southeast of Butte": a destination's
  geography, like "bound for" / "headed for";
- "flying a route from the Iranian capital, Tehran, some 610 kilometers ... of Mahshahr": a departure point
  written with its title before the name ("from the capital, X, N km ...");
- "the South Fork Dam located 14 miles up a narrow canyon from Johnstown": "up/down the valley, canyon,
  river, road or coast from X", a distance along a way, with no compass bearing.
"""
from __future__ import annotations


import pytest
from repo_scripts import load, check_relation_case, relation_cases

bench = load("benchmarks/relative.py", "relative_benchmark")
BY_ID = relation_cases("fresh5.jsonl")

READ_EXACTLY = [
    ("r327", "'was left floundering 60 miles off of Cape May, N.J.': 'off of' is 'off'"),
    ("r342", "'approaching Akron Fulton International Airport when it crashed roughly two miles from the runway'"),
    ("r363", "'southeast of Douala airport, was only 5.42 kilometres away from the end of the runway'"),
    ("r368", "'the South Fork Dam located 14 miles up a narrow canyon from Johnstown, Pa.': along a way"),
]


@pytest.mark.parametrize("case_id, why", READ_EXACTLY, ids=[c for c, _ in READ_EXACTLY])
def test_read_exactly(case_id, why):
    check_relation_case(BY_ID[case_id], "incident", why)


NOT_DRAWN = [
    ("r341", "'a flight plan showing a destination of Bozeman, about 85 miles southeast of Butte'"),
    ("r343", "'flying a route from the Iranian capital, Tehran, some 610 kilometers (380 miles) northeast of "
             "Mahshahr'"),
]


@pytest.mark.parametrize("case_id, why", NOT_DRAWN, ids=[c for c, _ in NOT_DRAWN])
def test_another_places_geography_is_not_an_incident(case_id, why):
    case = BY_ID[case_id]
    assert case["role"] == "distractor"
    result = bench.score_case(case)
    assert result["ok"], (why, result)


def test_a_runway_with_no_airport_named_stays_unanchored():
    """'Wreckage was found in the Ramenskoye area about 25 miles from the airport' (r366): no airport is named
    in the quote, so there is nothing to refer back to (no guess at another place)."""
    from geomap.result import run

    warnings = [w for w in run("The plane crashed about 2 miles from the runway.").warnings
                if w["code"] == "no_anchor"]
    assert warnings, "a runway no airport names is not drawn around anything"


@pytest.mark.parametrize("text, prep", [
    ("60 miles off of Cape May", "off of"),
    ("14 miles up a narrow canyon from Johnstown", "up a narrow canyon from"),
    ("3 km down the road from Kandahar", "down the road from"),
    ("10 miles up the valley from Aspen", "up the valley from"),
])
def test_the_family_is_read_in_its_other_wordings(text, prep):
    from geomap.relation_patterns import DISTANCE_RE

    m = DISTANCE_RE.match(text)
    assert m.group("prep") == prep and m.group("dir") is None
