//! Front matter: YAML between `---` lines or TOML between `+++` lines at the top of a
//! file, parsed into top-level fields whose keys and values keep their byte spans in the
//! original file. YAML is read with yaml-rust2's event parser (maintained, and it gives
//! positions); TOML with the `toml` crate's spanned document tables.

mod yaml;

use crate::span::Span;
use toml::de::{DeTable, DeValue};

/// Front matter keys that hold the publication date, in the order they are preferred.
pub const PUBLISHED_KEYS: &[&str] =
    &["date", "published", "publish_date", "publishDate", "pubDate", "date_published", "created_at"];

/// Front matter keys that hold the date of the last update.
pub const UPDATED_KEYS: &[&str] = &["updated", "lastmod", "last_modified", "modified", "date_updated", "updated_at"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontMatterKind {
    Yaml,
    Toml,
}

#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub kind: FrontMatterKind,
    /// The whole block, delimiters included.
    pub span: Span,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: String,
    pub key_span: Span,
    pub value: Value,
}

/// A scalar value: its text as the parser understood it, and the span of that text in
/// the file (inside the quotes when quoted).
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    pub text: String,
    pub span: Span,
    /// A number, boolean or datetime rather than a string.
    pub typed: bool,
}

impl Scalar {
    /// A boolean written bare (`published: true`, Jekyll's switch for showing a post):
    /// never a date, whatever its key.
    pub fn is_flag(&self) -> bool {
        self.typed && matches!(self.text.trim(), "true" | "false")
    }
}

#[derive(Debug, Clone)]
pub enum Value {
    Scalar(Scalar),
    List {
        items: Vec<Scalar>,
        span: Span,
    },
    /// A table or nested structure copydesk does not look inside.
    Other(Span),
}

impl Value {
    pub fn span(&self) -> Span {
        match self {
            Value::Scalar(s) => s.span,
            Value::List { span, .. } | Value::Other(span) => *span,
        }
    }

