"""Time and output size of ``geomap.run`` against input size (issue 9).

Each pattern is repeated to sizes that double (8 kB .. 512 kB by default);
for each size the script prints the wall time of ``geomap.run``, the size of
the GeoJSON (compact JSON) and, with ``--html``, of the map page, then the
fitted growth exponent (the slope of log time, log size against log input
size: 1 is linear, 2 quadratic). ``--seed`` adds the seed article repeated
up to ``--seed-max`` (default 20 MiB, the largest article geomap accepts).

    python benchmarks/scaling.py                     # the patterns, 8 kB .. 512 kB
    python benchmarks/scaling.py --seed              # and the seed up to 20 MiB
    python benchmarks/scaling.py --patterns blast --max 64000
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name -> (unit repeated, prefix, suffix): the shapes that were superlinear in issue 9.
PATTERNS = {
    "paris-texas": "Paris, Texas. ",
    "kerman-comma": "Kerman, ",               # one long sentence
    "parens": "(Kerman ",                     # nested parentheses: "(Kerman (Kerman (Kerman ..."
    "blast": "the first blast ",              # the time regex's lazy scan
    "alexandria": "Alexandria, La. ",
    "kerman-iran": "Kerman,Iran;",            # output size: every mention in one sentence
}


def make_text(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters (a pattern that opens brackets closes them)."""
    if unit.startswith("("):
        k = size // (len(unit) + 1)
        return unit * k + ")" * k
    return (unit * (size // len(unit) + 1))[:size]


def measure(text: str, html: bool = False) -> dict:
    import geomap

    t0 = time.perf_counter()
    result = geomap.run(text)
    elapsed = time.perf_counter() - t0
    row = {"chars": len(text), "seconds": elapsed,
           "geojson_bytes": len(json.dumps(result.geojson, ensure_ascii=False).encode("utf-8")),
           "features": len(result.features),
           "sentences_stored": len(result.geojson["geomap"].get("sentences", []))}
    if html:
        row["html_bytes"] = len(result.to_html(tiles="none").encode("utf-8"))
    return row


def exponent(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y against log x (the growth exponent).

    >>> round(exponent([1, 2, 4], [3, 12, 48]), 3)
    2.0
    """
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / den if den else float("nan")


def sizes(lo: int, hi: int) -> list[int]:
    out = [lo]
    while out[-1] * 2 <= hi:
        out.append(out[-1] * 2)
    if out[-1] < hi:
        out.append(hi)  # e.g. 20 MiB after 16 MiB
    return out


def run_series(name: str, unit: str, lo: int, hi: int, html: bool, budget: float) -> None:
    rows = []
    print(f"\n{name}: {unit!r}" if len(unit) < 40 else f"\n{name}")
    print(f"{'input':>12} {'seconds':>9} {'geojson':>12} {'html':>12} {'features':>9} {'sentences':>9}")
    for size in sizes(lo, hi):
        row = measure(make_text(unit, size), html)
        rows.append(row)
        print(f"{row['chars']:>12,} {row['seconds']:>9.3f} {row['geojson_bytes']:>12,} "
              f"{row.get('html_bytes', 0):>12,} {row['features']:>9} {row['sentences_stored']:>9}", flush=True)
        if row["seconds"] > budget:
            print(f"  (stopped: over {budget:.0f} s)")
            break
    xs = [r["chars"] for r in rows]
    timed = [r for r in rows if r["seconds"] >= 0.02] or rows  # tiny times are mostly noise
    print(f"  growth exponent: time {exponent([r['chars'] for r in timed], [r['seconds'] for r in timed]):.2f}, "
          f"geojson {exponent(xs, [r['geojson_bytes'] for r in rows]):.2f}"
          + (f", html {exponent(xs, [r['html_bytes'] for r in rows]):.2f}" if html else ""))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patterns", nargs="*", default=list(PATTERNS), choices=list(PATTERNS))
    ap.add_argument("--min", type=int, default=8_000, help="smallest input (characters)")
    ap.add_argument("--max", type=int, default=512_000, help="largest input (characters)")
    ap.add_argument("--html", action="store_true", help="also render the map page and report its size")
    ap.add_argument("--seed", action="store_true", help="also the seed article repeated up to --seed-max")
    ap.add_argument("--seed-max", type=int, default=20 * 1024 * 1024)
    ap.add_argument("--budget", type=float, default=120.0, help="stop a series after a run this slow (s)")
    args = ap.parse_args(argv)
    import geomap

    geomap.run("Kerman, Iran.")  # load the gazetteer before timing
    for name in args.patterns:
        run_series(name, PATTERNS[name], args.min, args.max, args.html, args.budget)
    if args.seed:
        seed = (ROOT / "seeds" / "kerman-2024-01-03.txt").read_text(encoding="utf-8")
        run_series("seed", seed + "\n", 64 * 1024, args.seed_max, args.html, args.budget)


if __name__ == "__main__":
    main()
