//! `attribution/unattributed-quote`: a paragraph that quotes a full sentence or more
//! directly, with no speech verb (`said`, `told`, `according to`…) anywhere in it and no
//! introduction ending in a colon just before it. Readers cannot tell who is speaking.

use crate::document::{Document, RegionKind};
use crate::patterns;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

pub const META: RuleMeta = RuleMeta {
    summary: "A direct quotation with no speaker in its paragraph",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Paragraphs containing a direct quotation of a full sentence or more (it starts with a capital letter and runs to at least `min_words` words) where no speech verb or attribution phrase appears in the paragraph, no speech tag stands beside a quotation (a quotation closing on a comma followed by who spoke, `\"…,\" she appealed`, or a verb just before the opening mark, `asserted \"…\"`, or a dash and a name after the closing mark, `\"…\" -- Ana Ruiz`), and neither the paragraph before nor the lead-in of its list ends with a colon introducing it.",
        why: "An unattributed quote reads as the publication's own voice, or as invented. Every quotation needs a speaker.",
        example_path: "example.md",
        example: "The mayor visited the site on Monday.\n\n\"We will rebuild the bridge before the winter floods arrive.\"\n",
        corrected: "The mayor visited the site on Monday.\n\n\"We will rebuild the bridge before the winter floods arrive,\" she said.\n",
        example_options: "",
        options: &[("min_words", "the fewest words a quotation needs to count as a full sentence (default 6)")],
        false_positives: "A quotation attributed only in the previous paragraph (a run of quotes from one speaker) is reported: repeat a short `she said`. A title of a work written in sentence case with closing punctuation is reported too. Not reported: titles (every longer word capitalised, no closing punctuation), quoted questions, attribute values (`caption=\"…\"`), link text, a quotation introduced by a colon, and a block quotation credited in the paragraph before or in a credit line after it.",
    },
};

/// A quotation in straight or curly marks. Straight marks pair up only around text that
/// starts and ends next to them: between a closing mark and the next opening one (`,"
/// Schuler said. He added "`) the text starts and ends with a space, and is no quotation.
static QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""([^"\s](?:[^"\n]*[^"\s])?)"|“([^”\n]+)”"#).expect("quote pattern compiles")
});

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_words: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { min_words: 6 }
    }
}

pub struct UnattributedQuote {
    min_words: usize,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(UnattributedQuote { min_words: o.min_words })))
}

/// Speech verbs the shared list leaves out, which name a speaker only here.
static MORE_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:observed|observes|commented|comments|went on to (?:add|say|comment|note|write|explain|warn)|pointed out|responded|testified|recounted|(?:reads|read)\s+(?:[\w'’.-]+\s+){0,3}?(?:statement|letter|ruling|opinion|judgment|order|decision|note|sign|post|message|filing|email|notice|release)|(?:statement|letter|ruling|opinion|judgment|order|decision|note|sign|post|message|filing|email|notice|release)\s+(?:reads|read)\b)")
        .expect("speech pattern compiles")
});

fn names_a_speaker(text: &str) -> bool {
    patterns::SPEECH.is_match(text) || MORE_SPEECH.is_match(text)
}

/// A title of a talk, work or report: every longer word capitalised and no closing
/// punctuation (`"Ten Years of Cycle Lanes on the River Road"`).
fn is_title(quoted: &str) -> bool {
    let long: Vec<&str> =
        quoted.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).collect();
    !quoted.ends_with(['.', '!', ',', ';', ':', '…'])
        && !long.is_empty()
        && long.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Quoted text that is not someone's words: a title, a question put (`asked "Should …?"`),
/// an attribute value (`caption="…"`), the text or title of a link, or a quotation
/// introduced by a colon in its own sentence (`… commented on the gap: "…"`).
fn not_a_speakers_words(text: &str, open: usize, close: usize, quoted: &str) -> bool {
    let before = text[..open].trim_end();
    let after = &text[close..];
    // A link's title (`[…](url "Editing app limits")`): its line holds a `](` not closed.
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let link_title = line.rfind("](").is_some_and(|at| !line[at..].contains(')'));
    is_title(quoted)
        || quoted.ends_with('?')
        || before.ends_with('=')
        || before.ends_with(':')
        || (before.ends_with('[') && after.starts_with(']'))
        || link_title
}

/// A block quotation is credited by the paragraph that introduces it, or by a credit line
/// (`– USCG dispatcher, CNN`) right after it.
fn credited_around(doc: &Document, index: usize) -> bool {
    let before = index.checked_sub(1).map(|i| doc.text(doc.regions[i].span));
    let after = doc.regions.get(index + 1).map(|r| doc.text(r.span).trim_start_matches(['>', ' ']));
    before.is_some_and(names_a_speaker)
        || after.is_some_and(|t| t.starts_with(['–', '—', '-', '―']) || names_a_speaker(t))
}

