"""The learned candidate ranker (geomap.ranker, scripts/train_ranker.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.ranker import FEATURES, admin_cue, load_weights
from repo_scripts import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "data" / "ranker_fixture"
MEASURED = ROOT / "data" / "ranker.tsv"  # the shipped weights (scripts/train_ranker.py --force)


def _train(out: Path, capsys) -> str:
    mod = load("scripts/train_ranker.py")
    assert mod.main(["--eval-dir", str(FIXTURE), "--out", str(out), "--force"]) == 0
    return capsys.readouterr().out


def test_training_is_deterministic_and_its_file_parses(tmp_path, capsys):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    table = _train(first, capsys)
    _train(second, capsys)
    assert first.read_bytes() == second.read_bytes()
    assert "lgl         geowebnews" in table and "cross-corpus:" in table
    weights = load_weights(first)
    assert len(weights) == len(FEATURES)
    assert weights != tuple([1.0] + [0.0] * (len(FEATURES) - 1))  # it learned something from the hand start


def test_measured_model_file_parses_and_bad_files_are_refused(tmp_path):
    weights = load_weights(MEASURED)
    assert len(weights) == len(FEATURES) and any(w != 0 for w in weights)
    assert load_weights(tmp_path / "absent.tsv") is None  # no file: the hand score
    bad = tmp_path / "bad.tsv"
    bad.write_text("feature\tweight\nno_such_feature\t1.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_feature"):
        load_weights(bad)


def test_admin_cues():
    text = "Hall County deputies and the state of Georgia; Oyo State; the city of Alexandria"
    def at(name):
        start = text.index(name)
        return admin_cue(text, start, start + len(name))

    assert at("Hall County") == "admin2"
    assert at("Georgia") == "admin1"  # "the state of Georgia"
    assert at("Oyo") == "admin1"  # "Oyo State"
    assert at("Alexandria") == "city"
    assert at("deputies") is None


def _resolve(text: str, model):
    from geomap.gazetteer import default_gazetteer
    from geomap.pipeline import extract, toponym_stages
    from geomap.resolve import resolve_candidates

    d = extract(text, stages=toponym_stages(default_gazetteer())[:3])
    chosen = resolve_candidates(list(d.mentions), [list(c) for c in d.candidates], text,
                                [list(c) for c in d.context_candidates], model=model)
    return {m.text: (e.country, e.admin1, e.place_type) for m, e in zip(d.mentions, chosen)}


def test_province_beats_same_named_town_with_the_model():
    # The family of LGL document 44199429 (our own wording): "Ontario" next to Toronto and New York is
    # the province; the hand score took Ontario, New York and Toronto, Ohio.
    text = ("Police in Toronto said the driver, who had crossed the border from New York, "
            "was arrested on a highway in Ontario.")
    before = _resolve(text, ())
    after = _resolve(text, load_weights(MEASURED))
    assert before["Ontario"] == ("US", "NY", "city")
    assert after["Ontario"] == ("CA", "08", "admin1")
    assert after["Toronto"][:2] == ("CA", "08")


def test_the_shipped_model_is_the_default():
    from geomap.ranker import ranker_path

    assert ranker_path().is_file() and load_weights() == load_weights(MEASURED)
    text = ("Police in Toronto said the driver, who had crossed the border from New York, "
            "was arrested on a highway in Ontario.")
    assert _resolve(text, None)["Ontario"] == ("CA", "08", "admin1")
