"""Relative locations in many real-world wordings (issue 4).

Each case is written in the style of a public report of its kind (noted at
the end of the row) and asserts the parsed anchor, distance, bearing and the
geometry built from it.
"""
import functools

import pytest
from geopy.distance import geodesic
from hypothesis import given, settings, strategies as st
from shapely.geometry import Point, shape

from geomap.geometry import corridor, destination, sector, widen
from geomap.result import run

MI, YD, FT, NMI = 1609.344, 0.9144, 0.3048, 1852.0

# (sentence, anchor text, relation, distance m, bearing, qualifier or vague term)
CASES = [
    ("The quake struck 12 km NNE of Ridgecrest.", "Ridgecrest", "distance", 12000, 22.5, None),  # USGS event page
    ("The epicentre was 73.4 km southwest of Marrakesh.", "Marrakesh", "distance", 73400, 225, None),  # EMSC
    ("A magnitude 6.2 quake hit 30 km north-west of Herat.", "Herat", "distance", 30000, 315, None),  # Reuters quake
    ("The earthquake was centred 62 kilometres southeast of Kathmandu.", "Kathmandu", "distance", 62000, 135, None),  # AP
    ("The quake's epicentre lay 19 miles west of Anchorage.", "Anchorage", "distance", 19 * MI, 270, None),  # AP
    ("It struck 45 km ESE of Acapulco.", "Acapulco", "distance", 45000, 112.5, None),  # USGS
    ("The tremor was 8 km S of Naples.", "Naples", "distance", 8000, 180, None),  # INGV bulletin
    ("A 5.9 quake struck 100 km east of Izmir.", "Izmir", "distance", 100000, 90, None),  # AFAD / Reuters
    ("The earthquake hit about 25 km north of Antakya.", "Antakya", "distance", 25000, 0, "about"),  # BBC
    ("The epicentre was 11 km WSW of Pokhara.", "Pokhara", "distance", 11000, 247.5, None),  # NSC Nepal
    ("The quake struck 16 km SSE of Tokyo.", "Tokyo", "distance", 16000, 157.5, None),  # USGS
    ("The epicenter was located 7 km ENE of Osaka.", "Osaka", "distance", 7000, 67.5, None),  # JMA via AP
    ("The strike hit 5 miles east of Kandahar.", "Kandahar", "distance", 5 * MI, 90, None),  # military briefing
    ("Shelling was reported 20 km south of Kharkiv.", "Kharkiv", "distance", 20000, 180, None),  # war update
    ("The drone struck a depot 40 km north of Donetsk.", "Donetsk", "distance", 40000, 0, None),  # war update
    ("A strike hit 9 miles south-west of Kyiv.", "Kyiv", "distance", 9 * MI, 225, None),  # war update
    ("The site lies 25 km NW of Mosul.", "Mosul", "distance", 25000, 315, None),  # coalition strike report
    ("The bus plunged into a ravine 60 km north of Lima.", "Lima", "distance", 60000, 0, None),  # crash report
    ("The fire burned 10 miles north of Anchorage.", "Anchorage", "distance", 10 * MI, 0, None),  # wildfire update
    ("Landslides struck 80 km northeast of Kathmandu.", "Kathmandu", "distance", 80000, 45, None),  # flood report
    ("The cyclone made landfall 120 km south of Chittagong.", "Chittagong", "distance", 120000, 180, None),  # IMD
    ("The wildfire was 5 km west of Athens.", "Athens", "distance", 5000, 270, None),  # fire brigade update
    ("The tornado touched down 4 miles northeast of Tulsa.", "Tulsa", "distance", 4 * MI, 45, None),  # NWS survey
    ("It happened approximately 65 km west of Santiago.", "Santiago", "distance", 65000, 270, "approximately"),  # crash
    ("The blast occurred some 200 metres from the White House.", "White House", "distance", 200, None, "some"),  # AP
    ("A car bomb exploded 300 meters from the Kremlin.", "Kremlin", "distance", 300, None, None),  # wire report
    ("Police sealed an area 500 metres from Buckingham Palace.", "Buckingham Palace", "distance", 500, None, None),
    ("An explosion was heard 2 km from Beirut.", "Beirut", "distance", 2000, None, None),  # explosion report
    ("Missiles landed 15 kilometres from Zaporizhzhia.", "Zaporizhzhia", "distance", 15000, None, None),  # war update
    # the anchor is the airport itself (data/features.tsv), no longer the city it serves
    ("The plane crashed 3 miles from Kathmandu airport.", "Kathmandu airport", "distance", 3 * MI, None, None),
    ("The jet went down about 35 km from Tehran.", "Tehran", "distance", 35000, None, "about"),  # crash report
    ("The ship sank 20 nautical miles off Benghazi.", "Benghazi", "distance", 20 * NMI, None, None),  # maritime
    ("The train derailed 400 yards from Quito.", "Quito", "distance", 400 * YD, None, None),  # rail accident
    ("The helicopter came down 1.5 km from Manila.", "Manila", "distance", 1500, None, None),  # crash report
    ("The plane crashed less than a mile from Karachi.", "Karachi", "distance", MI, None, "less than"),  # crash
    ("Floodwaters reached 2 km from Derna.", "Derna", "distance", 2000, None, None),  # flood report
    ("The attack took place nearly 3 km from Sanaa.", "Sanaa", "distance", 3000, None, "nearly"),  # conflict report
    ("It happened more than 10 km from Aden.", "Aden", "distance", 10000, None, "more than"),  # conflict report
    ("Shells fell within 2 km of Taiz.", "Taiz", "distance", 2000, None, "within"),  # conflict report
    ("The explosion was about half a mile from Peshawar.", "Peshawar", "distance", MI / 2, None, "about"),  # police
    ("The camp is 1,200 ft from Rafah.", "Rafah", "distance", 1200 * FT, None, None),  # aid agency
    ("The blast was two miles from Maiduguri.", "Maiduguri", "distance", 2 * MI, None, None),  # wire report
    ("The bomb went off a kilometre from Mogadishu.", "Mogadishu", "distance", 1000, None, None),  # wire report
    ("Gunfire erupted some 35 kilometers from Khartoum.", "Khartoum", "distance", 35000, None, "some"),  # wire
    ("The ferry capsized 3 nautical miles from Surabaya.", "Surabaya", "distance", 3 * NMI, None, None),  # maritime
    ("The crash happened 250 yards from Warsaw.", "Warsaw", "distance", 250 * YD, None, None),  # local news
    ("Clashes broke out on the outskirts of Aleppo.", "Aleppo", "vague", None, None, "outskirts"),  # conflict
    ("Flooding hit villages on the outskirts of Karachi.", "Karachi", "vague", None, None, "outskirts"),  # flood
    ("Fighting raged near Bakhmut.", "Bakhmut", "vague", None, None, "near"),  # war update
    ("The aircraft crashed near Kabul.", "Kabul", "vague", None, None, "near"),  # crash report
    ("Rains flooded areas close to Dhaka.", "Dhaka", "vague", None, None, "near"),  # flood report
    ("Strikes hit just outside Mosul.", "Mosul", "vague", None, None, "outside"),  # coalition report
    ("The blaze started just outside Lahore.", "Lahore", "vague", None, None, "outside"),  # fire report
    ("Rockets fell in the east of Lviv.", "Lviv", "vague", None, 90, "interior"),  # war update
    ("Gunmen attacked a checkpoint in northern Mosul.", "Mosul", "vague", None, 0, "interior"),  # conflict
    ("Mudslides hit in the north of Lima.", "Lima", "vague", None, 0, "interior"),  # disaster report
    ("Troops advanced north of Kramatorsk.", "Kramatorsk", "direction", None, 0, None),  # war update
    ("The airstrike hit a village south of Damascus.", "Damascus", "direction", None, 180, None),  # conflict
    ("Artillery hit positions west of Bakhmut.", "Bakhmut", "direction", None, 270, None),  # war update
    ("Fighting was reported between Kramatorsk and Donetsk.", "Kramatorsk", "between", None, None, None),  # war
    ("Floods cut the road between Lahore and Islamabad.", "Lahore", "between", None, None, None),  # flood report
]


