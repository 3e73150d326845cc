//! `hashtags/duplicate`: the same tag twice in one list or line, compared without case.

use crate::diagnostic::{Applicability, Edit};
use crate::document::hashtags::{Hashtag, TagOrigin};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;
use std::collections::HashMap;

pub const META: RuleMeta = RuleMeta {
    summary: "The same hashtag (or category) appears twice in one list",
    fixable: Fixable::Safe,
    doc: RuleDoc {
        what: "A tag repeated on one hashtag line or in one front matter list, ignoring case and the `#`.",
        why: "A repeated tag wastes one of the few tag slots and looks careless to readers.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#Health #Clinics #health\n",
        corrected: "Headline\n\nBody text.\n\n#Health #Clinics\n",
        example_options: "",
        options: &[],
        false_positives: "None known. The fix removes the later copy on a hashtag line; in front matter lists the item is left for the writer to remove.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct Duplicate;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, Duplicate)
}

fn key(doc: &Document, tag: &Hashtag) -> String {
    tag.body(&doc.source).trim().to_lowercase()
}

impl Rule for Duplicate {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let mut seen: HashMap<(usize, String), Span> = HashMap::new();
        for tag in doc.hashtags() {
            let Some(group) = tag.group else { continue };
            let first = *seen.entry((group, key(doc, tag))).or_insert(tag.span);
            if first == tag.span {
                continue;
            }
            let text = doc.text(tag.span);
            let d = ctx.report(tag.span, format!("`{text}` is listed twice"));
            d.label(first, "first listed here").help("remove the repeated tag");
            if tag.origin == TagOrigin::Line {
                // Remove the tag with the whitespace before it, so the line stays tidy.
                let before = doc.source[..tag.span.start].trim_end_matches([' ', '\t']).len();
                let start = if before < tag.span.start && before > first.start { before } else { tag.span.start };
                d.fix(
                    Applicability::Safe,
                    format!("remove the repeated `{text}`"),
                    vec![Edit { span: Span::new(start, tag.span.end), replacement: String::new() }],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed, labels};
    use crate::rules::RuleId::HashtagsDuplicate as R;

    #[test]
    fn flags_repeats_ignoring_case() {
        let src = "Head\n\nBody.\n\n#DentalCare #Health #dentalcare\n";
        assert_eq!(check(R, "", "a.txt", src), ["#dentalcare"]);
        assert_eq!(labels(R, "", "a.txt", src), ["#DentalCare"]);
        assert_eq!(fixed(R, "", "a.txt", src, false), "Head\n\nBody.\n\n#DentalCare #Health\n");
    }

    #[test]
    fn category_lists_count_too() {
        let src = "---\ntags:\n  - \"Film\"\n  - \"Festivals\"\n  - \"Film\"\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", src), ["Film"]);
    }

    #[test]
    fn near_misses_are_clean() {
        let src = "---\nhashtags: [\"#Energy\"]\n---\nWe tag #Energy stories and #Energy again in prose.\n";
        assert!(check(R, "", "a.md", src).is_empty());
    }
}
