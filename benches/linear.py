#!/usr/bin/env python3
"""Does check time grow linearly with the input? For each hostile construction of
issue 16, time `copydesk check` at size n and 2n (best of two runs, plus peak memory)
and print the ratio: about 2 is linear, about 4 quadratic. Run from the repository root
after `cargo build --release`:

    benches/linear.py [--scale 1.0] [--only NAME]

Sizes are chosen so the smaller input takes a fraction of a second when linear; raise
--scale on a quiet machine for steadier ratios.
"""
import argparse, os, resource, subprocess, sys, tempfile, time

BIN = os.environ.get("COPYDESK", "target/release/copydesk")

def dates_paragraph(n):      # one paragraph full of dates: the scanner's prefix copy
    return "Head\n\n" + "We met on June 2, 2026 and again " * n + "\n"

def date_paragraphs(n):      # many short paragraphs with a date: role lookup per region
    return "Head\n\n" + "".join(f"Para {i} met on June 2, 2026.\n\n" for i in range(n))

def suppressions(n):         # suppression comments x findings
    return "Head\n\nBody.\n\n" + "<!-- copydesk-disable hashtags -->\n#A#B\n<!-- copydesk-enable hashtags -->\n#C#D\n\n" * n

def long_line(n):            # a single huge line
    return "Head\n\n" + "word " * n + "\n"

def fixes(n):                # many fixes in one file
    return "Head\n\nBody.\n\n" + "#a#b " * n + "\n"

def non_prose(n):            # many code spans: is_prose per hit
    return "# Head\n\n" + "Text `code` on June 2, 2026 and 45% of it. " * n + "\n"

CASES = {  # name: (builder, n at scale 1, file name, extra args)
    "dates-paragraph": (dates_paragraph, 20000, "a.txt", []),
    "date-paragraphs": (date_paragraphs, 20000, "a.txt", []),
    "suppressions": (suppressions, 10000, "a.txt", []),
    "long-line": (long_line, 400000, "a.txt", []),
    "fixes": (fixes, 20000, "a.txt", ["--diff"]),
    "non-prose": (non_prose, 10000, "a.md", []),
}

def timed(path, extra):
    best, peak = None, 0
    for _ in range(2):
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 1); os.dup2(fd, 2)
            os.execv(BIN, [BIN, "check", "--fail-on", "never", *extra, path])
        _, _, usage = os.wait4(pid, 0)
        t = time.monotonic() - start
        best = t if best is None else min(best, t)
        peak = max(peak, usage.ru_maxrss)
    return best, peak / 1024

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only")
    a = ap.parse_args()
    if not os.access(BIN, os.X_OK):
        sys.exit("build first: cargo build --release")
    print(f"{'case':18} {'n':>8} {'MB':>6} {'time n':>8} {'time 2n':>8} {'ratio':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as d:
        for name, (build, n, file, extra) in CASES.items():
            if a.only and name != a.only:
                continue
            n = int(n * a.scale)
            times = []
            for k in (n, 2 * n):
                path = os.path.join(d, file)
                text = build(k)
                with open(path, "w") as f:
                    f.write(text)
                times.append((timed(path, extra), len(text)))
            (t1, _), size = times[0]
            (t2, m2), _ = times[1]
            print(f"{name:18} {n:>8} {size/1e6:>6.1f} {t1:>8.2f} {t2:>8.2f} {t2/max(t1,1e-3):>6.1f} {m2:>8.0f}")

if __name__ == "__main__":
    main()