@functools.lru_cache(maxsize=None)
def _geojson(sentence):
    return run(sentence).geojson


@pytest.mark.parametrize("sentence,anchor,kind,distance,bearing,extra", CASES,
                         ids=[c[0][:40] for c in CASES])
def test_relative_statement(sentence, anchor, kind, distance, bearing, extra):
    fc = _geojson(sentence)
    zones = [f for f in fc["features"] if f["properties"]["kind"] == "zone"]
    assert len(zones) == 1, [z["properties"]["name"] for z in zones]
    z = zones[0]["properties"]
    assert z["anchor_text"] == anchor
    assert z["relation"] == kind
    place = next(f for f in fc["features"] if f["properties"]["id"] == z["anchor"])
    alon, alat = place["geometry"]["coordinates"]
    poly = shape(zones[0]["geometry"])
    assert poly.is_valid
    event = next(f for f in fc["features"] if f["properties"]["kind"] == "event")
    assert shape(event["geometry"]).buffer(1e-9).contains(poly)  # anchor uncertainty only widens
    if kind == "distance":
        assert z["distance_m"] == pytest.approx(distance, rel=1e-6)
        assert z["bearing_deg"] == bearing
        if extra in ("within", "less than"):
            assert z["inner_m"] == 0 and z["outer_m"] == pytest.approx(distance, rel=1e-4)
        elif extra == "nearly":
            assert z["outer_m"] == pytest.approx(distance) and z["inner_m"] < distance
        elif extra == "more than":
            assert z["inner_m"] == pytest.approx(distance) and z["outer_m"] > distance
        else:
            assert z["qualifier"] == extra
            assert z["inner_m"] < distance < z["outer_m"]
        outer = poly.exterior.coords
        far = max(geodesic((alat, alon), (y, x)).m for x, y in outer)
        assert far == pytest.approx(z["outer_m"], rel=0.005)
        best = event["properties"]["best_guess"]
        if bearing is None:
            assert z["shape"] in ("ring", "disc") and best is None
        else:
            assert z["shape"] == "sector"
            assert z["bearing_halfwidth_deg"] == (11.25 if bearing % 45 else 22.5)
            assert geodesic((alat, alon), (best[1], best[0])).m == pytest.approx(distance, rel=0.005)
            assert poly.buffer(1e-9).contains(Point(best))
    elif kind == "vague":
        assert z["term"] == extra
        assert z["distance_m"] is None
        assert z["bearing_deg"] == bearing
        assert z["shape"] == {"outskirts": "ring", "outside": "ring", "near": "disc", "interior": "sector"}[extra]
        assert event["properties"]["best_guess"] is None
    elif kind == "direction":
        assert z["bearing_deg"] == bearing and z["shape"] == "sector" and z["bearing_halfwidth_deg"] == 45
        assert not poly.contains(Point(alon, alat))  # "north of X" is outside X
    else:
        assert z["shape"] == "corridor" and z["anchor2"]


