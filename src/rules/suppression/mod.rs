//! Inline suppression comments, in both formats:
//! `<!-- copydesk-disable RULE... -->` … `<!-- copydesk-enable RULE... -->`,
//! `<!-- copydesk-disable-next-line RULE... -->` and `<!-- copydesk-disable-line
//! RULE... -->` (the line the comment is on); no RULE means every rule. RULE may be a rule
//! id or a family, matched both ways (an enable of one rule ends a family's disable for
//! that rule only). Directives come from the document, never from code: in Markdown not
//! inside code or front matter, in the house format only on a line of their own. Any
//! other `copydesk-` directive suppresses nothing and is reported. The linter filters
//! findings through them (`apply`) and reports the ones that suppressed nothing.

mod apply;
// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_suppression.rs"));

pub use apply::apply;

/// What the family compiles ahead: nothing (the comment pattern is tiny).
pub static PATTERNS: crate::patterns::Warm = &[];

use crate::document::{Document, Format};
use crate::rules::RuleId;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*copydesk-([a-z][a-z-]*)([^>]*?)\s*-->").expect("suppression pattern compiles")
});

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Disable,
    Enable,
    NextLine,
    /// `disable-line`: the line the comment is on.
    Line,
    /// A `copydesk-` directive that is none of the above (as written).
    Unknown(String),
}

#[derive(Debug, Clone)]
pub struct Comment {
    pub span: Span,
    pub kind: Kind,
    /// Rule ids or families; empty means all rules.
    pub selectors: Vec<String>,
    /// For line comments: the 1-based lines they cover.
    pub lines: std::ops::Range<usize>,
}

impl Comment {
    fn covers(&self, rule: RuleId) -> bool {
        self.selectors.is_empty() || self.selectors.iter().any(|s| rule.matches(s))
    }
}

/// The suppression comments of `doc`, in order.
pub fn parse(doc: &Document) -> Vec<Comment> {
    let source = &doc.source;
    let mut code: Vec<Span> = doc.code.iter().copied().chain(doc.front_matter.as_ref().map(|f| f.span)).collect();
    code.sort_by_key(|s| s.start);
    let house = matches!(doc.format, Format::House | Format::Plain);
    let mut out = Vec::new();
    for c in COMMENT.captures_iter(source) {
        let whole = c.get(0).expect("match");
        let span = Span::new(whole.start(), whole.end());
        if in_code(&code, span) || (house && !alone_on_its_line(source, span)) {
            continue;
        }
        let (name, rest) = (&c[1], &c[2]);
        let kind = match name {
            _ if !rest.is_empty() && !rest.starts_with(char::is_whitespace) => Kind::Unknown(format!("{name}{rest}")),
            "disable" => Kind::Disable,
            "enable" => Kind::Enable,
            "disable-next-line" => Kind::NextLine,
            "disable-line" => Kind::Line,
            other => Kind::Unknown(other.to_string()),
        };
        let selectors = match kind {
            Kind::Unknown(_) => Vec::new(),
            _ => rest
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        };
        let (first, last) = (doc.lines.line(span.start), doc.lines.line(span.end));
        let lines = match kind {
            Kind::NextLine => last + 1..last + 2,
            Kind::Line => first..last + 1,
            _ => 0..0,
        };
        out.push(Comment { span, kind, selectors, lines });
    }
    out
}

/// Whether `span` lies inside one of the sorted `code` spans.
fn in_code(code: &[Span], span: Span) -> bool {
    let i = code.partition_point(|c| c.start <= span.start);
    i > 0 && code[i - 1].end >= span.end
}

fn alone_on_its_line(source: &str, span: Span) -> bool {
    let before = source[..span.start].rsplit('\n').next().unwrap_or("");
    let after = source[span.end..].split('\n').next().unwrap_or("");
    before.trim().is_empty() && after.trim().is_empty()
}

#[cfg(test)]
mod tests;
