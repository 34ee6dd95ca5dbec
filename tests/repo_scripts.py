"""The repository's scripts and benchmarks as modules, for the tests that check them (they are files, not
part of the package)."""
import importlib.util
import json
import math
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def load(relative: str, name: str | None = None):
    """The module of ``ROOT / relative`` ("scripts/train_ranker.py"), loaded once; its folder is on
    ``sys.path`` while it loads, so its own imports (``_corpus``) resolve."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def check_relation_case(case: dict, role: str, wording: str) -> None:
    """Assert that the relative-statements benchmark scores ``case`` (of role ``role``) as right."""
    assert case["role"] == role
    result = load("benchmarks/relative.py", "relative_benchmark").score_case(case)
    assert result["ok"], (wording, result["causes"])


def relation_cases(name: str) -> dict[str, dict]:
    """The cases of ``eval/relations/<name>`` by id."""
    bench = load("benchmarks/relative.py", "relative_benchmark")
    return {c["id"]: c for c in bench.load_cases(ROOT / "eval" / "relations" / name)}


def zones_over(case: dict) -> list[dict]:
    """Properties of the zones geomap draws over ``case``'s statement, read from its quote alone."""
    from geomap.result import run

    bench = load("benchmarks/relative.py", "relative_benchmark")
    start = case["quote"].index(case["statement"])
    end = start + len(case["statement"])
    return [f["properties"] for f in run(case["quote"]).geojson["features"]
            if f["properties"]["kind"] == "zone" and bench._overlaps(f, start, end)]


# ---- the worldwide incident batches (eval/incidents/fresh*.jsonl) -------------------------------

INCIDENT_KEYS = {"url", "country", "text", "incident", "containing", "note"}
EVAL_DIR = ROOT.parent / "shared" / "eval"


def jsonl_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def check_incident_rows(cases: list[dict], max_text: int) -> None:
    """Every article has the fields, a web URL, an opening of sensible length, a note and sourced,
    finite incident points; no page is used twice."""
    assert len({c["url"] for c in cases}) == len(cases), "a page is used twice"
    for c in cases:
        assert INCIDENT_KEYS <= set(c), c.get("url")
        assert c["url"].startswith(("http://", "https://"))
        assert 80 <= len(c["text"]) <= max_text, c["url"]
        assert c["note"].strip() and c["incident"], c["url"]
        for place in c["incident"]:
            assert math.isfinite(place["lat"]) and -90 <= place["lat"] <= 90, c["url"]
            assert math.isfinite(place["lon"]) and -180 <= place["lon"] <= 180, c["url"]
            assert place["source"].strip(), c["url"]


def urls_of_other_eval_files(batch: Path) -> set[str]:
    """The URLs every other file under eval/ uses."""
    others = [p for p in sorted((ROOT / "eval").glob("*/*.jsonl")) if p != batch]
    return {row["url"] for p in others for row in jsonl_rows(p) if isinstance(row, dict) and "url" in row}


def check_no_research_corpus_text(cases: list[dict]) -> None:
    """No 120-character stretch of any opening comes from LGL or GeoWebNews (skipped without them)."""
    import pytest

    files = [EVAL_DIR / f"{name}.jsonl" for name in ("lgl", "geowebnews")]
    if not all(f.is_file() for f in files):
        pytest.skip(f"eval corpora not found at {EVAL_DIR}")
    corpus = "\n".join(row["text"] for f in files for row in jsonl_rows(f))
    for c in cases:
        for start in range(0, len(c["text"]) - 120, 200):
            assert c["text"][start:start + 120] not in corpus, c["url"]


def incident_opening(batch: str, url_part: str) -> str:
    """The stored opening of the article of ``eval/incidents/<batch>.jsonl`` whose URL contains ``url_part``."""
    for case in jsonl_rows(Path(__file__).resolve().parent.parent / "eval" / "incidents" / f"{batch}.jsonl"):
        if url_part in case["url"]:
            return case["text"]
    raise LookupError(url_part)


def features_of(text: str) -> list[dict]:
    """The GeoJSON features geomap draws for ``text`` (:func:`geomap.result.run`)."""
    from geomap.result import run

    return run(text).geojson["features"]


def zone_properties(text: str) -> list[dict]:
    """The properties of each zone feature of ``text``."""
    return [f["properties"] for f in features_of(text) if f["properties"]["kind"] == "zone"]


def anchor_name(text: str, zone: dict) -> str:
    """The name of the place feature a zone of ``text`` is measured from."""
    return next(f["properties"]["name"] for f in features_of(text) if f["properties"]["id"] == zone["anchor"])
