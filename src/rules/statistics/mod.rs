//! The statistics family: every number that makes a claim about the world should say
//! where it comes from. `find` spots the figures in a sentence, `source` decides whether
//! a sentence names a source, `attribution` whether one attribution is a source or a
//! hedge and which clauses it reaches; this module holds what both rules share: which regions are
//! prose worth checking, sentences grouped by paragraph, and direct quotations (a figure
//! a named speaker says is sourced by the speaker).

pub mod attribution;
pub mod background;
#[cfg(test)]
mod carry_cases;
#[cfg(test)]
mod cases;
pub mod find;
pub mod frame;
pub mod publisher;
pub mod reach;
pub mod record;
mod restated;
pub mod source;
// The rule modules, one per line of the rule table (see build.rs).
include!(concat!(env!("OUT_DIR"), "/rule_modules_statistics.rs"));
pub mod words;

/// What the family compiles ahead: the figure finder's and source patterns, dearest first.
pub static PATTERNS: crate::patterns::Warm = &[&find::PATTERNS, &crate::patterns::FOR_STATISTICS, &source::PATTERNS];

use crate::document::{Document, RegionKind, Segment};
use crate::patterns::SPEECH;
use crate::span::Span;

/// Regions a reader takes as the story's own claims; bylines, hashtags, footers, the
/// related list and attribution lines are not.
pub fn is_checked(kind: RegionKind) -> bool {
    matches!(
        kind,
        RegionKind::Headline
            | RegionKind::Standfirst
            | RegionKind::Paragraph
            | RegionKind::Heading
            | RegionKind::ListItem
            | RegionKind::BlockQuote
    )
}

/// The sentences of each checked region, as (region index, its sentences).
pub fn paragraphs(doc: &Document) -> impl Iterator<Item = (usize, &[Segment])> {
    doc.sentences().chunk_by(|a, b| a.region == b.region).filter_map(|group| {
        let region = group.first()?.region;
        is_checked(doc.regions[region].kind).then_some((region, group))
    })
}

/// Like [`paragraphs`], for the checked regions that can hold a figure at all: only those
/// are cut into sentences, which is most of the cost of the check.
pub fn paragraphs_with_figures(doc: &Document) -> impl Iterator<Item = (usize, Vec<Segment>)> + '_ {
    doc.regions.iter().enumerate().filter_map(|(index, region)| {
        let candidate = is_checked(region.kind) && find::may_hold_figure(doc.text(region.span));
        candidate.then(|| (index, doc.region_sentences(index))).filter(|(_, s)| !s.is_empty())
    })
}

/// Direct quotations in one region: `“…”` pairs and straight quotes taken in turn. A
/// quotation left open runs to the end of the region, as a quoted paragraph does.
pub struct Quotations {
    spans: Vec<Span>,
    attributed: bool,
    open_at_end: bool,
}

impl Quotations {
    /// Quotations of `text` (spans relative to it), and whether a speaker is named.
    pub fn new(text: &str) -> Quotations {
        let mut spans = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match (c, open) {
                ('“', _) => open = Some(i),
                ('”' | '"', Some(start)) => {
                    spans.push(Span::new(start, i + c.len_utf8()));
                    open = None;
                }
                ('"', None) => open = Some(i),
                _ => {}
            }
        }
        let open_at_end = open.is_some();
        if let Some(start) = open {
            spans.push(Span::new(start, text.len()));
        }
        let mut outside = String::with_capacity(text.len());
        let mut at = 0;
        for s in &spans {
            outside.push_str(&text[at..s.start]);
            outside.push(' ');
            at = s.end;
        }
        outside.push_str(&text[at..]);
        // A verb of speech outside the quotation marks: the quotation has a speaker.
        // A quotation a lead-in introduces with a colon (`The ministry posted: "…"`) has
        // its speaker in the lead-in.
        let colon_lead = spans.first().is_some_and(|q| {
            let lead = text[..q.start].trim_end();
            lead.ends_with(':') && lead.split_whitespace().count() >= 2
        });
        let attributed = colon_lead || SPEECH.is_match(&outside);
        Quotations { spans, attributed, open_at_end }
    }

    /// `text` (the region's) with every quotation blanked to spaces, offsets kept.
    pub fn blank(&self, text: &str) -> String {
        let mut out = text.to_string();
        for q in &self.spans {
            out.replace_range(q.range(), &" ".repeat(q.len()));
        }
        out
    }

    /// Whether the text from `start` to `end` (relative to the region) holds a quotation,
    /// whose speaker speaks only inside its quotation marks.
    pub fn within(&self, start: usize, end: usize) -> bool {
        self.spans.iter().any(|q| q.start >= start && q.start < end && q.len() > 12)
    }

    /// Whether a quotation is left open at the end (a long quotation that reopens its
    /// marks in the next paragraph).
    pub fn open_at_end(&self) -> bool {
        self.open_at_end
    }

    /// Whether a speaker is named for the quotations.
    pub fn attributed(&self) -> bool {
        self.attributed
    }

    /// Whether `span` (relative to the region) lies in a quotation.
    pub fn quoted(&self, span: Span) -> bool {
        self.spans.iter().any(|q| q.contains(span))
    }

    /// Whether `span` (relative to the region) lies in a quotation with a named speaker.
    pub fn quotes_speaker(&self, span: Span) -> bool {
        self.attributed && self.spans.iter().any(|q| q.contains(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_with_and_without_speakers() {
        let text = "“Half of them left,” she said. \"Most came back.";
        let q = Quotations::new(text);
        let at = |needle: &str| {
            let i = text.find(needle).unwrap();
            Span::new(i, i + needle.len())
        };
        assert!(q.quotes_speaker(at("Half")));
        assert!(q.quotes_speaker(at("Most")));
        assert!(!q.quotes_speaker(at("she")));
        assert_eq!(q.blank(text).find("she"), text.find("she"));
        assert!(!q.blank(text).contains("Half"));
        let q = Quotations::new("A so-called \"30% rule\" applies.");
        assert!(!q.quotes_speaker(Span::new(13, 16)));
    }
}
