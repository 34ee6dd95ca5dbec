"""The kind written just after a given span names the feature: "at Heathrow airport" (issue #13)."""
from __future__ import annotations

from geomap.evaluate import resolve_spans
from geomap.span_mentions import mention_for_span


def _one(text: str, name: str):
    start = text.index(name)
    return resolve_spans(text, [(start, start + len(name))])[0]


def test_a_span_followed_by_airport_is_the_airport():
    place = _one("Police searched an Aeroflot plane at Heathrow airport on Friday.", "Heathrow")
    assert place.source == "feature:airport-lhr"


def test_the_kind_is_added_only_where_the_longer_name_exists(gazetteer):
    text = "Fog closed Paris airport and the Kent river banks."
    assert mention_for_span(text, 11, 16, gazetteer).key == "paris"
    m = mention_for_span("He flew out of Heathrow airport.", 15, 23, gazetteer)
    assert (m.text, m.key) == ("Heathrow", "heathrow airport")
