"""The corpus of real distance statements (eval/relations, issue #11) and the benchmark's floors.

Part (a) validates the corpus, case by case; part (b) scores geomap on it with
benchmarks/relative.py and fails when the shares regress past the floors
measured when the corpus was written (see eval/relations/README.md).
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from repo_scripts import load, urls_of_other_eval_files

ROOT = Path(__file__).resolve().parent.parent
CASES_PATH = ROOT / "eval" / "relations" / "cases.jsonl"

# Measured on branch h7-relations: 70/102 incident statements read exactly (68.6%; issue-11:
# 59/102, main at 1b6f00e: 41/102), 1/61 distractors drawn as incident zones (1.6%; issue-11: 2/61,
# main: 9/61). Floor = measured rounded down to the next 5%; for distractors (lower is better) the
# ceiling is rounded up.
# Branch h2-features (islands, capes, lakes, airports as anchors: data/features.tsv): 62/102 (60.8%).
# Merged on main (h7 + h2): 74/102 (72.5%); with h1 (GeoNames country points) 72/102 (70.6%), since
# r089/r091 were labelled at countryinfo's Somalia point, 450 km from GeoNames'; 1/61 distractors drawn.
# Branch s5-relfix (anchors named after a coastal town, "Fort Pierce Inlet"; a town over its namesake division):
# 81/102 (79.4%), 1/61 drawn.
INCIDENT_EXACT_FLOOR = 0.75
DISTRACTOR_DRAWN_CEILING = 0.05

FIELDS = {"id": str, "url": str, "source": str, "kind": str, "quote": str, "statement": str,
          "distance_text": str, "role": str}
SIXTEEN_POINTS = {i * 22.5 for i in range(16)}


def _load_benchmark():
    return load("benchmarks/relative.py", "relative_benchmark")


CASES = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").split("\n") if line.strip()]
# The fresh corpus (eval/relations/fresh.jsonl): statements from pages not in cases.jsonl, collected to find
# the wordings geomap still misses; measured before any fix of its own (see eval/relations/README.md).
FRESH = [json.loads(line) for line in (ROOT / "eval" / "relations" / "fresh.jsonl").read_text(encoding="utf-8")
         .split("\n") if line.strip()]
# Fresh corpus, after the fixes of branch s4-e: 40/54 incident exact (74.1%; at 72dcdb4 33/54), 1/48 drawn.
# After branch s5-relfix ("8.7 mi from Buenos Aires" is the city's): 43/54 (79.6%), 1/48.
FRESH_INCIDENT_EXACT_FLOOR = 0.75
# The later batches, each kept apart so its figure before any fix stays reproducible. Their history:
# Batch 4 (eval/relations/fresh4.jsonl), kept apart so its figure before any fix stays reproducible: 21/31 exact
# (67.7%), 1/22 drawn at fb3bc7c, measured before the code changed for it; after branch s4-h2: 25/31, 0/22.
# Batch 5 (eval/relations/fresh5.jsonl), likewise: 22/35 exact (62.9%), 5/17 drawn at ae04046, before the code
# changed for it; after branch s4-j: 26/35 (74.3%), 3/17 (17.6%: three earlier quakes whose quote alone, "Its
# epicentre was ...", "It occurred ...", does not say they are earlier). Floor and ceiling rounded to 5%.
# After branch s5-relfix (Port Royal Sound, Scituate Harbor, Beaufort Inlet measured from their towns): 29/35
# (82.9%), 3/17.
# Batch 6 (eval/relations/fresh6.jsonl), likewise: 20/29 exact (69.0%), 0/16 drawn at 4c7493f, before the code
# changed for it; its wording fixes (branch s4-k: "kms", "the Arkansas line") leave the figure as it was (the
# cases that showed them also fail on their anchors). Floor and ceiling rounded to 5%.
# After branch s5-relfix (Gisborne the city, not the region): 23/29 (79.3%), 0/16.
# Batch 7 (eval/relations/fresh7.jsonl), likewise: 20/28 exact (71.4%), 3/20 drawn (15.0%) at e79915e, before
# the code changed for it. Floor and ceiling rounded to 5%.
# After branch s5-relfix ("off Infanta town in Quezon province" is Infanta's): 21/28 (75.0%), 2/20.
# Batch 8 (eval/relations/fresh8.jsonl), likewise: 27/35 exact (77.1%), 1/20 drawn (5.0%) at 92901c8, before the
# code changed for it; after branch s5-rel8 (a country's possessive before the anchor, a dash apposition naming a
# border's side): 30/35 (85.7%), 1/20 (5.0%). Floor and ceiling rounded to 5%.
# After branch s5-rel9 (a hospital the injured were rushed to is context): 30/35, 0/20.
# Batch 9 (eval/relations/fresh9.jsonl), likewise: 25/40 exact (62.5%), 5/27 drawn (18.5%) at 8338fb2, before the
# code changed for it; after branch s5-rel9 ("the accident site" as the far end, "the last <event>" as an earlier
# one, an aftermath place as context): 26/40 (65.0%), 3/27 (11.1%). Floor and ceiling rounded to 5%.
# Batch 10 (eval/relations/fresh10.jsonl): collected untuned, labelled and committed before geomap read any of it;
# then measured once at f9a823a (geomap code of main's d876bc9): 36/51 exact (70.6%), 3/44 drawn (6.8%). Floor and
# ceiling rounded to 5% (see eval/relations/README.md).
# Batch 11 (eval/relations/fresh11.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at 6aed488
# (geomap code of main's 568a714): 32/47 exact (68.1%), 5/51 drawn (9.8%). Floor and ceiling rounded to 5%.
# Batch 12 (eval/relations/fresh12.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at 8c44c85
# (geomap code of feafc6b): 32/43 exact (74.4%), 2/46 drawn (4.3%). Floor and ceiling rounded to 5%.
# Batch 13 (eval/relations/fresh13.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence, with batch 9's floor and ceiling.
# Then measured once at 19af3c6 (geomap code of a5c206c): 44/56 exact (78.6%), 2/43 drawn (4.7%); the bounds stay
# batch 9's.
# Batch 14 (eval/relations/fresh14.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence, with batch 9's floor and ceiling.
# Its ids run past r999 (r967-r1067), hence the id pattern's three or more digits. Then measured once at eb127e6
# (geomap code of 01daabe): 40/58 exact (69.0%), 4/43 drawn (9.3%); the bounds stay batch 9's.
# Batch 15 (eval/relations/fresh15.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at 4a88dee
# (geomap code of main's 1689bce): 34/55 exact (61.8%), 4/42 drawn (9.5%), under batch 9's 65% floor: the floor is
# that share rounded down to 5% (60%), the ceiling batch 9's (15%).
# Batch 16 (eval/relations/fresh16.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at fcdf35e
# (geomap code of main's fb54f09): 41/68 exact (60.3%), 6/54 drawn (11.1%), under batch 9's 65% floor: the floor is
# that share rounded down to 5% (60%), the ceiling batch 9's (15%).
# Batch 17 (eval/relations/fresh17.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at c295b2e
# (geomap code of main's a4841f3): 37/61 exact (60.7%), 3/29 drawn (10.3%), under batch 9's 65% floor: the floor is
# that share rounded down to 5% (60%), the ceiling batch 9's (15%).
# Batch 18 (eval/relations/fresh18.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence, with batch 9's floor and ceiling.
# Then measured once at 64ca82b (geomap code of main's 90173b1): 49/63 exact (77.8%), 7/52 drawn (13.5%); the bounds
# stay batch 9's.
# Batch 19 (eval/relations/fresh19.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence. Then measured once at a3daca1
# (geomap code of main's 4ce2915): 22/35 exact (62.9%), 1/34 drawn (2.9%), under batch 9's 65% floor: the floor is
# that share rounded down to 5% (60%), the ceiling batch 9's (15%).
# Batch 20 (eval/relations/fresh20.jsonl): collected untuned, labelled and committed before geomap read any of it
# (see eval/relations/README.md); checked here for format, spread and independence, with batch 9's floor and ceiling.
# Then measured once at 862e6ec (geomap code of main's b95d449): 28/33 exact (84.8%), 0/31 drawn (0.0%, 1 as context);
# the bounds stay batch 9's.
# After branch s7-rel (batch 12 tuned: a coast named by its sea, the largest city, forecasts, ...; the batch 10 and 11
# leftovers "the state capital Albany" and "Tonga's capital, Nuku'alofa"): fresh12 39/43 (90.7%), 1/46; fresh10
# 44/51 (86.3%); fresh11 34/47 (72.3%). Floors raised to these shares rounded down to 5%.
# After branch s7-rel13 (batch 13 tuned: "in the <direction> of", lengths "N km of X", dated earlier events after a
# contrast, clauses closed by their comma, St./Saint spellings, fractions of a mile): fresh13 47/56 (83.9%), 0/43.
# Floor raised to 80%, ceiling lowered to 5%.
# After branch s7-rel14 (batch 14 tuned: "(km)" glosses, bearing ranges, tracks "from A, ST., to B", destinations,
# Arabic transliterations, islands called by one word of their name, drifted ash, countries described from abroad):
# fresh14 48/58 (82.8%), 0/43. Floor raised to 80%, ceiling lowered to 5%.
# After branch s8-rel15 (batch 15 tuned: the danger evacuated places lie around, names in two parts, "the capital,
# Guatemala", plural coasts, journeys' ends, qualifiers the namesake contradicts): fresh15 39/55 (70.9%), 3/42 (7.1%),
# floor raised to 70%, ceiling lowered to 10%; fresh8 33/35 (94.3%), floor raised to 90%.
# After branch s8-rel16 (batch 16 tuned: clauses closed before the event's verb, a second reference after "or",
# "Meanwhile, another fire in X", people pulled from X, NWS forecast tracks, "the town" past a reference town, "warned
# to leave"; ranges relabelled at their middle): fresh16 46/68 (67.6%), 3/54 (5.6%), floor raised to 65%, ceiling
# lowered to 10%; fresh15 40/55 (72.7%, r1072 relabelled), its bounds unchanged.
# After branch s8-rel17 (batch 17 tuned: relations stated in reverse with no article or a country after the town, two
# reference points of one position, "capital of" a named province, "the poblacion of", "X island in Y", tsunami
# readings, "previously labelled as"): fresh17 44/61 (72.1%), 2/29 (6.9%), floor raised to 70%, ceiling lowered to
# 10%; fresh11 35/47, 2/51 (r739 no longer drawn), its bounds unchanged.
# After branch s8-rel18 (batch 18 tuned: a country or state placed from the epicentre, the speaker's place, where
# people live or come from, a file photo's caption): fresh18 50/63 (79.4%, r1461 relabelled), 2/52 (3.8%), floor
# raised to 75%, ceiling lowered to 5%; fresh 0/48, fresh15 2/42 (r183, r1144 no longer drawn), bounds unchanged.


def _batch(name: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / "eval" / "relations" / f"{name}.jsonl").read_text(encoding="utf-8")
            .split("\n") if line.strip()]


# batch: (least statements, least pages, least distractors, incident-exact floor, distractors-drawn ceiling,
#         pages checked against every eval file rather than the relation files before it)
BATCHES = {
    "fresh4": (40, 25, 0, 0.80, 0.05, False),
    "fresh5": (40, 25, 10, 0.80, 0.20, False),
    "fresh6": (40, 25, 10, 0.75, 0.05, False),
    "fresh7": (35, 22, 10, 0.75, 0.15, False),
    "fresh8": (50, 30, 15, 0.90, 0.05, False),
    "fresh9": (50, 30, 15, 0.65, 0.15, False),
    "fresh10": (60, 40, 20, 0.85, 0.10, True),
    "fresh11": (60, 40, 20, 0.70, 0.10, True),
    "fresh12": (60, 40, 20, 0.90, 0.05, True),
    "fresh13": (60, 40, 20, 0.80, 0.05, True),
    "fresh14": (60, 40, 20, 0.80, 0.05, True),
    "fresh15": (60, 40, 20, 0.70, 0.10, True),
    "fresh16": (60, 40, 20, 0.65, 0.10, True),
    "fresh17": (60, 40, 20, 0.70, 0.10, True),
    "fresh18": (60, 40, 20, 0.75, 0.05, True),
    "fresh19": (60, 40, 20, 0.60, 0.15, True),
    "fresh20": (60, 40, 20, 0.65, 0.15, True),
}
LOADED = {name: _batch(name) for name in BATCHES}
bench = _load_benchmark()


# ---- (a) the corpus -------------------------------------------------------------------------

def test_corpus_size_and_spread():
    assert len(CASES) >= 150
    assert len({c["url"] for c in CASES}) >= 80
    assert sum(c["role"] == "distractor" for c in CASES) >= 30
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert len({c["kind"] for c in CASES}) >= 8


def test_fresh_corpus_is_new_and_spread():
    assert len(FRESH) >= 50
    urls = [c["url"] for c in FRESH]
    assert len(set(urls)) >= 30
    assert max(urls.count(u) for u in urls) <= 2, "at most two statements per page"
    assert not set(urls) & {c["url"] for c in CASES}, "fresh pages are pages cases.jsonl does not use"
    ids = [c["id"] for c in CASES + FRESH]
    assert len(ids) == len(set(ids))
    assert sum(c["role"] == "distractor" for c in FRESH) >= 20


@pytest.mark.parametrize("name", list(BATCHES))
def test_fresh_batch_is_new_and_spread(name):
    statements, pages, distractors = BATCHES[name][:3]
    batch, earlier = LOADED[name], list(LOADED)[:list(LOADED).index(name)]
    assert len(batch) >= statements
    urls = [c["url"] for c in batch]
    assert len(set(urls)) >= pages
    assert max(urls.count(u) for u in urls) <= 2, "at most two statements per page"
    before = CASES + FRESH + [c for other in earlier for c in LOADED[other]]
    used = (urls_of_other_eval_files(ROOT / "eval" / "relations" / f"{name}.jsonl") if BATCHES[name][5]
            else {c["url"] for c in before})
    assert not set(urls) & used, f"{name} uses pages no other file uses"
    ids = [c["id"] for c in before + batch]
    assert len(ids) == len(set(ids))
    assert sum(c["role"] == "distractor" for c in batch) >= distractors


ALL = CASES + FRESH + [c for name in BATCHES for c in LOADED[name]]


@pytest.mark.parametrize("case", ALL, ids=[c["id"] for c in ALL])
def test_case_fields(case):
    for key, typ in FIELDS.items():
        assert isinstance(case[key], typ) and case[key].strip(), key
    assert re.fullmatch(r"r\d{3,}", case["id"])
    assert re.match(r"https?://\S+$", case["url"])
    assert case["role"] in ("incident", "distractor")
    assert case["quote"].count(case["statement"]) == 1, "statement must be one exact substring of the quote"
    assert case["distance_text"] in case["statement"]
    assert len(case["quote"]) <= 600, "quotes are short: the sentence and its minimal context"
    assert case["bearing_deg"] is None or case["bearing_deg"] in SIXTEEN_POINTS
    assert case["distance_m"] is None or case["distance_m"] > 0


@pytest.mark.parametrize("case", [c for c in ALL if c["role"] == "incident"],
                         ids=[c["id"] for c in ALL if c["role"] == "incident"])
def test_incident_case_has_a_located_anchor_and_distance(case):
    assert case["anchor"]
    assert -90 <= case["anchor_lat"] <= 90 and -180 <= case["anchor_lon"] <= 180
    assert isinstance(case["anchor_in_gazetteer"], bool)
    assert case["distance_m"] and math.isfinite(case["distance_m"])


# ---- the scorer itself ----------------------------------------------------------------------

def _place(pid, lon, lat):
    return {"geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"kind": "place", "id": pid, "evidence": []}}


def _zone(anchor, distance, bearing, start, end):
    return {"geometry": None, "properties": {"kind": "zone", "anchor": anchor, "distance_m": distance,
                                              "bearing_deg": bearing, "evidence": [{"start": start, "end": end}]}}


CASE = {"id": "t1", "role": "incident", "quote": "It hit 23 km NNE of Sola.", "statement": "23 km NNE of Sola",
        "anchor": "Sola", "anchor_lat": -13.88, "anchor_lon": 167.55, "distance_m": 23000,
        "distance_text": "23 km", "bearing_deg": 22.5}


@pytest.mark.parametrize("zone, causes", [
    (_zone("a", 23000, 22.5, 7, 24), []),
    (_zone("a", 23100, 22.5, 7, 19), []),                      # 0.4% off, evidence only partly covering
    (_zone("b", 23000, 22.5, 7, 24), ["wrong anchor"]),       # Sola, Norway
    (_zone("a", 24000, 22.5, 7, 24), ["wrong distance"]),
    (_zone("a", None, 22.5, 7, 24), ["wrong distance"]),
    (_zone("a", 23000, None, 7, 24), ["wrong bearing"]),
    (_zone("a", 23000, 45.0, 7, 24), ["wrong bearing"]),
    (_zone("a", 23000, 22.5, 0, 6), ["no zone"]),              # evidence elsewhere in the quote
])
def test_score_case_finds_each_failure_cause(zone, causes):
    features = [_place("a", 167.55, -13.88), _place("b", 5.63, 58.88), zone]
    result = bench.score_case(CASE, features)
    assert result["causes"] == causes
    assert result["ok"] is (not causes)


def test_distractor_is_drawn_only_when_evidence_overlaps():
    case = {**CASE, "role": "distractor"}
    assert bench.score_case(case, [_zone("a", 1, None, 0, 6)])["ok"]
    assert not bench.score_case(case, [_zone("a", 1, None, 10, 12)])["ok"]


# ---- (b) geomap on the corpus ---------------------------------------------------------------

@pytest.fixture(scope="module")
def summary():
    return bench.run(CASES)[1]


def test_incident_statements_read_exactly_not_below_floor(summary):
    assert summary["incident_exact_share"] >= INCIDENT_EXACT_FLOOR, summary["causes"]


def test_distractors_drawn_not_above_ceiling(summary):
    assert summary["distractor_drawn_share"] <= DISTRACTOR_DRAWN_CEILING


def test_fresh_corpus_not_below_floor():
    fresh = bench.run(FRESH)[1]
    assert fresh["incident_exact_share"] >= FRESH_INCIDENT_EXACT_FLOOR, fresh["causes"]
    assert fresh["distractor_drawn_share"] <= DISTRACTOR_DRAWN_CEILING


@pytest.mark.parametrize("name", list(BATCHES))
def test_fresh_batch_not_below_floor(name):
    batch = bench.run(LOADED[name])[1]
    assert batch["incident_exact_share"] >= BATCHES[name][3], batch["causes"]
    assert batch["distractor_drawn_share"] <= BATCHES[name][4]
