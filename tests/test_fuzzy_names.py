"""Anchors spelt otherwise than the gazetteer spells them (issues 13 and 16): bounded fuzzy matching.

The sentences here are written for the tests (not quotes from news pages).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geomap.gazetteer import default_gazetteer
from geomap.lang.fuzzy import fuzzy_place, sized, sound_key
from geomap.model import Entry
from geomap.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
KRASNOHORIVKA = "geonames:704393"


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def _anchors(text, g):
    doc = extract(text, g)
    return [(r.anchor, r.distance_m) for r in doc.relations if r.kind == "distance"]


def test_a_transliterated_english_anchor_is_found_in_the_country_the_article_names(g):
    text = "Shelling hit a village 10 km north of Krasnogorovka on Monday, officials in Ukraine said."
    assert _anchors(text, g) == [(KRASNOHORIVKA, 10000.0)]


def test_a_match_by_sounds_alone_needs_the_country_named(g):
    assert sound_key("krasnogorovka") == sound_key("krasnohorivka")
    assert fuzzy_place(g, ["Krasnogorovka"], {"UA"}) == ("krasnohorivka", (KRASNOHORIVKA,))
    found = fuzzy_place(g, ["Krasnogorovka"], ())
    assert found is None or found[1] != (KRASNOHORIVKA,)


def test_words_short_names_and_other_names_are_not_taken_for_places(g):
    assert fuzzy_place(g, ["Monday"], (), lang="en") is None  # "Monda" is a town, "Monday" a word
    assert fuzzy_place(g, ["Taron"], {"PG"}) is None  # five letters: Tarong, Tarson ... are one edit away
    # not after a distance wording, a near spelling is no place
    doc = extract("Krasnogorovka residents said the shelling went on all night in Ukraine.", g)
    assert KRASNOHORIVKA not in [p.entry.source for p in doc.places]


def test_only_places_of_some_size_are_taken():
    def entry(place_type, population):
        return Entry(source="geonames:1", name="X", lat=0.0, lon=0.0, country="XX", admin1=None,
                     population=population, place_type=place_type, uncertainty_m=1000.0, note="")

    assert not sized(entry("city", 500))
    assert sized(entry("city", 5000)) and sized(entry("admin1", 0)) and sized(entry("island", 0))
    assert not sized(entry("airport", 0)) and not sized(entry("mountain", 0))


@pytest.mark.parametrize("text, anchor", [
    ("Толчок произошёл в 40 километрах юго-западнее острова Итуруп.", "feature:islands-iturup"),
    ("Судно затонуло в 200 км от японской префектуры Симанэ.", "geonames:1852442"),
    ("Eski bir deprem Kalavrita'nın yaklaşık 8 kilometre kuzeyinde oldu.", "geonames:261537"),
    ("وقع الزلزال على بعد 50 كم من جزيرة سيموشير", "feature:island-simushir"),
])
def test_other_languages_read_anchors_by_their_spelling(g, text, anchor):
    assert anchor in [a for a, _ in _anchors(text, g)]


def test_other_languages_take_no_near_spelling_where_no_place_is_expected(g):
    doc = extract("Итуруп остаётся спорным, говорят в Москве.", g)
    assert "feature:islands-iturup" not in [p.entry.source for p in doc.places]


def test_fuzzy_matching_loads_lazily():
    code = ("import sys, geomap.pipeline, geomap.lang.names; from geomap.pipeline import extract; "
            "extract('Two bombs went off in Kerman, Iran, 20 km from Bam.'); "
            "print('rapidfuzz' in sys.modules, 'geomap.lang.fuzzy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_name_shared_by_towns_of_like_size_is_refused(g):
    # Nikol'skoye: towns of 50,000 and 19,000 in Russia; a near spelling cannot tell which
    assert fuzzy_place(g, ["Nikolskoïe"], ()) is None


def test_a_guessed_dictionary_form_needs_an_exact_spelling_or_the_country_named(g):
    # "Фочани" -> the guessed nominative "Фочана" is spelt like Fouchana (Tunisia), which no one named
    assert fuzzy_place(g, ["Фочани"], {"RO"}, "uk", ["Фочана"]) is None
    assert fuzzy_place(g, [], set(), "ru", ["Кунашир"]) == ("kunashir", ("feature:island-kunashir",))


def test_an_adjective_made_from_a_name_is_not_the_place(g):
    doc = extract("Судно затонуло за 13 км від Каспійського моря, повідомили в Махачкалі.", g)
    assert [p.entry.name for p in doc.places] == ["Makhachkala"]  # not Kaspiysk, a town in Russia


def test_a_road_with_its_number_is_no_anchor_to_spell(g):
    # LGL: "... miles from Highway 50": a road, so no near spelling is looked for (nor the dictionary loaded)
    from geomap.fuzzy_anchors import _spots
    from geomap.model import Doc
    from geomap.text import split_sentences

    def spots(text):
        return [text[a:b] for a, b in _spots(Doc(text=text, sentences=split_sentences(text)))]

    assert spots("The crash happened two miles from Highway 50 on Friday.") == []
    assert spots("It lies 5 km north of Route 66.") == []
    assert spots("Shelling hit a village 10 km north of Krasnogorovka on Monday.") == ["Krasnogorovka"]
