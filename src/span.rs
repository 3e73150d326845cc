//! Byte spans into the original file, and the one line index that turns them into
//! human (1-based line/column in Unicode scalar values) and LSP (0-based line, UTF-16
//! character) positions at the edge. Nothing else in copydesk stores line numbers.

use std::ops::Range;

/// A half-open byte range into the file as read (BOM and front matter included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The sub-span `range` of this span, where `range` is relative to `self.start`.
    pub fn sub(&self, range: Range<usize>) -> Span {
        Span::new(self.start + range.start, self.start + range.end)
    }

    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.range()]
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A human position: 1-based line, 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// An LSP position: 0-based line, 0-based UTF-16 code unit offset in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LspPosition {
    pub line: usize,
    pub character: usize,
}

/// Line starts of one source text. A line ends after `\n`; a `\r` before it belongs to
/// the line break, so CRLF files get the same columns as LF files.
///
/// Columns are counted from the line start, which costs the length of the line: on a
/// paragraph that is one long line, thousands of findings made that quadratic. So long
/// lines carry checkpoints every [`STRIDE`] bytes (byte offset, scalar values and UTF-16
/// units since the line start), and a lookup counts at most one stride from the nearest.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Sorted by offset; none closer than `STRIDE` to its line start.
    checkpoints: Vec<Checkpoint>,
}

/// How far apart checkpoints are: small enough that counting one stride is cheap, large
/// enough that they cost little memory (24 bytes per 4 KiB of long lines). Tests use a
/// short stride so that short random texts cross many checkpoints.
const STRIDE: usize = if cfg!(test) { 16 } else { 4096 };

/// Counts from the start of a line (after any BOM) to `offset`, a character boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Checkpoint {
    offset: usize,
    chars: usize,
    utf16: usize,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(source.as_bytes()));
        let mut index = LineIndex { starts, checkpoints: Vec::new() };
        for line in 0..index.starts.len() {
            let (base, text) = index.line_text(source, line);
            if text.len() > STRIDE {
                index.checkpoints.extend(checkpoints(base, text));
            }
        }
        index
    }

    /// The 1-based line holding `offset`, without counting columns.
    pub fn line(&self, offset: usize) -> usize {
        self.line_of(offset) + 1
    }

    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The 0-based line holding `offset`, and the counts from its start (scalar values,
    /// UTF-16 units): from the nearest checkpoint, so at most a stride is counted. A BOM
    /// is not something a reader or an editor counts, so it is left out.
    fn counts(&self, source: &str, offset: usize) -> (usize, usize, usize) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line = self.line_of(offset);
        let (base, _) = self.line_text(source, line);
        let at = self.checkpoints.partition_point(|c| c.offset <= offset);
        let from = match at.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some(c) if c.offset > base => c,
            _ => Checkpoint { offset: base, chars: 0, utf16: 0 },
        };
        let rest = &source[from.offset.min(offset)..offset];
        let (chars, utf16) =
            if rest.is_ascii() { (rest.len(), rest.len()) } else { (rest.chars().count(), utf16_len(rest)) };
        (line, from.chars + chars, from.utf16 + utf16)
    }

    /// Start offset (after any BOM) and text (without the line break) of a 0-based line.
    fn line_text<'a>(&self, source: &'a str, line: usize) -> (usize, &'a str) {
        let start = self.starts[line];
        let end = self.line_end(source, line);
        let text = &source[start..end];
        match text.strip_prefix('\u{feff}') {
            Some(rest) if line == 0 => (start + 3, rest),
            _ => (start, text),
        }
    }

    pub fn position(&self, source: &str, offset: usize) -> Position {
        self.positions(source, offset).0
    }

    /// Both [`LineIndex::position`] and [`LineIndex::lsp_position`] of `offset`, finding
    /// its line once (reports write both for every span).
    pub fn positions(&self, source: &str, offset: usize) -> (Position, LspPosition) {
        let (line, chars, utf16) = self.counts(source, offset);
        (Position { line: line + 1, column: chars + 1 }, LspPosition { line, character: utf16 })
    }

    pub fn lsp_position(&self, source: &str, offset: usize) -> LspPosition {
        self.positions(source, offset).1
    }

    /// The byte offset of a 1-based line and column (scalar values); `None` when outside.
    pub fn offset(&self, source: &str, pos: Position) -> Option<usize> {
        let line = pos.line.checked_sub(1)?;
        self.unit_offset(source, line, pos.column.checked_sub(1)?, |c| c.chars, |_| 1)
    }

    /// The byte offset of an LSP position; `None` when outside or inside a surrogate pair.
    pub fn lsp_offset(&self, source: &str, pos: LspPosition) -> Option<usize> {
        self.unit_offset(source, pos.line, pos.character, |c| c.utf16, char::len_utf16)
    }

    /// The byte offset `n` units (`units` of a checkpoint, `width` of a character) into a
    /// 0-based line, counted from the last checkpoint of the line at or before `n`.
    fn unit_offset(
        &self,
        source: &str,
        line: usize,
        n: usize,
        units: impl Fn(&Checkpoint) -> usize,
        width: impl Fn(char) -> usize,
    ) -> Option<usize> {
        if line >= self.starts.len() {
            return None;
        }
        let (base, text) = self.line_text(source, line);
        let end = base + text.len();
        // This line's checkpoints, and among them the last not past `n` (units grow).
        let first = self.checkpoints.partition_point(|c| c.offset <= base);
        let last = self.checkpoints.partition_point(|c| c.offset < end);
        let ours = &self.checkpoints[first..last];
        let (from, done) = match ours.partition_point(|c| units(c) <= n).checked_sub(1).map(|i| ours[i]) {
            Some(c) => (c.offset, units(&c)),
            None => (base, 0),
        };
        nth_boundary(&source[from..end], n - done, width).map(|o| from + o)
    }

    fn line_end(&self, source: &str, line: usize) -> usize {
        let end = self.starts.get(line + 1).map_or(source.len(), |&s| s - 1);
        if end > self.starts[line] && source.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') {
            end - 1
        } else {
            end
        }
    }
}

