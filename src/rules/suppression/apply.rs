//! Which findings the comments hide. Worked out per rule that has findings: one pass
//! over the comments gives the ranges where that rule is disabled, and each finding is
//! found among them by binary search, so many comments and many findings stay linear.

use super::{Comment, Kind};
use crate::diagnostic::Diagnostic;
use crate::rules::RuleId;
use crate::span::LineIndex;
use std::collections::HashMap;

/// Drop diagnostics covered by a comment; returns, per comment, whether it was used.
pub fn apply(comments: &[Comment], diagnostics: &mut Vec<Diagnostic>, lines: &LineIndex) -> Vec<bool> {
    let mut used = vec![false; comments.len()];
    // Line comments by the line they cover.
    let mut by_line: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in comments.iter().enumerate() {
        for line in c.lines.clone() {
            by_line.entry(line).or_default().push(i);
        }
    }
    let mut ranges: HashMap<RuleId, Vec<(usize, usize, usize)>> = HashMap::new();
    diagnostics.retain(|d| {
        let pos = d.span.start;
        let disabled = ranges.entry(d.rule).or_insert_with(|| disabled(comments, d.rule));
        let i = disabled.partition_point(|&(start, _, _)| start <= pos);
        let hit = (i > 0 && pos < disabled[i - 1].1).then(|| disabled[i - 1].2).or_else(|| {
            let on_line = by_line.get(&lines.line(pos))?;
            on_line.iter().copied().find(|&c| comments[c].covers(d.rule))
        });
        if let Some(c) = hit {
            used[c] = true;
        }
        hit.is_none()
    });
    used
}

/// (from, until, comment) where `rule` is disabled, sorted and disjoint: from a disable
/// that covers it to the next enable that re-enables it (or the end of the file).
fn disabled(comments: &[Comment], rule: RuleId) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, c) in comments.iter().enumerate() {
        match c.kind {
            Kind::Disable if open.is_none() && c.covers(rule) => open = Some((c.span.end, i)),
            Kind::Enable if c.covers(rule) => {
                if let Some((from, by)) = open.take() {
                    out.push((from, c.span.start, by));
                }
            }
            _ => {}
        }
    }
    out.extend(open.map(|(from, by)| (from, usize::MAX, by)));
    out
}

/// Per comment, for disables: whether every rule it names is re-enabled by a later
/// comment. One pass from the end, remembering what later enables name.
pub(super) fn closed(comments: &[Comment]) -> Vec<bool> {
    let mut out = vec![true; comments.len()];
    let (mut bare, mut named) = (false, std::collections::HashSet::new());
    for (i, c) in comments.iter().enumerate().rev() {
        match c.kind {
            Kind::Enable if c.selectors.is_empty() || c.selectors.iter().any(|s| s == "all") => bare = true,
            Kind::Enable => named.extend(c.selectors.iter().map(String::as_str)),
            Kind::Disable => {
                let family = |s: &str| s.split_once('/').is_some_and(|(f, _)| named.contains(f));
                out[i] = bare
                    || (!c.selectors.is_empty() && c.selectors.iter().all(|s| named.contains(s.as_str()) || family(s)));
            }
            _ => {}
        }
    }
    out
}