def test_at_least_sixty_phrasings():
    """Sixty different sentences are each read as the relation to the anchor they state."""
    read = set()
    for sentence, anchor, kind, *_ in CASES:
        zones = [f["properties"] for f in _geojson(sentence)["features"] if f["properties"]["kind"] == "zone"]
        if [(z["anchor_text"], z["relation"]) for z in zones] == [(anchor, kind)]:
            read.add(sentence)
    assert len(read) >= 60, sorted({c[0] for c in CASES} - read)


def test_outskirts_scale_with_the_anchor():
    big = run("Clashes broke out on the outskirts of Karachi.").geojson
    small = run("Clashes broke out on the outskirts of Ridgecrest.").geojson

    def outer(fc):
        return next(f["properties"]["outer_m"] for f in fc["features"] if f["properties"]["kind"] == "zone")

    assert outer(big) > 2 * outer(small)


def test_vague_table_can_be_overridden():
    from geomap.zone_sizes import VAGUE_TABLE

    table = {**VAGUE_TABLE, "near": {"shape": "disc", "inner": [0, 0], "outer": [0, 1234]}}
    fc = run("Fighting raged near Bakhmut.", vague_table=table).geojson
    z = next(f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone")
    assert z["outer_m"] == 1234


def test_further_north_continues_the_previous_anchor():
    fc = run("The first blast was 700 meters from the Kremlin. The second blast site was 2 km further north.").geojson
    zones = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone"]
    assert [(z["distance_m"], z["bearing_deg"], z["elliptical"]) for z in zones] == [
        (700, None, False), (2000, 0, True)]


@settings(max_examples=60, deadline=None)
@given(lat=st.floats(-80, 80), lon=st.floats(-180, 180), inner=st.floats(0, 40_000),
       width=st.floats(100, 200_000), bearing=st.floats(0, 360), half=st.sampled_from([11.25, 22.5, 45.0]))
def test_sectors_are_exact_on_the_ellipsoid(lat, lon, inner, width, bearing, half):
    outer = inner + width
    poly = sector(lat, lon, inner, outer, bearing, half)
    assert poly.is_valid
    xs = [x for x, _ in poly.exterior.coords]
    assert max(xs) - min(xs) < 180  # no jump across the antimeridian
    from geomap.geometry import geodesic_m

    ds = [geodesic_m(lat, lon, y, x) for x, y in poly.exterior.coords]
    assert max(ds) == pytest.approx(outer, rel=0.005)
    blat, blon = destination(lat, lon, bearing, inner + width / 2)
    assert poly.buffer(1e-9).contains(Point(blon if abs(blon - lon) < 180 else blon + (360 if blon < lon else -360), blat))


@settings(max_examples=30, deadline=None)
@given(lat=st.floats(-80, 80), lon=st.floats(-180, 180), r=st.floats(100, 20_000), grow=st.floats(10, 20_000))
def test_widening_adds_the_anchor_radius(lat, lon, r, grow):
    from geomap.geometry import disc, geodesic_m

    grown = widen(disc(lat, lon, r), lat, lon, grow)
    far = max(geodesic_m(lat, lon, y, x) for x, y in grown.exterior.coords)
    assert far == pytest.approx(r + grow, rel=0.005)


def test_corridor_holds_both_anchors():
    band = corridor(48.72, 37.56, 48.0, 37.8, 20_000)
    assert band.contains(Point(37.56, 48.72)) and band.contains(Point(37.8, 48.0))


def test_the_capital_is_the_capital_of_the_country_in_the_story():
    text = ("A powerful earthquake struck Nepal on Saturday. The quake was centred "
            "62 kilometres southeast of the capital, officials said.")
    fc = run(text).geojson
    z = next(f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone")
    anchor = next(f["properties"] for f in fc["features"] if f["properties"]["id"] == z["anchor"])
    assert anchor["name"] == "Kathmandu" and anchor["place_type"] == "capital"
    assert (z["distance_m"], z["bearing_deg"]) == (62000, 135)
    assert z["anchor_text"] == "capital"


def test_the_capital_without_a_country_is_left_unresolved():
    fc = run("Bombs hit Kerman, Iran. Officials in the capital of the region spoke.").geojson
    assert all(f["properties"]["name"] != "Tehran" for f in fc["features"])
