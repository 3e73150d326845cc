//! One-line formats: `concise` (`path:line:col: severity[rule] message`), GitHub Actions
//! workflow commands, per-rule statistics, file errors and baseline notes.

use super::{Outcome, ReportOptions};
use crate::diagnostic::Severity;
use std::io::{self, Write};

pub fn concise(out: &mut dyn Write, outcome: &Outcome) -> io::Result<()> {
    for f in &outcome.files {
        for d in &f.diagnostics {
            let p = f.document.lines.position(&f.document.source, d.span.start);
            writeln!(out, "{}:{}:{}: {}[{}] {}", f.path, p.line, p.column, d.severity, d.rule.as_str(), d.message)?;
        }
    }
    Ok(())
}

pub fn errors(err: &mut dyn Write, outcome: &Outcome) -> io::Result<()> {
    for (path, reason) in &outcome.errors {
        writeln!(err, "error: {path}: {reason}")?;
    }
    Ok(())
}

/// File errors, then (unless quiet) what the baseline says about itself.
pub fn notes(err: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    errors(err, outcome)?;
    if options.quiet {
        return Ok(());
    }
    // The reader formats say it before the findings; concise keeps stdout to findings.
    if options.format == super::Format::Concise {
        for note in outcome.files.iter().filter_map(super::human::stdin_note) {
            writeln!(err, "{note}")?;
        }
    }
    for s in outcome.baseline.iter().flat_map(|b| &b.stale) {
        writeln!(err, "info: {}: {}", s.path, stale_message(s))?;
    }
    for n in &outcome.notes {
        writeln!(err, "warning: {n}")?;
    }
    Ok(())
}

/// The one wording of a stale baseline entry, shared by every format.
pub fn stale_message(s: &super::Stale) -> String {
    format!(
        "baseline entry {} ({}: {}) matches no finding any more; rewrite the baseline with --write-baseline",
        s.fingerprint, s.rule, s.message
    )
}

/// GitHub escapes: data needs `%`, CR and LF encoded; properties also `:` and `,`.
fn escape(s: &str, property: bool) -> String {
    let mut out = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

pub fn github(out: &mut dyn Write, outcome: &Outcome, options: &ReportOptions) -> io::Result<()> {
    if let Some(e) = &outcome.config_error {
        let file = e.file().map(|f| format!(" file={}", escape(&relative(f), true))).unwrap_or_default();
        let line = e.line().filter(|_| !file.is_empty()).map(|l| format!(",line={l}")).unwrap_or_default();
        writeln!(out, "::error{file}{line},title=copydesk config::{}", escape(e.message(), false))?;
    }
    for f in &outcome.files {
        let (src, lines) = (&f.document.source, &f.document.lines);
        for d in &f.diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (s, e) = (lines.position(src, d.span.start), lines.position(src, d.span.end));
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape(&f.path, true),
                s.line,
                s.column,
                e.line,
                e.column,
                escape(d.rule.as_str(), true),
                escape(&d.message, false)
            )?;
        }
    }
    for (path, reason) in &outcome.errors {
        writeln!(out, "::error file={}::{}", escape(path, true), escape(reason, false))?;
    }
    for s in outcome.baseline.iter().flat_map(|b| &b.stale) {
        let (path, text) = (escape(&s.path, true), escape(&stale_message(s), false));
        writeln!(out, "::notice file={path},title=copydesk baseline::{text}")?;
    }
    if options.statistics {
        for (rule, n) in &outcome.per_rule() {
            writeln!(out, "::notice title=copydesk statistics::{n} {}", escape(rule.as_str(), false))?;
        }
    }
    Ok(())
}

/// A discovered config's path is absolute; annotations need it relative to the
/// checkout, which is the working directory in CI.
fn relative(path: &str) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let rel = std::path::Path::new(path).strip_prefix(&cwd).ok();
    rel.map_or_else(|| path.to_string(), |r| r.display().to_string())
}

pub fn statistics(out: &mut dyn Write, err: &mut dyn Write, outcome: &Outcome) -> io::Result<()> {
    let counts = outcome.per_rule();
    for (rule, n) in &counts {
        writeln!(out, "{n:>5}  {:<28} {}", rule.as_str(), rule.meta().map_or("", |m| m.summary))?;
    }
    errors(err, outcome)
}
