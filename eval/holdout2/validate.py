#!/usr/bin/env python3
"""Check holdout2/labels.json against the files: every label's text is at its line/column
and occurs once on that line; house body lines match the Markdown body lines; word counts
and read-time claims are consistent."""
import json, math, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
bad = 0
def err(m):
    global bad; bad += 1; print("ERROR", m)
for f in L["files"]:
    lines = open(os.path.join(HERE, f["file"]), encoding="utf-8").read().split("\n")
    for s in f["statistics"] + f["traps"] + f["problems"]:
        lt = lines[s["line"] - 1]
        if lt[s["column"] - 1:s["column"] - 1 + len(s["text"])] != s["text"]:
            err(f"{f['file']}:{s['line']}:{s['column']} {s['text']!r} not at its column")
        if lt.count(s["text"]) != 1:
            err(f"{f['file']}:{s['line']} {s['text']!r} occurs {lt.count(s['text'])} times")
    if f["format"] == "md-yaml":
        if lines[0] != "---" or lines[6] != "---" or lines[7] != "":
            err(f"{f['file']}: front matter shape")
        body = [l for l in lines[8:] if l]
        n = len(" ".join(body).split())
        if n != f["body_words"] or not 300 <= n <= 800:
            err(f"{f['file']}: body words {n}")
    else:
        md = open(os.path.join(HERE, f["md"]), encoding="utf-8").read().split("\n")
        mbody = md[8:-1]
        if lines[8:8 + len(mbody)] != mbody:
            err(f"{f['file']}: body lines differ from {f['md']}")
        n = len(" ".join(l for l in mbody if l).split())
        want = max(1, math.floor(n / 230 + 0.5))
        m = re.search(r"· (\d+) min read$", lines[6])
        if not m or int(m.group(1)) != want or want != f["claimed_minutes"]:
            err(f"{f['file']}: read time")
        if not mbody[0].startswith(lines[4]):
            err(f"{f['file']}: standfirst is not the first sentence")
print("checked", len(L["files"]), "files,", sum(len(f["statistics"]) for f in L["files"]), "statistic labels;", "OK" if not bad else f"{bad} errors")
sys.exit(1 if bad else 0)
