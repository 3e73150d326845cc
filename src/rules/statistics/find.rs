//! The statistic finder: the figures in one sentence that state a fact about the world
//! (percentages, money, large counts, ratios, fractions, multipliers, changes, rankings),
//! with the numbers that only look like statistics (years, times, ages, addresses, phone,
//! version and bill numbers, scores, compound adjectives like `280-millimetre`) left out.
//! It sees one sentence; quotations and headlines are the rule's business.

use crate::patterns::{DECIMAL, MONEY, NUMBER_WORD, PERCENT};
use crate::span::Span;
use regex::{Captures, Regex};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Percentage,
    Money,
    Count,
    Ratio,
    Fraction,
    Multiplier,
    Change,
    Ranking,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Percentage => "percentage",
            Kind::Money => "sum of money",
            Kind::Count => "count",
            Kind::Ratio => "ratio",
            Kind::Fraction => "fraction",
            Kind::Multiplier => "multiplier",
            Kind::Change => "change",
            Kind::Ranking => "ranking",
        }
    }
}

/// A figure and its kind; `span` is relative to the text searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statistic {
    pub span: Span,
    pub kind: Kind,
}

fn compile(p: &str) -> Regex {
    Regex::new(p).expect("built-in pattern compiles")
}

const HEDGE: &str = r"(?:nearly|almost|about|around|roughly|approximately|over|under|more than|less than|fewer than|at least|up to|close to|just over|just under|well over|barely|only|some)";
const PART: &str = r"(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)";

