//! Sentences that make a claim of their own rather than go on with the report before
//! them, so a source in the sentence before (or the paragraph's opening source) does not
//! reach their figures: a wider scope (`Nationally, …`, `Across Serrano, …`) or a
//! standing fact in the present tense (`Brannock has about 38,000 rented homes`), the
//! writer's background, after a source's report of what happened.

use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// Whether `sentence` states a claim of its own (see the module header).
pub fn own_claim(sentence: &str) -> bool {
    widens(sentence) || standing_verb(sentence).is_some()
}

/// Whether `sentence` widens the scope beyond the one a source spoke for.
fn widens(sentence: &str) -> bool {
    // `in the region` widens the subject (`Wages in the region rose 4 percent`), not a
    // comparison class after the figure (`the highest of any trust in the region`).
    let first_figure = sentence.find(|c: char| c.is_ascii_digit()).unwrap_or(sentence.len());
    WIDER_SCOPE.find_iter(sentence).any(|m| !m.as_str().ends_with("region") || m.start() < first_figure)
}

/// A sentence opening on a wider scope than the one before: a background claim that the
/// source before did not make.
static WIDER_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:nationally|nationwide|statewide|worldwide|globally|in\s+the\s+(?:wider|general)\s+population|(?:across|around|throughout)\s+the\s+(?:country|nation|state|world|globe|continent|industry|sector|region)|in\s+the\s+(?:wider\s+)?region)\b|^\W*(?:across|throughout)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*,|^\W*(?:world|global)\s+(?-i:[a-z])",
    )
});

/// Verbs that state how things stand rather than what happened or was found.
/// Bare forms that are mostly nouns (`support staff`, `a stand`, `an account`) are left out.
const STANDING: &[&str] = &[
    "is", "are", "has", "have", "holds", "hold", "stands", "supports", "employs", "employ", "remains", "remain",
    "accounts", "makes", "numbers", "totals", "costs", "spend", "spends",
];

/// Words that point back at the report before (`of them`, `its`, `the same`): the
/// sentence goes on with it, whatever its tense.
const POINTING_BACK: &[&str] = &[
    "them",
    "those",
    "these",
    "its",
    "their",
    "it",
    "they",
    "also",
    "another",
    "same",
    "rest",
    "remaining",
    "total",
    "remainder",
    "such",
    "figure",
    "figures",
];

/// Nouns by which a story goes on naming the body it reports on (`the company`, `the
/// board`): a standing fact about it is more of what that body gives out.
pub(super) const SELF: &[&str] = &[
    "company",
    "firm",
    "group",
    "utility",
    "authority",
    "board",
    "agency",
    "council",
    "operator",
    "network",
    "retailer",
    "chain",
    "bank",
    "district",
    "union",
    "ministry",
    "department",
    "charity",
    "club",
    "airline",
    "insurer",
    "trust",
    "university",
    "service",
    "force",
    "carrier",
    "business",
    "organisation",
    "organization",
];

/// Participles that make `has`/`is` a perfect or a passive (`has grown`, `is expected`),
/// which report a change or an expectation, not how things stand; `-ed` and `-en` forms
/// are recognised by their ending.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "grown", "risen", "fallen", "been", "seen", "taken", "given", "made", "become", "gone", "done", "shown", "paid",
    "sold", "lost", "won", "cut", "hit", "set", "spent", "built", "put", "had", "held", "kept", "left", "said", "told",
    "run", "begun", "brought", "bought", "got", "gotten", "found", "thought", "known", "likely", "due", "forecast",
    "now",
];

/// Whether `sentence` is the writer's own inside a document frame: a wider scope, or a
/// standing fact of what something has, holds, employs or spends. A reading of a level
/// (`access stands at 85%`, `the rate is 4%`) is what the document itself reports.
pub fn outside_a_frame(sentence: &str) -> bool {
    const READINGS: &[&str] = &["is", "are", "stands", "remains", "remain", "totals", "numbers"];
    widens(sentence) || standing_verb(sentence).is_some_and(|v| !READINGS.contains(&v) && !ANALYSIS.is_match(sentence))
}

/// What a document's analysis yields rather than what a place or body simply has: an
/// average, a share, a rank among those compared (`have an average of 1.5 children`,
/// `has one of the smallest percentages`, `has almost 100% at primary level`).
static ANALYSIS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:an?\s+average|the\s+average|an?\s+mean|a\s+median|one\s+of\s+the\s+(?:\w+est|most|least)|the\s+(?:\w+est|most|least)\s+(?:percentages?|proportions?|shares?|rates?)|percentages?|proportions?)\b|[0-9](?:\s?%|\s+(?:percent|per\s+cent)\b)",
    )
});

