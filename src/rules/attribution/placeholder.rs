//! `attribution/placeholder`: an attribution whose source is empty or a placeholder
//! (`Source reporting: TK.`, `first reported by.`, `sources: []`, `source = "[source]"`).

use super::named_sources;
use crate::document::Document;
use crate::patterns;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "An attribution names no source, or a placeholder such as TK",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "`Source reporting:` lines, `first reported by` lines and front matter `source`/`sources` fields whose source is empty or a placeholder (`TK`, `TKTK`, `XX`, `[source]`, `???`, `<outlet>`, `TBD`).",
        why: "A placeholder that reaches readers tells them the piece was published unfinished, and the outlet whose reporting it rests on goes uncredited.",
        example_path: "example.txt",
        example: "Headline\n\nBy Ana Ruiz· May 4, 2026\n\nBody text.\n\nThis is an original analysis by the desk. Source reporting: TK.\n",
        corrected: "Headline\n\nBy Ana Ruiz· May 4, 2026\n\nBody text.\n\nThis is an original analysis by the desk. Source reporting: Harbour Courier.\n",
        example_options: "",
        options: &[],
        false_positives: "An outlet whose real name is a placeholder word (`TBD Media`) is fine: only a whole name that is a placeholder is reported.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct Placeholder;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, Placeholder)
}

impl Rule for Placeholder {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for named in named_sources(doc) {
            let name = doc.text(named.span).trim();
            let help = if named.in_front_matter {
                "name the outlet whose reporting the piece rests on"
            } else {
                "name the outlet: `Source reporting: <Outlet>.`"
            };
            if name.is_empty() {
                ctx.report(named.context, "the attribution names no source").help(help);
            } else if patterns::PLACEHOLDER.is_match(name) {
                ctx.report(named.span, format!("the source is a placeholder (`{name}`)")).help(help);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;
    use crate::rules::RuleId::AttributionPlaceholder as R;

    const HEAD: &str = "Headline\n\nBy Jo· May 4, 2026\n\nBody.\n\n";

    #[test]
    fn placeholders_in_text() {
        assert_eq!(
            check(
                R,
                "",
                "a.txt",
                &format!("{HEAD}This is an original analysis by the desk. Source reporting: [source].\n")
            ),
            ["[source]"]
        );
        assert_eq!(
            check(R, "", "a.txt", &format!("{HEAD}These details were first reported by.\n")),
            ["first reported by."]
        );
        assert_eq!(
            check(R, "", "a.txt", &format!("{HEAD}This is an original analysis. Source reporting: .\n")),
            ["Source reporting: ."]
        );
    }

    #[test]
    fn placeholders_in_front_matter() {
        assert_eq!(check(R, "", "a.md", "---\nsources:\n  - \"TK\"\n---\nBody.\n"), ["TK"]);
        assert_eq!(check(R, "", "a.md", "---\nsources: []\n---\nBody.\n"), ["sources: []"]);
        assert_eq!(check(R, "", "a.md", "+++\nsource = \"???\"\n+++\nBody.\n"), ["???"]);
    }

    #[test]
    fn real_sources_are_clean() {
        assert!(check(R, "", "a.txt", &format!("{HEAD}These details were first reported by the TK Gazette, based on filings.\n\nThis is an original analysis by the desk. Source reporting: U.S. Wire.\n")).is_empty());
        assert!(check(R, "", "a.md", "---\nsource: \"Crust Weekly\"\n---\nWe reported TK earlier.\n").is_empty());
    }
}
