//! `dates/updated-before-published`: an update stamp earlier than the publication date.

use super::long;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "The updated date is earlier than the publication date",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Front matter `updated` (or `lastmod`, `modified`), or an `Updated …` stamp, earlier than the publication date.",
        why: "A story cannot be updated before it was published; one of the two dates is wrong, and feeds and search engines show both.",
        example_path: "example.md",
        example: "---\ndate: 2026-06-29\nupdated: 2026-06-20\n---\nText.\n",
        corrected: "---\ndate: 2026-06-29\nupdated: 2026-06-30\n---\nText.\n",
        example_options: "",
        options: &[],
        false_positives: "None known.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct UpdatedBeforePublished;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(UpdatedBeforePublished)))
}

impl Rule for UpdatedBeforePublished {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let dates = doc.dates();
        let (Some((published_at, published)), Some((updated_at, updated))) = (dates.published(), dates.updated())
        else {
            return;
        };
        if updated < published {
            ctx.report(
                updated_at.span,
                format!("updated {} is before the publication date {}", long(updated), long(published)),
            )
            .label(published_at.span, "published here")
            .help("correct whichever date is wrong; an update comes on or after publication");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, labels};
    use crate::rules::RuleId::DatesUpdatedBeforePublished as R;

    #[test]
    fn flags_an_earlier_update() {
        let src = "---\ndate: 2026-06-29\nupdated: \"June 20, 2026\"\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", src), ["June 20, 2026"]);
        assert_eq!(labels(R, "", "a.md", src), ["2026-06-29"]);
        let toml = "+++\ndate = 2026-06-29T10:00:00Z\nlastmod = 2026-06-28\n+++\nText.\n";
        assert_eq!(check(R, "", "a.md", toml), ["2026-06-28"]);
    }

    #[test]
    fn same_day_or_later_is_clean() {
        assert!(check(R, "", "a.md", "---\ndate: 2026-06-29\nupdated: 2026-06-29\n---\nText.\n").is_empty());
        assert!(check(R, "", "a.md", "---\ndate: 2026-06-29\nupdated: 2026-07-02\n---\nText.\n").is_empty());
        assert!(check(R, "", "a.md", "---\nupdated: 2026-07-02\n---\nText.\n").is_empty());
    }
}
