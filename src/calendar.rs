//! Calendar words, spelled once: month and weekday names and the abbreviations writers
//! use for them. The date patterns, the date finder and the dates rules all read them
//! here; arithmetic on dates is jiff's.

use jiff::civil::Weekday;

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month abbreviations a date pattern accepts (no dot); `Sept` before `Sep` so the
/// longer one wins.
pub const MONTH_ABBREVIATIONS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

/// Weekday names, Monday first (jiff's order).
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Weekday abbreviations a date pattern accepts (no dot), longer ones first.
pub const WEEKDAY_ABBREVIATIONS: [&str; 10] =
    ["Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun"];

/// The month a name or abbreviation starts with (`Sept.` → 9), in any case; 0 if none.
pub fn month_number(word: &str) -> i8 {
    let lower = word.to_ascii_lowercase();
    MONTHS.iter().position(|n| lower.starts_with(&n[..3].to_ascii_lowercase())).map_or(0, |i| i as i8 + 1)
}

/// The weekday a name or abbreviation starts with (`Thurs` → Thursday), in any case.
pub fn weekday_of(word: &str) -> Option<Weekday> {
    use Weekday::*;
    let days = [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday];
    let lower = word.to_ascii_lowercase();
    WEEKDAYS.iter().position(|n| lower.starts_with(&n[..3].to_ascii_lowercase())).map(|i| days[i])
}

/// A weekday's full name.
pub fn weekday_name(w: Weekday) -> &'static str {
    WEEKDAYS[w.to_monday_zero_offset() as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations_read_back() {
        assert_eq!((month_number("Sept."), month_number("may"), month_number("Mai")), (9, 5, 0));
        assert_eq!(weekday_of("THURS"), Some(Weekday::Thursday));
        assert_eq!(weekday_of("Sa"), None);
        assert_eq!(weekday_name(Weekday::Sunday), "Sunday");
    }
}
