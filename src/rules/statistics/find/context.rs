//! Checks on the words around any figure, whatever its kind: a number that is a label
//! (`Bill 42`, `CVE-2026-1187`), a `100%` that is a goal rather than a share, and a
//! `double` that is a verb rather than a comparison.

use super::patterns::{compile, HEDGE};
use crate::span::Span;

/// How much of a prefix the end-anchored checks look at (see [`near_end`]).
pub const NEAR: usize = 120;
use regex::Regex;
use std::sync::LazyLock;

/// Words before a number that make it a label: `Bill 42`, `No. 5`, `Route 66`.
pub(super) static LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\b(?:no\.|number|bill|bylaw|section|chapter|game|stage|route|highway|flight|room|suite|unit|box|version|v|step|item|part|article|clause|rule|page|pages|episode|season)|#)\s*$",
    )
});
/// A percentage that measures a physical property (a road's gradient, a drink's strength,
/// a battery's charge, the air's humidity, a material's purity or enrichment) describes a thing; it is not a claim about a
/// population that needs a source.
static PROPERTY_PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:gradients?|slopes?|inclines?|grades?|climbs?|ramps?|pitch|humidity|alcohol|abv|proof|battery|charge|brightness|zoom|purity|enrichment|enriched)\b(?:,?\s+(?:which|that|is|was|are|were|at|of|to|beyond|past|above|averages?|averaged|averaging|reaches|reached|hits?|tops?|topped|stands|stood|sits|sat|nearly|about|around|roughly|over|under|up\s+to))*\s*$",
    )
});
static PROPERTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^[\s-]*(?:gradients?|slopes?|inclines?|grades?|abv|alcohol|humidity|battery|charge|purity|pure|enriched)\b",
    )
});

/// `enriched uranium to`: the level a material is enriched to.
static ENRICHED_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\benrich(?:ed|es|ing)?\s+(?:[a-z]+\s+){0,2}?(?:to|beyond|past|above)\s+(?:about\s+|nearly\s+|almost\s+|around\s+)?$",
    )
});

/// Whether the percentage between `before` and `after` measures a physical property.
pub(super) fn measures_a_property(before: &str, after: &str) -> bool {
    let before = near_end(before, NEAR);
    PROPERTY_PERCENT.is_match(before) || ENRICHED_TO.is_match(before) || PROPERTY_AFTER.is_match(after)
}

/// Before `double the …`: what makes it a comparison rather than a verb.
pub(super) static COMPARING_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:{HEDGE}|is|was|are|were|be|been|being|now|still)\s*$")));
/// `100%` as a goal or a manner (`to 100% HTTPS`, `a 100% renewable grid`), not a share.
pub(super) static WHOLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:to|a|an|the|our|their|its|for|toward|towards|maintain|achieve|reach|be|is|are|am)\s*$")
});

/// A number glued to an identifier (`CVE-2026-1187`, `24.10.2`, `555-0143`) or named by
/// the word before it (`Bill 42`) is a label, not a quantity.
pub(super) fn looks_like_label(text: &str, span: Span) -> bool {
    let before = &text[..span.start];
    let after = &text[span.end..];
    let mut after_chars = after.chars();
    let glued_after = matches!(after_chars.next(), Some('-' | '/' | ':' | '.' | '–'))
        && after_chars.next().is_some_and(|c| c.is_ascii_digit());
    let glued_before = before.ends_with(['-', '/', ':', '.', '+', '#']);
    glued_after || glued_before || LABEL_BEFORE.is_match(near_end(before, NEAR))
}

/// The last words of `text`, about `max` bytes of them, cut at a space: what the checks
/// anchored at the end of a prefix (`Bill 42`, `an average of`) can see, so that each
/// figure costs the same however far into a long sentence it stands.
pub fn near_end(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut cut = text.len() - max;
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    match text[cut..].find(char::is_whitespace) {
        Some(space) => &text[cut + space..],
        None => &text[cut..],
    }
}

#[cfg(test)]
mod tests {
    use super::near_end;

    #[test]
    fn near_end_keeps_whole_words() {
        assert_eq!(near_end("short", 10), "short");
        assert_eq!(near_end("renumber the Bill", 8), " Bill");
        assert_eq!(near_end("café au lait", 7), " lait");
    }
}
