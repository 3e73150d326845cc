//! Counts and sums of money: which large numbers and money amounts are claims about the
//! world, and which describe one thing (a length, an age, a price, a rating, `a town of
//! 12,000`) or read as a unit (`a 1.3m wall`, `a 10k run`).

use super::context::{near_end, NEAR};
use super::patterns::compile;
use crate::span::Span;
use regex::{Captures, Regex};
use std::sync::LazyLock;

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
        r"(?i)^\s*(?:square\s+|sq\s+|cubic\s+)?(?:m|km|cm|mm|ft|mi|km2|m2|metres?|meters?|kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|feet|foot|miles?|yards?|inch(?:es)?|nautical\s+miles|light[- ]years?)\b(?P<of>\s+of\b)?",
    )
});
/// Words after a count that make it an age or a span of time, not a statistic.
/// Units after a number that make it a measure (`240,000 gross tonnage`, `51,000 km/h`).
static MEASURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:gross\s+(?:tonnage|tons|tonnes|register\s+tons)|deadweight|dwt|teu|horsepower|hp|kw|mw|gw|kwh|mwh|gwh|km/h|kph|mph|knots|degrees|volts?|watts?|hertz|hz|rpm|counts\s+per\s+(?:minute|second)|cpm|(?:micro|milli)?sieverts?|becquerels?|decibels?)\b",
    )
});
static NOT_A_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    // A logbook's time (`23,000 flying hours`, `8,000 hours experience`) is a measure
    // of one pilot's or one aircraft's service, not a count of the world.
    compile(
        r"(?i)^\s+years?\s+(?:ago|old|earlier|later|before|after)\b|^\s*-?\s*years?-old\b|^\s+(?:flying|flight)\s+hours\b|^\s+hours['’]?\s+(?:of\s+)?(?:flying\s+|flight\s+)?experience\b",
    )
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
        r"(?i)\b(?:rating|elo|score|handicap|elevation|altitude|height|depth|diameter|radius|wingspan|length|width|capacity|top\s+speed|speed|tonnage|displacement|deadweight)\s+(?:of\s+|is\s+|was\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|just\s+under\s+)?$",
    )
});
/// A money amount a reader would take for a price, unless it is an average or a median.
static AVERAGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:average|median|mean|typical|per capita)\b(?:[^A-Za-z0-9_\u{C0}-\u{24F}]+[A-Za-z0-9_\u{C0}-\u{24F}]+){0,4}[^A-Za-z0-9_\u{C0}-\u{24F}]*$",
    )
});

/// `$8.8 trillion`, `€5m`, `$610,000`: big enough to be a figure rather than a price.
/// A sum with a magnitude, in words or as a suffix (`$8.8 trillion`, `€5m`, `£1.2bn`).
static MONEY_MAGNITUDE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:thousand|million|billion|trillion)\b|[0-9](?:bn|tn|mn|m|k|b)$"));
/// A sum written with a small number word (`one yen`, `ten dollars`).
static SMALL_NUMBER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\s+hundred|one\s+hundred)\s",
    )
});

fn has_magnitude_or_size(money: &str) -> bool {
    let digits: String = money.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let value: f64 = digits.split('.').next().unwrap_or("").parse().unwrap_or(0.0);
    // `$8.8 trillion`, `€5m`: a magnitude; `one yen`, `five dollars`: a small sum in words.
    MONEY_MAGNITUDE.is_match(money) || value >= 1000.0 || (digits.is_empty() && !SMALL_NUMBER_WORD.is_match(money))
}

fn is_length(after: &str) -> bool {
    LENGTH_AFTER.captures(after).is_some_and(|c| c.name("of").is_none())
}

fn is_measurement(before: &str) -> bool {
    let before = near_end(before, NEAR);
    MEASURE_OF_BEFORE.is_match(before) && !AVERAGE_BEFORE.is_match(before)
}

/// A money amount worth reporting as a figure: a large sum, or an average or a median
/// (a plain price such as `$12 at the door` is not a claim).
pub(super) fn is_figure_money(before: &str, money: &str) -> bool {
    has_magnitude_or_size(money) || AVERAGE_BEFORE.is_match(near_end(before, NEAR))
}

/// The span of a `COUNT` candidate when it counts things in the world, not a length, an
/// age, a unit (`a 1.3m wall`), a hope (`the next 100,000`) or a measurement.
/// Before a four-digit number, what makes it a year (`in 1800`, `the 2019 season`).
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\b(?:in|since|of|by|from|until|till|to|the|before|after|during|between|and|circa|c\.|early|late|mid|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|['’]s|-|[0-9],)\s*$",
    )
});
/// A hedge before a number, which a year never takes (`over 1800`, `about 3000`).
static COUNT_HEDGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:over|about|around|roughly|nearly|almost|approximately|some|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|upwards\s+of|close\s+to|just\s+over|just\s+under|an\s+estimated)\s*$",
    )
});

