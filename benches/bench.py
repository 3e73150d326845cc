#!/usr/bin/env python3
"""Benchmark the whole `copydesk check` run, process start to exit.

    benches/bench.py [--shared ../shared] [--runs 5] [--select FAMILIES] [--baseline BINARY]

Builds the release binary, writes deterministic corpora from shared/bench/make-corpus.py
into target/bench/ (1,000 and 10,000 drafts, and one 2-million-word draft), and prints
in one run, for the binary and for `--baseline` (an older build) if given:
  - `check --format json` over the 1,000 drafts: MB/s wall, MB per CPU-second (user +
    system of the process and its threads), files/s, medians of --runs runs;
  - one small draft, process start to exit: median wall and CPU time of many runs;
  - peak resident memory for 1,000 drafts, 10,000 drafts and the 2-million-word draft,
    and the big draft's CPU time per byte against the small drafts';
  - the same 200 Markdown drafts through copydesk and through markdownlint-cli2
    (installed with npm into target/bench/npm, pinned), with the ratio.
The machine is shared: compare figures measured in one run; the spread (slowest over
fastest run) and the load average are printed so the noise is visible.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "target", "bench")
MARKDOWNLINT = "markdownlint-cli2@0.24.1"


def timed(cmd, out=subprocess.DEVNULL, cwd=None):
    """(wall s, CPU s, peak RSS MB) of one run; wait4 gives the child's own usage."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def corpus(shared, name, *args):
    path = os.path.join(BENCH, name)
    if not os.path.isdir(path):
        subprocess.run([sys.executable, os.path.join(shared, "bench", "make-corpus.py"), path, *args], check=True)
    return path


def size_of(paths):
    return sum(os.path.getsize(p) for p in paths)


def files_in(path):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs)


def medians(runs):
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs)


def big_config(binary):
    """Config arguments that let the 2-million-word draft (about 14 MB) past the default
    10 MiB file-size limit: a config raising it, or none for a build that has no limit
    (and so rejects the key)."""
    path = os.path.join(BENCH, "big.toml")
    with open(path, "w") as f:
        f.write("max_file_size = 67108864\n")
    probe = subprocess.run([binary, "rules", "--config", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ["--config", path] if probe.returncode == 0 else ["--no-config"]


def measure(binary, c, runs, select):
    """Every figure for one binary, as printable lines, and the 200-file wall time."""
    base = [binary, "check", "--format", "json", "--fail-on", "never", *select]
    check = [*base, "--no-config"]
    out_path = os.path.join(BENCH, "report.json")

    def run(target, n, args=None):
        done = []
        for _ in range(n):
            with open(out_path, "w") as out:
                done.append(timed([*(args or check), *target], out))
        with open(out_path) as out:
            # A run that refused its input measured an error message, not a check.
            head = out.read(4096)
            if '"files": []' in head or '"files":[]' in head:
                sys.exit(f"bench: {binary} checked no file in {target[:1]}")
        return done

    corpus_runs = run([c["small"]], runs)
    wall, cpu, rss1k = medians(corpus_runs)
    mb, n = c["small_mb"], c["small_files"]
    spread = max(r[0] for r in corpus_runs) / min(r[0] for r in corpus_runs)
    singles = run([c["one"]], 60)
    one_wall, one_cpu, _ = medians(singles)
    _, _, rss10k = medians(run([c["large"]], 1))
    big_wall, big_cpu, rss_big = medians(run([c["big"]], max(1, runs // 2), [*base, *big_config(binary)]))
    per_byte = (big_cpu / c["big_mb"]) / (cpu / mb)
    md_wall, md_cpu, _ = medians(run(c["md200"], runs))
    lines = [
        f"  1,000 drafts ({mb:.1f} MB): median {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU over {runs} runs"
        f" (spread {spread:.2f}x) -> {mb / wall:.1f} MB/s wall, {mb / cpu:.1f} MB per CPU-second, {n / wall:,.0f} files/s",
        f"  one small draft ({c['one_bytes']} bytes): median {one_wall * 1000:.2f} ms wall, {one_cpu * 1000:.2f} ms CPU"
        f" over {len(singles)} runs",
        f"  peak RSS: {rss1k:.1f} MB for 1,000 drafts, {rss10k:.1f} MB for 10,000 ({c['large_mb']:.0f} MB),"
        f" {rss_big:.1f} MB for the 2-million-word draft ({c['big_mb']:.1f} MB)",
        f"  2-million-word draft: {big_wall * 1000:.0f} ms wall, {big_cpu * 1000:.0f} ms CPU;"
        f" CPU per byte {per_byte:.2f}x the 1,000 drafts'",
        f"  200 Markdown drafts ({c['md200_mb']:.2f} MB): median {md_wall * 1000:.0f} ms wall, {md_cpu * 1000:.0f} ms CPU",
    ]
    return lines, md_wall


def markdownlint(paths, runs):
    """Median wall time of markdownlint-cli2 over `paths`, installed pinned on first use."""
    prefix = os.path.join(BENCH, "npm")
    cli = os.path.join(prefix, "node_modules", ".bin", "markdownlint-cli2")
    if not os.path.exists(cli):
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, MARKDOWNLINT],
                       check=True)
    rel = [os.path.relpath(p, BENCH) for p in paths]
    done = [timed([cli, *rel], cwd=BENCH) for _ in range(runs)]
    return medians(done)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--select", help="rules or families to run (default: all), e.g. hashtags")
    ap.add_argument("--baseline", help="an older copydesk binary to measure in the same run")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, "target", "release", "copydesk")
    shared = os.path.abspath(args.shared)
    small, large = corpus(shared, "corpus-1000", "--files", "1000"), corpus(shared, "corpus-10000", "--files", "10000")
    big = os.path.join(corpus(shared, "big-2000000", "--files", "1", "--big-words", "2000000"), "big.md")
    small_files = files_in(small)
    md200 = [f for f in small_files if f.endswith(".md")][:200]
    one = min(small_files, key=os.path.getsize)
    c = {
        "small": small, "small_files": len(small_files), "small_mb": size_of(small_files) / 1e6,
        "large": large, "large_mb": size_of(files_in(large)) / 1e6,
        "big": big, "big_mb": os.path.getsize(big) / 1e6,
        "md200": md200, "md200_mb": size_of(md200) / 1e6,
        "one": one, "one_bytes": os.path.getsize(one),
    }
    select = ["--select", args.select] if args.select else []
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores;"
          f" rules: {args.select or 'all'}")
    md_wall, md_cpu, _ = markdownlint(md200, args.runs)
    print(f"markdownlint-cli2 ({MARKDOWNLINT.split('@')[1]}), 200 Markdown drafts: median {md_wall * 1000:.0f} ms wall,"
          f" {md_cpu * 1000:.0f} ms CPU -> {c['md200_mb'] / md_wall:.2f} MB/s")
    builds = [("baseline " + args.baseline, args.baseline)] if args.baseline else []
    for name, b in [*builds, ("copydesk (this tree)", binary)]:
        lines, wall = measure(os.path.abspath(b), c, args.runs, select)
        print(name)
        print("\n".join(lines))
        print(f"  vs markdownlint-cli2 on the same 200 drafts: {md_wall / wall:.1f}x faster (wall)")
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
