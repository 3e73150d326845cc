//! Values a rule or a market settles, told as they move or as they are read off: a
//! threshold or an allowance a law moves (`the threshold … falls from £425,000 to
//! £300,000`), a bill a set rise takes to a new level (`takes the bill for a Band D home
//! to £1,936`), a company's value at its share price (`valuing the company at about $71
//! billion`); and the sums of a worked example (`Take a saver with £30,000 …`), which
//! make no claim about the world.

use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// Whether the words right before a figure (`just_before`) read off a settled value.
pub fn settled(just_before: &str) -> bool {
    MOVED_BY_RULE.is_match(just_before) || TAKES_BILL_TO.is_match(just_before) || VALUED_AT.is_match(just_before)
}

/// Whether `sentence` sets up a worked example rather than reporting.
pub fn worked_example(sentence: &str) -> bool {
    WORKED_EXAMPLE.is_match(sentence)
}

static MOVED_BY_RULE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:thresholds?|allowances?|personal\s+allowance|tax-free\s+allowance)\s+(?:[\w'’-]+\s+){0,6}?(?:rises?|rose|falls?|fell|goes|went|moves?|moved|increases?|increased|is\s+cut|was\s+cut|will\s+rise|will\s+fall)\s+(?:from|to)\s+$",
    )
});

static TAKES_BILL_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:takes|took|taking|take|brings|brought|bringing)\s+(?:the\s+)?(?:bill|charge|fee|fare|levy|council\s+tax)\s+(?:[\w'’-]+\s+){0,5}?to\s+$",
    )
});

static VALUED_AT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bvalu(?:ing|es|ed)\s+(?:the\s+(?:company|firm|group|business)|it)\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    )
});

static WORKED_EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*(?:take|consider|imagine|suppose|picture)\s+(?:a|an|someone|somebody)\b|^\W*for\s+example,\s+(?:a|an|someone|somebody)\s+(?:[\w-]+\s+){0,3}?(?:with|earning|paying|on)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_off_a_rule_or_a_market() {
        assert!(settled("when the threshold at which first-time buyers start paying falls from "));
        assert!(settled("the tax-free allowance for savings interest rises from "));
        assert!(settled("The rise takes the bill for a Band D home to "));
        assert!(settled("Shares rose 4.8 percent on Tuesday, valuing the company at about "));
        assert!(!settled("House prices fell from "));
        assert!(!settled("The deal takes the total to "));
    }

    #[test]
    fn worked_examples() {
        assert!(worked_example("Take a saver with £30,000 in an account paying 4.5 percent."));
        assert!(worked_example("For example, a couple earning £60,000 would pay £200 more."));
        assert!(!worked_example("Savers hold £30,000 on average, the bank said."));
    }
}
