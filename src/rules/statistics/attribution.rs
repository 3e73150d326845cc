//! One attribution in its sentence: whether a match of an attribution phrase really names
//! a source, and which figures of the sentence it reaches. A reporting word with no one
//! behind it (`an estimated 40%`, `some estimates`, `the deal, announced on Monday,`,
//! `most of it came from one outfall`) is a hedge, not a source; a verb that opens a new
//! claim in a later clause (`…, and owners say visitors stopped coming`) does not source
//! the figures before it. It also knows one citing form the phrase list cannot spell: a
//! named owner's figures with a verb (`Home Office figures put it at …`).

use super::find::near_end;
use super::words::VERB_FORMS;
use crate::patterns::{compile, NUMBER_WORD};
use regex::Regex;
use std::sync::LazyLock;

/// Where two clauses of one sentence meet: `, and`, `, but`, `;`, a spaced dash.
static CLAUSE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i),\s+(?:and|but|yet|{CONTRASTIVE})\s|;\s|\s*—\s*|\s[–-]{{1,2}}\s")));

/// Conjunctions that open a contrasting clause.
const CONTRASTIVE: &str = r"(?:while|whereas|although|though|even\s+though)";

/// Before a participle, what makes it passive or adjectival (`an estimated`, `was
/// announced`, `is said`), so that it names no one unless an agent follows.
static PASSIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^\s*|\b(?:an|the|is|are|was|were|be|been|being|it['’]s)\s+(?:(?:[a-z]+ly|also|now|already|often|still|never|not|seldom|ever)\s+)?)$",
    )
});
/// After a comma, a participle followed by a preposition or time starts a reduced clause
/// (`The deal, announced at the ground, …`), not an inversion (`…, said the union`).
static PARTICIPLE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)^\s+(?:at|on|in|last|this|earlier|late|to|for|after|before|during|with|as|yesterday|today|over)\b")
});
/// An agent named after a passive: `estimated by the council`, `announced on Monday by
/// researchers`; the word after `by` is checked against [`NOT_AN_AGENT`].
static AGENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)^(?:\s+[^\s.;!?]+){0,5}?\s+by\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<who>[^\s,.;:!?]+)")
});
/// Words after `by` that start a time or an amount (`by the end of`, `by about 4%`).
const NOT_AN_AGENT: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "mid",
    "time",
    "next",
    "then",
    "now",
    "early",
    "late",
    "far",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "more",
    "less",
    "up",
    "half",
    "one",
    "two",
    "year",
    "month",
    "week",
];
/// Before `estimate(s)` as a noun, words that leave its owner unnamed (`some estimates`,
/// `by one estimate`, `Estimates suggest`); `the council's estimate` or `Treasury
/// estimates` do name one.
static UNOWNED_ESTIMATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^\s*|\b(?:some|one|most|many|other|several|recent|rough|conservative|early|earlier|current|latest|unofficial|informal|independent|official|best|initial|preliminary|a|an|the|these|those|such)\s+)$",
    )
});
/// `estimates by X`, `estimates from X`: the owner follows.
static OWNER_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:by|from|published\s+by)\b"));
/// What must come before `come from` for it to cite: the figures themselves as subject.
static FIGURES_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:figures?|data|numbers?|statistics|stats|estimates?|tally|totals?|counts?|projections?|forecasts?|results?|study|studies|survey|surveys|report|reports|poll|polls|research|analysis)\b",
    )
});
/// Words after a reporting verb that close a tail attribution (`…, the union said on
/// Monday.`) rather than open a claim of its own (`…, and owners say visitors left`).
static TAIL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s*(?:[.,!?)\]”]|$|(?:on|in|at|last|this|earlier|later|yesterday|today|during|when|after|before|by|to|so)\b)",
    )
});
/// `Ministry of Justice statistics put …`, `the ONS's figures show`, `Home Office data
/// suggest`: a named owner (two capitalised words, an acronym, a possessive, or one
/// capitalised word inside the sentence) and its figures with a verb.
pub static OWNED_FIGURES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:(?-u:\b)[A-Z][A-Za-z0-9&.-]*(?:\s+(?:of|for|and|on|&)?\s*[A-Z][A-Za-z0-9&.-]*)+|(?-u:\b)[A-Z]{2,}(?-u:\b)|(?-u:\b)[A-Za-z]+['’]s?|[a-z,]\s+[A-Z][A-Za-z0-9&.-]*)\s+(?i:(?:own|latest|official|annual|new|provisional|published|quarterly|monthly|final)\s+)?(?i:statistics|figures|data|estimates|numbers|records)\s+(?i:show|shows|showed|put|puts|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed)(?-u:\b)",
    )
});

