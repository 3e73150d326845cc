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
/// `seven per 100,000 people`, `15 deaths per 1,000 births`: a rate over a round base.
pub(super) static RATE_PER: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?:{DECIMAL}|{NUMBER_WORD})");
    compile(&format!(
        r"(?i)\b{n}\s+(?:[a-z-]+\s+){{0,3}}?per\s+(?:1,000,000|100,000|10,000|1,000|100|thousand|million|capita)\b"
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
        r"(?i)\b(?P<m>twice|thrice|(?P<verb>double|triple|quadruple)|{DECIMAL}x|(?:{DECIMAL}|{NUMBER_WORD}|(?:one|two|three) and a half)\s+times)\s+(?:as|more|less|fewer|the|that|what|their|its|his|her|our|your|higher|lower|faster|slower|larger|bigger|greater|smaller|longer|shorter|likelier|likely|cheaper|over|above|below)\b|\b(?P<f>(?:{DECIMAL}|{NUMBER_WORD})[- ]?fold)\b|\b(?P<v>doubled|tripled|trebled|quadrupled|halved|doubling|tripling|quadrupling|halving)\b(?P<idiom>\s+(?:down|up|back|as)\b|\s+over\s+(?:in|with|laughing|and)\b)?"
    ))
});
/// After a verb of change, the small level it reaches in its clause (`… to about four`);
/// the caller checks that no scale or further digits follow.
pub(super) static SMALL_LEVEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^[^,.;:]{0,60}?\bto\s+(?:(?:about|around|roughly|nearly|almost|just|some)\s+)?(?:[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b",
    )
});
pub(super) static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:up|down|rose|fell|climbed|dropped|jumped|slipped|increased|decreased|declined)\s+(?:by\s+)?(?:{DECIMAL}|{NUMBER_WORD})\s+points?\b"
    ))
});
pub(super) static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<mag>(?:{DECIMAL}|{NUMBER_WORD}|a)\s+(?:thousand|million|billion|trillion))\b|\b(?P<suffix>{DECIMAL}(?P<unit>bn|mn|tn|m|k))\b|\b(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{5,}})\b|\b(?P<four>[1-9][0-9]{{3}})\b"
    ))
});
/// Superlatives, spelled out so that `interest` or `forest` never count.
const SUPERLATIVE: &str = r"(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[- ])?(?:largest|biggest|greatest|highest|lowest|smallest|fastest|slowest|oldest|youngest|longest|shortest|deadliest|busiest|richest|poorest|cheapest|costliest|wealthiest|strongest|weakest|tallest|deepest|heaviest|hottest|coldest|warmest|wettest|driest|safest|worst|best|fewest|(?:most|least)\s+[a-z-]{3,})";
/// The class a ranking compares within: `in the world`, `in the country's history`,
/// `ever`, `on record`, `than any other`, `since 2006`.
const COMPARISON_CLASS: &str = r"(?:in\s+(?:the\s+|its\s+|their\s+|(?:[\w-]+\s+)?[\w.-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:world|country|nation|history|region|state|province|continent|Europe|Africa|Asia|America|Americas|league|division|conference|industry|sector|market|fandom|community|county|EU|UK|US|U\.S\.|United\s+States|United\s+Kingdom|European\s+Union|Britain|England|Canada|Australia|India|China|(?P<local>city|town|capital|borough|district|island|area|municipality))\b|in\s+(?P<place>(?-i:[A-Z][a-z]{2,})(?:\s+(?-i:[A-Z][a-z]+))?)\b|in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|at\s+least\s+)?(?:a|an|[0-9]+|two|three|four|five|ten|twenty|fifty)\s+(?:decades?|years?|centur(?:y|ies)|generations?)\b|among\s+(?:the\s+|all\s+)?[\w-]+|outside\s+(?:the\s+)?[A-Z][\w-]+|ever\b|on\s+record\b|of\s+all\s+time\b|since\s+(?:records\s+began|(?:the\s+)?[\w-]+)\b|than\s+(?:in\s+)?any\s+other\b)";

/// A superlative with the class it ranks within (`the third-largest port in Europe`,
/// `the world's second most traded commodity`); one without a class (`the best way to
/// start`) is not a statistic, and a rank of office (`highest-ranking`) is a title.
pub(super) static RANKED_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<a>{SUPERLATIVE})(?:[- ]ranking\b(?P<office>)|[^.;:!?()]{{0,80}}?\s{COMPARISON_CLASS})|\b(?:world|country|nation|continent|region|state|city|town|county|province|district|Europe|Africa|Asia|America|Britain|England|Scotland|Wales|Ireland|France|Germany|Italy|Spain|Canada|Australia|India|China|Japan|Brazil|Mexico|Russia)['’]s\s+(?P<b>{SUPERLATIVE})\b"
    ))
});
/// What stands right before a superlative that ranks (`the`, `its`, `among the`); the
/// search starts at the superlative itself, so its rare words lead the scan.
pub(super) static RANK_DETERMINER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:\bthe|\bits|\btheir|\bhis|\bher|\bour|\bamong\s+the)\s+$"));
/// A linking verb or preposition right before a ranked noun phrase: the rank is said of
/// something (`is the county's largest`, `with the city's highest`).
pub(super) static PREDICATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:is|was|are|were|be|been|becomes?|became|remains?|remained|as|with)\s+(?:(?:now|still|also|already)\s+)?(?:the\s+|(?-i:[A-Z][\w.-]*\s+){1,3})?$",
    )
});
/// `faster than in any other city`: a comparison with the whole class.
pub(super) static THAN_ANY_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)\s+than\s+(?:in\s+|at\s+|for\s+)?any\s+other\b|\b(?:more|less)\s+than\s+any\s+other\s+[a-z]+",
    )
});
/// An epidemiological or demographic rate given as a bare number (`an R0 of about 2`,
/// `a fertility rate of 1.6`); the value is the figure.
pub(super) static RATE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:R0|R[- ]naught|reproduction\s+(?:number|rate)|R\s+(?:number|value)|fertility\s+rate|odds\s+ratio|hazard\s+ratio)s?(?:\s+values?|\s+numbers?)?\s+(?:[\w-]+\s+){0,2}?(?:of|is|was|at|were|are|estimated\s+at|estimated\s+in\s+the\s+range|in\s+the\s+range|between)\s+(?:(?:about|around|roughly|approximately|nearly)\s+)?(?P<v>[0-9]+(?:\.[0-9]+)?(?:\s*[–-]\s*[0-9]+(?:\.[0-9]+)?)?)",
    )
});
/// Literals one of which every [`RANKED_CLAIM`] holds: plain literals, so the search
/// is a fast multi-literal scan that most sentences pass through untouched.
pub(super) static RANK_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)largest|biggest|greatest|highest|lowest|smallest|fastest|slowest|oldest|youngest|longest|shortest|deadliest|busiest|richest|poorest|cheapest|costliest|wealthiest|strongest|weakest|tallest|deepest|heaviest|hottest|coldest|warmest|wettest|driest|safest|worst|best|fewest|most |least |than ",
    )
});
/// Literals one of which every [`RATE_VALUE`] holds.
pub(super) static RATE_ANCHOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"R0|R number|R-number|R value|naught|eproduction|ertility rate|dds ratio|azard ratio"));
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
