//! Collecting a document's dates: the publication and update fields of the front matter,
//! then every prose region in order (with each date's role), then the publication and
//! update dates, and last the year for each date written without one.

use super::{roles, scan, Dates, Place, Role};
use crate::document::frontmatter::{PUBLISHED_KEYS, UPDATED_KEYS};
use crate::document::{Document, RegionKind, Value};
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Every date of `doc`, with its role, and the publication and update dates among them.
pub fn find(doc: &Document) -> Dates {
    let mut dates = Dates::default();
    if let Some(fm) = &doc.front_matter {
        for field in &fm.fields {
            let role = if PUBLISHED_KEYS.contains(&field.key.as_str()) {
                Role::Published
            } else if UPDATED_KEYS.contains(&field.key.as_str()) {
                Role::Updated
            } else {
                continue;
            };
            let Value::Scalar(scalar) = &field.value else { continue };
            let place = Place::FrontMatter { key: field.key.clone() };
            let before = dates.mentions.len();
            scan::scan(doc, scalar.span, place, &mut dates.mentions);
            dates.mentions.truncate(before + 1);
            if let Some(m) = dates.mentions.get_mut(before) {
                m.role = role;
                let slot = if role == Role::Published { &mut dates.published } else { &mut dates.updated };
                if slot.is_none() && m.date().is_some() {
                    *slot = Some(before);
                }
            }
        }
    }
    // Paragraphs seen so far: a `By Name, date` line is a byline only among the first two
    // (after a standfirst at most), not in the middle of the story.
    let mut paragraphs = 0;
    for (index, region) in doc.regions.iter().enumerate() {
        if matches!(region.kind, RegionKind::Category | RegionKind::Hashtags) {
            continue;
        }
        let from = dates.mentions.len();
        for &piece in &region.pieces {
            scan::scan(doc, piece, Place::Region { index, kind: region.kind }, &mut dates.mentions);
        }
        let byline = roles::byline_in(doc, region.kind, region.span, paragraphs);
        paragraphs += usize::from(region.kind == RegionKind::Paragraph);
        let (mut quotes, mut read) = (roles::QuoteState::default(), region.span.start);
        for m in &mut dates.mentions[from..] {
            m.role = roles::role_in_region(doc, region.span, byline.as_ref(), m);
            // Mentions come in text order; one that does not is read from the start.
            if m.span.start < read {
                (quotes, read) = (roles::QuoteState::default(), region.span.start);
            }
            quotes.advance(&doc.source[read..m.span.start]);
            read = m.span.start;
            m.quoted = quotes.inside();
        }
        if dates.mentions[from..].iter().any(|m| m.year.is_none() && m.day.is_some()) {
            sentence_years(doc, index, &mut dates.mentions[from..]);
        }
    }
    if dates.published.is_none() {
        dates.published = dates.mentions.iter().position(|m| m.role == Role::Byline && m.year.is_some());
    }
    if dates.updated.is_none() {
        dates.updated = dates.mentions.iter().position(|m| m.role == Role::Updated && m.date().is_some());
    }
    let reference = dates.published().map(|(_, d)| d);
    let mut last_year = None;
    for m in &mut dates.mentions {
        if m.year.is_some() {
            last_year = m.year;
        } else if m.day.is_some() && m.context_year.is_none() {
            m.year_guessed = reference.is_some() && m.relative_year.is_none();
            m.context_year = match (reference, m.relative_year) {
                (Some(r), Some(offset)) => Some(r.year() + i16::from(offset)),
                (Some(r), None) => Some(closest_year(r, m.month, m.day.unwrap_or(1))),
                (None, _) => last_year,
            };
        }
    }
    dates
}

/// A year that sets a sentence's time: `In 2019, …`, `since 2021`, `during 2018`.
static YEAR_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout|[Uu]ntil|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\s*((?:19|20)\d\d)\b",
    )
    .expect("pattern")
});

/// A year named relative to the publication date: `last year`, `this year`, `next year`.
static RELATIVE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(last|this|next)\s+year\b").expect("pattern"));

