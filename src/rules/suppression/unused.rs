//! `suppression/unused`: a disable comment that silenced nothing, names a rule copydesk
//! does not know, is never closed, or is no directive copydesk knows. Stale or mistyped
//! suppressions hide the next real problem, or fail to hide what the writer meant.

use super::{Comment, Kind};
use crate::rules::{Context, Fixable, RuleDoc, RuleMeta, Runner};

pub const META: RuleMeta = RuleMeta {
    summary: "A suppression comment that suppresses nothing",
    fixable: Fixable::No,
    doc: RuleDoc {
        what: "`copydesk-disable`, `copydesk-disable-line` and `copydesk-disable-next-line` comments that did not silence any finding or that name an unknown rule or family, a `copydesk-disable` that no `copydesk-enable` closes, and `copydesk-` directives that do not exist.",
        why: "A stale suppression outlives the text it was written for and silently hides the next real problem in that place.",
        example_path: "example.txt",
        example: "Headline\n\nBody text.\n\n<!-- copydesk-disable-next-line hashtags -->\n#Fine #Tags\n",
        corrected: "Headline\n\nBody text.\n\n#Fine #Tags\n",
        example_options: "",
        options: &[],
        false_positives: "A suppression for a rule that is disabled in the config is reported as unused; remove it or enable the rule.",
    },
};

pub type Options = crate::rules::NoOptions;

pub fn build(table: toml::Table) -> Result<Runner, String> {
    let _: Options = crate::rules::options(table)?;
    Ok(Runner::Engine)
}

/// Run by the linter after every other rule, once suppressions have been applied.
/// `known` says whether a selector names a rule or family this run knows, and if not,
/// which one it most likely meant.
pub type Known<'a> = dyn Fn(&str) -> Result<(), Option<&'static str>> + 'a;

pub fn report(comments: &[Comment], used: &[bool], known: &Known<'_>, ctx: &mut Context<'_>) {
    let closed = super::apply::closed(comments);
    for ((comment, &was_used), closed) in comments.iter().zip(used).zip(closed) {
        match &comment.kind {
            Kind::Enable => continue,
            Kind::Unknown(name) => {
                ctx.report(comment.span, format!("unknown suppression directive `copydesk-{name}`; it suppresses nothing"))
                    .help("the directives are copydesk-disable, copydesk-enable, copydesk-disable-line and copydesk-disable-next-line");
                continue;
            }
            _ => {}
        }
        let verdicts: Vec<(&str, Option<&str>)> =
            comment.selectors.iter().filter_map(|s| known(s).err().map(|m| (s.as_str(), m))).collect();
        if !verdicts.is_empty() {
            let names: Vec<&str> = verdicts.iter().map(|v| v.0).collect();
            let meant: Vec<String> = verdicts.iter().filter_map(|v| v.1).map(|m| format!("`{m}`")).collect();
            let help = match meant.is_empty() {
                true => "`copydesk rules` lists rule ids and families".to_string(),
                false => format!("did you mean {}? `copydesk rules` lists rule ids and families", meant.join(", ")),
            };
            ctx.report(comment.span, format!("suppression names unknown rule `{}`", names.join("`, `"))).help(help);
        } else if !was_used {
            ctx.report(comment.span, "this suppression comment suppresses nothing").help("remove the comment");
        } else if !closed {
            ctx.report(comment.span, "this disable comment is never closed, so it silences the rest of the file")
                .help("add `<!-- copydesk-enable -->` (with the same rules) where the text it is for ends");
        }
    }
}
