"""Shared by the benchmark scripts: the eval directory option and corpus loading."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args(doc: str) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval",
                    help="folder with lgl.jsonl and geowebnews.jsonl")
    return ap.parse_args()


def load(eval_dir: Path, corpus: str) -> list[dict]:
    """Documents of ``<corpus>.jsonl`` (split on newlines only: texts may hold U+2028)."""
    text = (eval_dir / f"{corpus}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]
