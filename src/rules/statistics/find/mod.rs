//! The statistic finder: the figures in one sentence that state a fact about the world
//! (percentages, money, large counts, ratios, fractions, multipliers, changes, rankings),
//! with the numbers that only look like statistics (years, times, ages, addresses, phone,
//! version and bill numbers, scores, compound adjectives like `280-millimetre`) left out.
//! It sees one sentence; quotations and headlines are the rule's business.
//!
//! This file holds the search itself; the candidate patterns are in `patterns`, and the
//! checks that tell a claim from a look-alike sit with the kinds they judge: `shares`
//! (ratios, fractions), `amounts` (counts, money, measurements) and `context` (labels and
//! the words around any figure). `gate` is the cheap pre-test callers run first;
//! `features` tells [`find`] which candidate patterns a sentence can match at all.

mod amounts;
mod context;
mod features;
mod gate;
mod patterns;
mod shares;

pub use context::{near_end, NEAR};
pub use gate::may_hold_figure;
pub use patterns::PATTERNS;

use crate::patterns::{MONEY, PERCENT};
use crate::span::Span;
use context::{looks_like_label, COMPARING_BEFORE, WHOLE_BEFORE};
use features::Features;
use patterns::{
    CHANGE, COUNT, FRACTION_HYPHENATED, FRACTION_LOOSE, MULTIPLIER, PREDICATE_BEFORE, RANKED_CLAIM, RANKING,
    RANK_ANCHOR, RANK_DETERMINER, RATE_ANCHOR, RATE_PER, RATE_VALUE, RATIO, RATIO_NOUN, SMALL_LEVEL_AFTER,
    THAN_ANY_OTHER,
};

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

/// The matches of `search`, run only when `can_match`: a pattern whose necessary words
/// are missing (see [`Features`]) would scan the whole sentence to find nothing.
fn only_if<I: Iterator>(can_match: bool, search: impl FnOnce() -> I) -> impl Iterator<Item = I::Item> {
    can_match.then(search).into_iter().flatten()
}

/// Every statistic in `text`, in order, at most one per stretch of text.
pub fn find(text: &str) -> Vec<Statistic> {
    let f = Features::of(text);
    let (number, ratio) = (f.number(), f.numbers >= 2);
    let mut found: Vec<Statistic> = Vec::new();
    // Kept sorted by start, so that a candidate is checked against its neighbours only:
    // a sentence with thousands of figures stays linear.
    let mut add = |start: usize, end: usize, kind: Kind| {
        let span = Span::new(start, end);
        let at = found.partition_point(|s| s.span.start < start);
        let clashes = found[..at].last().is_some_and(|s| s.span.overlaps(span))
            || found.get(at).is_some_and(|s| s.span.overlaps(span));
        if !clashes && !looks_like_label(text, span) {
            found.insert(at, Statistic { span, kind });
        }
    };
    for m in only_if(number && f.percent, || PERCENT.find_iter(text)) {
        let whole = m.as_str().starts_with("100") && !text[m.end()..].trim_start().starts_with("of");
        let goal = whole && WHOLE_BEFORE.is_match(context::near_end(&text[..m.start()], context::NEAR));
        if !goal && !context::measures_a_property(&text[..m.start()], &text[m.end()..]) {
            add(m.start(), m.end(), Kind::Percentage);
        }
    }
    for m in only_if(number && f.currency, || MONEY.find_iter(text)) {
        if amounts::is_figure_money(&text[..m.start()], m.as_str()) {
            add(m.start(), m.end(), Kind::Money);
        }
    }
    for m in only_if(ratio, || RATIO.find_iter(text)) {
        if !shares::ends_in_year(m.as_str()) {
            add(m.start(), m.end(), Kind::Ratio);
        }
    }
    if number && text.contains(" per ") {
        for m in RATE_PER.find_iter(text) {
            add(m.start(), m.end(), Kind::Ratio);
        }
    }
    for c in only_if(ratio, || RATIO_NOUN.captures_iter(text)) {
        if let Some(span) = shares::noun_ratio(&c) {
            add(span.start, span.end, Kind::Ratio);
        }
    }
    for c in only_if(f.multiplier, || MULTIPLIER.captures_iter(text)) {
        // `double the dose` is an instruction; `is double the average` or `nearly double` a claim.
        let verb_use = c
            .name("verb")
            .is_some_and(|v| !COMPARING_BEFORE.is_match(context::near_end(&text[..v.start()], context::NEAR)));
        let to_small = c.name("v").is_some_and(|v| changes_to_a_small_count(&text[v.end()..]));
        if c.name("idiom").is_none() && !verb_use && !to_small {
            let m = c.name("m").or(c.name("f")).or(c.name("v")).expect("one branch matched");
            add(m.start(), m.end(), if c.name("v").is_some() { Kind::Change } else { Kind::Multiplier });
        }
    }
    for m in only_if(number && f.point, || CHANGE.find_iter(text)) {
        add(m.start(), m.end(), Kind::Change);
    }
    for m in only_if(f.part, || FRACTION_HYPHENATED.find_iter(text)) {
        add(m.start(), m.end(), Kind::Fraction);
    }
    for c in only_if(f.part, || FRACTION_LOOSE.captures_iter(text)) {
        if let Some(span) = shares::loose_fraction(text, &c) {
            add(span.start, span.end, Kind::Fraction);
        }
    }
    for c in only_if(f.count(), || COUNT.captures_iter(text)) {
        if let Some(span) = amounts::count(text, &c) {
            add(span.start, span.end, Kind::Count);
        }
    }
    for (start, end, kind) in rates_and_rankings(text, &f) {
        add(start, end, kind);
    }
    found.sort_by_key(|s| s.span.start);
    found
}

