"""The small steps of relation finding (geomap.relation_steps, relation_times, zone_shapes, wording).

Articles here are built by hand: places are given, not looked up, so each test
checks one step on its own.
"""
import re

import pytest

from geomap.relations import find_relations
from geomap.model import Entry, Mention, Place, Relation
from geomap.relation_patterns import DISTANCE_RE, VAGUE_RE
from geomap.relation_steps import (ArticleIndex, TakenSpans, between_second, checked_distance, distance_anchor,
                                   elliptical_anchor, is_distractor, stated_bearing, ties_to_a_place, vague_kind,
                                   vague_statement)
from geomap.relation_times import attach_times, time_offset_s, time_phrases
from geomap.text import split_sentences
from geomap.wording import compass_word, describe, format_distance
from geomap.zone_shapes import best_guess, event_area, relation_shape

ENTRIES = {"Kerman": Entry("test:kerman", "Kerman", 30.28, 57.08, "IR", None, 0, "city", 8000.0),
           "Tehran": Entry("test:tehran", "Tehran", 35.69, 51.39, "IR", None, 0, "city", 20000.0),
           "Yazd": Entry("test:yazd", "Yazd", 31.9, 54.37, "IR", None, 0, "city", 6000.0)}


def article(text: str):
    """(text, sentences, mentions, places) with every name of ENTRIES in ``text`` a place mention."""
    sentences = split_sentences(text)
    by_name: dict[str, list[Mention]] = {}
    for name in ENTRIES:
        for m in re.finditer(name, text):
            s = next(s.index for s in sentences if s.start <= m.start() < s.end)
            by_name.setdefault(name, []).append(Mention(name, m.start(), m.end(), "name", name.lower(), s))
    places = tuple(Place(ENTRIES[n], tuple(ms)) for n, ms in by_name.items())
    mentions = tuple(m for ms in by_name.values() for m in ms)
    return text, sentences, mentions, places


def index(text: str) -> ArticleIndex:
    return ArticleIndex.build(*article(text))


def relation(anchor="test:kerman", sentence=0, **kw) -> Relation:
    base = dict(anchor=anchor, anchor_text="Kerman", distance_m=700.0, inner_m=650.0, outer_m=750.0,
                bearing_deg=None, bearing_halfwidth_deg=None, qualifier=None, text="700 m from Kerman",
                start=0, end=17, sentence=sentence)
    return Relation(**{**base, **kw})


@pytest.mark.parametrize("phrase,distractor", [
    ("a m from Kerman", True), ("two km", True), ("a mile", True), ("ten miles", True),
    ("a mile away", False), ("a mile from Kerman", False), ("two miles north", False), ("5 km", False)])
def test_is_distractor(phrase, distractor):
    assert is_distractor(DISTANCE_RE.search(phrase)) is distractor


@pytest.mark.parametrize("phrase,ties", [
    ("10 km of road", False), ("10 km off", False), ("10 km from", True), ("10 km away", True),
    ("10 km north", True), ("10 km north of", True), ("10 km", False)])
def test_ties_to_a_place(phrase, ties):
    assert ties_to_a_place(DISTANCE_RE.search(phrase)) is ties


def test_checked_distance_refuses_zero_silently_and_huge_with_a_warning():
    assert checked_distance(DISTANCE_RE.search("0 m from X")) == (None, None)
    value, problem = checked_distance(DISTANCE_RE.search("90000 km from X"))
    assert value is None and problem.code == "distance_out_of_range" and problem.text == "90000 km from"


def test_stated_bearing():
    assert stated_bearing(DISTANCE_RE.search("5 km from X")) == (None, None, None)
    assert stated_bearing(DISTANCE_RE.search("5 km ESE of X")) == (112.5, 11.25, None)
    assert stated_bearing(DISTANCE_RE.search("5 km north-south of X"))[:2] == (None, None)


def test_elliptical_anchor_reaches_back_two_sentences_only():
    earlier = [relation(sentence=3)]
    assert elliptical_anchor(earlier, 5) == ("test:kerman", "Kerman")
    assert elliptical_anchor(earlier, 6) is None
    assert elliptical_anchor([], 0) is None
    latest = [relation(sentence=1), relation(anchor="test:yazd", anchor_text="Yazd", sentence=2)]
    assert elliptical_anchor(latest, 2) == ("test:yazd", "Yazd")


def test_distance_anchor_own_place_elliptical_and_missing():
    text = "A blast hit 700 m from Kerman. Another was a kilometer away. Nothing. Nothing. A third 2 km away."
    ix = index(text)
    first, second, third = list(DISTANCE_RE.finditer(text))
    assert distance_anchor(ix, first, [], 0) == (("test:kerman", "Kerman", False, None), None)
    before = [relation(sentence=0)]
    assert distance_anchor(ix, second, before, 1) == (("test:kerman", "Kerman", True, None), None)
    anchor, problem = distance_anchor(ix, third, before, 4)
    assert anchor is None and problem.code == "no_anchor"


