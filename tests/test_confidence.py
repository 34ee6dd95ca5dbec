"""Issue 12: each place's confidence and top alternatives; a warning when the incident is in doubt."""
from geomap.pipeline import geoparse


def places(fc):
    return {f["properties"]["name"]: f["properties"] for f in fc["features"] if f["properties"]["kind"] == "place"}


def test_an_ambiguous_name_carries_its_alternatives_and_a_lower_confidence():
    p = places(geoparse("A fire broke out in Paris on Monday."))["Paris"]
    assert 0 < p["confidence"] < 1
    alt = p["top_alternatives"]
    assert 1 <= len(alt) <= 3 and {"id", "name", "country", "score"} <= set(alt[0])
    assert all(a["id"] != p["id"] for a in alt)


def test_a_name_with_one_candidate_is_certain():
    p = places(geoparse("Two bombs went off in Kerman, Iran."))["Iran"]
    assert p["confidence"] == 1.0 and p["top_alternatives"] == []


def test_two_far_apart_candidate_incident_places_give_a_warning():
    fc = geoparse("Bombs kill dozens. A bomb exploded in Kabul on Monday. Another bomb exploded in Lagos on Monday.")
    assert any(w["code"] == "ambiguous_incident" for w in fc["geomap"]["warnings"])


def test_a_clear_incident_gives_no_ambiguity_warning():
    fc = geoparse("A bomb exploded in Kabul on Monday, police in Kabul said. Officials in Lagos condemned it.")
    assert not any(w["code"] == "ambiguous_incident" for w in fc["geomap"]["warnings"])
