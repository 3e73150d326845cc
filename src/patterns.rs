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

/// A month name or its abbreviation as a bare word, for captures (no trailing dot).
pub const MONTH_WORD: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

/// A weekday name or one of its usual abbreviations (`Mon`, `Tues`, `Thurs`…), no dot.
pub const WEEKDAY_WORD: &str =
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)";

/// The written core of a date, one alternative per style, with named parts. Matches are
/// only candidates: the date finder checks what stands on either side (a digit, a
/// hyphen or a dot there means a version number, an identifier or an amount).
pub static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_WORD;
    let ord = r"(?:st|nd|rd|th)?";
    compile(&format!(
        r"(?x)
        (?P<md> (?P<md_m>{m})\b(?P<md_dot>\.)?\ +(?:(?P<md_d0>\d{{1,2}}){ord}\ ?[–-]\ ?)?(?P<md_d>\d{{1,2}}){ord}\b (?:,?\ +(?P<md_y>\d{{4}})\b)? )
        | (?P<dm> (?:(?P<dm_d0>\d{{1,2}}){ord}\ ?[–-]\ ?)?(?P<dm_d>\d{{1,2}}){ord}\ +(?:of\ +)?(?P<dm_m>{m})\b(?P<dm_dot>\.)? (?:,?\ +(?P<dm_y>\d{{4}})\b)? )
        | (?P<my> (?P<my_m>{m})\b(?P<my_dot>\.)?,?\ +(?P<my_y>\d{{4}})\b )
        | (?P<iso> (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}}) )
        | (?P<num> (?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})(?:/(?P<num_y>\d{{4}}))? )
        | (?P<dot> (?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?P<dot_y>\d{{4}}) )
        "
    ))
});

/// A weekday written just before a date: `Monday, `, `Mon. `, `Monday (`.
pub static WEEKDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(?P<wd>{WEEKDAY_WORD})(?:(?P<dot>\.),?\ +|,?\ +|(?P<paren>\ ?\(\ ?))$",
        WEEKDAY_WORD = WEEKDAY_WORD
    ))
});

/// A weekday in parentheses just after a date: ` (Monday)`, `(Fri)`, `, (Mon.)`.
pub static WEEKDAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"^,?\ ?\(\ ?(?P<wd>{WEEKDAY_WORD})\.?\ ?\)")));

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

    fn date_cores(text: &str) -> Vec<&str> {
        DATE.find_iter(text).map(|m| m.as_str()).collect()
    }

    #[test]
    fn date_cores_in_each_style() {
        assert_eq!(date_cores("on June 29, 2026 and Jun. 3"), ["June 29, 2026", "Jun. 3"]);
        assert_eq!(date_cores("29 June 2026, the 3rd of May"), ["29 June 2026", "3rd of May"]);
        assert_eq!(date_cores("in December 2022"), ["December 2022"]);
        assert_eq!(date_cores("2026-06-29 or 06/29/2026 or 29.06.2026"), ["2026-06-29", "06/29/2026", "29.06.2026"]);
        assert_eq!(date_cores("June 29–30, 2026"), ["June 29–30, 2026"]);
        assert_eq!(date_cores("Sept. 3, 2026"), ["Sept. 3, 2026"]);
        assert!(date_cores("in 2035, at 10:30, a 3-2 win, March on").is_empty());
    }

    #[test]
    fn weekdays_around_dates() {
        let m = WEEKDAY_BEFORE.captures("held on Monday, ").unwrap();
        assert_eq!(&m["wd"], "Monday");
        assert!(WEEKDAY_BEFORE.captures("Mon. ").unwrap().name("dot").is_some());
        assert!(WEEKDAY_BEFORE.captures("Monday (").unwrap().name("paren").is_some());
        assert_eq!(&WEEKDAY_AFTER.captures(" (Thursday) later").unwrap()["wd"], "Thursday");
        assert!(WEEKDAY_AFTER.captures("(Tsu)").is_none());
        assert!(WEEKDAY_BEFORE.captures("Mondays ").is_none());
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
