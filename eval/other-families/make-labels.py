import json
P, T = "problems", "traps"
spec = {
 "md/01-anchors-and-fragments.md": ("md-yaml", [
   (P, "hashtags", 6, "#Harbour City", "front matter tag with a space: only #Harbour would link"),
   (P, "hashtags", 18, "#HarbourFerry#LateBoat", "two tags run together with no space"),
   (T, "hashtags", 12, "{#late-stops}", "Markdown heading attribute (anchor id), not a hashtag"),
   (T, "hashtags", 14, "#winter-2026", "URL fragment inside a link target"),
   (T, "hashtags", 14, "#north-pier", "URL fragment of a bare URL"),
   (T, "hashtags", 16, "{#rider-survey .wide}", "heading attribute block with an id and a class"),
 ]),
 "md/02-update-notes.md": ("md-yaml", [
   (T, "dates", 13, "March 12, 2026", "update note: dated after publication by nature"),
   (T, "dates", 15, "March 15, 2026", "'Updated on DATE:' note, after publication by nature"),
   (T, "dates", 17, "March 13, 2026", "correction note, after publication by nature"),
 ]),
 "md/03-updated-before.md": ("md-yaml", [
   (P, "dates", 13, "February 2, 2026", "update note dated before the publication date (2026-02-10)"),
 ]),
 "md/04-year-context.md": ("md-yaml", [
   (T, "dates", 11, "Wednesday, November 6", "read in the sentence's year (In 2019): a Wednesday, in the past"),
   (T, "dates", 13, "18 April 2026", "day-month-year inside a direct quotation: the speaker's style"),
 ]),
 "md/05-mixed-style.md": ("md-yaml", [
   (P, "dates", 11, "2026-06-12", "ISO date in prose among month-day-year dates"),
 ]),
 "md/06-quoted-titles.md": ("md-yaml", [
   (P, "attribution", 25, "\"Nobody on the council has ever explained why the trams stop at eleven on a Friday.\"", "blockquote quotation with no speaker anywhere"),
   (T, "attribution", 13, "\"Why the Last Bus Leaves Before the Last Shift Ends\"", "talk title in a list item"),
   (T, "attribution", 14, "\"Ten Years of Cycle Lanes on the River Road\"", "talk title in a list item"),
   (T, "attribution", 15, "\"A Ferry Service That Runs When People Need It\"", "talk title in a list item"),
   (T, "attribution", 17, "“What Riders Told Us About the Night Network”", "title as link text"),
   (T, "attribution", 19, "\"Should the city pay for a night ferry out of the parking budget?\"", "a quoted question put by the audience, not a quotation of a speaker"),
   (T, "attribution", 21, "\"Delegates queue for the morning session in the main hall\"", "shortcode attribute value"),
   (T, "attribution", 23, "\"Four panellists sit at a long table in front of a large screen\"", "HTML attribute value"),
   (T, "attribution", 27, "\"The Night Network Review for the Year Ending in March\"", "report title in a footnote definition"),
 ]),
 "md/07-house-footer.md": ("md-yaml", [
   (P, "attribution", 12, "This is an original analysis by the Harbour Desk editorial team.", "house footer without a Source reporting line and no source field"),
 ]),
 "md/08-clean-control.md": ("md-yaml", [
   (T, "hashtags", 12, "{#trial}", "heading attribute"),
   (T, "hashtags", 14, "#monday-start", "URL fragment"),
 ]),
 "house/09-numbered-body.txt": ("house", [
   (P, "hashtags", 21, "#night noise", "tag with a space in the hashtag line"),
   (T, "hashtags", 11, "#1", "body paragraph opening with a rank, not the hashtag line"),
   (T, "hashtags", 13, "## What the council will do", "a heading line in the body, not hashtags"),
 ]),
 "house/10-updated-stamp.txt": ("house", [
   (P, "dates", 13, "March 4, 2026", "update stamp dated before the byline date (March 10, 2026)"),
   (T, "dates", 15, "March 11, 2026", "correction note, after publication by nature"),
 ]),
 "house/11-garbled-byline.txt": ("house", [
   (P, "dates", 7, "Mya 3, 2026", "byline date misspelt: the publication date cannot be read"),
   (P, "read-time", 7, "2 min rd", "read-time claim misspelt: the claim cannot be read"),
 ]),
 "md/14-speech-tags.md": ("md-yaml", [
   (P, "attribution", 19, "\"Nobody has told us whether the market will survive the winter months at all.\"", "a quotation with no speaker in its paragraph"),
   (T, "attribution", 11, "\"We waited a long time for this and the stalls sold out within an hour,\"", "a quotation closing on a comma, with its tag after it (one trader ... recalled)"),
   (T, "attribution", 13, "\"Keep the quay open every Friday night of the year.\"", "a chant introduced by the verb just before it"),
   (T, "attribution", 15, "\"The council should have brought it back much sooner than this.\"", "introduced by the verb just before the opening mark (asserted)"),
   (T, "attribution", 17, "\" Ines Alvar said. Alvar added that the next step is \"", "the gap between two quotations (a curly opening closed by a straight mark), not a quotation"),
 ]),
 "md/15-relative-years.md": ("md-yaml", [
   (P, "dates", 15, "February 18", "told in the past tense, dated after publication (2026-02-10) with no year context"),
   (T, "dates", 11, "January 26", "'last year' right after the date: January 26, 2025"),
   (T, "dates", 11, "February 12", "'last year' earlier in the sentence: February 12, 2025, before publication"),
   (T, "dates", 13, "February 14", "future in the past ('would reopen'), not an event told as done"),
 ]),
 "md/16-year-less-past-dates.md": ("md-yaml", [
   (T, "dates", 11, "May 26", "year-less and told in the past, ten weeks after publication (2026-03-17): last May's grounding"),
   (T, "dates", 13, "April 28", "year-less and told in the past, six weeks after publication: last April's survey"),
   (P, "dates", 15, "March 24", "told in the past tense a week after publication (2026-03-17): the date or the tense is wrong"),
   (T, "dates", 17, "April 30", "a future date in the future tense"),
 ]),
 "txt/12-plain-prose.txt": ("plain", [
   (T, "attribution", 7, "Visitors will be able to climb", "plain prose outside the house template: no source-line finding"),
 ]),
 "txt/13-plain-prose-dated.txt": ("plain", [
   (T, "attribution", 7, "The operator said the switch", "plain prose outside the house template: no source-line finding"),
 ]),
}
files = []
for name, (fmt, items) in spec.items():
    lines = open(name, encoding="utf-8").read().split("\n")
    e = {"file": name, "format": fmt, "statistics": [], "problems": [], "traps": []}
    for kind, fam, line, text, note in items:
        col = lines[line - 1].find(text)
        assert col >= 0, (name, line, text)
        e[kind].append({"family": fam, "line": line, "column": col + 1, "text": text, "note": note})
    files.append(e)
json.dump({"corpus": "other-families: own drafts for issue 11, 'The other families on real copy'",
           "files": files}, open("labels.json", "w"), indent=1, ensure_ascii=False)
