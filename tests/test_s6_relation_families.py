"""Wording families left over in the relation corpora (eval/relations/*.jsonl, issue #11), sixth session.

Each row is one of the corpora's real quotes, standing for a family of wording:

- a settlement's kind in front of a name that a town and its division share ("some 80 kilometres north of
  the capital of Maputo", fresh8 r486): the distance is measured from the town, as from a bare "Maputo";
  "the capital of Maputo province" keeps the province;
- a part of the town written as "the <word> area of X" ("around 119 km away from the downtown area of
  Delingha", fresh7 r426): measured from X, as "the centre of X" already was;
- the unit as wire copy misprints it: misspelt ("about 467 kilomters (290 miles) southeast of Lima", fresh9
  r539) or printed again after the converted value ("some 110 miles (177 kilometers) miles southeast of
  Aden", fresh8 r494): the distance stands, not only the bearing;
- a conversion after a slash or a bare "or" ("some 50 km/30 miles West-Southwest of Oranjestad", "about 30km
  or 20 miles Southwest of Oranjestad", fresh5 r349, r350): the first figure counts, as in "42 kilometers (26
  miles)" (both statements are earlier quakes the quotes cannot tell apart, so drawn either way);
- "the city" or "the town" referring back to the one town named in this or the previous sentence ("a Harmony Gold
  mine near Johannesburg ... the Doornkop mine, 30 km west (20 miles) of the city", fresh9 r561), as "from
  there" and "from the airport" already did; a site named after a place ("the Doornkop mine") is no such town,
  and with two towns named the text does not say which: no zone;
- the bearing in degrees after the compass point ("76 km (47 miles) SSE (154°) from San Antonio, TX", in the
  quote of fresh5 r321): the statement reaches "from" and its own anchor, instead of taking the previous
  statement's (it was drawn around Beeville); r321 itself still fails, on Pawnee, Texas, which the gazetteer lacks;
- a town's one-word name written in two ("18km southwest of Rangkas Bitung, Banten", fresh9 r530;
  Rangkasbitung), as Indonesian and Malay names often are ("Pekan Baru", "Tasik Malaya"): after a distance, two capitalised
  words no name matches are looked up joined (geomap/fuzzy_anchors.py), populated places only;
- a journey's length, "from A to B" after a verb of going or "a distance of" ("The rescue team travelled a
  distance of up to 25km from St Helena to the Eland shaft", fresh9 r567): no zone around A, as "walked 5 km
  to X" already drew none;
- a state's line ("about 40 miles north of the Arkansas line", fresh6 r399): a band along the state's boundary
  with its neighbours, on the side beyond the line towards the stated direction (geomap/division_lines.py),
  instead of a warning and no zone.
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases

CASES = {name: relation_cases(f"{name}.jsonl") for name in ("fresh5", "fresh6", "fresh7", "fresh8", "fresh9")}

FAMILIES = [
    ("fresh8", "r486", "incident", "a settlement's kind before a town's name: 'the capital of Maputo'"),
    ("fresh7", "r426", "incident", "a part of the town: 'the downtown area of Delingha'"),
    ("fresh9", "r539", "incident", "a misspelt unit: 'about 467 kilomters (290 miles) southeast of Lima'"),
    ("fresh8", "r494", "incident", "a unit printed twice: 'some 110 miles (177 kilometers) miles southeast'"),
    ("fresh6", "r399", "incident", "a state's line: 'about 40 miles north of the Arkansas line'"),
    ("fresh9", "r561", "incident", "the town named before: '... near Johannesburg ... 30 km west ... of the city'"),
    ("fresh9", "r530", "incident", "a name written in two words: '18km southwest of Rangkas Bitung'"),
    ("fresh9", "r567", "distractor", "a journey: 'travelled a distance of up to 25km from St Helena to the ...'"),
]


@pytest.mark.parametrize("corpus, case_id, role, wording", FAMILIES, ids=[f[1] for f in FAMILIES])
def test_family_is_read_on_the_real_quote(corpus, case_id, role, wording):
    check_relation_case(CASES[corpus][case_id], role, wording)


def _zone_anchors(text: str) -> list[tuple[str, str]]:
    """(anchor name, anchor type) of each zone drawn from ``text``."""
    from geomap.result import run

    features = run(text).geojson["features"]
    places = {f["properties"]["id"]: f["properties"] for f in features if f["properties"]["kind"] == "place"}
    return [(places[z["anchor"]]["name"], places[z["anchor"]]["place_type"])
            for z in (f["properties"] for f in features) if z["kind"] == "zone"]


@pytest.mark.parametrize("text, anchors", [
    ("The road was cut some 80 kilometres north of the capital of Maputo.", [("Maputo", "capital")]),
    ("The road was cut some 80 kilometres north of the city of Maputo.", [("Maputo", "capital")]),
    # a division's kind after the name: the province is meant
    ("The road was cut some 80 kilometres north of the capital of Maputo province.", [("Maputo", "admin1")]),
])
def test_a_towns_kind_in_front_measures_from_the_town(text, anchors):
    assert _zone_anchors(text) == anchors


@pytest.mark.parametrize("written, metres", [
    ("kilomters", 1000.0), ("killometers", 1000.0), ("kilometrs", 1000.0), ("kilometeres", 1000.0),
    ("kilometres", 1000.0), ("Kilometers", 1000.0),
])
def test_misspelt_kilometres_are_kilometres(written, metres):
    from geomap.relation_patterns import DISTANCE_RE, unit_metres

    m = DISTANCE_RE.search(f"The quake struck 12 {written} north of Lima.")
    assert (m.group("unit"), m.group("prep")) == (written, "of")
    assert unit_metres(m.group("unit")) == metres


def test_a_unit_printed_again_needs_a_conversion_before_it():
    """Only after a bracketed value is a second unit word a misprint; "3 miles miles" is no statement of it."""
    from geomap.relation_patterns import DISTANCE_RE

    m = DISTANCE_RE.search("It was 3 km (2 miles) miles north of Lima.")
    assert (m.group("dir"), m.group("prep")) == ("north", "of")
    assert DISTANCE_RE.search("It was 3 km miles north of Lima.").group("dir") is None


@pytest.mark.parametrize("text, drawn", [
    ("Rescuers drove 40 km from Kabul to the village of Paghman.", False),
    ("The convoy had travelled about 30 miles from Mosul to Erbil when it was hit.", False),
    # no verb of going, or no "to": where the event lies
    ("The crash happened 40 km from Kabul, to the north of the highway.", True),
    ("Rescuers drove to the site, 40 km from Kabul.", True),
])
def test_a_journeys_length_is_no_location(text, drawn):
    assert bool(_zone_anchors(text)) is drawn


def _zone(text: str) -> dict:
    from geomap.result import run

    zones = [f for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert len(zones) == 1, zones
    return zones[0]


def test_a_states_line_with_a_direction_is_a_band_beyond_it():
    """"40 miles north of the Arkansas line": Missouri's side, 40 miles (+/-25%) from the state line."""
    from shapely.geometry import Point, shape

    from geomap.division_lines import boundary_parts, division_outline
    from geomap.geometry import geodesic_m
    from geomap.line_bands import densify

    zone = _zone("The victims were found in Tyrone, about 40 miles north of the Arkansas line.")
    props, geom = zone["properties"], shape(zone["geometry"])
    assert (props["shape"], props["line"], props["bearing_deg"]) == ("band", "boundary of geonames:4099753", 0.0)
    arkansas = division_outline("geonames:4099753")
    assert geom.intersection(arkansas).area < 0.001 * geom.area  # beyond the line, not in Arkansas
    assert geom.centroid.y > arkansas.bounds[3]  # north of it (Arkansas's northern line runs at 36.5 N)
    line = [p for part in boundary_parts("geonames:4099753") for p in densify(list(part), 2000.0)]
    for x, y in geom.representative_point().coords:
        nearest = min(geodesic_m(y, x, lat, lon) for lon, lat in line)
        assert props["inner_m"] - 10_000 <= nearest <= props["outer_m"] + 10_000
    assert not geom.contains(Point(-92.3, 34.7))  # Little Rock


