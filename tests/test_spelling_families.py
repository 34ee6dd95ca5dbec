"""Spellings of names the gazetteer already has (issue #13): the Arabic article, apostrophes and
okinas inside names, British county abbreviations. Sentences are GeoWebNews' (doc ids given)."""
from __future__ import annotations

import pytest

from geomap.evaluate import resolve_spans
from geomap.gazetteer import default_gazetteer
from geomap.geometry import great_circle_km
from geomap.names import normalize, unmarked
from repo_scripts import load


def _resolved_near(text: str, name: str, lat: float, lon: float, km: float = 60) -> bool:
    start = text.index(name)
    (top,) = resolve_spans(text, [(start, start + len(name))])
    return top.lat is not None and great_circle_km(top.lat, top.lon, lat, lon) < km


# GeoWebNews doc 1: GeoNames names the town "Al Qāmishlī".
_GWN_1 = "Nureddine Mehmud says Turkey fired on Qamishli and other towns along the Syrian-Turkish border on Tuesday."
# GeoWebNews doc 194: Natural Earth names the island "O‘ahu".
_GWN_194 = "Last year, the state suffered a net loss of more than 1,000 people. On Oahu, home to Honolulu and major " \
           "military installations like Pearl Harbor, the population declined."
# GeoWebNews doc 161: GeoNames' "Federally Administered Tribal Areas" by its abbreviation.
_GWN_161 = "He said earliest mainstreaming of FATA to the popular aspirations of the local tribes was essential."
# GeoWebNews doc 157.
_GWN_157 = "We sent an ambulance crew, a hazard area response team vehicle (HART), a rapid response vehicle and " \
           "the Essex and Herts Air Ambulance to the scene."


@pytest.mark.parametrize("text, name, lat, lon", [
    (_GWN_1, "Qamishli", 36.85, 41.17),
    (_GWN_194, "Oahu", 21.43, -157.97),
    (_GWN_157, "Herts", 51.83, -0.25),
    (_GWN_161, "FATA", 33.01, 70.0),
])
def test_a_corpus_spelling_of_a_known_place_resolves(text, name, lat, lon):
    assert _resolved_near(text, name, lat, lon)


@pytest.mark.parametrize("written, country", [
    # GeoNames: "Al Mālikīyah", "Al-Tabqa", "Az Zuwāydah", "Al Anbar" (a province), no alternate name like it
    ("Malikiyah", "SY"), ("Tabqa", "SY"), ("Zuwaydah", "PS"), ("Anbar", "IQ"),
])
def test_a_name_without_its_arabic_article_is_found(written, country):
    assert any(e.country == country for e in default_gazetteer().search(written))


def test_the_article_is_not_stripped_into_a_word_or_a_short_remainder():
    variants = load("scripts/name_variants.py")
    assert variants.article_free("al qamishli") == "qamishli"
    assert variants.article_free("al ain") is None  # too short to stand alone
    assert variants.article_free("alexandria") is None


def _row(name: str, country: str, population: int) -> tuple:
    return ("k", name, 0, 0, country, "", population, "city", 0, "", "", "", "", "")


def test_the_index_strips_the_article_only_where_it_is_arabic_and_not_into_a_word_or_a_bigger_place():
    pytest.importorskip("wordfreq")  # a build-time dependency (the build extra)
    variants = load("scripts/name_variants.py")
    rows = [_row("Raqqa", "SY", 500000), _row("Al Qamishli", "SY", 180000), _row("As Salt", "JO", 80000),
            _row("Al Raqqa", "SY", 1000), _row("El Paso", "US", 600000), _row("Ar Rastan", "SY", 50000),
            _row("Al Barakat", "LY", 9908)]
    index = variants.name_index(rows, [10, 20, 30, 40, 50, 60, 70])
    assert index["qamishli"] == [20] and index["rastan"] == [60]
    assert "barakat" not in index  # a village's bare name is more often a person's
    assert "salt" not in index  # a frequent English word
    assert index["raqqa"] == [10]  # the more populous Raqqa keeps the name
    assert "paso" not in index  # not an Arabic article in the US


def test_a_name_with_and_without_an_inner_mark_meet():
    g = default_gazetteer()
    # marked in the data, bare in the text, and the other way round
    assert any(e.country == "US" for e in g.search("Oahu"))
    assert any(e.country == "YE" for e in g.search("Sana'a")) and any(e.country == "YE" for e in g.search("Sanaa"))
    assert any(e.country == "CN" for e in g.search("Xian"))
    assert any(e.country == "US" for e in g.search("Hawai\u02bbi"))
    # an English clitic is not an inner mark: "I've" is not "ive", "Modi's" not "modis"
    assert unmarked(normalize("Soleimani\u2019s Grave")) is None and unmarked("i've") is None
    assert unmarked("'t hooft") is None and unmarked("kerman") is None


def test_an_inner_mark_does_not_make_a_word_a_place():
    # Wade-Giles "Ch'en", Arabic "Ma'in": without the mark they are frequent English words or names
    pytest.importorskip("wordfreq")
    keys = load("scripts/name_variants.py")
    assert keys.unmarked_key("ch'en") is None and keys.unmarked_key("ma'in") is None
    assert keys.unmarked_key("o'ahu") == "oahu"


@pytest.mark.parametrize("written, county", [
    ("Herts", "Hertfordshire"), ("Lancs", "Lancashire"), ("Notts", "Nottinghamshire"), ("Hants", "Hampshire"),
])
def test_a_british_county_abbreviation_names_the_county(written, county):
    (top, *_) = default_gazetteer().search(written)
    assert top.name == county and top.country == "GB"
