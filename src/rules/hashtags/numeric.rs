//! `hashtags/numeric`: an all-digit tag (`#2026`). Platforms do not link tags without a
//! letter, so it publishes as plain text.

use super::is_hashtag;
use crate::document::hashtags::TagOrigin;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "A hashtag made only of digits, which platforms do not link",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "Tags on a hashtag line or in a front matter hashtag list that consist only of digits.",
        why: "`#2026` is not a hashtag on any major platform: it is shown as plain text, and the slot is wasted.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#Elections #2026\n",
        corrected: "Headline\n\nBody text.\n\n#Elections #Elections2026\n",
        example_options: "",
        options: &[],
        false_positives: "Numbers in prose (`issue #33`, `ranked #1`) are not tags and are never reported.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct Numeric;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, Numeric)
}

impl Rule for Numeric {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for tag in doc.hashtags().iter().filter(|t| is_hashtag(t) && t.origin != TagOrigin::Prose) {
            if tag.is_numeric(&doc.source) {
                let text = doc.text(tag.span);
                ctx.report(tag.span, format!("hashtag `{text}` has no letters, so platforms will not link it"))
                    .help("add a word to the number (`#Elections2026`) or drop the tag");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::HashtagsNumeric as R;

    #[test]
    fn flags_digit_tags() {
        assert_eq!(check(R, "", "a.txt", "Head\n\nBody.\n\n#Transit #2026\n"), ["#2026"]);
        assert_eq!(check(R, "", "a.md", "+++\ntags = [\"CityBudget\", \"2026\"]\n+++\nText.\n"), ["2026"]);
    }

    #[test]
    fn near_misses_are_clean() {
        assert!(check(R, "", "a.txt", "Head\n\nRanked #1 for issue #33.\n\n#Game7 #1st\n").is_empty());
    }
}
