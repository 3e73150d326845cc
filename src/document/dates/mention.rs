//! One date as written ([`DateMention`]) and all of a document's dates ([`Dates`]), with
//! the calendar questions rules ask of them: which readings a numeric date allows, whether
//! one is a real day, and what the publication and update dates are. jiff answers them.

use super::{MonthName, Order, Place, Role, Style, WeekdayMention};
use crate::document::RegionKind;
use crate::span::Span;
use jiff::civil::Date;

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
    /// A year its sentence gives relative to publication (`last year` is -1), read when
    /// the publication date is known.
    pub relative_year: Option<i8>,
    /// The context year is only the one nearest the publication date: nothing in the
    /// text set it.
    pub year_guessed: bool,
    pub month_name: Option<MonthName>,
    pub weekday: Option<WeekdayMention>,
    pub place: Place,
    pub role: Role,
    /// Inside a direct quotation: the speaker's words, written in the speaker's style.
    pub quoted: bool,
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

#[cfg(test)]
mod tests {
    use super::super::{find, Order};
    use crate::document::Document;

    #[test]
    fn ambiguous_numeric_dates_keep_both_readings() {
        let doc = Document::parse("a.md", "On 06/07/2026.\n".to_string());
        let m = &find(&doc).mentions[0];
        assert_eq!(m.order, Some(Order::Ambiguous));
        assert_eq!(m.readings(), [(6, 7), (7, 6)]);
        assert!(!Document::parse("a.md", "On February 29, 2027.\n".into()).dates().mentions[0].is_possible());
    }
}
