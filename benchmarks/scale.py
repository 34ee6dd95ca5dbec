#!/usr/bin/env python
"""Corpus scale (issue 17): docs/s and peak RSS per process of `geomap batch`, 1 and 2 workers and Dask.

Builds a corpus of ``--docs`` documents (default 5,000) by repeating the
development corpora (LGL and GeoWebNews from ../shared/eval, each copy with
its own id), then runs ``geomap batch`` on it with ``--workers 1``,
``--workers 2`` and ``--dask local --workers 2`` (skipped when dask is not
installed), checks that the three outputs are byte-identical, and prints
wall time, documents per second, the speed-up over one worker, and the
peak RSS (VmHWM) of each process of the run's tree (the parent and each
worker), sampled from /proc every 0.2 s.

    python benchmarks/scale.py [--docs 5000] [--format jsonl] [--eval-dir ../shared/eval]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import ROOT, load


def build_corpus(eval_dir: Path, n: int, path: Path) -> None:
    docs = load(eval_dir, "lgl") + load(eval_dir, "geowebnews")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = docs[i % len(docs)]
            fh.write(json.dumps({"id": f"{i}:{d['id']}", "text": d["text"]}, ensure_ascii=False) + "\n")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _hwm_kb(pid: int) -> tuple[int, str]:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return 0, ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]), cmd
    return 0, cmd


def run(args: list[str]) -> tuple[float, dict[int, tuple[int, str]]]:
    """Wall seconds and {pid: (peak RSS kB, command)} of every process of the run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "batch", *args, "-q"], env=env)
    peaks: dict[int, tuple[int, str]] = {}
    while proc.poll() is None:
        tree, todo = _children(), [proc.pid]
        while todo:
            pid = todo.pop()
            kb, cmd = _hwm_kb(pid)
            if kb >= peaks.get(pid, (0, ""))[0]:
                peaks[pid] = (kb, cmd)
            todo += tree.get(pid, [])
        time.sleep(0.2)
    elapsed = time.perf_counter() - t0
    if proc.returncode:
        sys.exit(f"geomap batch {' '.join(args)} failed with exit {proc.returncode}")
    return elapsed, peaks


def describe(peaks: dict[int, tuple[int, str]], parent_cmd: str = "-m geomap batch") -> str:
    """The parent's peak RSS and the workers' (the tree's other Python processes)."""
    parent = [kb for kb, cmd in peaks.values() if parent_cmd in cmd]
    workers = sorted((kb for kb, cmd in peaks.values() if parent_cmd not in cmd and "python" in cmd), reverse=True)
    text = f"parent {max(parent, default=0) / 1024:.0f} MB"
    if workers:
        text += f"; workers {', '.join(f'{kb / 1024:.0f}' for kb in workers)} MB"
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    runs = [("1 worker", ["--workers", "1"]), ("2 workers", ["--workers", "2"])]
    try:
        import distributed  # noqa: F401

        if not args.no_dask:
            runs.append(("Dask LocalCluster, 2 workers", ["--dask", "local", "--workers", "2"]))
    except ImportError:
        print("(dask.distributed is not installed: no Dask run; pip install 'geomap[dask]')")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(args.eval_dir, args.docs, corpus)
        print(f"corpus: {args.docs} documents, {corpus.stat().st_size / 1e6:.1f} MB; format {args.format}; "
              f"{os.cpu_count()} CPU(s)")
        base, digests = None, set()
        for label, extra in runs:
            out = Path(tmp) / f"out-{len(digests)}"
            elapsed, peaks = run([str(corpus), "-o", str(out), "--format", args.format, *extra])
            digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
            base = base or elapsed
            print(f"{label:<30} {elapsed:7.1f} s  {args.docs / elapsed:6.1f} docs/s  x{base / elapsed:.2f}  "
                  f"peak RSS: {describe(peaks)}", flush=True)
        print("outputs identical" if len(digests) == 1 else f"OUTPUTS DIFFER: {len(digests)} distinct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
