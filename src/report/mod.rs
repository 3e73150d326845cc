//! Reporters: the only code that writes output. Each format renders the same outcome;
//! positions are computed here, at the edge, from the document's line index.

mod crop;
mod finding;
mod human;
mod json;
mod json_span;
mod junit;
mod listing;
mod narrated;
mod sarif;
mod schema;
mod starter;
mod stats;
mod text;
mod window;

use crate::config::Config;
use crate::diagnostic::Severity;
use crate::error::ConfigError;
use crate::lint::FileReport;
use crate::rules::RuleId;
use std::collections::BTreeMap;
use std::io::{self, Write};

pub use json::{file as json_file, Stream as JsonStream, Totals};
pub use listing::{explain, explain_family, rules_list, rules_test};
pub use schema::write as schema;
pub use starter::write as starter_config;
pub use stats::write as stats;

/// Text made elsewhere (a completion script, a manual page), written as it is.
pub fn generated(out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(bytes)
}

/// How `check` findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    /// Plain sentences for screen readers (miette's narratable handler).
    Narrated,
    Concise,
    Json,
    Github,
    Sarif,
    Junit,
}

impl Format {
    /// Formats a program reads: everything the run has to say goes into the one document
    /// they print, never as plain text in its place.
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Github | Format::Sarif | Format::Junit)
    }
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
    /// Findings only: no summary, no notes.
    pub quiet: bool,
    /// The terminal's columns, for the human format's snippets and wrapping.
    pub width: usize,
}

/// A baseline entry that matched no finding this run: the baseline can shrink.
#[derive(Debug, Clone)]
pub struct Stale {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    pub message: String,
}

/// What a `--baseline` did to the run.
#[derive(Debug, Default)]
pub struct BaselineOutcome {
    /// Findings hidden because the baseline lists them.
    pub hidden: usize,
    pub stale: Vec<Stale>,
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
    /// A config error that stopped the run before anything was checked.
    pub config_error: Option<ConfigError>,
    /// The rules the run used (every config's), for formats that describe them.
    pub config: Option<Config>,
    pub baseline: Option<BaselineOutcome>,
    /// What the run assumed or skipped (an empty walk, unnamed standard input).
    pub notes: Vec<String>,
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
    let machine = options.format.is_machine();
    // A machine format's document is the whole of stdout, so a diff goes beside it
    // (JSON carries it inside as well).
    for d in &outcome.diffs {
        if machine {
            err.write_all(d.as_bytes())?;
        } else {
            out.write_all(d.as_bytes())?;
        }
    }
    if let (Some(e), false) = (&outcome.config_error, machine) {
        return config_error(err, e, options.color);
    }
    if options.statistics && !machine {
        return text::statistics(out, err, outcome);
    }
    match options.format {
        Format::Json => json::write(out, outcome, options),
        Format::Sarif => sarif::write(out, outcome, options),
        Format::Junit => junit::write(out, outcome, options),
        Format::Github => text::github(out, outcome, options),
        Format::Concise => text::concise(out, outcome).and_then(|_| text::notes(err, outcome, options)),
        Format::Human => human::write(out, outcome, options).and_then(|_| text::notes(err, outcome, options)),
        Format::Narrated => narrated::write(out, outcome, options).and_then(|_| text::notes(err, outcome, options)),
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
