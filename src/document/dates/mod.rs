//! Dates as a reader sees them, found once per document: every date written in prose
//! (body, headline, standfirst, byline, related list) and in front matter, with its exact
//! span, its parts, the style it is written in, any weekday written with it, and the role
//! it plays (publication date, dateline, byline, update stamp). Year-less dates take
//! their year from the publication date. Calendar questions go to jiff; nothing here
//! does calendar arithmetic by hand.

mod scan;

use super::{Byline, Document, RegionKind, Value};
use crate::span::Span;
use jiff::civil::{Date, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// How a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    /// `June 29, 2026`, `Jun. 29`
    MonthDay,
    /// `29 June 2026`, `29th of June`
    DayMonth,
    /// `June 2026`: no day, so never compared with full dates.
    MonthYear,
    /// `2026-06-29`
    Iso,
    /// `06/29/2026`, `29/06/2026`
    Numeric,
    /// `29.06.2026`
    Dotted,
}

impl Style {
    pub fn name(self) -> &'static str {
        match self {
            Style::MonthDay => "month-day-year",
            Style::DayMonth => "day-month-year",
            Style::MonthYear => "month-year",
            Style::Iso => "iso",
            Style::Numeric => "numeric",
            Style::Dotted => "dotted",
        }
    }

    /// How the style reads in a message.
    pub fn example(self) -> &'static str {
        match self {
            Style::MonthDay => "month-day-year (June 29, 2026)",
            Style::DayMonth => "day-month-year (29 June 2026)",
            Style::MonthYear => "month-year (June 2026)",
            Style::Iso => "ISO (2026-06-29)",
            Style::Numeric => "numeric (06/29/2026)",
            Style::Dotted => "dotted (29.06.2026)",
        }
    }
}