def test_taken_spans():
    spans = TakenSpans([(30, 40), (10, 20)])
    assert spans.overlaps(15, 16) and spans.overlaps(5, 11) and spans.overlaps(39, 50)
    assert not spans.overlaps(20, 30) and not spans.overlaps(41, 45)
    assert not TakenSpans([]).overlaps(0, 100)


def test_between_second_needs_a_different_place_after_and():
    ix = index("Shots between Kerman and Yazd. Shots between Kerman and Kerman. Between Kerman or Yazd.")
    kerman = next(p for p in ix.place_of.values() if p.entry.name == "Kerman")
    first, again, _, other = [m for m in ix.mentions if m.text == "Kerman"]
    assert between_second(ix, kerman, first)[:2] == ("test:yazd", "Yazd")
    assert between_second(ix, kerman, again) is None
    assert between_second(ix, kerman, other) is None


@pytest.mark.parametrize("phrase,kind,term,bearing", [
    ("just north of X", "direction", None, 0.0), ("in the south-west of X", "vague", "interior", 225.0),
    ("in western X", "vague", "interior", 270.0), ("on the outskirts of X", "vague", "outskirts", None),
    ("just outside X", "vague", "outside", None), ("close to X", "vague", "near", None)])
def test_vague_kind(phrase, kind, term, bearing):
    assert vague_kind(VAGUE_RE.search(phrase)) == (kind, term, bearing, None)


def test_vague_statement_spans_both_anchors_of_between():
    text = "Fighting between Kerman and Yazd."
    r, problem = vague_statement(index(text), VAGUE_RE.search(text))
    assert problem is None
    assert (r.kind, r.anchor, r.anchor2, r.text) == ("between", "test:kerman", "test:yazd", "between Kerman and Yazd")


def test_find_relations_labels_times_and_skips_overlaps():
    text = ("The first blast was 700 m north of Kerman. The second blast was near Tehran, "
            "some 15 minutes after the first.")
    rels, warnings = find_relations(*article(text))
    assert [(r.kind, r.anchor, r.label, r.relative_time) for r in rels] == [
        ("distance", "test:kerman", "first blast", None),
        ("vague", "test:tehran", "second blast", "some 15 minutes after the first")]
    assert warnings == ()  # "north of Kerman" inside the distance statement is not read again


def test_time_steps():
    text = "The second attack came 2 hours after the first."
    assert time_phrases(text) == {"second": "2 hours after the first"}
    assert time_offset_s("2 hours after the first") == 7200.0
    assert time_offset_s("ten minutes before the third") == -600.0
    timed = attach_times(text, (relation(label="second attack"), relation(label="first attack")))
    assert [r.relative_time for r in timed] == ["2 hours after the first", None]


def test_wording():
    assert [format_distance(m) for m in (999.4, 1000, 12345)] == ["999 m", "1 km", "12.35 km"]
    assert [compass_word(b) for b in (0, 359, 90, 200)] == ["north", "north", "east", "south-southwest"]
    r = relation(kind="vague", term="near", distance_m=None, inner_m=0.0, outer_m=0.0)
    spec = relation_shape(r, ENTRIES["Kerman"]).spec
    assert describe(r, spec, "Kerman") == "near Kerman (drawn 0 m to 18 km from its centre)"


def test_event_area_grows_the_zone_by_the_anchor_uncertainty():
    from geomap.geometry import geodesic_m

    a = ENTRIES["Kerman"]
    ring = relation_shape(relation(inner_m=20000.0, outer_m=30000.0), a)
    grown = event_area(ring, a)
    assert grown.area > ring.geom.area
    lon, lat = grown.exterior.coords[0]
    assert geodesic_m(a.lat, a.lon, lat, lon) == pytest.approx(30000 + a.uncertainty_m, rel=1e-3)
    sector = relation_shape(relation(bearing_deg=90.0, bearing_halfwidth_deg=22.5, inner_m=20000.0,
                                     outer_m=30000.0), a)
    assert event_area(sector, a).contains(sector.geom)


def test_best_guess_only_for_a_distance_with_a_direction():
    from geomap.geometry import geodesic_m

    a = ENTRIES["Kerman"]
    lat, lon = best_guess(relation(bearing_deg=0.0, bearing_halfwidth_deg=22.5), a)
    assert lat > a.lat and geodesic_m(a.lat, a.lon, lat, lon) == pytest.approx(700.0, rel=1e-6)
    assert best_guess(relation(), a) is None
    assert best_guess(relation(kind="direction", distance_m=None, bearing_deg=0.0), a) is None
