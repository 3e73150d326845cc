//! `attribution/source-mismatch`: the front matter names one source and the footer's
//! `Source reporting:` line another.

use super::named_sources;
use crate::document::Document;
use crate::patterns;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "The front matter source disagrees with the footer's Source reporting line",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A draft whose front matter `source`/`sources` and footer `Source reporting:` line both name sources, where the footer names one the front matter does not list (compared without case, punctuation or a leading `the`).",
        why: "The CMS credits the front matter source while readers see the footer: when they disagree, one outlet is credited wrongly.",
        example_path: "example.md",
        example: "---\nsource: \"Harbour Courier\"\n---\nBody text.\n\nThis is an original analysis by the desk. Source reporting: Valley Ledger.\n",
        corrected: "---\nsource: \"Harbour Courier\"\n---\nBody text.\n\nThis is an original analysis by the desk. Source reporting: Harbour Courier.\n",
        example_options: "",
        options: &[],
        false_positives: "Two names for one outlet (`AP` and `Associated Press`) are reported; use the same name in both places.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct SourceMismatch;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, SourceMismatch)
}

fn normal(name: &str) -> String {
    let lower: String =
        name.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).collect::<String>().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.strip_prefix(&["the"]).unwrap_or(&words).join(" ")
}

impl Rule for SourceMismatch {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let usable = |n: &&super::Named| {
            let t = doc.text(n.span).trim();
            n.formal && !t.is_empty() && !patterns::PLACEHOLDER.is_match(t)
        };
        let names = named_sources(doc);
        let front: Vec<_> = names.iter().filter(|n| n.in_front_matter).filter(usable).collect();
        let Some(first_front) = front.first() else { return };
        for footer in names.iter().filter(|n| !n.in_front_matter).filter(usable) {
            let name = normal(doc.text(footer.span));
            if !front.iter().any(|f| normal(doc.text(f.span)) == name) {
                ctx.report(
                    footer.span,
                    format!("the footer credits `{}`, the front matter does not", doc.text(footer.span)),
                )
                .label(first_front.span, "the front matter's source")
                .help("credit the same outlet in both places");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, labels};
    use crate::rules::RuleId::AttributionSourceMismatch as R;

    #[test]
    fn footer_disagrees() {
        let src =
            "---\nsources: [\"Gazette\"]\n---\nBody.\n\nThis is an original analysis. Source reporting: Courier.\n";
        assert_eq!(check(R, "", "a.md", src), ["Courier"]);
        assert_eq!(labels(R, "", "a.md", src), ["Gazette"]);
    }

    #[test]
    fn same_source_or_one_side_missing_is_clean() {
        assert!(check(
            R,
            "",
            "a.md",
            "---\nsource: The Gazette\n---\nBody.\n\nThis is an original analysis. Source reporting: Gazette.\n"
        )
        .is_empty());
        assert!(check(R, "", "a.md", "---\nsource: Gazette\n---\nBody.\n").is_empty());
        assert!(check(
            R,
            "",
            "a.md",
            "---\nsource: TK\n---\nBody.\n\nThis is an original analysis. Source reporting: Gazette.\n"
        )
        .is_empty());
    }
}
