#!/usr/bin/env python3
"""Validate a Wikinews set in wikinews-h's to -l's layout (usage: validate_wikinews.py SET_DIR):
labels.json is valid JSON; every statistic, trap and problem text occurs
exactly once on its line at its (1-based, character) column; totals, statuses, kinds; body words,
read times, front matter, house layout and house labels = md labels + line-5 copies."""
import json, os, re, sys, csv, datetime
if len(sys.argv) != 2:
    sys.exit("usage: validate_wikinews.py SET_DIR")
ROOT = os.path.abspath(sys.argv[1])
KINDS = {"percentage","money","count","amount","ratio","multiplier","fraction","ranking"}
STATUSES = {"sourced","sourced_elsewhere","record","unsourced"}
errors = []
def err(*a): errors.append(" ".join(map(str, a)))

doc = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))  # raises if invalid
def read(p): return open(os.path.join(ROOT, p), encoding="utf-8").read()

def check_items(path, lines, items, stat):
    for e in items:
        ln, c, t = e["line"], e["column"], e["text"]
        s = lines[ln - 1]
        if s[c - 1:c - 1 + len(t)] != t: err(path, "text not at column", ln, c, t)
        if s.count(t) != 1: err(path, "text not once on line", ln, t, s.count(t))
        if s.lower().count(t.lower()) != 1: err(path, "text not once ignoring case", ln, t)
        if stat:
            if e["kind"] not in KINDS: err(path, "kind", e["kind"])
            if e["status"] not in STATUSES: err(path, "status", e["status"])
            if set(e) != {"line","column","text","kind","status","note"}: err(path, "keys", e.keys())
        elif set(e) != {"family","line","column","text","note"}: err(path, "keys", e.keys())

def body_words(text):
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return len([t for t in body.split() if t != ">"])

totals = {s: 0 for s in STATUSES}; nstat = 0
md = {}
for f in doc["files"]:
    text = read(f["file"]); lines = text.split("\n")
    check_items(f["file"], lines, f["statistics"], True)
    check_items(f["file"], lines, f["traps"], False)
    check_items(f["file"], lines, f["problems"], False)
    if f["format"] == "md-yaml":
        md[f["file"]] = f
        for s in f["statistics"]: totals[s["status"]] += 1; nstat += 1
        fm = lines[:8]
        exp = ["---", f'title: "{f["title"]}"', f"date: {f['date']}", 'author: "Wikinews contributors"',
               f'source_url: "{f["source_url"]}"', 'license: "CC BY 2.5"', "---", ""]
        if fm != exp: err(f["file"], "front matter", fm)
        if body_words(text) != f["body_words"]: err(f["file"], "body_words", body_words(text), f["body_words"])
        if f["claimed_minutes"] is not None: err(f["file"], "claimed_minutes")
        body = lines[8:]
        if not text.endswith("\n") or text.endswith("\n\n"): err(f["file"], "file end")
        for i, l in enumerate(body[:-1]):
            if (i % 2 == 0) != bool(l): err(f["file"], "layout line", 9 + i)
        if not (250 <= f["body_words"] <= 1200): err(f["file"], "words out of range")
for f in doc["files"]:
    if f["format"] != "house": continue
    m = md[f["md"]]; ml = read(m["file"]).split("\n"); hl = read(f["file"]).split("\n")
    nb = len(ml) - 1 - 8
    if hl[8:8 + nb] != ml[8:8 + nb]: err(f["file"], "body differs from md")
    if hl[2] != m["title"]: err(f["file"], "headline")
    if not ml[8].startswith(hl[4]): err(f["file"], "standfirst not a prefix of line 9")
    d = datetime.date.fromisoformat(m["date"])
    mins = max(1, int(m["body_words"] / 230 + 0.5))
    if hl[6] != f"Wikinews\u00b7 {d.strftime('%B')} {d.day}, {d.year}\u00b7 {mins} min read": err(f["file"], "byline", hl[6])
    if f["claimed_minutes"] != mins or f["body_words"] != m["body_words"]: err(f["file"], "words/minutes")
    tail = hl[8 + nb:]
    exp_tail = ["", "These details were first reported by Wikinews, under the Creative Commons Attribution 2.5 licence: " + m["source_url"], "", "This is an original report by Wikinews contributors. Source reporting: Wikinews.", ""]
    if tail != exp_tail: err(f["file"], "tail", tail)
    for key in ("statistics", "traps", "problems"):
        hs = [e for e in f[key] if e["line"] != 5]
        strip = lambda e: {k: v for k, v in e.items()}
        if hs != m[key]: err(f["file"], key, "differ from md")
        for e in f[key]:
            if e["line"] == 5:
                src = [x for x in m[key] if x["line"] == 9 and x["text"] == e["text"] and x["column"] == e["column"]]
                if not src: err(f["file"], "line-5 copy without source", e["text"])
        sf = hl[4]
        for x in m[key]:
            if x["line"] == 9 and x["column"] - 1 + len(x["text"]) <= len(sf):
                if not any(e["line"] == 5 and e["text"] == x["text"] for e in f[key]): err(f["file"], "missing line-5 copy", x["text"])
if totals != doc["md_statistics_by_status"]: err("header totals", totals, doc["md_statistics_by_status"])
# SOURCES.tsv and selection.tsv parse, and agree with the files
src = list(csv.DictReader(open(os.path.join(ROOT, "SOURCES.tsv"), newline="", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
files = [f["file"] for f in doc["files"]]
if sorted(r["file"] for r in src) != sorted(files): err("SOURCES.tsv files")
for r in src:
    f = next(x for x in doc["files"] if x["file"] == r["file"])
    if (r["title"], r["published"], r["source_url"]) != (f["title"], f["date"], f["source_url"]): err("SOURCES.tsv row", r["file"])
sel = list(csv.DictReader(open(os.path.join(ROOT, "selection.tsv"), newline="", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
chosen = [r for r in sel if r["decision"].startswith("selected")]
if sorted(r["decision"].split(": ", 1)[1] for r in chosen) != sorted(x for x in files if x.startswith("md/")): err("selection.tsv selected rows")
nums = [int(re.search(r"doc(\d+)", r["source_file"]).group(1)) for r in sel]
if nums != list(range(nums[0], nums[-1] + 1)): err("selection.tsv not consecutive")
print("statistics:", nstat, totals)
print("selection rows:", len(sel), "selected:", len(chosen), "range doc%d-doc%d" % (nums[0], nums[-1]))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
