"""Issue 12: which places are the incident's, by the wording around them (geomap.incident, geomap.roles)."""
import pytest

from geomap.datelines import dateline_span
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


def test_the_town_where_it_happened_beats_the_victims_home_town(gazetteer):
    r = roles("Man dies after fight. A Kansas City man was fatally stabbed early Saturday in Independence, "
              "police said.", gazetteer)
    assert r["Independence"] == "incident" and r["Kansas City"] == "context"


def test_a_state_is_context_when_a_town_in_it_is_named(gazetteer):
    r = roles("Protesters visit homes. FAIRFIELD, Conn. -- A fire burned homes in Connecticut on Sunday, "
              "at the Fairfield home of an executive.", gazetteer)
    assert r["Fairfield"] == "incident" and r["Connecticut"] == "context"


def test_a_background_event_far_away_is_not_added(gazetteer):
    r = roles("Four officers were shot in Oakland on Saturday. Four federal agents were killed 15 years ago "
              "during a raid in Waco, Texas. Oakland mourned.", gazetteer)
    assert r["Oakland"] == "incident" and r["Waco"] == "context"


def test_the_hospital_town_is_not_the_incident(gazetteer):
    r = roles("Driver injured in crash. A crash at an intersection in Alexandria injured a driver on Friday. "
              "He was injured and taken to a hospital in Minneapolis.", gazetteer)
    assert r["Alexandria"] == "incident" and r["Minneapolis"] == "context"


@pytest.mark.parametrize("text,name", [
    ("Crash kills two. TROY, N.C. (AP) \u2014 Two people died.", "TROY"),
    ("WASHINGTON \u2014 The court ruled.", "WASHINGTON"),
    ("Flood. CHARLESTON, W.Va. -- Rivers rose.", "CHARLESTON"),
    ("BEIRUT: Israel flooded farmland.", "BEIRUT"),
])
def test_datelines_are_read_as_datelines(text, name):
    span = dateline_span(text)
    assert span and text[span[0]:span[1]] == name


def test_no_dateline_in_plain_prose():
    assert dateline_span("Two people died in Troy on Monday, police said.") is None


def test_a_place_only_in_a_newspapers_or_teams_name_is_never_the_incident(gazetteer):
    # GeoWebNews 165 quotes "reports the Suffolk Times"; the newspaper names no place where anything happened.
    text = ("The day before Pietrewicz vanished she withdrew $1,273.80 from her personal bank account and "
            "closed it, reports the Suffolk Times.")
    assert "incident" not in roles(text, gazetteer).values()
    assert roles("Minnesota National Guard soldiers were deployed on Monday after the storm killed three "
                 "people.", gazetteer) == {"Minnesota": "context"}


def test_a_local_service_keeps_the_place_it_serves(gazetteer):
    # GeoWebNews 124: the fire service's city is where both fires were.
    text = ("The Winnipeg Fire Paramedic Service was busy fighting two apartment fires overnight. The first "
            "happened just after 11 p.m. Friday in the 400 block of Assiniboine Avenue.")
    assert roles(text, gazetteer).get("Winnipeg") == "incident"


def test_an_article_with_no_incident_place_says_so(gazetteer):
    doc = extract("The day before Pietrewicz vanished she withdrew $1,273.80 from her personal bank account and "
                  "closed it, reports the Suffolk Times.", gazetteer)
    assert doc.places and [w.code for w in doc.warnings] == ["no_incident"]
    assert doc.warnings[0].text == "Suffolk"
