//! The results of a contest, which are of record like a ballot's: a match's statistics,
//! the standings, a placing with its share (`came second with 27.9 percent`), and a
//! player's career or season totals (`8,912 regular-season points`).

use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// Whether the figure's `clause` states a contest's result, or the words right before it
/// (`just_before`) give a placing with its share.
pub fn result(clause: &str, just_before: &str) -> bool {
    MATCH_STAT.is_match(clause) || PLACING_BEFORE.is_match(just_before)
}

/// A match's statistics (`held the ball for 61 percent of the match`): the official record.
static MATCH_STAT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:possession|held\s+the\s+ball|shots?\s+on\s+target|pass(?:ing)?\s+accuracy|completion\s+rate|of\s+the\s+match|clearances|tackles|interceptions|fouls|rebounds|turnovers|(?:successful|completed)\s+passes|completed\s+[0-9]+\s+of\s+[0-9]+|from\s+(?:2|3|two|three)[- ]point\s+range|free\s+throws|field\s+goals|in\s+front\s+of\s+(?:a\s+crowd\s+of\s+)?[0-9,]+\s+(?:spectators|fans)|(?:in|of|top(?:s|ped)?|lead(?:s|ing)?|led)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:standings|league\s+table|leaderboard)|of\s+(?:his|her|their|its)\s+(?:shots|attempts|kicks|serves)|regular-season|career\s+(?:points|goals|runs|wickets|assists|total|leader)|(?:points|goals|rebounds|assists|yards)\s+(?:a|per)\s+(?:game|match))\b",
    )
});

/// A placing with its share or total (`came second with 27.9 percent`, `finished fourth
/// with 9.4 percent`): the result of a vote or a contest.
static PLACING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:came|finished|were|was|placed|ended|is|are)\s+(?:a\s+)?(?:distant\s+|close\s+|joint\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:(?:in\s+)?(?:the\s+)?[\w'’-]+\s+){0,2}?with\s+(?:(?:about|around|nearly|almost|just\s+over|just\s+under)\s+)?$",
    )
});

#[cfg(test)]
mod tests {
    use super::result;

    #[test]
    fn results_and_near_misses() {
        assert!(result("finished third in the drivers' standings with", "with"));
        assert!(result("made 51 percent of her shots from the field", "made"));
        assert!(result("", "The Greens came second with "));
        assert!(result("", "were third with about "));
        // A placing followed by something other than its share, and shots that are not a player's.
        assert!(!result("", "came second, and polls give it "));
        assert!(!result("vaccination shots rose by", "rose by "));
    }
}
