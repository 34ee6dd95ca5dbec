"""Issue 16: families of wordings in other languages the first reader missed, each read by a general rule.

Each family is checked on the real quotes of ``eval/languages/cases.jsonl`` that hold it (found by
their anchor and distance; the quotes are copied from public news pages) and on short sentences in
the family's other languages, which are examples written here, not quotes.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.gazetteer import default_gazetteer
from geomap.lang.names import NameFinder
from geomap.lang.relations import _unit_metres, bearing
from geomap.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
CASES = [json.loads(line) for line in (ROOT / "eval" / "languages" / "cases.jsonl").read_text("utf-8").splitlines()]


def _case(anchor: str, metres: float) -> dict:
    return next(c for c in CASES if c["anchor"] == anchor and abs(c["distance_m"] - metres) < 1e-6)


def _distances(text: str) -> list[tuple]:
    return [(r.anchor_text, r.distance_m, r.bearing_deg) for r in extract(text).relations if r.kind == "distance"]


def _reads_case(anchor: str, metres: float) -> None:
    case = _case(anchor, metres)
    assert (case["anchor"], case["distance_m"], case["bearing_deg"]) in _distances(case["quote"]), case["quote"]


@pytest.mark.parametrize("anchor,metres", [("Стэнли", 370400.0), ("Варна", 259280.0)])
def test_nautical_miles_with_their_adjective_in_real_quotes(anchor, metres):
    _reads_case(anchor, metres)


@pytest.mark.parametrize("unit", ["морских милях", "морських миль", "milles nautiques", "millas náuticas",
                                  "miglia nautiche", "milhas náuticas", "deniz mili", "ميلا بحريا", "مایل دریایی",
                                  "Seemeilen"])
def test_nautical_mile_is_1852_metres_in_every_language(unit):
    assert _unit_metres(unit) == 1852.0


def test_miles_alone_stay_statute_miles():
    assert _unit_metres("милях") == _unit_metres("millas") == _unit_metres("милі") == 1609.344
    assert _distances("Le navire a coulé à 10 milles nautiques au nord de Brest.") == [("Brest", 18520.0, 0.0)]


def test_a_range_is_read_as_the_english_reader_reads_it():
    _reads_case("Нової Ушиці", 7500.0)
    english = [r for r in extract("The blast was 10-15 km north of Kharkiv.").relations if r.kind == "distance"]
    russian = [r for r in extract("Взрыв произошел в 10-15 км к северу от Харькова.").relations if r.kind == "distance"]
    assert [(r.distance_m, r.inner_m, r.outer_m, r.bearing_deg) for r in russian] == \
        [(r.distance_m, r.inner_m, r.outer_m, r.bearing_deg) for r in english] == [(12500.0, 10000.0, 15000.0, 0.0)]


@pytest.mark.parametrize("text,anchor", [
    ("Le séisme a eu lieu de 10 à 15 km au nord de Lyon.", "Lyon"),
    ("Das Beben war 10 bis 15 km nördlich von Izmir.", "Izmir"),
    ("Вибух стався за 10 до 15 км на північ від Харкова.", "Харкова"),
    ("انفجار در ۱۰ تا ۱۵ کیلومتری شمال کرمان رخ داد.", "کرمان"),
    ("وقع الانفجار على بعد بين 10 و15 كم شمال الموصل.", "الموصل"),
    ("Deprem Malatya'nın 10 ila 15 km kuzeyinde meydana geldi.", "Malatya"),
])
def test_ranges_joined_by_a_word(text, anchor):
    rels = [r for r in extract(text).relations if r.kind == "distance"]
    assert [(r.anchor_text, r.distance_m, r.inner_m, r.outer_m) for r in rels] == [(anchor, 12500.0, 10000.0, 15000.0)]


def test_a_number_before_a_distance_is_not_a_range():
    rels = extract("Nel 2016 a 10 km a nord di Perugia ci fu un terremoto.").relations
    assert [(r.distance_m, r.inner_m, r.outer_m) for r in rels if r.kind == "distance"] == [(10000.0, 5000.0, 15000.0)]


def test_three_part_directions_in_a_real_quote():
    _reads_case("Бузэу", 57000.0)


@pytest.mark.parametrize("lang,word,degrees", [
    ("ru", "северо-северо-западу", 337.5), ("ru", "юго-юго-востоку", 157.5), ("tr", "batı-güneybatısı", 247.5),
    ("fr", "nord-nord-est", 22.5), ("it", "ovest-sud-ovest", 247.5), ("es", "nor-noreste", 22.5),
    ("pt", "nor-nordeste", 22.5), ("ar", "شمال شمال غرب", 337.5), ("fa", "جنوب جنوب شرق", 157.5),
    ("de", "nordnordöstlich", 22.5), ("it", "S", 180.0), ("it", "NO", 315.0), ("es", "SO", 225.0),
])
def test_three_part_directions_and_compass_letters(lang, word, degrees):
    assert bearing(lang, word)[0] == degrees


@pytest.mark.parametrize("text,expected", [
    ("Le séisme a eu lieu à 30 km au nord-nord-est de Lyon.", ("Lyon", 30000.0, 22.5)),
    ("El sismo ocurrió a 30 km al nor-noreste de Oaxaca.", ("Oaxaca", 30000.0, 22.5)),
    ("Deprem Malatya'nın 20 km batı-güneybatısında meydana geldi.", ("Malatya", 20000.0, 247.5)),
])
def test_three_part_directions_in_statements(text, expected):
    assert _distances(text) == [expected]


@pytest.mark.parametrize("anchor,metres", [("Hanya", 111000), ("Bandon", 222000), ("Berkeley", 2000),
                                           ("Ferndale", 181000), ("Seferihisar", 17260.0), ("Çeşme", 229980.0),
                                           ("Gökçeada", 170000)])
def test_turkish_place_kind_words_distance_first_and_offshore(anchor, metres):
    _reads_case(anchor, metres)


def test_turkish_distance_between_two_named_places_is_not_a_zone():
    assert _distances("Ankara ile İstanbul arasında 450 km mesafe bulunuyor.") == []


@pytest.mark.parametrize("anchor,metres", [("اصفهان", 179000), ("سردشت", 13000), ("اعزاز", 10000), ("بيروت", 25000)])
def test_persian_and_arabic_word_orders(anchor, metres):
    _reads_case(anchor, metres)


def test_each_persian_place_keeps_its_own_distance():
    case = _case("سردشت", 13000)
    assert [(a, d) for a, d, _ in _distances(case["quote"])] == \
        [("سردشت", 13000.0), ("بندر دیلم", 36000.0), ("بهبهان", 36000.0)]


def test_a_direction_before_the_place_is_read_once():
    rels = extract(_case("اعزاز", 10000)["quote"]).relations
    assert [(r.kind, r.bearing_deg) for r in rels if r.anchor_text == "اعزاز"] == [("distance", 90.0)]


def test_the_word_for_capital_is_not_the_place():
    names = [m.text for m in extract(_case("بيروت", 25000)["quote"]).mentions]
    assert "العاصمة" not in names and "بيروت" in names


@pytest.mark.parametrize("anchor,metres", [("Дербента", 15000), ("Старый Крым", 21000), ("طبرق", 250000)])
def test_line_breaks_and_place_abbreviations(anchor, metres):
    _reads_case(anchor, metres)


@pytest.mark.parametrize("text,expected", [
    ("Взрыв произошел в 20 км к северу от г. Харькова.", ("Харькова", 20000.0, 0.0)),
    ("Вибух стався за 20 км на північ від м. Харкова.", ("Харкова", 20000.0, 0.0)),
])
def test_place_abbreviations_in_statements(text, expected):
    assert _distances(text) == [expected]


@pytest.mark.parametrize("anchor,metres", [("Варни", 260000), ("Нової Ушиці", 7500.0)])
def test_inflected_names_in_real_quotes(anchor, metres):
    _reads_case(anchor, metres)


@pytest.mark.parametrize("lang,text,written,name", [
    ("uk", "Судно затонуло на схід від Варни.", "Варни", "Varna"),
    ("uk", "Поле за 7 кілометрів від Нової Ушиці.", "Нової Ушиці", "Nova Ushytsya"),
    ("tr", "İzmir`in Çeşme İlçesi`nin açıklarında", "Çeşme", "Çeşme"),
])
def test_inflected_names_are_found_in_the_index(lang, text, written, name):
    g = default_gazetteer()
    found = {text[m.start:m.end]: g.entry(m.keys[0]).name for m in NameFinder(lang, g).find(text)}
    assert found.get(written) == name, found


@pytest.mark.parametrize("text,kind,term,anchor,degrees", [
    ("Deprem Hanya kentinin kuzeyinde meydana geldi.", "direction", None, "Hanya", 0.0),
    ("Deprem Hanya kenti yakınlarında meydana geldi.", "vague", "near", "Hanya", None),
    ("Deprem Malatya'nın batı-güneybatısında meydana geldi.", "direction", None, "Malatya", 247.5),
])
def test_turkish_direction_only_wordings_with_place_kind_words(text, kind, term, anchor, degrees):
    rels = extract(text).relations
    assert [(r.kind, r.term, r.anchor_text, r.bearing_deg) for r in rels] == [(kind, term, anchor, degrees)]


@pytest.mark.parametrize("text,anchor", [("Взрыв прогремел к северу от г. Харькова.", "Харькова"),
                                         ("Вибух пролунав на північ від м. Харкова.", "Харкова")])
def test_direction_only_wordings_across_a_place_abbreviation(text, anchor):
    assert [(r.kind, r.anchor_text, r.bearing_deg) for r in extract(text).relations] == [("direction", anchor, 0.0)]


def test_a_persian_depth_after_the_place_is_not_a_distance():
    assert _distances("زلزله ای به بزرگی ۴ ریشتر در کرمان با ۱۰ کیلومتر عمق رخ داد.") == []


@pytest.mark.parametrize("text", ["وقع الزلزال على عمق 10 كم في الموصل.",
                                  "Землетрясение произошло на глубине 10 км от Харькова.",
                                  "زلزله در عمق ۱۰ کیلومتری کرمان رخ داد.",
                                  "El sismo tuvo una profundidad de 10 km de Oaxaca."])
def test_a_depth_before_the_number_is_not_a_distance(text):
    assert _distances(text) == []
