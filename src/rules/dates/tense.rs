//! The tense of the clause around a date, judged from the nearest verb-like word rather
//! than by parsing: a past form (`voted`, `heard`) says the event is told as done, a
//! future or scheduling word (`will`, `due`, `to`) says it is still to come.
//! `dates/future-event` asks this question of every date after publication.

#[derive(Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    NotPast,
}

/// Words that make the clause about what is still to come.
const NOT_PAST: &[&str] = &[
    "will",
    "shall",
    "would",
    "could",
    "might",
    "should",
    "must",
    "can",
    "going",
    "scheduled",
    "slated",
    "set",
    "due",
    "expected",
    "expects",
    "expect",
    "planned",
    "planning",
    "intends",
    "upcoming",
    "next",
    "to",
    "until",
    "till",
    "through",
    "before",
    "if",
    "unless",
    "'ll",
    "hopes",
    "aims",
    "proposed",
];

/// Irregular past forms (regular ones end in `-ed`). Left out on purpose: forms spelled
/// like a common noun or like the present for every person (`cut`, `cost`, `bid`, `read`,
/// `let`, `spread`, `bore`, `bound`, `wound`, `ground`, `lay`, `fed` for the Fed).
const IRREGULAR_PAST: &str = "was were had did \
    arose ate awoke beat became began bent bit bled blew bought bred broke brought built \
    caught chose clung came crept dealt drank drew drove dug dwelt fell felt fled flew flung \
    forbade forgave forgot fought found froze gave got grew heard held hid hit hung kept knelt \
    knew laid leapt led left lent lit lost made meant met mistook oversaw overtook paid put \
    ran rang rebuilt rode rose sang sank sat said saw sent shone shook shot shut slept slid \
    sold sought spat sped spent spoke spun stood stole strode struck stuck stung swam swept \
    swore swung taught thought threw told took tore understood undertook underwent upheld \
    went wept withdrew withheld woke won wore wrote";

/// Past forms that are also first names or abbreviations (`Rose`, `Drew`, `Sat`), counted
/// only in lower case.
const NAME_LIKE: &[&str] = &["rose", "drew", "sat", "won", "hung"];

/// Past forms spelled like the present: after `not` or `did` they are the present.
const SAME_AS_PRESENT: &[&str] = &["put", "hit", "shut", "beat"];

/// Words before which a past form is an adjective (`the lost keys`, `a closed session`).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "each", "every",
    "no",
];

/// Words that end a clause: the tense of what lies beyond them says nothing here.
const CLAUSE_BREAK: &[&str] = &["and", "but", "while", "when", "which", "who", "that", "after", "because", "so", "or"];

/// Adjectives and nouns in `-ed` that are not verbs in the past.
const NOT_VERBS: &[&str] = &["need", "speed", "seed", "feed", "hundred", "based", "related", "limited", "red", "bed"];

/// Nouns in `-ing` that news copy dates (`the hearing on July 3`); other `-ing` words are
/// verbs.
const ING_NOUNS: &[&str] = &[
    "meeting",
    "hearing",
    "opening",
    "briefing",
    "building",
    "morning",
    "evening",
    "during",
    "funding",
    "ruling",
    "filing",
    "signing",
    "screening",
    "gathering",
    "reading",
    "sitting",
    "spending",
    "training",
    "housing",
    "listing",
];

/// Prepositions that make the date after a verb its target (`listed for`, `moved to`,
/// `adjourned until`); `to`, `until` and `till` already read as not past on their own.
const TARGET: &[&str] = &["for", "to", "until", "till"];

/// Particles that may stand between a participle and its preposition (`pencilled in for`,
/// `set down for`, `put back to`).
const PARTICLES: &[&str] = &["in", "down", "back", "over", "off", "forward", "out", "up"];

/// Whether the words between a verb and the date (read backward, nearest the date first)
/// are a target preposition, after particles or an adverb in `-ly`.
fn introduces_target(between: &[&str]) -> bool {
    let Some((first, rest)) = between.split_first() else { return false };
    TARGET.contains(&clean(first).as_str())
        && rest.iter().all(|w| {
            let w = clean(w);
            PARTICLES.contains(&w.as_str()) || w.len() > 4 && w.ends_with("ly")
        })
}

fn clean(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase()
}

