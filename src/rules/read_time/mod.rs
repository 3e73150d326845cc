//! The read-time family: the draft's "N min read" claim checked against the words a
//! reader actually reads (counted once per document by `document::count`). The desk's
//! reading options live with `read-time/mismatch`; `copydesk stats` reads them there too.

// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_read_time.rs"));

/// What the family compiles ahead: nothing beyond what parsing needs.
pub static PATTERNS: crate::patterns::Warm = &[];

use crate::document::claim::Claim;
use crate::document::count::Reading;
use crate::document::Document;
use crate::rules::RuleId;

/// A week of minutes: no piece takes longer to read, so a claim past it is a slip of
/// the keyboard, `read-time/malformed`'s to report and no other rule's to quote.
pub const MAX_MINUTES: f64 = 10_080.0;

/// The minutes a claim states, when they can be compared with anything: not negative
/// (`-3` is malformed, not a claim of 3 minutes) and not past belief.
pub fn stated(doc: &Document, claim: &Claim) -> Option<f64> {
    let minutes = claim.minutes?;
    (minutes <= MAX_MINUTES && !doc.text(claim.span).trim().starts_with('-')).then_some(minutes)
}

/// The rule whose options hold the desk's reading options.
pub const READING_RULE: RuleId = RuleId::ReadTimeMismatch;

/// The desk's reading options from the options of `READING_RULE` (its defaults file
/// holds them all), for figures outside the rule such as `copydesk stats`.
pub fn reading(options: Option<&toml::Table>) -> Result<Reading, String> {
    crate::rules::options::<mismatch::Options>(options.cloned().unwrap_or_default()).map(|o| o.reading())
}

/// Minutes as a claim would write them: `3`, or `2.5` when not whole.
pub fn show_minutes(m: f64) -> String {
    if m.fract() == 0.0 {
        format!("{}", m as u64)
    } else {
        format!("{m}")
    }
}

/// The house form of a claim (`N min read`) with `n` for `N`.
pub fn house_claim(form: &str, n: u64) -> String {
    form.replacen('N', &n.to_string(), 1)
}
