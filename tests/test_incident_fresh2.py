"""The second batch of fresh worldwide incident articles (eval/incidents/fresh2.jsonl, issue 12):
an untuned check beside fresh.jsonl. Its spread, its independence from every other eval file and
from the research corpora, and a floor on the share right (scored once, before any fix for it)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from repo_scripts import load

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "eval" / "incidents" / "fresh2.jsonl"
EVAL_DIR = ROOT.parent / "shared" / "eval"
KEYS = {"url", "country", "text", "incident", "containing", "note"}
# Scored once at main 1b59745 (branch s5-incfresh2), labels committed before the run:
# 29/43 = 0.674 (dev 12/18, held-out 17/25). Rounded down to 5%. No code is tuned on this file.
SHARE_FLOOR = 0.65


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _cases() -> list[dict]:
    return _lines(BATCH)


def test_the_batch_is_spread_over_many_countries_with_unique_pages():
    cases = _cases()
    assert len(cases) >= 40
    assert len({c["country"] for c in cases}) >= 25
    assert len({c["url"] for c in cases}) == len(cases), "a page is used twice"
    for c in cases:
        assert KEYS <= set(c), c.get("url")
        assert c["url"].startswith(("http://", "https://"))
        assert 80 <= len(c["text"]) <= 1300, c["url"]
        assert c["note"].strip() and c["incident"]
        for place in c["incident"]:
            assert math.isfinite(place["lat"]) and -90 <= place["lat"] <= 90, c["url"]
            assert math.isfinite(place["lon"]) and -180 <= place["lon"] <= 180, c["url"]
            assert place["source"].strip(), c["url"]


def test_no_page_is_in_another_eval_file():
    others = [p for p in sorted((ROOT / "eval").glob("*/*.jsonl")) if p != BATCH]
    assert any(p.parent.name == "relations" for p in others) and any(p.name == "fresh.jsonl" for p in others)
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
