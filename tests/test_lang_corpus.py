"""Corpus commands read each document in its own language (issue #16): batch, evaluate, geocode."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
CASES = [json.loads(line) for line in (ROOT / "eval" / "languages" / "cases.jsonl").read_text("utf-8").splitlines()]
FRENCH = next(c["quote"] for c in CASES if "rtbf.be" in c["url"])   # "... 234 kilomètres à l’ouest de Saumlaki"
PERSIAN = next(c["quote"] for c in CASES if "idman.ir" in c["url"])  # "... ۱۴ کیلومتری زرند"


def _jsonl(tmp_path, *docs) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def _batch(*args):
    done = CliRunner().invoke(cli, ["batch", *args])
    return done, [json.loads(line) for line in done.output.splitlines() if line.startswith("{")]


def test_batch_reads_each_document_in_its_language(tmp_path):
    infile = _jsonl(tmp_path, {"id": "fr", "text": FRENCH}, {"id": "fa", "text": PERSIAN})
    done, fcs = _batch(infile)
    assert done.exit_code == 0, done.output
    fr, fa = fcs
    assert [f["properties"]["name"] for f in fr["features"] if f["properties"]["kind"] == "zone"] == \
        ["234 km west of Saumlaki"]
    assert [f["properties"]["display_name"] for f in fa["features"] if f["properties"]["kind"] == "place"] == \
        ["زرند (Zarand)"]
    done, tops = _batch(infile, "--format", "toponyms")
    assert [t["source"] for t in tops[1]["toponyms"]] == ["geonames:111421"]


def test_batch_lang_option_and_field(tmp_path):
    infile = _jsonl(tmp_path, {"id": "fa", "text": PERSIAN, "lang": "en"}, {"id": "fa2", "text": PERSIAN})
    done, tops = _batch(infile, "--format", "toponyms")
    assert [len(t["toponyms"]) for t in tops] == [0, 1]  # the line's "lang" is respected
    done, tops = _batch(infile, "--format", "toponyms", "--lang", "en")
    assert [len(t["toponyms"]) for t in tops] == [0, 0]  # --lang wins over every line
    done, tops = _batch(infile, "--format", "toponyms", "--lang", "fa")
    assert [len(t["toponyms"]) for t in tops] == [1, 1]


def test_batch_rejects_an_unknown_language(tmp_path):
    done, _ = _batch(_jsonl(tmp_path, {"id": 1, "text": PERSIAN, "lang": "xx"}))
    assert done.exit_code == InputError.exit_code
    assert done.output.startswith("Error: ") and '"lang" is not one of' in done.output
    assert "Traceback" not in done.output


def test_evaluate_scores_a_persian_document(tmp_path):
    start = PERSIAN.index("زرند")
    gold = _jsonl(tmp_path, {"id": "fa", "text": PERSIAN,
                             "toponyms": [{"start": start, "end": start + 4, "lat": 30.81, "lon": 56.56}]})
    done = CliRunner().invoke(cli, ["evaluate", gold, "--json"])
    assert done.exit_code == 0, done.output
    result = json.loads(done.output[done.output.index("{"):])
    assert result["exact"]["recall"] == 1.0 and result["resolution_found"]["acc161"] == 1.0


def test_geocode_a_name_in_another_script():
    runner = CliRunner()
    for name, source in (("زرند", "geonames:111421"), ("Харкові", "geonames:706483"), ("سايبن", "geonames:7828758")):
        done = runner.invoke(cli, ["geocode", name, "--json", "-n", "1"])
        assert done.exit_code == 0, done.output
        assert json.loads(done.output)[0]["source"] == source
    done = runner.invoke(cli, ["geocode", "زرند", "--lang", "en"])
    assert done.exit_code == 4 and done.output.startswith("Error: no place named")
