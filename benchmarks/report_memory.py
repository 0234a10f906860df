"""Peak memory of the whole process tree of `framing report`, and kernels left behind.

    .venv/bin/python benchmarks/report_memory.py [--corpus data/raw] [--notebooks 01,02] [--out DIR]

Samples the resident memory (RSS) of `framing report` and every descendant (the notebook
kernels) every 0.1 s and prints the peak of their sum, the most processes alive at once, and
whether any kernel outlived the command (issue 16: six kernels stayed alive until the end,
peak ~2.1 GB on the five bundled articles; the target is <= 1 GB). RSS counts shared pages once
per process, so the sum is an upper bound.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def _tree(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _rss(procs: list[psutil.Process]) -> int:
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def measure(argv: list[str], interval: float = 0.1) -> dict[str, object]:
    """Run ``argv``; the peak RSS of its process tree, most processes, survivors, seconds."""
    start = time.perf_counter()
    proc = psutil.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, most, seen = 0, 0, set()
    each: dict[int, int] = {}  # peak RSS of each process (the kernels: one per notebook, in order)
    while proc.poll() is None:
        procs = _tree(proc)
        seen.update(p.pid for p in procs[1:])
        peak = max(peak, _rss(procs))
        most = max(most, len(procs))
        for p in procs:
            each[p.pid] = max(each.get(p.pid, 0), _rss([p]))
        time.sleep(interval)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    time.sleep(1.0)
    alive = [pid for pid in seen if psutil.pid_exists(pid)]
    return {
        "exit": proc.returncode,
        "seconds": round(seconds, 1),
        "peak_mb": round(peak / 2**20),
        "max_processes": most,
        "left_running": alive,
        "each_mb": [round(v / 2**20) for v in each.values()],
        "stderr": err,
        "stdout_tail": out.strip().splitlines()[-1:] if out.strip() else [],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--notebooks", default=None)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="framing-report-memory-")
    argv = [sys.executable, "-m", "analysis.cli", "report", "--corpus", args.corpus, "--out", out]
    if args.notebooks:
        argv += ["--notebooks", args.notebooks]
    r = measure(argv)
    print(f"framing report on {args.corpus} ({args.notebooks or 'all notebooks'}):")
    print(f"  exit {r['exit']} in {r['seconds']} s")
    print(f"  process-tree peak RSS: {r['peak_mb']} MB; at most {r['max_processes']} processes")
    print(f"  peak RSS of each process (runner, then one kernel per notebook): {r['each_mb']} MB")
    print(f"  processes left running after the command returned: {r['left_running'] or 'none'}")
    print(f"  stderr: {r['stderr']!r}")
    return 0 if r["exit"] == 0 and not r["left_running"] else 1


if __name__ == "__main__":
    sys.exit(main())
