#!/usr/bin/env python
"""How many real distance statements in other languages geomap reads exactly.

Reads ``eval/languages/cases.jsonl`` (quotes copied from public news pages,
each with its URL, the anchor as written, the distance and the bearing) and,
for each language, counts the statements whose relation geomap finds with
that anchor, distance and bearing, and whether the language was detected::

    python benchmarks/languages.py [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = ROOT / "eval" / "languages" / "cases.jsonl"


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_exactly(case: dict, relations) -> bool:
    """True when one relation has the case's anchor (as written), distance and bearing."""
    from geomap.lang.fold import fold

    for r in relations:
        if fold(r.anchor_text) == fold(case["anchor"]) and r.distance_m is not None \
                and abs(r.distance_m - case["distance_m"]) < 1e-6 and r.bearing_deg == case["bearing_deg"]:
            return True
    return False


def run(cases: list[dict]) -> dict:
    from geomap.lang import detect_language
    from geomap.pipeline import extract

    per = defaultdict(lambda: {"cases": 0, "exact": 0, "detected": 0, "misses": []})
    for case in cases:
        doc = extract(case["quote"])
        row = per[case["lang"]]
        row["cases"] += 1
        row["detected"] += detect_language(case["quote"]) == case["lang"]
        if read_exactly(case, doc.relations):
            row["exact"] += 1
        else:
            row["misses"].append(f'{case["anchor"]} {case["distance_m"]:g} m')
    total = sum(r["cases"] for r in per.values())
    exact = sum(r["exact"] for r in per.values())
    return {"languages": dict(sorted(per.items())), "cases": total, "exact": exact,
            "share_exact": round(exact / total, 3) if total else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = run(load_cases())
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{'lang':5} {'cases':>5} {'exact':>5} {'detected':>8}  misses")
    for lang, r in result["languages"].items():
        print(f"{lang:5} {r['cases']:5} {r['exact']:5} {r['detected']:8}  {'; '.join(r['misses'])}")
    print(f"all   {result['cases']:5} {result['exact']:5}  ({result['share_exact']:.0%} read exactly)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
