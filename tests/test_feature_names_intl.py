"""Names of seas, gulfs and islands in other languages (issue 16): data/features_intl.tsv.

Sentences here are written for the tests (not quotes from news pages).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.gazetteer import default_gazetteer
from geomap.lang.names import intl_index
from geomap.pipeline import extract
from repo_scripts import load

ROOT = Path(__file__).resolve().parent.parent


def _build_module():
    return load("scripts/build_features.py")


def test_the_index_names_features_in_other_languages():
    assert "feature:sea-caspian-sea" in intl_index()["mer caspienne"]
    assert "feature:bay-bay-of-biscay" in intl_index()["golfe de gascogne"]


def test_every_key_of_the_features_index_is_a_feature():
    g = default_gazetteer()
    lines = (ROOT / "data" / "features_intl.tsv").read_text("utf-8").splitlines()
    assert lines == sorted(lines, key=lambda line: line.split("\t")[0].encode())
    for line in lines:
        for key in line.split("\t")[1].split(","):
            assert g.entry(key).source == key


def test_build_keys_other_language_names_to_rows_and_drops_english_ones():
    build = _build_module()
    rows = build.assign_keys([
        {"name": "Caspian Sea", "aliases": [], "lat": 42.0, "lon": 50.0, "country": "", "type": "sea",
         "radius": 1.0, "source": "x", "intl": build.intl_names({"name_fr": "MER CASPIENNE", "name_de": "Caspian Sea",
                                                                   "name_abb": "Casp. S."})},
    ])
    assert build.render_intl(rows) == "mer caspienne\tfeature:sea-caspian-sea\n"


@pytest.mark.parametrize("text, anchor", [
    ("Le séisme a eu lieu à 120 km au nord-est de la mer Caspienne.", "feature:sea-caspian-sea"),
    ("Un navire a coulé à 80 km au large du golfe de Gascogne.", "feature:bay-bay-of-biscay"),
])
def test_a_french_article_measures_from_a_sea_named_in_french(text, anchor):
    doc = extract(text, default_gazetteer())
    assert [r.anchor for r in doc.relations] == [anchor]


def test_a_lower_case_head_word_alone_names_no_feature():
    doc = extract("La mer était calme à 20 km au sud de Marseille.", default_gazetteer())
    assert [m.text for m in doc.mentions] == ["Marseille"]