/// Which way round a slashed numeric date has to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Only month first makes sense (`06/29/2026`).
    Mdy,
    /// Only day first makes sense (`29/06/2026`).
    Dmy,
    /// Both parts are 12 or less (`06/07/2026`).
    Ambiguous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthName {
    Full,
    Short,
    /// Abbreviated with a full stop (`Jun.`).
    ShortDot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayMention {
    /// The weekday word, without a trailing full stop.
    pub span: Span,
    pub weekday: Weekday,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Region { index: usize, kind: RegionKind },
    FrontMatter { key: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Text,
    /// `LAKEPORT, Feb. 12, 2026 — …` at the start of a paragraph.
    Dateline,
    /// The date part of a byline line.
    Byline,
    /// Front matter `date`/`published`.
    Published,
    /// Front matter `updated`, or an `Updated …` stamp.
    Updated,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The date as written, any weekday excluded.
    pub span: Span,
    pub style: Style,
    /// For numeric dates.
    pub order: Option<Order>,
    /// The month under the reading the text most likely means (month first when ambiguous).
    pub month: i8,
    pub day: Option<i8>,
    /// The year as written.
    pub year: Option<i16>,
    /// The year supplied by context (the publication date) when none is written.
    pub context_year: Option<i16>,
    pub month_name: Option<MonthName>,
    pub weekday: Option<WeekdayMention>,
    pub place: Place,
    pub role: Role,
}

impl DateMention {
    pub fn year(&self) -> Option<i16> {
        self.year.or(self.context_year)
    }

    pub fn region_kind(&self) -> Option<RegionKind> {
        match self.place {
            Place::Region { kind, .. } => Some(kind),
            Place::FrontMatter { .. } => None,
        }
    }

    /// The (month, day) readings: two for an ambiguous numeric date, else one.
    pub fn readings(&self) -> Vec<(i8, i8)> {
        let Some(day) = self.day else { return Vec::new() };
        let mut out = vec![(self.month, day)];
        if self.order == Some(Order::Ambiguous) && self.month != day {
            out.push((day, self.month));
        }
        out
    }

    /// Whether some reading is a real calendar date. Without a year, February 29 is
    /// given the benefit of the doubt.
    pub fn is_possible(&self) -> bool {
        let year = self.year().unwrap_or(2024);
        self.day.is_none() || self.readings().iter().any(|&(m, d)| Date::new(year, m, d).is_ok())
    }

    /// Every real calendar date the text can mean, when the year is known.
    pub fn dates(&self) -> Vec<Date> {
        let Some(year) = self.year() else { return Vec::new() };
        self.readings().into_iter().filter_map(|(m, d)| Date::new(year, m, d).ok()).collect()
    }

    /// The date under the main reading, when it is a real one.
    pub fn date(&self) -> Option<Date> {
        let (m, d) = *self.readings().first()?;
        Date::new(self.year()?, m, d).ok()
    }
}

/// Every date of a document, in file order, and which ones are the publication and
/// update dates.
#[derive(Debug, Clone, Default)]
pub struct Dates {
    pub mentions: Vec<DateMention>,
    pub published: Option<usize>,
    pub updated: Option<usize>,
}

impl Dates {
    pub fn published(&self) -> Option<(&DateMention, Date)> {
        let m = &self.mentions[self.published?];
        Some((m, m.date()?))
    }

    pub fn updated(&self) -> Option<(&DateMention, Date)> {
        let m = &self.mentions[self.updated?];
        Some((m, m.date()?))
    }
}

const PUBLISHED_KEYS: &[&str] =
    &["date", "published", "publish_date", "publishDate", "pubDate", "date_published", "created_at"];
const UPDATED_KEYS: &[&str] = &["updated", "lastmod", "last_modified", "modified", "date_updated", "updated_at"];

/// A dateline's place before the date: `TOFINO, British Columbia, ` (the first word in
/// capitals), or a press release's `Berlin, Germany – `.
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’ -]*)*,\s*|[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’-]+(?: [A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’-]+)*(?:,\s*[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’ -]*)*\s[–—]\s)$",
    )
    .expect("pattern")
});

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
        let byline = match region.kind {
            RegionKind::Byline => doc.byline.clone(),
            // A short paragraph can be a byline written into a Markdown body.
            RegionKind::Paragraph if region.span.len() < 120 => {
                Byline::parse_line(doc.text(region.span), region.span.start).or_else(|| {
                    (paragraphs < 2).then(|| Byline::parse_by_line(doc.text(region.span), region.span.start)).flatten()
                })
            }
            _ => None,
        };
        paragraphs += usize::from(region.kind == RegionKind::Paragraph);
        for m in &mut dates.mentions[from..] {
            m.role = role_in_region(doc, region.span, byline.as_ref(), m);
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
        } else if m.day.is_some() {
            m.context_year = match reference {
                Some(r) => Some(closest_year(r, m.month, m.day.unwrap_or(1))),
                None => last_year,
            };
        }
    }
    dates
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

fn role_in_region(doc: &Document, region: Span, byline: Option<&Byline>, m: &DateMention) -> Role {
    if byline.and_then(|b| b.date).is_some_and(|d| d.contains(m.span)) {
        return Role::Byline;
    }
    let start = m.weekday.map_or(m.span.start, |w| w.span.start.min(m.span.start));
    let before = &doc.source[region.start..start];
    let after = &doc.source[m.span.end..region.end];
    let after = after.trim_start_matches([')', ',']).trim_start();
    let trimmed = before.trim_end().trim_end_matches(':');
    if trimmed.ends_with("Updated") || trimmed.ends_with("updated") && trimmed.len() < 20 {
        return Role::Updated;
    }
    if matches!(doc.regions.iter().find(|r| r.span == region).map(|r| r.kind), Some(k) if k.is_body())
        && (DATELINE_PLACE.is_match(before) || is_parenthesised_dateline(before, &doc.source[m.span.end..region.end]))
        && (after.starts_with(['—', '–']) || after.starts_with("--") || after.starts_with("- "))
    {
        return Role::Dateline;
    }
    Role::Text
}

