"""Hamlets the gazetteer lacks, from GeoNames' postal-code places (scripts/postal_places.py, data/features.tsv).

Agency lists and wire reports measure from villages of a few hundred people; the
table fills only those gaps, with a radius that covers the hamlet's post offices
and the hamlet's state, and never repeats a name the gazetteer already gives a place of that state.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from repo_scripts import check_relation_case, load

from geomap.geometry import great_circle_km

ROOT = Path(__file__).resolve().parent.parent
postal = load("scripts/postal_places.py")


def _case(file: str, case_id: str) -> dict:
    lines = (ROOT / "eval" / "relations" / file).read_text(encoding="utf-8").splitlines()
    return next(c for c in map(json.loads, filter(None, lines)) if c["id"] == case_id)


# Real statements whose anchor was absent from the gazetteer (anchor_in_gazetteer: false) and is a US
# post-office hamlet: "about 35 miles south of Whites City, New Mexico" (fresh5), "about 11 miles south
# of Dayville" (fresh6), "one mile southwest of Woodland Mills" (fresh9).
@pytest.mark.parametrize("file, case_id", [("fresh5.jsonl", "r319"), ("fresh6.jsonl", "r415"),
                                           ("fresh9.jsonl", "r542")])
def test_real_relation_anchored_on_a_hamlet_is_read_exactly(file, case_id):
    case = _case(file, case_id)
    assert case["anchor_in_gazetteer"] is False
    check_relation_case(case, "incident", case["statement"])


def test_shipped_hamlets_are_drawn_as_large_as_their_post_offices_spread(gazetteer):
    rows = [e for e in gazetteer.features.named("woodland mills") if e.place_type == "hamlet"]
    assert len(rows) == 1 and rows[0].country == "US" and "GeoNames postal codes" in rows[0].note
    assert great_circle_km(rows[0].lat, rows[0].lon, 36.4831, -89.1131) < rows[0].uncertainty_m / 1000
    assert rows[0].uncertainty_m >= postal.BASE_RADIUS_M


def test_a_hamlet_never_repeats_a_name_the_gazetteer_gives_a_town_of_its_state(gazetteer):
    for name in ("dayton", "salem", "berlin", "ludlow", "lucas"):
        towns = {(e.country, e.admin1) for e in gazetteer.lookup(name) if e.place_type in ("city", "capital")}
        hamlets = [e for e in gazetteer.features.named(name) if e.place_type == "hamlet"]
        assert hamlets and all(e.admin1 for e in hamlets), name
        assert not [e for e in hamlets if (e.country, e.admin1) in towns], name


def test_a_hamlet_of_a_town_name_carries_its_state_and_wins_where_the_article_is_in_it(gazetteer):
    # Salem, Iowa (no gazetteer row) shares its name with Salem, Oregon, a city of 175,000.
    iowa = [e for e in gazetteer.features.named("salem") if e.admin1 == "IA"]
    assert len(iowa) == 1 and iowa[0].country == "US" and iowa[0].place_type == "hamlet"
    from geomap.result import run

    text = ("Henry County deputies in southeast Iowa were called to a farm near Salem on Tuesday night. "
            "The Iowa State Patrol said the fire spread to two barns before crews from Mount Pleasant arrived.")
    salem = [f for f in run(text, name="t").geojson["features"] if f["properties"].get("name") == "Salem"]
    assert salem and great_circle_km(salem[0]["geometry"]["coordinates"][1], salem[0]["geometry"]["coordinates"][0],
                                     iowa[0].lat, iowa[0].lon) < 20


def _snapshot(tmp_path: Path, files: dict[str, str]) -> Path:
    work = tmp_path / "work"
    (work / "data" / "geonames").mkdir(parents=True)
    for name, text in files.items():
        (work / "data" / "geonames" / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "snapshot"], check=True)
    return work / ".git"


def _line(name: str, admin1: str, lat: float, lon: float, code: str = "00000") -> str:
    return "\t".join(["US", code, name, "State", admin1, "County", "001", "", "", str(lat), str(lon), "4"]) + "\n"


def test_hamlet_rows_fill_only_gaps_and_cover_every_post_office(tmp_path):
    us = (_line("Known Town", "OH", 40.0, -82.0) + _line("APO", "AE", 0.0, 0.0) + _line("Hope", "AR", 33.6, -93.6)
          + _line("FPO AE", "", 43.4, 16.7) + _line("APO STA", "", 26.4, 127.8)
          + _line("Twin Oaks", "MO", 38.0, -90.0, "1") + _line("Twin Oaks", "MO", 38.1, -90.0, "2")
          + _line("Twin Oaks", "OK", 36.0, -95.0) + _line("Lake", "WA", 47.0, -120.0))
    repo = _snapshot(tmp_path, {"US.txt": us, "NZ.txt": ""})
    known, taken = {("US", "OH", "known town")}, {("US", "lake")}
    rows = postal.hamlet_rows(repo, known, lambda n: n == "Hope", taken)
    assert [(r["name"], r["admin1"], r["source"].split(", ")[-1]) for r in rows] == [
        ("Twin Oaks", "MO", "US-MO"), ("Twin Oaks", "OK", "US-OK")]
    mo = rows[0]
    for lat in (38.0, 38.1):  # both post offices lie inside the circle, with room for the hamlet round them
        assert great_circle_km(mo["lat"], mo["lon"], lat, -90.0) * 1000 + postal.BASE_RADIUS_M <= mo["radius"] + 1
    assert rows == postal.hamlet_rows(repo, known, lambda n: n == "Hope", taken)  # same rows twice


def test_a_hamlet_may_bear_the_name_of_a_town_of_another_state_even_a_word(tmp_path):
    # Salem, Iowa beside the gazetteer's Salem, Oregon: the name is a place name already, word or not.
    us = (_line("Known Town", "OH", 40.0, -82.0) + _line("Known Town", "IA", 41.0, -92.0)
          + _line("Hope", "AR", 33.6, -93.6) + _line("Hope", "OK", 35.0, -97.0))
    repo = _snapshot(tmp_path, {"US.txt": us, "NZ.txt": ""})
    rows = postal.hamlet_rows(repo, {("US", "OH", "known town"), ("US", "AR", "hope")}, lambda n: n == "Hope")
    assert [(r["name"], r["admin1"]) for r in rows] == [("Known Town", "IA"), ("Hope", "OK")]


def test_a_one_word_english_word_is_not_a_hamlet_but_a_phrase_is():
    pytest.importorskip("wordfreq")
    is_word = postal.word_test()
    assert is_word("Success") and not is_word("Whites City") and not is_word("Rapatee")
