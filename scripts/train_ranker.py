#!/usr/bin/env python
"""Train geomap's learned candidate ranker (geomap.ranker) from the development corpora.

    python scripts/train_ranker.py [--eval-dir ../shared/eval] [--out data/ranker.tsv] [--write]

For every gold toponym of LGL and GeoWebNews (gold spans, gold coordinates)
the candidates are built exactly as the pipeline builds them (given spans,
the finder's names as context, "the capital" resolved), and each candidate of
a name with several gets the feature row the resolver computes
(:func:`geomap.resolve.ranker_rows`) and the label "within 161 km of gold".
A conditional logit (softmax over each mention's candidates, L2-penalised,
full-batch gradient descent from the hand score: deterministic) is fitted.

It prints the cross-corpus table (train on LGL, test on GeoWebNews and the
reverse; train on both, test on each) against the hand-set scorer, and with
``--write`` writes the both-corpora weights to ``--out`` only when the
cross-corpus model beats the hand-set scorer on both corpora.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import partial
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KM = 161.0
L2 = 1e-1
STEPS = 400
RATE = 0.5


def load(eval_dir: Path, corpus: str) -> list[dict]:
    text = (eval_dir / f"{corpus}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def mentions_of(doc: dict, g) -> list[dict]:
    """One record per gold toponym: candidates, first pick, feature rows, labels."""
    from geomap.geometry import great_circle_km
    from geomap.pipeline import extract, given_spans, toponym_stages
    from geomap.resolve import _evidence, _with_capital, ranker_rows, written_names

    stages = toponym_stages(g)[:3]
    stages[1] = partial(given_spans, spans=[(t["start"], t["end"]) for t in doc["toponyms"]], gazetteer=g)
    d = extract(doc["text"], stages=stages)
    cands = _with_capital(d.mentions, [list(c) for c in d.candidates], g)
    context = [list(c) for c in d.context_candidates]
    first, rows = ranker_rows(list(d.mentions), cands, d.text, context)
    pins = _evidence(list(d.mentions), cands, d.text, context)["pins"]
    out = []
    for i, (t, opts, pick, r, written) in enumerate(zip(doc["toponyms"], cands, first, rows,
                                                        written_names(list(d.mentions)))):
        labels = [great_circle_km(t["lat"], t["lon"], e.lat, e.lon) <= KM for e in opts]
        out.append({"options": opts, "first": pick, "rows": None if r is None else np.array(r, dtype=float),
                    "labels": np.array(labels, dtype=bool), "gold": t, "geonameid": t.get("geonameid"),
                    "written": written, "pin": pins.get(i)})
    return out


def pick(m: dict, w: np.ndarray):
    """The resolver's choice for a mention under weights ``w``."""
    from geomap.own_names import prefer_own_name, prefer_town
    from geomap.support import state_pinned
    from geomap.ranker import FEATURES
    from geomap.resolve import prefer_city, prior

    if m["rows"] is None:
        return m["first"]
    s = m["rows"] @ w
    best = int(np.argmax(s))  # first of the ties, as the resolver
    # the resolver's "backed" (country or state named, or pinned) and "state_named" (state named or pinned)
    area = [FEATURES.index(f) for f in ("doc_country", "doc_admin1", "pinned")]
    backed = {id(e): (bool(row[area].any()), bool(row[area[1:]].any())) for e, row in zip(m["options"], m["rows"])}
    best = prefer_own_name(best, m["options"], list(s), prior, m["written"], lambda e: backed[id(e)][0])
    best = prefer_town(best, m["options"], list(s), m["written"], lambda e: backed[id(e)][1],
                       lambda e: state_pinned(e, m["pin"]))
    return prefer_city(m["options"][best], m["options"])


def accuracy(ms: list[dict], w: np.ndarray) -> float:
    from geomap.geometry import great_circle_km

    ok = 0
    for m in ms:
        e = pick(m, w)
        ok += e is not None and great_circle_km(m["gold"]["lat"], m["gold"]["lon"], e.lat, e.lon) <= KM
    return ok / max(len(ms), 1)


