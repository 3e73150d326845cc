//! `read-time/mismatch`: the claimed reading time disagrees with the words counted.
//! The tolerance is the wider of `tolerance_minutes` and `tolerance_percent` of the exact
//! time. The desk's own label (the exact time rounded its way) is always accepted; other
//! claims may exceed that label by the tolerance (plugins that round up at a slower speed
//! do), and fall short of the exact time by no more than it: a reader told 1 minute for
//! a 2.4-minute piece is misled, however the label was rounded.

use super::show_minutes;
use crate::diagnostic::{Applicability, Edit};
use crate::document::count::{Reading, Rounding};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "The read-time claim disagrees with the words counted",
    fixable: Fixable::Safe,
    doc: RuleDoc {
        what: "A read-time claim (byline `3 min read`, or front matter `read_time`/`reading_time`/`readingTime`/`read_minutes`) further from the computed time than the tolerance allows. The count covers body paragraphs, headings, list items, block quotes and attribution lines; `copydesk stats` shows exactly what was counted.",
        why: "A label that says 3 minutes on a 1,500-word feature tells readers the desk does not check its own numbers; readers who budget their time by it stop trusting it.",
        example_path: "example.md",
        example: "---\nreading_time: 6\n---\nThe council voted on Tuesday to extend the night bus pilot for another year, after ridership grew through the winter.\n",
        corrected: "---\nreading_time: 1\n---\nThe council voted on Tuesday to extend the night bus pilot for another year, after ridership grew through the winter.\n",
        example_options: "",
        options: &[
            ("words_per_minute", "reading speed for words"),
            ("rounding", "\"round\" (half up) or \"ceil\": how exact minutes become a label"),
            ("tolerance_minutes", "how far a claim may exceed the desk's label, or fall short of the exact time"),
            ("tolerance_percent", "the same as a percentage of the exact time, when that is wider"),
            ("cjk_chars_per_minute", "reading speed for CJK ideographs and kana"),
            ("seconds_per_image", "time added per image"),
            ("count_code", "count words in code blocks and inline code"),
            ("count_alt_text", "count image alt text"),
        ],
        false_positives: "Drafts whose body is mostly tables, code or images read at other speeds; set `count_code`, `seconds_per_image` or the speed for such desks.",
    },
};

/// Every field's default is in `rules/read-time/mismatch.toml`, the only place it is written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    pub words_per_minute: f64,
    pub rounding: Rounding,
    pub tolerance_minutes: f64,
    pub tolerance_percent: f64,
    pub cjk_chars_per_minute: f64,
    pub seconds_per_image: f64,
    pub count_code: bool,
    pub count_alt_text: bool,
}

impl Options {
    pub fn reading(&self) -> Reading {
        Reading {
            words_per_minute: self.words_per_minute,
            cjk_chars_per_minute: self.cjk_chars_per_minute,
            seconds_per_image: self.seconds_per_image,
            count_code: self.count_code,
            count_alt_text: self.count_alt_text,
            rounding: self.rounding,
        }
    }
}

pub struct Mismatch {
    options: Options,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let options: Options = crate::rules::options(table)?;
    if options.words_per_minute <= 0.0 || options.cjk_chars_per_minute <= 0.0 {
        return Err("reading speeds must be greater than 0".into());
    }
    Ok(Runner::Rule(Box::new(Mismatch { options })))
}

