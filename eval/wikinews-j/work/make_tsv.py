#!/usr/bin/env python3
"""Write ../selection.tsv and ../SOURCES.tsv (formats of eval/wikinews-i)."""
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
            if ". The tenth article" in reason:
                reason, tail = reason.split(". The tenth article", 1)
                tail = ". The tenth article" + tail
            reason = (f"{r['body_words']} words; " + reason +
                      f" (dateline {r['dateline']}; file dateCreated {r['dateCreated']})" + tail)
        f.write("\t".join(clean(x) for x in (f"out/news/autogum_news_doc{doc}.xml", pub, title, dec, reason)) + "\n")

COMMON = ("text: the body paragraphs are the xml file's <p> elements after the dateline, one per line, with the "
          "inline markup (<ref> links, <hi> bold and italics) removed and its text kept; runs of spaces collapsed to "
          "one and spaces at the start and end of a paragraph removed; headline (title) dropped; dateline '{dl}' moved "
          "to front-matter date (file dateCreated {dc}); links and italics lost (plain text); source_url is the "
          "file's sourceURL attribute; ")
EXTRA = {
449: "dropped: photo caption 'The crisis at the flooded Fukushima I nuclear power plant has now been designated on par with the Chernobyl disaster in 1986. Image: kawamoto takuo.'; photo caption 'File photograph of Akihito, who visited northeast Japan this week to meet survivors of the tsunami which devastated the area. Image: Shawnc.'; photo caption 'Thousands of people were left dead and many more are missing after the disaster. This image shows the flooding which devastated Sendai airport. Image: U.S. Air Force.'; pull quote 'I am physically and mentally worn out by the nuclear crisis. They [the government] have done nothing so far to help us.' with its attribution '—Yoshihisa Kato, businessman in Fukushima' (it repeats the quotation kept in the body, with a gloss added); the 'Related articles' subheading and its list of three Wikinews articles; kept as published: 'mounting anger over the  at a nuclear plant' (a link text missing in the file; the double space collapsed to one), 'have began searching', '¥1million (US$12thousand, £7.35thousand)' and '¥50billion (US$599million, £367million)' with no space before the magnitudes (the line break inside each parenthesis joined with a space), unspaced em dashes ('Scale—the same applied to the Chernobyl disaster—designating'), 'he said' after 'officials of NISA'; the dateline is two days after dateCreated",
452: "dropped: photo caption 'Concorde, a joint Anglo-French project, withdrawn from service in 2003.'; pull quote 'Nothing was allowed to disturb Air France [...] orders came from very high in the administration' with its attribution '—Michel Bourgeois, air accident investigator' (it repeats the quotation kept in the body); kept as published: '€50,900 (US$71,000.' with the parenthesis left unclosed, 'All 109 passengers and crew were on board, as well as four people in the hotel, were killed', 'told the Le Parisien', 'Continental face', 'Fenvac are representing', a hyphen used as a dash ('behind Concorde - Aérospatiale'), '3 million Euro', '[i]t', '[t]his' and '[n]othing' as published; the dateline is one day after dateCreated",
518: "dropped: photo caption 'A 2010 VW Golf TDI with \"Clean Diesel\", one of the cars affected by the scandal.Image: Mariordo Mario Roberto Duran Ortiz.'; pull quote 'the safety of the vehicles is in no way compromised' with its attribution '—Volkswagen' (it repeats the quotation kept in the body); photo caption 'File photo of Martin Winterkorn who was CEO of Volkswagen when the scandal began.Image: Volkswagen Sweden.'; kept as published: 'This lead to a public apology', 'US$18 billion dollars', 'carbon dioxide emissions problems'; the dateline is one day after dateCreated",
522: "dropped: photo caption 'Kezia Dugdale MSP, new leader of Scottish Labour. Image: Scottish Labour.'; kept as published: 'beating out', 'to try and restore', 'I am not so presumptuous to ask', spaced em dashes ('Dugdale — the youngest Scottish Labour leader at age 33, and the third woman to take the role —'), '[...]' in a quotation",
529: "title is the xml title attribute with &apos; decoded; dropped: pull quote 'I realise now that the party comes before me, and indeed, that this country comes before both' with its attribution '—Nigel Farage, UKIP leader' (it repeats the end of a quotation kept in the body); the comment box 'HAVE YOUR SAY / Did Nigel Farage make the right decision? / Add or view comments' (not a paragraph); the 'Related articles' subheading and its list of one Wikinews article; kept as published: 'produced overwhelmingly evidence', 'the Proposed referendum' capitalised, 'Farage, who has lead the party', 'enjoy meself', 'I’m' with curly apostrophes beside straight ones, 'an increase of 9.5%' for a rise in share",
530: "dropped: photo caption 'Labour leader Ed Miliband. Image: Department of Energy.'; kept as published: 'Defense secretary', 'The Labour Party have stated', 'Cameron is to call the move represents', 'a three point lead' without a hyphen, spaced em dashes",
546: "title is the xml title attribute with &apos; decoded; dropped: photo caption 'Polling day Image: Brian McNeil.'; photo caption 'File photo of Alistair Darling in 2006. Image: Antonio Cruz/ABr.'; photo caption 'File photo of Alex Salmond in 2008. Image: Scottish Government.'; kept as published: '7.00 a.m' without its last full stop, '22.00 p.m.' beside '1:30 a.m.' and '6:00 a.m.', 'an independent country?\".' and 'honoured in full.\" and that' (punctuation after the closing quotation marks), 'the silent have spoken.\" concluding', unspaced em dashes ('them—especially some within his own party—to'), the double space in 'said  \"Thank you' collapsed; the dateline is two days after dateCreated",
549: "dropped: nothing (the file has no captions, boxes or subheadings); kept as published: 'The passport offers rejected' (for officers), 'A possible solution of the problem', 'within Department of Foreign Affairs and Trade', em dashes spaced on one side only ('30 officers —with mean age 48.0, 21 of them female— in'), full stops after closing quotation marks ('against a photograph\".'), the double spaces in 'a control group of  38 students' and 'but not for matches.  The' collapsed; the dateline is two days after dateCreated",
552: "dropped: photo caption 'Robert Jenrick, the new Conservative MP for Newark. Image: altogetherfool.'; the results table (its caption 'Newark by-election results', the header 'Position / Candidate / Party / Votes / Percentage' and eleven rows, from '1 / Robert Jenrick / Conservative Party / 17,431 / 45.03%' to '11 / Lee Woods / Patriotic Socialist Party / 18 / 0.05%'); kept as published: 'don’t' with a curly apostrophe beside straight ones, 'The turnout was 38,707, 52.67% of the electorate of 73,486'",
594: "dropped: nothing (the file has no captions, boxes or subheadings); kept as published: 'Mayor of the city Hélène Mandroux, conducted', 'Vincent Autin, 40 and partner Bruno Boileau, 39', 'a note left on the altar before his death calling France to return', 'Francois Hollande' without a cedilla, the double space in 'adopt children.  Many' collapsed; the dateline is five days after dateCreated (2013-05-27)",
}
order = [449, 452, 518, 522, 529, 530, 546, 549, 552, 594]
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
