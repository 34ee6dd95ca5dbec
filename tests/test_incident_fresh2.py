"""The second batch of fresh worldwide incident articles (eval/incidents/fresh2.jsonl, issue 12):
an untuned check beside fresh.jsonl. Its spread, its independence from every other eval file and
from the research corpora, and a floor on the share right (scored once, before any fix for it)."""
from __future__ import annotations

from pathlib import Path

from repo_scripts import check_incident_rows, check_no_research_corpus_text, jsonl_rows, load, urls_of_other_eval_files

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "eval" / "incidents" / "fresh2.jsonl"
# Scored once at main 1b59745 (branch s5-incfresh2), labels committed before the run:
# 29/43 = 0.674 (dev 12/18, held-out 17/25). Rounded down to 5%. No code is tuned on this file.
# 33/43 after its kinds were given to one branch (s5); 37/43 = 0.860 after s6-inc. Rounded down with a margin.
SHARE_FLOOR = 0.80


def _cases() -> list[dict]:
    return jsonl_rows(BATCH)


def test_the_batch_is_spread_over_many_countries_with_unique_pages():
    cases = _cases()
    assert len(cases) >= 40
    assert len({c["country"] for c in cases}) >= 25
    check_incident_rows(cases, max_text=1300)


def test_no_page_is_in_another_eval_file():
    assert not urls_of_other_eval_files(BATCH) & {c["url"] for c in _cases()}


def test_no_text_comes_from_the_research_corpora():
    check_no_research_corpus_text(_cases())


def test_share_right_stays_above_the_measured_floor():
    bench = load("benchmarks/incident_fresh.py", "incident_fresh_bench")
    result = bench.evaluate(_cases())
    assert result["shares"]["all"]["n"] == len(_cases())
    assert result["shares"]["all"]["share"] >= SHARE_FLOOR, result["causes"]
