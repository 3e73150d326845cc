//! `hashtags/style`: where the desk sets a house style (`pascal`, `camel`, `lower`), a tag
//! written in another one. Without a configured style the rule has nothing to check.

use super::is_hashtag;
use crate::document::hashtags::TagOrigin;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "A hashtag not written in the desk's configured style",
    fixable: Fixable::Unsafe,
    doc: RuleDoc {
        what: "When `style` is set (for the rule or the whole hashtags family), tags on hashtag lines and in front matter hashtag lists that are not in that style. Tags that other hashtag rules already report as broken are left to them.",
        why: "CamelCase tags are readable and accessible (screen readers pronounce the words); a consistent house style looks deliberate.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#openData #Cities\n",
        corrected: "Headline\n\nBody text.\n\n#OpenData #Cities\n",
        example_options: "style = \"pascal\"",
        options: &[
            ("style", "\"pascal\", \"camel\" or \"lower\"; unset (the default) turns the check off"),
            ("acronyms", "words kept in capitals by the fix"),
        ],
        false_positives: "Proper names with their own casing (`#iPhone`) are reported under `pascal`; suppress them inline.",
    },
};

pub type Options = super::RestyleOptions;

pub struct HouseStyle {
    options: Options,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    Ok(Runner::Rule(Box::new(HouseStyle { options: crate::rules::options(table)? })))
}

impl Rule for HouseStyle {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let Some(style) = self.options.style else { return };
        for tag in doc.hashtags().iter().filter(|t| is_hashtag(t) && t.origin != TagOrigin::Prose) {
            let body = tag.body(&doc.source);
            let broken = tag.linked_end < tag.span.end || tag.is_numeric(&doc.source);
            if broken || style.fits(body) {
                continue;
            }
            let text = doc.text(tag.span);
            let d = ctx.report(tag.span, format!("hashtag `{text}` is not in the house style ({})", style.name()));
            self.options.offer(d, &doc.source, tag, |new| format!("write `{}`", new));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed};
    use crate::rules::RuleId::HashtagsStyle as R;

    #[test]
    fn flags_other_styles_when_configured() {
        let src = "Head\n\nBody.\n\n#openData #Cities #AI\n";
        assert_eq!(check(R, "style = \"pascal\"", "a.txt", src), ["#openData"]);
        assert_eq!(fixed(R, "style = \"pascal\"", "a.txt", src, true), "Head\n\nBody.\n\n#OpenData #Cities #AI\n");
        assert_eq!(check(R, "style = \"lower\"", "a.txt", src), ["#openData", "#Cities", "#AI"]);
    }

    #[test]
    fn unconfigured_or_broken_is_left_alone() {
        let src = "Head\n\nBody.\n\n#openData #open-data #2026\n";
        assert!(check(R, "", "a.txt", src).is_empty());
        assert_eq!(check(R, "style = \"pascal\"", "a.txt", src), ["#openData"]);
    }
}
