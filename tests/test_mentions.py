"""The mention finder on a small gazetteer cut from the shipped one (``mini_gazetteer``);
the seed test at the end runs on the full gazetteer."""
import pytest

from geomap.mentions import find_mentions
from geomap.text import split_sentences


def mentions(text, gazetteer):
    return [(m.text, m.kind) for m in find_mentions(text, split_sentences(text), gazetteer)]


@pytest.mark.parametrize("text,expected", [
    ("Two bombs went off in Kerman, Iran.", [("Kerman", "toponym"), ("Iran", "toponym")]),
    ("He helped Syrian President Bashar Assad win.", [("Syrian", "demonym")]),
    ("In 2020, then-President Trump killed the general.", []),
    ("Secretary of Defense Mark Esper said it.", []),
    ("Elite units of the Quds Force attacked.", []),
    ("The New York Post reported it.", [("New York", "toponym")]),  # LGL and GeoWebNews annotate a paper's place
    ("US President Biden spoke to Iran Air staff.", [("US", "toponym")]),
    ("Paul Allen left. Allen is a town, said Allen.", []),
    ("The Arab Spring protests spread.", []),
    ("Warships sailed through the Red Sea and the Mideast.", [("Red Sea", "toponym"), ("Mideast", "toponym")]),
    ("Hamas fighters crossed the border.", []),
    ("Officials in the U.S. and UK spoke.", [("U.S.", "abbreviation"), ("UK", "toponym")]),
    ("It was 103 by 10 a.m. EST, the CEO said.", []),
    ("He lives in Alexandria, La., near Charleston, W.Va.",
     [("Alexandria", "toponym"), ("La.", "abbreviation"), ("Charleston", "toponym"), ("W.Va.", "abbreviation")]),
    ("Miss. Smith sang.", []),
    ("He visited Kerman Province.", [("Kerman Province", "toponym")]),  # the admin cue names the province
    ("Fighting in Kuwait City.", [("Kuwait City", "toponym")]),
    ("Fighting in Kerman City.", [("Kerman", "toponym")]),
])
def test_mentions(text, expected, mini_gazetteer):
    assert mentions(text, mini_gazetteer) == expected


def test_a_surname_seen_with_a_title_is_never_a_place(mini_gazetteer):
    gazetteer = mini_gazetteer
    text = "Gen. Ali Paris spoke. Later Paris said nothing."
    assert mentions(text, gazetteer) == []


def test_generic_landmark_aliases_need_the_specific_name(mini_gazetteer):
    gazetteer = mini_gazetteer
    assert mentions("Crowds walked to the cemetery.", gazetteer) == []
    got = mentions("Crowds at Soleimani's grave. The cemetery was full.", gazetteer)
    assert got == [("Soleimani's grave", "landmark"), ("The cemetery", "landmark")]


def test_offsets_index_the_text(seed_text, gazetteer):
    for m in find_mentions(seed_text, split_sentences(seed_text), gazetteer):
        assert seed_text[m.start:m.end] == m.text


def test_the_mini_gazetteer_holds_every_namesake_the_tests_name(mini_gazetteer, gazetteer):
    """The filters, not missing rows, keep persons out: Allen, Bashar, Trump ... are all there."""
    for name in ("allen", "kerman", "alexandria", "charleston", "kuwait city", "hamas"):
        assert [e.source for e in mini_gazetteer.lookup(name)] == [e.source for e in gazetteer.lookup(name)]


@pytest.mark.parametrize("text, name", [
    # eval/relations/fresh.jsonl r258 (NewsWatch Plus / CNN): "Dar" alone is a town in Cambodia.
    ("The vehicle overturned on the road in Morogoro, 175 kilometers (109 miles) west of Dar es Salaam, "
     "according to Kebwe Stephene, the regional commissioner of Morogoro.", "Dar es Salaam"),
    ("Trains to Frankfurt am Main were cancelled.", "Frankfurt am Main"),
    ("The ferry left Boulogne-sur-Mer at dawn.", "Boulogne-sur-Mer"),
])
def test_lower_case_particles_stay_inside_a_place_name(text, name, gazetteer):
    assert (name, "toponym") in mentions(text, gazetteer)


def test_an_abbreviated_saint_name_is_the_place_spelled_out(gazetteer):
    # LGL 40661246: "ST. PARIS — Scott Randall ..." and "St. Paris" are Saint Paris, Ohio, not Paris.
    text = "Family, friends mourn four children killed in fire. ST. PARIS — Scott Randall threw up."
    assert ("ST. PARIS", "toponym") in mentions(text, gazetteer)


def test_a_saints_day_or_institution_is_no_place_but_a_possessive_city_name_is(gazetteer):
    # LGL 39164246 and 38543534: a saint's name with "'s" is a day or an institution.
    for text in ("Hoosiers are Irish for St. Patrick's Day.", "Kim Day, president and CEO of St. John's Health System"):
        assert not any(name.lower().startswith("st") for name, _ in mentions(text, gazetteer))
    assert ("St. John's", "toponym") in mentions("A storm hit St. John's, Newfoundland, on Monday.", gazetteer)
