#!/usr/bin/env python3
"""Score a copydesk JSON report of a judged set's posts (eval/blogs-a, eval/blogs-b)
against the set's judged.tsv.

The posts are not labelled statistic by statistic: every finding copydesk has made on
them was read and judged (true, false or borderline) in judged.tsv. A finding matches a
judged one by file, line, rule and the start of its text. A finding nobody has judged
yet is listed as NEW: read it and add it to judged.tsv.

    copydesk check --format json --fail-on never eval/blogs-a/posts > report.json
    eval/judged.py eval/blogs-a report.json [-v]
"""
import csv
import json
import os
import sys


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if len(args) != 2:
        sys.exit("usage: judged.py SET_DIR REPORT.json [-v]")
    here = args[0]
    with open(os.path.join(here, "judged.tsv"), encoding="utf-8") as f:
        judged = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(args[1], encoding="utf-8") as f:
        report = json.load(f)
    posts = len([p for p in os.listdir(os.path.join(here, "posts")) if not p.startswith(".")])
    seen, counts = set(), {"true": 0, "false": 0, "borderline": 0, "new": 0}
    for entry in report["files"]:
        name = os.path.basename(entry["path"])
        with open(entry["path"], "rb") as f:
            source = f.read()
        for d in entry.get("diagnostics", []):
            span = d["span"]
            text = source[span["start"]:span["end"]].decode("utf-8", "replace")
            match = next(
                (
                    i
                    for i, j in enumerate(judged)
                    if j["file"] == name
                    and int(j["line"]) == span["line"]
                    and j["rule"] == d["rule"]
                    and text.startswith(j["text"])
                ),
                None,
            )
            verdict = judged[match]["judgement"] if match is not None else "new"
            if match is not None:
                seen.add(match)
            counts[verdict] += 1
            if verbose or verdict == "new":
                print(f"{verdict.upper():10} {name}:{span['line']} {d['rule']} {text[:60]!r}")
    for i, j in enumerate(judged):
        if i not in seen and j["judgement"] == "true":
            print(f"LOST       {j['file']}:{j['line']} {j['rule']} {j['text']!r} (judged true)")
    lost = sum(1 for i, j in enumerate(judged) if i not in seen and j["judgement"] == "true")
    per20 = 20 * counts["false"] / posts
    print(
        f"findings: {sum(counts.values())} on {posts} posts; judged false {counts['false']} "
        f"({per20:.1f} per 20 posts), borderline {counts['borderline']}, true {counts['true']}, "
        f"true lost {lost}, not yet judged {counts['new']}"
    )


if __name__ == "__main__":
    main()
