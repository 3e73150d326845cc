//! The candidate patterns of the statistic finder: each proposes figures of one kind
//! (ratios, fractions, multipliers, changes, counts, rankings) and [`super::find`] runs
//! them all on every sentence. Whether a candidate is a claim is decided afterwards by the
//! context checks in the sibling modules, whose patterns stay lazy until a candidate needs
//! them.

use super::context::LABEL_BEFORE;
pub(super) use crate::patterns::compile;
use crate::patterns::{DECIMAL, NUMBER_WORD};
use regex::Regex;
use std::sync::LazyLock;

pub(super) const HEDGE: &str = r"(?:nearly|almost|about|around|roughly|approximately|over|under|more than|less than|fewer than|at least|up to|close to|just over|just under|well over|barely|only|some)";
pub(super) const PART: &str = r"(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)";

pub(super) static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?:{DECIMAL}|{NUMBER_WORD})");
    compile(&format!(
        r"(?i)\b(?:{n}(?:\s+|-)(?:in|out\s+of)(?:\s+|-)(?:every\s+)?{n}|[0-9]+\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?[0-9]+)\b"
    ))
});
/// `one train in five`, `one person in every 14`, `three pupils in every ten`: a ratio with
/// a short noun phrase between its numbers, when it starts from one or says `every`
/// (`killed 12 people in 3 attacks` is not a ratio); which words may stand in the phrase,
/// and what may not follow, is checked in code.
pub(super) static RATIO_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?:{DECIMAL}|{NUMBER_WORD})");
    compile(&format!(
        r"(?i)\b(?P<first>{n})\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:in|out\s+of)\s+(?P<every>every\s+)?{n}\b(?P<after>\s+[a-z]+)?"
    ))
});
/// `one-third`, `two-thirds`: a fraction by its form alone.
pub(super) static FRACTION_HYPHENATED: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:one|two|three|four|five|a)-{PART}s?\b")));
/// `a third`, `half`: a fraction only with a hedge before it or `of` after it.
pub(super) static FRACTION_LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?P<hedge>\b{HEDGE}\s+)?\b(?P<frac>(?:a|one|two|three|four)\s+{PART}s?|half)\b(?P<of>\s+of\b)?"
    ))
});
pub(super) static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<m>twice|thrice|(?P<verb>double|triple|quadruple)|{DECIMAL}x|(?:{DECIMAL}|{NUMBER_WORD}|(?:one|two|three) and a half)\s+times)\s+(?:as|more|less|fewer|the|that|what|their|its|his|her|our|your|higher|lower|faster|slower|larger|bigger|greater|smaller|longer|shorter|likelier|likely|cheaper|over|above|below)\b|\b(?P<f>(?:{DECIMAL}|{NUMBER_WORD})[- ]?fold)\b|\b(?P<v>doubled|tripled|trebled|quadrupled|halved|doubling|tripling|quadrupling|halving)\b(?P<idiom>\s+(?:down|up|over|back|as)\b)?"
    ))
});
pub(super) static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:up|down|rose|fell|climbed|dropped|jumped|slipped|increased|decreased|declined)\s+(?:by\s+)?(?:{DECIMAL}|{NUMBER_WORD})\s+points?\b"
    ))
});
pub(super) static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<mag>(?:{DECIMAL}|{NUMBER_WORD}|a)\s+(?:thousand|million|billion|trillion))\b|\b(?P<suffix>{DECIMAL}(?P<unit>bn|mn|tn|m|k))\b|\b(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{5,}})\b"
    ))
});
pub(super) static RANKING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:fastest|quickest|slowest)[- ](?:growing|rising|shrinking|declining|falling)\b|\branked\s+(?:No\.\s?[0-9]+|number\s+[A-Za-z]+|[0-9]+(?:st|nd|rd|th)|first|second|third|top|last)\b",
    )
});

/// The patterns every search runs, dearest to compile first, for
/// [`crate::patterns::prepare`]. The context checks (`NOT_A_SHARE`, `WHOLE_BEFORE`…) run
/// only after a candidate, so many drafts never need them: they stay lazy. `LABEL_BEFORE`
/// is a context check too, but every candidate consults it, so it is compiled up front.
pub static PATTERNS: [&LazyLock<Regex>; 8] =
    [&MULTIPLIER, &CHANGE, &RATIO, &COUNT, &FRACTION_LOOSE, &FRACTION_HYPHENATED, &RANKING, &LABEL_BEFORE];
