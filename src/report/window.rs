//! Snippets cropped to the terminal for `--format human`. A prose paragraph is one long
//! source line: printed whole it wraps, and the underline lands lines away from the
//! text it marks. A window keeps the lines around each label, each cut to the columns
//! that fit with `…` at every cut, and maps the findings' byte spans into that text.
//! miette renders the window as if it were the file, so line numbers and the header's
//! line:column stay the file's. Machine formats never see a window.

use super::crop::{self, Kept, Mark};
use crate::span::{Position, Span};
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

const ELLIPSIS: &str = "…";
/// Between two kept pieces of one line, spaced so neither piece's words run into it.
const BETWEEN: &str = " … ";
/// Columns miette draws left of the text: ` 12 │ ` is the line number's width plus 4.
const GUTTER: usize = 4;

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

/// One source line as shown: the byte ranges kept (absolute), each with where its text
/// starts in the window, and where the line ends there.
struct Shown {
    line_start: usize,
    line_end: usize,
    kept: Vec<(usize, usize, usize)>,
    end_at: usize,
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
        let crops: Vec<Option<Kept>> = (first..=last)
            .zip(&texts)
            .map(|(l, &(ls, le))| interest(lines, l, spans).map(|m| crop::marked(&lines.source[ls..le], &m, avail)))
            .collect();
        // Context lines take the columns of the first marked line, so the text above and
        // below stays aligned with it.
        let column = texts
            .iter()
            .zip(&crops)
            .find_map(|(&(ls, le), c)| c.as_ref().map(|k| crop::width_of(&lines.source[ls..le][..k[0].0])));
        for (&(ls, le), c) in texts.iter().zip(crops) {
            let text = &lines.source[ls..le];
            let kept = c.unwrap_or_else(|| crop::context(text, column.unwrap_or(0), avail));
            let mut shown = Shown { line_start: ls, line_end: le, kept: Vec::new(), end_at: 0 };
            let mut done = 0;
            for (start, end) in kept {
                match (start > done, done > 0) {
                    (true, true) => self.text.push_str(BETWEEN),
                    (true, false) => self.text.push_str(ELLIPSIS),
                    _ => {}
                }
                shown.kept.push((ls + start, ls + end, self.text.len()));
                self.text.push_str(&text[start..end]);
                done = end;
            }
            if done < text.len() {
                self.text.push_str(ELLIPSIS);
            }
            shown.end_at = self.text.len();
            self.text.push('\n');
            block.lines.push(shown);
        }
        block.text = begin..self.text.len();
        self.blocks.push(block);
    }

    /// Where a byte offset of the file lands in the window's text: inside a kept piece
    /// at its place, in a cut at the cut's `…`.
    fn map(&self, offset: usize) -> usize {
        let mut shown = self.blocks.iter().flat_map(|b| &b.lines);
        let Some(l) = shown.clone().find(|l| l.line_start <= offset && offset <= l.line_end) else {
            // A line break, or beyond: the end of the last line before it.
            return shown.rfind(|l| l.line_end < offset).map_or(0, |l| l.end_at);
        };
        for (i, &(start, end, at)) in l.kept.iter().enumerate() {
            if offset < start {
                return at.saturating_sub(if i == 0 { ELLIPSIS.len() } else { BETWEEN.len() - 1 });
            }
            if offset <= end {
                return at + (offset - start);
            }
        }
        l.end_at
    }

    /// A file span as a span of the window.
    pub fn span(&self, span: Span) -> SourceSpan {
        let (s, e) = (self.map(span.start), self.map(span.end));
        (s..e.max(s)).into()
    }
}

/// The spans on `line` as marks relative to the line; a label's text width counts on
/// the line its span starts on.
fn interest(lines: &Lines<'_>, line: usize, spans: &[(Span, usize)]) -> Option<Vec<Mark>> {
    let (ls, le) = lines.bounds(line);
    let marks: Vec<Mark> = spans
        .iter()
        .enumerate()
        .filter(|(_, (s, _))| !(s.end < ls || s.start > le || (s.end == ls && !s.is_empty())))
        .map(|(i, &(s, note))| Mark {
            a: s.start.clamp(ls, le) - ls,
            b: s.end.clamp(ls, le) - ls,
            note: if s.start >= ls { note } else { 0 },
            primary: i == 0,
        })
        .collect();
    (!marks.is_empty()).then_some(marks)
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
        assert!(crop::width_of(shown) <= 80 - 5, "{}", crop::width_of(shown));
        assert_eq!(&text[s.offset()..s.offset() + s.len()], "target");
    }

    #[test]
    fn a_span_over_two_long_lines_maps_both_ends() {
        let (one, two) = ("x".repeat(120), "y".repeat(120));
        let source = format!("{one} start\nend {two}\n");
        let (a, b) = (source.find("start").unwrap(), source.find("end").unwrap() + 3);
        let (text, s) = window(&source, Span::new(a, b), 80);
        let marked = &text[s.offset()..s.offset() + s.len()];
        assert!(marked.starts_with("start") && marked.ends_with("end"), "{marked:?} in {text:?}");
        assert!(text.lines().all(|l| crop::width_of(l) <= 80 - 8), "{text}");
    }

    #[test]
    fn marks_far_apart_on_one_line_are_kept_in_two_pieces() {
        let line = "word ".repeat(30) + "first " + &"more ".repeat(30) + "second " + &"tail ".repeat(10);
        let source = format!("{line}\n");
        let (a, b) = (source.find("first").unwrap(), source.find("second").unwrap());
        let lines = Lines::new(&source);
        let spans = [(Span::new(a, a + 5), 0), (Span::new(b, b + 6), 20)];
        let w = Window::new("a.txt", &lines, &spans, Position { line: 1, column: a + 1 }, 80);
        let shown = w.text.lines().next().unwrap();
        assert!(shown.contains(" … ") && crop::width_of(shown) <= 80 - 5, "{shown}");
        for (span, text) in [(spans[0].0, "first"), (spans[1].0, "second")] {
            let s = w.span(span);
            assert_eq!(&w.text[s.offset()..s.offset() + s.len()], text);
        }
    }
}
