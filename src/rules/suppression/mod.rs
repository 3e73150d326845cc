//! Inline suppression comments, in both formats:
//! `<!-- copydesk-disable RULE... -->` … `<!-- copydesk-enable RULE... -->` and
//! `<!-- copydesk-disable-next-line RULE... -->`; no RULE means every rule. RULE may be
//! a rule id or a family. The linter filters findings through them and reports the ones
//! that suppressed nothing.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_suppression.rs"));

/// What the family compiles ahead: nothing (the comment pattern is tiny).
pub static PATTERNS: crate::patterns::Warm = &[];

use crate::diagnostic::Diagnostic;
use crate::rules::RuleId;
use crate::span::{LineIndex, Span};
use regex::Regex;
use std::sync::LazyLock;

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
        .expect("suppression pattern compiles")
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Disable,
    Enable,
    NextLine,
}

#[derive(Debug, Clone)]
pub struct Comment {
    pub span: Span,
    pub kind: Kind,
    /// Rule ids or families; empty means all rules.
    pub selectors: Vec<String>,
    /// Byte ranges where this comment silences its selectors.
    pub ranges: Vec<Span>,
}

impl Comment {
    fn covers(&self, rule: RuleId) -> bool {
        self.selectors.is_empty() || self.selectors.iter().any(|s| rule.matches(s))
    }
}

/// Find suppression comments and the ranges they cover.
pub fn parse(source: &str, lines: &LineIndex) -> Vec<Comment> {
    let mut comments: Vec<Comment> = COMMENT
        .captures_iter(source)
        .map(|c| {
            let whole = c.get(0).expect("match");
            let kind = match &c[1] {
                "disable" => Kind::Disable,
                "enable" => Kind::Enable,
                _ => Kind::NextLine,
            };
            let selectors = c[2]
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            Comment { span: Span::new(whole.start(), whole.end()), kind, selectors, ranges: Vec::new() }
        })
        .collect();
    for i in 0..comments.len() {
        match comments[i].kind {
            Kind::NextLine => {
                let line = lines.position(source, comments[i].span.end).line;
                let start =
                    lines.offset(source, crate::span::Position { line: line + 1, column: 1 }).unwrap_or(source.len());
                let end =
                    lines.offset(source, crate::span::Position { line: line + 2, column: 1 }).unwrap_or(source.len());
                comments[i].ranges.push(Span::new(start, end));
            }
            Kind::Disable => {
                // Silenced until an enable comment that re-enables any of the same rules.
                let from = comments[i].span.end;
                let until = comments[i + 1..]
                    .iter()
                    .find(|c| {
                        c.kind == Kind::Enable
                            && (c.selectors.is_empty()
                                || comments[i].selectors.is_empty()
                                || c.selectors.iter().any(|s| comments[i].selectors.contains(s)))
                    })
                    .map_or(source.len(), |c| c.span.start);
                comments[i].ranges.push(Span::new(from, until));
            }
            Kind::Enable => {}
        }
    }
    comments
}

/// Drop diagnostics covered by a comment; returns, per comment, whether it was used.
pub fn apply(comments: &[Comment], diagnostics: &mut Vec<Diagnostic>) -> Vec<bool> {
    let mut used = vec![false; comments.len()];
    diagnostics.retain(|d| {
        let hit = comments.iter().position(|c| {
            c.covers(d.rule)
                && c.ranges.iter().any(|r| r.start <= d.span.start && d.span.start < r.end.max(r.start + 1))
        });
        if let Some(i) = hit {
            used[i] = true;
        }
        hit.is_none()
    });
    used
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, findings};
    use crate::rules::RuleId;

    const TAGS: &str = "Head\n\nBody.\n\n";

    #[test]
    fn bare_disable_silences_every_rule_until_enable() {
        let src = format!("{TAGS}<!-- copydesk-disable -->\n#A#B\n\n<!-- copydesk-enable -->\n#C#D\n");
        assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
    }

    #[test]
    fn family_selector_and_unknown_rules() {
        let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtags -->\n#A#B\n");
        assert!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src).is_empty());
        let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtag/typo -->\n#A #B\n");
        assert_eq!(
            check(RuleId::SuppressionUnused, "", "a.txt", &src),
            ["<!-- copydesk-disable-next-line hashtag/typo -->"]
        );
    }

    #[test]
    fn next_line_only_covers_the_next_line() {
        let src = format!("{TAGS}<!-- copydesk-disable-next-line -->\n#A #B\n\n#C#D\n");
        assert_eq!(check(RuleId::HashtagsRunTogether, "", "a.txt", &src), ["#C#D"]);
    }

    #[test]
    fn unused_says_whether_the_rule_is_unknown_or_silenced_nothing() {
        let src = format!("{TAGS}<!-- copydesk-disable-next-line hashtag/typo -->\n#A\n\n<!-- copydesk-disable-next-line hashtags -->\n#B\n");
        assert_eq!(
            findings(RuleId::SuppressionUnused, "", "a.txt", &src),
            [
                "<!-- copydesk-disable-next-line hashtag/typo --> | suppression names unknown rule `hashtag/typo`",
                "<!-- copydesk-disable-next-line hashtags --> | this suppression comment suppresses nothing",
            ]
        );
    }
}
