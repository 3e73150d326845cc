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
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(source.as_bytes()));
        LineIndex { starts }
    }

    /// The 1-based line holding `offset`, without counting columns (which costs the
    /// length of the line).
    pub fn line(&self, offset: usize) -> usize {
        self.line_of(offset) + 1
    }

    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The text of the line holding `offset`, up to (not including) the offset. A BOM is
    /// not something a reader or an editor counts, so it is left out.
    fn line_prefix<'a>(&self, source: &'a str, offset: usize) -> (usize, &'a str) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let line = self.line_of(offset);
        let (base, _) = self.line_text(source, line);
        (line, &source[base.min(offset)..offset])
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
        let (line, prefix) = self.line_prefix(source, offset);
        Position { line: line + 1, column: prefix.chars().count() + 1 }
    }

    /// Both [`LineIndex::position`] and [`LineIndex::lsp_position`] of `offset`, finding
    /// its line once; on an ASCII line the columns are the byte count (reports write
    /// both for every span, and long paragraphs are one line).
    pub fn positions(&self, source: &str, offset: usize) -> (Position, LspPosition) {
        let (line, prefix) = self.line_prefix(source, offset);
        let (chars, utf16) = if prefix.is_ascii() {
            (prefix.len(), prefix.len())
        } else {
            (prefix.chars().count(), prefix.encode_utf16().count())
        };
        (Position { line: line + 1, column: chars + 1 }, LspPosition { line, character: utf16 })
    }

    pub fn lsp_position(&self, source: &str, offset: usize) -> LspPosition {
        let (line, prefix) = self.line_prefix(source, offset);
        LspPosition { line, character: prefix.encode_utf16().count() }
    }

    /// The byte offset of a 1-based line and column (scalar values); `None` when outside.
    pub fn offset(&self, source: &str, pos: Position) -> Option<usize> {
        let line = pos.line.checked_sub(1)?;
        if line >= self.starts.len() {
            return None;
        }
        let (base, text) = self.line_text(source, line);
        nth_boundary(text, pos.column.checked_sub(1)?, |_| 1).map(|o| base + o)
    }

    /// The byte offset of an LSP position; `None` when outside or inside a surrogate pair.
    pub fn lsp_offset(&self, source: &str, pos: LspPosition) -> Option<usize> {
        if pos.line >= self.starts.len() {
            return None;
        }
        let (base, text) = self.line_text(source, pos.line);
        nth_boundary(text, pos.character, char::len_utf16).map(|o| base + o)
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
}
