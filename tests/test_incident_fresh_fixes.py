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
