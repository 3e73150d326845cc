//! `dates/publication-mismatch`: the publication date told two ways — front matter,
//! byline and dateline disagreeing.

use super::long;
use crate::document::dates::{Place, Role};
use crate::document::Document;
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "The byline, front matter and dateline disagree on the publication date",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "The publication date is front matter `date`/`published` when present, else the byline date. A byline date, a second front matter publication field, or a dateline (`LAKEPORT, Feb. 12, 2026 — …`) that names another day is reported, with a label on the reference date.",
        why: "A dateline or byline that disagrees with the CMS date tells readers the story is older or newer than it is, and usually means the copy was re-dated in one place only.",
        example_path: "example.txt",
        example: "News\n\nHeadline Here\n\nOmega Desk· June 29, 2026· 2 min read\n\nLAKEPORT, June 24, 2026 — The clinic opened.\n",
        corrected: "News\n\nHeadline Here\n\nOmega Desk· June 29, 2026· 2 min read\n\nLAKEPORT, June 29, 2026 — The clinic opened.\n",
        example_options: "",
        options: &[("max_days_apart", "how many days a dateline or byline may differ from the reference (default 0)")],
        false_positives: "Desks that date a story by the day of the events rather than the day of publication should raise `max_days_apart`.",
    },
};

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub max_days_apart: i32,
}

pub struct PublicationMismatch {
    max_days_apart: i32,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    Ok(Runner::Rule(Box::new(PublicationMismatch { max_days_apart: o.max_days_apart })))
}

impl Rule for PublicationMismatch {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        let dates = doc.dates();
        let Some((reference, published)) = dates.published() else { return };
        let what = match &reference.place {
            Place::FrontMatter { key } => format!("front matter `{key}`"),
            Place::Region { .. } => "the byline".to_string(),
        };
        for (i, m) in dates.mentions.iter().enumerate() {
            if Some(i) == dates.published || !matches!(m.role, Role::Published | Role::Byline | Role::Dateline) {
                continue;
            }
            let Some(date) = m.date() else { continue };
            if (date - published).get_days().abs() <= self.max_days_apart {
                continue;
            }
            // A front matter date is named by its key: `published` said once, not "date date".
            let here = match (m.role, &m.place) {
                (Role::Dateline, _) => "dateline date".to_string(),
                (Role::Byline, _) => "byline date".to_string(),
                (_, Place::FrontMatter { key }) => format!("front matter `{key}`"),
                _ => "date".to_string(),
            };
            ctx.report(
                m.span,
                format!("{here} {} disagrees with the publication date {}", long(date), long(published)),
            )
            .label(reference.span, format!("published {} according to {what}", long(published)))
            .help(format!("use {} here, or correct {what}", long(published)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, labels};
    use crate::rules::RuleId::DatesPublicationMismatch as R;

    #[test]
    fn dateline_against_byline_and_front_matter() {
        let house = "News\n\nHeadline Here\n\nOmega Desk· June 29, 2026· 2 min read\n\nLAKEPORT, June 24 — The clinic opened.\n";
        assert_eq!(check(R, "", "a.txt", house), ["June 24"]);
        assert_eq!(labels(R, "", "a.txt", house), ["June 29, 2026"]);
        let md = "---\ndate: 2026-05-09\n---\n\nTOFINO, British Columbia, May 2, 2026 — Researchers said.\n";
        assert_eq!(check(R, "", "a.md", md), ["May 2, 2026"]);
        assert_eq!(labels(R, "", "a.md", md), ["2026-05-09"]);
        let byline = "---\npublished: 2026-05-09\n---\n\nBy Ana Ruiz · May 8, 2026\n\nText.\n";
        assert_eq!(check(R, "", "a.md", byline), ["May 8, 2026"]);
        assert!(check(R, "max_days_apart = 1", "a.md", byline).is_empty());
        let by = "+++\ndate = 2026-05-09\n+++\n\n_By Ana Ruiz, 8 May 2026_\n\nText.\n";
        assert_eq!(check(R, "", "a.md", by), ["8 May 2026"]);
    }

    #[test]
    fn a_front_matter_date_is_named_by_its_key() {
        let md = "---\ndate: 2026-05-03\npublished: 2026-05-08\n---\n\nText.\n";
        assert_eq!(
            findings(R, "", "a.md", md),
            ["2026-05-08 | front matter `published` May 8, 2026 disagrees with the publication date May 3, 2026"]
        );
    }

    #[test]
    fn agreeing_dates_and_ordinary_mentions_are_clean() {
        let house = "News\n\nHeadline Here\n\nOmega Desk· June 29, 2026· 2 min read\n\nLAKEPORT, June 29, 2026 — The clinic opened on June 2.\n\nThe Lakeport clinic, June 24 — a quiet day.\n";
        assert!(check(R, "", "a.txt", house).is_empty());
        let md = "---\ndate: 2026-05-09\n---\n\n_By Ana Ruiz, 9 May 2026_\n\nBy May 3, 2026, the council had voted.\n";
        assert!(check(R, "", "a.md", md).is_empty());
    }
}
