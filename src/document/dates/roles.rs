//! The role a date plays in its region: the date of a byline (including a `By Name,
//! date` line written into a Markdown body near the top), an `Updated …` stamp, or a
//! dateline (`LAKEPORT, Feb. 12, 2026 — …`); anything else is a date in the text.

use super::{DateMention, Role};
use crate::document::{Byline, Document, RegionKind};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A dateline's place before the date: `TOFINO, British Columbia, ` (the first word in
/// capitals), or a press release's `Berlin, Germany – `.
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’ -]*)*,\s*|[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’-]+(?: [A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’-]+)*(?:,\s*[A-Z][A-Za-z0-9_\u{C0}-\u{24F}.'’ -]*)*\s[–—]\s)$",
    )
    .expect("pattern")
});

/// An update or correction note: `_This article was updated on …_`, `Updated on DATE:`,
/// `Correction: …`, `Editor's note: …`. Such a note is dated after publication by nature.
static NOTE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s_*\[(]*(?:updated?\b|correction\b|corrected\b|clarification\b|editor['’]s note\b|this (?:article|story|post|piece|report|page) (?:was|has been|is)\b)")
        .expect("pattern")
});

/// The words that stamp a note with its date: `updated on`, `corrected`, `amended at`.
static STAMP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:last )?(?:updated|corrected|amended|revised|update|correction)(?:\s+(?:on|at))?\s*[:,]?$")
        .expect("pattern")
});

/// Whether the text of a region before a date leaves the date inside a direct quotation:
/// an odd number of straight quotes, or a curly opening quote not yet closed.
/// Whether the text read so far is inside a quotation, advanced piece by piece so that a
/// region with thousands of dates is read once, not once per date.
#[derive(Default)]
pub(super) struct QuoteState {
    straight_open: bool,
    curly_open: bool,
}

impl QuoteState {
    pub(super) fn advance(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '"' => self.straight_open = !self.straight_open,
                '“' => self.curly_open = true,
                '”' => self.curly_open = false,
                _ => {}
            }
        }
    }

    pub(super) fn inside(&self) -> bool {
        self.straight_open || self.curly_open
    }
}

/// The byline a region holds, if any: the document's byline line, or a short paragraph
/// written as one (`By Name, date` only among the first two paragraphs, `paragraphs`
/// being how many came before).
pub(super) fn byline_in(doc: &Document, kind: RegionKind, span: Span, paragraphs: usize) -> Option<Byline> {
    match kind {
        RegionKind::Byline => doc.byline.clone(),
        // A short paragraph can be a byline written into a Markdown body.
        RegionKind::Paragraph if span.len() < 120 => Byline::parse_line(doc.text(span), span.start)
            .or_else(|| (paragraphs < 2).then(|| Byline::parse_by_line(doc.text(span), span.start)).flatten()),
        _ => None,
    }
}

/// The role of date `m` in the region spanning `region`, given the byline found there.
pub(super) fn role_in_region(doc: &Document, region: Span, byline: Option<&Byline>, m: &DateMention) -> Role {
    if byline.and_then(|b| b.date).is_some_and(|d| d.contains(m.span)) {
        return Role::Byline;
    }
    let start = m.weekday.map_or(m.span.start, |w| w.span.start.min(m.span.start));
    let before = &doc.source[region.start..start];
    let after = &doc.source[m.span.end..region.end];
    let after = after.trim_start_matches([')', ',']).trim_start();
    let trimmed = before.trim_end().trim_end_matches(':');
    if trimmed.ends_with("Updated") || trimmed.ends_with("updated") && trimmed.len() < 20 {
        return Role::Updated;
    }
    if NOTE_OPENING.is_match(&doc.source[region.start..region.end]) && STAMP_BEFORE.is_match(before.trim_end()) {
        return Role::Updated;
    }
    if matches!(region_kind(doc, region), Some(k) if k.is_body())
        && (DATELINE_PLACE.is_match(before) || is_parenthesised_dateline(before, &doc.source[m.span.end..region.end]))
        && (after.starts_with(['—', '–']) || after.starts_with("--") || after.starts_with("- "))
    {
        return Role::Dateline;
    }
    Role::Text
}

/// The kind of the region spanning `region`: regions are in order and disjoint, so a
/// binary search finds it (a pass over every region per date was quadratic).
fn region_kind(doc: &Document, region: Span) -> Option<crate::document::RegionKind> {
    let i = doc.regions.partition_point(|r| r.span.start < region.start);
    match doc.regions.get(i) {
        Some(r) if r.span == region => Some(r.kind),
        _ => doc.regions.iter().find(|r| r.span == region).map(|r| r.kind),
    }
}

