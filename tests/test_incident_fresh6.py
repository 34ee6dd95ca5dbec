"""The sixth batch of fresh worldwide incident articles (eval/incidents/fresh6.jsonl, issue 12):
collected from generic family+region searches of kinds and wordings not used for batches 1-5 (no known
event named), labelled and committed before geomap ever ran on it, so no code is tuned on it. Its spread,
its independence from every other eval file and from the research corpora, and that every point comes
from `geomap geocode`. No floor on the share right yet: the batch is scored once, untuned
(eval/incidents/FRESH.md, "Batch 6")."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from repo_scripts import check_incident_rows, check_no_research_corpus_text, jsonl_rows, urls_of_other_eval_files

ROOT = Path(__file__).resolve().parent.parent
BATCH = ROOT / "eval" / "incidents" / "fresh6.jsonl"


def _cases() -> list[dict]:
    return jsonl_rows(BATCH)


def test_the_batch_is_spread_over_many_countries_with_unique_pages():
    cases = _cases()
    assert len(cases) >= 45
    countries = Counter(c["country"] for c in cases)
    assert len(countries) >= 40
    assert max(countries.values()) <= 2, countries.most_common(1)
    check_incident_rows(cases, max_text=1250)
    for c in cases:
        assert len(c["country"]) == 2 and c["country"].isupper(), c["url"]
        assert c["containing"], c["url"]
        for place in c["incident"]:
            assert place["name"].strip(), c["url"]
            assert place.get("area", True) is True, c["url"]  # "area" is only ever true


def test_every_point_comes_from_the_gazetteer_lookup_and_areas_say_why():
    for c in _cases():
        for place in c["incident"]:
            assert place["source"].startswith("geomap geocode ("), c["url"]
            if place.get("area"):  # a containing area stands in for a place the gazetteer lacks
                assert "gazetteer" in place["source"].split("; ", 1)[-1], c["url"]


def test_no_page_is_in_another_eval_file():
    assert not urls_of_other_eval_files(BATCH) & {c["url"] for c in _cases()}


def test_no_text_comes_from_the_research_corpora():
    check_no_research_corpus_text(_cases())


def _page(url: str) -> str:
    """A URL without scheme, `www.`/`m.`, query, trailing slash or `/amp` tail: the same page however linked."""
    page = url.split("://", 1)[-1].split("?", 1)[0].rstrip("/")
    for prefix in ("www.", "m."):
        page = page.removeprefix(prefix)
    return page.removesuffix("/amp").lower()


def test_no_page_is_in_another_eval_file_however_linked():
    others = {_page(u) for u in urls_of_other_eval_files(BATCH)}
    assert not others & {_page(c["url"]) for c in _cases()}
