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

/// [`FIGURE_WORDS`] and [`PARTS`] (singular and plural), sorted for binary search, with a
/// filter of (length, first letter, last letter) in front: every word of every paragraph
/// is looked up, and almost every word is turned away by the filter alone.
struct FigureWords {
    words: Vec<Vec<u8>>,
    shape: Vec<u64>,
}

fn shape_bit(word: &[u8]) -> Option<usize> {
    let (first, last) = (*word.first()?, *word.last()?);
    (first.is_ascii_lowercase() && last.is_ascii_lowercase() && word.len() <= 12)
        .then(|| (word.len() * 26 + usize::from(first - b'a')) * 26 + usize::from(last - b'a'))
}

static FIGURE_SET: LazyLock<FigureWords> = LazyLock::new(|| {
    let mut words: Vec<Vec<u8>> = FIGURE_WORDS.iter().map(|w| w.to_vec()).collect();
    for part in PARTS {
        words.push(part.to_vec());
        words.push([*part, b"s"].concat());
    }
    words.sort_unstable();
    let mut shape = vec![0u64; (13 * 26 * 26) / 64 + 1];
    for bit in words.iter().filter_map(|w| shape_bit(w)) {
        shape[bit / 64] |= 1 << (bit % 64);
    }
    FigureWords { words, shape }
});

fn is_figure_word(word: &[u8]) -> bool {
    let mut buf = [0u8; 12];
    if word.len() > buf.len() {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    if lower.ends_with(b"fold") {
        return true;
    }
    let set = &*FIGURE_SET;
    shape_bit(lower).is_some_and(|bit| set.shape[bit / 64] & (1 << (bit % 64)) != 0)
        && set.words.binary_search_by(|w| w.as_slice().cmp(lower)).is_ok()
}

/// Whether `text` can hold a statistic at all: a cheap test that [`find`](super::find) never
/// contradicts (a finding implies `true`; see the test over real drafts).
pub fn may_hold_figure(text: &str) -> bool {
    // Case-insensitive patterns also match the Kelvin sign and the long s.
    text.bytes().any(|b| b.is_ascii_digit())
        || text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| is_figure_word(w.as_bytes()))
        || text.contains(['\u{212A}', '\u{17F}'])
}
