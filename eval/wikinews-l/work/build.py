#!/usr/bin/env python3
"""Build md/ and house/ drafts of wikinews-l from the hand-copied paragraphs in work/src/.
Spaces are collapsed, layout follows newsset / wikinews-i; house = every third file."""
import os, re, sys, datetime, json
sys.path.insert(0, os.path.dirname(__file__))
from slug import slug

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = [649, 655, 656]
HOUSE = {1, 4, 7, 10}
MONTHS = ["January","February","March","April","May","June","July","August",
          "September","October","November","December"]

def read_src(doc):
    txt = open(os.path.join(HERE, "src", f"doc{doc}.txt"), encoding="utf-8").read()
    head, body = txt.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(": ", 1)
        meta[k] = v
    paras = [re.sub(r"\s+", " ", p).strip() for p in body.strip("\n").split("\n\n")]
    assert all(paras), doc
    return meta, paras

def parse_dateline(s):
    wd, rest = s.split(", ", 1)
    d = datetime.datetime.strptime(rest, "%B %d, %Y").date()
    assert d.strftime("%A") == wd, (s, d.strftime("%A"))
    return d

def words(paras):
    return sum(len([t for t in p.split() if t != ">"]) for p in paras)

def minutes(n):
    return max(1, int(n / 230 + 0.5))

def main():
    os.makedirs(os.path.join(ROOT, "md"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "house"), exist_ok=True)
    info = []
    for i, doc in enumerate(ORDER, 1):
        meta, paras = read_src(doc)
        d = parse_dateline(meta["dateline"])
        name = f"{i:02d}-{slug(meta['title'])}"
        title = meta["title"]
        assert '"' not in title
        md = ["---", f'title: "{title}"', f"date: {d.isoformat()}",
              'author: "Wikinews contributors"', f'source_url: "{meta["source_url"]}"',
              'license: "CC BY 2.5"', "---", ""]
        for k, p in enumerate(paras):
            if k: md.append("")
            md.append(p)
        open(os.path.join(ROOT, "md", name + ".md"), "w", encoding="utf-8").write("\n".join(md) + "\n")
        w = words(paras)
        rec = dict(n=i, doc=doc, file=f"md/{name}.md", title=title, date=d.isoformat(),
                   dateline=meta["dateline"], dateCreated=meta["dateCreated"],
                   source_url=meta["source_url"], body_words=w, paragraphs=len(paras))
        if i in HOUSE:
            sf = meta["standfirst"]
            assert paras[0].startswith(sf), doc
            byline = f"Wikinews\u00b7 {MONTHS[d.month-1]} {d.day}, {d.year}\u00b7 {minutes(w)} min read"
            h = [meta["category"], "", title, "", sf, "", byline, ""]
            for k, p in enumerate(paras):
                if k: h.append("")
                h.append(p)
            h += ["", "These details were first reported by Wikinews, under the Creative Commons "
                  "Attribution 2.5 licence: " + meta["source_url"], "",
                  "This is an original report by Wikinews contributors. Source reporting: Wikinews."]
            open(os.path.join(ROOT, "house", name + ".txt"), "w", encoding="utf-8").write("\n".join(h) + "\n")
            rec.update(house=f"house/{name}.txt", category=meta["category"],
                       standfirst=sf, claimed_minutes=minutes(w))
        info.append(rec)
    json.dump(info, open(os.path.join(HERE, "build_info.json"), "w"), indent=1, ensure_ascii=False)
    for r in info:
        print(r["n"], r["doc"], r["date"], r["body_words"], r.get("claimed_minutes",""), r["file"])

if __name__ == "__main__":
    main()
