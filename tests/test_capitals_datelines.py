"""Issue 12: ALL-CAPS datelines and headlines read as names where the rest of the text is mixed-case.
Texts are verbatim excerpts of ../shared/eval articles (corpus and id in the comments)."""
import pytest

from geomap.datelines import dateline_span
from geomap.pipeline import extract


def names(text, gazetteer):
    return [m.text for m in extract(text, gazetteer).mentions]


@pytest.mark.parametrize("text,dateline", [
    # GeoWebNews 128 and 196: the dash was lost when the page was copied
    ("LONDON The Latest on the nerve agent poisoning of a former Russian spy and his daughter in Britain. "
     "(all times local): 7:50 p.m. In Washington, some of the 60 Russian diplomats being expelled", "LONDON"),
    ("OKLAHOMA CITY The Latest on teachers rallying for higher pay and more education funding in several "
     "Republican-led states across the U.S. (all times local): 10:50 a.m. Oklahoma lawmakers", "OKLAHOMA CITY"),
    # LGL 39164245: an em dash decoded as Latin-1 (U+0097)
    ("University of Cincinnati to name interim president. CINCINNATI \x97 The school's trustees are expected to "
     "name an interim president for the University of Cincinnati", "CINCINNATI"),
])
def test_capitals_datelines_without_a_proper_dash_are_read_and_named(text, dateline, gazetteer):
    span = dateline_span(text)
    assert span and text[span[0]:span[1]] == dateline
    assert dateline in names(text, gazetteer)


def test_a_title_does_not_reach_over_a_full_stop_into_the_dateline(gazetteer):
    # LGL 43739910: "Miss Butler County. HAMILTON —" made HAMILTON a person's surname
    text = ("West Chester woman named Miss Butler County. HAMILTON \u2014 To the sounds of Kelly Clarkson's \"A "
            "Moment Like This,\" Rebekah Zoz of West Chester Twp. walked away the crown at the Miss Greater Butler "
            "County Pageant Sunday night, March 29.")
    assert "HAMILTON" in names(text, gazetteer)


def test_a_place_in_an_all_caps_headline_line_is_read(gazetteer):
    # GeoWebNews 122: the capitals before NEW JERSEY are no first name
    text = ("CHECK YOUR TICKETS NEW JERSEY!! One lucky ticket sold at Riverdale Lukoil South in Riverdale was the "
            "sole winner of last night's $521 million jackpot!!")
    assert "NEW JERSEY" in names(text, gazetteer)


def test_a_short_capitals_dateline_is_not_an_acronym(gazetteer):
    # the example: TROY has four letters, like an acronym, but stands in a dateline
    assert "TROY" in names("Crash kills two. TROY, N.C. (AP) \u2014 Two people died.", gazetteer)


@pytest.mark.parametrize("text,name", [
    # LGL 44249963 and 41028451: "St." before a full stop starts the name
    ("Man accused of threatening tax worker . ST. PAUL -- No matter how frustrating taxes get, it's not a good "
     "idea to threaten to do a drive-by shooting", "ST. PAUL"),
    ("But a group of investors believe that the time is ripe to launch a new airline offering flights between "
     "New York and St. Petersburg.", "St. Petersburg"),
])
def test_saint_names_are_read_whole(text, name, gazetteer):
    assert name in names(text, gazetteer)


def test_a_capitals_organisation_name_stays_an_organisation(gazetteer):
    # GeoWebNews 173: read as places, "MARINE ENERGY WALES ANNUAL CONFERENCE" pulled Wales to Wisconsin
    text = ("advancements in ocean energy\u2026\n\nMARINE ENERGY WALES ANNUAL CONFERENCE 2018 19/04/2018. The Marine "
            "Energy Wales Annual Conference aims to showcase the progress being made in Wales as well as outlining "
            "future plans\u2026")
    assert names(text, gazetteer) == ["Wales"]
