//! The byline: author, publication date and read-time claim, with their spans. In the
//! house format it is one line whose parts are separated by `·` (spaces optional); in
//! Markdown it is assembled from front matter fields, and a body may repeat it as a
//! short `By Name, date` paragraph.

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
    /// A part shaped like a date that is not one (`Mya 3, 2026`): the byline seems to
    /// date the piece, but no date could be read (house format only).
    pub unread_date: Option<Span>,
}

/// A byline part shaped like a date: a word, a day and a year, or a day, a word and a year.
static DATE_SHAPED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:[A-Za-z]{2,10}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}|[0-9]{1,2}\s+[A-Za-z]{2,10}\.?,?\s+[0-9]{4}|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})$")
        .expect("pattern")
});

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
            } else if byline.date.is_none() && byline.unread_date.is_none() && DATE_SHAPED.is_match(trimmed) {
                byline.unread_date = Some(span);
            } else if byline.author.is_none() && byline.date.is_none() {
                byline.author = Some(span);
            }
        }
        (byline.date.is_some() || byline.read_time.is_some() || byline.unread_date.is_some()).then_some(byline)
    }

    /// Parse a byline written as a sentence in the body: `By Ana Ruiz, 4 March 2026`,
    /// `_By Ana Ruiz — Monday, March 4, 2026_` (emphasis markers around it are allowed).
    /// `By` must be followed by a name (capitalised words, with the usual lower-case
    /// particles) and then, after one separator, nothing but a date, so that prose such
    /// as `By March 3, 2026, the council had…` stays prose.
    pub fn parse_by_line(line: &str, base: usize) -> Option<Byline> {
        let mut from = line.len() - line.trim_start().len();
        // All white space (` ` alone): both trims cover the whole line.
        let mut to = line.trim_end().len().max(from);
        loop {
            let inner = &line[from..to];
            let marker = ["**", "__", "*", "_"]
                .into_iter()
                .find(|m| inner.len() > 2 * m.len() && inner.starts_with(m) && inner.ends_with(m));
            let Some(marker) = marker else { break };
            from += marker.len();
            to -= marker.len();
        }
        let inner = &line[from..to];
        let after_by = inner.strip_prefix("By ")?;
        let name_start = to - after_by.trim_start().len();
        let rest = &line[name_start..to];
        for (cut, sep) in rest.match_indices([',', '·', '•', '|', '—', '–']) {
            let name = rest[..cut].trim_end();
            let tail = &rest[cut + sep.len()..];
            let date = tail.trim().trim_end_matches('.');
            if !is_name(name) || !patterns::BYLINE_DATE.is_match(date) {
                continue;
            }
            let date_start = name_start + cut + sep.len() + (tail.len() - tail.trim_start().len());
            return Some(Byline {
                line: Some(Span::new(base + from, base + to)),
                author: Some(Span::new(base + name_start, base + name_start + name.len())),
                date: Some(Span::new(base + date_start, base + date_start + date.len())),
                read_time: None,
                unread_date: None,
            });
        }
        None
    }

    pub fn from_front_matter(fm: &FrontMatter) -> Option<Byline> {
        let span_of = |keys: &[&str]| {
            let set = |f: &&super::frontmatter::Field| !matches!(&f.value, Value::Scalar(s) if s.is_flag());
            keys.iter().find_map(|k| fm.get(k).filter(set)).and_then(|f| match &f.value {
                Value::Scalar(s) => Some(s.span),
                Value::List { items, .. } => items.first().map(|s| s.span),
                Value::Other(_) => None,
            })
        };
        let byline = Byline {
            line: None,
            author: span_of(&["author", "authors", "byline"]),
            date: span_of(super::frontmatter::PUBLISHED_KEYS),
            read_time: span_of(patterns::READ_TIME_KEYS),
            unread_date: None,
        };
        (byline != Byline::default()).then_some(byline)
    }
}

/// Lower-case words that belong inside a name (`Ana de la Cruz`, `Ali and Bo Li`).
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
    "and", "&",
];

/// Whether `text` reads as a person's or a desk's name: one to six words, the first
/// capitalised and each other capitalised or a particle (commas between names allowed).
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    let capitalised = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
    };
    (1..=6).contains(&words.len())
        && capitalised(words[0])
        && words.iter().all(|w| capitalised(w) || NAME_PARTICLES.contains(w))
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

    fn by_parts(line: &str) -> Option<[Option<&str>; 2]> {
        Byline::parse_by_line(line, 0).map(|b| [b.author, b.date].map(|s| s.map(|s| s.text(line))))
    }

    #[test]
    fn bylines_written_as_a_sentence() {
        let both = |a: &'static str, d: &'static str| Some([Some(a), Some(d)]);
        assert_eq!(by_parts("_By Lia Moreno, 3 October 2026_"), both("Lia Moreno", "3 October 2026"));
        assert_eq!(by_parts("By Lia Moreno, Monday, October 5, 2026."), both("Lia Moreno", "Monday, October 5, 2026"));
        assert_eq!(by_parts("**By Ana de la Cruz — Oct. 5, 2026**"), both("Ana de la Cruz", "Oct. 5, 2026"));
        assert_eq!(by_parts("*By J. Ng and Ali Sow | 2026-10-05*"), both("J. Ng and Ali Sow", "2026-10-05"));
    }

    #[test]
    fn sentences_starting_with_by_are_not_bylines() {
        for prose in [
            "By March 3, 2026, the council had spent its budget.",
            "By October 2026, the lane was open.",
            "By then, 3 October 2026 had passed.",
            "By the river, 3 October 2026",
            "Lia Moreno, 3 October 2026",
            "By Lia Moreno",
            "Standby Lia Moreno, 3 October 2026",
            "___",
            "**",
            "_*_",
            "By ,",
            "By · 3 October 2026",
        ] {
            assert_eq!(by_parts(prose), None, "{prose}");
        }
    }

    #[test]
    fn a_misspelt_date_and_claim_are_kept_as_unread_parts() {
        let line = "Culture Desk· Mya 3, 2026· 2 min rd";
        let b = Byline::parse_line(line, 0).expect("byline");
        assert_eq!(parts(line), [Some("Culture Desk"), None, Some("2 min rd")]);
        assert_eq!(b.unread_date.map(|s| s.text(line)), Some("Mya 3, 2026"));
        assert_eq!(Byline::parse_line("Culture Desk· May 3, 2026", 0).and_then(|b| b.unread_date), None);
    }

    #[test]
    fn prose_with_a_bar_is_not_a_byline() {
        assert!(Byline::parse_line("Revenue | costs | margins", 0).is_none());
    }
}
