//! `dates/weekday-mismatch`: a weekday written with a date it does not fall on
//! (`Tuesday, June 29, 2026`: June 29, 2026 is a Monday).

use super::{long, weekday_like, weekday_name};
use crate::diagnostic::{Applicability, Edit};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A weekday that does not match its date",
    fixable: Fixable::Unsafe,
    doc: RuleDoc {
        what: "A weekday written with a date (`Monday, June 29, 2026`, `Mon. June 29`, `Monday (June 29)`, `2026-06-29 (Mon)`) that is not the day that date falls on. A date without a year takes the year from the publication date, the nearer side of a year end. The span is the weekday; the label marks the date.",
        why: "Readers plan around the weekday as much as the date; when they disagree, some readers turn up on the wrong day.",
        example_path: "example.md",
        example: "---\ndate: 2026-06-01\n---\nThe hearing is on Tuesday, June 29, 2026.\n",
        corrected: "---\ndate: 2026-06-01\n---\nThe hearing is on Monday, June 29, 2026.\n",
        example_options: "",
        options: &[],
        false_positives: "A year-less date in a piece about another year takes the publication year and may be judged against the wrong calendar. The fix rewrites the weekday and is unsafe: the date may be the wrong part.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct WeekdayMismatch;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(WeekdayMismatch)))
}

impl Rule for WeekdayMismatch {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for m in &doc.dates().mentions {
            let Some(written) = m.weekday else { continue };
            let readings = m.dates();
            // An ambiguous numeric date is fine when either reading matches.
            if readings.is_empty() || readings.iter().any(|d| d.weekday() == written.weekday) {
                continue;
            }
            let date = readings[0];
            let right = weekday_name(date.weekday());
            let word = doc.text(written.span);
            let d = ctx.report(written.span, format!("`{word}` does not match the date: {} is a {right}", long(date)));
            d.label(m.span, format!("{} is a {right}", long(date)));
            d.help(format!("write {right}, or correct the date if the weekday is the right part"));
            if readings.len() == 1 {
                let replacement = weekday_like(date.weekday(), word);
                d.fix(
                    Applicability::Unsafe,
                    format!("change `{word}` to `{replacement}`"),
                    vec![Edit { span: written.span, replacement }],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed, labels};
    use crate::rules::RuleId::DatesWeekdayMismatch as R;

    const HEAD: &str = "---\ndate: 2026-06-01\n---\n";

    #[test]
    fn flags_the_weekday_in_each_form() {
        let src = format!(
            "{HEAD}On Tuesday, June 29, 2026, Tue. June 29, Tuesday (June 29), 2026-06-29 (Tue) and Tuesday, 29 June.\n"
        );
        assert_eq!(check(R, "", "a.md", &src), ["Tuesday", "Tue", "Tuesday", "Tue", "Tuesday"]);
        assert_eq!(labels(R, "", "a.md", &format!("{HEAD}On Tuesday, June 29.\n")), ["June 29"]);
        // Three- and four-letter forms without a dot.
        let bare = format!("{HEAD}Tagged on Sat 28 June and due Tue, June 29 or Thurs 1 July.\n");
        assert_eq!(check(R, "", "a.md", &bare), ["Sat", "Tue", "Thurs"]);
        assert_eq!(
            fixed(R, "", "a.md", &format!("{HEAD}On Tue. June 29 and Thurs., July 2.\n"), true),
            format!("{HEAD}On Mon. June 29 and Thurs., July 2.\n")
        );
    }

    #[test]
    fn a_date_is_read_in_its_sentences_year() {
        let src = format!("{HEAD}In 2019, a storm tore the pier away on Wednesday, November 6, and it shut.\n");
        assert!(check(R, "", "a.md", &src).is_empty());
        let src = format!("{HEAD}In 2019, a storm tore the pier away on Thursday, November 6, and it shut.\n");
        assert_eq!(check(R, "", "a.md", &src), ["Thursday"]);
    }

    #[test]
    fn ranges_of_weekdays_are_not_paired_with_the_first_date() {
        let src = format!("{HEAD}The fair runs Friday–Sunday, June 5–7, and Fri. to Sun., June 12 to 14.\n");
        assert!(check(R, "", "a.md", &src).is_empty());
        let src = format!("{HEAD}It opens Sunday, June 5, after a delay.\n");
        assert_eq!(check(R, "", "a.md", &src), ["Sunday"]);
    }

    #[test]
    fn matching_weekdays_and_plain_mentions_are_clean() {
        let src = format!(
            "{HEAD}On Monday, June 29, 2026, Mon. June 29, Monday (June 29), and Thursday, July 2. The Sun, June 29.\n"
        );
        assert!(check(R, "", "a.md", &src).is_empty());
        let bare =
            format!("{HEAD}Tagged on Sun 28 June, Mon, June 29. The Sun 29 June front page; they sat 29 June.\n");
        assert!(check(R, "", "a.md", &bare).is_empty());
        // Either reading of 06/07/2026 may be meant; Sunday fits June 7.
        assert!(check(R, "", "a.md", "Held Sunday, 06/07/2026.\n").is_empty());
        // Late December: January 4 is in the coming year, a Monday in 2027.
        assert!(check(R, "", "a.md", "---\ndate: 2026-12-28\n---\nBack on Monday, January 4.\n").is_empty());
    }
}
