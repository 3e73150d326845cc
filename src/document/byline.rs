//! The byline: author, publication date and read-time claim, with their spans. In the
//! house format it is one line whose parts are separated by `·` (spaces optional); in
//! Markdown it is assembled from front matter fields.

use super::frontmatter::{FrontMatter, Value};
use crate::patterns;
use crate::span::Span;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    /// The whole byline line (house format only).
    pub line: Option<Span>,
    pub author: Option<Span>,
    pub date: Option<Span>,
    pub read_time: Option<Span>,
}

/// Separators between byline parts; desks use the middle dot, some a bullet or a bar.
const SEPARATORS: [char; 3] = ['·', '•', '|'];

impl Byline {
    /// Parse a house-format byline line starting at `base`; `None` unless it has at least a
    /// separator and a date or a read-time claim.
    pub fn parse_line(line: &str, base: usize) -> Option<Byline> {
        if !line.contains(SEPARATORS) && !patterns::READ_TIME_CLAIM.is_match(line) {
            return None;
        }
        let mut byline = Byline { line: Some(Span::new(base, base + line.len())), ..Byline::default() };
        let mut cuts: Vec<(usize, usize)> = line.match_indices(SEPARATORS).map(|(i, m)| (i, i + m.len())).collect();
        cuts.push((line.len(), line.len()));
        let mut from = 0;
        for (sep_start, sep_end) in cuts {
            let part = &line[from..sep_start];
            let lead = part.len() - part.trim_start().len();
            let trimmed = part.trim();
            let span = Span::new(base + from + lead, base + from + lead + trimmed.len());
            from = sep_end;
            if trimmed.is_empty() {
                continue;
            }
            if byline.read_time.is_none() && patterns::READ_TIME_CLAIM.is_match(trimmed) {
                byline.read_time = Some(span);
            } else if byline.date.is_none() && patterns::BYLINE_DATE.is_match(trimmed) {
                byline.date = Some(span);
            } else if byline.read_time.is_none() && patterns::READ_TIME_LIKE.is_match(trimmed) {
                // A garbled claim (`1O min read`) is still the claim: read-time/malformed
                // reports it rather than it vanishing from the byline.
                byline.read_time = Some(span);
            } else if byline.author.is_none() && byline.date.is_none() {
                byline.author = Some(span);
            }
        }
        (byline.date.is_some() || byline.read_time.is_some()).then_some(byline)
    }

    pub fn from_front_matter(_source: &str, fm: &FrontMatter) -> Option<Byline> {
        let span_of = |keys: &[&str]| {
            fm.get_any(keys).and_then(|f| match &f.value {
                Value::Scalar(s) => Some(s.span),
                Value::List { items, .. } => items.first().map(|s| s.span),
                Value::Other(_) => None,
            })
        };
        let byline = Byline {
            line: None,
            author: span_of(&["author", "authors", "byline"]),
            date: span_of(&["date", "published", "publish_date", "pubDate"]),
            read_time: span_of(patterns::READ_TIME_KEYS),
        };
        (byline != Byline::default()).then_some(byline)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str) -> [Option<&str>; 3] {
        let b = Byline::parse_line(line, 0).expect("byline");
        [b.author, b.date, b.read_time].map(|s| s.map(|s| s.text(line)))
    }

    #[test]
    fn separator_without_spaces() {
        assert_eq!(
            parts("Omega Editorial· June 29, 2026· 3 min read"),
            [Some("Omega Editorial"), Some("June 29, 2026"), Some("3 min read")]
        );
    }

    #[test]
    fn spaced_separators_and_missing_parts() {
        assert_eq!(parts("Ana Ruiz · 4 Mar 2026"), [Some("Ana Ruiz"), Some("4 Mar 2026"), None]);
        assert_eq!(parts("Policy· 3 min read"), [Some("Policy"), None, Some("3 min read")]);
    }

    #[test]
    fn garbled_and_decimal_claims_are_claims() {
        for claim in ["4O min read", "8-10 min read", "6 mims read", "4.5 min read"] {
            let line = format!("Ana Ruiz · 4 Mar 2026 · {claim}");
            assert_eq!(parts(&line), [Some("Ana Ruiz"), Some("4 Mar 2026"), Some(claim)], "{claim}");
        }
        assert_eq!(parts("Ana Ruiz · 4 Mar 2026 · 12 minutes ago")[2], None);
    }

    #[test]
    fn prose_with_a_bar_is_not_a_byline() {
        assert!(Byline::parse_line("Revenue | costs | margins", 0).is_none());
    }
}