static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?:{DECIMAL}|{NUMBER_WORD})");
    compile(&format!(
        r"(?i)\b(?:{n}(?:\s+|-)(?:in|out\s+of)(?:\s+|-)(?:every\s+)?{n}|[0-9]+\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?[0-9]+)\b"
    ))
});
/// `one train in five`, `one person in every 14`, `three pupils in every ten`: a ratio with
/// a short noun phrase between its numbers, when it starts from one or says `every`
/// (`killed 12 people in 3 attacks` is not a ratio); which words may stand in the phrase,
/// and what may not follow, is checked in code.
static RATIO_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?:{DECIMAL}|{NUMBER_WORD})");
    compile(&format!(
        r"(?i)\b(?P<first>{n})\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:in|out\s+of)\s+(?P<every>every\s+)?{n}\b(?P<after>\s+[a-z]+)?"
    ))
});
/// Words that end a noun phrase rather than stand in one (`one day in May` needs no entry:
/// May is not a number; `two of them in ten` would read wrongly).
const NOT_IN_NOUN_PHRASE: &[&str] = &[
    "a", "an", "the", "of", "in", "out", "and", "or", "but", "to", "at", "on", "by", "for", "from", "with", "was",
    "were", "is", "are", "be", "been", "had", "has", "have", "every", "per", "more", "less", "times", "them", "us",
    "it", "than", "each", "after", "before",
];
/// After `two goals in three …`: a stretch of time or a count of attempts, so a rate of
/// events rather than a share of a group.
static SPAN_AFTER_RATIO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|seasons?|games?|matches|match|races?|rounds?|innings|laps?|attempts?|tries|starts|appearances?|outings?|sets|frames?|overs|holes?|legs?|stages?|goes|shots?)\b",
    )
});
/// `one-third`, `two-thirds`: a fraction by its form alone.
static FRACTION_HYPHENATED: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:one|two|three|four|five|a)-{PART}s?\b")));
/// `a third`, `half`: a fraction only with a hedge before it or `of` after it.
static FRACTION_LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?P<hedge>\b{HEDGE}\s+)?\b(?P<frac>(?:a|one|two|three|four)\s+{PART}s?|half)\b(?P<of>\s+of\b)?"
    ))
});
/// What follows `half of` when it is a stretch of time or way, or a fraction of one unit
/// (`a tenth of a second`, `half of a percentage point`), not a share of people.
static NOT_A_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:an?|the|this|that|last|next|each|every|its|their|his|her|our)\s+(?:[^\s,.;:!?()\[\]]+\s+)?(?:hour|minute|day|week|month|year|decade|century|season|game|match|race|way|time|term|semester|night|morning|afternoon|evening|mile|kilomet(?:re|er)|lap|inning|period|road|distance|lifetime|life|length|duration|dozen)s?\b|^\s+(?:19|20)\d\d\b|^\s+(?:an?|one)\s+(?:[^\s,.;:!?()\[\]]+\s+)?(?:second|inch|foot|yard|metre|meter|centimet(?:re|er)|millimet(?:re|er)|kilomet(?:re|er)|point|degree|gram|kilogram|kilo|pound|ounce|litre|liter|pint|gallon|cup|teaspoon|tablespoon|acre|hectare|cent|penny|percent)\b",
    )
});
static MULTIPLIER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<m>twice|thrice|(?P<verb>double|triple|quadruple)|{DECIMAL}x|(?:{DECIMAL}|{NUMBER_WORD}|(?:one|two|three) and a half)\s+times)\s+(?:as|more|less|fewer|the|that|what|their|its|his|her|our|your|higher|lower|faster|slower|larger|bigger|greater|smaller|longer|shorter|likelier|likely|cheaper|over|above|below)\b|\b(?P<f>(?:{DECIMAL}|{NUMBER_WORD})[- ]?fold)\b|\b(?P<v>doubled|tripled|trebled|quadrupled|halved|doubling|tripling|quadrupling|halving)\b(?P<idiom>\s+(?:down|up|over|back|as)\b)?"
    ))
});
static CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:up|down|rose|fell|climbed|dropped|jumped|slipped|increased|decreased|declined)\s+(?:by\s+)?(?:{DECIMAL}|{NUMBER_WORD})\s+points?\b"
    ))
});
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?P<mag>(?:{DECIMAL}|{NUMBER_WORD}|a)\s+(?:thousand|million|billion|trillion))\b|\b(?P<suffix>{DECIMAL}(?P<unit>bn|mn|tn|m|k))\b|\b(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{5,}})\b"
    ))
});
static RANKING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:fastest|quickest|slowest)[- ](?:growing|rising|shrinking|declining|falling)\b|\branked\s+(?:No\.\s?[0-9]+|number\s+[A-Za-z]+|[0-9]+(?:st|nd|rd|th)|first|second|third|top|last)\b",
    )
});
/// After `1.3m` or `10k`: a plural noun, as a count of things has (`1.3m homes`, `2m
/// people`), not a singular one that a length or a distance qualifies (`a 1.3m wall`, `the
/// 100m freestyle`, `a 10k run`).
static COUNTED_AFTER_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:[a-z]+-)?(?:[a-z]+s|people|children|men|women|staff|cattle|sheep|fish|deer|personnel|livestock|poultry)\b",
    )
});
/// Before `1.3m`: a determiner that makes it the size of one thing (`a 1.3m wall`).
static ONE_THING_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:\b(?:a|an|the|this|that|each|its|their|his|her|our|per)|['’]s)\s+$"));
/// After a count: a length, a distance, a height or a depth (`sits at 3,600 metres`,
/// `a 12,000 km voyage`). A size or a place describes one thing; `3,000 miles of track`
/// (the `of` is checked in code) and mass, volume or area (`270,000 tonnes`) are amounts
/// produced, lost or held, which are claims.
static LENGTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:m|km|cm|mm|ft|mi|metres?|meters?|kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|feet|foot|miles?|yards?|inch(?:es)?|nautical\s+miles|light[- ]years?)\b(?P<of>\s+of\b)?",
    )
});
/// Words after a count that make it an age or a span of time, not a statistic.
static NOT_A_COUNT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s+years?\s+(?:ago|old|earlier|later|before|after)\b|^\s*-?\s*years?-old\b"));
/// Words before a number that make it a label: `Bill 42`, `No. 5`, `Route 66`.
static LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\b(?:no\.|number|bill|bylaw|section|chapter|game|stage|route|highway|flight|room|suite|unit|box|version|v|step|item|part|article|clause|rule|page|pages|episode|season)|#)\s*$",
    )
});
/// Before `double the …`: what makes it a comparison rather than a verb.
static COMPARING_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:{HEDGE}|is|was|are|were|be|been|being|now|still)\s*$")));
/// `100%` as a goal or a manner (`to 100% HTTPS`, `a 100% renewable grid`), not a share.
static WHOLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:to|a|an|the|our|their|its|for|toward|towards|maintain|achieve|reach|be|is|are|am)\s*$")
});
/// `the next 100,000 certificates` is a hope and `a town of 12,000` a description, not claims.
static NOT_A_CLAIM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the\s+next|another|(?:town|city|village|community|county|island|suburb|hamlet|municipality|nation|country|district)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?)\s*$",
    )
});
/// `a rating of 2,710`, `an elevation of 4,200 metres`: a measurement that describes one
/// thing (like `a town of 12,000`), not a count of the world; `an average score of 1,050`
/// is still a statistic.
static MEASURE_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:rating|elo|score|handicap|elevation|altitude|height|depth|diameter|radius|wingspan|length|width|capacity|top\s+speed|speed)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$",
    )
});
/// A money amount a reader would take for a price, unless it is an average or a median.
static AVERAGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:average|median|mean|typical|per capita)\b(?:[^A-Za-z0-9_\u{C0}-\u{24F}]+[A-Za-z0-9_\u{C0}-\u{24F}]+){0,4}[^A-Za-z0-9_\u{C0}-\u{24F}]*$",
    )
});