impl Rule for UnattributedQuote {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        // The paragraph before ends on a colon, or a list's lead-in does: it introduces
        // every item (`The data request was:` and the items quoted from it).
        let (mut after_colon, mut led_list) = (false, false);
        // A quotation left open at a paragraph's end whose speaker is named: a long
        // quotation reopens its marks in the next paragraph with the same speaker.
        let mut open_with_speaker = false;
        for (index, region) in doc.regions.iter().enumerate() {
            let text = doc.text(region.span);
            let kind = region.kind;
            let item = kind == RegionKind::ListItem;
            let introduced = after_colon || (led_list && item);
            led_list = item && introduced;
            // A speaker named at the end of the paragraph before, on a colon or the
            // semicolon some write for one (`As the vice president puts it;`).
            let end = text.trim_end();
            after_colon = end.ends_with(':') || (end.ends_with(';') && names_a_speaker(end));
            let continued = open_with_speaker && text.trim_start().starts_with(['"', '“']);
            // Speech words inside the quotation are the speaker's, and name no one.
            let outside = QUOTE.replace_all(text, "");
            let speaker = names_a_speaker(&outside) || continued || has_a_tag(text);
            open_with_speaker = speaker && leaves_quote_open(text);
            if !matches!(kind, RegionKind::Paragraph | RegionKind::ListItem | RegionKind::BlockQuote) || introduced {
                continue;
            }
            if speaker || (kind == RegionKind::BlockQuote && credited_around(doc, index)) {
                continue;
            }
            for caps in QUOTE.captures_iter(text) {
                let whole = caps.get(0).expect("group 0");
                let inner = caps.get(1).or_else(|| caps.get(2)).expect("one side matches");
                let quoted = inner.as_str().trim();
                let full_sentence =
                    quoted.starts_with(char::is_uppercase) && quoted.split_whitespace().count() >= self.min_words;
                let span = region.span.sub(whole.range());
                if full_sentence
                    && !not_a_speakers_words(text, whole.start(), whole.end(), quoted)
                    && doc.is_prose(span)
                {
                    ctx.report(span, "this quotation has no speaker in its paragraph")
                        .help("say who is speaking: `…,\" she said.` or `according to …`");
                    break;
                }
            }
        }
    }
}

/// Whether a quotation in `text` has a speech tag beside it (`"…," she appealed`).
fn has_a_tag(text: &str) -> bool {
    QUOTE.find_iter(text).any(|m| super::tag::tagged(text, m.start(), m.end()))
}

