//! A speech tag set right beside a quotation, whatever its verb. Punctuation marks the
//! tag: a quotation that ends in a comma inside its marks goes on into the clause that
//! says who spoke (`"…," she appealed to the government.`), and a verb just before the
//! opening mark introduces it (`Syakrani asserted "…"`, `crowds chanting "…"`). The
//! shared list of speech verbs cannot hold every verb a writer tags with.

use crate::patterns::compile;
use regex::Regex;
use std::sync::LazyLock;

/// The clause after a quotation that closed on a comma: up to five words of subject,
/// then a verb in the past tense or the present (`, one journalist in the square
/// reported`, `, she appealed`). Case-sensitive: a verb is lowercase.
static TAG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s+(?:[A-Za-z][\w'’.-]*\s+){1,5}?(?:[a-z]{2,}ed|wrote|told|said|spoke|sang|cried|says|writes|tells)\b")
});

/// A verb in the past tense, or a participle of the voice, just before the opening mark
/// (`asserted "…"`, `chanting, "…"`).
static TAG_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:[a-z]{2,}ed|chanting|shouting|singing|yelling|screaming|crying|pleading|proclaiming),?\s*$")
});

/// A credit after the closing mark: a dash, then a capitalised name (`"…" -- Ken Ambrose,
/// HHS`, `"…" — Mayor Ruiz`), as testimonials and pull quotes are signed.
static CREDIT_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:--?|[—–―])\s*\p{Lu}"));

/// Whether the quotation `text[open..close]` (its marks included) has a tag beside it.
pub(super) fn tagged(text: &str, open: usize, close: usize) -> bool {
    let inner = text[..close].trim_end_matches(['"', '”']);
    let after = &text[close..];
    (inner.ends_with(',') && TAG_AFTER.is_match(after))
        || TAG_BEFORE.is_match(&text[..open])
        || CREDIT_AFTER.is_match(after)
}

#[cfg(test)]
mod tests {
    use super::tagged;

    /// Whether the first quotation in `text` is tagged.
    fn first(text: &str) -> bool {
        let open = text.find(['"', '“']).expect("a quotation");
        let from = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let end = from + text[from..].find(['"', '”']).expect("closed");
        tagged(text, open, end + text[end..].chars().next().map_or(1, char::len_utf8))
    }

    #[test]
    fn a_comma_inside_the_marks_leads_into_its_tag() {
        assert!(first("\"They will not let me study here,\" she appealed to the government."));
        assert!(first("\"Crowds filled the square all night,\" one reporter in the square wrote."));
        assert!(first("\"The gates stayed shut,\" Aino Rask recounted."));
    }

    #[test]
    fn a_verb_before_the_opening_mark_introduces_it() {
        assert!(first("Survivor Tenma, 31, yesterday asserted \"The council should have shut it.\""));
        assert!(first("Thousands marched through the rain chanting \"We will stay until he goes.\""));
        assert!(first("She pleaded, \"Let me finish my studies in the capital this year.\""));
    }

    #[test]
    fn a_dash_and_a_name_after_the_closing_mark_credit_it() {
        assert!(first("\"The night market was the best evening of the year for us.\" -- Ana Ruiz, stallholder"));
        assert!(first("“We will be back next spring with twice the stalls.” — Organiser Tom Hale"));
        // A dash that goes on with the writer's sentence is no credit.
        assert!(!first("\"The night market was the best evening of the year.\" - and then it rained."));
    }

    #[test]
    fn near_misses_name_no_speaker() {
        // A full stop ends the quotation: what follows is a new sentence.
        assert!(!first("\"Nobody expected the pier to close.\" The owners were upset."));
        // A comma, but no verb of a tag in the clause after it.
        assert!(!first("\"Nobody expected the pier to close this year,\" the owners were upset."));
        // Reading aloud is present tense here, and no speaker's past.
        assert!(!first("\"The old rule made sense once,\" he reads slowly to the class."));
        // A noun before the mark, not a verb.
        assert!(!first("On the wall hung the banner \"We will rebuild before the floods.\""));
    }
}
