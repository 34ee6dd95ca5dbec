#!/usr/bin/env python
"""Peak memory (max RSS) of `geomap batch` end to end over LGL, and the wheel's gazetteer size.

    python benchmarks/memory.py [--eval-dir ../shared/eval]
"""
from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

from _corpus import ROOT, parse_args


def main() -> int:
    args = parse_args(__doc__)
    geomap = shutil.which("geomap") or sys.exit("geomap is not installed in this environment")
    subprocess.run([geomap, "batch", str(args.eval_dir / "lgl.jsonl"), "-o", "/dev/null", "-q"], check=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"geomap batch lgl.jsonl: peak RSS {peak_kb / 1024:.0f} MB")
    data = ROOT / "data"
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    print(f"data/ on disk: {size / 1e6:.1f} MB uncompressed")
    out = Path(subprocess.run([sys.executable, "-c", "import tempfile; print(tempfile.mkdtemp())"],
                              capture_output=True, text=True, check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)], check=True)
    wheel = next(out.glob("geomap-*.whl"))
    print(f"wheel {wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB (gazetteer included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