/// `NUUK, Greenland (Aug. 3, 2026) —`: the date in parentheses after the place. Only the
/// capitals form counts, so that prose such as `Yesterday (May 2) — …` stays prose.
fn is_parenthesised_dateline(before: &str, after: &str) -> bool {
    let Some(place) = before.trim_end().strip_suffix('(') else { return false };
    let place = place.trim_end();
    // With `, ` in place of the parenthesis only the capitals alternative can match.
    after.trim_start().starts_with(')') && DATELINE_PLACE.is_match(&format!("{place}, "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(path: &str, src: &str) -> Vec<(String, Style, Option<String>, Role)> {
        let doc = Document::parse(path, src.to_string());
        let dates = find(&doc);
        dates
            .mentions
            .iter()
            .map(|m| (doc.text(m.span).to_string(), m.style, m.weekday.map(|w| doc.text(w.span).to_string()), m.role))
            .collect()
    }

    fn texts(path: &str, src: &str) -> Vec<String> {
        found(path, src).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn finds_each_written_form() {
        let src = "On June 29, 2026 and Jun. 3 and Sept. 3, 2026, then 29 June 2026 and June 29th, 2026.\n\n\
                   Also 2026-06-29, 06/29/2026, 29.06.2026 and December 2022.\n";
        assert_eq!(
            texts("a.md", src),
            [
                "June 29, 2026",
                "Jun. 3",
                "Sept. 3, 2026",
                "29 June 2026",
                "June 29th, 2026",
                "2026-06-29",
                "06/29/2026",
                "29.06.2026",
                "December 2022"
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_dates() {
        let src = "In 2035, at 10:30, a 3-2 win, version 24.10.2, CVE-2026-1187, Bylaw 2025-14, \
                   $1.2 trillion, 1/2 cup, version 2.1.2026, pages 12-14, 1.29.2026.4, and May we go.\n";
        assert!(texts("a.md", src).is_empty(), "{:?}", texts("a.md", src));
    }

    #[test]
    fn weekdays_before_and_after() {
        let src = "Set for Monday, June 29, 2026, or Mon. June 29, or Monday (June 29), \
                   or 2016-12-29(Thursday), or 4/23 (Wed) but not the Sun June 29.\n";
        let got: Vec<_> = found("a.md", src).into_iter().map(|f| (f.0, f.2)).collect();
        let wd = |d: &str, w: Option<&str>| (d.to_string(), w.map(String::from));
        assert_eq!(
            got,
            [
                wd("June 29, 2026", Some("Monday")),
                wd("June 29", Some("Mon")),
                wd("June 29", Some("Monday")),
                wd("2016-12-29", Some("Thursday")),
                wd("4/23", Some("Wed")),
                wd("June 29", None)
            ]
        );
    }

    #[test]
    fn bare_abbreviated_weekdays_need_a_capital_and_no_name_before() {
        let weekdays = |src: &str| -> Vec<Option<String>> { found("a.md", src).into_iter().map(|f| f.2).collect() };
        let some = |w: &str| Some(w.to_string());
        assert_eq!(
            weekdays("Tagged on Sun 28 Nov. Due Tue, Nov 30. (Thurs 3 Dec) Deadline: Wed 2 Dec. On Sat 5 Dec.\n"),
            [some("Sun"), some("Tue"), some("Thurs"), some("Wed"), some("Sat")]
        );
        // Names and words: the newspaper, a masthead, lower and upper case, a determiner.
        assert_eq!(
            weekdays("The Sun 28 Nov edition, the Daily Sun 28 Nov, they sat 28 Nov, SUN 28 Nov, their Sat 28 Nov.\n"),
            [None, None, None, None, None]
        );
    }

    #[test]
    fn a_by_line_near_the_top_is_a_byline() {
        let roles = |src: &str| -> Vec<Role> { found("a.md", src).into_iter().map(|f| f.3).collect() };
        assert_eq!(
            roles("# Title\n\n_By Lia Moreno, 3 October 2026_\n\nText on 2 October.\n"),
            [Role::Byline, Role::Text]
        );
        assert_eq!(roles("A standfirst.\n\nBy Lia Moreno, 3 October 2026\n\nText.\n"), [Role::Byline]);
        // Prose opening with `By` + a date, and a by-line deep in the story, stay prose.
        assert_eq!(roles("By March 3, 2026, the council had spent it.\n"), [Role::Text]);
        assert_eq!(roles("One.\n\nTwo.\n\nBy Lia Moreno, 3 October 2026\n"), [Role::Text]);
    }

    #[test]
    fn ranges_give_two_dates() {
        assert_eq!(texts("a.md", "From June 29–30, 2026 and 3-4 July.\n"), ["June 29", "30, 2026", "3", "4 July"]);
    }

    #[test]
    fn roles_and_publication_date() {
        let src = "Policy\n\nA Headline Here\n\nOmega Editorial· June 29, 2026· 3 min read\n\n\
                   LAKEPORT, June 28, 2026 — The council met on July 2.\n";
        let doc = Document::parse("a.txt", src.to_string());
        let dates = find(&doc);
        let roles: Vec<_> = dates.mentions.iter().map(|m| m.role).collect();
        assert_eq!(roles, [Role::Byline, Role::Dateline, Role::Text]);
        let release = Document::parse("a.md", "Berlin, Germany – May 2, 2026 – The team said.\n".into());
        assert_eq!(release.dates().mentions[0].role, Role::Dateline);
        let prose = Document::parse("a.md", "Yesterday, May 2 — a quiet day.\n".into());
        assert_eq!(prose.dates().mentions[0].role, Role::Text);
        let paren = Document::parse("a.md", "HALIFAX, Nova Scotia (Oct. 9, 2026) — Crews said.\n".into());
        assert_eq!(paren.dates().mentions[0].role, Role::Dateline);
        let paren = Document::parse("a.md", "OSLO (Oct. 9) – Crews said.\n".into());
        assert_eq!(paren.dates().mentions[0].role, Role::Dateline);
        for prose in
            ["Yesterday (Oct. 9) — a quiet day.\n", "The LAKE (Oct. 9) — a quiet day.\n", "OSLO (Oct. 9) was quiet.\n"]
        {
            let doc = Document::parse("a.md", prose.into());
            assert_eq!(doc.dates().mentions[0].role, Role::Text, "{prose}");
        }
        assert_eq!(dates.published().unwrap().1, jiff::civil::date(2026, 6, 29));
        assert_eq!(dates.mentions[2].date(), Some(jiff::civil::date(2026, 7, 2)));
    }

    #[test]
    fn front_matter_dates_and_year_ends() {
        let src = "---\ndate: 2026-12-20\nupdated: \"2026-12-19T10:00:00Z\"\n---\nThe vote is on January 5.\n";
        let doc = Document::parse("a.md", src.to_string());
        let dates = find(&doc);
        assert_eq!(dates.published().unwrap().1, jiff::civil::date(2026, 12, 20));
        assert_eq!(dates.updated().unwrap().1, jiff::civil::date(2026, 12, 19));
        assert_eq!(dates.mentions[2].date(), Some(jiff::civil::date(2027, 1, 5)));
        let toml = "+++\ndate = 2026-06-29T08:00:00Z\n+++\nText.\n";
        let doc = Document::parse("a.md", toml.to_string());
        assert_eq!(find(&doc).published().unwrap().1, jiff::civil::date(2026, 6, 29));
    }

    #[test]
    fn ambiguous_numeric_dates_keep_both_readings() {
        let doc = Document::parse("a.md", "On 06/07/2026.\n".to_string());
        let m = &find(&doc).mentions[0];
        assert_eq!(m.order, Some(Order::Ambiguous));
        assert_eq!(m.readings(), [(6, 7), (7, 6)]);
        assert!(!Document::parse("a.md", "On February 29, 2027.\n".into()).dates().mentions[0].is_possible());
    }
}
