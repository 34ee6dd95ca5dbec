"""Relative statements as real reports word them (issue #11): one test per family.

The sentences have the shapes of the issue's examples and of eval/relations
(wire copy, agency titles, coast guard reports); the corpus itself is scored
by tests/test_real_relations.py.
"""
import functools

import pytest
from hypothesis import given, settings, strategies as st
from shapely.geometry import Point

from geomap.line_bands import band, densify, line_parts, outline
from geomap.result import run

MI, NMI = 1609.344, 1852.0


@functools.lru_cache(maxsize=None)
def _features(text):
    return run(text).geojson["features"]


def _zones(text, kind="zone"):
    return [f["properties"] for f in _features(text) if f["properties"]["kind"] == kind]


def _place(text, pid):
    return next(f["properties"] for f in _features(text) if f["properties"]["id"] == pid)


@pytest.mark.parametrize("sentence, anchor, distance, bearing, figure", [
    ("The blast happened 3 km (2 miles) east of the city of Kandahar.", "Kandahar", 3000, 90, "3 km (2 miles)"),
    ("It hit about 44 km (27 miles) southwest of the city of Jalalabad.", "Jalalabad", 44000, 225, "44 km (27 miles)"),
    ("The quake struck 12 kilometers (7.5 miles) southwest of Mandalay.", "Mandalay", 12000, 225,
     "12 kilometers (7.5 miles)"),
    ("The plane crashed 15 miles (24 kilometers) north of Anchorage.", "Anchorage", 15 * MI, 0,
     "15 miles (24 kilometers)"),
    ("M 6.1 - 23 km NNE of Sola, Vanuatu", "Sola", 23000, 22.5, "23 km"),
    ("512km (318mi) SE of Anchorage, Alaska", "Anchorage", 512000, 135, "512km (318mi)"),
    ("It fell about 200 feet, or 60 meters, from Kabul.", "Kabul", 200 * 0.3048, None, "200 feet, or 60 meters"),
    ("The bus crashed eight miles north of Kathmandu.", "Kathmandu", 8 * MI, 0, "eight miles"),
    ("The plane ended up about a half mile south of Tulsa.", "Tulsa", MI / 2, 180, "a half mile"),
    ("The fire burned two and a half miles west of Athens.", "Athens", 2.5 * MI, 270, "two and a half miles"),
    ("The quake hit around 43km south-east of the city of Kangding in Sichuan province.", "Kangding", 43000, 135,
     "43km"),
    ("The epicentre was about 180km south-west of Sichuan\u2019s capital Chengdu.", "Chengdu", 180000, 225, "180km"),
    ("The strike was 75 miles (120 km) north of the port of Kismayo.", "Kismayo", 75 * MI, 0, "75 miles (120 km)"),
    ("It hit 50km from the Shia holy city of Karbala.", "Karbala", 50000, None, "50km"),
    ("It sank 120 kilometers to the north of the town of Kismayo.", "Kismayo", 120000, 0, "120 kilometers"),
    ("It struck 20 km from the centre of Kabul.", "Kabul", 20000, None, "20 km"),
    ("Fighters rushed to the village of Haldummulla, 190 km (120 m) inland from the capital Colombo.", "Colombo",
     190000, None, "190 km (120 m)"),
])
def test_real_wordings_are_read_with_the_texts_own_figure(sentence, anchor, distance, bearing, figure):
    zones = _zones(sentence)
    assert len(zones) == 1, zones
    z = zones[0]
    assert z["anchor_text"] == anchor
    assert z["distance_m"] == pytest.approx(distance, rel=1e-6)
    assert z["bearing_deg"] == bearing
    assert z["distance_text"] == figure
    assert z["name"].startswith(figure) and figure in z["description"]


@pytest.mark.parametrize("sentence, inner, outer, distance", [
    ("Shells hit between 5 and 10 km from Kharkiv.", 5000, 10000, 7500),
    ("A fire broke out 10-15 km north of Athens.", 10000, 15000, 12500),
    ("A bomb went off a few hundred metres from Kabul.", 200, 500, 300),
])
def test_ranges_and_vague_quantities_are_their_range(sentence, inner, outer, distance):
    (z,) = _zones(sentence)
    assert (z["inner_m"], z["outer_m"], z["distance_m"]) == (inner, outer, distance)


@pytest.mark.parametrize("sentence, reason", [
    ("Last week, such an attack took place in Gadud, about 250 miles southwest of Mogadishu.", "earlier event"),
    ("On that occasion, a quake hit a sparsely populated area about 100km west of Chengdu.", "earlier event"),
    ("The survivor had left Bimini, about 50 miles (80 km) east of Miami, in a boat.", "another place"),
    ("Aid was delivered to the town of Charikot, about 50 miles northeast of Kathmandu.", "another place"),
])
def test_other_events_and_other_places_are_context_never_incident(sentence, reason):
    zones = _zones(sentence)
    assert zones and all(z["role"] == "context" and reason in z["role_reason"] for z in zones)
    assert not _zones(sentence, "event")


