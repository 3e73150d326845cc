#!/usr/bin/env python3
"""Check that two copydesk binaries find exactly the same things.

    benches/compare.py BEFORE AFTER [--shared ../shared] [--files 1000] [--select FAMILIES]

Runs `check --format json` with both binaries over ../shared/devset, realset,
newsset/md, newsset/house and the bench corpus (shared/bench/make-corpus.py), and
compares the outputs byte for byte. A speed change must leave every byte alone; other
issues may change findings, so build BEFORE from the commit just before the change.
The JSON is compared as parsed values when the bytes differ only in layout (pretty
against compact), and the first differing file is shown either way. Exit 1 on any
difference.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, target, select):
    cmd = [binary, "check", "--format", "json", "--fail-on", "never", "--no-config", *select, os.path.basename(target)]
    # The shared sets are read with the built-in rules from the set's own folder, so
    # paths in the output are the same for both binaries.
    proc = subprocess.run(cmd, cwd=os.path.dirname(target), capture_output=True)
    return proc.returncode, proc.stdout


def first_difference(a, b):
    """The first file whose findings differ, for the message."""
    try:
        ja, jb = json.loads(a), json.loads(b)
    except ValueError as e:
        return f"output is not JSON: {e}", False
    fa = {f["path"]: f for f in ja.get("files", [])}
    fb = {f["path"]: f for f in jb.get("files", [])}
    for path in sorted(set(fa) | set(fb)):
        if fa.get(path) != fb.get(path):
            return f"first difference in {path}", False
    same = ja == jb
    return ("same values, different layout" if same else "difference outside files[]"), same


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--select", help="rules or families to run (default: all)")
    ap.add_argument("--layout", action="store_true", help="accept outputs equal as JSON values")
    args = ap.parse_args()
    args.before, args.after = os.path.abspath(args.before), os.path.abspath(args.after)
    shared = os.path.abspath(args.shared)
    corpus = os.path.join(ROOT, "target", "bench", f"corpus-{args.files}")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(shared, "bench", "make-corpus.py"), corpus,
                        "--files", str(args.files)], check=True)
    targets = [os.path.join(shared, s) for s in ("devset", "realset", "newsset/md", "newsset/house")]
    select = ["--select", args.select] if args.select else []
    failed = False
    for target in [*targets, corpus]:
        (ca, a), (cb, b) = run(args.before, target, select), run(args.after, target, select)
        name = os.path.relpath(target, shared) if target.startswith(shared) else os.path.relpath(target, ROOT)
        if ca == cb and a == b:
            print(f"same   {name}: {len(a):,} bytes, exit {ca}")
            continue
        why, same_values = first_difference(a, b)
        ok = same_values and args.layout and ca == cb
        failed |= not ok
        print(f"{'layout' if ok else 'DIFFER'} {name}: exit {ca} vs {cb}, {len(a):,} vs {len(b):,} bytes; {why}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
