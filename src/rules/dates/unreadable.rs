//! `dates/unreadable`: a publication or update date the draft seems to have but that
//! cannot be read: a byline part shaped like a date (`Mya 3, 2026`) or a front matter
//! `date`/`updated` value that is no date (`date: tomorrow`). Without it the date checks
//! have nothing to measure against, so copydesk says so instead of checking less.

use crate::document::dates::Place;
use crate::document::frontmatter::{PUBLISHED_KEYS, UPDATED_KEYS};
use crate::document::{Document, Value};
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "A publication or update date that cannot be read",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A byline part shaped like a date that is not one (`Mya 3, 2026`, `2026-14-03`), or a front matter publication or update field (`date`, `published`, `updated`, `lastmod`…) whose value holds no date (`date: tomorrow`).",
        why: "The publication date anchors every date check (weekdays, past events, updates); when it cannot be read those checks quietly do less, and readers or feeds see a wrong or missing date.",
        example_path: "example.md",
        example: "---\ndate: tomorrow\n---\nText.\n",
        corrected: "---\ndate: 2026-06-30\n---\nText.\n",
        example_options: "",
        options: &[],
        false_positives: "A CMS that fills the date in later (a placeholder on purpose): suppress the rule for that draft.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct Unreadable;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, Unreadable)
}

impl Rule for Unreadable {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        if let Some(span) = doc.byline.as_ref().and_then(|b| b.unread_date) {
            ctx.report(span, format!("the byline date `{}` cannot be read as a date", doc.text(span)))
                .help("write the date as the house does (`May 3, 2026`); until then no date check knows when the piece was published");
        }
        let Some(fm) = &doc.front_matter else { return };
        let dates = doc.dates();
        for field in &fm.fields {
            let key = field.key.as_str();
            let Value::Scalar(value) = &field.value else { continue };
            if !(PUBLISHED_KEYS.contains(&key) || UPDATED_KEYS.contains(&key)) || value.text.trim().is_empty() || value.is_flag()
            {
                continue;
            }
            let read = dates.mentions.iter().any(|m| matches!(&m.place, Place::FrontMatter { key: k } if k == key));
            if !read {
                ctx.report(value.span, format!("front matter `{key}: {}` is not a date", value.text.trim())).help(
                    "write a calendar date (`2026-06-30`); the date checks skip a draft whose date they cannot read",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, messages};
    use crate::rules::RuleId::DatesUnreadable as R;

    #[test]
    fn a_misspelt_byline_date_is_reported() {
        let src = "Culture\n\nChoir Wins\n\nCulture Desk· Mya 3, 2026· 2 min read\n\nThe choir won.\n";
        assert_eq!(check(R, "", "a.txt", src), ["Mya 3, 2026"]);
        assert_eq!(messages(R, "", "a.txt", src), ["the byline date `Mya 3, 2026` cannot be read as a date"]);
    }

    #[test]
    fn a_front_matter_date_that_is_no_date_is_reported() {
        let src = "---\ntitle: x\ndate: tomorrow\nupdated: 2026-06-30\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", src), ["tomorrow"]);
        assert_eq!(messages(R, "", "a.md", src), ["front matter `date: tomorrow` is not a date"]);
    }

    #[test]
    fn readable_dates_are_clean() {
        assert!(check(R, "", "a.txt", "Culture\n\nChoir Wins\n\nCulture Desk· May 3, 2026· 2 min read\n\nText.\n")
            .is_empty());
        assert!(check(R, "", "a.md", "---\ndate: 2026-06-29T10:00:00Z\nlastmod: \"June 30, 2026\"\n---\nText.\n")
            .is_empty());
        assert!(check(R, "", "a.md", "---\ntitle: tomorrow\ndate: \"\"\n---\nText.\n").is_empty());
    }

    #[test]
    fn a_date_written_year_first_with_slashes_is_read() {
        assert!(check(R, "", "a.md", "---\ndate: 2025/12/03\n---\nText.\n").is_empty());
        assert_eq!(check(R, "", "a.md", "---\ndate: 2025/13/03\n---\nText.\n"), ["2025/13/03"]);
    }

    #[test]
    fn a_publish_switch_is_no_date() {
        assert!(check(R, "", "a.md", "---\nlayout: post\npublished: true\n---\nText.\n").is_empty());
        assert!(check(R, "", "a.md", "+++\npublished = false\n+++\nText.\n").is_empty());
        let quoted = "---\npublished: \"true\"\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", quoted), ["true"], "a quoted word is a string");
    }
}