/// Before a verb that is also a plural noun (`projects`, `reports`, `forecasts`): words
/// that make it the noun (`compiles large projects 1.8x faster`, `their forecasts`), which
/// names no one. A verb's subject is a noun, never a determiner or one of these adjectives.
static NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\b(?:a|an|the|its|their|his|her|our|your|my|these|those|many|several|few|some|all|both|most|other|such|large|small|big|major|minor|new|old|recent|future|past|bigger|larger|smaller|thousand|million|billion|trillion)(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}|[0-9%]|[0-9](?:bn|m|k))\s+$",
    )
});

/// `That said`, `This said`, `Having said that`, `That being said`: a turn in the
/// writer's argument.
static DISCOURSE_SAID: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:^|[.!?;:]\s+)\W*(?:that|this)\s+(?:being\s+)?$|\bhaving\s+$"));

/// Whether the attribution at `start..end` of `sentence` names a source rather than
/// hedging (`an estimated`, `some estimates`, an agentless passive, `… came from` with
/// no figures as its subject).
pub fn names_source(sentence: &str, start: usize, end: usize) -> bool {
    let word = sentence[start..end].to_lowercase();
    let (before, after) = (&sentence[..start], &sentence[end..]);
    let agent = || {
        AGENT_AFTER.captures(after).is_some_and(|c| {
            let who = c["who"].to_lowercase();
            !who.starts_with(|ch: char| ch.is_ascii_digit()) && !NOT_AN_AGENT.contains(&who.as_str())
        })
    };
    // `said goodbye`, `said a prayer`: the verb takes words, not a claim. `That said,`
    // and `having said that` turn the writer's argument; no one speaks.
    if word == "said" && (SAID_WORDS.is_match(after) || DISCOURSE_SAID.is_match(near_end(before, 20))) {
        return false;
    }
    // `the report card`, `data centres`: a source noun modifying another noun names none.
    if COMPOUND_AFTER.is_match(after) {
        return false;
    }
    if RESPONDENTS.is_match(before.rsplit([',', ';', '—']).next().unwrap_or("")) {
        return false;
    }
    // `Scientists estimate`, `Experts say`: a whole profession names no one; `The
    // scientists found` points back to the ones the story named.
    if GENERIC_SUBJECT
        .captures(near_end(before, 60))
        .is_some_and(|c| !c.name("det").is_some_and(|d| definite(d.as_str())))
    {
        return false;
    }
    // `claimed 3,000 lives`, `claimed victory`: the verb takes a thing, not a claim.
    if word.starts_with("claim") && CLAIMED_THING.is_match(after) {
        return false;
    }
    if word.starts_with("estimate") && word != "estimated" {
        return !UNOWNED_ESTIMATE_BEFORE.is_match(before) || OWNER_AFTER.is_match(after);
    }
    // A word that is also a noun (`a show`, `their forecasts`, `the report`) after a
    // determiner is the noun, which names no one.
    let verb_only = word.ends_with("ed") || VERB_FORMS.contains(&word.as_str());
    let noun_form = !word.contains(char::is_whitespace) && !verb_only;
    if noun_form && NOUN_BEFORE.is_match(before) {
        return false;
    }
    if word.starts_with("come") || word.starts_with("came") {
        return FIGURES_SUBJECT.is_match(&before[clause_start(before)..]);
    }
    let participle = !word.contains(char::is_whitespace)
        && (word.ends_with("ed") || matches!(word.as_str(), "said" | "found" | "shown" | "forecast" | "told" | "put"));
    // `Police found £85,000 in a safe`: searchers find things, not results.
    if (word == "found" || word == "finds") && SEARCHERS_BEFORE.is_match(before) {
        return false;
    }
    // `found a new use`, `found its way`: the verb takes a thing, not a finding.
    if (word == "found" || word == "finds")
        && FOUND_A_THING.captures(after).is_some_and(|c| !FINDING_NOUN.is_match(&c[1]))
    {
        return false;
    }
    // `one in 100 reported frauds`, `of recorded crimes`: a participle between a number,
    // a quantifier or an article and its noun describes the noun; it attributes nothing.
    if participle && word.ends_with("ed") && ADJECTIVE_SLOT.is_match(before) && NOUN_AFTER.is_match(after) {
        return false;
    }
    if participle {
        // `the projects announced since 2021`: a participle after its noun is passive.
        let reduced = before.trim_end().ends_with(|c: char| c.is_alphabetic())
            && word != "said"
            && REDUCED_AFTER.is_match(after)
            && before.trim_end().ends_with('s');
        // `…, a share expected to grow`: a participle after a noun set off by a comma and
        // before an infinitive is passive too (`The council expected to raise` is not).
        let infinitive = word != "said" && APPOSITIVE_BEFORE.is_match(before) && TO_VERB_AFTER.is_match(after);
        let passive = PASSIVE_BEFORE.is_match(before)
            || reduced
            || infinitive
            || (before.trim_end().ends_with(',') && word != "said" && PARTICIPLE_CLAUSE.is_match(after));
        return !passive || agent();
    }
    true
}

