//! Snippets cropped to the terminal for `--format human`. A prose paragraph is one long
//! source line: printed whole it wraps, and the underline lands lines away from the
//! text it marks. A window keeps the lines around each label, each cut to the columns
//! that fit with `…` at every cut, and maps the findings' byte spans into that text.
//! miette renders the window as if it were the file, so line numbers and the header's
//! line:column stay the file's. Machine formats never see a window.

use crate::span::{Position, Span};
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use unicode_width::UnicodeWidthChar;

const ELLIPSIS: &str = "…";
/// Columns miette draws left of the text: ` 12 │ ` is the line number's width plus 4.
const GUTTER: usize = 4;
/// How far a cut may move to land on a space rather than inside a word.
const SNAP: usize = 10;

/// The lines of a source text, for cropping.
pub struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    pub fn new(source: &'s str) -> Lines<'s> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1).filter(|&i| i < source.len()));
        Lines { source, starts }
    }

    fn of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// Start and end (before the line break) of a 0-based line.
    fn bounds(&self, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let next = self.starts.get(line + 1).copied().unwrap_or(self.source.len());
        let text = &self.source[start..next];
        let trimmed = text.strip_suffix('\n').unwrap_or(text);
        (start, start + trimmed.strip_suffix('\r').unwrap_or(trimmed).len())
    }
}

/// One source line as shown: the byte range kept and where it starts in the window.
struct Shown {
    line_start: usize,
    line_end: usize,
    start: usize,
    end: usize,
    at: usize,
}

/// Consecutive source lines shown together.
struct Block {
    first_line: usize,
    lines: Vec<Shown>,
    text: std::ops::Range<usize>,
}

/// The cropped text miette renders, and the header position of the primary span.
pub struct Window {
    name: String,
    text: String,
    blocks: Vec<Block>,
    header: Position,
}

impl Window {
    /// A window showing `spans` (the primary first) and one line of context around each,
    /// no wider than `width` columns with miette's gutter. `notes` are the label texts'
    /// widths, so a label's text fits beside its mark where there is room.
    pub fn new(name: &str, lines: &Lines<'_>, spans: &[(Span, usize)], header: Position, width: usize) -> Window {
        let last = lines.starts.len() - 1;
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|(s, _)| (lines.of(s.start), lines.of(s.end.saturating_sub(1).max(s.start))))
            .map(|(a, b)| (a.saturating_sub(1), (b + 1).min(last)))
            .collect();
        ranges.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(m) if a <= m.1 + 1 => m.1 = m.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let linum = merged.last().map_or(1, |m| (m.1 + 1).to_string().len());
        let multi = spans.iter().any(|(s, _)| lines.of(s.start) != lines.of(s.end.saturating_sub(1).max(s.start)));
        let avail = width.saturating_sub(linum + GUTTER + if multi { 3 } else { 0 }).max(20);
        let mut w = Window { name: name.to_string(), text: String::new(), blocks: Vec::new(), header };
        for (a, b) in merged {
            w.push_block(lines, a, b, spans, avail);
        }
        w
    }

    fn push_block(&mut self, lines: &Lines<'_>, first: usize, last: usize, spans: &[(Span, usize)], avail: usize) {
        let begin = self.text.len();
        let mut block = Block { first_line: first, lines: Vec::new(), text: begin..begin };
        let texts: Vec<(usize, usize)> = (first..=last).map(|l| lines.bounds(l)).collect();
        let crops: Vec<Option<(usize, usize)>> = (first..=last)
            .zip(&texts)
            .map(|(l, &(ls, le))| interest(lines, l, spans).map(|m| crop(&lines.source[ls..le], &m, avail)))
            .collect();
        // Context lines take the columns of the first marked line, so the text above and
        // below stays aligned with it.
        let column = texts
            .iter()
            .zip(&crops)
            .find_map(|(&(ls, le), c)| c.map(|(start, _)| width_of(&lines.source[ls..le][..start])));
        for (&(ls, le), c) in texts.iter().zip(&crops) {
            let text = &lines.source[ls..le];
            let (start, end) = c.unwrap_or_else(|| context(text, column.unwrap_or(0), avail));
            let at = self.text.len();
            if start > 0 {
                self.text.push_str(ELLIPSIS);
            }
            self.text.push_str(&text[start..end]);
            if end < text.len() {
                self.text.push_str(ELLIPSIS);
            }
            self.text.push('\n');
            block.lines.push(Shown { line_start: ls, line_end: le, start: ls + start, end: ls + end, at });
        }
        block.text = begin..self.text.len();
        self.blocks.push(block);
    }

    /// Where a byte offset of the file lands in the window's text.
    fn map(&self, offset: usize) -> usize {
        let mut shown = self.blocks.iter().flat_map(|b| &b.lines);
        let Some(l) = shown.clone().find(|l| l.line_start <= offset && offset <= l.line_end) else {
            // A line break, or beyond: the end of the last line before it.
            let before = shown.rfind(|l| l.line_end < offset);
            return before.map_or(0, |l| self.line_end_at(l));
        };
        let prefix = if l.start > l.line_start { ELLIPSIS.len() } else { 0 };
        if offset < l.start {
            l.at
        } else if offset > l.end {
            self.line_end_at(l)
        } else {
            l.at + prefix + (offset - l.start)
        }
    }

    fn line_end_at(&self, l: &Shown) -> usize {
        l.at + self.text[l.at..].find('\n').unwrap_or(0)
    }

    /// A file span as a span of the window.
    pub fn span(&self, span: Span) -> SourceSpan {
        let (s, e) = (self.map(span.start), self.map(span.end));
        (s..e.max(s)).into()
    }
}

