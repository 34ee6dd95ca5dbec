#!/usr/bin/env python
"""Cold wall time of `geomap map` on the seed vs importing its libraries.

    python benchmarks/startup.py [--runs 7]

Runs the two commands alternately in fresh processes (so both see the same
machine state) and prints the medians and their ratio. The issue's goal is a
ratio of at most 1.3.
"""
from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    geomap = shutil.which("geomap") or sys.exit("geomap is not installed in this environment")
    out = Path(tempfile.mkdtemp()) / "seed.html"
    commands = {
        "geomap map seed": [geomap, "map", str(ROOT / "seeds" / "kerman-2024-01-03.txt"), "-o", str(out), "-q"],
        "import libraries": [sys.executable, "-c", "import folium, shapely, pyproj, geopy, click"],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    for name, cmd in commands.items():  # warm the OS file cache once
        wall(cmd)
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    for k, v in med.items():
        print(f"{k:<20} median {v:.3f} s  (min {min(times[k]):.3f}, max {max(times[k]):.3f}, n={args.runs})")
    print(f"ratio geomap/imports: {med['geomap map seed'] / med['import libraries']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