/// After a four-digit count, the plural noun it counts (`1800 people`, `3000 lives`).
static PLURAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(?:[a-z]+-)?(?:[a-z]{3,}s|people|children|men|women|staff|cattle|sheep|fish|deer|personnel|livestock|poultry)\b",
    )
});
const NOT_PLURAL: &[&str] = &[
    "this",
    "thus",
    "always",
    "perhaps",
    "whereas",
    "towards",
    "unless",
    "across",
    "besides",
    "sometimes",
    "plus",
    "minus",
    "versus",
    "less",
    "was",
    "has",
    "as",
    "is",
    "its",
];

/// One or two capitalised words (a nationality, an acronym) and then a lowercase noun.
static NAMED_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:[A-Z][\w.'’&-]*\s+){1,2}[a-z]{3,}"));

/// Plural nouns that are counted (`1800 people`, `2300 households`), for numbers that
/// could also be years.
static COUNTED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:[a-z]+-)?(?:people|persons|residents|households|homes|houses|families|children|adults|students|pupils|patients|workers|employees|staff|jobs|members|voters|votes|signatures|cases|deaths|lives|victims|users|customers|visitors|passengers|runners|fans|troops|soldiers|refugees|migrants|animals|birds|trees|cars|vehicles|flights|units|flats|apartments|beds|schools|businesses|companies|firms|farms|acres|hectares|tonnes|tons|barrels|litres|liters|gallons|miles|kilometres|kilometers|dollars|pounds|euros|copies|downloads|applications|complaints|arrests|incidents|crimes|calls|tickets|seats|rooms|doses|tests|infections)\b",
    )
});

/// A four-digit number written without a separator (`1800 people`) is a count when it
/// counts something and is not a year: a hedge before it, or a plural noun after it and
/// no word before that makes it a year.
fn four_digit_count(before: &str, number: &str, rest: &str) -> bool {
    let before = near_end(before, NEAR);
    let value: u32 = number.parse().unwrap_or(0);
    let noun = rest.split_whitespace().next().unwrap_or("");
    let counts_things = PLURAL_AFTER.is_match(rest) && !NOT_PLURAL.contains(&noun) && !is_length(rest);
    let year_like = (1000..=2100).contains(&value);
    // A year can open a clause (`2017 seems set to …`): one that looks like a year counts
    // only with a hedge, or before a noun that is counted.
    let counted_noun = COUNTED_NOUN.is_match(rest);
    counts_things
        && (COUNT_HEDGE_BEFORE.is_match(before) || !year_like || (counted_noun && !YEAR_BEFORE.is_match(before)))
}

pub(super) fn count(text: &str, c: &Captures<'_>) -> Option<Span> {
    let m = c.get(0).expect("whole match");
    let rest = &text[m.end()..];
    // `4,500 US troops`, `30,000 Syrian refugees`: a name or two may stand before the noun.
    let noun_follows = rest.trim_start().starts_with(|ch: char| ch.is_lowercase()) || NAMED_NOUN_AFTER.is_match(rest);
    // `per 100,000` is the base of a rate, not a count of 100,000.
    if near_end(&text[..m.start()], NEAR).to_ascii_lowercase().trim_end().ends_with(" per") {
        return None;
    }
    if c.name("four").is_some() && !four_digit_count(&text[..m.start()], m.as_str(), rest) {
        return None;
    }
    let counted = match c.name("unit") {
        // `k` and `m` also stand for kilo- and metres: only a plural noun makes a count.
        Some(unit) => {
            COUNTED_AFTER_SUFFIX.is_match(rest)
                && !(matches!(unit.as_str(), "m" | "M" | "k" | "K")
                    && ONE_THING_BEFORE.is_match(near_end(&text[..m.start()], NEAR)))
        }
        None => (c.name("mag").is_some() || noun_follows) && !is_length(rest) && !MEASURE_AFTER.is_match(rest),
    };
    (counted
        && !NOT_A_COUNT.is_match(rest)
        && !rest.starts_with('-')
        && !NOT_A_CLAIM_BEFORE.is_match(near_end(&text[..m.start()], NEAR))
        && !is_measurement(&text[..m.start()]))
    .then(|| Span::new(m.start(), m.end()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{spans, texts};
    use super::super::Kind;

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
        // A nationality or an acronym may stand before the counted noun; a name alone is no count.
        assert_eq!(spans("About 4,500 US troops and 30,000 Syrian refugees."), [("4,500", C), ("30,000", C)]);
        assert!(spans("The shop at 12,500 Old Mill Road closed.").is_empty());
        assert_eq!(
            spans("Pupils posted an average score of 1,050 points; a score of 1,200 points passed."),
            [("1,050", C)]
        );
        // A logbook's hours are a measure; hours of work done by many are still counted.
        assert_eq!(
            spans("The jet had 23,000 flying hours on 13,600 flights; its crew had 9,000 hours experience."),
            [("13,600", C)]
        );
        assert_eq!(spans("Volunteers gave 12,000 hours of work."), [("12,000", C)]);
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
    fn lengths_are_descriptions() {
        use Kind::Count as C;
        assert_eq!(
            texts("The hut stands at 4,100 metres, some 12,000 km from home and 11,000 feet up."),
            Vec::<&str>::new()
        );
        assert_eq!(spans("The firm laid 3,400 miles of cable."), [("3,400", C)]);
        assert_eq!(spans("The glacier lost 270,000 tonnes of ice."), [("270,000", C)]);
    }
}
