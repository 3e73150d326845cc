//! The cheap gate before the finder: whether a text can hold a statistic at all, so that
//! whole paragraphs without a digit or a figure word are skipped before sentences are cut.

use std::sync::LazyLock;

/// The words, besides digits, that every pattern of [`find`](super::find) needs one of: number words,
/// magnitudes, fractions, multipliers and ranking words (superlatives) (a `fold` suffix too). Each
/// pattern matches them as whole words, so a text without a digit and without one of
/// these holds no statistic, and whole paragraphs can be skipped before sentences are cut.
const FIGURE_WORDS: &[&[u8]] = &[
    b"one",
    b"two",
    b"three",
    b"four",
    b"five",
    b"six",
    b"seven",
    b"eight",
    b"nine",
    b"ten",
    b"eleven",
    b"twelve",
    b"thirteen",
    b"fourteen",
    b"fifteen",
    b"sixteen",
    b"seventeen",
    b"eighteen",
    b"nineteen",
    b"twenty",
    b"thirty",
    b"forty",
    b"fifty",
    b"sixty",
    b"seventy",
    b"eighty",
    b"ninety",
    b"hundred",
    b"thousand",
    b"million",
    b"billion",
    b"trillion",
    b"half",
    b"twice",
    b"thrice",
    b"double",
    b"triple",
    b"quadruple",
    b"doubled",
    b"tripled",
    b"trebled",
    b"quadrupled",
    b"halved",
    b"doubling",
    b"tripling",
    b"quadrupling",
    b"halving",
    b"fastest",
    b"quickest",
    b"slowest",
    b"ranked",
    b"largest",
    b"biggest",
    b"greatest",
    b"highest",
    b"lowest",
    b"smallest",
    b"oldest",
    b"youngest",
    b"longest",
    b"shortest",
    b"deadliest",
    b"busiest",
    b"richest",
    b"poorest",
    b"cheapest",
    b"costliest",
    b"wealthiest",
    b"strongest",
    b"weakest",
    b"tallest",
    b"deepest",
    b"heaviest",
    b"hottest",
    b"coldest",
    b"warmest",
    b"wettest",
    b"driest",
    b"safest",
    b"worst",
    b"best",
    b"fewest",
    b"than",
    b"most",
    b"least",
];
/// Fraction words, also in the plural (`thirds`).
const PARTS: &[&[u8]] = &[b"third", b"quarter", b"fifth", b"sixth", b"seventh", b"eighth", b"ninth", b"tenth"];

/// [`FIGURE_WORDS`] sorted for binary search: every word of every paragraph is looked up,
/// and a few byte comparisons beat hashing it.
static FIGURE_SET: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
    let mut words = FIGURE_WORDS.to_vec();
    words.sort_unstable();
    words
});

fn is_figure_word(word: &[u8]) -> bool {
    let mut buf = [0u8; 12];
    if word.len() > buf.len() {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let singular = lower.strip_suffix(b"s").unwrap_or(lower);
    lower.ends_with(b"fold") || FIGURE_SET.binary_search(&&*lower).is_ok() || PARTS.contains(&singular)
}

/// Whether `text` can hold a statistic at all: a cheap test that [`find`](super::find) never
/// contradicts (a finding implies `true`; see the test over real drafts).
pub fn may_hold_figure(text: &str) -> bool {
    // Case-insensitive patterns also match the Kelvin sign and the long s.
    text.bytes().any(|b| b.is_ascii_digit())
        || text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| is_figure_word(w.as_bytes()))
        || text.contains(['\u{212A}', '\u{17F}'])
}