/// Whether `raw` is a verb in the past, given the word written just before it.
fn is_past(raw: &str, previous: Option<&str>) -> bool {
    let word = clean(raw);
    let starts_upper = raw.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase);
    let irregular =
        IRREGULAR_PAST.split_whitespace().any(|w| w == word) && !(starts_upper && NAME_LIKE.contains(&word.as_str()));
    let form =
        irregular || word.len() > 4 && word.ends_with("ed") && !starts_upper && !NOT_VERBS.contains(&word.as_str());
    if !form {
        return false;
    }
    let previous = previous.map(clean).unwrap_or_default();
    let previous = previous.as_str();
    // `is held`, `has approved`, `will be heard` are not a past event on that date; `the
    // lost keys` is an adjective; `to put`, `do not shut` are the present.
    let not_a_past_verb = matches!(previous, "is" | "are" | "be" | "been" | "being" | "has" | "have")
        || NOT_PAST.contains(&previous)
        || DETERMINERS.contains(&previous)
        || SAME_AS_PRESENT.contains(&word.as_str()) && matches!(previous, "not" | "never" | "do" | "does");
    !not_a_past_verb
}

/// The tense of the nearest verb-like word in `words`: the words before a date read
/// backward (`backward`), or those after it in order.
/// A word that opens a noun phrase: an article, a possessive or demonstrative, or a name.
fn starts_noun_phrase(word: &str) -> bool {
    let w = clean(word);
    matches!(
        w.as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    ) || word.starts_with(|c: char| c.is_uppercase())
}

pub fn tense(words: &[&str], backward: bool) -> Option<Tense> {
    for (i, raw) in words.iter().enumerate().take(16) {
        let word = clean(raw);
        // Scanning back, a word ending in `;` or `:` closes an earlier clause.
        if backward && raw.ends_with([';', ':']) {
            return None;
        }
        if matches!(*raw, "—" | "–" | "-") || CLAUSE_BREAK.contains(&word.as_str()) {
            return None;
        }
        let (previous, next) = if backward {
            (words.get(i + 1), i.checked_sub(1).and_then(|j| words.get(j)))
        } else {
            (i.checked_sub(1).and_then(|j| words.get(j)), words.get(i + 1))
        };
        // `to the palace`, `to Lisbon`: a preposition, not an infinitive's `to`.
        let preposition = word == "to" && next.is_some_and(|n| starts_noun_phrase(n));
        if NOT_PAST.contains(&word.as_str()) && !preposition {
            return Some(Tense::NotPast);
        }
        if is_past(raw, previous.copied()) {
            // `a workshop led by Ana`: a participle after its noun; the verb that governs
            // the noun phrase (`can join`) decides, further out.
            if next.is_some_and(|n| clean(n) == "by") {
                continue;
            }
            // `listed for 8 June`, `pencilled in for 8 June`: the participle's preposition
            // makes the date a target, not the day the listing happened.
            if backward && introduces_target(&words[..i]) {
                return Some(Tense::NotPast);
            }
            return Some(Tense::Past);
        }
        // A participle nearer the date governs it (`the conference happening from
        // September 28`), unless it hangs on a past verb (`began repainting`).
        // After a determiner an `-ing` word names a thing (`the tagging plan`), so it does
        // not govern the date.
        let after_determiner =
            words.get(i + 1).is_some_and(|p| starts_noun_phrase(p) && !p.starts_with(char::is_uppercase));
        if backward
            && word.len() > 5
            && word.ends_with("ing")
            && !ING_NOUNS.contains(&word.as_str())
            && !after_determiner
        {
            let governed = words.get(i + 1).is_some_and(|p| is_past(p, words.get(i + 2).copied()));
            return governed.then_some(Tense::Past);
        }
        if !backward && raw.ends_with([';', ':', '.', '?', '!']) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tense of the words before the end of `clause`, read backward.
    fn before(clause: &str) -> Option<Tense> {
        let words: Vec<&str> = clause.split_whitespace().rev().collect();
        tense(&words, true)
    }

    #[test]
    fn irregular_and_regular_past_forms() {
        for clause in [
            "The jury heard the last witness on",
            "The club sold its ground on",
            "Negotiators met again on",
            "The river rose above the wall on",
            "Volunteers swept the square on",
            "The minister shut the office on",
            "The panel upheld the appeal on",
            "The report was written by staff on",
            "The board approved the budget on",
            "The club booked the hall on",
            "The ferry sailed for the island on",
            "The team trained hard for weeks and played on",
        ] {
            assert_eq!(before(clause), Some(Tense::Past), "{clause}");
        }
    }

    #[test]
    fn participles_adjectives_and_futures_are_not_past() {
        for clause in [
            "Parents can sign up for a tour led by the head teacher on",
            "Residents should attend a session held by the council on",
            "The lost property office reopens on",
            "The case will be heard on",
            "Crews will put the new roof on",
            "They do not shut the gates on",
            "The new rules come into force on",
            "A walk with Rose on",
            "The paper is understood to close on",
            "The trial has been provisionally listed for",
            "The hearing was pencilled in for",
            "The appeal is booked for",
            "The case was listed provisionally for",
            "The final was set down for",
            "The inquiry was adjourned until",
            "The vote was postponed to",
        ] {
            assert_ne!(before(clause), Some(Tense::Past), "{clause}");
        }
    }
}
