"""The repository's scripts and benchmarks as modules, for the tests that check them (they are files, not
part of the package)."""
import importlib.util
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