/// The patterns every search runs, dearest to compile first, for
/// [`crate::patterns::prepare`]. The context checks (`NOT_A_SHARE`, `WHOLE_BEFORE`…) run
/// only after a candidate, so many drafts never need them: they stay lazy.
pub static PATTERNS: [&LazyLock<Regex>; 8] =
    [&MULTIPLIER, &CHANGE, &RATIO, &COUNT, &FRACTION_LOOSE, &FRACTION_HYPHENATED, &RANKING, &LABEL_BEFORE];

/// The words, besides digits, that every pattern of [`find`] needs one of: number words,
/// magnitudes, fractions, multipliers and ranking words (a `fold` suffix too). Each
/// pattern matches them as whole words, so a text without a digit and without one of
/// these holds no statistic, and whole paragraphs can be skipped before sentences are cut.
fn is_figure_word(word: &[u8]) -> bool {
    let mut buf = [0u8; 12];
    if word.len() > buf.len() {
        return false;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let singular = lower.strip_suffix(b"s").unwrap_or(lower);
    lower.ends_with(b"fold")
        || matches!(
            &*lower,
            b"one"
                | b"two"
                | b"three"
                | b"four"
                | b"five"
                | b"six"
                | b"seven"
                | b"eight"
                | b"nine"
                | b"ten"
                | b"eleven"
                | b"twelve"
                | b"thirteen"
                | b"fourteen"
                | b"fifteen"
                | b"sixteen"
                | b"seventeen"
                | b"eighteen"
                | b"nineteen"
                | b"twenty"
                | b"thirty"
                | b"forty"
                | b"fifty"
                | b"sixty"
                | b"seventy"
                | b"eighty"
                | b"ninety"
                | b"hundred"
                | b"thousand"
                | b"million"
                | b"billion"
                | b"trillion"
                | b"half"
                | b"twice"
                | b"thrice"
                | b"double"
                | b"triple"
                | b"quadruple"
                | b"doubled"
                | b"tripled"
                | b"trebled"
                | b"quadrupled"
                | b"halved"
                | b"doubling"
                | b"tripling"
                | b"quadrupling"
                | b"halving"
                | b"fastest"
                | b"quickest"
                | b"slowest"
                | b"ranked"
        )
        || matches!(
            singular,
            b"third" | b"quarter" | b"fifth" | b"sixth" | b"seventh" | b"eighth" | b"ninth" | b"tenth"
        )
}

/// Whether `text` can hold a statistic at all: a cheap test that [`find`] never
/// contradicts (a finding implies `true`; see the test over real drafts).
pub fn may_hold_figure(text: &str) -> bool {
    // Case-insensitive patterns also match the Kelvin sign and the long s.
    text.bytes().any(|b| b.is_ascii_digit())
        || text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| is_figure_word(w.as_bytes()))
        || text.contains(['\u{212A}', '\u{17F}'])
}

