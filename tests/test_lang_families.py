"""Families of names and wordings in other languages (issue #16): each test stands for a kind of
miss on the real corpus, checked on sentences written for the test."""
from __future__ import annotations

import pytest

from geomap.gazetteer import default_gazetteer
from geomap.lang.names import WORD, arabic_named, intl_index
from geomap.lang.translit import arabic_skeleton, by_skeleton, latin_skeleton, vowels_agree
from geomap.pipeline import extract


def _rels(text):
    doc = extract(text)
    return [(r.anchor_text, r.distance_m, r.bearing_deg) for r in doc.relations if r.distance_m], doc


def test_skeletons_of_both_scripts_meet():
    assert arabic_skeleton("سايبن") == latin_skeleton("Saipan") == "sbn"
    assert arabic_skeleton("ساغاينغ") == latin_skeleton("Sagaing")
    assert arabic_skeleton("ريو دل") == latin_skeleton("Rio Dell") == "r dl"
    assert latin_skeleton("Ordu ili") != latin_skeleton("Rio Dell")  # a vowel opening a word counts


def test_written_long_vowels_must_agree():
    assert vowels_agree("سيموشير", "simushir") and not vowels_agree("سيموشير", "someshwar")
    assert not vowels_agree("خانوک", "khacinokhe")  # not the same consonants


@pytest.mark.parametrize("text,anchor,name", [
    ("وقع الزلزال على بعد 246 كيلومترًا من سايبن وعلى عمق عشرة كيلومترات.", "سايبن", "Saipan"),
    ("وضرب الزلزال على بعد 16 كيلومترًا شمال غرب مدينة ساغاينغ على عمق 10 كيلومترات.", "ساغاينغ", "Sagaing"),
])
def test_arabic_names_without_an_arabic_alternate_are_matched_by_sound(text, anchor, name):
    rels, doc = _rels(text)
    assert [r[0] for r in rels] == [anchor]
    assert name in [p.entry.name for p in doc.places]


def test_a_short_skeleton_is_only_a_prominent_place():
    g = default_gazetteer()
    assert by_skeleton(g, "سايبن", arabic_named())[0] == "saipan"  # a province and capital
    assert by_skeleton(g, "خانوک", arabic_named()) is None  # a village: not Kainuk (Kenya), three letters alike
    rels, doc = _rels("نزدیکترین شهرها ۱۰ کیلومتری خانوک و ۱۴ کیلومتری زرند بودند.")
    assert "KE" not in [p.entry.country for p in doc.places]


def test_a_sound_alike_is_taken_only_right_after_a_distance_or_a_cue():
    doc = extract("وقع الزلزال على بعد 246 كيلومترًا من البحر وقالت سايبن إن")
    assert "Saipan" not in [p.entry.name for p in doc.places]


@pytest.mark.parametrize("text,wrong", [
    ("در فاصله ۵۰ کیلومتری مرز عراق.", "Merizo"),  # "border": three consonants and no long vowel written
    ("على بعد 7 كيلومترات من بلدة صغيرة تدعى كفرنبل.", "Siguiri"),  # "small": an Arabic adjective (ة)
])
def test_common_words_after_a_distance_do_not_sound_like_towns(text, wrong):
    assert wrong not in [p.entry.name for p in extract(text).places]


def test_arabic_alternates_are_indexed_without_their_qualifier_and_joined():
    index = intl_index()
    assert "geonames:5570299" in index.get("ریو دل", ())  # GeoNames: "ریو دل، کالیفورنیا"
    assert "geonames:143471" in index.get("عنبراباد", ())  # GeoNames: "عنبر اباد"
    assert "دولی" not in index  # a short word cut from "دولی، آنگویلا" (The Valley): "الدولي" is "international"
    assert _rels("على بعد 15 كيلومترا جنوب شرقي منطقة ريو دل، وهي منطقة")[0] == [("ريو دل", 15000.0, 135.0)]
    assert _rels("زلزله ۲۶ کیلومتری عنبرآباد از توابع استان کرمان بوده است.")[0][0][0] == "عنبرآباد"


def test_a_vowel_mark_does_not_cut_a_word():
    assert [m.group() for m in WORD.finditer("كيلومترًا من")] == ["كيلومترًا", "من"]


@pytest.mark.parametrize("text,expected", [
    ("Il terremoto era a 39 km a Nord Est di faenza e a 41 Km a Nord Est di Imola.",
     [("faenza", 39000.0, 45.0), ("Imola", 41000.0, 45.0)]),
    ("La barca era a 10 km di distanza dalla costa.", []),  # a word of the language, no town
])
def test_a_lower_case_town_right_after_a_distance(text, expected):
    assert _rels(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("L'evento risulta localizzato a 1.9 km a S da Santa Maria di Licodia.", ("Santa Maria di Licodia", 1900.0, 180.0)),
    ("El sismo se ubicó a 30 km al NE de Antofagasta.", ("Antofagasta", 30000.0, 45.0)),
    ("Das Beben lag 12 km NO von Innsbruck.", ("Innsbruck", 12000.0, 45.0)),  # German O is Ost
    ("Le séisme a eu lieu à 20 km au SO de Lyon.", ("Lyon", 20000.0, 225.0)),
])
def test_compass_points_abbreviated_in_capitals(text, expected):
    assert _rels(text)[0] == [expected]


def test_a_statement_cut_by_a_line_break_keeps_its_anchor():
    text = "تسجيل هزة أرضية على بعد 250 كلم شمال شرق مدينة\n\nطبرق بلغت قوتها 4.5 درجة."
    assert _rels(text)[0] == [("طبرق", 250000.0, 45.0)]
    # a sentence that ends with a stop does not reach into the next line
    assert _rels("Le séisme a eu lieu à 20 km au nord de\nLyon, selon le BCSF.")[0] == [("Lyon", 20000.0, 0.0)]
    assert _rels("Le séisme a eu lieu à 20 km au nord de la côte.\nLyon a tremblé.")[0] == []


def test_the_english_shortcut_never_takes_a_real_quote_in_another_language():
    import json
    from pathlib import Path

    from geomap.lang.detect import _surely_english

    root = Path(__file__).resolve().parent.parent
    cases = [json.loads(line) for line in (root / "eval" / "languages" / "cases.jsonl").read_text("utf-8").splitlines()]
    assert not [c["lang"] for c in cases if _surely_english(c["quote"])]
    assert _surely_english("The two blasts were heard from the city, and officials said that the road was shut.")
    assert not _surely_english("The Kharkiv blast: вибух пролунав біля Харкова, and the road was shut from the city.")
