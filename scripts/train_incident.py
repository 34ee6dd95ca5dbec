#!/usr/bin/env python
"""Train weights for geomap's incident score (geomap.incident) from the labelled incident set.

    python scripts/train_incident.py [--eval-dir ../shared/eval] [--out data/incident_weights.tsv] [--write]

Training data are only the articles of ``eval/incidents/labels.jsonl`` (the
repo's labelled incident set; the corpora's gold toponyms count only through
those labels). For each article the pipeline runs up to the relations, and
every fine place (a town, a site, a county: what the roles rule 2 chooses
among) gets its feature row (:func:`geomap.incident.place_features`) and the
label "within 25 km of the label point or of an incident toponym's gold
point". A conditional logit (softmax over each article's fine places,
L2-penalised towards the hand weights, full-batch gradient descent from them:
deterministic) is fitted on articles that have both a right and a wrong
candidate.

Every comparison is out of sample and uses the benchmark's own scoring
(:func:`benchmarks.incident.score` on the full output): train on LGL, test on
GeoWebNews; train on GeoWebNews, test on LGL; train on the dev half, test on
the held-out half. With ``--write`` the weights fitted on all labels are
written to ``--out`` only when the learned weights beat the hand weights in
all three tests; otherwise nothing is written (the hand weights stay).
"""
from __future__ import annotations

import argparse
import hashlib
import math
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

L2_GRID = (0.5, 0.1, 0.02)  # chosen inside each training set (see choose_l2), never on its test set
STEPS = 600
RATE = 0.2
HIT_KM = 25.0


def prepare(label: dict, doc: dict) -> dict:
    """The article up to its relations, its places' feature rows and which fine places are right."""
    from geomap.gazetteer import default_gazetteer
    from geomap.incident import place_features
    from geomap.pipeline import default_stages, extract
    from geomap.roles import COARSE_TYPES
    from incident import reference_points

    d = extract(doc["text"], stages=default_stages(default_gazetteer())[:-2])
    feats = place_features(d.text, d.sentences, d.places, extra=True) if d.places else {}
    truth = reference_points(label, doc["toponyms"], ("incident",))
    fine = [p for p in d.places if p.entry.place_type not in COARSE_TYPES]
    right = [any(_km(p.entry.lat, p.entry.lon, lat, lon) <= HIT_KM for lat, lon in truth) for p in fine]
    return {"label": label, "doc": doc, "extracted": d, "features": feats,
            "fine": [p.entry.source for p in fine], "right": right}


def _km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def is_right(article: dict, weights: dict[str, float]) -> bool:
    """The benchmark's verdict on the article when the pipeline scores places with ``weights``."""
    from geomap.feature_collection import to_feature_collection
    from geomap.roles import assign_roles
    from incident import score

    d = article["extracted"]
    scores = {s: sum(weights.get(k, 0.0) * v for k, v in f.items()) for s, f in article["features"].items()}
    places = assign_roles(d.text, d.sentences, d.places, d.relations, scores)
    fc = to_feature_collection(replace(d, places=places, incident_scores=tuple(scores.items())))
    return score(article["label"], article["doc"], fc["features"])[0]


def share(articles: list[dict], weights: dict[str, float]) -> tuple[int, int]:
    return sum(is_right(a, weights) for a in articles), len(articles)


def fit(articles: list[dict], prior: dict[str, float], names: tuple[str, ...], l2: float) -> dict[str, float]:
    """Conditional logit over each article's fine places, shrunk towards ``prior``."""
    groups = []
    for a in articles:
        if any(a["right"]) and not all(a["right"]):
            x = np.array([[a["features"][s].get(k, 0.0) for k in names] for s in a["fine"]])
            groups.append((x, np.array(a["right"], dtype=float)))
    w0 = np.array([prior.get(k, 0.0) for k in names])
    w = w0.copy()
    for _ in range(STEPS):
        grad = l2 * (w - w0)
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            target = y / y.sum()
            grad -= x.T @ (target - p) / len(groups)
        w -= RATE * grad
    return {k: round(float(v), 3) for k, v in zip(names, w)}


