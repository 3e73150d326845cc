//! The dates family: dates that cannot exist, weekdays that do not match, publication
//! dates that disagree, past events dated after publication, and dates written in more
//! than one style. Dates come from the document model (`Document::dates`); this module
//! holds what the rules share: writing a date or weekday back out in a given form.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_dates.rs"));
pub mod tense;

/// What the family compiles ahead: the date finder's patterns.
pub static PATTERNS: crate::patterns::Warm = &[&crate::patterns::FOR_DATES];

pub use crate::calendar::weekday_name;
use crate::calendar::MONTHS;
use crate::document::dates::{MonthName, Style};
use jiff::civil::{Date, Weekday};

/// The month's name in the given form (`Sept.` in the AP manner for September).
pub fn month_name(month: i8, form: MonthName) -> String {
    let full = MONTHS[(month.clamp(1, 12) - 1) as usize];
    match form {
        MonthName::Full => full.to_string(),
        MonthName::Short if month == 9 => "Sep".to_string(),
        _ if full.len() <= 4 => full.to_string(),
        MonthName::Short => full[..3].to_string(),
        MonthName::ShortDot if month == 9 => "Sept.".to_string(),
        MonthName::ShortDot => format!("{}.", &full[..3]),
    }
}

/// `June 29, 2026`: how help texts name a date.
pub fn long(date: Date) -> String {
    format!("{} {}, {}", month_name(date.month(), MonthName::Full), date.day(), date.year())
}

/// A date written in `style`; `with_year` false drops the year where the style allows.
pub fn write(date: Date, style: Style, form: MonthName, with_year: bool) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    let month = month_name(m, form);
    match style {
        Style::MonthDay if with_year => format!("{month} {d}, {y}"),
        Style::MonthDay => format!("{month} {d}"),
        Style::DayMonth if with_year => format!("{d} {month} {y}"),
        Style::DayMonth => format!("{d} {month}"),
        Style::MonthYear => format!("{month} {y}"),
        Style::Iso => format!("{y:04}-{m:02}-{d:02}"),
        Style::Numeric => format!("{m:02}/{d:02}/{y}"),
        Style::Dotted => format!("{d:02}.{m:02}.{y}"),
    }
}

/// `w` written the way `like` was: full, three letters, or the longer abbreviations
/// (`Tues`, `Thurs`); capitals kept.
pub fn weekday_like(w: Weekday, like: &str) -> String {
    let full = weekday_name(w);
    let written = if like.len() >= 6 {
        full.to_string()
    } else if like.len() == 3 {
        full[..3].to_string()
    } else {
        match w {
            Weekday::Tuesday => "Tues".to_string(),
            Weekday::Thursday => "Thurs".to_string(),
            _ => full[..3].to_string(),
        }
    };
    if like.len() > 1 && like.chars().all(|c| c.is_ascii_uppercase()) {
        written.to_ascii_uppercase()
    } else {
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn writes_dates_in_each_style() {
        let d = date(2026, 6, 9);
        assert_eq!(write(d, Style::MonthDay, MonthName::Full, true), "June 9, 2026");
        assert_eq!(write(d, Style::DayMonth, MonthName::Full, false), "9 June");
        assert_eq!(write(d, Style::Iso, MonthName::Full, true), "2026-06-09");
        assert_eq!(write(d, Style::Numeric, MonthName::Full, true), "06/09/2026");
        assert_eq!(write(date(2026, 9, 3), Style::MonthDay, MonthName::ShortDot, true), "Sept. 3, 2026");
        assert_eq!(long(date(2026, 1, 5)), "January 5, 2026");
    }

    #[test]
    fn weekdays_keep_their_form() {
        assert_eq!(weekday_like(Weekday::Thursday, "Wednesday"), "Thursday");
        assert_eq!(weekday_like(Weekday::Thursday, "Fri"), "Thu");
        assert_eq!(weekday_like(Weekday::Tuesday, "Thurs"), "Tues");
        assert_eq!(weekday_like(Weekday::Friday, "MON"), "FRI");
    }
}
