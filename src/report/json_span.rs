//! Spans as the JSON formats write them: byte offsets, 1-based line and column, and the
//! 0-based UTF-16 positions a language server client expects. Shared by `--format json`
//! and `copydesk stats --format json`.

use crate::document::Document;
use crate::span::Span;
use serde::Serialize;

#[derive(Serialize)]
pub struct JsonSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    lsp: LspRange,
}

#[derive(Serialize)]
struct LspRange {
    start: LspPos,
    end: LspPos,
}

#[derive(Serialize)]
struct LspPos {
    line: usize,
    character: usize,
}

pub fn span(doc: &Document, span: Span) -> JsonSpan {
    let ((s, ls), (e, le)) = (doc.lines.positions(&doc.source, span.start), doc.lines.positions(&doc.source, span.end));
    JsonSpan {
        start: span.start,
        end: span.end,
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
        lsp: LspRange {
            start: LspPos { line: ls.line, character: ls.character },
            end: LspPos { line: le.line, character: le.character },
        },
    }
}