/// Every statistic in `text`, in order, at most one per stretch of text.
pub fn find(text: &str) -> Vec<Statistic> {
    let mut found: Vec<Statistic> = Vec::new();
    let mut add = |start: usize, end: usize, kind: Kind| {
        let span = Span::new(start, end);
        if !found.iter().any(|s| s.span.overlaps(span)) && !looks_like_label(text, span) {
            found.push(Statistic { span, kind });
        }
    };
    for m in PERCENT.find_iter(text) {
        let whole = m.as_str().starts_with("100") && !text[m.end()..].trim_start().starts_with("of");
        if !(whole && WHOLE_BEFORE.is_match(&text[..m.start()])) {
            add(m.start(), m.end(), Kind::Percentage);
        }
    }
    for m in MONEY.find_iter(text) {
        if has_magnitude_or_size(m.as_str()) || AVERAGE_BEFORE.is_match(&text[..m.start()]) {
            add(m.start(), m.end(), Kind::Money);
        }
    }
    for m in RATIO.find_iter(text) {
        if !ends_in_year(m.as_str()) {
            add(m.start(), m.end(), Kind::Ratio);
        }
    }
    for c in RATIO_NOUN.captures_iter(text) {
        if let Some(span) = noun_ratio(&c) {
            add(span.start, span.end, Kind::Ratio);
        }
    }
    for c in MULTIPLIER.captures_iter(text) {
        // `double the dose` is an instruction; `is double the average` or `nearly double` a claim.
        let verb_use = c.name("verb").is_some_and(|v| !COMPARING_BEFORE.is_match(&text[..v.start()]));
        if c.name("idiom").is_none() && !verb_use {
            let m = c.name("m").or(c.name("f")).or(c.name("v")).expect("one branch matched");
            add(m.start(), m.end(), if c.name("v").is_some() { Kind::Change } else { Kind::Multiplier });
        }
    }
    for m in CHANGE.find_iter(text) {
        add(m.start(), m.end(), Kind::Change);
    }
    for m in FRACTION_HYPHENATED.find_iter(text) {
        add(m.start(), m.end(), Kind::Fraction);
    }
    for c in FRACTION_LOOSE.captures_iter(text) {
        if let Some(span) = loose_fraction(text, &c) {
            add(span.start, span.end, Kind::Fraction);
        }
    }
    for c in COUNT.captures_iter(text) {
        let m = c.get(0).expect("whole match");
        let rest = &text[m.end()..];
        let noun_follows = rest.trim_start().starts_with(|ch: char| ch.is_lowercase());
        let counted = match c.name("unit") {
            // `k` and `m` also stand for kilo- and metres: only a plural noun makes a count.
            Some(unit) => {
                COUNTED_AFTER_SUFFIX.is_match(rest)
                    && !(matches!(unit.as_str(), "m" | "M" | "k" | "K")
                        && ONE_THING_BEFORE.is_match(&text[..m.start()]))
            }
            None => c.name("mag").is_some() || (noun_follows && !is_length(rest)),
        };
        if counted
            && !NOT_A_COUNT.is_match(rest)
            && !rest.starts_with('-')
            && !NOT_A_CLAIM_BEFORE.is_match(&text[..m.start()])
            && !is_measurement(&text[..m.start()])
        {
            add(m.start(), m.end(), Kind::Count);
        }
    }
    for m in RANKING.find_iter(text) {
        add(m.start(), m.end(), Kind::Ranking);
    }
    found.sort_by_key(|s| s.span.start);
    found
}

fn noun_ratio(c: &Captures<'_>) -> Option<Span> {
    let noun = c.name("noun")?.as_str().to_ascii_lowercase();
    let whole = c.get(0)?;
    let ratio = c.name("after").map_or(whole.end(), |a| a.start());
    let first = c.name("first")?.as_str();
    let one = first.eq_ignore_ascii_case("one") || first == "1";
    let plain_words = noun.split_whitespace().all(|w| !NOT_IN_NOUN_PHRASE.contains(&w));
    let rate = c.name("after").is_some_and(|a| SPAN_AFTER_RATIO.is_match(a.as_str()));
    let figure = &whole.as_str()[..ratio - whole.start()];
    ((one || c.name("every").is_some()) && plain_words && !rate && !ends_in_year(figure))
        .then(|| Span::new(whole.start(), ratio))
}

