#!/usr/bin/env python3
"""Benchmark the whole `copydesk check` run, process start to exit.

    benches/bench.py [--shared ../shared] [--files 1000] [--runs 5] [--select FAMILIES]

Builds the release binary, writes the deterministic corpus from
shared/bench/make-corpus.py into target/bench/, then reports:
  - throughput of `check --format json` over the corpus (files/s and MB/s, median run),
  - the time to check one small draft (median of many runs),
  - peak resident memory of any single run.
Times are wall-clock on a shared machine: compare ratios measured in one run.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


PEAK_KB = [0]


def timed(cmd, out):
    """Wall time of one run; records the run's own peak RSS (wait4 gives per-child usage)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    PEAK_KB[0] = max(PEAK_KB[0], usage.ru_maxrss)
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--select", help="rules or families to run (default: all), e.g. hashtags")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, "target", "release", "copydesk")
    corpus = os.path.join(ROOT, "target", "bench", f"corpus-{args.files}")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(args.shared, "bench", "make-corpus.py"), corpus,
                        "--files", str(args.files)], check=True)
    files = [os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs]
    size = sum(os.path.getsize(f) for f in files)

    select = ["--select", args.select] if args.select else []
    out_path = os.path.join(ROOT, "target", "bench", "report.json")
    runs = []
    for _ in range(args.runs):
        with open(out_path, "w") as out:
            runs.append(timed([binary, "check", "--format", "json", "--fail-on", "never", *select, corpus], out))
    whole = statistics.median(runs)

    small = min(files, key=os.path.getsize)
    singles = []
    with open(os.devnull, "w") as null:
        for _ in range(30):
            singles.append(timed([binary, "check", "--format", "json", "--fail-on", "never", *select, small], null))
    peak_kb = PEAK_KB[0]

    print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB; rules: {args.select or 'all'}")
    print(f"check, whole corpus: median {whole * 1000:.0f} ms over {args.runs} runs "
          f"-> {len(files) / whole:,.0f} files/s, {size / 1e6 / whole:.1f} MB/s")
    print(f"check, one small draft ({os.path.getsize(small)} bytes): median {statistics.median(singles) * 1000:.2f} ms")
    print(f"peak memory of a run: {peak_kb / 1024:.1f} MB")


if __name__ == "__main__":
    main()
