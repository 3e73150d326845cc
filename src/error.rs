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
        ConfigError {
            message: format!("{name}: {message}"),
            src: Some(NamedSource::new(name, text.to_string())),
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

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}
