//! `dates/updated-before-published`: an update stamp earlier than the publication date.

use super::long;
use crate::document::dates::Role;
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
        let Some((published_at, published)) = dates.published() else { return };
        // Every stamp: front matter `updated`, `Updated …` lines, update and correction notes.
        for m in dates.mentions.iter().filter(|m| m.role == Role::Updated) {
            let Some(updated) = m.date().filter(|&u| u < published) else { continue };
            ctx.report(m.span, format!("updated {} is before the publication date {}", long(updated), long(published)))
                .label(published_at.span, "published here")
                .help("correct whichever date is wrong; an update comes on or after publication");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, labels, messages};
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
    fn update_notes_in_the_body_are_read() {
        let head = "---\ndate: 2026-02-10\n---\nText.\n\n";
        let src = format!("{head}_This article was updated on February 2, 2026, with the hours._\n");
        assert_eq!(check(R, "", "a.md", &src), ["February 2, 2026"]);
        assert_eq!(
            messages(R, "", "a.md", &src),
            ["updated February 2, 2026 is before the publication date February 10, 2026"]
        );
        let house = "Headline\n\nDesk· March 10, 2026· 1 min read\n\nText.\n\nUpdated on March 4, 2026: adds a figure.\n\nUpdated on March 12, 2026: adds a name.\n";
        assert_eq!(check(R, "", "a.txt", house), ["March 4, 2026"]);
        let later = format!("{head}_This article was updated on February 12, 2026._\n\nCorrection: It was corrected on February 13, 2026.\n");
        assert!(check(R, "", "a.md", &later).is_empty());
    }

    #[test]
    fn same_day_or_later_is_clean() {
        assert!(check(R, "", "a.md", "---\ndate: 2026-06-29\nupdated: 2026-06-29\n---\nText.\n").is_empty());
        assert!(check(R, "", "a.md", "---\ndate: 2026-06-29\nupdated: 2026-07-02\n---\nText.\n").is_empty());
        assert!(check(R, "", "a.md", "---\nupdated: 2026-07-02\n---\nText.\n").is_empty());
    }
}
