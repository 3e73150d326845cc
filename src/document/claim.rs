//! Read-time claims: what the draft says about its own reading time, in the byline
//! (`3 min read`) or front matter (`read_time`, `reading_time`, …), with the span of the
//! claim and of its number so that rules can check it and fixes can replace the number.

use super::{Byline, Document, Format, RegionKind, Value};
use crate::patterns;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Byline,
    FrontMatter,
}

#[derive(Debug, Clone)]
pub struct Claim {
    pub origin: Origin,
    /// The claim's text: the byline part, or the front matter value (inside quotes).
    pub span: Span,
    /// The front matter key, for claims made there.
    pub key: Option<Span>,
    /// The byline line holding the claim (a Markdown body line is not counted as body).
    pub line: Option<Span>,
    /// The first number in the claim, and its value.
    pub number: Option<Span>,
    pub minutes: Option<f64>,
    /// A front matter number (`reading_time = 5`) rather than a string.
    pub typed: bool,
}

impl Claim {
    fn new(doc: &Document, origin: Origin, span: Span, typed: bool) -> Claim {
        let number = first_number(doc.text(span)).map(|r| span.sub(r));
        let minutes = number
            .filter(|n| !garbled(&doc.source[n.end..span.end]))
            .and_then(|n| doc.text(n).replace(',', ".").parse().ok());
        Claim { origin, span, key: None, line: None, number, minutes, typed }
    }
}

/// The first run of digits, with one decimal part (`2.5`, `2,5`).
fn first_number(text: &str) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let start = bytes.iter().position(u8::is_ascii_digit)?;
    let digits = |from: usize| from + bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = digits(start);
    if end + 1 < bytes.len() && matches!(bytes[end], b'.' | b',') && bytes[end + 1].is_ascii_digit() {
        end = digits(end + 1);
    }
    Some(start..end)
}

/// Whether what follows the number makes it unreadable: a letter run into it (`1O min`,
/// the letter O for a zero) or a range (`12-15 min`). `10min` is only missing a space.
fn garbled(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() => !matches!(c, 'm' | 'M'),
        Some('-' | '–' | '/') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Markdown drafts sometimes carry a house byline as one of their first body lines.
const BODY_BYLINE_WINDOW: usize = 3;

pub(super) fn find(doc: &Document) -> Vec<Claim> {
    let mut out = Vec::new();
    if let Some(fm) = &doc.front_matter {
        for field in fm.fields.iter().filter(|f| patterns::READ_TIME_KEYS.contains(&f.key.as_str())) {
            let (span, typed) = match &field.value {
                Value::Scalar(s) => (s.span, s.typed),
                other => (other.span(), false),
            };
            let mut claim = Claim::new(doc, Origin::FrontMatter, span, typed);
            if !matches!(field.value, Value::Scalar(_)) {
                (claim.number, claim.minutes) = (None, None);
            }
            claim.key = Some(field.key_span);
            out.push(claim);
        }
    }
    match doc.format {
        Format::House | Format::Plain => {
            if let Some(Byline { read_time: Some(span), line, .. }) = &doc.byline {
                out.push(Claim { line: *line, ..Claim::new(doc, Origin::Byline, *span, false) });
            }
        }
        Format::Markdown => {
            let lines = doc.regions.iter().take(BODY_BYLINE_WINDOW).filter(|r| r.kind == RegionKind::Paragraph);
            for region in lines {
                let text = doc.text(region.span).trim_end();
                if text.contains('\n') {
                    continue;
                }
                let byline = Byline::parse_line(text, region.span.start);
                if let Some(span) = byline.and_then(|b| b.read_time) {
                    out.push(Claim { line: Some(region.span), ..Claim::new(doc, Origin::Byline, span, false) });
                    break;
                }
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(path: &str, src: &str) -> Vec<(Origin, String, Option<f64>)> {
        let doc = Document::parse(path, src.to_string());
        doc.claims().iter().map(|c| (c.origin, doc.text(c.span).to_string(), c.minutes)).collect()
    }

    #[test]
    fn byline_and_front_matter_claims() {
        let house = "Head\n\nJo Park· May 3, 2026· 4 min read\n\nBody.\n";
        assert_eq!(claims("a.txt", house), [(Origin::Byline, "4 min read".into(), Some(4.0))]);
        let yaml = "---\nread_time: \"2 mins read\"\nreading_time: 3\n---\nBody.\n";
        assert_eq!(
            claims("a.md", yaml),
            [(Origin::FrontMatter, "2 mins read".into(), Some(2.0)), (Origin::FrontMatter, "3".into(), Some(3.0))]
        );
        let toml = "+++\nreadingTime = \"soon\"\n+++\nJo Park · May 3, 2026 · 3 min read\n\nBody.\n";
        assert_eq!(
            claims("a.md", toml),
            [(Origin::FrontMatter, "soon".into(), None), (Origin::Byline, "3 min read".into(), Some(3.0))]
        );
    }

    #[test]
    fn garbled_numbers_have_no_minutes() {
        let house = |claim: &str| format!("Head\n\nJo Park· May 3, 2026· {claim}\n\nBody.\n");
        for (claim, minutes) in [
            ("4O min read", None),
            ("8-10 min read", None),
            ("6 mims read", Some(6.0)),
            ("4.5 min read", Some(4.5)),
            ("7min read", Some(7.0)),
        ] {
            assert_eq!(claims("a.txt", &house(claim)), [(Origin::Byline, claim.to_string(), minutes)], "{claim}");
        }
        let yaml = "---\nread_time: \"2O min read\"\nreading_time: -3\n---\nBody.\n";
        let got: Vec<_> = claims("a.md", yaml).into_iter().map(|c| c.2).collect();
        assert_eq!(got, [None, Some(3.0)]);
    }

    #[test]
    fn related_list_times_are_not_claims() {
        let src = "Head\n\nJo Park· May 3, 2026\n\nBody.\n\nMore in Science\n\nScience· 3 min read\n";
        assert!(claims("a.txt", src).is_empty());
    }
}