/// Checkpoints every `STRIDE` bytes (moved back to a character boundary) along one
/// line's `text`, which starts at `base`.
fn checkpoints(base: usize, text: &str) -> impl Iterator<Item = Checkpoint> + '_ {
    let (mut at, mut chars, mut utf16) = (0, 0, 0);
    std::iter::from_fn(move || {
        let next = floor_char_boundary(text, at + STRIDE);
        if next <= at || next >= text.len() {
            return None;
        }
        let chunk = &text[at..next];
        if chunk.is_ascii() {
            (chars, utf16) = (chars + chunk.len(), utf16 + chunk.len());
        } else {
            (chars, utf16) = (chars + chunk.chars().count(), utf16 + utf16_len(chunk));
        }
        at = next;
        Some(Checkpoint { offset: base + at, chars, utf16 })
    })
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Byte offset after `n` units of `width` into `text`; the end of line is allowed.
fn nth_boundary(text: &str, n: usize, width: impl Fn(char) -> usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == n {
            return Some(i);
        }
        units += width(c);
        if units > n {
            return None;
        }
    }
    (units == n).then_some(text.len())
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)
}

pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(source: &str, needle: &str, line: usize, column: usize, lsp_char: usize) {
        let idx = LineIndex::new(source);
        let offset = source.find(needle).expect("needle");
        let pos = idx.position(source, offset);
        assert_eq!(pos, Position { line, column }, "position of {needle:?}");
        let lsp = idx.lsp_position(source, offset);
        assert_eq!(lsp, LspPosition { line: line - 1, character: lsp_char }, "lsp of {needle:?}");
        assert_eq!(idx.positions(source, offset), (pos, lsp), "both positions of {needle:?}");
        assert_eq!(idx.offset(source, pos), Some(offset));
        assert_eq!(idx.lsp_offset(source, lsp), Some(offset));
    }

    #[test]
    fn accented_letters_count_once() {
        roundtrip("café X", "X", 1, 6, 5);
    }

    #[test]
    fn em_dash_is_one_column_and_one_utf16_unit() {
        roundtrip("a — b\nnext — Y", "Y", 2, 8, 7);
    }

    #[test]
    fn emoji_is_one_column_but_two_utf16_units() {
        roundtrip("go 🚀 Z", "Z", 1, 6, 6);
    }

    #[test]
    fn crlf_lines_match_lf_lines() {
        let src = "one\r\ntwo W\r\n";
        roundtrip(src, "W", 2, 5, 4);
        let idx = LineIndex::new(src);
        // The end of line 1 is before the CR.
        assert_eq!(idx.offset(src, Position { line: 1, column: 4 }), Some(3));
        assert_eq!(idx.offset(src, Position { line: 1, column: 5 }), None);
    }

    #[test]
    fn bom_is_not_a_column() {
        let src = "\u{feff}Title V";
        roundtrip(src, "V", 1, 7, 6);
        assert_eq!(LineIndex::new(src).position(src, 3), Position { line: 1, column: 1 });
    }

    #[test]
    fn end_of_file_and_out_of_range() {
        let src = "ab\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 3), Position { line: 2, column: 1 });
        assert_eq!(idx.offset(src, Position { line: 9, column: 1 }), None);
        assert_eq!(idx.lsp_offset(src, LspPosition { line: 0, character: 9 }), None);
    }

    #[test]
    fn surrogate_middle_is_rejected() {
        let src = "🚀x";
        let idx = LineIndex::new(src);
        assert_eq!(idx.lsp_offset(src, LspPosition { line: 0, character: 1 }), None);
        assert_eq!(idx.lsp_offset(src, LspPosition { line: 0, character: 2 }), Some(4));
    }

    /// Positions straight from a walk over every character, the obvious way.
    fn naive(source: &str) -> Vec<(usize, Position, LspPosition)> {
        let (mut out, mut line, mut chars, mut utf16) = (Vec::new(), 0, 0, 0);
        for (i, c) in source.char_indices().chain([(source.len(), '\n')]) {
            out.push((i, Position { line: line + 1, column: chars + 1 }, LspPosition { line, character: utf16 }));
            match c {
                '\n' => (line, chars, utf16) = (line + 1, 0, 0),
                '\u{feff}' if i == 0 => {}
                c => (chars, utf16) = (chars + 1, utf16 + c.len_utf16()),
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// Long lines are counted from checkpoints; every offset of random ASCII, accented,
        /// astral and CRLF text still gets what a walk from the line start gives, and each
        /// position maps back to its offset.
        #[test]
        fn checkpointed_positions_equal_a_naive_count(
            bom: bool,
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "word ", "é", "—", "🚀", "\n", "\r\n", "\r", "x a", LONG_ASCII, LONG_MIXED,
            ]), 0..60),
        ) {
            let source = format!("{}{}", if bom { "\u{feff}" } else { "" }, pieces.concat());
            let idx = LineIndex::new(&source);
            for (offset, pos, lsp) in naive(&source) {
                proptest::prop_assert_eq!(idx.positions(&source, offset), (pos, lsp), "at {}", offset);
                proptest::prop_assert_eq!(idx.position(&source, offset), pos);
                // A BOM, and the point between a CR and its LF, are no column of the line.
                let in_break = source[..offset].ends_with('\r')
                    && (source[offset..].starts_with('\n') || offset == source.len());
                let in_bom = bom && offset == 0;
                if !in_break && !in_bom {
                    proptest::prop_assert_eq!(idx.offset(&source, pos), Some(offset), "at {}", offset);
                    proptest::prop_assert_eq!(idx.lsp_offset(&source, lsp), Some(offset), "at {}", offset);
                }
            }
        }
    }

    const LONG_ASCII: &str = concat!(
        "The quick brown fox jumps over the lazy dog and keeps on running through the field. ",
        "The quick brown fox jumps over the lazy dog and keeps on running through the field. "
    );
    const LONG_MIXED: &str = "Ça coûte 5 € — 🚀 naïve café 🎉 déjà vu, straße, 東京 and more text here. ";
}
