//! Ratios and fractions: which `one bus in four` and `a third of` candidates state a
//! share of a group, and which are a rate of events (`two goals in three games`), a year
//! (`one more in 2024`) or a fraction of one unit (`a tenth of a second`).

use super::context::{near_end, NEAR};
use super::patterns::compile;
use crate::span::Span;
use regex::{Captures, Regex};
use std::sync::LazyLock;

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
/// What follows `half of` when it is a stretch of time or way, or a fraction of one unit
/// (`a tenth of a second`, `half of a percentage point`), not a share of people.
static NOT_A_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:an?|the|this|that|last|next|each|every|its|their|his|her|our)\s+(?:[^\s,.;:!?()\[\]]+\s+)?(?:hour|minute|day|week|month|year|decade|century|season|game|match|race|way|time|term|semester|night|morning|afternoon|evening|mile|kilomet(?:re|er)|lap|inning|period|road|distance|lifetime|life|length|duration|dozen)s?\b|^\s+(?:19|20)\d\d\b|^\s+(?:an?|one)\s+(?:[^\s,.;:!?()\[\]]+\s+)?(?:second|inch|foot|yard|metre|meter|centimet(?:re|er)|millimet(?:re|er)|kilomet(?:re|er)|point|degree|gram|kilogram|kilo|pound|ounce|litre|liter|pint|gallon|cup|teaspoon|tablespoon|acre|hectare|cent|penny|percent)\b",
    )
});

/// Before `a fifth` in `fell by a fifth`, `cut by half`: a verb of change and `by`, so
/// the fraction is the size of a change.
static CHANGE_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|shrank|shrunk|cut|slid|sank|sunk|[a-z]+ed)\s+by\s*$")
});
/// After the size of a change the clause ends, or a time or a comparison follows; a noun
/// (`handled by a third party`) means it was no size at all.
static AFTER_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:$|[.,;:!?)—–]|(?:in|to|from|since|over|during|last|this|and|or|but|while|compared|on|after|before|between|within|year|a year)\b)",
    )
});

/// After `half` when `of` is left out: a determiner or a name's possessive starting the
/// group it is half of (`half its members`, `half Kiribati's population`).
static HALF_OF_OMITTED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(?:(?i:the|its|their|his|her|our|all|these|those)\s+\w|[A-Z][\w-]*['’]s\s+[a-z])"));

/// The span of a `RATIO_NOUN` candidate (`one bus in four`) when it is a share of a
/// group: it starts from one or says `every`, the phrase between is a plain noun phrase,
/// and no stretch of time or count of attempts follows.
pub(super) fn noun_ratio(c: &Captures<'_>) -> Option<Span> {
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

/// The span of a `FRACTION_LOOSE` candidate (`a third`, `half`) when it is a share (`of`
/// after it or a hedge before it, and not a fraction of a stretch of time or of one unit)
/// or the size of a change (`fell by a fifth`).
pub(super) fn loose_fraction(text: &str, c: &Captures<'_>) -> Option<Span> {
    let frac = c.name("frac")?;
    let before = near_end(&text[..c.get(0)?.start()], NEAR).trim_end().to_ascii_lowercase();
    // `the second half of the year`, `a half-hour`, `one and a half`.
    // `the bottom half of the seventh`, `Australia's half of the first`: a side's turn.
    let owned = ["top", "bottom", "'s", "’s", " their", " his", " her", " our", " my", " your"];
    if before.ends_with("first")
        || before.ends_with("second")
        || before.ends_with("latter")
        || (frac.as_str().eq_ignore_ascii_case("half") && owned.iter().any(|w| before.ends_with(w)))
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
        None if CHANGE_BY_BEFORE.is_match(near_end(&text[..frac.start()], NEAR))
            && AFTER_CHANGE.is_match(&text[frac.end()..]) =>
        {
            Some(Span::new(frac.start(), frac.end()))
        }
        // `half the fleet's income`, `half its members`: `of` left out.
        None if frac.as_str().eq_ignore_ascii_case("half")
            && HALF_OF_OMITTED.is_match(&text[frac.end()..])
            && !NOT_A_SHARE.is_match(&text[frac.end()..]) =>
        {
            Some(Span::new(frac.start(), frac.end()))
        }
        _ => None,
    }
}

/// `one in 2024` ends in a year, not in the size of a group.
pub(super) fn ends_in_year(ratio: &str) -> bool {
    let last = ratio.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
    last.len() == 4
}

#[cfg(test)]
mod tests {
    use super::super::testing::{spans, texts};
    use super::super::Kind;

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
        assert!(spans("In Australia's half of the first, and in the bottom half of the seventh, their half of it.")
            .is_empty());
    }

    #[test]
    fn half_with_of_left_out() {
        use Kind::Fraction as F;
        assert_eq!(spans("The grid supplies half Tarawa's population."), [("half", F)]);
        assert_eq!(spans("It lost half its members."), [("half", F)]);
        assert!(texts("We walked for half an hour past Half Moon Bay.").is_empty());
    }

    #[test]
    fn fractions_as_the_size_of_a_change() {
        use Kind::Fraction as F;
        assert_eq!(
            spans("Fares jumped by half in a year, and ridership dropped by a fifth."),
            [("half", F), ("a fifth", F)]
        );
        assert_eq!(spans("Costs were cut by a third since March."), [("a third", F)]);
        for text in ["The audit was handled by a third party.", "It was won by a third goal.", "Split by half a point."]
        {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
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
    fn fractions_of_a_unit_are_descriptions() {
        use Kind::Fraction as F;
        for text in [
            "He won by less than a tenth of a second, nearly half a second clear.",
            "Rates moved by a quarter of a percentage point, about a third of an inch.",
        ] {
            assert_eq!(texts(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(spans("Nearly a tenth of the second-year pupils left."), [("a tenth", F)]);
    }
}
