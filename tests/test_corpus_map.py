"""geomap map --corpus (issue 17): an events table, or batch's JSONL, drawn as one page."""
import csv
import datetime as dt
import json
import re

import pytest

from geomap import corpus_data
from geomap.corpus_data import aggregate
from geomap.corpus_map import corpus_map, corpus_page
from geomap.corpus_read import EventRow, read_corpus
from geomap.events_table import COLUMNS

from corpus_helpers import batch, corpus_docs, run

EVIL = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">&amp;{{ 7*191 }}'


def payload(page: str) -> dict:
    """The page's data, read back the way its script reads it."""
    m = re.search(r"JSON\.parse\((\".*?\")\), ", page)
    return json.loads(json.loads(m.group(1)))


def rows_of(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_table(path, rows: list[dict]):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    return path


def row(doc="d", lat=10.0, lon=20.0, date="2024-01-01", **kw) -> EventRow:
    return EventRow(document_id=doc, latitude=lat, longitude=lon, date=date, **kw)


def test_csv_parquet_and_jsonl_of_one_corpus_draw_the_same_data(tmp_path):
    pytest.importorskip("pyarrow")
    datas = [aggregate(read_corpus(batch(tmp_path, fmt))) for fmt in ("events-csv", "events-parquet", "jsonl")]
    assert datas[0].rows == len(rows_of(tmp_path / "events.csv")) > 5
    assert datas[0] == datas[1] == datas[2]


def test_counts_follow_the_table_by_place_and_day(tmp_path):
    table = rows_of(batch(tmp_path, "events-csv"))
    data = aggregate(read_corpus(tmp_path / "events.csv"))
    per_day = {}
    for r in table:
        per_day[r["date"] or None] = per_day.get(r["date"] or None, 0) + 1
    drawn = {}
    for place, bucket, n in data.cells:
        key = None if bucket < 0 else data.buckets[bucket]
        drawn[key] = drawn.get(key, 0) + n
    assert drawn == per_day
    assert data.undated_rows == per_day.get(None, 0) and data.undated_rows > 0
    undated_docs = {r["document_id"] for r in table if not r["date"]}
    assert data.undated_documents == len(undated_docs)
    assert data.documents == len({r["document_id"] for r in table})
    assert data.buckets[0] == min(r["date"] for r in table if r["date"])  # consecutive days, first to last
    assert len(data.buckets) == (dt.date.fromisoformat(data.buckets[-1]) - dt.date.fromisoformat(data.buckets[0])).days + 1


def test_every_quote_is_a_row_of_its_place_and_day(tmp_path):
    table = rows_of(batch(tmp_path, "events-csv"))
    data = aggregate(read_corpus(tmp_path / "events.csv"))
    quoted = {(r["document_id"], r["location"], r["date"], corpus_data._cut(r["evidence"])) for r in table}
    for place, bucket, doc, date, source, event, evidence in data.quotes:
        assert (doc, data.places[place][2], date, evidence) in quoted
        assert (bucket < 0) == (date == "") and (bucket < 0 or data.buckets[bucket] == date)


def test_the_same_table_gives_the_same_bytes_and_no_external_resource(tmp_path):
    path = batch(tmp_path, "events-csv")
    first, _ = corpus_map(path)
    again, _ = corpus_map(path)
    assert first == again
    assert not re.search(r"<script[^>]+src|<link|@import|https?://[^\"'\s]*\.(js|css)\b", first)
    assert "L.MarkerClusterGroup" in first and "geomapCorpus(" in first


def test_untrusted_text_reaches_the_page_only_as_json_data(tmp_path):
    path = write_table(tmp_path / "evil.csv", [
        {"document_id": EVIL, "date": "2024-01-02", "location": EVIL, "latitude": 1, "longitude": 2,
         "evidence": EVIL, "source": "javascript:alert(1)", "event": EVIL, "country": EVIL}])
    page, _ = corpus_map(path, title=EVIL)
    assert "__pwned" in page and "<img" not in page and "{{ 7*191 }}" in page  # no template ever ran
    assert page.count("<script") == page.count("</script>") == 4  # Leaflet, clusters, corpus.js, the call
    data = payload(page)["data"]
    assert data["places"][0][2] == EVIL and data["quotes"][0][6] == EVIL[:corpus_data.EVIDENCE_CHARS]


def test_dates_step_by_week_then_month_when_the_corpus_is_long():
    day0 = dt.date(2020, 1, 1)
    short = aggregate([row(date=(day0 + dt.timedelta(days=i)).isoformat()) for i in range(0, 300, 7)])
    assert short.unit == "day"
    long = aggregate([row(date=(day0 + dt.timedelta(days=i)).isoformat()) for i in range(0, 1000, 7)])
    assert long.unit == "week" and all(dt.date.fromisoformat(b).weekday() == 0 for b in long.buckets)
    longer = aggregate([row(date=(day0 + dt.timedelta(days=i)).isoformat()) for i in range(0, 4000, 30)])
    assert longer.unit == "month" and longer.buckets[0] == "2020-01-01"
    assert sum(n for _, _, n in longer.cells) == longer.rows


def test_timestamps_count_by_day_and_free_text_dates_as_undated():
    data = aggregate([row(date="2024-03-05T23:10:00Z"), row(doc="e", date="5 March 2024"), row(doc="f", date="")])
    assert data.buckets == ("2024-03-05",)
    assert data.undated_rows == 2 and data.undated_documents == 2


def test_above_the_place_cap_the_busiest_places_are_kept_and_the_rest_counted(monkeypatch):
    monkeypatch.setattr(corpus_data, "MAX_PLACES", 2)
    rows = [row(lat=1, location="a"), row(lat=2, location="b"), row(lat=2, location="b"),
            row(lat=3, location="c"), row(lat=3, location="c"), row(lat=3, location="c")]
    data = aggregate(rows)
    assert [p[2] for p in data.places] == ["b", "c"]  # input order kept
    assert (data.dropped_places, data.dropped_rows, data.rows) == (1, 1, 6)
    assert sum(n for _, _, n in data.cells) == 5


def test_quotes_are_capped_per_place_and_day_and_in_all(monkeypatch):
    rows = [row(doc=str(i), evidence=f"sentence {i} " + "x" * 500) for i in range(10)]
    data = aggregate(rows)
    assert [q[2] for q in data.quotes] == ["0", "1", "2"]  # QUOTES_PER_CELL, first come
    assert all(len(q[6]) == corpus_data.EVIDENCE_CHARS for q in data.quotes)
    twice = aggregate([row(evidence="Blast in X."), row(evidence="Blast in X."), row(evidence="Then X.")])
    assert [q[6] for q in twice.quotes] == ["Blast in X.", "Then X."] and twice.rows == 3
    monkeypatch.setattr(corpus_data, "MAX_QUOTES", 4)
    many = aggregate([row(doc=str(i), lat=i) for i in range(10)])
    assert len(many.quotes) == 4 and many.rows == 10


def test_cli_writes_the_corpus_map(tmp_path):
    path = batch(tmp_path, "events-csv")
    out = tmp_path / "corpus.html"
    res = run(["map", "--corpus", path, "-o", out, "--title", "LGL sample", "--tiles", "light"])
    assert res.exit_code == 0, res.stderr
    page = out.read_text(encoding="utf-8")
    assert "<title>LGL sample</title>" in page and "server.arcgisonline.com" in page
    assert payload(page)["data"]["stats"]["rows"] == len(rows_of(path))


@pytest.mark.parametrize("content, code, words", [
    ("document_id,date\nx,2024-01-01\n", 3, "not an events table (no latitude, longitude column"),
    (",".join(COLUMNS) + "\n", 4, "has no events or incident places"),
    ("document_id,latitude,longitude\nx,abc,2\n", 3, "line 2: latitude 'abc' is not a number"),
    ("document_id,latitude,longitude\nx,95,2\n", 3, "out of range"),
    ('{"type": "FeatureCollection"}\n', 3, "not a geomap FeatureCollection"),
])
def test_bad_tables_are_one_line_errors(tmp_path, content, code, words):
    path = tmp_path / ("t.jsonl" if content.startswith("{") else "t.csv")
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.html"
    res = run(["map", "--corpus", path, "-o", out])
    assert res.exit_code == code and words in res.stderr and res.stderr.count("\n") == 1, res.stderr
    assert not out.exists()


def test_options_for_one_article_are_refused_with_corpus(tmp_path):
    path = batch(tmp_path, "events-csv")
    for extra in (["--png", tmp_path / "x.png"], ["--place", "X=1,2"], [path]):
        res = run(["map", "--corpus", path, "-o", tmp_path / "o.html", *extra])
        assert res.exit_code == 2 and res.stderr.startswith("Error: "), res.stderr
    assert not (tmp_path / "o.html").exists()


def test_corpus_page_needs_no_corpus_file():
    data = aggregate([row(evidence="A blast.")])
    assert corpus_page(data) == corpus_page(data) and "A blast." in corpus_page(data)