def test_a_states_line_without_a_direction_is_both_sides():
    from shapely.geometry import shape

    from geomap.division_lines import division_outline

    zone = _zone("A tornado touched down 5 miles from the Texas state line.")
    geom, texas = shape(zone["geometry"]), division_outline("geonames:4736286")
    assert zone["properties"]["line"] == "boundary of geonames:4736286"
    assert 0.2 < geom.intersection(texas).area / geom.area < 0.8


def test_a_state_with_no_neighbour_draws_no_band():
    """Hawaii's outline meets no other division's: no line to measure from, a warning, no zone."""
    from geomap.result import run

    result = run("The quake struck 10 km from the Hawaii border.")
    assert not [f for f in result.geojson["features"] if f["properties"]["kind"] == "zone"]
    assert any(w["code"] == "no_anchor" for w in result.warnings)


@pytest.mark.parametrize("text, roles", [
    # a line places the previous statement's anchor, at any figure: "a town that lies ... south of the border"
    ("It was centered 40 miles (65 km) southwest of Eureka, a town that lies about 25 miles (40 km) south of the "
     "Oregon border.", ["incident", "context"]),
    # a point at a comparable figure stays a second locator of the event ("70 km W of Pescara, 95 km NE of Rome")
    ("It was centered 40 miles (65 km) southwest of Eureka, a town that lies about 25 miles (40 km) south of "
     "Crescent City.", ["incident", "incident"]),
])
def test_a_line_after_the_previous_anchor_places_that_anchor(text, roles):
    from geomap.result import run

    zones = [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]
    assert [z["role"] for z in zones] == roles


