//! Reporters: the only code that writes output. Each format renders the same outcome;
//! positions are computed here, at the edge, from the document's line index.

mod human;
mod json;
mod json_span;
mod listing;
mod stats;
mod text;

use crate::diagnostic::Severity;
use crate::error::ConfigError;
use crate::lint::FileReport;
use crate::rules::RuleId;
use std::collections::BTreeMap;
use std::io::{self, Write};

pub use listing::{explain, rules_list, rules_test};
pub use stats::write as stats;

/// How `check` findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Concise,
    Json,
    Github,
}

/// How rule lists and read-time figures are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    pub format: Format,
    pub color: bool,
    pub statistics: bool,
}

/// Everything one `check` run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    pub files: Vec<FileReport>,
    /// (path, reason) for inputs that could not be checked.
    pub errors: Vec<(String, String)>,
    pub diffs: Vec<String>,
    pub stdin_fixed: Option<String>,
    pub fixed: usize,
}

impl Outcome {
    pub fn count(&self, severity: Severity) -> usize {
        self.files.iter().flat_map(|f| &f.diagnostics).filter(|d| d.severity == severity).count()
    }

    /// Findings per rule, for `--statistics`.
    pub fn per_rule(&self) -> BTreeMap<RuleId, usize> {
        let mut counts = BTreeMap::new();
        for d in self.files.iter().flat_map(|f| &f.diagnostics) {
            *counts.entry(d.rule).or_insert(0) += 1;
        }
        counts
    }
}

pub fn check(out: &mut dyn Write, err: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    if let Some(text) = &outcome.stdin_fixed {
        // `--fix` on standard input: the fixed text is the output, findings go to stderr.
        out.write_all(text.as_bytes())?;
        return text::concise(err, outcome);
    }
    for d in &outcome.diffs {
        out.write_all(d.as_bytes())?;
    }
    if options.statistics && options.format != Format::Json {
        return text::statistics(out, err, outcome);
    }
    match options.format {
        Format::Json => json::write(out, outcome),
        Format::Concise => text::concise(out, outcome).and_then(|_| text::errors(err, outcome)),
        Format::Github => text::github(out, outcome),
        Format::Human => human::write(out, outcome, options.color).and_then(|_| text::errors(err, outcome)),
    }
}

pub fn config_error(err: &mut dyn Write, e: &ConfigError, color: bool) -> io::Result<()> {
    let theme = if color { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
    let mut s = String::new();
    match miette::GraphicalReportHandler::new_themed(theme).render_report(&mut s, e) {
        Ok(()) => err.write_all(s.as_bytes()),
        Err(_) => writeln!(err, "error: {}", e.message()),
    }
}
