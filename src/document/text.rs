//! Sentences and words with byte spans, from the shared tokenizer (`tokens`). Sentences
//! are cut from a region's whole text (so a sentence that runs across a Markdown link
//! stays one sentence); words come from prose pieces only, so URLs and code are never words.

use super::tokens;
use super::{Document, Segment};
use crate::span::Span;

/// Sentence spans (trimmed of surrounding whitespace) of `text`, relative to it. Line
/// breaks inside a region are wrapping, not sentence ends (UAX #29 would break at every
/// one), so they are read as spaces; both are one byte, so offsets are unchanged.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    tokens::flat_sentence_bounds(text)
        .into_iter()
        .filter_map(|(i, s)| {
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            (!t.is_empty()).then(|| Span::new(i + lead, i + lead + t.len()))
        })
        .collect()
}

/// Word spans of `text`, relative to it: word-bound segments holding a letter or digit.
pub fn word_spans(text: &str) -> Vec<Span> {
    tokens::word_bounds(text)
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Span::new(i, i + w.len()))
        .collect()
}

/// The span sentences are cut from in a region: its first prose piece to its last, markup
/// in between included, so a heading's `#` or a list marker is not part of a sentence.
fn sentence_range(region: &super::Region) -> Span {
    match (region.pieces.first(), region.pieces.last()) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => region.span,
    }
}

/// The sentences of one region.
pub(super) fn region_sentences(doc: &Document, index: usize) -> Vec<Segment> {
    let whole = sentence_range(&doc.regions[index]);
    sentence_spans(whole.text(&doc.source))
        .into_iter()
        .map(|s| Segment { span: whole.sub(s.range()), region: index })
        .collect()
}

/// The words of every region's prose pieces, in order.
pub(super) fn words(doc: &Document) -> Vec<Segment> {
    let mut out = Vec::new();
    for (index, region) in doc.regions.iter().enumerate() {
        for part in &region.pieces {
            out.extend(
                word_spans(part.text(&doc.source))
                    .into_iter()
                    .map(|s| Segment { span: part.sub(s.range()), region: index }),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_offsets() {
        let text = "First one. Second — with a dash!  Third?";
        let got: Vec<_> = sentence_spans(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(got, ["First one.", "Second — with a dash!", "Third?"]);
        let wrapped = "A sentence wrapped\r\nover lines. Next.";
        let got: Vec<_> = sentence_spans(wrapped).iter().map(|s| s.text(wrapped)).collect();
        assert_eq!(got, ["A sentence wrapped\r\nover lines.", "Next."]);
    }

    #[test]
    fn words_skip_punctuation() {
        let text = "Café's 8.8 trillion — don't stop.";
        let got: Vec<_> = word_spans(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(got, ["Café's", "8.8", "trillion", "don't", "stop"]);
    }

    #[test]
    fn document_segments_carry_regions() {
        let doc = Document::parse("a.md", "# Title\n\nOne two. Three [four](http://x.example/five).\n".into());
        let words: Vec<_> = doc.words().iter().map(|w| doc.text(w.span)).collect();
        assert_eq!(words, ["Title", "One", "two", "Three", "four"]);
        let sentences: Vec<_> = doc.sentences().iter().filter(|s| s.region == 1).map(|s| doc.text(s.span)).collect();
        assert_eq!(sentences, ["One two.", "Three [four](http://x.example/five)."]);
    }
}
