//! The line items of an approved budget. A story that opens on a budget being approved
//! goes on to say what that budget spends: each sum it allocates, cuts or draws
//! (`It also cuts $12 million from central office spending`, `Adult social care takes the
//! largest share of spending, at £163 million`) is the budget itself, a record, as the
//! total is.

use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// Whether the story's opening sentence reports a budget approved, passed or adopted.
pub fn approves_budget(opening: &str) -> bool {
    APPROVED.is_match(opening)
}

/// Whether the clause before a sum (`clause_before`, from the clause's start to the sum)
/// allocates it: a verb of spending or a share of the spending.
pub fn allocates(clause_before: &str) -> bool {
    ALLOCATION.is_match(clause_before) && !CLAIM_VERB.is_match(clause_before)
}

static APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:approv(?:e|ed|es|ing)|pass(?:ed|es|ing)?|adopt(?:ed|s|ing)?|vot(?:ed|es|ing)\s+(?:through|for))\s+(?:(?:an?|the|its|their|this\s+year's|next\s+year's)\s+)?(?:[^\s;:!?]+\s+){0,5}?budget(?:\s+plan)?\b|\bbudget(?:\s+plan)?\s+(?:[\w'’-]+\s+){0,3}?(?:approved|passed|adopted)\b",
    )
});

/// A verb or noun that spends, cuts or shares out money.
static ALLOCATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:allocat(?:es|ed|ing)|earmark(?:s|ed)?|sets?\s+aside|set\s+aside|cuts?|draws?|receives?|will\s+receive|gets?|will\s+get|includes?|spends?|will\s+spend|(?:rises?|falls?|grows?|increases?|drops?)\s+to|share\s+of\s+(?:the\s+)?(?:spending|budget|money))\b",
    )
});

/// A reporting or estimating verb in the same clause: someone's claim about the budget,
/// not the budget (`which officials say will cut $4 million`).
static CLAIM_VERB: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:says?|said|estimates?|estimated|expects?|expected|could|might|would|warned)\b")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_stories_and_their_line_items() {
        assert!(approves_budget("The council on Wednesday approved a £412 million budget for the year."));
        assert!(approves_budget("Its board approved the budget plan late on Tuesday."));
        assert!(!approves_budget("The council will debate the budget next week."));
        assert!(approves_budget("Councillors voted 7–2 to approve a $412 million operating budget."));
        assert!(approves_budget("It will shut six schools under a budget plan its board approved on Tuesday."));
        assert!(allocates("It also cuts "));
        assert!(allocates("Adult social care takes the largest share of spending, at "));
        assert!(allocates("Transit spending rises to "));
        assert!(!allocates("Demand for home care has risen by "));
        assert!(!allocates("Critics said the plan would cut "));
    }
}
