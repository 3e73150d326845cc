//! `front-matter/invalid`: front matter that is not valid YAML or TOML. copydesk reads
//! it leniently so the draft is still checked, but a site generator may reject it.

use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    summary: "Front matter that is not valid YAML or TOML",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A YAML (`---`) or TOML (`+++`) front matter block that its parser rejects, or that is opened (a fence line, then a `key: value` line) and never closed. The span is on the line (YAML) or token (TOML) the parser stopped at, or on the opening fence.",
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

/// A `---` or `+++` first line followed by a `key: value` (or `key = value`) line, with
/// no closing fence: front matter the writer opened and never closed.
fn unclosed_fence(doc: &Document) -> Option<(Span, &'static str)> {
    if doc.front_matter.is_some() {
        return None;
    }
    let start = if doc.source.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = doc.source[start..].lines();
    let fence = lines.next()?.trim_end();
    let sep = match fence {
        "---" => ':',
        "+++" => '=',
        _ => return None,
    };
    let next = lines.next()?;
    let key = next.split_once(sep)?.0.trim();
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    is_key.then(|| (Span::new(start, start + fence.len()), if sep == ':' { "---" } else { "+++" }))
}

impl Rule for Invalid {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        if let Some((span, fence)) = unclosed_fence(doc) {
            ctx.report(
                span,
                format!("front matter opened with `{fence}` is never closed: its fields were read as body text"),
            )
            .help(format!("close the front matter with a `{fence}` line after its last field"));
        }
        if let Some(e) = &doc.front_matter_error {
            ctx.report(e.span, e.message.clone())
                .help("quote values that contain quotes or colons with the other kind of quote, or escape them");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, messages};
    use crate::rules::RuleId::FrontMatterInvalid as R;

    #[test]
    fn flags_the_bad_line() {
        assert_eq!(check(R, "", "a.md", "---\ntitle: ok\nlist: [a, b\n---\nBody.\n"), ["list: [a, b"]);
        assert_eq!(check(R, "", "a.md", "+++\ntitle = \"x\"\ndate = \n+++\nBody.\n").len(), 1);
    }

    #[test]
    fn an_unclosed_fence_is_reported() {
        let src = "---\ntitle: Choir Wins\ndate: 2026-05-03\n\nThe choir won.\n";
        assert_eq!(check(R, "", "a.md", src), ["---"]);
        assert_eq!(
            messages(R, "", "a.md", src),
            ["front matter opened with `---` is never closed: its fields were read as body text"]
        );
        assert_eq!(check(R, "", "a.md", "+++\ntitle = \"x\"\n\nBody.\n"), ["+++"]);
        // A rule line before prose is not front matter.
        assert!(check(R, "", "a.md", "---\nThe choir won: again.\n").is_empty());
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
