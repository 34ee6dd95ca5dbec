import json
import math

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from geomap.cli import cli
from geomap.evaluate import (Toponym, evaluate_documents, great_circle_km, match_spans, prf,
                             resolution_metrics, resolve_spans)

from conftest import ROOT

TINY = ROOT / "tests" / "data" / "tiny_gold.jsonl"


def docs():
    return [json.loads(line) for line in TINY.read_text().split("\n") if line.strip()]


def test_metrics_on_hand_made_predictions():
    d = docs()
    preds = [
        [Toponym(18, 24, "Kerman", 30.28, 57.08, "x"), Toponym(26, 30, "Iran", 32.0, 53.0, "x")],
        # Paris placed in France (wrong), Texas right, Zzyzxville missed, one false span
        [Toponym(12, 17, "Paris", 48.85, 2.35, "x"), Toponym(19, 24, "Texas", 31.25, -99.25, "x"),
         Toponym(0, 1, "A", 0.0, 0.0, "x")],
    ]
    r = evaluate_documents(d, preds, given_spans=False)
    assert r["exact"] == pytest.approx({"precision": 4 / 5, "recall": 4 / 5, "f1": 4 / 5})
    found = r["resolution_found"]
    assert found["n"] == 4 and found["acc161"] == pytest.approx(3 / 4)
    assert r["resolution_all_gold"]["acc161"] == pytest.approx(3 / 5)


def test_given_spans_unresolved_counts_as_wrong():
    d = docs()
    preds = [[Toponym(18, 24, "Kerman", 30.28, 57.08, "x"), Toponym(26, 30, "Iran", 40.0, 53.0, "x")],
             [Toponym(12, 17, "Paris", 33.66, -95.56, "x"), Toponym(19, 24, "Texas", 31.25, -99.25, "x"),
              Toponym(30, 40, "Zzyzxville", None, None, None)]]
    m = evaluate_documents(d, preds, given_spans=True)["resolution"]
    assert m["n"] == 5 and m["resolved"] == 4
    assert m["acc161"] == pytest.approx(3 / 5)  # Iran is 889 km off, Zzyzxville unresolved
    assert m["auc"] > 0.2


def test_resolution_metrics_auc_bounds():
    assert resolution_metrics([0.0])["auc"] == 0.0
    assert resolution_metrics([None])["auc"] == 1.0
    assert resolution_metrics([20039.0])["auc"] == pytest.approx(1.0)


@given(st.lists(st.one_of(st.none(), st.floats(0, 20039)), min_size=1, max_size=50))
def test_resolution_metrics_ranges(errors):
    m = resolution_metrics(errors)
    assert 0 <= m["acc161"] <= 1 and 0 <= m["auc"] <= 1
    assert m["resolved"] == sum(e is not None for e in errors)


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20)), max_size=20, unique=True))
def test_exact_match_of_a_set_with_itself_is_perfect(spans):
    spans = [(s, s + n) for s, n in spans]
    assert len(match_spans(spans, spans)) == len(set(spans))


def test_prf_edge_cases():
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_great_circle_quarter_meridian():
    assert great_circle_km(0, 0, 90, 0) == pytest.approx(math.pi * 6371 / 2)


def test_resolve_spans_uses_the_pinning_state():
    text = docs()[1]["text"]
    got = resolve_spans(text, [(12, 17), (19, 24), (30, 40)])
    assert great_circle_km(got[0].lat, got[0].lon, 33.66, -95.56) < 20  # Paris, Texas
    assert got[2].lat is None  # unknown place: no answer, not a guess


def test_evaluate_command(tmp_path):
    res = CliRunner().invoke(cli, ["evaluate", str(TINY), "--given-spans", "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.stdout)
    assert r["resolution"]["n"] == 5 and r["resolution"]["acc161"] == pytest.approx(4 / 5)
    text = CliRunner().invoke(cli, ["evaluate", str(TINY)]).stdout
    assert text.startswith("end-to-end: 2 documents, 5 gold toponyms")


def test_batch_command_keeps_order_and_given_spans(tmp_path):
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(cli, ["batch", str(TINY), "--given-spans", "--format", "toponyms", "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert [t["name"] for t in lines[1]["toponyms"]] == ["Paris", "Texas", "Zzyzxville"]
    assert lines[1]["toponyms"][2]["lat"] is None


@pytest.mark.parametrize("content,message", [
    ('{"id": 1}\n', "Error: {p} line 1: no \"text\" string (use --skip-bad to skip such lines)\n"),
    ('{"id": 1, "text": "x"}\n[1]\n', "Error: {p} line 2: not a JSON object (use --skip-bad to skip such lines)\n"),
    ('{"id": 1, "text": "abc", "toponyms": [{"start": 2, "end": 9}]}\n',
     "Error: {p} line 1: toponym span 2..9 is outside the text (use --skip-bad to skip such lines)\n"),
])
def test_bad_lines_are_reported_with_their_number(tmp_path, content, message):
    p = tmp_path / "in.jsonl"
    p.write_text(content)
    res = CliRunner().invoke(cli, ["batch", str(p)])
    assert res.exit_code == 3
    assert res.stderr == message.format(p=p)


def test_skip_bad_reports_and_continues(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Kerman, Iran"}\nnot json\n{"id": 3, "text": "Paris"}\n')
    res = CliRunner().invoke(cli, ["batch", str(p), "--skip-bad"])
    assert res.exit_code == 0
    assert res.stderr == f"warning: skipped {p} line 2: not JSON (Expecting value)\n"
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == [1, 3]