/// Marks on `line`: the marked byte range (relative to the line), and where each span
/// starting on it begins with the width its label text needs after it.
type Marks = (usize, usize, Vec<(usize, usize)>);

fn interest(lines: &Lines<'_>, line: usize, spans: &[(Span, usize)]) -> Option<Marks> {
    let (ls, le) = lines.bounds(line);
    let mut found: Option<Marks> = None;
    for &(s, note) in spans {
        if s.end < ls || s.start > le || (s.end == ls && !s.is_empty()) {
            continue;
        }
        let (a, b) = (s.start.clamp(ls, le) - ls, s.end.clamp(ls, le) - ls);
        let m = found.get_or_insert((a, b, Vec::new()));
        (m.0, m.1) = (m.0.min(a), m.1.max(b));
        if s.start >= ls {
            m.2.push((a, note));
        }
    }
    found
}

fn width_of(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// The byte offset where `column` (display columns from the line's start) is reached.
fn byte_at(text: &str, column: usize) -> usize {
    let mut w = 0;
    for (i, c) in text.char_indices() {
        if w >= column {
            return i;
        }
        w += c.width().unwrap_or(0);
    }
    text.len()
}

/// The kept byte range of a marked line: the marks, room for each label's text after
/// its mark, and as much of the sentence before them as fits.
fn crop(text: &str, (a, b, notes): &Marks, avail: usize) -> (usize, usize) {
    let total = width_of(text);
    if total <= avail {
        return (0, text.len());
    }
    let budget = avail - 2;
    let col = |i: usize| width_of(&text[..i]);
    let (ca, cb) = (col(*a), col(*b));
    // miette hangs a label's text after the widest mark on the line, not at the label.
    let need = cb + 1 + notes.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let mut start = if need - ca >= budget { ca } else { ca - ca.min((budget - (need - ca)) / 2) };
    if start + avail > total {
        // The window reaches the line's end: one ellipsis, and the room it frees.
        start = total.saturating_sub(avail - 1).max(need.saturating_sub(avail - 1)).min(ca);
    }
    let end = if start == 0 {
        avail - 1
    } else if start + avail > total {
        total
    } else {
        start + budget
    };
    let (mut s, mut e) = (byte_at(text, start), byte_at(text, end.min(total)));
    if s > 0 {
        s = snap_forward(text, s, *a);
    }
    if e < text.len() {
        e = snap_back(text, e, (*b).max(s));
    }
    (s, e)
}

/// A context line cut to the columns of the marked line.
fn context(text: &str, column: usize, avail: usize) -> (usize, usize) {
    let total = width_of(text);
    if total <= avail {
        return (0, text.len());
    }
    let start = column.min(total.saturating_sub(avail - 1));
    let end = if start == 0 { avail - 1 } else { start + avail - 2 }.min(total);
    (byte_at(text, start), byte_at(text, end))
}

/// Move a cut start to just after a space within reach, never past `limit`.
fn snap_forward(text: &str, at: usize, limit: usize) -> usize {
    let reach = &text[at..limit.max(at)];
    match reach.char_indices().take(SNAP).find(|(_, c)| *c == ' ') {
        Some((i, _)) if at + i < limit => at + i + 1,
        _ => at,
    }
}

/// Move a cut end back to a space within reach, never before `limit`.
fn snap_back(text: &str, at: usize, limit: usize) -> usize {
    let reach = &text[limit.min(at)..at];
    match reach.char_indices().rev().take(SNAP).find(|(_, c)| *c == ' ') {
        Some((i, _)) => limit.min(at) + i,
        None => at,
    }
}

impl SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let name = self.name.clone();
        if before == 0 && after == 0 {
            // Only the header asks for the primary span alone: its position is the file's.
            let (s, e) = (span.offset(), span.offset() + span.len());
            let data = self.text.get(s..e).ok_or(MietteError::OutOfBounds)?.as_bytes();
            let (line, column) = (self.header.line - 1, self.header.column - 1);
            return Ok(Box::new(MietteSpanContents::new_named(name, data, *span, line, column, 1)));
        }
        let block = self.blocks.iter().find(|b| b.text.contains(&span.offset()) || b.text.end == span.offset());
        let block = block.ok_or(MietteError::OutOfBounds)?;
        let data = self.text[block.text.clone()].as_bytes();
        let whole: SourceSpan = block.text.clone().into();
        Ok(Box::new(MietteSpanContents::new_named(name, data, whole, block.first_line, 0, block.lines.len())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(source: &str, span: Span, width: usize) -> (String, SourceSpan) {
        let lines = Lines::new(source);
        let w = Window::new("a.txt", &lines, &[(span, 0)], Position { line: 1, column: 1 }, width);
        let s = w.span(span);
        (w.text.clone(), s)
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let (text, s) = window("Head\n\nA short line.\n", Span::new(8, 13), 80);
        assert_eq!(text, "\nA short line.\n", "one line of context");
        assert_eq!(&text[s.offset()..s.offset() + s.len()], "short");
    }

    #[test]
    fn a_long_line_is_cut_around_the_span_at_words() {
        let line = "word ".repeat(40) + "target " + &"more ".repeat(40);
        let source = format!("\n{line}\n\n");
        let start = source.find("target").unwrap();
        let (text, s) = window(&source, Span::new(start, start + 6), 80);
        let shown = text.lines().nth(1).unwrap();
        assert!(shown.starts_with("…word") && shown.ends_with("more…"), "{shown}");
        assert!(width_of(shown) <= 80 - 5, "{}", width_of(shown));
        assert_eq!(&text[s.offset()..s.offset() + s.len()], "target");
    }
}