/// The verb of a standing fact, if `sentence` states one: the first verb of its main
/// clause is a standing verb in the present tense, neither a perfect, a passive, a
/// progressive nor a forecast, and its subject does not point back at the report before.
fn standing_verb(sentence: &str) -> Option<&'static str> {
    let words: Vec<String> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let at = words.iter().position(|w| STANDING.contains(&w.as_str()))?;
    let verb = STANDING.iter().copied().find(|v| *v == words[at])?;
    // The subject points back (`40 percent of them`), or the verb is not the main one
    // (a relative clause or a quotation before it). A pointer after the verb speaks of
    // the subject itself (`House prices are down 6 percent from their peak`).
    let subject = &words[..at];
    if subject.iter().any(|w| {
        POINTING_BACK.contains(&w.as_str())
            || matches!(w.as_str(), "which" | "who" | "that" | "where" | "said" | "says")
    }) {
        return None;
    }
    // `The company employs 4,200 people`: the body already named speaks of itself.
    let named = |w: &str| SELF.contains(&w.trim_end_matches("'s").trim_end_matches("’s"));
    if subject.windows(2).any(|p| p[0] == "the" && named(&p[1])) {
        return None;
    }
    // `is already drawing`: an adverb between the verb and what it leads.
    let adverb = |w: &&String| {
        matches!(w.as_str(), "already" | "still" | "also" | "currently" | "only" | "not")
            || (w.len() > 4 && w.ends_with("ly"))
    };
    let next = words[at + 1..].iter().find(|w| !adverb(w)).map_or("", |w| w.as_str());
    let changes = next.ends_with("ed")
        || next.ends_with("en")
        || next.ends_with("ing")
        || next == "to"
        || IRREGULAR_PARTICIPLES.contains(&next);
    // `accounts for`, `makes up`: the standing sense only with its particle.
    let phrasal = match words[at].as_str() {
        "accounts" | "account" => next == "for",
        "makes" | "make" => next == "up",
        _ => true,
    };
    (!changes && phrasal).then_some(verb)
}

#[cfg(test)]
mod tests {
    use super::{outside_a_frame, own_claim};

    #[test]
    fn in_a_frame_a_reading_of_a_level_is_the_documents() {
        assert!(!outside_a_frame("For men and women alike, access stands at around 85%."));
        assert!(!outside_a_frame("The female share is 41%."));
        assert!(outside_a_frame("Switzerland has around 1,400 glaciers."));
        assert!(outside_a_frame("Nationally, access stands at 70%."));
        // An average, a share or a rank among those compared is what the analysis found.
        assert!(!outside_a_frame("The top fifth of earners have an average of 1.6 children."));
        assert!(!outside_a_frame("Norway has one of the smallest percentages, at 3.1%, of adults at level 1."));
        assert!(!outside_a_frame("Estonia has almost 100% enrolment at primary level."));
        assert!(outside_a_frame("The county has 14 hospitals and about 2,300 beds."));
    }

    #[test]
    fn wider_scopes_and_standing_facts_are_claims_of_their_own() {
        for s in [
            "Nationally, the rate fell 2 percent.",
            "Across Serrano, premiums have doubled.",
            "World grain demand grew 4 percent.",
            "Wages in the region rose 4 percent.",
            "Brannock has about 38,000 rented homes.",
            "Unemployment in the town stands at 7.8 percent.",
            "About one in six homes in the valley is at risk of flooding.",
            "Herding supports about a third of the population.",
            "House prices are down 6 percent from their peak.",
        ] {
            assert!(own_claim(s), "{s}");
        }
    }

    #[test]
    fn what_goes_on_with_the_report_is_not() {
        for s in [
            "Sales fell 9 percent to £1.1 billion.",
            "Roughly 40 percent of them work part time.",
            "The delivery fleet has grown to 1,150 vans.",
            "About 1,100 are thinking of leaving teaching.",
            "The district is already drawing $9 million from its reserves.",
            "The company has 1.3 million customers.",
            "Tram use has fully recovered, but bus trips remain a quarter below 2019 levels.",
            "The board's target is 18 months; 6,210 people were still waiting that long.",
            "Losses are likely to reach 25 million euros.",
            "Its population is 900,000.",
            "For a one-bedroom flat the figure is $1,780.",
            "The World Bank put growth at 3 percent.",
            "Across the road, 40 homes were evacuated.",
            "The plant, which the company says is enough for 60,000 cars, cost $80 million.",
            "More than 40,000 people are expected to apply.",
            "Spending reached £41 million, the highest of any trust in the region.",
            "The cuts fall on sales and support staff and will cost about $310 million.",
        ] {
            assert!(!own_claim(s), "{s}");
        }
    }
}
