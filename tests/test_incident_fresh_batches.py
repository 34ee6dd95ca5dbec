"""The worldwide incident batches 4-15 (eval/incidents/fresh4.jsonl ... fresh15.jsonl, issue 12),
each labelled and committed before geomap ever ran on it (eval/incidents/FRESH.md says how each was
collected and scored untuned): their spread, their independence from every other eval file (however a page
is linked) and from the research corpora, and that every point comes from `geomap geocode`, a containing
area saying why it stands in. Batches 4-13 were tuned on after their untuned score (batch 8 by s7-inc8, batch 9
by s7-inc9, batch 10 by s8-inc10, batch 11 by s8-inc11, batch 12 by s8-inc12, batch 13 by s8-inc13); batches 14
and 15 were not."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from repo_scripts import check_incident_rows, check_no_research_corpus_text, jsonl_rows, urls_of_other_eval_files

ROOT = Path(__file__).resolve().parent.parent
BATCHES = [ROOT / "eval" / "incidents" / f"fresh{k}.jsonl" for k in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)]
batch = pytest.mark.parametrize("path", BATCHES, ids=lambda p: p.stem)


@batch
def test_the_batch_is_spread_over_many_countries_with_unique_pages(path):
    cases = jsonl_rows(path)
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


@batch
def test_every_point_comes_from_the_gazetteer_lookup_and_areas_say_why(path):
    for c in jsonl_rows(path):
        for place in c["incident"]:
            assert place["source"].startswith("geomap geocode ("), c["url"]
            if place.get("area"):  # a containing area stands in for a place the gazetteer lacks
                assert "gazetteer" in place["source"].split("; ", 1)[-1], c["url"]


_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|ref|amp|output|outputtype|from|share)$", re.IGNORECASE)


def _page(url: str) -> str:
    """A URL without scheme, `www.`/`m.`, tracking query keys, trailing slash or `/amp` tail: the same page however
    linked. Query keys that name the article stay ("medicinehatnews.com/?p=4930474" and "?p=4837406" are two
    pages).

    >>> _page("https://www.x.com/a/b/amp?utm_source=t") == _page("http://x.com/a/b/")
    True
    >>> _page("https://x.com/?p=1") == _page("https://x.com/?p=2")
    False
    """
    rest = url.split("://", 1)[-1]
    page, _, query = rest.partition("?")
    page = page.rstrip("/")
    for prefix in ("www.", "m."):
        page = page.removeprefix(prefix)
    kept = sorted(q for q in query.split("&") if q and not _TRACKING.match(q.split("=", 1)[0]))
    return page.removesuffix("/amp").lower() + ("?" + "&".join(kept) if kept else "")


@batch
def test_no_page_is_in_another_eval_file_however_linked(path):
    others = {_page(u) for u in urls_of_other_eval_files(path)}
    assert not others & {_page(c["url"]) for c in jsonl_rows(path)}


@batch
def test_no_text_comes_from_the_research_corpora(path):
    check_no_research_corpus_text(jsonl_rows(path))
