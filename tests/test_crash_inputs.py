"""Issue #9: plausible text that crashed the pipeline. Each is now a map, or a warning, never a crash."""
import pytest

from geojson_checks import problems
from geomap.relations import distance_range, parse_number
from geomap.result import run


def _codes(result):
    return [w["code"] for w in result.warnings]


def _zones(result):
    return [f for f in result.features if f["properties"]["kind"] == "zone"]


@pytest.mark.parametrize("text", ["The blast was north-south of Kerman, Iran.",
                                  "The blast was east-west of Kerman, Iran.",
                                  "It hit in the north-south of Kerman."])
def test_a_direction_that_is_no_direction_is_a_warning(text):
    r = run(text)
    assert _zones(r) == []
    assert "unknown_direction" in _codes(r)
    assert problems(r.geojson, text) == []


def test_a_distance_with_a_nonsense_direction_keeps_the_distance():
    r = run("The blast was 30 km north-south of Kerman, Iran.")
    (zone,) = _zones(r)
    assert zone["properties"]["distance_m"] == 30_000 and zone["properties"]["bearing_deg"] is None
    assert "unknown_direction" in _codes(r)


@pytest.mark.parametrize("number,unit", [("0.0001", "m"), ("0.5", "m"), ("2", "ft"), ("10000000000", "m"),
                                         ("25000", "km"), ("9" * 400, "m"), ("1" + "0" * 400, "km"),
                                         ("11111111111111111111", "km")])
@pytest.mark.parametrize("direction", ["", " NNE"])
def test_a_distance_no_zone_can_have_is_skipped_with_a_warning(number, unit, direction):
    text = f"The blast was {number} {unit}{direction} from Kerman, Iran."
    r = run(text)
    assert _zones(r) == []  # and not re-read as a vague "north of Kerman" either
    (w,) = [w for w in r.warnings if w["code"] == "distance_out_of_range"]
    assert text[w["start"]:w["end"]] == w["text"] and number in w["text"]
    assert problems(r.geojson, text) == []


@pytest.mark.parametrize("metres", ["1", "1.2", "19000000", "20000000"])
def test_distances_at_the_ends_of_the_range_are_drawn(metres):
    text = f"The blast was {metres} m from Kerman, Iran."
    r = run(text)
    assert len(_zones(r)) == 1
    assert problems(r.geojson, text) == []


def test_a_number_with_hundreds_of_digits_does_not_overflow():
    with pytest.raises(ValueError):
        parse_number("1" + "0" * 400)
    inner, outer = distance_range(1e5, "1" + "0" * 5, None)
    assert inner < 1e5 < outer
    assert distance_range(float("inf"), "1" + "0" * 400, None)  # no OverflowError


@pytest.mark.parametrize("text", ["It happened near Russia.", "It happened north of Asia.",
                                  "It happened near Antarctica.", "It happened north of the Arctic Ocean.",
                                  "The blast was 8000 km from Kerman, Iran.",
                                  "The blast was 12000 km north of Paris.",
                                  "It happened between Paris and Auckland."])
def test_zones_around_a_pole_or_past_the_antimeridian_are_valid_geojson(text):
    r = run(text)
    assert _zones(r)
    assert problems(r.geojson, text) == []


@pytest.mark.parametrize("km,holds_pole", [(5000, False), (7000, True), (8000, False)])
def test_a_zone_holds_the_north_pole_when_its_radii_straddle_it(km, holds_pole):
    from shapely.geometry import Point, shape

    # Kerman is 6,630 km from the North Pole: 7000 km is drawn 6.5-7.5 thousand km, 8000 km 7.5-8.5
    r = run(f"The blast was {km} km from Kerman, Iran.")
    (zone,) = _zones(r)
    area = shape(zone["geometry"])
    assert area.buffer(1e-9).contains(Point(0, 90)) is holds_pole
    assert area.buffer(1e-9).contains(Point(57.08, 90 - 0.1)) is holds_pole
    assert not area.contains(Point(57.08, 30.28))  # the anchor is in the hole
