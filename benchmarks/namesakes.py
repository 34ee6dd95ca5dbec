#!/usr/bin/env python
"""Why the right sense lost: the namesake errors of the given-spans resolution, by cause.

    python benchmarks/namesakes.py [--eval-dir ../shared/eval] [--list N]

A namesake error (as in ``benchmarks/errors.py``): a candidate within 161 km of
gold existed, another more than 161 km away was chosen. Each gets one cause,
the first that holds, in this order:

* ``pin-after``: the right sense's state is written right after the name
  ("Newark, N.J.", "Hanover, New Hampshire"), but the pin did not hold;
* ``state-near`` / ``state-far``: the article names the right sense's state
  (by name or a dotted abbreviation) within / beyond 400 characters of the mention;
* ``neighbours``: no state named, but another gold toponym of the article lies
  within 100 km of the right sense (only neighbouring towns give the region);
* ``state-vs-city``: a state, province or country against a city of its name
  ("New York" the state read as the city), either way;
* ``county-vs-town``: a county against a town of its name, either way;
* ``abroad``: the right sense and the pick are in different countries (a US
  town against a foreign city) and nothing above holds;
* ``region-only``: same country, nothing in the article gives the region (the
  newspaper's region is the only clue).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from _corpus import ROOT, load

NEAR_CHARS = 400
NEIGHBOUR_KM = 100.0


def _state_marks(text: str, g) -> dict:
    """(country, admin1) -> character offsets where the article writes the state (name or abbreviation)."""
    from geomap.names import normalize

    marks: dict = {}
    for m in g.abbreviation_pattern.finditer(text):
        for e in g.abbreviated(normalize(m.group(0)).replace(".", "").replace(" ", "")) or \
                g.abbreviated(normalize(m.group(0))):
            if e.place_type == "admin1":
                marks.setdefault((e.country, e.admin1), []).append(m.start())
    return marks


def _state_written(text: str, division, marks: dict) -> list[int]:
    """Offsets of the state's name or abbreviation in ``text``."""
    if division is None:
        return []
    found = [m.start() for m in re.finditer(r"\b" + re.escape(division.name) + r"\b", text)]
    return found + marks.get((division.country, division.admin1), [])


def cause(doc: dict, t: dict, pred, right, g, marks: dict) -> str:
    from geomap.geometry import great_circle_km

    text = doc["text"]
    division = g.division_of(right) if right.place_type not in ("admin1", "country") else None
    at = _state_written(text, division, marks)
    after = text[t["end"]:t["end"] + 4]
    if at and any(t["end"] <= a <= t["end"] + 3 for a in at) and after.lstrip().startswith(","):
        return "pin-after"
    if at:
        return "state-near" if min(abs(a - t["start"]) for a in at) <= NEAR_CHARS else "state-far"
    if any(o is not t and o["name"].lower() != t["name"].lower() and
           great_circle_km(o["lat"], o["lon"], right.lat, right.lon) <= NEIGHBOUR_KM for o in doc["toponyms"]):
        return "neighbours"
    areas = ("admin1", "country")
    if (right.place_type in areas) != (pred.place_type in areas):
        return "state-vs-city"
    if (right.place_type == "admin2") != (pred.place_type == "admin2"):
        return "county-vs-town"
    if right.country != pred.country:
        return "abroad"
    return "region-only"


def analyse(docs: list[dict]) -> tuple[Counter, list]:
    from geomap.evaluate import resolve_spans
    from geomap.gazetteer import default_gazetteer
    from geomap.geometry import great_circle_km
    from geomap.resolve import candidates
    from geomap.span_mentions import mention_for_span

    g = default_gazetteer()
    counts: Counter = Counter()
    rows = []
    for d in docs:
        preds = resolve_spans(d["text"], [(t["start"], t["end"]) for t in d["toponyms"]])
        marks = _state_marks(d["text"], g)
        for t, p in zip(d["toponyms"], preds):
            if p is None or p.lat is None or great_circle_km(t["lat"], t["lon"], p.lat, p.lon) <= 161:
                continue
            if t.get("geonameid") and p.source == f"geonames:{t['geonameid']}":
                continue  # the right entity, its point far: not a namesake
            cands = candidates(mention_for_span(d["text"], t["start"], t["end"], g), g)
            right = [c for c in cands if great_circle_km(t["lat"], t["lon"], c.lat, c.lon) <= 161]
            chosen = next((c for c in cands if c.source == p.source), None)
            if not right or chosen is None:
                continue
            why = cause(d, t, chosen, right[0], g, marks)
            counts[why] += 1
            rows.append((why, d["id"], t["name"], right[0].source, right[0].country, right[0].admin1,
                         chosen.source, chosen.country, chosen.admin1))
    return counts, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--list", type=int, default=0)
    args = ap.parse_args()
    for corpus in ("lgl", "geowebnews"):
        docs = load(args.eval_dir, corpus)
        if corpus == "geowebnews":
            docs = [{**d, "toponyms": [t for t in d["toponyms"] if t.get("geonameid")]} for d in docs]
        counts, rows = analyse(docs)
        distinct = Counter(why for why, *_ in {(r[0], r[1], r[2].lower()) for r in rows})
        print(f"{corpus}: {sum(counts.values())} namesake errors ({sum(distinct.values())} distinct name-article pairs)")
        for why, n in counts.most_common():
            print(f"  {why:<15} {n:>4} {distinct[why]:>4}")
            for r in [r for r in rows if r[0] == why][:args.list]:
                print("     ", *r[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
