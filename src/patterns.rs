//! Patterns shared by the document parser and the rules, each compiled once on first use.
//! Families add their own shared patterns here so that a month name or an attribution
//! verb is spelled in exactly one place.

use regex::Regex;
use std::sync::LazyLock;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern compiles")
}

/// Month names and their abbreviations, as an alternation for regexes.
pub const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|\b)";

/// A date as a byline writes it: `June 29, 2026`, `29 June 2026`, `Jun. 29, 2026`,
/// `2026-06-29`, `06/29/2026`.
pub static BYLINE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})$"
    ))
});

/// A read-time claim in any of the forms writers use (well-formed or not); the read-time
/// family decides whether it is the house form.
pub static READ_TIME_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:(?:reading|read)[ -]time:?\s*)?(?:\d+|[a-z]+)(?:[ -](?:min(?:ute)?s?\.?|m))(?:\s+read)?$|(?i)^(?:reading|read)[ -]time:\s*\S.*$",
    )
});

/// Front matter keys that hold a read-time claim.
pub const READ_TIME_KEYS: &[&str] = &["read_time", "reading_time", "readingTime", "read_minutes"];

/// A line naming where the reporting came from (`These details were first reported by …`).
pub static ATTRIBUTION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:first|originally|initially) reported (?:by|in)\b|^source reporting:|^(?:sources?|via):\s")
});

/// The standing footer the desk puts under every piece.
pub static FOOTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)^this is an? (?:original )?(?:analysis|report|story|article|explainer)\b|source reporting:")
});

/// The heading that opens the trailing list of related items.
pub static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:More in|More from|Related)\b.{0,60}$"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_dates() {
        for ok in
            ["June 29, 2026", "Jun. 29, 2026", "29 June 2026", "2026-06-29", "Sept. 3, 2026", "Monday, June 29, 2026"]
        {
            assert!(BYLINE_DATE.is_match(ok), "{ok}");
        }
        for no in ["June", "2026", "3 min read", "Junebug 29, 2026"] {
            assert!(!BYLINE_DATE.is_match(no), "{no}");
        }
    }

    #[test]
    fn read_time_claims() {
        for ok in ["3 min read", "3-minute read", "3 min", "Reading time: 3 minutes", "2 mins read", "read time: soon"]
        {
            assert!(READ_TIME_CLAIM.is_match(ok), "{ok}");
        }
        for no in ["Omega Editorial", "June 29, 2026", "administration"] {
            assert!(!READ_TIME_CLAIM.is_match(no), "{no}");
        }
    }

    #[test]
    fn attribution_and_footer_lines() {
        assert!(ATTRIBUTION_LINE.is_match("These details were first reported by the Daily Planet."));
        assert!(!ATTRIBUTION_LINE.is_match("The mayor reported by phone."));
        assert!(FOOTER_LINE.is_match("This is an original analysis by the desk. Source reporting: Wire."));
        assert!(RELATED_HEADING.is_match("More in Policy"));
        assert!(!RELATED_HEADING
            .is_match("More information is expected next week from the agency and its partners in the region."));
    }
}
