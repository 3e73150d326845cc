//! `hashtags/run-together`: tags written with no separator (`#mozilla#canada`). Platforms
//! do not link a `#` that follows a letter, so the second tag is lost.

use crate::diagnostic::{Applicability, Edit};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    summary: "Hashtags run together with no space between them",
    fixable: Fixable::Safe,
    doc: RuleDoc {
        what: "A hashtag immediately followed by another `#` with no space or separator between them.",
        why: "Platforms only start a hashtag after a space or punctuation: in `#mozilla#canada` the second tag is not linked, and some platforms drop both.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n#Mozilla#Canada\n",
        corrected: "Headline\n\nBody text.\n\n#Mozilla #Canada\n",
        example_options: "",
        options: &[],
        false_positives: "None known: a `#` glued to a tag is never what a reader expects.",
    },
};

pub type Options = crate::rules::NoOptions;

pub struct RunTogether;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    crate::rules::build_without_options(table, RunTogether)
}

impl Rule for RunTogether {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        // Tags by where they start: a lookup per join, not a pass over every tag.
        let by_start: std::collections::HashMap<usize, &crate::document::hashtags::Hashtag> =
            doc.hashtags().iter().rev().map(|t| (t.span.start, t)).collect();
        for tag in doc.hashtags() {
            let Some(next) = tag.joined_next else { continue };
            // Only a tag glued to another tag; a stray `#` or `#1` after it is not one.
            let Some(joined) = by_start.get(&next) else { continue };
            let span = Span::new(tag.span.start, joined.span.end);
            let d = ctx.report(span, format!("hashtags `{}` run together with no separator", doc.text(span)));
            d.label(Span::new(next, next), "a space belongs here");
            d.help("separate the tags with a space");
            d.fix(
                Applicability::Safe,
                "insert a space between the tags",
                vec![Edit { span: Span::new(next, next), replacement: " ".into() }],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, fixed};
    use crate::rules::RuleId::HashtagsRunTogether as R;

    #[test]
    fn flags_each_join() {
        let src = "Head\n\nBody.\n\n#Mortgages#Rates#Housing #Fine\n";
        assert_eq!(check(R, "", "a.txt", src), ["#Mortgages#Rates", "#Rates#Housing"]);
        assert_eq!(fixed(R, "", "a.txt", src, false), "Head\n\nBody.\n\n#Mortgages #Rates #Housing #Fine\n");
    }

    #[test]
    fn front_matter_item_and_prose() {
        let src = "---\nhashtags:\n  - \"#RuralSchools#Satellite\"\n---\nFollow #Space#Science today.\n";
        assert_eq!(check(R, "", "a.md", src), ["#RuralSchools#Satellite", "#Space#Science"]);
    }

    #[test]
    fn stray_or_fullwidth_signs_after_a_tag() {
        assert_eq!(check(R, "", "a.md", "See #Tag＃Other now.\n"), ["#Tag＃Other"]);
        assert!(check(R, "", "a.md", "See #Tag＃ now, #Tag# then, and #Tag#1 later with #Other too.\n").is_empty());
    }

    #[test]
    fn near_misses_are_clean() {
        assert!(check(R, "", "a.txt", "Head\n\nIssue #12#13 is closed, see x.example/#a.\n\n#One #Two\n").is_empty());
        assert!(check(R, "", "a.md", "Quote &#8220;this&#8221; and C#.\n").is_empty());
    }
}
