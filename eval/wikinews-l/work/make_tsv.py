#!/usr/bin/env python3
"""Write ../selection.tsv and ../SOURCES.tsv (formats of eval/wikinews-k)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from selection_rows import ROWS
REPO, COMMIT = "gucorpling/amalgum", "49e8fadc06485f75520544d8294713518ffc409b"
info = {r["doc"]: r for r in json.load(open(os.path.join(HERE, "build_info.json"), encoding="utf-8"))}

def clean(s):
    assert "\t" not in s and "\n" not in s
    return s

with open(os.path.join(ROOT, "selection.tsv"), "w", encoding="utf-8") as f:
    f.write("source_file\tpublished\ttitle\tdecision\treason\n")
    for doc, pub, title, dec, reason in ROWS:
        if dec == "selected":
            r = info[doc]
            assert r["date"] == pub and r["title"] == title, doc
            dec = "selected: " + r["file"]
            tail = ""
            if ". Screening stopped here" in reason:
                reason, tail = reason.split(". Screening stopped here", 1)
                tail = ". Screening stopped here" + tail
            reason = (f"{r['body_words']} words; " + reason +
                      f" (dateline {r['dateline']}; file dateCreated {r['dateCreated']})" + tail)
        f.write("\t".join(clean(x) for x in (f"out/news/autogum_news_doc{doc}.xml", pub, title, dec, reason)) + "\n")

COMMON = ("text: the body paragraphs are the xml file's <p> elements after the dateline, one per line, with the "
          "inline markup (<ref> links, <hi> bold and italics) removed and its text kept; runs of spaces collapsed to "
          "one and spaces at the start and end of a paragraph removed; headline (title) dropped; dateline '{dl}' moved "
          "to front-matter date (file dateCreated {dc}); links and italics lost (plain text); source_url is the "
          "file's sourceURL attribute; ")
EXTRA = {
649: "dropped: photo caption \"An unofficial icon for group SHA1, SHA2, SHA3 family. Image: Krauss.\"; the entity '&amp;' written '&' ('Centrum Wiskunde & Informatica'); kept as published: 'SHA1 computations' (beside 'SHA-1' elsewhere), 'with identical SHA-1 hash', 'the cryptoanalysis', 'PGP/GPG' (two links joined by the slash)",
655: "dropped: photo captions \"The main march in Washington D.C. drew over half a million people.Image: Ted Eytan (Flickr).\" and \"Protestors at the march with signs.Image: Mark Dixon (Flickr).\"; kept as published: 'solidarity[...]', 'told the Washington Post', 'antiabortion activist', double spaces between sentences collapsed to one",
656: "dropped: photo captions \"The Capitol Building, home to the Senate.Image: Scrumshus.\" and \"Donald Trump (left) and Mike Pence together, from file.Image: Gage Skidmore.\"; kept as published: 'could ready by late February' (a verb missing), 'about $32,820' (the link '$' joined to the figure as the file has it), 'the senate's 100 votes', double spaces between sentences collapsed to one",
}
order = [649, 655, 656]
with open(os.path.join(ROOT, "SOURCES.tsv"), "w", encoding="utf-8") as f:
    f.write("file\trepo\tpath\tcommit\tsource_url\ttitle\tpublished\tlicense\tchanges\n")
    for doc in order:
        r = info[doc]
        path = f"out/news/autogum_news_doc{doc}.xml"
        ch = COMMON.format(dl=r["dateline"], dc=r["dateCreated"]) + EXTRA[doc]
        f.write("\t".join(clean(x) for x in (r["file"], REPO, path, COMMIT, r["source_url"], r["title"], r["date"], "CC BY 2.5 (Wikinews)", ch)) + "\n")
        if "house" in r:
            ch = (f"house plain-text version of {r['file']}: category ({r['category']}), headline, standfirst (the first "
                  f"sentence), byline ({r['claimed_minutes']} min read for {r['body_words']} body words), body, attribution line, footer added")
            f.write("\t".join(clean(x) for x in (r["house"], REPO, path, COMMIT, r["source_url"], r["title"], r["date"], "CC BY 2.5 (Wikinews)", ch)) + "\n")
print("written")
