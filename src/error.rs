//! Errors in a TOML file (a config file or a rule pack) as miette diagnostics: the TOML
//! source with a label on the bad key. Below `config` and `rules` so both can raise them.

use miette::{Diagnostic, NamedSource, SourceSpan};
use std::fmt;

#[derive(Debug, Diagnostic)]
pub struct ConfigError {
    message: String,
    #[source_code]
    src: Option<NamedSource<String>>,
    #[label("here")]
    span: Option<SourceSpan>,
    #[help]
    help: Option<String>,
}

impl ConfigError {
    pub fn new(name: &str, text: &str, span: std::ops::Range<usize>, message: String, help: Option<String>) -> Self {
        let (shown, span) = excerpt(text, span);
        ConfigError {
            message: format!("{name}: {message}"),
            src: Some(NamedSource::new(name, shown)),
            span: Some(SourceSpan::from(span)),
            help,
        }
    }

    pub fn plain(message: String) -> Self {
        ConfigError { message, src: None, span: None, help: None }
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line of the label, for tests and one-line output.
    pub fn line(&self) -> Option<usize> {
        let (src, span) = (self.src.as_ref()?, self.span?);
        Some(src.inner()[..span.offset()].matches('\n').count() + 1)
    }

    /// The file the error is in, when it is in one.
    pub fn file(&self) -> Option<&str> {
        self.src.as_ref().map(|s| s.name())
    }

    pub fn label_text(&self) -> Option<&str> {
        let (src, span) = (self.src.as_ref()?, self.span?);
        src.inner().get(span.offset()..span.offset() + span.len())
    }
}

/// How much of a line an error shows around its label.
const WIDTH: usize = 160;

/// What an error shows of `text`: all of it when it is small, else only the labelled line
/// and its neighbours, each cropped to `WIDTH` bytes (other lines left empty, so line
/// numbers stay true). A 1 MB line must not become 1 MB of stderr.
fn excerpt(text: &str, span: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let floor = |i: usize| crate::span::floor_char_boundary(text, i.min(text.len()));
    let (start, end) = (floor(span.start), floor(span.end.max(span.start)));
    if text.len() <= 4 * WIDTH || !text.split('\n').any(|l| l.len() > WIDTH) {
        return (text.to_string(), start..end);
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let (before, after) = (text[..line_start].matches('\n').count(), text[line_end..].matches('\n').count());
    let crop = |line: &str| -> String {
        let cut = crate::span::floor_char_boundary(line, WIDTH.min(line.len()));
        if cut < line.len() {
            format!("{}…", &line[..cut])
        } else {
            line.to_string()
        }
    };
    let mut out = "\n".repeat(before.saturating_sub(1));
    if before > 0 {
        let prev = text[..line_start - 1].rsplit('\n').next().unwrap_or("");
        out.push_str(&crop(prev));
        out.push('\n');
    }
    // The labelled line from a little before the label, for at most `WIDTH` bytes.
    let from = floor(start.saturating_sub(WIDTH / 4).max(line_start));
    let to = floor((from + WIDTH).min(line_end)).max(start);
    let lead = if from > line_start { "…" } else { "" };
    let label = out.len() + lead.len() + (start - from);
    out.push_str(lead);
    out.push_str(&text[from..to]);
    let label_end = label + (end.min(to) - start);
    if to < line_end {
        out.push('…');
    }
    if after > 0 {
        out.push('\n');
        out.push_str(&crop(text[line_end + 1..].split('\n').next().unwrap_or("")));
        out.push_str(&"\n".repeat(after - 1));
    }
    (out, label..label_end)
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_on_a_huge_line_shows_a_cropped_line_with_its_number() {
        let text = format!("a = 1\nb = \"{}\" x\nc = 2\n{}\n", "y".repeat(1_000_000), "z = 3\n".repeat(1000));
        let at = text.find(" x").unwrap() + 1;
        let e = ConfigError::new("c.toml", &text, at..at + 1, "bad".into(), None);
        assert_eq!((e.line(), e.label_text()), (Some(2), Some("x")));
        let mut shown = String::new();
        miette::GraphicalReportHandler::new().render_report(&mut shown, &e).unwrap();
        assert!(shown.len() < 2000, "{} bytes", shown.len());
        let small = ConfigError::new("c.toml", "a = 1\nb = x\n", 10..11, "bad".into(), None);
        assert_eq!((small.line(), small.label_text()), (Some(2), Some("x")));
    }
}
