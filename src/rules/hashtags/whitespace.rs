//! `hashtags/whitespace`: a tag with a space in it. Platforms link only the first word,
//! so `#ai sovereignty` publishes as `#ai` followed by stray text.

use super::is_hashtag;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "A hashtag contains whitespace, so only its first word would be linked",
    fixable: Fixable::Unsafe,
    doc: RuleDoc {
        what: "Hashtags that contain spaces. On a hashtag line a tag runs, as a reader sees it, until the next `#`; in front matter each list item is one tag.",
        why: "Platforms end a hashtag at the first space: `#ai sovereignty` becomes the tag `#ai` and the word `sovereignty`, which is neither what the desk meant nor searchable.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#ai sovereignty #Canada\n",
        corrected: "Headline\n\nBody text.\n\n#AISovereignty #Canada\n",
        example_options: "",
        options: &[
            ("style", "\"pascal\" (default), \"camel\" or \"lower\": the style the fix writes"),
            ("acronyms", "words kept in capitals by the fix (default AI, EU, UK, US, UN, NHS, NASA, NATO, GDP, CEO, TV, ER)"),
        ],
        false_positives: "A `tags` list of CMS categories (no `#`, no CamelCase) may hold spaces and is not checked.",
    },
};

pub type Options = super::RestyleOptions;

pub struct Whitespace {
    options: Options,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    Ok(Runner::Rule(Box::new(Whitespace { options: crate::rules::options(table)? })))
}

impl Rule for Whitespace {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for tag in doc.hashtags().iter().filter(|t| is_hashtag(t) && t.has_whitespace(&doc.source)) {
            let text = doc.text(tag.span);
            let linked = &doc.source[tag.span.start..tag.linked_end];
            let d =
                ctx.report(tag.span, format!("hashtag `{text}` contains whitespace; only `{linked}` would be linked"));
            self.options.offer(d, &doc.source, tag, |new| format!("write it as one tag: `{}`", new));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed, messages};
    use crate::rules::RuleId::HashtagsWhitespace as R;

    #[test]
    fn flags_each_spaced_tag_on_a_line() {
        let src = "Head\n\nBody.\n\n#open-source ai#ai sovereignty#mozilla\n";
        assert_eq!(check(R, "", "a.txt", src), ["#open-source ai", "#ai sovereignty"]);
        assert_eq!(fixed(R, "", "a.txt", src, true), "Head\n\nBody.\n\n#OpenSourceAI#AISovereignty#mozilla\n");
    }

    #[test]
    fn a_ranked_paragraph_or_heading_line_is_not_the_hashtag_line() {
        let src = "Headline\n\nDesk· May 3, 2026· 1 min read\n\n#1 on the list was the night noise.\n\n## What comes next\n\nMore body.\n\n#NightBuses #night noise\n\nThis is an original analysis by the desk. Source reporting: Gazette.\n";
        assert_eq!(check(R, "", "a.txt", src), ["#night noise"]);
        assert_eq!(
            messages(R, "", "a.txt", src),
            ["hashtag `#night noise` contains whitespace; only `#night` would be linked"]
        );
        // Without a hashtag line, neither becomes one, and nothing fires.
        let src = "Headline\n\nDesk· May 3, 2026· 1 min read\n\n#1 on the list was the night noise.\n\n## What comes next\n\nMore body.\n";
        assert!(check(R, "", "a.txt", src).is_empty());
    }

    #[test]
    fn front_matter_items() {
        let src = "---\ntags:\n  - \"SmallBusiness\"\n  - \"small business loans\"\n---\nText.\n";
        assert_eq!(check(R, "", "a.md", src), ["small business loans"]);
        assert_eq!(
            fixed(R, "style = \"camel\"", "a.md", src, true),
            src.replace("small business loans", "smallBusinessLoans")
        );
    }

    #[test]
    fn near_misses_are_clean() {
        assert!(check(R, "", "a.md", "---\ntags: [\"Public Health\", \"City Hall\"]\n---\nWe use #Tags in prose.\n")
            .is_empty());
        assert!(check(R, "", "a.txt", "Head\n\nBody.\n\n#One #Two   #Three\n").is_empty());
    }
}
