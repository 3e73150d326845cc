//! Dates as a reader sees them, found once per document: every date written in prose
//! (body, headline, standfirst, byline, related list) and in front matter, with its exact
//! span, its parts, the style it is written in, any weekday written with it, and the role
//! it plays (publication date, dateline, byline, update stamp). Year-less dates take
//! their year from the publication date. Calendar questions go to jiff; nothing here
//! does calendar arithmetic by hand.
//!
//! This file holds the types a rule reads; `collect` finds a document's dates and picks
//! the publication and update dates, `scan` reads the dates written in one piece of
//! prose, `roles` tells a byline, a dateline or an update stamp from a date in the text,
//! and `mention` answers calendar questions about one date.

mod collect;
mod mention;
mod roles;
mod scan;

pub use collect::find;
pub use mention::{DateMention, Dates};

use super::RegionKind;
use crate::span::Span;
use jiff::civil::Weekday;

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
    /// The year first, then month and day (`2026/06/29`), as some CMSs write dates.
    Ymd,
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

#[cfg(test)]
mod testing {
    //! What the tests of this module and its parts compare: each date found, as written.
    use super::{find, Role, Style};
    use crate::document::Document;

    pub(super) fn found(path: &str, src: &str) -> Vec<(String, Style, Option<String>, Role)> {
        let doc = Document::parse(path, src.to_string());
        let dates = find(&doc);
        dates
            .mentions
            .iter()
            .map(|m| (doc.text(m.span).to_string(), m.style, m.weekday.map(|w| doc.text(w.span).to_string()), m.role))
            .collect()
    }

    pub(super) fn texts(path: &str, src: &str) -> Vec<String> {
        found(path, src).into_iter().map(|f| f.0).collect()
    }
}

#[cfg(test)]
mod tests {
    // Each written form, through the whole search: these exercise `scan`.
    use super::testing::{found, texts};

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
    fn numeric_dates_with_dashes_need_a_year() {
        assert_eq!(texts("a.md", "It ends 30-11-2026, after 4-5-2026.\n"), ["30-11-2026", "4-5-2026"]);
        assert!(texts("a.md", "A 30-11 split, ticket 12-10-20261, part 555-30-11-2026.\n").is_empty());
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
    fn ranges_give_two_dates() {
        assert_eq!(texts("a.md", "From June 29–30, 2026 and 3-4 July.\n"), ["June 29", "30, 2026", "3", "4 July"]);
    }
}