/// A determiner that points back to a group already named (`the`, `these`, `their`).
fn definite(word: &str) -> bool {
    matches!(word.trim().to_lowercase().as_str(), "the" | "these" | "those" | "its" | "their" | "our" | "his" | "her")
}

/// Whether `before` ends in such a determiner, one word or none between (`the
/// scientists`, `the two analysts`).
pub fn after_definite(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    definite(last) || (!last.is_empty() && words.next().is_some_and(definite))
}

/// The clause of `sentence` that holds byte `at`: from the last clause break before it
/// to the first one after it.
pub fn clause_bounds(sentence: &str, at: usize) -> (usize, usize) {
    // A clause longer than `REACH` bytes either way is cut there: real clauses are far
    // shorter, and the bound keeps a sentence of thousands of figures linear.
    let before = near_end(&sentence[..at], REACH);
    let offset = at - before.len();
    let start = CLAUSE_BREAK.find_iter(before).last().map_or(offset, |m| offset + m.end());
    let mut limit = (at + REACH).min(sentence.len());
    while !sentence.is_char_boundary(limit) {
        limit += 1;
    }
    let end = CLAUSE_BREAK.find_at(&sentence[..limit], at).map_or(limit, |m| m.start());
    (start, end)
}

/// How far [`clause_bounds`] looks either side of a figure.
const REACH: usize = 400;

/// Where the clause holding `text`'s end begins (after the last clause break).
fn clause_start(text: &str) -> usize {
    CLAUSE_BREAK.find_iter(text).last().map_or(0, |m| m.end())
}

