#!/usr/bin/env python
"""Error classes of the given-spans resolution on ../shared/eval (LGL, GeoWebNews).

    python benchmarks/errors.py [--eval-dir ../shared/eval] [--list N]

Each gold toponym more than 161 km from geomap's point falls in one class:

* ``point``: the right entity (same GeoNames id), its point too far from gold;
* ``type-point``: no GeoNames id match, but the chosen place has the gold's
  name and is a country, state or area (a different point convention);
* ``namesake``: a candidate within 161 km of gold existed, another was chosen;
* ``missing``: candidates exist, none within 161 km (the gazetteer lacks it);
* ``unknown``: no candidate at all.

GeoWebNews is scored on the toponyms that have a geonameid. ``--list N``
prints N examples per class and corpus.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from _corpus import ROOT, load


def classify(gold: dict, pred, cands) -> str:
    from geomap.geometry import great_circle_km

    if pred is None or pred.lat is None:
        return "unknown" if not cands else "missing"
    if great_circle_km(gold["lat"], gold["lon"], pred.lat, pred.lon) <= 161:
        return "ok"
    if gold.get("geonameid") and pred.source == f"geonames:{gold['geonameid']}":
        return "point"
    if any(great_circle_km(gold["lat"], gold["lon"], c.lat, c.lon) <= 161 for c in cands):
        return "namesake"
    chosen = next((c for c in cands if c.source == pred.source), None)
    if chosen is not None and chosen.place_type in ("country", "admin1", "continent", "region", "sea", "ocean") \
            and not gold.get("geonameid"):
        return "type-point"
    return "missing" if cands else "unknown"


def analyse(docs: list[dict]) -> tuple[Counter, dict]:
    from geomap.evaluate import resolve_spans
    from geomap.gazetteer import default_gazetteer
    from geomap.resolve import candidates
    from geomap.span_mentions import mention_for_span

    g = default_gazetteer()
    counts: Counter = Counter()
    examples: dict[str, list] = {}
    for d in docs:
        spans = [(t["start"], t["end"]) for t in d["toponyms"]]
        preds = resolve_spans(d["text"], spans)
        for t, p in zip(d["toponyms"], preds):
            cands = candidates(mention_for_span(d["text"], t["start"], t["end"], g), g)
            cls = classify(t, p, cands)
            counts[cls] += 1
            if cls != "ok":
                examples.setdefault(cls, []).append((d["id"], t["name"], t.get("geonameid"),
                                                     p.source if p else None, p.name if p else None))
    return counts, examples


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--list", type=int, default=0)
    args = ap.parse_args()
    from pathlib import Path

    for corpus in ("lgl", "geowebnews"):
        docs = load(Path(args.eval_dir), corpus)
        if corpus == "geowebnews":
            docs = [{**d, "toponyms": [t for t in d["toponyms"] if t.get("geonameid")]} for d in docs]
        counts, examples = analyse(docs)
        n = sum(counts.values())
        wrong = n - counts["ok"]
        print(f"{corpus}: n={n} acc161={counts['ok'] / n:.3f} wrong={wrong}")
        for cls in ("point", "type-point", "namesake", "missing", "unknown"):
            print(f"  {cls:<11} {counts[cls]:>5}  {counts[cls] / max(wrong, 1):.0%} of errors")
            for ex in examples.get(cls, [])[:args.list]:
                print("     ", *ex)
    return 0


if __name__ == "__main__":
    sys.exit(main())
