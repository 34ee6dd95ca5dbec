"""Wording families batch 6 of the fresh corpus (eval/relations/fresh6.jsonl, issue #11) showed geomap missing.

Batch 6 was scored before any code changed for it (20/29 exact, 0/16 drawn; eval/relations/README.md);
each test below is one of its real quotes, standing for a family:

- "The epicentre was 42 kms south-southwest of Acari": "kms", the plural abbreviation of wire copy from
  South Asia and Latin America, is kilometres (the distance was lost: a bare direction was drawn);
- "The victims were found in four homes in Tyrone, about 40 miles north of the Arkansas line": "the X line",
  "the X state line" are a state's border; the distance is not measured from the state's centre (a zone 40
  miles north of the middle of Arkansas lies in Arkansas). Since the sixth session it is a band along the
  state's boundary with its neighbours (geomap/division_lines.py; tests/test_s6_relation_families.py); "the
  county line" (a second-level division) still draws nothing.
"""
from __future__ import annotations


import pytest
from repo_scripts import load, relation_cases, zones_over

bench = load("benchmarks/relative.py", "relative_benchmark")
BY_ID = relation_cases("fresh6.jsonl")



def test_kms_is_kilometres_on_the_real_quote():
    """r373: '42 kms south-southwest of Acari' keeps its distance (the anchor, a namesake the quote cannot
    settle, is the resolver's: Acari, Brazil, for Acarí, Peru)."""
    zones = zones_over(BY_ID["r373"])
    assert [(z["distance_m"], z["bearing_deg"]) for z in zones] == [(42000.0, 202.5)]


def test_a_depth_in_kms_stays_a_depth():
    """r374: 'at a depth of 12.1 kms' in the same sentence is still not drawn."""
    assert bench.score_case(BY_ID["r374"])["ok"]


@pytest.mark.parametrize("text, metres", [
    ("The blast happened 12 kms east of Kandahar.", 12000.0),
    ("The bus fell into a gorge 3 Kms from Shimla.", 3000.0),
    ("The quake struck about 25 kms (15 miles) north of Lima.", 25000.0),
])
def test_kms_in_its_other_wordings(text, metres):
    from geomap.result import run

    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert [z["distance_m"] for z in zones] == [metres]


def test_a_state_line_is_not_measured_from_the_states_centre():
    """r399: 'about 40 miles north of the Arkansas line' draws no zone round Arkansas's centre: a band along
    Arkansas's boundary with its neighbours."""
    zones = zones_over(BY_ID["r399"])
    assert [(z["shape"], z["line"]) for z in zones] == [("band", "boundary of geonames:4099753")]


@pytest.mark.parametrize("text", [
    "The fire burned near Texline, about 5 miles north of the Texas state line.",
    "The crash happened 10 miles south of the Kansas line, police said.",
])
def test_a_state_line_in_its_other_wordings(text):
    from geomap.result import run

    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    named = [z for z in zones if "Texas" in z["name"] or "Kansas" in z["name"]]
    assert named and all(z["shape"] == "band" and z["line"].startswith("boundary of ") for z in named), zones


def test_a_front_line_stays_what_it_was():
    """'the front line' is not a state line: a country's front line is not turned into its border."""
    from geomap.result import run

    zones = [f["properties"] for f in
             run("The village lies 8 km from the Russian front line near Bakhmut.").geojson["features"]
             if f["properties"]["kind"] == "zone"]
    assert all("border" not in z["name"] for z in zones), zones


def test_a_near_spelling_abroad_is_not_the_anchor_of_a_sentence_that_names_its_country():
    """r415: 'a massive fire burning in central Oregon about 11 miles south of Dayville': the gazetteer lacks
    Dayville, Oregon; its near spelling Daceyville lies in Australia, a country the sentence does not name
    (it names Oregon), so no zone is drawn there. A near spelling in the sentence's own country is still
    taken ('10 km north of Krasnogorovka ... in Ukraine', tests/test_fuzzy_names.py)."""
    from geomap.result import run

    case = BY_ID["r415"]
    features = run(case["quote"]).geojson["features"]
    countries = {f["properties"]["id"]: f["properties"].get("country") for f in features
                 if f["properties"]["kind"] == "place"}
    anchors = [countries.get(z["anchor"]) for z in zones_over(case)]
    assert all(c == "US" for c in anchors), anchors