fn loose_fraction(text: &str, c: &Captures<'_>) -> Option<Span> {
    let frac = c.name("frac")?;
    let before = text[..c.get(0)?.start()].trim_end().to_ascii_lowercase();
    // `the second half of the year`, `a half-hour`, `one and a half`.
    if before.ends_with("first")
        || before.ends_with("second")
        || before.ends_with("latter")
        || frac.as_str().eq_ignore_ascii_case("a half")
        || text[frac.end()..].starts_with('-')
    {
        return None;
    }
    match c.name("of") {
        Some(of) if !NOT_A_SHARE.is_match(&text[of.end()..]) => Some(Span::new(frac.start(), frac.end())),
        None if c.name("hedge").is_some() && !NOT_A_SHARE.is_match(&text[frac.end()..]) => {
            Some(Span::new(frac.start(), frac.end()))
        }
        _ => None,
    }
}

/// `$8.8 trillion`, `€5m`, `$610,000`: big enough to be a figure rather than a price.
fn has_magnitude_or_size(money: &str) -> bool {
    let digits: String = money.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let value: f64 = digits.split('.').next().unwrap_or("").parse().unwrap_or(0.0);
    money.chars().last().is_some_and(|c| c.is_alphabetic()) || value >= 1000.0 || digits.is_empty()
}

fn is_length(after: &str) -> bool {
    LENGTH_AFTER.captures(after).is_some_and(|c| c.name("of").is_none())
}

fn is_measurement(before: &str) -> bool {
    MEASURE_OF_BEFORE.is_match(before) && !AVERAGE_BEFORE.is_match(before)
}

fn ends_in_year(ratio: &str) -> bool {
    let last = ratio.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
    last.len() == 4
}

