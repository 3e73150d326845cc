#!/usr/bin/env python3
"""Write ../labels.json from labels_spec.py and build_info.json (run build.py first)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from labels_spec import STATS, TRAPS, PROBLEMS

info = json.load(open(os.path.join(HERE, "build_info.json"), encoding="utf-8"))
PREFIX = "standfirst repeats the first sentence (line 9): "

def col(lines, line, text):
    s = lines[line - 1]
    assert s.count(text) == 1, (line, text, s.count(text))
    return s.index(text) + 1

def entries(lines, spec, kind):
    out = []
    for t in spec:
        if kind == "stat":
            line, text, k, st, note = t
            out.append(dict(line=line, column=col(lines, line, text), text=text, kind=k, status=st, note=note))
        else:
            line, text, fam, note = t
            out.append(dict(family=fam, line=line, column=col(lines, line, text), text=text, note=note))
    return sorted(out, key=lambda e: (e["line"], e["column"]))

def standfirst_copies(items, sf):
    out = []
    for e in items:
        if e["line"] == 9 and e["column"] - 1 + len(e["text"]) <= len(sf):
            c = dict(e); c["line"] = 5; c["note"] = PREFIX + e["note"]; out.append(c)
    return out

files_md, files_house, counts = [], [], {"unsourced": 0, "sourced": 0, "record": 0, "sourced_elsewhere": 0}
for r in info:
    n = r["n"]
    lines = open(os.path.join(ROOT, r["file"]), encoding="utf-8").read().split("\n")
    stats = entries(lines, STATS.get(n, []), "stat")
    traps = entries(lines, TRAPS.get(n, []), "trap")
    probs = entries(lines, PROBLEMS.get(n, []), "trap")
    for s in stats: counts[s["status"]] += 1
    files_md.append(dict(file=r["file"], format="md-yaml", title=r["title"], date=r["date"],
                         source_url=r["source_url"], body_words=r["body_words"], claimed_minutes=None,
                         statistics=stats, problems=probs, traps=traps))
    if "house" in r:
        hl = open(os.path.join(ROOT, r["house"]), encoding="utf-8").read().split("\n")
        sf = r["standfirst"]
        assert hl[4] == sf
        def h(items):
            allv = standfirst_copies(items, sf) + [dict(e) for e in items]
            for e in allv:
                assert hl[e["line"] - 1][e["column"] - 1:].startswith(e["text"]), e
            return sorted(allv, key=lambda e: (e["line"], e["column"]))
        files_house.append(dict(file=r["house"], format="house", md=r["file"], title=r["title"],
                                date=r["date"], source_url=r["source_url"], body_words=r["body_words"],
                                claimed_minutes=r["claimed_minutes"], statistics=h(stats),
                                problems=h(probs), traps=h(traps)))

doc = {
 "corpus": "wikinews-l: 3 Wikinews articles (2017) from the AMALGUM corpus as Markdown CMS drafts, 1 of them also as a house plain-text draft; continues eval/wikinews-k",
 "license": "article text CC BY 2.5, Wikinews contributors; see README.md and SOURCES.tsv",
 "conventions": "/work/shared/newsset/README.md, section \"Labelling conventions\"; README.md of this set, section \"Labelling conventions\"",
 "statuses": {
  "sourced": "attribution in its own sentence or the one before",
  "sourced_elsewhere": "attributed further away, or the article's subject document",
  "record": "the figure is itself the reported event or a fact of public record",
  "unsourced": "no source: a careful copy editor would ask for one"
 },
 "md_statistics_by_status": counts,
 "files": files_md + files_house,
}
json.dump(doc, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open(os.path.join(ROOT, "labels.json"), "a", encoding="utf-8").write("\n")
print(counts, sum(counts.values()))
for f in doc["files"]:
    print(f["file"], len(f["statistics"]), len(f["traps"]), len(f["problems"]))
