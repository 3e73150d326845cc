//! `front-matter/invalid`: front matter that is not valid YAML or TOML. copydesk reads
//! it leniently so the draft is still checked, but a site generator may reject it.

use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "Front matter that is not valid YAML or TOML",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A YAML (`---`) or TOML (`+++`) front matter block that its parser rejects. The span is on the line (YAML) or token (TOML) the parser stopped at.",
        why: "Site generators and CMS importers fail or silently drop fields on invalid metadata; the title or date a reader sees may not be the one the writer set.",
        example_path: "example.md",
        example: "---\ntitle: \"A \"quoted\" title\"\n---\nBody.\n",
        corrected: "---\ntitle: 'A \"quoted\" title'\n---\nBody.\n",
        example_options: "",
        options: &[],
        false_positives: "None known; copydesk uses strict YAML 1.2 and TOML 1.0 parsers.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct Invalid;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, Invalid)
}

impl Rule for Invalid {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        if let Some(e) = &doc.front_matter_error {
            ctx.report(e.span, e.message.clone())
                .help("quote values that contain quotes or colons with the other kind of quote, or escape them");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings};
    use crate::rules::RuleId::FrontMatterInvalid as R;

    #[test]
    fn flags_the_bad_line() {
        assert_eq!(check(R, "", "a.md", "---\ntitle: ok\nlist: [a, b\n---\nBody.\n"), ["list: [a, b"]);
        assert_eq!(check(R, "", "a.md", "+++\ntitle = \"x\"\ndate = \n+++\nBody.\n").len(), 1);
    }

    #[test]
    fn valid_front_matter_is_clean() {
        assert!(check(R, "", "a.md", "---\ntitle: \"ok: yes\"\ntags: [a]\n---\nBody.\n").is_empty());
        assert!(check(R, "", "a.txt", "Headline\n\n---\n\nBody.\n").is_empty());
    }

    #[test]
    fn the_message_is_the_parser_s() {
        assert_eq!(
            findings(R, "", "a.md", "---\ntitle: [x\n---\nBody.\n"),
            ["title: [x | invalid YAML front matter: while parsing a flow sequence, expected ',' or ']'"]
        );
    }
}