def fit(ms: list[dict], n_features: int) -> np.ndarray:
    """Conditional logit over the mentions that have a right and a wrong candidate."""
    groups = [(m["rows"], m["labels"]) for m in ms if m["rows"] is not None and 0 < m["labels"].sum() < len(m["labels"])]
    if not groups:
        w = np.zeros(n_features)
        w[0] = 1.0
        return w
    allx = np.vstack([x for x, _ in groups])
    mu, sd = allx.mean(axis=0), allx.std(axis=0)
    sd[sd == 0] = 1.0
    x = (allx - mu) / sd
    y = np.concatenate([y for _, y in groups])
    starts = np.cumsum([0] + [len(g) for g, _ in groups[:-1]])
    owner = np.repeat(np.arange(len(groups)), [len(g) for g, _ in groups])
    w = np.zeros(n_features)
    w[0] = sd[0]  # start from the hand score
    for _ in range(STEPS):
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[owner])
        p /= np.add.reduceat(p, starts)[owner]
        q = np.where(y, p, 0.0)
        q /= np.add.reduceat(q, starts)[owner]
        w -= RATE * (L2 * w - (q - p) @ x / len(groups))
    return w / sd


def table(data: dict[str, list[dict]], n_features: int) -> tuple[list[tuple], np.ndarray, bool]:
    """Rows (train, test, hand, model) and the both-corpora weights; whether cross-corpus wins on both."""
    hand = np.zeros(n_features)
    hand[0] = 1.0
    subset = {c: [m for m in ms if c != "geowebnews" or m["geonameid"]] for c, ms in data.items()}
    rows, wins = [], True
    for train, test in (("lgl", "geowebnews"), ("geowebnews", "lgl")):
        w = fit(data[train], n_features)
        h, a = accuracy(subset[test], hand), accuracy(subset[test], w)
        wins &= a > h
        rows.append((train, test, h, a))
    both = fit(data["lgl"] + data["geowebnews"], n_features)
    for test in ("lgl", "geowebnews"):
        rows.append(("both", test, accuracy(subset[test], hand), accuracy(subset[test], both)))
    return rows, both, wins


def weights_text(w: np.ndarray, names, digest: str, sizes: dict) -> str:
    lines = ["# geomap learned candidate ranker: score = sum(weight * feature) (geomap/ranker.py)",
             "# built by: python scripts/train_ranker.py --write or --force --out FILE (conditional logit, L2 %g, %d steps)" % (L2, STEPS),
             "# trained on: " + ", ".join(f"{c} ({n} toponyms)" for c, n in sizes.items())
             + f"; corpora sha256 {digest[:16]}",
             "feature\tweight"]
    lines += [f"{n}\t{v:.6g}" for n, v in zip(names, w)]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "ranker.tsv")
    ap.add_argument("--write", action="store_true", help="write --out when the cross-corpus check passes")
    ap.add_argument("--force", action="store_true", help="write --out whatever the cross-corpus check says")
    args = ap.parse_args(argv)
    from geomap.gazetteer import default_gazetteer
    from geomap.ranker import FEATURES

    g = default_gazetteer()
    digest = hashlib.sha256()
    data = {}
    for corpus in ("lgl", "geowebnews"):
        docs = load(args.eval_dir, corpus)
        digest.update((args.eval_dir / f"{corpus}.jsonl").read_bytes())
        data[corpus] = [m for d in docs for m in mentions_of(d, g)]
    rows, both, wins = table(data, len(FEATURES))
    print(f"{'train':<11} {'test':<11} {'hand':>6} {'model':>6}   (Acc@161, given spans; GeoWebNews: geonameid subset)")
    for train, test, h, a in rows:
        print(f"{train:<11} {test:<11} {h:6.3f} {a:6.3f}")
    print("cross-corpus:", "the model beats the hand score on both corpora" if wins else
          "the model does NOT beat the hand score on both corpora")
    if (args.write and wins) or args.force:
        sizes = {c: len(ms) for c, ms in data.items()}
        args.out.write_text(weights_text(both, FEATURES, digest.hexdigest(), sizes), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
