//! `read-time/missing` (opt-in): a draft with a body but no read-time claim, for desks
//! whose template prints the label from the draft.

use super::house_claim;
use crate::document::count::Reading;
use crate::document::{Document, Format};
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use crate::span::Span;
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "The draft has no read-time claim (opt-in)",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "A draft with body text but no read-time claim in the byline or front matter. Off by default; enable it where the template prints the label from the draft.",
        why: "A missing label leaves a gap in the layout or a CMS default that is wrong for long pieces.",
        example_path: "example.txt",
        example: "Headline\n\nJo Park· May 3, 2026\n\nBody text.\n",
        corrected: "Headline\n\nJo Park· May 3, 2026· 1 min read\n\nBody text.\n",
        example_options: "",
        options: &[],
        false_positives: "Desks that add the label in the CMS should leave this rule off.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

pub struct Missing;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(Missing)))
}

impl Rule for Missing {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        if !doc.claims().is_empty() {
            return;
        }
        // Only the default speed is known here; the desk's own is `read-time/mismatch`'s.
        let stats = doc.stats(&Reading::default());
        if stats.words + stats.cjk_chars == 0 {
            return;
        }
        let byline = doc.byline.as_ref().and_then(|b| b.line);
        let (span, place) = match (byline, &doc.front_matter) {
            (Some(line), _) if doc.format == Format::House => (line, "to the byline"),
            (_, Some(fm)) => (Span::new(fm.span.start, fm.span.start + 3), "to the front matter as `read_time`"),
            _ => (doc.regions.first().map_or(Span::new(0, 0), |r| r.span), "to the byline"),
        };
        ctx.report(span, format!("no read-time claim; the body reads in about {} min", stats.minutes))
            .help(format!("add `{}` {place}", house_claim("N min read", stats.minutes)));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings};
    use crate::rules::RuleId::ReadTimeMissing as R;

    #[test]
    fn fires_without_a_claim() {
        assert_eq!(check(R, "", "a.txt", "Head\n\nJo Park· May 3, 2026\n\nBody text.\n"), ["Jo Park· May 3, 2026"]);
        assert_eq!(check(R, "", "a.md", "---\ntitle: x\n---\nBody text.\n"), ["---"]);
    }

    #[test]
    fn a_claim_or_no_body_is_clean() {
        assert!(check(R, "", "a.md", "---\nread_time: soon\n---\nBody text.\n").is_empty());
        assert!(check(R, "", "a.md", "---\ntitle: x\n---\n").is_empty());
    }

    #[test]
    fn the_message_gives_the_time_to_claim() {
        assert_eq!(
            findings(R, "", "a.txt", "Head\n\nJo Park· May 3, 2026\n\nBody text.\n"),
            ["Jo Park· May 3, 2026 | no read-time claim; the body reads in about 1 min"]
        );
    }
}
