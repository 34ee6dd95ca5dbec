#!/usr/bin/env python
"""Train weights for geomap's incident score (geomap.incident) from the labelled incident set.

    python scripts/train_incident.py [--eval-dir ../shared/eval] [--out data/incident_weights.tsv] [--batches]
                                     [--write]

Without ``--batches``, training data are only the articles of ``eval/incidents/labels.jsonl`` (the
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

With ``--batches`` the worldwide batches ``eval/incidents/fresh*.jsonl`` are
training data too (scripts/train_incident_data.py: a fine place is right
when benchmarks/incident_fresh.py's own hit rule counts it) and the tests are
(a) train on the labels and every batch but the last two, test on the batch
before the last and on the last (:data:`TEST_BATCH`, never tuned on nor
trained on); (b) train on every batch but the last, test on the labels; the
hand weights on the same sets. ``--write`` writes (a)'s weights only when they
beat the hand weights on the last batch and lose at most one article on the
labels and on every batch.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

L2_GRID = (0.5, 0.1, 0.02)  # chosen inside each training set (see choose_l2), never on its test set
STEPS = 600
TEST_BATCH = "fresh15"  # the untuned batch: only ever a test set (batch_paths checks it is the last)
RATE = 0.2

from train_incident_data import load_fresh, load_labels, verdict  # noqa: E402  (stdlib only at import)


def is_right(article: dict, weights: dict[str, float]) -> bool:
    """The benchmark's verdict on the article when the pipeline scores places with ``weights``."""
    return verdict(article, weights)


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
    (by the second byte of SHA-1 of the article's key, "corpus:id" or a batch case's URL, so independent of the dev/held-out split);
    ties go to the stronger penalty (closer to the hand weights)."""
    def fold(a: dict) -> int:
        return hashlib.sha1(a["key"].encode()).digest()[1] % 2

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
    tests = [("LGL -> GWN", lambda a: a["group"] == "lgl", lambda a: a["group"] == "geowebnews"),
             ("GWN -> LGL", lambda a: a["group"] == "geowebnews", lambda a: a["group"] == "lgl"),
             ("dev -> held-out", lambda a: a["half"] == "dev", lambda a: a["half"] == "held-out")]
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


def line(name: str, test: list[dict], hand: dict[str, float], learned: dict[str, float]) -> tuple[str, int, int]:
    """One out-of-sample line and the (hand, learned) counts of right articles on ``test``."""
    h, n = share(test, hand)
    m, _ = share(test, learned)
    return f"{name:<28} hand {h}/{n} = {h / n:.3f}   learned {m}/{n} = {m / n:.3f}", h, m


def batches_table(labels: list[dict], fresh: list[dict], hand: dict[str, float],
                  names: tuple[str, ...]) -> tuple[list[str], dict[str, float], bool]:
    """The worldwide-batch experiment (issue 12): (a) train on the labels and every batch but the last two,
    test on the batch before the last and on the last (:data:`TEST_BATCH`, never tuned on); (b) train on every
    batch but the last, test on the labels; the hand weights on the same tests. Returns the lines, (a)'s
    weights and whether they may be written: they beat the hand weights on the last batch and lose at most
    one article on the labels and on every batch."""
    by = {g: [a for a in fresh if a["group"] == g] for g in dict.fromkeys(a["group"] for a in fresh)}
    before_last = list(by)[-2]
    tuned = [g for g in by if g not in (TEST_BATCH, before_last)]
    train_a = labels + [a for g in tuned for a in by[g]]
    l2_a = choose_l2(train_a, hand, names)
    learned = fit(train_a, hand, names, l2_a)
    lines = [f"(a) trained on labels + {', '.join(tuned)} (L2 {l2_a}): {learned}"]
    for g in (before_last, TEST_BATCH):
        lines.append(line(f"(a) test {g}", by[g], hand, learned)[0])
    train_b = [a for g in by if g != TEST_BATCH for a in by[g]]
    l2_b = choose_l2(train_b, hand, names)
    learned_b = fit(train_b, hand, names, l2_b)
    lines.append(f"(b) trained on {', '.join(g for g in by if g != TEST_BATCH)} (L2 {l2_b}): {learned_b}")
    for name, test in (("lgl", [a for a in labels if a["group"] == "lgl"]),
                       ("geowebnews", [a for a in labels if a["group"] == "geowebnews"]), ("all labels", labels)):
        lines.append(line(f"(b) test {name}", test, hand, learned_b)[0])
    lines.append("write check: (a)'s weights on every set (in sample for the sets (a) trained on)")
    ok = True
    for name, test in [("labels (incident.py)", labels)] + list(by.items()):
        text, h, m = line(f"    {name}", test, hand, learned)
        ok &= (m > h) if name == TEST_BATCH else (m >= h - 1)
        lines.append(text)
    return lines, learned, ok


def write_weights(path: Path, weights: dict[str, float], trained_on: str) -> None:
    path.write_text("# incident score weights (feature, weight): scripts/train_incident.py --write,\n"
                    f"# fitted on {trained_on} only\n"
                    + "".join(f"{k}\t{v}\n" for k, v in weights.items()), encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    from geomap.incident import FEATURES, WEIGHTS
    from geomap.incident_features import EXTRA_FEATURES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--labels", type=Path, default=ROOT / "eval" / "incidents" / "labels.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "incident_weights.tsv")
    ap.add_argument("--batches", action="store_true",
                    help="also train on the worldwide batches eval/incidents/fresh*.jsonl (the last batch, TEST_BATCH, only tests)")
    ap.add_argument("--write", action="store_true", help="write the weights when they win every test")
    args = ap.parse_args(argv)
    articles = load_labels(args.labels, args.eval_dir)
    hand = dict(WEIGHTS)
    names = FEATURES + EXTRA_FEATURES
    if args.batches:
        fresh = load_fresh(batch_paths())
        lines, learned, wins = batches_table(articles, fresh, hand, names)
        trained_on = f"eval/incidents/labels.jsonl and {', '.join(p.name for p in batch_paths()[:-2])}"
    else:
        lines, wins = table(articles, hand, names)
        h, n = share(articles, hand)
        lines.append(f"{'in sample (all)':<16} hand {h}/{n} = {h / n:.3f}")
    print("\n".join(lines))
    if not wins:
        print("the learned weights do not pass every out-of-sample test: nothing written")
        return 0
    if args.write:
        if not args.batches:  # the held-out half stays held out
            learned = trained([a for a in articles if a["half"] == "dev"], hand, names)
            trained_on = "the dev half of eval/incidents/labels.jsonl"
        write_weights(args.out, learned, trained_on)
    return 0


def batch_paths() -> list[Path]:
    """fresh.jsonl, fresh2.jsonl ... in batch order; the last is :data:`TEST_BATCH` (never trained on)."""
    folder = ROOT / "eval" / "incidents"
    paths = sorted(folder.glob("fresh*.jsonl"), key=lambda p: int(p.stem[5:] or 1))
    assert paths[-1].stem == TEST_BATCH, paths[-1]
    return paths


if __name__ == "__main__":
    sys.exit(main())
