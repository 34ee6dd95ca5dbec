#!/usr/bin/env python
"""Relative locations read from real text (eval/relations/cases.jsonl, issue #11).

    python benchmarks/relative.py [--json] [--cases FILE] [--half dev|held-out|all] [-v]

Each case's quote goes through ``geomap.run``. A case is matched to the
zone features whose evidence overlaps its statement (offsets in the quote).

- incident cases are *exactly right* when a matching zone has its anchor
  within 25 km of the expected anchor (for a band along a country's line, the
  zone's ``line``, e.g. "border of UA with RU" or a state's "boundary of geonames:4099753", within 25 km
  of it), ``distance_m`` within 1% and
  ``bearing_deg`` within 1 degree (both null counts as equal);
- distractor cases are *drawn* when an incident zone or event's evidence
  overlaps the statement; a zone with role "context" (the output says why,
  in ``role_reason``) is counted apart, as drawn as context;
- an incident statement that describes a named town the gazetteer puts
  materially elsewhere ("the town of Abala, about 150 km northeast of
  Niamey": Abala lies 213 km away) is drawn as context with the town as the
  incident (``geomap.described_places``; its ``role_reason`` starts with
  "describes"): it still counts as read when its anchor, distance and
  bearing are right, and the count of such cases is printed apart.

Rules are tuned on the *dev* half only; the *held-out* half says whether
they generalise. A case's half is fixed by its URL's SHA-256 (even first
byte: dev), so statements from one page stay together.

Prints the two shares and the failure causes (no zone, wrong anchor, wrong
distance, wrong bearing) by wording family. Needs nothing beyond geomap.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CASES = ROOT / "eval" / "relations" / "cases.jsonl"

ANCHOR_KM = 25.0
DISTANCE_REL = 0.01
BEARING_DEG = 1.0
CAUSES = ("no zone", "wrong anchor", "wrong distance", "wrong bearing")

_COMPASS_ABBR = re.compile(r"\b(?:[NS]|[NS]?[NS][EW]|[EW][NS][EW]|[NESW])\b")
_COMPASS_WORD = re.compile(r"\b(?:north|south|east|west)", re.I)
_CONVERSION = re.compile(r"\(\s*[\d.,]+\s*-?\s*(?:km|kilomet|mile|meter|metre|m\b|ft|foot|feet|nm)|, or [\d.,]+", re.I)
_WORD_NUMBER = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|tenths?)\b"
                          r"(?:\s+\w+)?\s+(?:nautical\s+)?(?:miles?|kilomet|metres?|meters?)", re.I)
_MEASURE = re.compile(r"depth|deep|below|under the ground|high|long|altitude|into the (?:air|sky)|"
                      r"-foot|-feet|-metre|-meter|-mile|mph|an hour|radius|square|along|to the ground|down", re.I)


def load_cases(path: Path = CASES) -> list[dict]:
    """The corpus, one dict per non-empty line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def half(case: dict) -> str:
    """"dev" or "held-out", by the SHA-256 of the case's URL (every case of a page in one half)."""
    return "dev" if hashlib.sha256(case["url"].encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def family(case: dict) -> str:
    """The wording family of a statement, for the failure breakdown (first rule that fits)."""
    s = case["statement"]
    if case["role"] == "distractor" and (case["anchor"] is None or _MEASURE.search(s)):
        return "measure (depth, size, felt-at, speed)"
    if _CONVERSION.search(s):
        return "unit conversion '15 miles (24 km)'"
    if re.search(r"\b(?:off|inland from)\b", s):
        return "'off'/'inland from' X"
    if _WORD_NUMBER.search(s):
        return "number in words"
    if _COMPASS_ABBR.search(s):
        return "compass letters '23km NNE of X'"
    if _COMPASS_WORD.search(s):
        return "compass word 'N km north-west of X'"
    return "no direction 'N km from X' / 'away'"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


_LINE = re.compile(r"(?P<kind>border|coast) of (?P<iso>[A-Z]{2})(?: with (?P<other>[A-Z]{2}))?")


def _line_km(line: str, lat: float, lon: float) -> float:
    """Kilometres from (lat, lon) to the line a band zone follows ("border of UA with RU", its ``line``),
    its outline vertices densified to 5 km."""
    from geomap.line_bands import densify, line_parts

    m = _LINE.fullmatch(line)
    parts = line_parts(m["iso"], m["kind"], m["other"]) if m else []
    if line.startswith("boundary of "):  # a state's or province's line: "boundary of geonames:4099753"
        from geomap.division_lines import boundary_parts

        parts = [list(p) for p in boundary_parts(line[len("boundary of "):])]
    points = [p for part in parts for p in densify(part, 5000.0)]
    return min((_km(lat, lon, y, x) for x, y in points), default=math.inf)


def _overlaps(feature: dict, start: int, end: int) -> int:
    """Characters of [start, end) covered by the feature's evidence."""
    return sum(max(0, min(end, e["end"]) - max(start, e["start"])) for e in feature["properties"]["evidence"])


def _features(quote: str) -> list[dict]:
    import geomap
    from geomap.errors import GeomapError

    try:
        return geomap.run(quote).geojson["features"]
    except GeomapError:
        return []


def _zone_causes(zone: dict, places: dict, case: dict) -> list[str]:
    p = zone["properties"]
    causes = []
    anchor = places.get(p.get("anchor"))
    if p.get("line"):  # a band: the anchor is the line it follows, not the country's point
        if _line_km(p["line"], case["anchor_lat"], case["anchor_lon"]) > ANCHOR_KM:
            causes.append("wrong anchor")
    elif anchor is None or _km(case["anchor_lat"], case["anchor_lon"], anchor[1], anchor[0]) > ANCHOR_KM:
        causes.append("wrong anchor")
    got, want = p.get("distance_m"), case["distance_m"]
    if got is None or abs(got - want) > DISTANCE_REL * want:
        causes.append("wrong distance")
    got_b, want_b = p.get("bearing_deg"), case["bearing_deg"]
    if (got_b is None) != (want_b is None) or (
            want_b is not None and abs((got_b - want_b + 180) % 360 - 180) > BEARING_DEG):
        causes.append("wrong bearing")
    return causes


def score_case(case: dict, features: list[dict] | None = None) -> dict:
    """{'id', 'role', 'family', 'ok', 'causes'}: ok means exactly right (incident) or not drawn (distractor)."""
    if features is None:
        features = _features(case["quote"])
    start = case["quote"].index(case["statement"])
    end = start + len(case["statement"])
    out = {"id": case["id"], "role": case["role"], "family": family(case)}
    if case["role"] == "distractor":
        near = [f for f in features if f["properties"]["kind"] in ("zone", "event") and _overlaps(f, start, end)]
        drawn = [f for f in near if f["properties"].get("role", "incident") == "incident"]
        return {**out, "ok": not drawn, "causes": ["drawn"] if drawn else [],
                "context": bool(near) and not drawn}
    places = {f["properties"]["id"]: f["geometry"]["coordinates"] for f in features
              if f["properties"]["kind"] == "place"}
    zones = sorted((f for f in features if f["properties"]["kind"] == "zone" and _overlaps(f, start, end)
                    and (f["properties"].get("role", "incident") == "incident" or _describes(f))),
                   key=lambda f: -_overlaps(f, start, end))
    if not zones:
        return {**out, "ok": False, "causes": ["no zone"]}
    best, zone = min(((_zone_causes(z, places, case), z) for z in zones), key=lambda cz: len(cz[0]))
    return {**out, "ok": not best, "causes": best, "described": not best and _describes(zone)}


def _describes(feature: dict) -> bool:
    """A context zone of a statement that describes a named town drawn as the incident instead."""
    p = feature["properties"]
    return p.get("role") == "context" and (p.get("role_reason") or "").startswith("describes ")


def summarise(results: list[dict]) -> dict:
    """Shares and the failure breakdown by family."""
    inc = [r for r in results if r["role"] == "incident"]
    dis = [r for r in results if r["role"] == "distractor"]
    by_family: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        fam = by_family[r["family"]]
        fam["cases"] += 1
        fam["ok"] += r["ok"]
        for c in r["causes"]:
            fam[c] += 1
    return {
        "cases": len(results),
        "incident": len(inc),
        "distractors": len(dis),
        "incident_exact": sum(r["ok"] for r in inc),
        "incident_exact_share": round(sum(r["ok"] for r in inc) / max(1, len(inc)), 4),
        "incident_described": sum(bool(r.get("described")) for r in inc),
        "distractors_drawn": sum(not r["ok"] for r in dis),
        "distractors_as_context": sum(bool(r.get("context")) for r in dis),
        "distractor_drawn_share": round(sum(not r["ok"] for r in dis) / max(1, len(dis)), 4),
        "causes": dict(Counter(c for r in inc for c in r["causes"])),
        "by_family": {k: dict(v) for k, v in sorted(by_family.items())},
    }


def run(cases: list[dict]) -> tuple[list[dict], dict]:
    results = [score_case(c) for c in cases]
    return results, summarise(results)


def _print(summary: dict, results: list[dict], verbose: bool) -> None:
    print(f"{summary['cases']} cases: {summary['incident']} incident, {summary['distractors']} distractors")
    print(f"incident statements read exactly: {summary['incident_exact']}/{summary['incident']} "
          f"= {summary['incident_exact_share']:.1%}"
          f" (of them drawn as context, describing a named town: {summary['incident_described']})")
    print(f"distractors drawn as zones:       {summary['distractors_drawn']}/{summary['distractors']} "
          f"= {summary['distractor_drawn_share']:.1%}"
          f" (drawn as context instead: {summary['distractors_as_context']})")
    print("incident failure causes (a case may have several): "
          + ", ".join(f"{c} {summary['causes'].get(c, 0)}" for c in CAUSES))
    print(f"\n{'wording family':42} {'cases':>5} {'ok':>4} " + " ".join(f"{c:>14}" for c in (*CAUSES, "drawn")))
    for fam, n in summary["by_family"].items():
        print(f"{fam:42} {n['cases']:5d} {n['ok']:4d} " + " ".join(f"{n.get(c, 0):14d}" for c in (*CAUSES, "drawn")))
    if verbose:
        print()
        for r in results:
            if not r["ok"]:
                print(f"{r['id']} {r['role']:10} {r['family']:42} {', '.join(r['causes'])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the summary and per-case results as JSON")
    ap.add_argument("--cases", type=Path, default=CASES, help="the corpus (default eval/relations/cases.jsonl)")
    ap.add_argument("--half", choices=("dev", "held-out", "all"), default="all",
                    help="score only one half of the corpus (by URL hash; tune on dev only)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failed case")
    args = ap.parse_args()
    cases = [c for c in load_cases(args.cases) if args.half in ("all", half(c))]
    results, summary = run(cases)
    if args.json:
        print(json.dumps({"summary": summary, "results": results}, indent=2, ensure_ascii=False))
    else:
        _print(summary, results, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
