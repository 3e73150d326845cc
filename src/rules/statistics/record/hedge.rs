//! Words that leave a figure's origin unnamed: the writer passes on a claim (`reportedly`,
//! `an estimated`, `Critics say`), so no record and no source beyond the sentence lifts it.

use crate::patterns::compile;
use crate::rules::statistics::attribution::{after_definite, in_relative_clause, GENERIC_SAYS};
use regex::Regex;
use std::sync::LazyLock;

/// Words that leave a figure's origin unnamed: the writer is passing on a claim.
pub static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:reportedly|allegedly|purportedly|supposedly|by\s+(?:some\s+|many\s+|most\s+|all\s+|one\s+|early\s+|unconfirmed\s+)?(?:[\w-]+\s+)?(?:reports?|accounts?|estimates?|counts?|tally|reckonings?)|an\s+estimated|a\s+reported|(?:is|are|was|were)\s+(?:often|widely|commonly|frequently|sometimes)\s+(?:cited|quoted|given|used)|(?:is|are|was|were|been)\s+(?:estimated|believed|thought|said|reported|understood)\s+to|it\s+(?:is|was|has\s+been)\s+(?:estimated|believed|thought|said|reported|understood)\s+that|estimated\s+(?:at|in|to)|rumou?red|unconfirmed)\b",
    )
});

/// Where `text` says its figure comes from no one: a hedge (`reportedly`, `an
/// estimated`) or a whole profession said to speak (`Critics say`).
pub fn names_no_one(text: &str) -> Option<regex::Match<'_>> {
    HEDGE.find(text).or_else(|| crowds(text).next())
}

/// Each whole profession said to speak in `text`; `The analysts said` points back to
/// analysts the story named, where `Analysts said` is a hedge.
fn crowds(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    GENERIC_SAYS.find_iter(text).filter(|m| !after_definite(&text[..m.start()]))
}

/// [`names_no_one`] for the clause that holds a figure: a hedge inside a relative clause
/// closed before the figure (`Manning, who is rumored to have played his last game,
/// completed 13 of 23 passes`) hedges that clause, not the figure.
pub fn hedges_figure(clause: &str) -> Option<regex::Match<'_>> {
    let closed = |h: &regex::Match<'_>| in_relative_clause(clause, h.start()) && clause[h.end()..].contains(',');
    HEDGE.find_iter(clause).chain(crowds(clause)).filter(|h| !closed(h)).min_by_key(|h| h.start())
}