def test_a_town_located_from_another_is_the_incident_and_the_other_checks_it():
    text = "Police were called to Wallan, a rural town 30 miles north of Melbourne, where the train derailed."
    (z,) = _zones(text)
    assert z["role"] == "incident" and z["role_reason"] is None and _zones(text, "event")


def test_a_capital_named_only_by_its_country_is_that_countrys_capital():
    fc = run("The explosion struck a checkpoint about 60 miles from Iraq's capital.").geojson
    (z,) = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone"]
    anchor = next(f["properties"] for f in fc["features"] if f["properties"]["id"] == z["anchor"])
    assert anchor["name"] == "Baghdad" and z["distance_m"] == pytest.approx(60 * MI)  # not a ring around Iraq


def test_a_capital_named_only_by_a_province_is_no_anchor():
    fc = run("The explosion struck a checkpoint about 60 miles from Sichuan's capital.").geojson
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "zone"]  # not a ring around Sichuan
    assert any(w["code"] == "no_anchor" and "Sichuan" in w["message"] for w in fc["geomap"]["warnings"])


@pytest.mark.parametrize("sentence, line", [
    ("Pirates fired on a tanker 1,850 kilometers off the coast of Somalia.", "coast"),
    ("Pirates attacked a ship about 1,000 miles (1,600 kilometers) east of the Somali coast.", "coast"),
    ("The ferry sank 20 nautical miles off Malta.", "coast"),
    ("A shell landed 5 km from the border with Afghanistan.", "border"),
])
def test_coasts_and_borders_are_bands_along_the_line(sentence, line):
    (z,) = _zones(sentence)
    assert z["shape"] == "band" and line in z["name"] and line in z["description"]
    (e,) = _zones(sentence, "event")
    assert e["best_guess"] is None  # no point is invented along a line


# ---- line anchors are bands in metres on the ellipsoid (property tests) ------------------------

COASTS = ["MT", "SO", "LK", "CU", "IS", "NZ", "JP", "GR"]


def _line_points(iso, line, step):
    return [p for part in line_parts(iso, line) for p in densify(part, step)]


def _nearest_m(lon, lat, line):
    from geomap.geometry import _geod

    lons, lats = [p[0] for p in line], [p[1] for p in line]
    return min(_geod().inv([lon] * len(line), [lat] * len(line), lons, lats)[2])


@settings(max_examples=10, deadline=None)
@given(iso=st.sampled_from(COASTS), outer_km=st.floats(20, 300), frac=st.floats(0, 0.9), seed=st.integers(0, 10**6))
def test_coast_bands_lie_between_the_two_distances_on_the_sea_side(iso, outer_km, frac, seed):
    import random

    from geomap.line_bands import LINE_UNCERTAINTY_M

    outer, inner = outer_km * 1000, outer_km * 1000 * frac
    area = band(iso, "coast", inner, outer)
    inner = inner if inner >= LINE_UNCERTAINTY_M else 0.0  # finer than the outlines: no hole (documented)
    line = _line_points(iso, "coast", outer / 64)
    rnd = random.Random(seed)
    minx, miny, maxx, maxy = area.bounds
    tested = 0
    while tested < 15:
        p = Point(rnd.uniform(minx, maxx), rnd.uniform(miny, maxy))
        if not area.contains(p):
            continue
        tested += 1
        d = _nearest_m(p.x, p.y, line)
        assert inner * (1 - 1 / 100) - 50 <= d <= outer * 1.005 + 50, (iso, inner, outer, d)
        assert not outline(iso).contains(p)  # the sea side


@settings(max_examples=4, deadline=None)
@given(iso=st.sampled_from(["AF", "MX", "IQ"]), outer_km=st.floats(20, 100))
def test_border_bands_reach_both_sides_in_metres(iso, outer_km):
    outer = outer_km * 1000
    area = band(iso, "border", 0, outer)
    line = line_parts(iso, "border")
    assert line
    lon, lat = line[0][0]
    assert area.contains(Point(lon, lat))  # the line itself is in a band that starts at 0 m
    assert area.intersects(outline(iso)) and not outline(iso).contains(area)  # both sides of the line


@settings(max_examples=25, deadline=None)
@given(n=st.integers(2, 900), unit=st.sampled_from([("km", 1000.0), ("miles", MI), ("nautical miles", NMI)]),
       conv=st.integers(1, 1500), town=st.sampled_from(["Kabul", "Mosul", "Tulsa", "Athens"]))
def test_any_converted_distance_keeps_its_first_figure_and_unit(n, unit, conv, town):
    text = f"The strike hit {n} {unit[0]} ({conv} km) west of {town}."
    (z,) = _zones(text)
    assert z["distance_m"] == pytest.approx(n * unit[1], rel=1e-9)
    assert z["distance_text"] == f"{n} {unit[0]} ({conv} km)" and z["bearing_deg"] == 270