/// Rates given as bare numbers and rankings, in the order [`find`] weighs them. The two
/// widest patterns run only where their anchor words are: most sentences hold neither a
/// rate name nor a superlative.
fn rates_and_rankings(text: &str, f: &Features) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    if f.digit && RATE_ANCHOR.is_match(text) {
        for c in RATE_VALUE.captures_iter(text) {
            let v = c.name("v").expect("value group");
            out.push((v.start(), v.end(), Kind::Ratio));
        }
    }
    for m in only_if(f.rank, || RANKING.find_iter(text)) {
        out.push((m.start(), m.end(), Kind::Ranking));
    }
    if RANK_ANCHOR.is_match(text) {
        for c in RANKED_CLAIM.captures_iter(text) {
            let ranks = match c.name("a") {
                Some(a) => {
                    c.name("office").is_none()
                        && RANK_DETERMINER.is_match(near_end(&text[..a.start()], 24))
                        // A place ranks within its own clause only (`the largest maker in
                        // Scandinavia`, not `the best-loved star…, has died in Saltmere`).
                        && !c.name("place").is_some_and(|p| names_a_time(p.as_str()) || text[a.end()..p.start()].contains(','))
                        // `Marlowe Books, the largest bookshop in the city,` names it.
                        && (c.name("local").is_none() || PREDICATE_BEFORE.is_match(near_end(&text[..a.start()], 40)))
                }
                None => !identifies_locally(text, c.get(0).map_or(0, |w| w.start())),
            };
            if ranks {
                let m = c.name("a").or(c.name("b")).expect("one branch matched");
                out.push((m.start(), c.get(0).map_or(m.end(), |w| w.end()), Kind::Ranking));
            }
        }
    }
    if text.contains("any other") || text.contains("Any other") {
        out.extend(THAN_ANY_OTHER.find_iter(text).map(|m| (m.start(), m.end(), Kind::Ranking)));
    }
    out
}

/// `doubled the number of active editors to about four`: a change whose level is a
/// small count, which is no statistic, is none either.
fn changes_to_a_small_count(after: &str) -> bool {
    SMALL_LEVEL_AFTER.captures(after).is_some_and(|c| {
        let rest = after[c.get(0).map_or(0, |m| m.end())..].trim_start().to_ascii_lowercase();
        let scaled = ["%", "percent", "per cent", "per", "million", "billion", "thousand", "times", "fold"];
        !rest.starts_with(|ch: char| ch.is_ascii_digit() || ch == ',') && !scaled.iter().any(|w| rest.starts_with(w))
    })
}