/// A number glued to an identifier (`CVE-2026-1187`, `24.10.2`, `555-0143`) or named by
/// the word before it (`Bill 42`) is a label, not a quantity.
fn looks_like_label(text: &str, span: Span) -> bool {
    let before = &text[..span.start];
    let after = &text[span.end..];
    let mut after_chars = after.chars();
    let glued_after = matches!(after_chars.next(), Some('-' | '/' | ':' | '.' | '–'))
        && after_chars.next().is_some_and(|c| c.is_ascii_digit());
    let glued_before = before.ends_with(['-', '/', ':', '.', '+', '#']);
    glued_after || glued_before || LABEL_BEFORE.is_match(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, Kind)> {
        find(text).iter().map(|s| (s.span.text(text), s.kind)).collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn percentages() {
        use Kind::Percentage as P;
        assert_eq!(spans("It grew from 1–2% to nearly 30% of volume."), [("1–2%", P), ("30%", P)]);
        assert_eq!(
            spans("Some 30 percent agreed, and thirty per cent did not."),
            [("30 percent", P), ("thirty per cent", P)]
        );
        assert_eq!(spans("Support rose 4 percentage points."), [("4 percentage points", P)]);
        assert_eq!(spans("Users grew 100% as 100% of members voted."), [("100%", P), ("100%", P)]);
    }

    #[test]
    fn money() {
        use Kind::Money as M;
        assert_eq!(
            spans("It is worth $8.8 trillion, or €5m, or £1.2bn."),
            [("$8.8 trillion", M), ("€5m", M), ("£1.2bn", M)]
        );
        assert_eq!(
            spans("They paid 3 billion dollars and $610,000 more."),
            [("3 billion dollars", M), ("$610,000", M)]
        );
        assert_eq!(spans("The median rider earned $14 an hour."), [("$14", M)]);
        assert!(spans("Tickets cost $12 at the door.").is_empty());
    }

    #[test]
    fn counts() {
        use Kind::Count as C;
        assert_eq!(spans("Staff handled 9,800 conversations."), [("9,800", C)]);
        assert_eq!(spans("About 2.4 million people and two million more."), [("2.4 million", C), ("two million", C)]);
        assert!(spans("A 2,300-seat hall in 1400 Kingsway Avenue, 10,000 years ago.").is_empty());
        assert_eq!(
            spans("Pupils posted an average score of 1,050 points; a score of 1,200 points passed."),
            [("1,050", C)]
        );
    }

    #[test]
    fn ratios_and_fractions() {
        use Kind::{Fraction as F, Ratio as R};
        assert_eq!(
            spans("One in five adults and three out of four children."),
            [("One in five", R), ("three out of four", R)]
        );
        assert_eq!(spans("Only 11 of its 14 members agreed."), [("11 of its 14", R)]);
        assert_eq!(
            spans("Roughly one-third of spending, nearly a third, and half of all homes."),
            [("one-third", F), ("a third", F), ("half", F)]
        );
        assert!(
            spans("A third has been proposed; half an hour; the first half of 2025; half of the season.").is_empty()
        );
    }

    #[test]
    fn multipliers_and_changes() {
        use Kind::{Change as Ch, Multiplier as M};
        assert_eq!(spans("It grew three times as fast, at twice the rate."), [("three times", M), ("twice", M)]);
        assert_eq!(
            spans("Costs doubled, then rose tenfold, up 12 points."),
            [("doubled", Ch), ("tenfold", M), ("up 12 points", Ch)]
        );
        assert!(spans("They reached the finals three times; she doubled down; twice a week.").is_empty());
    }

    #[test]
    fn ratios_with_a_noun_phrase() {
        use Kind::Ratio as R;
        assert_eq!(
            spans("Only one bus in four left on time; one patient in every 20 relapsed."),
            [("one bus in four", R), ("one patient in every 20", R)]
        );
        assert_eq!(spans("Three pupils in every ten walk to school."), [("Three pupils in every ten", R)]);
        assert_eq!(spans("Just one wicket in 12 overs."), Vec::<(&str, Kind)>::new());
        for text in [
            "One day in May the doors opened.",
            "She was one player in the squad of 30.",
            "He scored one goal in five games and two goals in three minutes.",
            "Gunmen killed 12 people in 3 attacks.",
            "No one else in ten years has done it.",
            "One more in 2024 would be a record.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn counts_with_a_magnitude_suffix() {
        use Kind::Count as C;
        assert_eq!(
            spans("Some 2.4m households and 3bn users, with 40k volunteers."),
            [("2.4m", C), ("3bn", C), ("40k", C)]
        );
        for text in [
            "They built a 1.8m fence and a 2m-high gate.",
            "He is 1.9 m tall and won the 200m butterfly and the 400m hurdles.",
            "She ran a 10k race, then 5k more.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn lengths_and_fractions_of_a_unit_are_descriptions() {
        use Kind::{Count as C, Fraction as F};
        for text in [
            "The hut stands at 4,100 metres, some 12,000 km from home and 11,000 feet up.",
            "He won by less than a tenth of a second, nearly half a second clear.",
            "Rates moved by a quarter of a percentage point, about a third of an inch.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(spans("The firm laid 3,400 miles of cable."), [("3,400", C)]);
        assert_eq!(spans("The glacier lost 270,000 tonnes of ice."), [("270,000", C)]);
        assert_eq!(spans("Nearly a tenth of the second-year pupils left."), [("a tenth", F)]);
    }

    #[test]
    fn rankings() {
        assert_eq!(spans("It is the fastest-growing city."), [("fastest-growing", Kind::Ranking)]);
        assert!(spans("The city's largest bookshop.").is_empty());
    }

    #[test]
    fn non_statistics() {
        for text in [
            "Ada Lovelace, 36, arrived at 4:12 a.m. on June 29, 2026.",
            "The 42-year-old mayor lives at 500 Main Street; call 555-0143 or +14165550143.",
            "Step 3: install version 24.10.2 to fix CVE-2026-1187 under Bill 42.",
            "They won 112-104 in Game 7 and drew 2-1; the council voted 9-4.",
            "A 280-millimetre telescope, a 3 min read, a three-year deal, in the 1920s.",
            "She finished in 2:07:49, her third win in two years.",
            "Our goal is to get the Web to 100% HTTPS, a 100% encrypted Web; here's to the next 100,000 users.",
            "Clients renew when one third of their lifetime is left.",
            "The town of 12,000 residents lies in a country of about 5 million people.",
            "She won the open with a rating of 2,655 from a base camp at an elevation of 5,364 metres.",
            "The arena, with a capacity of some 18,000, has a roof span of 120 metres.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
    }
}