    pub fn as_scalar(&self) -> Option<&Scalar> {
        match self {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The first of `keys` that is present.
    pub fn get_any(&self, keys: &[&str]) -> Option<&Field> {
        keys.iter().find_map(|k| self.get(k))
    }
}

/// Where a front matter block sits, before parsing: kind, whole block, and body.
pub fn locate(source: &str, start: usize) -> Option<(FrontMatterKind, Span, Span)> {
    let rest = &source[start..];
    let (kind, delim) = if rest.starts_with("---") {
        (FrontMatterKind::Yaml, "---")
    } else if rest.starts_with("+++") {
        (FrontMatterKind::Toml, "+++")
    } else {
        return None;
    };
    let first_end = rest.find('\n')?;
    if rest[..first_end].trim_end() != delim {
        return None;
    }
    let body_start = start + first_end + 1;
    let mut pos = body_start;
    for line in source[body_start..].split_inclusive('\n') {
        if line.trim_end() == delim {
            return Some((kind, Span::new(start, pos + line.len()), Span::new(body_start, pos)));
        }
        pos += line.len();
    }
    None
}

/// Front matter that is not valid YAML or TOML: the parser's reason and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

pub fn parse(source: &str, kind: FrontMatterKind, span: Span, body: Span) -> Result<FrontMatter, SyntaxError> {
    let text = body.text(source);
    let fields = match kind {
        FrontMatterKind::Yaml => yaml::parse_yaml(text, body.start)?,
        FrontMatterKind::Toml => parse_toml(text, body.start)?,
    };
    Ok(FrontMatter { kind, span, fields })
}

/// Best-effort reading of invalid front matter, so the rest of the draft is still
/// checked: one `key: value` or `key = value` per line, quotes stripped.
pub fn parse_lenient(source: &str, kind: FrontMatterKind, span: Span, body: Span) -> FrontMatter {
    let mut fields = Vec::new();
    let mut pos = body.start;
    for raw in body.text(source).split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let sep = if kind == FrontMatterKind::Yaml { ':' } else { '=' };
        if let Some(i) = line.find(sep).filter(|_| !line.starts_with([' ', '\t', '-', '#'])) {
            let key = line[..i].trim();
            let raw_value = &line[i + 1..];
            let lead = raw_value.len() - raw_value.trim_start().len();
            let mut value = raw_value.trim();
            let mut start = pos + i + 1 + lead;
            if value.len() >= 2
                && (value.starts_with('"') && value.ends_with('"') || value.starts_with('\'') && value.ends_with('\''))
            {
                value = &value[1..value.len() - 1];
                start += 1;
            }
            if !key.is_empty() && !value.is_empty() {
                let key_start = pos + line.find(key).unwrap_or(0);
                fields.push(Field {
                    key: key.to_string(),
                    key_span: Span::new(key_start, key_start + key.len()),
                    value: Value::Scalar(Scalar {
                        text: value.to_string(),
                        span: Span::new(start, start + value.len()),
                        typed: false,
                    }),
                });
            }
        }
        pos += raw.len();
    }
    FrontMatter { kind, span, fields }
}

fn parse_toml(text: &str, base: usize) -> Result<Vec<Field>, SyntaxError> {
    let table = DeTable::parse(text).map_err(|e| {
        let r = e.span().unwrap_or(0..0);
        // The parser may point at the LF of a CRLF: a span never splits the line break.
        let at = |i: usize| {
            let i = i.min(text.len());
            if i > 0 && text[..i].ends_with('\r') && text[i..].starts_with('\n') {
                i - 1
            } else {
                i
            }
        };
        SyntaxError {
            message: format!("invalid TOML front matter: {}", e.message().trim_end()),
            span: Span::new(base + at(r.start), base + at(r.end)),
        }
    })?;
    let shift = |r: std::ops::Range<usize>| Span::new(base + r.start, base + r.end);
    let scalar = |v: &toml::Spanned<DeValue>| -> Option<Scalar> {
        let span = shift(v.span());
        let (value_text, typed, quoted) = match v.get_ref() {
            DeValue::String(s) => (s.to_string(), false, true),
            DeValue::Integer(i) => (i.as_str().to_string(), true, false),
            DeValue::Float(f) => (f.as_str().to_string(), true, false),
            DeValue::Boolean(b) => (b.to_string(), true, false),
            DeValue::Datetime(d) => (d.to_string(), true, false),
            _ => return None,
        };
        // Spans of strings include the quotes; point inside them for basic strings.
        let raw = &text_at(text, base, span);
        let span = if quoted && raw.len() >= 2 && (raw.starts_with('"') || raw.starts_with('\'')) {
            let q = if raw.starts_with("\"\"\"") || raw.starts_with("'''") { 3 } else { 1 };
            Span::new(span.start + q, span.end - q)
        } else {
            span
        };
        Some(Scalar { text: value_text, span, typed })
    };
    let mut fields = Vec::new();
    for (key, value) in table.get_ref().iter() {
        let key_span = shift(key.span());
        let value = match value.get_ref() {
            DeValue::Array(items) => {
                Value::List { items: items.iter().filter_map(scalar).collect(), span: shift(value.span()) }
            }
            DeValue::Table(_) => Value::Other(shift(value.span())),
            _ => scalar(value).map_or(Value::Other(shift(value.span())), Value::Scalar),
        };
        fields.push(Field { key: key.get_ref().to_string(), key_span, value });
    }
    Ok(fields)
}

fn text_at(text: &str, base: usize, span: Span) -> &str {
    text.get(span.start - base..span.end - base).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(src: &str) -> FrontMatter {
        let (kind, span, body) = locate(src, 0).expect("front matter");
        parse(src, kind, span, body).expect("parses")
    }

    #[test]
    fn yaml_fields_keep_spans() {
        let src = "---\ntitle: \"Ünïcode title\"\ndate: 2026-06-29\ntags:\n  - \"#One\"\n  - Two words\nlist: [a, 'b']\n---\nBody";
        let f = fm(src);
        let title = f.get("title").unwrap().value.as_scalar().unwrap();
        assert_eq!(title.span.text(src), "Ünïcode title");
        let date = f.get("date").unwrap().value.as_scalar().unwrap();
        assert_eq!((date.span.text(src), date.typed), ("2026-06-29", true));
        let Value::List { items, .. } = &f.get("tags").unwrap().value else { panic!() };
        let texts: Vec<_> = items.iter().map(|s| s.span.text(src)).collect();
        assert_eq!(texts, ["#One", "Two words"]);
        let Value::List { items, .. } = &f.get("list").unwrap().value else { panic!() };
        assert_eq!(items[1].span.text(src), "b");
        assert_eq!(f.get("tags").unwrap().key_span.text(src), "tags");
        assert_eq!(f.span.text(src), &src[..src.len() - 4]);
    }

    #[test]
    fn a_quoted_key_after_a_control_character_and_box_drawing_keeps_to_the_text() {
        // The parser's mark for the `""` key lands inside `╰` here (found by fuzzing).
        let src = "---\n: |\n \u{4}╰─\n\"\": ╰\n---\n";
        if let Some((kind, span, body)) = locate(src, 0) {
            if let Ok(f) = parse(src, kind, span, body) {
                for field in &f.fields {
                    assert!(src.get(field.key_span.start..field.key_span.end).is_some(), "{:?}", field.key_span);
                }
            }
        }
    }

    #[test]
    fn toml_fields_keep_spans() {
        let src = "+++\ntitle = \"Café\"\ndate = 2026-07-07\nreading_time = 5\ntags = [\"A b\", 'c']\n+++\n";
        let f = fm(src);
        assert_eq!(f.get("title").unwrap().value.as_scalar().unwrap().span.text(src), "Café");
        let date = f.get("date").unwrap().value.as_scalar().unwrap();
        assert_eq!((date.text.as_str(), date.span.text(src)), ("2026-07-07", "2026-07-07"));
        let Value::List { items, .. } = &f.get("tags").unwrap().value else { panic!() };
        assert_eq!(items.iter().map(|s| s.span.text(src)).collect::<Vec<_>>(), ["A b", "c"]);
    }

    #[test]
    fn unclosed_or_invalid_front_matter() {
        assert!(locate("---\ntitle: x\n", 0).is_none());
        let src = "---\ntitle: [unclosed\n---\n";
        let (kind, span, body) = locate(src, 0).unwrap();
        let e = parse(src, kind, span, body).unwrap_err();
        assert!(e.message.contains("invalid YAML"));
        assert_eq!(e.span.text(src), "title: [unclosed");
        let src = "+++\ntitle = \n+++\n";
        let (kind, span, body) = locate(src, 0).unwrap();
        assert!(parse(src, kind, span, body).unwrap_err().message.contains("invalid TOML"));
    }

    #[test]
    fn lenient_reading_of_invalid_front_matter() {
        let src = "---\ntitle: \"Quoted \"inner\" text\"\ndate: 2021-06-10\n---\n";
        let (kind, span, body) = locate(src, 0).unwrap();
        assert!(parse(src, kind, span, body).is_err());
        let fm = parse_lenient(src, kind, span, body);
        assert_eq!(fm.get("date").unwrap().value.as_scalar().unwrap().span.text(src), "2021-06-10");
        assert_eq!(fm.get("title").unwrap().value.as_scalar().unwrap().text, "Quoted \"inner\" text");
    }
}
