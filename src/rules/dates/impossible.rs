//! `dates/impossible`: a date that is not on the calendar (`February 30`, `June 31`,
//! `February 29, 2027`).

use super::month_name;
use crate::document::dates::MonthName;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use jiff::civil::Date;
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A date that does not exist",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Dates whose day is past the end of their month: `June 31`, `February 30, 2026`, `February 29` in a year that is not a leap year, `31/04/2026`. A numeric date that could be read either way is only reported when neither reading exists.",
        why: "An impossible date is always a typo, and readers cannot tell which part is wrong: the day, the month, or the year.",
        example_path: "example.md",
        example: "The board met on June 31, 2026.\n",
        corrected: "The board met on June 30, 2026.\n",
        example_options: "",
        options: &[],
        false_positives: "None known. Without a year (and no publication date to lend one), February 29 is given the benefit of the doubt.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct Impossible;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(Impossible)))
}

impl Rule for Impossible {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for m in doc.dates().mentions.iter().filter(|m| !m.is_possible()) {
            let text = doc.text(m.span);
            let year = m.year().unwrap_or(2024);
            let d = ctx.report(m.span, format!("`{text}` is not a date"));
            match Date::new(year, m.month, 1) {
                Ok(first) if m.month == 2 && m.day == Some(29) => {
                    d.help(format!(
                        "{year} is not a leap year: February {year} ends on the {}th",
                        first.days_in_month()
                    ));
                }
                Ok(first) => {
                    let name = month_name(m.month, MonthName::Full);
                    d.help(format!("{name} has {} days; check the day and the month", first.days_in_month()));
                }
                Err(_) => {
                    d.help("there is no such month; check the order of day and month");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::DatesImpossible as R;

    #[test]
    fn flags_days_past_the_month() {
        let src = "Due February 30, 2026, or June 31, or 29 February 2027, or 31/04/2026, or 2026-11-31.\n";
        assert_eq!(
            check(R, "", "a.md", src),
            ["February 30, 2026", "June 31", "29 February 2027", "31/04/2026", "2026-11-31"]
        );
    }

    #[test]
    fn real_dates_are_clean() {
        let src = "On February 29, 2028, June 30, 30/04/2026, 04/30/2026 and 31 December 2026.\n";
        assert!(check(R, "", "a.md", src).is_empty());
        let leap = "---\ndate: 2028-03-01\n---\nThe deadline was February 29.\n";
        assert!(check(R, "", "a.md", leap).is_empty());
        let not_leap = "---\ndate: 2027-03-01\n---\nThe deadline was February 29.\n";
        assert_eq!(check(R, "", "a.md", not_leap), ["February 29"]);
    }
}
