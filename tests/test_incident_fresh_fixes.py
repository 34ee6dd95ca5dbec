"""Issue 12: mention and resolution families behind the remaining failures of eval/incidents/fresh.jsonl.

Texts are verbatim quotes of its articles (URL in the comment) or the same wording about other places;
each test names the general rule it checks, never one article's answer.
"""
import pytest

from geomap.mentions import find_mentions
from geomap.pipeline import extract
from geomap.text import split_sentences


def mentions(text, gazetteer):
    return [m.text for m in find_mentions(text, split_sentences(text), gazetteer)]


def places(text, gazetteer):
    return {(p.entry.name, p.entry.country) for p in extract(text, gazetteer).places}


@pytest.mark.parametrize("text,whole", [
    # https://thenewdaily.com.au/news/world/2022/01/18/earthquake-afghanistan-badghis-deaths/
    ("The US Geological Survey (USGS) recorded two earthquakes, both centred roughly 50 kilometres from the "
     "provincial capital Qala-e Now on Tuesday morning (Australian time).", "Qala-e Now"),
    # the same wording about another place
    ("Gunmen attacked a checkpoint outside Kot-e Ashro on Monday, police said.", "Kot-e Ashro"),
])
def test_a_name_joined_by_a_particle_is_not_cut_to_its_first_word(gazetteer, text, whole):
    head = whole.split("-")[0]
    assert head not in mentions(text, gazetteer)


def test_a_hyphenated_pair_of_places_is_still_read():
    from geomap.compound_mentions import joins_a_name
    assert not joins_a_name("Russia-Turkey talks", 0, "Russia-Turkey")
    assert not joins_a_name("a UK-based firm", 2, "UK-based")


@pytest.mark.parametrize("text,namesake", [
    # https://www.thestar.com/news/world/2019/04/21/landslide-kills-at-least-17-in-colombia-town-injures-5.html
    ("CARACAS, VENEZUELA \u2014Heavy rains unleashed a landslide in a remote mountain town in southwestern Colombia "
     "on Sunday, killing at least 17 people and injuring five more.\n\nThe National Disaster Risk Management agency "
     "said the early morning landslide hit at least eight homes and blocked a stretch of the Pan-American Highway "
     "in the community of Rosas, roughly 400 miles (630 kilometres) southwest of Bogota.", ("Rosas", "CO")),
])
def test_the_country_the_article_is_about_pulls_a_namesake_into_it(gazetteer, text, namesake):
    # "Colombia" is also a town in Cuba and in Brazil: the country is still the name's sense, so it
    # backs the Colombian Rosas over the larger Spanish one
    assert namesake in places(text, gazetteer)


def test_a_country_that_is_also_a_state_does_not_pull(gazetteer):
    # "Georgia" is a US state too (on LGL, local US news, counting it for the Caucasus moved Atlanta and
    # Gainesville there); "Colombia" is otherwise only small towns abroad, so it names the country
    from geomap.resolve import document_countries
    counts = document_countries([gazetteer.lookup("georgia"), gazetteer.lookup("colombia")])
    assert counts.get("GE", 0) == 0 and counts["CO"] == 1