/// `NUUK, Greenland (Aug. 3, 2026) —`: the date in parentheses after the place. Only the
/// capitals form counts, so that prose such as `Yesterday (May 2) — …` stays prose.
fn is_parenthesised_dateline(before: &str, after: &str) -> bool {
    let Some(place) = before.trim_end().strip_suffix('(') else { return false };
    let place = place.trim_end();
    // With `, ` in place of the parenthesis only the capitals alternative can match.
    after.trim_start().starts_with(')') && DATELINE_PLACE.is_match(&format!("{place}, "))
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;
    use super::super::{find, Role};
    use crate::document::Document;

    #[test]
    fn a_by_line_near_the_top_is_a_byline() {
        let roles = |src: &str| -> Vec<Role> { found("a.md", src).into_iter().map(|f| f.3).collect() };
        assert_eq!(
            roles("# Title\n\n_By Lia Moreno, 3 October 2026_\n\nText on 2 October.\n"),
            [Role::Byline, Role::Text]
        );
        assert_eq!(roles("A standfirst.\n\nBy Lia Moreno, 3 October 2026\n\nText.\n"), [Role::Byline]);
        // Prose opening with `By` + a date, and a by-line deep in the story, stay prose.
        assert_eq!(roles("By March 3, 2026, the council had spent it.\n"), [Role::Text]);
        assert_eq!(roles("One.\n\nTwo.\n\nBy Lia Moreno, 3 October 2026\n"), [Role::Text]);
    }

    #[test]
    fn update_and_correction_notes_are_update_stamps() {
        let roles = |src: &str| -> Vec<Role> { found("a.md", src).into_iter().map(|f| f.3).collect() };
        assert_eq!(roles("_This article was updated on March 12, 2026, to add a name._\n"), [Role::Updated]);
        assert_eq!(roles("Updated on March 15, 2026: adds the tender.\n"), [Role::Updated]);
        assert_eq!(
            roles("Correction: An earlier version gave March 9, 2026. Corrected on March 13, 2026.\n"),
            [Role::Text, Role::Updated]
        );
        // The same words in a story are no stamp.
        assert_eq!(roles("The council updated its plan on March 12, 2026.\n"), [Role::Text]);
    }

    #[test]
    fn quotation_marks_before_a_date() {
        let in_quotation = |text: &str| {
            let mut q = super::QuoteState::default();
            q.advance(text);
            q.inside()
        };
        assert!(in_quotation("He said, \"We open on "));
        assert!(in_quotation("He said, “We open on "));
        assert!(!in_quotation("\"We open soon,\" he said on "));
        assert!(!in_quotation("“We open soon,” he said on "));
    }

    #[test]
    fn roles_and_publication_date() {
        let src = "Policy\n\nA Headline Here\n\nOmega Editorial· June 29, 2026· 3 min read\n\n\
                   LAKEPORT, June 28, 2026 — The council met on July 2.\n";
        let doc = Document::parse("a.txt", src.to_string());
        let dates = find(&doc);
        let roles: Vec<_> = dates.mentions.iter().map(|m| m.role).collect();
        assert_eq!(roles, [Role::Byline, Role::Dateline, Role::Text]);
        let release = Document::parse("a.md", "Berlin, Germany – May 2, 2026 – The team said.\n".into());
        assert_eq!(release.dates().mentions[0].role, Role::Dateline);
        let prose = Document::parse("a.md", "Yesterday, May 2 — a quiet day.\n".into());
        assert_eq!(prose.dates().mentions[0].role, Role::Text);
        let paren = Document::parse("a.md", "HALIFAX, Nova Scotia (Oct. 9, 2026) — Crews said.\n".into());
        assert_eq!(paren.dates().mentions[0].role, Role::Dateline);
        let paren = Document::parse("a.md", "OSLO (Oct. 9) – Crews said.\n".into());
        assert_eq!(paren.dates().mentions[0].role, Role::Dateline);
        for prose in
            ["Yesterday (Oct. 9) — a quiet day.\n", "The LAKE (Oct. 9) — a quiet day.\n", "OSLO (Oct. 9) was quiet.\n"]
        {
            let doc = Document::parse("a.md", prose.into());
            assert_eq!(doc.dates().mentions[0].role, Role::Text, "{prose}");
        }
        assert_eq!(dates.published().unwrap().1, jiff::civil::date(2026, 6, 29));
        assert_eq!(dates.mentions[2].date(), Some(jiff::civil::date(2026, 7, 2)));
    }
}