/// A class that is a time, not a place (`the biggest fall in March`).
fn names_a_time(class: &str) -> bool {
    let first = class.split_whitespace().next().unwrap_or("");
    crate::calendar::MONTHS.contains(&first) || crate::calendar::WEEKDAYS.contains(&first)
}

/// `Marlowe Books, the city's largest bookshop,`, `The town's oldest pub closed`: a rank
/// within the subject's own town names it; as a predicate (`is the county's largest
/// employer`, `with the city's highest jobless rate`) it claims the rank. A wider class
/// (`the country's third-largest operator`) claims it either way.
fn identifies_locally(text: &str, class: usize) -> bool {
    let word = text[class..].split(['\'', '’']).next().unwrap_or("").to_ascii_lowercase();
    let local = matches!(word.as_str(), "state" | "city" | "town" | "county" | "province" | "district");
    local && !PREDICATE_BEFORE.is_match(near_end(&text[..class], 40))
}

#[cfg(test)]
mod testing {
    //! What the tests of this module and its parts compare: the text of each finding.
    use super::{find, Kind};

    pub(super) fn spans(text: &str) -> Vec<(&str, Kind)> {
        find(text).iter().map(|s| (s.span.text(text), s.kind)).collect()
    }

    pub(super) fn texts(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| s.span.text(text)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{spans, texts};
    use super::Kind;

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
    fn percentages_that_measure_a_thing() {
        use Kind::Percentage as P;
        for text in [
            "The climb averages 8.1% over 11 kilometres.",
            "On the last climb, which averages 9% for a mile, riders cracked.",
            "A gradient of 12% awaits; the beer is 5% ABV.",
            "Her battery was at 40% by noon.",
            "It may not enrich uranium past a purity of 5%, and holds 90kg of 20%-enriched uranium.",
            "The plant enriched uranium to 60% last year.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(spans("Climbing fees rose 8% and 40% of riders quit."), [("8%", P), ("40%", P)]);
        assert_eq!(spans("Battery sales rose 40% this year."), [("40%", P)]);
        assert_eq!(spans("Purity checks failed at 30% of the mines."), [("30%", P)]);
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
        // A change to a small count is a small count; to a share or a large count, a claim.
        assert!(spans("His bot doubled the number of active editors to about four.").is_empty());
        assert_eq!(spans("Turnout doubled to 40 percent."), [("doubled", Ch), ("40 percent", Kind::Percentage)]);
        assert_eq!(spans("Visitors doubled to 400,000 a year."), [("doubled", Ch), ("400,000", Kind::Count)]);
    }

    #[test]
    fn rankings() {
        assert_eq!(spans("It is the fastest-growing city."), [("fastest-growing", Kind::Ranking)]);
        assert!(spans("The city's largest bookshop.").is_empty());
        assert!(spans("Marlowe Books, the city's largest bookshop, closed.").is_empty());
        let predicate = "The plant is Allen County's largest employer, with the city's highest jobless rate.";
        assert_eq!(spans(predicate), [("largest", Kind::Ranking), ("highest", Kind::Ranking)]);
        assert_eq!(spans("Vell, the country's third-largest operator"), [("third-largest", Kind::Ranking)]);
        assert_eq!(spans("Bars hire more than any other sector."), [("more than any other sector", Kind::Ranking)]);
        assert!(spans("The west sends 840 delegates, more than any other, and votes last.").is_empty());
        // A place by name, or the town itself said of something, is a class.
        assert_eq!(
            spans("Tervo is the third-largest paper maker in Scandinavia."),
            [("third-largest paper maker in Scandinavia", Kind::Ranking)]
        );
        assert_eq!(
            spans("The trust is the largest employer in the town."),
            [("largest employer in the town", Kind::Ranking)]
        );
        // An appositive that names, a month, and a place beyond the clause are not.
        assert!(spans("Marlowe Books, the largest bookshop in the town, closed.").is_empty());
        assert!(spans("It was the biggest fall in March for a decade.").is_empty());
        assert!(spans("Orla Neeve, one of the best-loved singers of her day, has died in Tervo.").is_empty());
        assert_eq!(
            spans("Its tickets are among the cheapest in the division."),
            [("cheapest in the division", Kind::Ranking)]
        );
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
