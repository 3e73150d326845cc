//! `read-time/conflict`: two read-time claims in one draft that disagree, such as a
//! byline saying `3 min read` over front matter saying `reading_time: 5`.

use super::show_minutes;
use crate::document::claim::Origin;
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "Two read-time claims in one draft disagree",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A draft with more than one read-time claim (byline and front matter, or two front matter keys) whose minutes differ. The finding is on the later claim, with a label on the first.",
        why: "Which one is published depends on the template; either way one of them is wrong, and a CMS plugin may show both.",
        example_path: "example.md",
        example: "---\nreading_time: 5\n---\nJo Park · May 3, 2026 · 3 min read\n\nBody text.\n",
        corrected: "---\nreading_time: 3\n---\nJo Park · May 3, 2026 · 3 min read\n\nBody text.\n",
        example_options: "",
        options: &[],
        false_positives: "None known; claims without a number are `read-time/malformed`'s.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct Conflict;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(Conflict)))
}

fn place(origin: Origin) -> &'static str {
    match origin {
        Origin::Byline => "the byline",
        Origin::FrontMatter => "the front matter",
    }
}

impl Rule for Conflict {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let mut numbered = doc.claims().iter().filter_map(|c| super::stated(doc, c).map(|m| (c, m)));
        let Some((first, first_minutes)) = numbered.next() else { return };
        for (claim, minutes) in numbered.filter(|&(_, m)| m != first_minutes) {
            ctx.report(
                claim.span,
                format!(
                    "{} claims {} min, but {} claims {} min",
                    place(claim.origin),
                    show_minutes(minutes),
                    place(first.origin),
                    show_minutes(first_minutes)
                ),
            )
            .label(first.span, "the first claim")
            .help("keep one claim, or make them agree; `copydesk stats` shows the computed time");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, labels};
    use crate::rules::RuleId::ReadTimeConflict as R;

    #[test]
    fn fires_on_disagreeing_claims() {
        let src = "---\nreading_time: 5\n---\nJo Park · May 3, 2026 · 3 min read\n\nBody.\n";
        assert_eq!(check(R, "", "a.md", src), ["3 min read"]);
        assert_eq!(labels(R, "", "a.md", src), ["5"]);
        let src = "---\nread_time: \"4 min read\"\nreadingTime: 6\n---\nBody.\n";
        assert_eq!(check(R, "", "a.md", src), ["6"]);
    }

    #[test]
    fn agreeing_or_single_claims_are_clean() {
        assert!(check(R, "", "a.md", "---\nreading_time: 3\n---\nJo · May 3, 2026 · 3 min read\n\nBody.\n").is_empty());
        assert!(check(R, "", "a.md", "---\nread_time: soon\nreading_time: 3\n---\nBody.\n").is_empty());
        assert!(check(
            R,
            "",
            "a.txt",
            "Head\n\nJo· May 3, 2026· 3 min read\n\nBody.\n\nMore in News\n\nNews· 5 min read\n"
        )
        .is_empty());
    }

    #[test]
    fn the_message_names_both_places() {
        let src = "---\nreading_time: 6\n---\nJo · May 3, 2026 · 3 min read\n\nBody.\n";
        assert_eq!(
            findings(R, "", "a.md", src),
            ["3 min read | the byline claims 3 min, but the front matter claims 6 min"]
        );
    }
}
