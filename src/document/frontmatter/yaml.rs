//! YAML front matter: top-level mapping entries collected from yaml-rust2's marked
//! events, with byte spans (the parser counts characters, so non-ASCII text needs a map
//! from character index to byte offset).

use super::{Field, Scalar, SyntaxError, Value};
use crate::span::Span;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Collects top-level mapping entries from yaml-rust2's marked events.
struct YamlCollector<'a> {
    text: &'a str,
    base: usize,
    /// Byte offset of each char index, built on demand for non-ASCII text.
    char_offsets: Option<Vec<usize>>,
    depth: usize,
    pending_key: Option<(String, Span)>,
    list: Option<(Vec<Scalar>, usize)>,
    nested_start: Option<usize>,
    fields: Vec<Field>,
}

impl YamlCollector<'_> {
    fn offset(&self, mark: &Marker) -> usize {
        match &self.char_offsets {
            Some(map) => map.get(mark.index()).copied().unwrap_or(self.text.len()),
            None => mark.index().min(self.text.len()),
        }
    }

    fn scalar(&self, value: String, style: TScalarStyle, mark: &Marker) -> Scalar {
        let start = self.offset(mark);
        let rest = &self.text[start..];
        let (inner_start, len) = match style {
            // The parser's mark can miss the quote after control characters it counts
            // differently: then the span is the rest of the line, as for other styles.
            TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted if rest.starts_with(['"', '\'']) => {
                let q = if rest.starts_with('"') { '"' } else { '\'' };
                let body = &rest[1..];
                (start + 1, find_closing_quote(body, q).unwrap_or(body.len()))
            }
            TScalarStyle::Plain if rest.starts_with(value.as_str()) => (start, value.len()),
            _ => (start, rest.find('\n').unwrap_or(rest.len())),
        };
        let typed = matches!(style, TScalarStyle::Plain) && looks_typed(&value);
        Scalar { text: value, span: Span::new(self.base + inner_start, self.base + inner_start + len), typed }
    }
}

fn find_closing_quote(body: &str, q: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' if q == '"' && !escaped => escaped = true,
            c if c == q && !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

fn looks_typed(v: &str) -> bool {
    v.parse::<f64>().is_ok()
        || matches!(v, "true" | "false" | "null" | "~")
        || v.starts_with(|c: char| c.is_ascii_digit()) && v.contains('-')
}

impl MarkedEventReceiver for YamlCollector<'_> {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                self.depth += 1;
                if self.depth == 2 && self.pending_key.is_some() {
                    if matches!(ev, Event::SequenceStart(..)) {
                        self.list = Some((Vec::new(), self.offset(&mark)));
                    } else {
                        self.nested_start = Some(self.offset(&mark));
                    }
                }
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if self.depth == 2 {
                    let end = self.base + self.offset(&mark);
                    if let Some((key, key_span)) = self.pending_key.take() {
                        let value = match (self.list.take(), self.nested_start.take()) {
                            (Some((items, start)), _) => {
                                // A flow list ends at its `]`; a block list at its last item
                                // (the parser's mark is already on the next key).
                                let rel = end - self.base;
                                let end = if self.text[rel..].starts_with(']') {
                                    end + 1
                                } else {
                                    items.last().map_or(end, |s: &Scalar| {
                                        let after = &self.text[s.span.end - self.base..];
                                        s.span.end + usize::from(after.starts_with(['"', '\'']))
                                    })
                                };
                                Value::List { items, span: Span::new(self.base + start, end) }
                            }
                            (None, Some(start)) => Value::Other(Span::new(self.base + start, end)),
                            _ => Value::Other(Span::new(end, end)),
                        };
                        self.fields.push(Field { key, key_span, value });
                    }
                }
                self.depth = self.depth.saturating_sub(1);
            }
            Event::Scalar(value, style, _, _) => {
                let scalar = self.scalar(value, style, &mark);
                match self.depth {
                    1 => match self.pending_key.take() {
                        None => self.pending_key = Some((scalar.text, scalar.span)),
                        Some((key, key_span)) => {
                            self.fields.push(Field { key, key_span, value: Value::Scalar(scalar) })
                        }
                    },
                    2 => {
                        if let Some((items, _)) = self.list.as_mut() {
                            items.push(scalar);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

pub(super) fn parse_yaml(text: &str, base: usize) -> Result<Vec<Field>, SyntaxError> {
    let char_offsets = (!text.is_ascii()).then(|| {
        let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        v.push(text.len());
        v
    });
    let mut collector = YamlCollector {
        text,
        base,
        char_offsets,
        depth: 0,
        pending_key: None,
        list: None,
        nested_start: None,
        fields: Vec::new(),
    };
    let mut parser = Parser::new_from_str(text);
    if let Err(e) = parser.load(&mut collector, false) {
        // At the end of input the parser points past the last line: name that line.
        let mut at = collector.offset(e.marker());
        while at > 0 && text[..at].ends_with(char::is_whitespace) && text[at..].trim().is_empty() {
            at = text[..at].trim_end().len();
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let mut line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        // The line without its CR: a span must never split a CRLF line break.
        if line_end > line_start && text[..line_end].ends_with('\r') {
            line_end -= 1;
        }
        return Err(SyntaxError {
            message: format!("invalid YAML front matter: {}", e.info()),
            span: Span::new(base + line_start, base + line_end),
        });
    }
    Ok(collector.fields)
}
