//! The read-time count: the words a reader reads, region by region. Counted: body
//! paragraphs, headings, list items, block quotes and attribution lines; not counted:
//! front matter, category, headline, standfirst, byline, hashtags, footer, related
//! items, HTML and URLs. Code and image alt text are tallied apart so that a desk's
//! options can add them without counting again.
//!
//! A word is a unicode-segmentation word-bound segment holding a letter or digit, with
//! hyphenated compounds (`open-source`) joined into one; contractions (`don't`) and
//! numbers with separators (`1,200`, `8.8`) are already one segment. CJK ideographs and
//! kana are tallied one per character and read at their own rate.

use super::{Document, RegionKind};
use crate::span::Span;
use serde::Deserialize;

/// What a counted part of the draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Region(RegionKind),
    Code,
    AltText,
}

impl PartKind {
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Region(k) => k.name(),
            PartKind::Code => "code",
            PartKind::AltText => "alt-text",
        }
    }
}

/// One counted part: a region, a code block or inline code, or an image's alt text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub span: Span,
    pub words: usize,
    pub cjk_chars: usize,
}

/// The tally of a whole draft, independent of any desk's options.
#[derive(Debug, Clone, Default)]
pub struct Count {
    pub parts: Vec<Part>,
    pub images: usize,
}

/// Words and CJK characters of `text`.
pub fn tally(text: &str) -> (usize, usize) {
    let (mut words, mut cjk) = (0, 0);
    // A hyphen or ampersand directly between two words joins them (`middle-power`, `R&D`),
    // and a colon or slash between digits (`2:07:49`, `13/09/2026`); `join` is what the next segment must be.
    let (mut after, mut join) = (None::<&str>, Join::None);
    for (_, segment) in super::tokens::word_bounds(text) {
        let ideographs = if segment.is_ascii() { 0 } else { segment.chars().filter(|&c| is_cjk(c)).count() };
        let digit_edge = |s: &str, end: bool| {
            let c = if end { s.chars().next_back() } else { s.chars().next() };
            c.is_some_and(|c| c.is_ascii_digit())
        };
        if ideographs > 0 {
            cjk += ideographs;
            (after, join) = (None, Join::None);
        } else if let (Some(prev), Join::None) = (after, join) {
            match segment {
                "-" | "\u{2010}" | "\u{2011}" | "&" => join = Join::Word,
                ":" | "/" if digit_edge(prev, true) => join = Join::Digit,
                _ => {
                    let word = is_word(segment);
                    words += usize::from(word);
                    after = word.then_some(segment);
                }
            }
        } else if is_word(segment) {
            let joined = match join {
                Join::Word => true,
                Join::Digit => digit_edge(segment, false),
                Join::None => false,
            };
            words += usize::from(!joined);
            (after, join) = (Some(segment), Join::None);
        } else {
            (after, join) = (None, Join::None);
        }
    }
    (words, cjk)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    None,
    Word,
    Digit,
}

/// A segment a reader reads as a word: it has a letter or digit, or is a lone `&`
/// (read aloud as "and").
fn is_word(segment: &str) -> bool {
    segment == "&"
        || if segment.is_ascii() {
            segment.bytes().any(|b| b.is_ascii_alphanumeric())
        } else {
            segment.chars().any(char::is_alphanumeric)
        }
}

/// Like `tally`, skipping bare URLs (`https://…`, `www.…`, `example.com/…`): nobody reads
/// them as words, and Markdown link targets are already cut out of the pieces.
fn tally_prose(text: &str) -> (usize, usize) {
    // Every URL form has a `/` (`://`, `domain.tld/`) or is `www.`; a paragraph without
    // either, nearly all of them, need not be searched for URLs.
    let www = || text.match_indices('.').any(|(i, _)| i >= 3 && text.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www"));
    if !text.contains('/') && !www() {
        return tally(text);
    }
    let (mut words, mut cjk, mut from) = (0, 0, 0);
    for url in super::twitter::url_spans(text).into_iter().chain(std::iter::once(text.len()..text.len())) {
        let (w, c) = tally(&text[from..url.start]);
        (words, cjk, from) = (words + w, cjk + c, url.end);
    }
    (words, cjk)
}

/// Han ideographs, hiragana and katakana: read one character at a time.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3134F)
}

fn counted(kind: RegionKind) -> bool {
    kind.is_body() || kind == RegionKind::Attribution
}

