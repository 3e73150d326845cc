//! The read-time family: the draft's "N min read" claim checked against the words a
//! reader actually reads (counted once per document by `document::count`). The desk's
//! reading options live with `read-time/mismatch`; `copydesk stats` reads them there too.

pub mod conflict;
pub mod malformed;
pub mod mismatch;
pub mod missing;

use crate::config::Config;
use crate::document::count::Reading;
use crate::rules::RuleId;

/// The desk's reading options as configured for `read-time/mismatch` (defaults if the
/// config has none), for figures outside the rule such as `copydesk stats`.
pub fn reading(config: &Config) -> Result<Reading, String> {
    let table = config.rules.get(&RuleId::ReadTimeMismatch).map(|r| r.options.clone()).unwrap_or_default();
    crate::rules::options::<mismatch::Options>(table).map(|o| o.reading())
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
