//! `dates/ambiguous-numeric`: a slashed numeric date a reader can take two ways, or one
//! written the other way round from the desk's order.

use super::long;
use crate::document::dates::{Order, Place, Style};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use jiff::civil::Date;
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A numeric date that can be read two ways",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Slashed numeric dates in prose: `06/07/2026` (June 7 or July 6?) is reported as ambiguous; `29/06/2026` is reported when the desk reads numeric dates month first (`numeric_order = \"mdy\"`), and `06/29/2026` when it reads them day first.",
        why: "Half the world reads 06/07 as June 7 and half as July 6; a month name removes the doubt.",
        example_path: "example.md",
        example: "The office reopens on 06/07/2026.\n",
        corrected: "The office reopens on June 7, 2026.\n",
        example_options: "",
        options: &[("numeric_order", "\"mdy\" (default) or \"dmy\": how the desk reads numeric dates")],
        false_positives: "None known; dates in front matter are not checked.",
    },
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericOrder {
    #[default]
    Mdy,
    Dmy,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub numeric_order: NumericOrder,
}

pub struct AmbiguousNumeric {
    order: NumericOrder,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(AmbiguousNumeric { order: o.numeric_order })))
}

impl Rule for AmbiguousNumeric {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for m in doc.dates().mentions.iter().filter(|m| m.style == Style::Numeric) {
            if matches!(m.place, Place::FrontMatter { .. }) {
                continue;
            }
            let text = doc.text(m.span);
            let (desk, other) = match self.order {
                NumericOrder::Mdy => ("month first", Order::Dmy),
                NumericOrder::Dmy => ("day first", Order::Mdy),
            };
            let readings = m.readings();
            let year = m.year().unwrap_or(2024);
            let name = |(mo, d): (i8, i8)| Date::new(year, mo, d).ok().map(long);
            match m.order {
                Some(Order::Ambiguous) if readings.len() == 2 => {
                    let meant = if self.order == NumericOrder::Mdy { readings[0] } else { readings[1] };
                    let (Some(a), Some(b)) = (name(readings[0]), name(readings[1])) else { continue };
                    let d = ctx.report(m.span, format!("`{text}` can be read as {a} or {b}"));
                    if let Some(meant) = name(meant) {
                        d.help(format!("write the month as a word: `{meant}` if the desk's {desk} order is meant"));
                    }
                }
                Some(order) if order == other => {
                    let d = ctx.report(
                        m.span,
                        format!(
                            "`{text}` is written {}; the desk reads numeric dates {desk}",
                            if order == Order::Dmy { "day first" } else { "month first" }
                        ),
                    );
                    if let Some(meant) = readings.first().copied().and_then(name) {
                        d.help(format!("write `{meant}`"));
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::DatesAmbiguousNumeric as R;

    #[test]
    fn ambiguous_and_against_the_desk_order() {
        let src = "On 06/07/2026, 29/06/2026 and 06/29/2026.\n";
        assert_eq!(check(R, "", "a.md", src), ["06/07/2026", "29/06/2026"]);
        assert_eq!(check(R, "numeric_order = \"dmy\"", "a.md", src), ["06/07/2026", "06/29/2026"]);
    }

    #[test]
    fn unambiguous_and_non_numeric_dates_are_clean() {
        assert!(check(R, "", "a.md", "On 06/29/2026, 2026-06-07, 7.6.2026 and 06/06/2026.\n").is_empty());
    }
}
