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

/// A source that is not one yet: `TK`, `TKTK`, `XX`, `[source]`, `???`, `<outlet>`, `TBD`.
pub static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:t+k+(?:t+k+)*|x{2,}|\[[^\]]*\]|\?{2,}|<[^>]*>|\{[^}]*\}|tbd|tbc|fixme|n/?a|none|source|outlet|placeholder)$",
    )
});

/// Where a footer or attribution line names its source: `Source reporting: X.` or
/// `first reported by X`; the `src` group is the name (possibly empty).
pub static ATTRIBUTED_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\bsource reporting:|\b(?:first|originally|initially) reported (?:by|in))[ \t]*(?P<src>[^.,;\n]*?)[ \t]*(?:[.,;]|$)",
    )
});

/// Verbs and phrases that attribute speech or writing to someone.
pub static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:said|says|say|told|tells|wrote|writes|asked|asks|added|adds|explained|explains|noted|notes|argued|argues|recalled|recalls|insisted|insists|stated|states|replied|replies|posted|tweeted|according to|quoted|warned|warns|admitted|admits|acknowledged|acknowledges|continued|continues|declared|announced|remarked|joked|laughed|shouted|whispered|conceded|concedes|agreed|agrees|put it|in a statement|in an interview|in an email)\b",
    )
});

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

    #[test]
    fn placeholders() {
        for p in ["TK", "tktk", "XX", "[source]", "???", "<outlet>", "TBD", "{source}"] {
            assert!(PLACEHOLDER.is_match(p), "{p}");
        }
        for no in ["AI Watch", "Reuters", "The TK Times", "X"] {
            assert!(!PLACEHOLDER.is_match(no), "{no}");
        }
    }

    #[test]
    fn attributed_sources() {
        let src = |t: &str| ATTRIBUTED_SOURCE.captures(t).map(|c| c["src"].to_string());
        assert_eq!(src("By the desk. Source reporting: AI Watch."), Some("AI Watch".into()));
        assert_eq!(src("Source reporting: ."), Some(String::new()));
        assert_eq!(src("These details were first reported by the Courier, based on x."), Some("the Courier".into()));
        assert_eq!(src("These details were first reported by."), Some(String::new()));
        assert_eq!(src("Source reporting: [source]."), Some("[source]".into()));
    }

    #[test]
    fn speech_verbs() {
        assert!(SPEECH.is_match("\"No,\" she said."));
        assert!(!SPEECH.is_match("The sayings of the sages."));
    }
}