/// The offset of a relative year phrase from the publication year.
fn offset(phrase: &str) -> i8 {
    match phrase.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

/// Year-less dates read in their own sentence's year, when the sentence sets one before
/// the date (`In 2019, … on November 6`) or writes an earlier date with its year.
fn sentence_years(doc: &Document, region: usize, mentions: &mut [super::DateMention]) {
    let sentences = doc.region_sentences(region);
    let written: Vec<(usize, i16)> = mentions.iter().filter_map(|m| Some((m.span.start, m.year?))).collect();
    for m in mentions.iter_mut().filter(|m| m.year.is_none() && m.day.is_some()) {
        let Some(sentence) = sentences.iter().find(|s| s.span.contains(m.span)) else { continue };
        let before = &doc.source[sentence.span.start..m.span.start];
        let stated = YEAR_CONTEXT
            .captures_iter(before)
            .last()
            .map(|c| (sentence.span.start + c.get(1).map_or(0, |g| g.start()), c[1].parse().ok()));
        let dated = written
            .iter()
            .rev()
            .find(|(at, _)| (sentence.span.start..m.span.start).contains(at))
            .map(|&(at, y)| (at, Some(y)));
        // `began on January 25 last year`: the phrase may also follow the date at once.
        let after = &doc.source[m.span.end..sentence.span.end];
        let relative = RELATIVE_YEAR
            .captures_iter(before)
            .last()
            .map(|c| (sentence.span.start + c.get(0).map_or(0, |g| g.start()), offset(&c[1])))
            .or_else(|| {
                RELATIVE_YEAR
                    .captures(after)
                    .filter(|c| c.get(0).is_some_and(|g| after[..g.start()].trim().is_empty()))
                    .map(|c| (m.span.end, offset(&c[1])))
            });
        let latest_absolute = stated.map(|a| a.0).into_iter().chain(dated.map(|b| b.0)).max();
        if let Some((at, off)) = relative {
            if latest_absolute.is_none_or(|a| at > a) {
                m.relative_year = Some(off);
                continue;
            }
        }
        m.context_year = match (stated, dated) {
            (Some(a), Some(b)) => {
                if a.0 > b.0 {
                    a.1
                } else {
                    b.1
                }
            }
            (a, b) => a.or(b).and_then(|(_, y)| y),
        };
    }
}

/// The year, one either side of the reference's, that puts month/day nearest to it, so
/// that `January 5` in a piece from late December means the coming January.
fn closest_year(reference: Date, month: i8, day: i8) -> i16 {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|year| {
            // Clamp the day so that `February 29` or `June 31` still picks a year.
            let last = Date::new(year, month, 1).ok()?.days_in_month();
            let d = Date::new(year, month, day.min(last)).ok()?;
            Some((year, (d - reference).get_days().abs()))
        })
        .min_by_key(|&(_, distance)| distance)
        .map_or(y, |(year, _)| year)
}

#[cfg(test)]
mod tests {
    use super::find;
    use crate::document::Document;

    #[test]
    fn front_matter_dates_and_year_ends() {
        let src = "---\ndate: 2026-12-20\nupdated: \"2026-12-19T10:00:00Z\"\n---\nThe vote is on January 5.\n";
        let doc = Document::parse("a.md", src.to_string());
        let dates = find(&doc);
        assert_eq!(dates.published().unwrap().1, jiff::civil::date(2026, 12, 20));
        assert_eq!(dates.updated().unwrap().1, jiff::civil::date(2026, 12, 19));
        assert_eq!(dates.mentions[2].date(), Some(jiff::civil::date(2027, 1, 5)));
        let src =
            "---\ndate: 2026-04-02\n---\nIn 2019, a storm hit on Wednesday, November 6. It rained on November 6.\n";
        let dates = find(&Document::parse("a.md", src.to_string()));
        assert_eq!(dates.mentions[1].date(), Some(jiff::civil::date(2019, 11, 6)));
        assert_eq!(dates.mentions[2].date(), Some(jiff::civil::date(2025, 11, 6)), "the next sentence sets no year");
        let relative = "---\ndate: 2026-02-10\n---\nThe strike began on January 25 last year and ended on February 11. It resumes on February 11.\n";
        let dates = find(&Document::parse("a.md", relative.to_string()));
        assert_eq!(dates.mentions[1].date(), Some(jiff::civil::date(2025, 1, 25)), "`last year` right after the date");
        assert_eq!(
            dates.mentions[2].date(),
            Some(jiff::civil::date(2025, 2, 11)),
            "`last year` earlier in the sentence"
        );
        assert_eq!(dates.mentions[3].date(), Some(jiff::civil::date(2026, 2, 11)), "the next sentence sets no year");
        let written = "---\ndate: 2026-02-10\n---\nLast year was calm, but in 2019 it rained on February 11.\n";
        let dates = find(&Document::parse("a.md", written.to_string()));
        assert_eq!(dates.mentions[1].date(), Some(jiff::civil::date(2019, 2, 11)), "a later written year wins");
        let toml = "+++\ndate = 2026-06-29T08:00:00Z\n+++\nText.\n";
        let doc = Document::parse("a.md", toml.to_string());
        assert_eq!(find(&doc).published().unwrap().1, jiff::civil::date(2026, 6, 29));
    }
}