impl Rule for Mismatch {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let claims = doc.claims();
        if claims.is_empty() {
            return;
        }
        let stats = doc.stats(&self.options.reading());
        if stats.words + stats.cjk_chars == 0 {
            return;
        }
        let (exact, expected) = (stats.exact_minutes, stats.minutes);
        let tolerance = self.options.tolerance_minutes.max(exact * self.options.tolerance_percent / 100.0);
        for claim in claims {
            let (Some(claimed), Some(number)) = (super::stated(doc, claim), claim.number) else { continue };
            // Zero is `read-time/malformed`'s.
            let label = expected as f64;
            let (low, high) = ((exact - tolerance).min(label), exact.max(label) + tolerance);
            if claimed <= 0.0 || (low - 1e-9..=high + 1e-9).contains(&claimed) {
                continue;
            }
            let mut counted = format!("{} word{}", stats.words, if stats.words == 1 { "" } else { "s" });
            if stats.cjk_chars > 0 {
                counted += &format!(" and {} CJK characters", stats.cjk_chars);
            }
            let wpm = show_minutes(self.options.words_per_minute);
            ctx.report(
                claim.span,
                format!(
                    "claims {} min, but the body has {counted}: about {expected} min at {wpm} words a minute",
                    show_minutes(claimed)
                ),
            )
            .help(format!("`copydesk stats {}` lists what was counted", doc.path))
            .fix(
                Applicability::Safe,
                format!("replace {} with {expected}", doc.text(number)),
                vec![Edit { span: number, replacement: expected.to_string() }],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, fixed};
    use crate::rules::RuleId::ReadTimeMismatch as R;

    /// A house draft whose body has `words` words.
    fn house(claim: &str, words: usize) -> String {
        let body = vec!["word"; words].join(" ");
        format!(
            "Head\n\nJo Park· May 3, 2026· {claim}\n\n{body}.\n\n#Tag\n\nThis is an original analysis by the desk.\n"
        )
    }

    #[test]
    fn fires_beyond_the_tolerance() {
        assert_eq!(check(R, "", "a.txt", &house("4 min read", 300)), ["4 min read"]);
        // 534 words is 2.3 min: a 1 min claim falls 1.3 min short.
        assert_eq!(check(R, "", "a.txt", &house("1 min read", 534)), ["1 min read"]);
        assert_eq!(check(R, "", "a.txt", &house("2 min read", 1700)), ["2 min read"]);
        let md = format!("---\nread_time: \"6 min read\"\n---\n{}\n", vec!["w"; 290].join(" "));
        assert_eq!(check(R, "", "a.md", &md), ["6 min read"]);
    }

    #[test]
    fn negative_and_huge_claims_are_left_to_malformed() {
        let md = format!("---\nread_time: -3\n---\n{}\n", vec!["w"; 2000].join(" "));
        assert!(check(R, "", "a.md", &md).is_empty(), "`-3` does not claim 3 min");
        assert!(check(R, "", "a.txt", &house("99999999999999999999 min read", 300)).is_empty());
    }

    #[test]
    fn within_tolerance_or_rounded_is_clean() {
        assert!(check(R, "", "a.txt", &house("1 min read", 156)).is_empty());
        // 3 min for 441 words (1.9 min, a 2 min label): a round-up plugin at 200 words a minute.
        assert!(check(R, "", "a.txt", &house("3 min read", 441)).is_empty());
        assert!(check(R, "", "a.txt", &house("2 min read", 534)).is_empty());
        assert!(check(R, "", "a.txt", &house("2 min read", 300)).is_empty());
        assert!(check(R, "", "a.txt", &house("10 min read", 2250)).is_empty());
        // 12 min is within 20% of 10.9 min, though more than a minute away.
        assert!(check(R, "", "a.txt", &house("12 min read", 2500)).is_empty());
        assert!(check(R, "tolerance_minutes = 0\ntolerance_percent = 0", "a.txt", &house("1 min read", 300)).is_empty());
        assert!(check(
            R,
            "rounding = \"ceil\"\ntolerance_minutes = 0\ntolerance_percent = 0",
            "a.txt",
            &house("2 min read", 240)
        )
        .is_empty());
    }

    #[test]
    fn options_change_the_speed() {
        assert!(check(R, "words_per_minute = 100", "a.txt", &house("3 min read", 300)).is_empty());
        assert_eq!(check(R, "words_per_minute = 100", "a.txt", &house("1 min read", 300)), ["1 min read"]);
    }

    #[test]
    fn fix_replaces_the_number() {
        assert_eq!(fixed(R, "", "a.txt", &house("4 min read", 300), false), house("1 min read", 300));
        let md = format!("+++\nreading_time = 9\n+++\n{}\n", vec!["w"; 700].join(" "));
        assert!(fixed(R, "", "a.md", &md, false).starts_with("+++\nreading_time = 3\n"));
    }

    #[test]
    fn the_message_names_the_count_and_the_speed() {
        assert_eq!(
            findings(R, "", "a.txt", &house("4 min read", 300)),
            ["4 min read | claims 4 min, but the body has 300 words: about 1 min at 230 words a minute"]
        );
    }
}