/// A share of people as the subject of a reporting verb (`29 percent reported`, `half of
/// the parents said`): respondents answering some document's questions, which is the
/// source to name, not the people themselves.
static RESPONDENTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\s*(?:(?:while|and|but|whereas|with)\s+)?(?:(?:about|around|roughly|approximately|nearly|almost|some|over|only|just\s+over|just\s+under|more\s+than|fewer\s+than|less\s+than)\s+)?(?:[0-9.]+\s*%|(?:(?:[0-9.]+|{NUMBER_WORD})\s*(?:percent|per\s+cent)|half|(?:a|one|two)[ -](?:third|quarter|fifth)s?|most|many|few)\b)(?:\s+[^\s]+){{0,4}}\s*$"
    ))
});

/// A profession or a crowd that speaks as a whole: named by no one, it names no one.
const CROWD: &str = r"(?:scientists|experts|analysts|economists|observers|critics|commentators|campaigners|insiders|(?:estate|letting|travel)\s+agents)";

/// A whole profession or an unnamed group said to speak (`Critics say`, `some economists
/// estimate`, `security experts described`): it names no one, like a hedge. The
/// profession leads the pattern, so the search is a scan for a few literals.
pub static GENERIC_SAYS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b{CROWD}\s+(?:have\s+|had\s+)?(?:say|said|says|estimate|estimated|estimates|believe|believed|described|describe|warn|warned|argue|argued|think|thought|predict|predicted|put)\b"
    ))
});

static SAID_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:goodbye|good-bye|farewell|hello|grace|a\s+prayer|prayers|yes|no|thanks|thank\s+you|sorry|nothing)\b",
    )
});
/// Nouns a source noun can modify (`report card`, `data centre`, `survey team`): then it
/// is part of a name for a thing, not a document that sources a figure.
/// What stands before a participle used as an adjective: a number, a quantifier or an
/// article (see [`names_source`]).
static ADJECTIVE_SLOT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)(?:[0-9]|\b(?:of|the|a|an|all|many|most|some|no|every|each|any|these|those|other))\s*$")
});

/// A lowercase word right after a participle, the noun it describes.
static NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?-i:[a-z])[a-z-]+\b"));

static COMPOUND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^[ -](?:cards?|cent(?:re|er)s?|breach(?:es)?|protection|privacy|plans?|entry|sheets?|rooms?|desks?|lines?|vans?|ships?|vessels?|boats?|dishes?)\b",
    )
});

/// A bare profession or crowd as the whole subject of a reporting verb.
static GENERIC_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?:^|[,;:—]\s*|\band\s+|\bbut\s+)\W*(?:some\s+|many\s+|most\s+|other\s+)?(?P<det>[a-z-]+\s+)?(?:{CROWD}|researchers|people|studies)(?:\s+in\s+the\s+[a-z]+)?\s+(?:now\s+|also\s+|generally\s+|widely\s+)?$"
    ))
});

/// Who finds things rather than results: police, rescuers, searchers.
static SEARCHERS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:police|officers|detectives|investigators|rescuers|searchers|inspectors|customs|troops|divers|firefighters|crews)\s+(?:also\s+|later\s+|had\s+)?$",
    )
});

/// After `found`, an article and the word it introduces.
static FOUND_A_THING: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:a|an|its|their|his|her|new)\s+([a-z]+)"));
/// What a finding can be (`found a 12% rise`, `found a link`), as opposed to a thing found.
static FINDING_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:rise|fall|drop|increase|decrease|jump|surge|decline|gap|link|correlation|majority|third|quarter|half|fifth|tenth|sharp|significant|small|large|clear|strong|steady|marked)$",
    )
});
/// After a participle that follows its noun, a time or place that makes it a reduced
/// relative clause (`the projects announced since 2021`), not a verb with a subject.
static REDUCED_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s+(?:since|in|on|last|this|earlier|during|over|at|for|until|before|after)\b"));

/// `The office put the cost of the cleanup at $14.2 million`: an estimate with its owner.
/// The words between are unbounded here, which compiles once rather than ten times;
/// [`put_at`] keeps the matches of ten words or fewer.
static PUT_AT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\bput(?:s|ting)?\s+(?:(?:the|its|their|that|this|his|her)\s+)?(?:[\w'’-]+,?\s+)+?at\b")
});