@pytest.mark.parametrize("case_id, metres, bearing", [("r349", 50_000.0, 247.5), ("r350", 30_000.0, 225.0)])
def test_a_conversion_after_a_slash_or_or_keeps_the_first_figure(case_id, metres, bearing):
    from repo_scripts import zones_over

    case = CASES["fresh5"][case_id]
    assert [(z["distance_m"], z["bearing_deg"]) for z in zones_over(case)] == [(metres, bearing)]
    assert case["distance_m"] == metres


@pytest.mark.parametrize("text, unit", [
    ("The car was doing 50 km/h north of Lima.", "km"),  # a speed: no conversion to read
    ("The quake struck 2 or 3 km from Lima.", "km"),  # a range, as before
])
def test_a_slash_or_or_without_a_second_figure_is_no_conversion(text, unit):
    from geomap.relation_patterns import DISTANCE_RE

    m = DISTANCE_RE.search(text)
    assert (m.group("unit"), m.group("conv")) == (unit, None)


@pytest.mark.parametrize("text, anchors", [
    ("Fighting raged in Mosul. A bomb went off 20 km south of the city.", [("Mosul", "city")]),
    ("Fighting raged in Mosul and Kirkuk. A bomb went off 20 km south of the city.", []),  # which one?
    ("Fighting raged at the Kirkuk refinery in Mosul. A bomb went off 20 km south of the city.", [("Mosul", "city")]),
    ("A bomb went off 20 km south of the city of Kirkuk.", [("Kirkuk", "city")]),
])
def test_the_city_is_the_one_town_named_before(text, anchors):
    assert _zone_anchors(text) == anchors


@pytest.mark.parametrize("statement, anchor, bearing", [
    ("76 km (47 miles) SSE (154°) from San Antonio", "San Antonio", 157.5),
    ("463 km (288 miles) SSW (197°) from Dallas", "Dallas", 202.5),
    ("26 km (16 miles) WSW (249°) from Karnes City", "Karnes City", 247.5),
])
def test_a_bearing_in_degrees_lets_the_statement_reach_its_anchor(statement, anchor, bearing):
    case = CASES["fresh5"]["r321"]
    quote = case["quote"]
    start = quote.index(statement)
    zones = [z for z in _zones_with_evidence(quote) if z["evidence"][0]["start"] == start]
    assert [(z["anchor_text"], z["bearing_deg"]) for z in zones] == [(anchor, bearing)]


def _zones_with_evidence(text: str) -> list[dict]:
    from geomap.result import run

    return [f["properties"] for f in run(text).geojson["features"] if f["properties"]["kind"] == "zone"]


@pytest.mark.parametrize("text, anchors", [
    ("The bus crashed 10 km from Pekan Baru.", [("Pekanbaru", "city")]),
    ("The quake struck 62 km southwest of Tasik Malaya.", [("Tasikmalaya", "city")]),
    ("The fire was 3 km from Main Street.", []),  # no town of the joined name
])
def test_a_name_written_in_two_words_is_looked_up_joined(text, anchors):
    assert _zone_anchors(text) == anchors
