"""The third batch of fresh worldwide incident articles (eval/incidents/fresh3.jsonl, issue 12):
labelled and committed before geomap ever ran on it, so no code is tuned on it. Its spread, its
independence from every other eval file and from the research corpora, and a floor on the share right:
scored once, untuned, at 7553cd8 (after every fix of the session): 32/42 = 0.762 (dev 19/21, held-out 13/21)."""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest
from repo_scripts import load

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "eval" / "incidents" / "fresh3.jsonl"
EVAL_DIR = ROOT.parent / "shared" / "eval"
SHARE_FLOOR = 0.75
KEYS = {"url", "country", "text", "incident", "containing", "note"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _cases() -> list[dict]:
    return _lines(BATCH)


def test_the_batch_is_spread_over_many_countries_with_unique_pages():
    cases = _cases()
    assert len(cases) >= 40
    countries = Counter(c["country"] for c in cases)
    assert len(countries) >= 25
    assert countries["US"] <= 5, "the batch is meant to be mostly outside the US"
    assert max(countries.values()) <= 3, countries.most_common(1)
    assert len({c["url"] for c in cases}) == len(cases), "a page is used twice"
    for c in cases:
        assert KEYS <= set(c), c.get("url")
        assert c["url"].startswith(("http://", "https://"))
        assert len(c["country"]) == 2 and c["country"].isupper(), c["url"]
        assert 80 <= len(c["text"]) <= 1300, c["url"]
        assert c["note"].strip() and c["incident"] and c["containing"], c["url"]
        for place in c["incident"]:
            assert place["name"].strip() and place["source"].strip(), c["url"]
            assert math.isfinite(place["lat"]) and -90 <= place["lat"] <= 90, c["url"]
            assert math.isfinite(place["lon"]) and -180 <= place["lon"] <= 180, c["url"]
            assert place.get("area", True) is True, c["url"]  # "area" is only ever true


def test_no_page_is_in_another_eval_file():
    others = [p for p in sorted((ROOT / "eval").glob("*/*.jsonl")) if p != BATCH]
    assert any(p.parent.name == "relations" for p in others) and any(p.name == "fresh2.jsonl" for p in others)
    seen = {row["url"] for p in others for row in _lines(p) if isinstance(row, dict) and "url" in row}
    assert not seen & {c["url"] for c in _cases()}


def test_no_text_comes_from_the_research_corpora():
    files = [EVAL_DIR / f"{name}.jsonl" for name in ("lgl", "geowebnews")]
    if not all(f.is_file() for f in files):
        pytest.skip(f"eval corpora not found at {EVAL_DIR}")
    corpus = "\n".join(json.loads(line)["text"] for f in files
                       for line in f.read_text(encoding="utf-8").split("\n") if line.strip())
    for c in _cases():
        for start in range(0, len(c["text"]) - 120, 200):  # no 120-character stretch of any text
            assert c["text"][start:start + 120] not in corpus, c["url"]


def test_share_right_stays_above_the_measured_floor():
    bench = load("benchmarks/incident_fresh.py", "incident_fresh_bench")
    result = bench.evaluate(_cases())
    assert result["shares"]["all"]["n"] == len(_cases())
    assert result["shares"]["all"]["share"] >= SHARE_FLOOR, result["causes"]