/// Whether `text` ends inside a quotation: an odd number of straight quotes, or a last
/// opening curly quote with no closing one after it.
fn leaves_quote_open(text: &str) -> bool {
    let straight = text.matches('"').count() % 2 == 1;
    let curly = text.rfind('“').is_some_and(|open| !text[open..].contains('”'));
    straight || curly
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, messages};
    use crate::rules::RuleId::AttributionUnattributedQuote as R;

    #[test]
    fn flags_a_quote_without_speaker() {
        let src = "Intro paragraph.\n\n“Nobody expected the pier to close in the middle of the season.” The owners were upset.\n";
        assert_eq!(check(R, "", "a.md", src), ["“Nobody expected the pier to close in the middle of the season.”"]);
    }

    #[test]
    fn a_long_quotation_keeps_its_speaker_across_paragraphs() {
        let src = "The judge said: \"These were not abstract sums. They were donations from neighbours.\n\n\"The people of this valley trusted you, and you treated it as your own account.\"\n";
        assert_eq!(check(R, "", "a.md", src), Vec::<String>::new());
        let closed = "The judge said: \"These were not abstract sums.\"\n\n\"The people of this valley trusted you, and you treated it as your own account.\"\n";
        assert_eq!(check(R, "", "a.md", closed).len(), 1, "a quotation closed in the paragraph before does not carry");
    }

    #[test]
    fn a_speakerless_block_quotation_is_one() {
        let src = "The forum ended late.\n\n> \"Nobody on the council can justify stopping the trams at eleven.\"\n";
        assert_eq!(check(R, "", "a.md", src), ["\"Nobody on the council can justify stopping the trams at eleven.\""]);
        assert_eq!(messages(R, "", "a.md", src), ["this quotation has no speaker in its paragraph"]);
        let src = "The forum ended.\n\n\"Nobody has ever explained why the trams stop at eleven.\"\n";
        assert_eq!(check(R, "", "a.md", src).len(), 1, "a speech verb inside the quotation names no one");
    }

    #[test]
    fn a_lead_in_ending_on_a_colon_introduces_every_item_of_its_list() {
        let src = "The notice listed what the tenants must do:\n\n\
                   1. \"Remove every bicycle and pram from the stairwells before the inspection.\"\n\
                   1. \"Leave the meter cupboards unlocked for the whole of the following week.\"\n\n\
                   \"Nobody told us the inspectors were coming until the morning they arrived.\"\n";
        assert_eq!(
            check(R, "", "a.md", src),
            ["\"Nobody told us the inspectors were coming until the morning they arrived.\""],
            "the paragraph after the list is not introduced"
        );
    }

    #[test]
    fn a_document_that_reads_speaks_its_quotation() {
        let src = "The group's mission statement reads, in part, \"We stand together for every tenant in the city.\"\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "She reads slowly. \"We stand together for every tenant in the city, whatever happens.\"\n";
        assert_eq!(check(R, "", "a.md", src).len(), 1, "a person reading names no speaker of the words");
    }

    #[test]
    fn a_speaker_named_before_a_semicolon_introduces_the_next_paragraph() {
        let src = "As the harbour master puts it;\n\n“Nobody can moor a trawler here until the dredging is done.”\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "The harbour stayed shut all week;\n\n“Nobody can moor a trawler here until the dredging is done.”\n";
        assert_eq!(check(R, "", "a.md", src).len(), 1, "a semicolon without a speaker introduces nothing");
    }

    #[test]
    fn titles_questions_attributes_and_link_text_are_not_quotations() {
        let src = "Talks:\n\n- \"Why the Last Bus Leaves Before the Last Shift Ends\" (main hall)\n\n\
                   Slides are at [“What Riders Told Us About the Night Network”](https://x.example/s).\n\n\
                   The panel began with \"Should the city pay for a night ferry out of parking money?\" and ran late.\n\n\
                   {{< figure caption=\"Delegates queue for the morning session in the hall\" >}}\n\n\
                   Tolles commented on the gap: \"Before I ran I looked at the makeup of the party.\"\n\n\
                   [^1]: \"The Night Network Review for the Year Ending in March\", a report.\n\n\
                   See ![A tram at dusk](/img/tram.jpg \"Riders wait for the last tram of the night at Union Square.\").\n";
        assert!(check(R, "", "a.md", src).is_empty(), "{:?}", check(R, "", "a.md", src));
        // A sentence in title case still ends like one.
        let src = "The forum ended.\n\n\"Nobody On The Council Can Justify Stopping The Trams.\"\n";
        assert_eq!(check(R, "", "a.md", src).len(), 1);
        let src = "Yett observed, \"I have seen mass mobilisation campaigns before, but not like this.\"\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "\"The old rule may once have made sense in its day,\" reads the court's written ruling.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        // Reading aloud is not a document speaking.
        let src = "\"The old rule may once have made sense in its day,\" he reads slowly to the class.\n";
        assert_eq!(check(R, "", "a.md", src).len(), 1);
    }

    #[test]
    fn straight_marks_pair_around_the_quoted_words_not_across_the_gap_between_quotations() {
        // A curly opening closed by a straight mark leaves a gap that looks quoted.
        let src = "“We still back the campaign, whatever its flaws,\" Orla Neeve said. Neeve added that the next step is \"writing to every member of the assembly.\"\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "The vote was close.\n\n\"Nobody in this chamber can defend the cuts to the night buses.\"\n";
        assert_eq!(check(R, "", "a.md", src), ["\"Nobody in this chamber can defend the cuts to the night buses.\""]);
    }

    #[test]
    fn a_tag_beside_the_quotation_names_its_speaker_whatever_the_verb() {
        let src = "The forum ended.\n\n\"Nobody can explain why the last tram leaves at eleven,\" one rider in the hall complained.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let src = "Marchers filled the bridge chanting \"We will not leave until the depot reopens.\"\n";
        assert!(check(R, "", "a.md", src).is_empty());
        // A comma with no tag after it, and a full stop, leave the quotation speakerless.
        let src = "The forum ended.\n\n\"Nobody can explain why the last tram leaves at eleven,\" the hall was quiet.\n";
        assert_eq!(check(R, "", "a.md", src), ["\"Nobody can explain why the last tram leaves at eleven,\""]);
        let src = "The forum ended.\n\n\"Nobody can explain why the last tram leaves at eleven.\" Riders complained.\n";
        assert_eq!(check(R, "", "a.md", src), ["\"Nobody can explain why the last tram leaves at eleven.\""]);
    }

    #[test]
    fn attributed_short_or_introduced_quotes_are_clean() {
        assert!(check(R, "", "a.md", "\"We will reopen the pier next week,\" the owner said.\n").is_empty());
        assert!(check(R, "", "a.md", "Critics called it a \"bridge to nowhere\" in March.\n").is_empty());
        let statement = "The charity issued a statement saying, \"Nothing in the claims matches what our staff saw there.\"\n";
        assert!(check(R, "", "a.md", statement).is_empty());
        assert!(check(
            R,
            "",
            "a.md",
            "The owner put it plainly:\n\n\"We will reopen the pier next week for everyone.\"\n"
        )
        .is_empty());
        let quote = "> \"We will reopen the pier next week for everyone.\"\n";
        assert!(check(R, "", "a.md", &format!("The owner said as much.\n\n{quote}")).is_empty());
        assert!(check(R, "", "a.md", &format!("{quote}\n> – the owner, on radio\n")).is_empty());
        assert!(check(R, "", "a.md", "Run `echo \"We will reopen the pier next week for all\"` now.\n").is_empty());
    }
}
