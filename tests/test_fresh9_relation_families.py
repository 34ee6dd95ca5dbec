"""Wording families batch 9 of the fresh corpus (eval/relations/fresh9.jsonl, issue #11) showed geomap misreading.

Batch 9 was scored before any code changed for it (25/40 exact, 5/27 drawn; eval/relations/README.md). Each
row below is one of its real quotes, standing for a family the issue names:

- inverted statements whose far end is the event written as a site ("the town of Chilas, about 75km east of
  the accident site"): Chilas lies east of the site, so the crash is 75 km west of Chilas, as "X, 50 km from
  the epicentre" and "the crash site" already were;
- an earlier event written as "the last <event>" ("The last strong earthquake, also measuring 6, was 5km
  south of Te Aroha ... on February 3"): the geography of the one before, drawn as context, not as the
  incident, as "previous", "last week" and "comes two days after" already were;
- an aftermath place: where the victims were rushed, treated or buried ("They have been buried in the town of
  Ampana, about 196 kilometers northeast of Poso"; fresh8 r488, "rushed ... to a hospital in Pontianak city on
  Borneo island, about 300km from Genting"): the statement locates that place, drawn as context
  (geomap/relation_aftermath.py); measured from the event itself ("a hospital in the town of Chilas, about 75km
  east of the accident site") it still locates the event;
- a converted value between the bearing and "of" ("the Doornkop mine, 30 km west (20 miles) of the city"):
  the distance keeps its bearing and its anchor, as "30 km (20 miles) west of" already did.
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases

BY_ID = relation_cases("fresh9.jsonl")

FAMILIES = [
    ("r576", "incident", "inverted, the event as a site: 'Chilas, about 75km east of the accident site'"),
    ("r556", "distractor", "an earlier event: 'The last strong earthquake ... was 5km south of Te Aroha'"),
    ("r573", "distractor", "an aftermath place: 'buried in the town of Ampana, about 196 kilometers ... of Poso'"),
]


@pytest.mark.parametrize("case_id, role, wording", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family_is_read_on_the_real_quote(case_id, role, wording):
    check_relation_case(BY_ID[case_id], role, wording)


def _zones(text: str) -> list[tuple]:
    from geomap.result import run

    features = run(text).geojson["features"]
    names = {f["properties"]["id"]: f["properties"]["name"] for f in features if f["properties"]["kind"] == "place"}
    return [(z["role"], names[z["anchor"]], z["distance_m"], z["bearing_deg"])
            for z in (f["properties"] for f in features) if z["kind"] == "zone"]


def test_a_conversion_after_the_bearing_keeps_the_of_on_the_real_quote():
    """r561: the statement reaches "of" over the bracketed conversion (its anchor, "the city", is Johannesburg
    of the previous sentence, read since the sixth session: tests/test_s6_relation_families.py)."""
    from geomap.relation_patterns import DISTANCE_RE

    case = BY_ID["r561"]
    m = DISTANCE_RE.search(case["quote"], case["quote"].index(case["statement"]))
    assert (m.group(0), m.group("dir"), m.group("prep")) == (case["statement"][:-len(" the city")], "west", "of")


@pytest.mark.parametrize("text, zones", [
    ("The mine is 30 km west (20 miles) of Johannesburg.", [("incident", "Johannesburg", 30000.0, 270.0)]),
    ("The mine is 30 km (20 miles) west of Johannesburg.", [("incident", "Johannesburg", 30000.0, 270.0)]),
])
def test_a_conversion_either_side_of_the_bearing(text, zones):
    assert _zones(text) == zones


@pytest.mark.parametrize("text, zones", [
    # the event written as a site: measured from the town before it, the bearing turned round
    ("Bodies were taken to the town of Chilas, about 75km east of the accident site.",
     [("incident", "Chilas", 75000.0, 270.0)]),
    ("Residents of Chilas, about 75km east of the site of the blast, fled.", [("incident", "Chilas", 75000.0, 270.0)]),
])
def test_the_event_as_a_site_is_the_far_end(text, zones):
    assert _zones(text) == zones


@pytest.mark.parametrize("text, role", [
    ("The last strong earthquake, also measuring 6, was 5km south of Te Aroha on February 3.", "context"),
    ("The last major quake to hit the region struck 20 km north of Gisborne in 2016.", "context"),
    # "the latest" is this one: still the incident
    ("The latest earthquake struck 5km south of Te Aroha, GeoNet said.", "incident"),
])
def test_the_last_event_is_an_earlier_one(text, role):
    assert [z[0] for z in _zones(text)] == [role]


def _place_names(text: str) -> list[str]:
    from geomap.result import run

    return [f["properties"]["name"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "place"]


@pytest.mark.parametrize("case_file, case_id", [("fresh9.jsonl", "r525"), ("cases.jsonl", "r049")])
def test_a_capitalised_bearing_after_a_distance_is_no_place(case_file, case_id):
    """Agency style capitalises the bearing ("34 km Southwest of Pangandaran Regency", BMKG; "20 kilometers
    Northwest of Borrego Springs", Wikinews): the word is the direction, not Cameroon's Southwest or Northwest
    region, which had been put on the map."""
    case = relation_cases(case_file)[case_id]
    names = _place_names(case["quote"])
    assert not {"Southwest", "Northwest", "Southeast", "Northeast"} & set(names), names


def test_a_compass_region_is_still_a_place():
    # not after a distance: the region's own name stays a mention ("Cameroon's Southwest region")
    assert "Southwest" in _place_names("Separatists attacked a village in Cameroon's Southwest region on Monday.")


def test_a_hospital_destination_of_batch_8_is_context():
    """fresh8 r488: "rushed ... to a hospital in Pontianak city on Borneo island, about 300km from Genting"."""
    check_relation_case(relation_cases("fresh8.jsonl")["r488"], "distractor", "a hospital the injured were rushed to")


@pytest.mark.parametrize("text, role", [
    ("The injured were rushed to a hospital in Ampana, about 196 kilometers northeast of Poso.", "context"),
    # buried by the landslide, not in a burial: where the event happened
    ("Ten people were buried in the village of Kalikasa, 30 km from Poso, when the hill collapsed.", "incident"),
    # an attack on a hospital: the hospital's town is the event's
    ("Gunmen attacked a hospital in Ampana, about 196 kilometers northeast of Poso.", "incident"),
])
def test_aftermath_places_and_event_places(text, role):
    # A statement that describes the event's town, which the gazetteer puts elsewhere (Ampana lies 109 km from
    # Poso, not 196: geomap.described_places), is drawn as context with the town as the incident: still the
    # event's, not a place the victims were taken to.
    from geomap.result import run

    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert ["incident" if (z["role_reason"] or "").startswith("describes ") else z["role"] for z in zones] == [role]
