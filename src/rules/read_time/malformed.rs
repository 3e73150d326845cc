//! `read-time/malformed`: a read-time claim that is not in the house form (`3 mins
//! read` where the house writes `3 min read`), has no number (`read time: soon`), or a
//! number no reader can use (`0 min read`, `2.5 min read`).

use super::{house_claim, show_minutes};
use crate::diagnostic::{Applicability, Edit};
use crate::document::claim::Origin;
use crate::document::{Document, Value};
use crate::rules::{Context, Fixable, Rule, RuleDoc, RuleMeta, Runner};
use serde::Deserialize;

pub const META: RuleMeta = RuleMeta {
    summary: "A read-time claim is not a whole number of minutes in the house form",
    fixable: Fixable::Safe,
    doc: RuleDoc {
        what: "A read-time claim in the byline or front matter that is not the house form (`form`, default `N min read`), has no number, has a number that cannot be read (`1O min read` with a letter O for a zero, a range such as `12-15 min read`; never fixed, since the intended number is unknown), or whose number is 0 or not whole. In front matter a bare whole number (`reading_time: 4`) is also accepted.",
        why: "Readers scan the label, and CMS plugins parse it: `3 mins read`, `3-minute read` and `read time: soon` look careless side by side and break the plugins that read the number.",
        example_path: "example.txt",
        example: "Headline\n\nJo Park· May 3, 2026· 2 mins read\n\nBody text.\n",
        corrected: "Headline\n\nJo Park· May 3, 2026· 2 min read\n\nBody text.\n",
        example_options: "",
        options: &[("form", "the house form of a claim, with `N` for the minutes")],
        false_positives: "A desk that writes several forms on purpose should set `form` to the one it prefers or disable the rule.",
    },
};

/// The default is in `rules/read-time/malformed.toml`, the only place it is written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    pub form: String,
}

pub struct Malformed {
    form: String,
}

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let o: Options = crate::rules::options(table)?;
    if o.form.matches('N').count() != 1 {
        return Err(format!("`form` must hold `N` (the minutes) exactly once, not `{}`", o.form));
    }
    Ok(Runner::Rule(Box::new(Malformed { form: o.form })))
}

