//! `statistics/vague-source`: a source that names no one (`studies show`, `experts say`).

use super::source::Sources;
use super::{paragraphs, Quotations};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;
use regex::Regex;
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A source that names no one (`studies show`, `experts say`)",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Attributions that name no study, body or person: `studies show`, `experts say`, `research suggests`, `it is estimated`. A sentence that also carries a link, footnote or parenthetical citation is not flagged, nor is a direct quotation with a named speaker.",
        why: "A vague source sounds like evidence but gives the reader nothing to check; it is often a sign that the figure came from a press release or memory.",
        example_path: "example.txt",
        example: "Headline\n\nBy Jo Park· May 3, 2026\n\nStudies show that most commuters would switch to the bus.\n",
        corrected: "Headline\n\nBy Jo Park· May 3, 2026\n\nA 2025 survey by the transit agency found that most commuters would switch to the bus.\n",
        example_options: "",
        options: &[("phrases", "the vague attributions to flag; matched as whole words, any case")],
        false_positives: "A vague phrase whose source is named in the next sentence (`Studies show … The largest, by …`).",
    },
};

#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub phrases: Vec<String>,
}

const DEFAULT_PHRASES: &[&str] = &[
    "studies show",
    "studies have shown",
    "studies suggest",
    "research shows",
    "research suggests",
    "research has shown",
    "experts say",
    "experts believe",
    "experts warn",
    "experts agree",
    "scientists say",
    "analysts say",
    "economists say",
    "observers say",
    "critics say",
    "some say",
    "many believe",
    "it is estimated",
    "it is believed",
    "it has been reported",
    "reports suggest",
    "sources say",
    "surveys show",
    "statistics show",
    "data show",
    "data shows",
    "figures show",
    "according to experts",
    "according to studies",
    "according to research",
];

impl Default for Options {
    fn default() -> Self {
        Options { phrases: DEFAULT_PHRASES.iter().map(|s| s.to_string()).collect() }
    }
}

pub struct VagueSource {
    phrases: Option<Regex>,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    let words: Vec<String> = o
        .phrases
        .iter()
        .map(|p| p.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .filter(|p| !p.is_empty())
        .collect();
    let phrases = (!words.is_empty())
        .then(|| Regex::new(&format!(r"(?i)\b(?:{})\b", words.join("|"))))
        .transpose()
        .map_err(|e| format!("invalid phrase: {e}"))?;
    Ok(Runner::Rule(Box::new(VagueSource { phrases })))
}

impl Rule for VagueSource {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let Some(phrases) = &self.phrases else { return };
        for (index, sentences) in paragraphs(doc) {
            let region = doc.regions[index].span;
            let quotes = Quotations::new(doc.text(region));
            for sentence in sentences {
                let text = doc.text(sentence.span);
                if Sources::has_citation(text) {
                    continue;
                }
                for m in phrases.find_iter(text) {
                    if named_before(&text[..m.start()]) {
                        continue;
                    }
                    let span = sentence.span.sub(m.range());
                    let relative = Span::new(span.start - region.start, span.end - region.start);
                    if doc.is_prose(span) && !quotes.quotes_speaker(relative) {
                        ctx.report(span, format!("vague source: `{}` names no one", m.as_str()))
                            .help("name the study, body or person, and link to it if you can");
                    }
                }
            }
        }
    }
}

/// `the agency's data show`, `OECD data show`: the word before names whose it is.
fn named_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        [.., word] if word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") => true,
        // A capitalised word that does not open the sentence is a name.
        [_, .., word] => word.chars().next().is_some_and(char::is_uppercase),
        [_] => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::StatisticsVagueSource as R;

    const HEAD: &str = "Headline\n\nBy Jo Park· May 3, 2026\n\n";

    #[test]
    fn builtin_defaults_match_the_options() {
        let file: toml::Table = toml::from_str(include_str!("../../../rules/statistics/vague-source.toml")).unwrap();
        let o: super::Options = crate::rules::options(file["options"].as_table().unwrap().clone()).unwrap();
        assert_eq!(o.phrases, super::Options::default().phrases);
    }

    #[test]
    fn flags_vague_attributions() {
        let src = format!("{HEAD}Studies show that 40% of riders wait. Experts say the fix is cheap.\n");
        assert_eq!(check(R, "", "a.txt", &src), ["Studies show", "Experts say"]);
    }

    #[test]
    fn named_or_cited_sources_are_clean() {
        let src = format!("{HEAD}Studies by the transit agency show that 40% wait. Research shows a gap (Lee, 2024). The agency's data show a gap. Since then OECD data show more.\n\n\"Experts say it works,\" said Ana Ruiz.\n");
        assert!(check(R, "", "a.txt", &src).is_empty());
        assert!(check(R, "phrases = []", "a.txt", &format!("{HEAD}Studies show it.\n")).is_empty());
    }
}
