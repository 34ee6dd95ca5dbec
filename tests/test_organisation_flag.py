"""The mention finders say whether a mention begins an organisation's name (Mention.organisation,
geomap.organisation_names); the incident roles read the flag instead of scanning the text again."""
from __future__ import annotations

from geomap.mentions import find_mentions
from geomap.span_mentions import mention_for_span
from geomap.text import split_sentences


def test_the_finder_flags_a_place_that_begins_an_organisations_name(gazetteer):
    text = ("The New York Times said a blast hit New York on Monday. Minnesota National Guard troops and the "
            "Winnipeg Fire Paramedic Service came.")
    flags = {m.text: m.organisation for m in find_mentions(text, split_sentences(text), gazetteer)}
    first = text.index("New York")
    times = next(m for m in find_mentions(text, split_sentences(text), gazetteer) if m.start == first)
    assert times.organisation
    assert flags["Minnesota"] and not flags["Winnipeg"]
    later = [m for m in find_mentions(text, split_sentences(text), gazetteer) if m.text == "New York" and m.start > first]
    assert later and not later[0].organisation


def test_a_given_span_is_flagged_as_the_finder_would(gazetteer):
    text = "Texas Rangers fans met in Dallas."
    assert mention_for_span(text, 0, 5, gazetteer).organisation
    assert not mention_for_span(text, text.index("Dallas"), text.index("Dallas") + 6, gazetteer).organisation


def test_a_place_named_only_in_an_organisations_name_is_not_where_it_happened():
    from geomap.result import run

    text = ("Two people were hurt when a gas line exploded in Fresno on Tuesday, the Houston Chronicle reported. "
            "Fire crews closed the street for six hours.")
    roles = {f["properties"]["name"]: f["properties"].get("role") for f in run(text, name="t").geojson["features"]
             if f["properties"].get("kind") == "place"}
    assert roles.get("Fresno") == "incident" and roles.get("Houston") != "incident"
