#!/usr/bin/env python
"""Geoparsing accuracy on ../shared/eval (LGL, GeoWebNews), both modes.

    python benchmarks/accuracy.py [--eval-dir ../shared/eval]

Prints, per corpus: given-spans Acc@161 / mean / median km / AUC, and
end-to-end exact and loose P/R/F1 with Acc@161 over the toponyms found
(the EUPEG convention). GeoWebNews given-spans is also scored on the
toponyms that have a geonameid (the set Mordecai 3 reports on).
"""
from __future__ import annotations

import sys

from _corpus import load, parse_args


def main() -> int:
    from geomap.evaluate import evaluate_documents, geoparse, resolve_spans

    args = parse_args(__doc__)
    rows = []
    for corpus in ("lgl", "geowebnews"):
        docs = load(args.eval_dir, corpus)
        given = [resolve_spans(d["text"], [(t["start"], t["end"]) for t in d["toponyms"]]) for d in docs]
        g = evaluate_documents(docs, given, True)["resolution"]
        rows.append((corpus, "given spans", f"Acc@161 {g['acc161']:.3f}  mean {g['mean_km']:.0f} km  "
                                            f"median {g['median_km']:.1f} km  AUC {g['auc']:.3f}"))
        if corpus == "geowebnews":
            keep = [[i for i, t in enumerate(d["toponyms"]) if t.get("geonameid")] for d in docs]
            sub_docs = [{**d, "toponyms": [d["toponyms"][i] for i in k]} for d, k in zip(docs, keep)]
            sub_pred = [[p[i] for i in k] for p, k in zip(given, keep)]
            s = evaluate_documents(sub_docs, sub_pred, True)["resolution"]
            rows.append((corpus, "given spans, with geonameid", f"Acc@161 {s['acc161']:.3f}  mean {s['mean_km']:.0f} km  "
                                                                 f"(n={s['n']})"))
        e2e = evaluate_documents(docs, [geoparse(d["text"]) for d in docs], False)
        ex, lo, fo = e2e["exact"], e2e["loose"], e2e["resolution_found"]
        rows.append((corpus, "end-to-end", f"exact P/R/F1 {ex['precision']:.3f}/{ex['recall']:.3f}/{ex['f1']:.3f}  "
                                           f"loose {lo['precision']:.3f}/{lo['recall']:.3f}/{lo['f1']:.3f}  "
                                           f"found: Acc@161 {fo['acc161']:.3f} AUC {fo['auc']:.3f} "
                                           f"mean {fo['mean_km']:.0f} km"))
    for r in rows:
        print(f"{r[0]:<11} {r[1]:<28} {r[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
