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
        what: "Paragraphs containing a direct quotation of a full sentence or more (it starts with a capital letter and runs to at least `min_words` words) where no speech verb or attribution phrase appears in the paragraph, and the paragraph before does not end with a colon introducing it.",
        why: "An unattributed quote reads as the publication's own voice, or as invented. Every quotation needs a speaker.",
        example_path: "example.md",
        example: "The mayor visited the site on Monday.\n\n\"We will rebuild the bridge before the winter floods arrive.\"\n",
        corrected: "The mayor visited the site on Monday.\n\n\"We will rebuild the bridge before the winter floods arrive,\" she said.\n",
        example_options: "",
        options: &[("min_words", "the fewest words a quotation needs to count as a full sentence (default 6)")],
        false_positives: "A quotation attributed only in the previous paragraph (a run of quotes from one speaker) is reported: repeat a short `she said`. Titles of works in quotation marks that read like sentences are reported too.",
    },
};

static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""([^"\n]+)"|“([^”\n]+)”"#).expect("quote pattern compiles"));

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

impl Rule for UnattributedQuote {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let mut previous: Option<&str> = None;
        for region in &doc.regions {
            let text = doc.text(region.span);
            let introduced = previous.is_some_and(|p| p.trim_end().ends_with(':'));
            previous = Some(text);
            if !matches!(region.kind, RegionKind::Paragraph | RegionKind::ListItem) || introduced {
                continue;
            }
            if patterns::SPEECH.is_match(text) {
                continue;
            }
            for caps in QUOTE.captures_iter(text) {
                let inner = caps.get(1).or_else(|| caps.get(2)).expect("one side matches");
                let quoted = inner.as_str().trim();
                let full_sentence =
                    quoted.starts_with(char::is_uppercase) && quoted.split_whitespace().count() >= self.min_words;
                let span = region.span.sub(caps.get(0).expect("group 0").range());
                if full_sentence && doc.is_prose(span) {
                    ctx.report(span, "this quotation has no speaker in its paragraph")
                        .help("say who is speaking: `…,\" she said.` or `according to …`");
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::AttributionUnattributedQuote as R;

    #[test]
    fn flags_a_quote_without_speaker() {
        let src = "Intro paragraph.\n\n“Nobody expected the pier to close in the middle of the season.” The owners were upset.\n";
        assert_eq!(check(R, "", "a.md", src), ["“Nobody expected the pier to close in the middle of the season.”"]);
    }

    #[test]
    fn attributed_short_or_introduced_quotes_are_clean() {
        assert!(check(R, "", "a.md", "\"We will reopen the pier next week,\" the owner said.\n").is_empty());
        assert!(check(R, "", "a.md", "Critics called it a \"bridge to nowhere\" in March.\n").is_empty());
        assert!(check(
            R,
            "",
            "a.md",
            "The owner put it plainly:\n\n\"We will reopen the pier next week for everyone.\"\n"
        )
        .is_empty());
        assert!(check(R, "", "a.md", "> \"We will reopen the pier next week for everyone.\"\n").is_empty());
        assert!(check(R, "", "a.md", "Run `echo \"We will reopen the pier next week for all\"` now.\n").is_empty());
    }
}