impl Rule for Malformed {
    fn check(&self, doc: &Document, ctx: &mut Context<'_>) {
        for claim in doc.claims() {
            let text = doc.text(claim.span).trim();
            let field_value = claim
                .key
                .and_then(|k| doc.front_matter.as_ref()?.fields.iter().find(|f| f.key_span == k).map(|f| &f.value));
            if field_value.is_some_and(|v| !matches!(v, Value::Scalar(_))) {
                ctx.report(claim.span, "a read-time claim must be a number of minutes or one string")
                    .help(format!("write it as a whole number or as `{}`", self.form));
                continue;
            }
            let Some(minutes) = claim.minutes else {
                if claim.number.is_some() {
                    ctx.report(claim.span, format!("read-time claim `{text}` is not one readable number of minutes"))
                        .help(format!(
                        "write one whole number in digits (a letter O is not a zero; a range is not a claim) as `{}`",
                        self.form
                    ));
                    continue;
                }
                ctx.report(claim.span, format!("read-time claim `{text}` has no number of minutes"))
                    .help(format!("write the minutes as `{}`; `copydesk stats` shows the computed time", self.form));
                continue;
            };
            if minutes == 0.0 || minutes.fract() != 0.0 || text.starts_with('-') {
                ctx.report(claim.span, format!("read-time claim `{text}` is not a whole number of minutes above 0"))
                    .help("labels round to whole minutes, and even a short item takes 1 min");
                continue;
            }
            if minutes > super::MAX_MINUTES {
                ctx.report(
                    claim.span,
                    format!("read-time claim `{text}` is more minutes than any piece takes to read"),
                )
                .help(format!(
                    "write the minutes the piece takes, as `{}`; `copydesk stats` shows the computed time",
                    self.form
                ));
                continue;
            }
            let whole = minutes as u64;
            let bare_number = claim.origin == Origin::FrontMatter && text.bytes().all(|b| b.is_ascii_digit());
            let house = house_claim(&self.form, whole);
            if bare_number || text == house {
                continue;
            }
            ctx.report(claim.span, format!("read-time claim `{text}` is not in the house form `{}`", self.form))
                .help(format!("write `{house}`"))
                .fix(
                    Applicability::Safe,
                    format!("rewrite as `{house}` ({} min)", show_minutes(minutes)),
                    vec![Edit { span: claim.span, replacement: house }],
                );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings, fixed};
    use crate::rules::RuleId::ReadTimeMalformed as R;

    fn house(claim: &str) -> String {
        format!("Head\n\nJo Park· May 3, 2026· {claim}\n\nBody text.\n")
    }

    #[test]
    fn fires_on_other_forms_and_numbers() {
        for bad in ["3 mins read", "3-minute read", "Reading time: 3 minutes", "3 min", "read time: soon", "0 min read"]
        {
            assert_eq!(check(R, "", "a.txt", &house(bad)), [bad], "{bad}");
        }
        for garbled in ["2O min read", "1l min read", "10-12 min read", "3 minn read", "4.5 min read", "min read"] {
            assert_eq!(check(R, "", "a.txt", &house(garbled)), [garbled], "{garbled}");
        }
        assert_eq!(check(R, "", "a.md", "---\nread_time: soon\n---\nBody.\n"), ["soon"]);
        assert_eq!(check(R, "", "a.md", "---\nread_time: \"2 mins read\"\n---\nBody.\n"), ["2 mins read"]);
        assert_eq!(check(R, "", "a.md", "+++\nreading_time = 0\n+++\nBody.\n"), ["0"]);
        assert_eq!(check(R, "", "a.md", "---\nreading_time: [3, 4]\n---\nBody.\n").len(), 1);
    }

    #[test]
    fn house_form_and_bare_numbers_are_clean() {
        assert!(check(R, "", "a.txt", &house("3 min read")).is_empty());
        assert!(check(R, "", "a.txt", &house("12 minutes ago")).is_empty());
        assert!(check(R, "", "a.md", "---\nreading_time: 4\nread_time: \"4\"\n---\nBody.\n").is_empty());
        assert!(check(R, "", "a.md", "+++\nread_time = \"4 min read\"\n+++\nBody.\n").is_empty());
        assert!(check(R, "form = \"N-minute read\"", "a.txt", &house("3-minute read")).is_empty());
        // A byline must not be a bare number: "3" alone is not a claim there.
        assert_eq!(check(R, "form = \"N-minute read\"", "a.txt", &house("3 min read")), ["3 min read"]);
    }

    #[test]
    fn fix_writes_the_house_form() {
        assert_eq!(fixed(R, "", "a.txt", &house("3 mins read"), false), house("3 min read"));
        // A garbled number is never guessed at: `2O` could be 2 or 20.
        assert_eq!(fixed(R, "", "a.txt", &house("2O min read"), true), house("2O min read"));
        assert_eq!(
            fixed(R, "", "a.md", "---\nread_time: \"2 mins read\"\n---\nBody.\n", false),
            "---\nread_time: \"2 min read\"\n---\nBody.\n"
        );
    }

    #[test]
    fn a_huge_claim_is_past_belief_not_out_of_form() {
        assert_eq!(
            findings(R, "", "a.txt", &house("99999999999999999999 min read")),
            ["99999999999999999999 min read | read-time claim `99999999999999999999 min read` is more minutes than any piece takes to read"]
        );
    }

    #[test]
    fn the_message_names_the_house_form() {
        assert_eq!(
            findings(R, "", "a.txt", &house("3 mins read")),
            ["3 mins read | read-time claim `3 mins read` is not in the house form `N min read`"]
        );
    }
}
