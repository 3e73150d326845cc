//! What a writer reads as one finding. Rules stay independent, so one broken hashtag
//! can be reported by three of them (whitespace, truncated, run together) and one
//! slashed date by two; the reader formats (`human`, `narrated`) show one finding per
//! piece of text instead: the most telling rule's message, the others' labels and
//! messages beside it, and the fixes combined. Machine formats keep every rule's own
//! finding, so baselines, fingerprints and editors see what the rules said.

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Label, Severity};
use crate::rules::RuleId;
use std::collections::HashSet;

/// One finding as a reader sees it.
pub struct Finding {
    pub d: Diagnostic,
    /// The other rules that reported the same text, with their messages.
    pub also: Vec<(RuleId, String)>,
}

/// Rules about agreeing with the rest of the draft: beside a rule about the text itself
/// they say less about what is wrong here.
const CONSISTENCY: &[RuleId] =
    &[RuleId::DatesMixedFormats, RuleId::HashtagsDuplicate, RuleId::HashtagsStyle, RuleId::HashtagsRunTogether];

/// Whether two findings describe the same text: one family, one start, and either the
/// same end or a label of one marking where the other ends (a run-together pair's
/// missing space sits at the end of its first tag).
fn same_text(a: &Diagnostic, b: &Diagnostic) -> bool {
    let marks_end = |x: &Diagnostic, y: &Diagnostic| x.labels.iter().any(|l| l.span.start == y.span.end);
    a.rule.family() == b.rule.family()
        && a.span.start == b.span.start
        && (a.span.end == b.span.end || marks_end(a, b) || marks_end(b, a))
}

/// The findings of one file, one per piece of text, in the file's order.
pub fn merge(diagnostics: &[Diagnostic]) -> Vec<Finding> {
    let mut order: Vec<usize> = (0..diagnostics.len()).collect();
    order.sort_by_key(|&i| diagnostics[i].span.start);
    let mut taken = vec![false; diagnostics.len()];
    let mut out = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let mut group = vec![&diagnostics[i]];
        for &j in &order[n + 1..] {
            if diagnostics[j].span.start != diagnostics[i].span.start {
                break;
            }
            if !taken[j] && group.iter().any(|g| same_text(g, &diagnostics[j])) {
                taken[j] = true;
                group.push(&diagnostics[j]);
            }
        }
        out.push(combine(group));
    }
    out
}

fn combine(mut group: Vec<&Diagnostic>) -> Finding {
    if group.len() == 1 {
        return Finding { d: group[0].clone(), also: Vec::new() };
    }
    group.sort_by_key(|d| (std::cmp::Reverse(d.severity), CONSISTENCY.contains(&d.rule), d.span.len(), d.rule));
    let mut d = group[0].clone();
    let mut seen: HashSet<(usize, usize, String)> =
        d.labels.iter().map(|l| (l.span.start, l.span.end, l.message.clone())).collect();
    for other in &group[1..] {
        let own = if other.labels.is_empty() && other.span != d.span {
            vec![Label { span: other.span, message: other.rule.name().to_string() }]
        } else {
            other.labels.clone()
        };
        for l in own {
            if seen.insert((l.span.start, l.span.end, l.message.clone())) {
                d.labels.push(l);
            }
        }
    }
    d.fix = combined_fix(&group);
    let also = group[1..].iter().map(|o| (o.rule, o.message.clone())).collect();
    Finding { d, also }
}

/// Every fix of the group whose edits do not collide with a more telling one's.
fn combined_fix(group: &[&Diagnostic]) -> Option<Fix> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut messages: Vec<&str> = Vec::new();
    let mut applicability = Applicability::Safe;
    for fix in group.iter().filter_map(|d| d.fix.as_ref()) {
        let new: Vec<&Edit> = fix.edits.iter().filter(|e| !edits.contains(e)).collect();
        let collides = new.iter().any(|e| edits.iter().any(|t| collide(t, e)));
        if new.is_empty() || collides {
            continue;
        }
        edits.extend(new.into_iter().cloned());
        if !messages.contains(&fix.message.as_str()) {
            messages.push(&fix.message);
        }
        applicability = applicability.max(fix.applicability);
    }
    (!edits.is_empty()).then(|| Fix { applicability, message: messages.join("; "), edits })
}

fn collide(a: &Edit, b: &Edit) -> bool {
    a.span.overlaps(b.span) || a.span == b.span
}

/// The help block: the rule's help (in full the first time a rule is shown in a run,
/// its first clause after that), the other rules' messages, and the fix.
pub fn help_text(f: &Finding, first_time: bool) -> Option<String> {
    let d = &f.d;
    let mut parts: Vec<String> = Vec::new();
    if let Some(h) = &d.help {
        parts.push(if first_time { h.clone() } else { short_help(h, d.rule) });
    }
    for (rule, message) in &f.also {
        parts.push(format!("also {}: {message}", rule.as_str()));
    }
    if let Some(fix) = &d.fix {
        parts.push(match fix.applicability {
            Applicability::Safe => format!("fix (--fix): {}", fix.message),
            Applicability::Unsafe => format!("fix (--fix --unsafe-fixes): {}", fix.message),
        });
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// A long help text after its first showing: up to its first colon or semicolon, and
/// where to read the rest.
fn short_help(help: &str, rule: RuleId) -> String {
    const SHORT: usize = 72;
    if help.chars().count() <= SHORT {
        return help.to_string();
    }
    let cut = help.find([':', ';']).filter(|&i| i > 0).unwrap_or(help.len());
    let head = help[..cut].trim_end();
    if head.chars().count() > SHORT {
        return format!("see above, or `copydesk explain {}`", rule.as_str());
    }
    format!("{head} (in full above; `copydesk explain {}`)", rule.as_str())
}

/// Counts for the summary line: per severity, and how many can be fixed how.
pub fn counts(findings: &[Finding]) -> ([usize; 3], usize, usize) {
    let mut by = [0; 3];
    let (mut safe, mut risky) = (0, 0);
    for f in findings {
        by[match f.d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
        match f.d.fix.as_ref().map(|x| x.applicability) {
            Some(Applicability::Safe) => safe += 1,
            Some(Applicability::Unsafe) => risky += 1,
            None => {}
        }
    }
    (by, safe, risky)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lint::Linter;

    fn merged(text: &str) -> Vec<(String, Vec<RuleId>)> {
        let linter = Linter::new(&Config::builtin().unwrap()).unwrap();
        let diagnostics = linter.lint_text("a.md", text);
        let findings = merge(&diagnostics);
        findings
            .iter()
            .map(|f| {
                (
                    text[f.d.span.range()].to_string(),
                    std::iter::once(f.d.rule).chain(f.also.iter().map(|a| a.0)).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn one_broken_tag_is_one_finding_led_by_its_own_defect() {
        let got = merged("Body.\n\n#dark skies#Night #Owls\n");
        assert_eq!(got, [("#dark skies".to_string(), vec![RuleId::HashtagsWhitespace, RuleId::HashtagsRunTogether])]);
    }
}
