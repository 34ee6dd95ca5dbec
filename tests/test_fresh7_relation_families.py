"""Wording families batch 7 of the fresh corpus (eval/relations/fresh7.jsonl, issue #11) showed geomap misreading.

Batch 7 was scored before any code changed for it (20/28 exact, 3/20 drawn; eval/relations/README.md);
each test below is one of its real quotes, standing for a family:

- "The temblor was centered 35 miles northwest of the provincial capital of Kunming, about 1,300 miles
  southwest of Beijing": a far reference apposed to the anchor of a near distance places that anchor (wire
  copy's "X, about N miles from the capital"), not the event: it is context, not a second incident zone.
"""
from __future__ import annotations

from repo_scripts import relation_cases, zones_over

BY_ID = relation_cases("fresh7.jsonl")


def test_a_far_reference_for_the_anchor_is_context_on_the_real_quote():
    """r462: 'about 1,300 miles southwest of Beijing' places Kunming; r461, the quake's own statement in the
    same sentence, stays an incident zone."""
    far = zones_over(BY_ID["r462"])
    assert far and all(z["role"] == "context" for z in far)
    near = zones_over(BY_ID["r461"])
    assert [(z["role"], z["distance_m"], z["bearing_deg"]) for z in near] == [("incident", 56327.04, 315.0)]


def test_a_near_second_reference_stays_the_event_s():
    """The same shape with a near second reference (the USGS list's '70 km W of Pescara, 95 km NE of Rome')
    locates the event twice: both incident."""
    from geomap.result import run

    text = "The quake struck 70 km west of Pescara, 95 km northeast of Rome, the USGS said."
    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert sorted(z["role"] for z in zones) == ["incident", "incident"]
