//! Where an attribution's reach stops inside its sentence: the relative clause it stands
//! in, the clause it is set off after, and a contrasting clause with a subject of its own.

use super::{tail_subject, CONTRASTIVE};
use crate::patterns::compile;
use crate::rules::statistics::find::may_hold_figure;
use regex::Regex;
use std::sync::LazyLock;

/// A relative clause opened after a figure and still open: `, which the union`.
static RELATIVE_OPEN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s+(?:which|who|whose)\s[^,;—()]*$"));

/// Words that open a noun phrase of its own, the subject of a new clause.
const DETERMINER: &str = r"(?:the|a|an|its|their|his|her|our|this|that|these|those)";

/// Whether an attribution at `start..end` inside a relative clause leaves the figure at
/// `figure` out: it vouches for that clause only, not for the figure the clause describes
/// (`$78,500, which the union says is low`) nor for what follows once the clause closes
/// (`Hospitals, which the union says are short-staffed, have 1,050 vacancies`).
pub(super) fn outside_relative(sentence: &str, start: usize, end: usize, figure: usize) -> bool {
    // At most one relative clause is open at `start`: it begins after the last comma.
    RELATIVE_OPEN.find(&sentence[..start]).is_some_and(|m| {
        (figure < start && m.start() >= figure) || (figure >= end && sentence[end..figure].contains(','))
    })
}

/// Whether an attribution at `start..end` is scoped to what comes before a later figure
/// at `figure`: one set off after its clause (`…, according to the union, while prices
/// climbed 3.2%`, `…, the union said, and …`) covers that clause, not the next one, and
/// none reaches a contrasting clause with a subject of its own.
pub(super) fn scoped_before(sentence: &str, start: usize, end: usize, figure: usize) -> bool {
    if figure < end {
        return false;
    }
    let (before, between) = (&sentence[..start], &sentence[end..figure]);
    // Set off on both sides, after the figures it speaks for (not `potentially, according
    // to X, $3.6 billion …` or `In May, Tesco said, it lost …`, which introduce them).
    let head = if sentence[start..end].eq_ignore_ascii_case("according to") {
        before.trim_end().strip_suffix(',')
    } else {
        before.rfind(',').filter(|_| tail_subject(before)).map(|i| &before[..i])
    };
    let rest = &sentence[end..];
    let closed = rest.find(',').is_some_and(|c| rest[..c].split_whitespace().count() <= 6);
    let clause_words = |h: &str| h.rsplit([',', ':', ';']).next().map_or(0, |c| c.split_whitespace().count());
    let set_off = closed && head.is_some_and(|h| may_hold_figure(h) || clause_words(h) >= 5);
    (set_off && NEW_CLAUSE.is_match(between)) || CONTRAST.is_match(between)
}

/// A contrasting clause with a subject of its own (`…, while the city's population is
/// forecast to pass 420,000`): the writer's own aside, whatever verb of saying stands
/// before it. One that goes on with the same count (`…, while 1,200 were destroyed`)
/// is still the speaker's.
static CONTRAST: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i),\s+{CONTRASTIVE}\s+(?:{DETERMINER}\s|(?-i:[A-Z]))")));

/// A clause with a subject of its own (`, while prices …`, `, and about 60% of …`), not
/// the same subject's next verb (`, and run late …`).
static NEW_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i),\s+{CONTRASTIVE}\s|;\s|,\s+(?:and|but|yet)\s+(?:(?:{DETERMINER}|some|many|most|all|each|every|no|another|other|about|around|nearly|almost|roughly|more|fewer|less|over|under|only|just|it|they|he|she|we|there)\b|[0-9]|(?-i:[A-Z]))"
    ))
});

/// Whether byte `at` of `sentence` stands inside a relative clause opened after a comma.
pub fn in_relative_clause(sentence: &str, at: usize) -> bool {
    RELATIVE_OPEN.is_match(&sentence[..at])
}
