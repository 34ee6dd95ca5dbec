"""geomap batch at corpus scale (issue 17): streamed full results, the events table,
worker processes, RFC 8142 sequences, and no partial output when a run is killed."""
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from geomap.batch import _Done, chunks, ordered_map
from geomap.cli import cli
from geomap.events_table import COLUMNS

from conftest import ROOT, SEED

DOCS = [
    {"id": "k", "text": SEED.read_text(encoding="utf-8"), "date": "2024-01-03", "source": "seed"},
    {"id": 2, "text": "A car bomb exploded 5 km north of Mosul on Monday, officials in Iraq said."},
    {"id": "none", "text": "Nothing happened here."},
    {"id": "p", "text": "The epicentre was 11 km WSW of Pokhara, Nepal.", "date": "2015-04-25"},
]


def run(args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return p


def test_jsonl_is_each_documents_full_feature_collection_in_order(corpus):
    from geomap.pipeline import geoparse

    res = run(["batch", corpus])
    assert res.exit_code == 0, res.stderr
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [fc["id"] for fc in lines] == [d["id"] for d in DOCS]
    for doc, fc in zip(DOCS, lines):
        alone = geoparse(doc["text"], str(doc["id"]))
        assert fc["features"] == alone["features"]  # roles, zones, events, precision: the whole result
        assert fc["geomap"]["sentences"] == alone["geomap"]["sentences"]
        assert fc["geomap"]["article"].get("date") == doc.get("date")
    assert {f["properties"]["kind"] for f in lines[0]["features"]} == {"place", "zone", "event", "area"}


def test_given_spans_full_result_uses_exactly_those_spans(tmp_path):
    p = tmp_path / "in.jsonl"
    text = "Flooding hit Paris, Texas and Paris."
    p.write_text(json.dumps({"id": 1, "text": text, "toponyms": [{"start": 13, "end": 18}]}) + "\n")
    fc = json.loads(run(["batch", p, "--given-spans"]).stdout)
    # one feature, from exactly the given span: "Texas" and the second "Paris" are evidence only
    assert [f["properties"]["name"] for f in fc["features"]] == ["Paris"]
    (evidence,) = [e for f in fc["features"] for e in f["properties"]["evidence"]]
    assert (evidence["start"], evidence["end"]) == (13, 18)


def test_geojsonseq_is_rfc8142_one_feature_per_record(corpus):
    res = run(["batch", corpus, "--format", "geojsonseq"])
    assert res.exit_code == 0, res.stderr
    records = res.stdout.split("\x1e")
    assert records[0] == "" and all(r.endswith("\n") and r.count("\n") == 1 for r in records[1:])
    features = [json.loads(r) for r in records[1:]]
    whole = [json.loads(x) for x in run(["batch", corpus]).stdout.splitlines()]
    assert len(features) == sum(len(fc["features"]) for fc in whole)
    first = features[0]["properties"]
    assert first["document_id"] == "k" and first["document_date"] == "2024-01-03"
    ev = first["evidence"][0]
    assert ev["text"] in ev["sentence_text"]


def test_events_csv_has_the_event_dataset_columns_and_only_incidents(corpus):
    import pandas as pd

    res = run(["batch", corpus, "--format", "events-csv"])
    assert res.exit_code == 0, res.stderr
    table = pd.read_csv(io.StringIO(res.stdout), dtype={"document_id": str})
    assert tuple(table.columns) == COLUMNS
    assert set(table.document_id) == {"k", "2", "p"}  # the document without places has no row
    mosul = table[table.document_id == "2"]
    assert list(mosul.kind) == ["place", "event"]
    assert set(mosul.location) == {"Mosul"} and set(mosul.country) == {"IQ"} and set(mosul.admin1) == {"Nineveh"}
    event = mosul[mosul.kind == "event"].iloc[0]
    assert event.latitude == pytest.approx(36.335 + 5 / 111.0, abs=0.01)  # the best guess, 5 km north
    assert "Iraq" not in set(table.location)  # a context place is not a row
    kerman = table[table.document_id == "k"]
    assert set(kerman.date) == {"2024-01-03"} and set(kerman.source) == {"seed"}
    assert kerman.geo_precision.between(1, 3).all() and (kerman.uncertainty_m > 0).all()
    for _, row in table.iterrows():
        assert isinstance(row.evidence, str) and row.evidence.strip()


def test_workers_give_the_same_bytes_as_one(corpus, tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run(["batch", corpus, "--format", "events-csv", "-o", one]).exit_code == 0
    res = run(["batch", corpus, "--format", "events-csv", "--workers", "2", "-o", two])
    assert res.exit_code == 0, res.stderr
    assert two.read_bytes() == one.read_bytes()
    assert len(list(csv.reader(io.StringIO(one.read_text())))) > 4


def test_ordered_map_keeps_order_and_bounds_what_is_in_flight():
    in_flight, most = [], [0]

    class Later:
        def __init__(self, chunk):
            self.chunk = chunk
            in_flight.append(self)
            most[0] = max(most[0], len(in_flight))

        def result(self):
            in_flight.remove(self)
            return [x * 2 for x in self.chunk]

    out = list(ordered_map(Later, chunks(range(100), 3), window=4))
    assert out == [x * 2 for x in range(100)]
    assert most[0] == 4
    assert list(ordered_map(_Done, chunks([], 3), window=2)) == []


def test_a_bad_line_late_in_the_input_leaves_no_output_file(tmp_path):
    p, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    p.write_text(json.dumps(DOCS[1]) + "\n" + '{"id": 9, "text": "x", "date": 20240103}\n')
    res = run(["batch", p, "-o", out])
    assert res.exit_code == 3
    assert res.stderr == f"Error: {p} line 2: \"date\" is not a string (use --skip-bad to skip such lines)\n"
    assert os.listdir(tmp_path) == ["in.jsonl"]


def test_killed_batch_leaves_no_partial_output(tmp_path):
    p, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    p.write_text((json.dumps(DOCS[1]) + "\n") * 20000)
    out.write_text("precious\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "batch", str(p), "-o", str(out)], env=env,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # results stream into the temporary file ...
        tmp = [f for f in tmp_path.iterdir() if f.name.startswith(".out.jsonl.")]
        if tmp and tmp[0].stat().st_size > 0:
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("no result was streamed to the temporary file")
    proc.send_signal(signal.SIGTERM)  # ... and a killed run removes it, leaving the old output
    assert proc.wait(timeout=30) == 143
    assert sorted(f.name for f in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    assert out.read_text() == "precious\n"


def test_parquet_to_stdout_and_remote_workers_are_usage_errors(corpus):
    res = run(["batch", corpus, "--dask", "tcp://127.0.0.1:1", "--workers", "3"])
    assert res.exit_code == 2
    assert "--workers sizes --dask local only" in res.stderr or "pip install 'geomap[dask]'" in res.stderr
