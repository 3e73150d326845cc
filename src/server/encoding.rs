//! LSP positions for byte offsets and back, in the encoding agreed at initialize:
//! UTF-16 code units (the protocol's default) or UTF-8 bytes when the client offers
//! them. Lines and UTF-16 columns come from the document's one line index.

use crate::span::{LineIndex, LspPosition, Position as Human, Span};
use lsp_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client lists it (cheaper for both sides), else UTF-16, which every
    /// client must accept.
    pub fn negotiate(caps: &ClientCapabilities) -> Encoding {
        let offered = caps.general.as_ref().and_then(|g| g.position_encodings.as_ref());
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    pub fn position(self, lines: &LineIndex, source: &str, offset: usize) -> Position {
        let lsp = lines.lsp_position(source, offset);
        let character = match self {
            Encoding::Utf16 => lsp.character,
            Encoding::Utf8 => offset.saturating_sub(line_start(lines, source, lsp.line)),
        };
        Position::new(lsp.line as u32, character as u32)
    }

    pub fn range(self, lines: &LineIndex, source: &str, span: Span) -> Range {
        Range::new(self.position(lines, source, span.start), self.position(lines, source, span.end))
    }

    /// The byte offset of `pos`; `None` past the end of its line, past the last line, or
    /// inside a character.
    pub fn offset(self, lines: &LineIndex, source: &str, pos: Position) -> Option<usize> {
        let (line, character) = (pos.line as usize, pos.character as usize);
        match self {
            Encoding::Utf16 => lines.lsp_offset(source, LspPosition { line, character }),
            Encoding::Utf8 => {
                let start = lines.offset(source, Human { line: line + 1, column: 1 })?;
                let at = start.checked_add(character)?;
                let inside = source.get(start..at).is_some_and(|t| !t.contains('\n'));
                (inside && !source[start..at].ends_with('\r')).then_some(at)
            }
        }
    }

    /// The span of `range`, each end clamped into the text: editors send ranges that
    /// end past a line (a whole-line selection), which still mean up to its end.
    pub fn span(self, lines: &LineIndex, source: &str, range: Range) -> Span {
        let clamp = |p: Position| {
            self.offset(lines, source, p).unwrap_or_else(|| {
                let next = lines.offset(source, Human { line: p.line as usize + 2, column: 1 });
                next.map_or(source.len(), |n| n.saturating_sub(1))
            })
        };
        let (start, end) = (clamp(range.start), clamp(range.end));
        Span::new(start.min(end), end.max(start))
    }
}

fn line_start(lines: &LineIndex, source: &str, line: usize) -> usize {
    lines.offset(source, Human { line: line + 1, column: 1 }).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_is_two_utf16_units_and_four_utf8_bytes() {
        let src = "one\ngo 🚀 #tag\n";
        let lines = LineIndex::new(src);
        let at = src.find('#').unwrap();
        assert_eq!(Encoding::Utf16.position(&lines, src, at), Position::new(1, 6));
        assert_eq!(Encoding::Utf8.position(&lines, src, at), Position::new(1, 8));
        assert_eq!(Encoding::Utf16.offset(&lines, src, Position::new(1, 6)), Some(at));
        assert_eq!(Encoding::Utf8.offset(&lines, src, Position::new(1, 8)), Some(at));
        assert_eq!(Encoding::Utf8.offset(&lines, src, Position::new(1, 4)), None, "inside the emoji");
    }

    #[test]
    fn ranges_past_a_line_end_clamp_to_it() {
        let src = "ab\ncd\n";
        let lines = LineIndex::new(src);
        let span = Encoding::Utf16.span(&lines, src, Range::new(Position::new(0, 1), Position::new(0, 99)));
        assert_eq!(span, Span::new(1, 2));
        let all = Encoding::Utf8.span(&lines, src, Range::new(Position::new(0, 0), Position::new(9, 0)));
        assert_eq!(all, Span::new(0, src.len()));
    }
}
