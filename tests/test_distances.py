import math

import pytest
from hypothesis import given, strategies as st

from geomap.relations import DISTANCE_RE, distance_range, parse_bearing, parse_number, unit_metres
from geomap.pipeline import extract

# (phrase, distance in metres, bearing or None, qualifier) — wordings from news reports
PHRASES = [
    ("just 700 meters from Soleimani's grave", 700, None, "just"),
    ("a kilometer away", 1000, None, None),
    ("some 35 kilometers from the city", 35000, None, "some"),
    ("400 yards from the embassy", 365.76, None, None),
    ("within 2 km of the plant", 2000, None, "within"),
    ("about half a mile from the school", 804.672, None, "about"),
    ("1,200 ft from the runway", 365.76, None, None),
    ("two miles from the border", 3218.688, None, None),
    ("1.5 km from the port", 1500, None, None),
    ("30 km north-west of Mosul", 30000, 315.0, None),
    ("12 km NNE of Ridgecrest", 12000, 22.5, None),
    ("73.4 km southwest of Marrakesh", 73400, 225.0, None),
    ("62 kilometres southeast of the capital", 62000, 135.0, None),
    ("5 miles east of Dover", 8046.72, 90.0, None),
    ("20 nautical miles off the coast", 37040, None, None),
    ("twenty-five kilometres from Kyiv", 25000, None, None),
]


@pytest.mark.parametrize("phrase,metres,bearing,qualifier", PHRASES)
def test_distance_phrases(phrase, metres, bearing, qualifier):
    m = DISTANCE_RE.search(phrase)
    assert m is not None
    value = parse_number(m.group("num")) * unit_metres(m.group("unit"))
    assert value == pytest.approx(metres, rel=1e-9)
    got_bearing = parse_bearing(m.group("dir"))[0] if m.group("dir") else None
    assert got_bearing == bearing
    assert (m.group("qual") and m.group("qual").lower()) == qualifier


# Numbers and units that are not distances, each followed by a place a distance could be measured
# from: a misreading would show as a relation or as a "no_anchor" warning.
NOT_DISTANCES = ["The toll was 103 by 10 a.m. EST in Kerman", "Strikes killed 10 fighters from Kerman",
                 "Crews arrived some 15 minutes after the blast in Kerman", "He walked a m from Kerman",
                 "2 men from Kerman were hurt", "The hospital is 15 minutes away from Kerman"]


@pytest.mark.parametrize("text", NOT_DISTANCES)
def test_not_distances(text, mini_gazetteer):
    ex = extract("Bombs hit Kerman, Iran. " + text + ".", mini_gazetteer)
    assert ex.relations == ()
    assert [w for w in ex.warnings if w.code == "no_anchor"] == []


def test_the_not_distances_frame_does_see_a_distance(mini_gazetteer):
    """The frame of test_not_distances reads a real distance, so its empty results mean something."""
    ex = extract("Bombs hit Kerman, Iran. He walked 2 m from Kerman.", mini_gazetteer)
    assert [(r.anchor_text, r.distance_m) for r in ex.relations] == [("Kerman", 2.0)]


def test_seed_relations(seed_text):
    rels = extract(seed_text).relations
    assert [(r.anchor, r.distance_m, r.label) for r in rels] == [
        ("curated:soleimani-grave", 700.0, "first explosion"),
        ("curated:soleimani-grave", 1000.0, "second explosion"),
    ]
    assert not rels[0].elliptical and rels[1].elliptical
    assert rels[1].relative_time == "some 15 minutes after the first"


def test_elliptical_distance_without_an_earlier_anchor_is_a_warning(mini_gazetteer):
    ex = extract("Bombs hit Kerman, Iran. The second was a kilometer away.", mini_gazetteer)
    assert ex.relations == ()
    assert [w.code for w in ex.warnings] == ["no_anchor"]


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from([None, "about", "just", "some"]))
def test_range_always_contains_the_stated_distance(n, qual):
    inner, outer = distance_range(float(n), str(n), qual)
    assert 0 <= inner < n < outer
    assert outer - inner <= n  # never wider than the distance itself


@given(st.integers(min_value=1, max_value=10**6))
def test_rounder_numbers_get_wider_rings(n):
    exact = distance_range(float(n * 10 + 7), str(n * 10 + 7), None)
    round_ = distance_range(float(n * 10), str(n * 10), None)
    assert (round_[1] - round_[0]) / (n * 10) >= (exact[1] - exact[0]) / (n * 10 + 7) - 1e-12


@given(st.integers(min_value=0, max_value=999_999_999))
def test_parse_number_digits_with_separators(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_bearings_are_compass_steps():
    for word, deg in [("north", 0), ("north-east", 45), ("east", 90), ("south east", 135), ("SSW", 202.5),
                      ("west-northwest", 292.5)]:
        assert math.isclose(parse_bearing(word)[0], deg)