pub(super) fn count(doc: &Document) -> Count {
    let claim_lines: Vec<Span> = doc.claims().iter().filter_map(|c| c.line).collect();
    let mut parts = Vec::new();
    let mut add = |kind: PartKind, span: Span, pieces: &[Span]| {
        let (mut words, mut cjk_chars) = (0, 0);
        for piece in pieces {
            let (w, c) = tally_prose(doc.text(*piece));
            words += w;
            cjk_chars += c;
        }
        parts.push(Part { kind, span, words, cjk_chars });
    };
    for region in doc.regions.iter().filter(|r| counted(r.kind) && !claim_lines.contains(&r.span)) {
        add(PartKind::Region(region.kind), region.span, &region.pieces);
    }
    for &code in &doc.code {
        add(PartKind::Code, code, &[code]);
    }
    for image in &doc.images {
        if !image.alt.is_empty() {
            add(PartKind::AltText, image.span, &image.alt);
        }
    }
    parts.sort_by_key(|p| p.span.start);
    Count { parts, images: doc.images.len() }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rounding {
    Round,
    Ceil,
}

/// How a desk turns a count into minutes.
#[derive(Debug, Clone)]
pub struct Reading {
    pub words_per_minute: f64,
    pub cjk_chars_per_minute: f64,
    pub seconds_per_image: f64,
    pub count_code: bool,
    pub count_alt_text: bool,
    pub rounding: Rounding,
}

impl Default for Reading {
    fn default() -> Self {
        Reading {
            words_per_minute: 230.0,
            cjk_chars_per_minute: 500.0,
            seconds_per_image: 0.0,
            count_code: false,
            count_alt_text: false,
            rounding: Rounding::Round,
        }
    }
}

impl Reading {
    /// The whole minutes a label should say for `exact` minutes: at least 1 for any text.
    pub fn label_minutes(&self, exact: f64) -> u64 {
        if exact <= 0.0 {
            return 0;
        }
        // Half up, as readers and CMS plugins round; a hair of float error must not flip it.
        let whole = match self.rounding {
            Rounding::Round => (exact + 1e-9).round(),
            Rounding::Ceil => (exact - 1e-9).ceil(),
        };
        (whole as u64).max(1)
    }
}

/// A draft's figures under one desk's reading options.
#[derive(Debug, Clone)]
pub struct Stats {
    pub words: usize,
    pub cjk_chars: usize,
    pub images: usize,
    /// Minutes before rounding.
    pub exact_minutes: f64,
    /// Minutes as a label should say them.
    pub minutes: u64,
    /// The first claim's number, if it has one.
    pub claimed_minutes: Option<f64>,
    /// The parts that were counted, in file order.
    pub parts: Vec<Part>,
}

impl Document {
    /// The draft's figures under `reading`.
    pub fn stats(&self, reading: &Reading) -> Stats {
        let count = self.count();
        let parts: Vec<Part> = count
            .parts
            .iter()
            .filter(|p| match p.kind {
                PartKind::Region(_) => true,
                PartKind::Code => reading.count_code,
                PartKind::AltText => reading.count_alt_text,
            })
            .copied()
            .collect();
        let words = parts.iter().map(|p| p.words).sum::<usize>();
        let cjk_chars = parts.iter().map(|p| p.cjk_chars).sum::<usize>();
        let exact_minutes = words as f64 / reading.words_per_minute.max(1.0)
            + cjk_chars as f64 / reading.cjk_chars_per_minute.max(1.0)
            + count.images as f64 * reading.seconds_per_image / 60.0;
        Stats {
            words,
            cjk_chars,
            images: count.images,
            exact_minutes,
            minutes: reading.label_minutes(exact_minutes),
            claimed_minutes: self.claims().iter().find_map(|c| c.minutes),
            parts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_readers_see_them() {
        assert_eq!(tally("Middle-power nations don't back open-source AI."), (6, 0));
        assert_eq!(tally("It costs $8.8 trillion, or 1,200 times more — 30%."), (9, 0));
        assert_eq!(tally("The U.S. and a16z’s fund — well‑known."), (6, 0));
        assert_eq!(tally("Supply chain & security, R&D"), (5, 0));
        assert_eq!(tally("She ran 2:07:49 at 8:40 a.m. Note: it counts on 13/09/2026 and/or 24/7"), (14, 0));
        assert_eq!(tally("A dash - between words and trailing- hyphens"), (7, 0));
    }

    #[test]
    fn bare_urls_are_not_words() {
        assert_eq!(tally_prose("Get it at https://x.example/a/b or www.example.org today."), (5, 0));
        assert_eq!(tally_prose("See example.com/docs and e.g. the U.S. figures."), (6, 0));
    }

    #[test]
    fn cjk_by_character() {
        assert_eq!(tally("東京で会議。Tokyo talks"), (2, 5));
        assert_eq!(tally("カタカナ"), (0, 4));
    }

    #[test]
    fn regions_counted_and_skipped() {
        let src = "Science\n\nA Headline About Comets\n\nA standfirst that explains.\n\nJo Park· May 3, 2026· 2 min read\n\nFirst paragraph of the body.\n\nWhat happens next\n\nThese details were first reported by the Gazette.\n\n#Comets #Space\n\nThis is an original analysis by the desk. Source reporting: Gazette.\n\nMore in Science\n\nScience· 2 min read\n";
        let doc = Document::parse("a.txt", src.into());
        let got: Vec<_> = doc.count().parts.iter().map(|p| (p.kind.name(), p.words)).collect();
        assert_eq!(got, [("paragraph", 5), ("heading", 3), ("attribution", 8)]);
    }

    #[test]
    fn markdown_code_alt_text_and_urls() {
        let src = "---\nread_time: 1\n---\nJo Park · May 3, 2026 · 1 min read\n\nSee [the report](https://x.example/a-b-c) and `cargo test`.\n\n![two dogs](d.png)\n\n```\nlet x = 1;\n```\n";
        let doc = Document::parse("a.md", src.into());
        let plain = doc.stats(&Reading::default());
        assert_eq!((plain.words, plain.images), (4, 1));
        let all = doc.stats(&Reading { count_code: true, count_alt_text: true, ..Reading::default() });
        assert_eq!(all.words, 4 + 2 + 2 + 3);
        assert_eq!(
            all.parts.iter().map(|p| p.kind.name()).collect::<Vec<_>>(),
            ["paragraph", "code", "alt-text", "code"]
        );
    }

    #[test]
    fn minutes_and_rounding() {
        let r = Reading::default();
        assert_eq!(
            (r.label_minutes(0.0), r.label_minutes(0.2), r.label_minutes(2.5), r.label_minutes(2.49)),
            (0, 1, 3, 2)
        );
        let c = Reading { rounding: Rounding::Ceil, ..Reading::default() };
        assert_eq!((c.label_minutes(2.01), c.label_minutes(3.0)), (3, 3));
    }
}