def choose_l2(articles: list[dict], prior: dict[str, float], names: tuple[str, ...]) -> float:
    """The L2 of :data:`L2_GRID` with the most right articles over a 2-fold split of ``articles``
    (by the second byte of SHA-1("corpus:id"), so independent of the dev/held-out split);
    ties go to the stronger penalty (closer to the hand weights)."""
    def fold(a: dict) -> int:
        return hashlib.sha1(f"{a['label']['corpus']}:{a['label']['id']}".encode()).digest()[1] % 2

    halves = [[a for a in articles if fold(a) == k] for k in (0, 1)]
    best, best_right = L2_GRID[0], -1
    for l2 in L2_GRID:
        right = sum(share(halves[1 - k], fit(halves[k], prior, names, l2))[0] for k in (0, 1))
        if right > best_right:
            best, best_right = l2, right
    return best


def trained(articles: list[dict], prior: dict[str, float], names: tuple[str, ...]) -> dict[str, float]:
    return fit(articles, prior, names, choose_l2(articles, prior, names))


def table(articles: list[dict], hand: dict[str, float], names: tuple[str, ...]) -> tuple[list[str], bool]:
    """Out-of-sample lines (hand vs learned) and whether the learned weights won every test."""
    from incident import split_of

    tests = [("LGL -> GWN", lambda a: a["label"]["corpus"] == "lgl", lambda a: a["label"]["corpus"] == "geowebnews"),
             ("GWN -> LGL", lambda a: a["label"]["corpus"] == "geowebnews", lambda a: a["label"]["corpus"] == "lgl"),
             ("dev -> held-out", lambda a: split_of(a["label"]) == "dev", lambda a: split_of(a["label"]) == "held-out")]
    lines, wins = [], True
    for name, train_on, test_on in tests:
        train = [a for a in articles if train_on(a)]
        l2 = choose_l2(train, hand, names)
        learned = fit(train, hand, names, l2)
        test = [a for a in articles if test_on(a)]
        h, n = share(test, hand)
        m, _ = share(test, learned)
        wins &= m > h
        lines.append(f"{name:<16} hand {h}/{n} = {h / n:.3f}   learned {m}/{n} = {m / n:.3f}   (L2 {l2})")
    return lines, wins


def main(argv: list[str] | None = None) -> int:
    from _corpus import load
    from geomap.incident import FEATURES, WEIGHTS
    from geomap.incident_features import EXTRA_FEATURES
    from incident import read_labels

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--labels", type=Path, default=ROOT / "eval" / "incidents" / "labels.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "incident_weights.tsv")
    ap.add_argument("--write", action="store_true", help="write the weights when they win every test")
    args = ap.parse_args(argv)
    labels = read_labels(args.labels)
    docs = {c: {d["id"]: d for d in load(args.eval_dir, c)} for c in sorted({lab["corpus"] for lab in labels})}
    articles = [prepare(lab, docs[lab["corpus"]][lab["id"]]) for lab in labels]
    hand = dict(WEIGHTS)
    names = FEATURES + EXTRA_FEATURES
    lines, wins = table(articles, hand, names)
    print("\n".join(lines))
    h, n = share(articles, hand)
    print(f"{'in sample (all)':<16} hand {h}/{n} = {h / n:.3f}")
    if not wins:
        print("the learned weights do not beat the hand weights in every out-of-sample test: nothing written")
        return 0
    if args.write:
        from incident import split_of

        dev = [a for a in articles if split_of(a["label"]) == "dev"]  # the held-out half stays held out
        learned = trained(dev, hand, names)
        args.out.write_text("# incident score weights (feature, weight): scripts/train_incident.py --write,\n"
                            "# fitted on the dev half of eval/incidents/labels.jsonl only\n"
                            + "".join(f"{k}\t{v}\n" for k, v in learned.items()), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
