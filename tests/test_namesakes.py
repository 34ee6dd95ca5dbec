"""Namesake families of issue #13: which sense of a shared town name the article means."""
import pytest

from geomap.pipeline import extract
from repo_scripts import load


def places_by_mention(text):
    doc = extract(text)
    return {m.text: p.entry for p in doc.places for m in p.mentions}


def test_a_town_pinned_in_a_state_that_lacks_it_is_drawn_as_the_state():
    # No Dayton of Vermont is in the gazetteer or the postal hamlets: Vermont, not a Dayton of another state.
    # (Bethel, Vt., the earlier example, is a postal hamlet now that hamlets carry their state.)
    e = places_by_mention("The couple lived in Hanover for years. Their son, of Dayton, Vt., called police.")["Dayton"]
    assert (e.country, e.admin1, e.place_type) == ("US", "VT", "admin1")


def test_the_state_of_a_pinned_name_pulls_its_neighbour_namesake():
    # Hanover, N.H. lies beside Vermont; the Hanovers of New Jersey or Pennsylvania do not.
    e = places_by_mention("The couple lived in Hanover for years. Their son, of Bethel, Vt., called police.")["Hanover"]
    assert (e.country, e.admin1) == ("US", "NH")


def test_a_feature_with_no_recorded_state_is_not_drawn_as_the_state():
    # A USGS event title (eval/relations/fresh9.jsonl r583): the lake comes from Natural Earth, which
    # records no state, so "Alaska" does not show it absent; the distance is measured from the lake.
    e = places_by_mention("M 2.9 - 120km NNE of Chignik Lake, Alaska")["Chignik Lake"]
    assert e.place_type == "lake"


def test_a_list_of_cities_is_not_a_pin():
    text = "With offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit, the firm grew."
    assert places_by_mention(text)["West Palm Beach"].admin1 == "FL"


def test_a_list_of_states_is_not_a_pin():
    got = places_by_mention("Storms hit Ohio, Kentucky and Indiana overnight.")
    assert got["Ohio"].place_type == "admin1" and got["Ohio"].admin1 == "OH"


def test_a_bare_name_lies_in_the_state_of_the_county_the_article_names():
    text = "Suffolk County police searched the house. Neighbours told the Suffolk Times they had seen nothing."
    got = places_by_mention(text)
    assert (got["Suffolk"].country, got["Suffolk"].admin1) == ("US", "NY") == (got["Suffolk County"].country,
                                                                                  got["Suffolk County"].admin1)


def test_a_bare_name_already_in_the_county_state_keeps_its_town():
    got = places_by_mention("Lancaster County commissioners met in Lancaster on Monday.")
    assert got["Lancaster"].place_type == "city" and got["Lancaster"].admin1 == got["Lancaster County"].admin1


def test_a_village_named_like_a_large_city_is_found_where_the_text_pins_it():
    # Belgrade, Minnesota (pop. 755) was dropped with the villages named like frequent words
    # ("Belgrade" is frequent because of the Serbian capital); pinned by "Minn." it is the town.
    e = places_by_mention("Fire crews from Belgrade, Minn., answered the call on Sunday.")["Belgrade"]
    assert (e.country, e.admin1, e.place_type) == ("US", "MN", "city")


def test_the_build_keeps_small_towns_named_like_a_large_city_but_not_like_a_word():
    pytest.importorskip("wordfreq")  # a build-time dependency (the build extra)
    build = load("scripts/build_gazetteer.py")

    def town(name, population):
        return {"name": name, "population": population}

    cities = {"1": town("Belgrade", 1_273_651), "2": town("Belgrade", 755), "3": town("Section", 700),
              "4": town("Zzyzx Springs", 600)}
    kept = build.small_towns_kept(cities, {"1": cities["1"]})
    assert sorted(kept) == ["1", "2", "4"]  # "Section" is a word; "Belgrade" is frequent as a city's name


def test_a_town_drawn_as_its_state_says_so():
    doc = extract("The couple lived in Hanover for years. Their son, of Dayton, Vt., called police.")
    assert [(w.code, w.text) for w in doc.warnings if w.code == "drawn_as_state"] == [("drawn_as_state", "Dayton")]


def test_a_town_pinned_in_a_state_where_only_its_post_office_is_known_is_that_hamlet():
    # Bethel, Vt. has no gazetteer row but a post office: the hamlet of Vermont, not Vermont's centre.
    e = places_by_mention("The couple lived in Hanover for years. Their son, of Bethel, Vt., called police.")["Bethel"]
    assert (e.country, e.admin1, e.place_type) == ("US", "VT", "hamlet")