/// Each `put … at` of `sentence` with at most ten words between the verb and `at`
/// (`put youth unemployment, for those aged 15 to 24, at`).
pub fn put_at(sentence: &str) -> impl Iterator<Item = regex::Match<'_>> {
    PUT_AT.find_iter(sentence).filter(|m| m.as_str().split_whitespace().count() <= 13)
}

/// After `claimed`, a thing taken rather than a claim made.
static CLAIMED_THING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:(?:about|around|roughly|over|nearly|more\s+than|at\s+least|some|the|a|an|his|her|their|its)\s+)*(?:[0-9]|lives|victims|responsibility|victory|credit|title|seats?|crown|prize|lead|top)",
    )
});

/// `…, including, according to X, 54 children`: an attribution set off by commas after a
/// word that still wants its object attaches to the words after it, not to the figures
/// before.
static OPEN_PHRASE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:including|among\s+them|of\s+whom|of\s+which|with|and|or|plus|of|to|from|by|for)\s*,\s*$")
});

/// Whether an attribution at `start..end` of `sentence` reaches a figure at `figure`
/// (start of the figure): in the same clause or an earlier one it does; in a later clause
/// only as a tail (`…, and rents rose 8%, according to the ONS`, `…, the union said`),
/// not when it opens a claim of its own (`…, and owners say visitors stopped coming`).
pub fn reaches(sentence: &str, start: usize, end: usize, figure: usize) -> bool {
    let word = sentence[start..end].to_lowercase();
    let inside_phrase = figure < start && word == "according to" && OPEN_PHRASE_BEFORE.is_match(&sentence[..start]);
    // `Severnside, the second-largest supplier in England, said`: a figure in the
    // speaker's own description is the writer's, not the speaker's.
    let described = figure < start && {
        let before = sentence[..start].trim_end();
        before.strip_suffix(',').and_then(|b| b.rfind(',')).is_some_and(|open| open < figure)
            && !sentence[figure..start].trim_end().trim_end_matches(',').contains(',')
            && !word.ends_with(" to")
    };
    if inside_phrase
        || described
        || outside_relative(sentence, start, end, figure)
        || scoped_before(sentence, start, end, figure)
    {
        return false;
    }
    if figure >= start || !CLAUSE_BREAK.is_match(&sentence[figure..start]) {
        return true;
    }
    // `according to X`, `a study by X`, `citing X`: what follows names the source.
    let names_after =
        word == "citing" || [" to", " by", " from", " on", " of", " in"].iter().any(|w| word.ends_with(w));
    names_after || (TAIL_AFTER.is_match(&sentence[end..]) && tail_subject(&sentence[..start]))
}

/// A short noun phrase right after a comma: `…, a share `.
static APPOSITIVE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i),\s*(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$"));

/// An infinitive right after a participle: `expected to grow`.
static TO_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+to\s+[a-z]"));

/// Whether what stands between the last comma or clause break and a tail attribution is
/// a speaker (`…, the council's chief executive said`), not a clause of its own whose
/// participle only looks like one (`…, and riders complained about cancellations
/// announced at the last minute`).
fn tail_subject(before: &str) -> bool {
    // After the break character, which may be more than one byte (`—`).
    let from =
        before.rfind([',', ';', '—', '–']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let words: Vec<String> = before[from..]
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "and" | "but" | "while" | "yet"))
        .collect();
    // A speaker is a short noun phrase; an auxiliary means a verb of its own.
    words.len() <= 6 && !words.iter().any(|w| AUXILIARY.contains(&w.as_str()))
}

const AUXILIARY: &[&str] =
    &["have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could", "do", "does", "did"];

mod scope;

pub use scope::in_relative_clause;
use scope::{outside_relative, scoped_before};

#[cfg(test)]
mod tests;
