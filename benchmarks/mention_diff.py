#!/usr/bin/env python
"""Fixed and broken mentions between two runs of the end-to-end geoparser (issue 12).

    python benchmarks/mention_diff.py dump OUT.json [--eval-dir ../shared/eval]
    python benchmarks/mention_diff.py diff BEFORE.json AFTER.json [--examples N]

``dump`` writes, per corpus, every predicted span (loosely matched to gold or
spurious) and every missed gold toponym, as ``geomap evaluate`` matches them.
``diff`` counts, per corpus, gold toponyms fixed (missed before, found after)
and broken (found before, missed after), spurious predictions removed and
added, and the net change of true minus false mentions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from _corpus import ROOT, load  # noqa: F401

from geomap.evaluate import geoparse, match_spans


def dump(eval_dir: Path) -> dict:
    out = {}
    for corpus in ("lgl", "geowebnews"):
        rows = []
        for n, doc in enumerate(load(eval_dir, corpus)):
            text = doc["text"]
            gold = [(t["start"], t["end"]) for t in doc["toponyms"]]
            pred = [(t.start, t.end) for t in geoparse(text)]
            matched = match_spans(gold, pred, loose=True)
            hit = set(matched.values())
            did = doc.get("id", n)
            for k, (s, e) in enumerate(pred):
                if k not in hit:
                    rows.append(["spurious", did, s, e, text[s:e], text[max(0, s - 40):e + 40].replace("\n", " ")])
            for g, (s, e) in enumerate(gold):
                rows.append(["found" if g in matched else "missed", did, s, e, text[s:e],
                             text[max(0, s - 40):e + 40].replace("\n", " ")])
        out[corpus] = rows
    return out


def diff(before: dict, after: dict, examples: int) -> None:
    for corpus in before:
        b = {tuple(r[:4]): r for r in before[corpus]}
        a = {tuple(r[:4]): r for r in after[corpus]}
        fixed = [a[k] for k in a if k[0] == "found" and ("missed",) + k[1:] in b]
        broken = [a[k] for k in a if k[0] == "missed" and ("found",) + k[1:] in b]
        added = [a[k] for k in a if k[0] == "spurious" and k not in b]
        removed = [b[k] for k in b if k[0] == "spurious" and k not in a]
        print(f"{corpus}: fixed {len(fixed)} broken {len(broken)} | spurious removed {len(removed)} "
              f"added {len(added)} | net {len(fixed) - len(broken) + len(removed) - len(added):+d}")
        for label, rows in (("fixed", fixed), ("broken", broken), ("removed", removed), ("added", added)):
            for r in rows[:examples]:
                print(f"  {label:<8} {r[1]} {r[4]!r:<20} ...{r[5]}...")


def main() -> int:
    args = sys.argv[1:]
    examples = int(args[args.index("--examples") + 1]) if "--examples" in args else 0
    if args[0] == "dump":
        eval_dir = Path(args[args.index("--eval-dir") + 1]) if "--eval-dir" in args else ROOT.parent / "shared" / "eval"
        Path(args[1]).write_text(json.dumps(dump(eval_dir)), encoding="utf-8")
    else:
        diff(json.loads(Path(args[1]).read_text()), json.loads(Path(args[2]).read_text()), examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
